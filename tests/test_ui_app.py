"""The start screen: language and scenario pickers, and the role-play they start."""

import pytest

from orderlab import lang as L
from orderlab.ui import App, RolePlay, app
from orderlab.ui.app import lang_from_query


@pytest.fixture(autouse=True)
def _no_query(monkeypatch):
    monkeypatch.delenv("QUERY_STRING", raising=False)


def test_start_button_in_chosen_language():
    """The start button is labelled in the language the app opens with."""
    assert App(lang="en").start.description == L.text("en", "ui.start")


def test_language_toggle_relabels_start_button():
    """Switching the language relabels the start button."""
    view = App(lang="sv")
    assert view.start.description == L.text("sv", "ui.start")
    view.language.value = "en"
    assert view.start.description == L.text("en", "ui.start")


def test_language_toggle_retitles_scenarios(scenario):
    """Switching the language shows scenario titles in that language."""
    view = App(lang="sv")
    view.language.value = "en"
    assert (scenario.title["en"], scenario.id) in view.scenario.options


def test_a_scenario_is_chosen_by_default():
    """The scenario picker starts with a scenario selected."""
    assert App(lang="sv").scenario.value == "school-brochure"


@pytest.mark.parametrize("lang", L.languages())
def test_begin_starts_role_play_in_chosen_language(lang):
    """begin() starts a RolePlay of the chosen scenario in the chosen language and shows it."""
    view = App(lang="sv")
    view.language.value = lang
    play = view.begin()
    assert isinstance(play, RolePlay)
    assert (play.session.lang, play.session.scenario.id) == (lang, "school-brochure")
    assert view.children[-1] is play


def test_start_click_begins():
    """Clicking the start button starts the role-play."""
    view = App(lang="en")
    view.start.click()
    assert view.roleplay is not None and view.roleplay.lang == "en"


def test_seed_is_passed_on():
    """The app's seed reaches the role-play's session."""
    assert App(lang="sv", seed=9).begin().session.seed == 9


@pytest.mark.parametrize(("query", "expected"), [("lang=en", "en"), ("lang=sv", "sv"), ("x=1&lang=en", "en")])
def test_lang_from_query(monkeypatch, query, expected):
    """lang_from_query reads ?lang= from QUERY_STRING."""
    monkeypatch.setenv("QUERY_STRING", query)
    assert lang_from_query() == expected


@pytest.mark.parametrize("query", ["lang=de", "", "lang="])
def test_lang_from_query_falls_back(monkeypatch, query):
    """An unknown or missing ?lang= gives the default."""
    monkeypatch.setenv("QUERY_STRING", query)
    assert lang_from_query("en") == "en"
    assert lang_from_query() == "sv"


def test_lang_from_query_without_environment():
    """Without QUERY_STRING the default is used."""
    assert lang_from_query() == "sv"


def test_app_opens_in_query_language(monkeypatch):
    """The app opens in the language of the page's ?lang=."""
    monkeypatch.setenv("QUERY_STRING", "lang=en")
    assert app().language.value == "en"
