"""Sections 5 and 6 without a browser: the self-paced role-play that saves as you go, and the learner's rounds."""

from __future__ import annotations

import base64
import random
import re
from datetime import date
from html import escape

import pytest
from widget_round import play_round

from orderlab import all_scenarios
from orderlab import lang as L
from orderlab import progress as P
from orderlab.present import summary as S
from orderlab.results import ResultsStore, ResultsUnavailable
from orderlab.ui import progress_view as V
from orderlab.ui.progress_view import MyRounds, SelfPacedPlay

LANGS = ("sv", "en")
PITCH = ("<img src=x onerror=alert(1)> Här är broschyren du bad om. Syftet är att barnen får en trygg start. "
         "Förra året kom 31 av 58. Vad tror du?")


@pytest.fixture
def store(tmp_path):
    with ResultsStore(tmp_path / "results.sqlite") as s:
        yield s


class Broken:
    """A store whose every call fails as a read-only folder would."""

    def __getattr__(self, name):
        raise ResultsUnavailable("no", "read_only", "/nowhere")


def play(store, alias="Blåklocka", lang="sv", seed=0, scenario=None) -> SelfPacedPlay:
    app = SelfPacedPlay(lang, store=store, rng=random.Random(seed))
    app.alias.value = alias
    if scenario:
        app.scenario.value = scenario
    app.start()
    return app


def finish_round(app: SelfPacedPlay, pitch: str = PITCH) -> None:
    play_round(app.roleplay, "Vad vill ni uppnå?", pitch)


def alts(html: str) -> list[str]:
    return re.findall(r'alt="([^"]*)"', html)


def decoded_links(html: str) -> dict[str, str]:
    """Each download link's file name and its decoded content."""
    return {name: base64.b64decode(data).decode("utf-8")
            for name, data in re.findall(r'download="([^"]+)" href="data:[^;]+;charset=utf-8;base64,([^"]+)"', html)}


# --- Section 5: SelfPacedPlay ---

def test_every_scenario_can_be_chosen(store):
    """The picker offers every shipped scenario."""
    app = SelfPacedPlay("sv", store=store)
    assert [v for _, v in app.scenario.options] == [s.id for s in all_scenarios()]


def test_an_empty_alias_gets_a_hint_and_no_game(store):
    """Starting without an alias shows a hint and starts nothing."""
    app = play(store, alias="  ")
    assert app.roleplay is None and L.text("sv", "ui.alias_empty") in app.status.value


def test_a_finished_round_is_saved_and_its_skills_drawn(store):
    """Finishing a round saves it under the self-paced workshop and draws the skills chart with its alt text."""
    app = play(store)
    finish_round(app)
    rows = store.results(P.WORKSHOP)
    assert [(r["alias"], r["scenario"]) for r in rows] == [("Blåklocka", "school-brochure")]
    assert L.text("sv", "progress_view.round_saved") in app.saved.value
    assert alts(app.skills.value)[0].startswith("Dina färdigheter i den senaste omgången")
    assert P.weakest_line(P.skills(rows[0]["report"]), "sv") in app.skills.value


def test_the_second_round_is_saved_and_compared(store):
    """After the next order is played, both rounds are saved and the chart shows the round before."""
    app = play(store)
    finish_round(app)
    app.roleplay.start_next_round()
    assert app.roleplay.session.round == 2
    finish_round(app, "Tack.")
    rows = store.results(P.WORKSHOP)
    assert [r["report"]["round"] for r in rows] == [1, 2]
    alt = alts(app.skills.value)[0]
    assert L.text("sv", "progress.skills_alt_previous", values="").split(":")[0] in alt


def test_progress_is_saved_and_resumed_after_choosing_again(store):
    """An unfinished round is saved after each question and resumes when the scenario is chosen again."""
    app = play(store, seed=3)
    app.roleplay.question.value = "Vad vill ni uppnå?"
    app.roleplay.submit_question()
    before = app.roleplay.session.report()
    assert store.load_progress(P.WORKSHOP, "Blåklocka")["state"]["actions"] == [["ask", "Vad vill ni uppnå?"]]
    app.choose_again()
    assert app.roleplay is None and app.picker in app.children
    app.start()
    assert app.roleplay.session.report() == before
    assert L.text("sv", "ui.resumed") in app.saved.value


def test_the_alias_is_filled_in_from_a_personal_store(store):
    """With one self-paced alias in the store, the next visit starts with that alias filled in."""
    finish_round(play(store, alias="Blåklocka"))
    assert SelfPacedPlay("sv", store=store).alias.value == "Blåklocka"


def test_a_shared_store_never_shows_another_alias(store):
    """With two aliases in the store, none is filled in (a shared store keeps learners apart)."""
    finish_round(play(store, alias="Blåklocka"))
    finish_round(play(store, alias="Smörblomma", seed=1))
    assert SelfPacedPlay("sv", store=store).alias.value == ""
    assert MyRounds("sv", store=store).alias.value == ""


@pytest.mark.parametrize("lang", LANGS)
def test_an_unusable_store_lets_the_learner_play_on(lang: str):
    """When the store cannot be used the learner is told in plain words and still finishes the round."""
    app = play(Broken(), lang=lang)
    finish_round(app)
    assert (
        L.text(lang, "ui.results_read_only") in app.saved.value
        and L.text(lang, "progress_view.play_on") in app.saved.value
    )
    assert app.roleplay.session.step == "done" and alts(app.skills.value)


def test_without_a_store_the_rounds_are_still_compared():
    """With no store, a second scenario's chart still shows the round before, kept in memory."""
    app = play(Broken())
    finish_round(app)
    app.choose_again()
    app.scenario.value = "care-tablets"
    app.start()
    finish_round(app, "Tack.")
    assert len(app.reports) == 2
    assert L.text("sv", "progress.skills_alt_previous", values="").split(":")[0] in alts(app.skills.value)[0]


def test_a_store_that_cannot_be_opened_lets_the_learner_play_on(tmp_path, monkeypatch):
    """A results path in a missing folder is reported, and the round is still played and drawn."""
    monkeypatch.setenv("ORDERLAB_RESULTS", str(tmp_path / "missing" / "results.sqlite"))
    app = SelfPacedPlay("en", rng=random.Random(0))
    assert escape(L.text("en", "ui.results_missing_folder")) in app.saved.value
    app.alias.value = "Bluebell"
    app.start()
    finish_round(app, "Thanks. The purpose was the children. What do you think?")
    assert app.roleplay.session.step == "done" and alts(app.skills.value)


def test_the_alias_is_shown_escaped(store):
    """An alias made of HTML shows as text."""
    app = play(store, alias="<b>x</b>")
    assert "&lt;b&gt;x&lt;/b&gt;" in app.playing_as.value and "<b>x</b>" not in app.playing_as.value


def test_a_returning_learner_sees_their_latest_round(store):
    """Starting again under the same alias shows the chart of the latest saved round straight away."""
    finish_round(play(store))
    again = play(store, seed=5, scenario="care-tablets")
    assert alts(again.skills.value) and again.roleplay.session.scenario.id == "care-tablets"


# --- Section 6: MyRounds ---

@pytest.mark.parametrize("lang", LANGS)
def test_no_rounds_yet_is_friendly_everywhere(lang: str, store):
    """With an empty store every view says to play a round in section 5 first, and nothing fails."""
    rounds = MyRounds(lang, store=store)
    no_rounds = L.text(lang, "progress.no_rounds")
    assert no_rounds in rounds.status.value
    for view in (rounds.history(), rounds.practice(), rounds.summary()):
        assert no_rounds in view.value and "<img" not in view.value and "download=" not in view.value


def test_one_alias_is_loaded_without_asking(store):
    """A personal store: the alias is filled in, the rounds loaded and counted in the status line."""
    finish_round(play(store))
    rounds = MyRounds("sv", store=store)
    assert rounds.alias.value == "Blåklocka" and len(rounds.reports) == 1
    assert "1 omgång i 1 scenario" in rounds.status.value


def test_views_draw_the_chart_the_list_and_the_summary(store):
    """History has the chart with its alt text, practice the three lists, summary two downloads."""
    app = play(store)
    finish_round(app)
    app.roleplay.start_next_round()
    finish_round(app, "Tack.")
    rounds = MyRounds("en", store=store, today=lambda: date(2025, 5, 27))
    history, practice, summary = rounds.history(), rounds.practice(), rounds.summary()
    assert alts(history.value)[0].startswith("Your scores per round")
    assert L.text("en", "progress.practice_title") in practice.value
    files = decoded_links(summary.value)
    assert set(files) == {"summary-deliver-then-influence.html", "summary-deliver-then-influence.md"}
    assert files["summary-deliver-then-influence.md"] == S.summary_markdown(
        rounds.reports, "en", name="Blåklocka", when=date(2025, 5, 27))
    assert "2025-05-27" in summary.value


def test_learner_text_is_escaped_in_the_summary_and_its_downloads(store):
    """The pitch's HTML shows as text in the notebook and in the downloaded page, never as markup."""
    finish_round(play(store, alias="<i>jag</i>"))
    rounds = MyRounds("sv", store=store)
    summary = rounds.summary()
    for html in (summary.value, decoded_links(summary.value)["sammanfattning-leverera-och-paverka.html"]):
        assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
        assert "<i>jag</i>" not in html and "&lt;i&gt;jag&lt;/i&gt;" in html
    assert "&lt;i&gt;jag&lt;/i&gt;" in rounds.status.value


def test_two_aliases_ask_which_one(store):
    """With two aliases nothing is loaded until the learner types theirs; then only their rounds show."""
    finish_round(play(store, alias="Blåklocka"))
    finish_round(play(store, alias="Smörblomma", seed=1))
    finish_round(play(store, alias="Smörblomma", seed=2, scenario="care-tablets"))
    rounds = MyRounds("sv", store=store)
    history = rounds.history()
    assert rounds.reports == [] and L.text("sv", "progress_view.alias_ask") in rounds.status.value
    rounds.alias.value = "Smörblomma"
    rounds.show.click()
    assert [r["scenario"] for r in rounds.reports] == ["school-brochure", "care-tablets"]
    assert "2 omgångar i 2 scenarier" in rounds.status.value
    assert alts(history.value)  # a view made before loading follows the load


def test_the_summary_names_the_loaded_alias_not_a_half_typed_one(store):
    """Typing in the alias box without clicking show does not change whose summary it is."""
    finish_round(play(store, alias="Blåklocka"))
    rounds = MyRounds("sv", store=store)
    rounds.alias.value = "Någon annan"
    assert "Alias: Blåklocka" in rounds.summary().value


def test_an_unknown_alias_is_told_kindly(store):
    """An alias with no rounds gets a hint to check the spelling, with the alias escaped."""
    finish_round(play(store, alias="Blåklocka"))
    rounds = MyRounds("sv", store=store)
    rounds.alias.value = "<b>Okänd</b>"
    rounds.load()
    assert rounds.reports == [] and "&lt;b&gt;Okänd&lt;/b&gt;" in rounds.status.value
    assert "Kontrollera stavningen" in rounds.status.value


def test_an_empty_alias_asks_for_one(store):
    """Clicking show with no alias asks for the alias from section 5."""
    rounds = MyRounds("en", store=store)
    rounds.load()
    assert L.text("en", "progress_view.alias_ask") in rounds.status.value


@pytest.mark.parametrize("lang", LANGS)
def test_an_unusable_store_is_explained(lang: str):
    """A store that cannot be read is explained in plain words, and the views stay friendly."""
    rounds = MyRounds(lang, store=Broken())
    assert L.text(lang, "progress_view.read_unavailable") in rounds.status.value
    assert L.text(lang, "ui.results_read_only") in rounds.status.value
    assert L.text(lang, "progress.no_rounds") in rounds.summary().value



class InBrowser:
    """A store as the static site's browser has it (Pyodide, no sqlite3): every call says nothing is saved there."""

    def __getattr__(self, name):
        raise ResultsUnavailable("no sqlite3", "in_browser")


@pytest.mark.parametrize("lang", LANGS)
def test_in_the_browser_section_6_says_rounds_are_not_saved(lang: str):
    """JupyterLite saves no rounds: section 6 says so and points to section 5's chart, not "cannot be shown
    right now" nor "play a round in section 5 first" (which would save nothing there either)."""
    rounds = MyRounds(lang, store=InBrowser())
    assert escape(L.text(lang, "progress_view.rounds_in_browser")) in rounds.status.value
    assert escape(L.text(lang, "progress_view.read_unavailable")) not in rounds.status.value
    for view in (rounds.history(), rounds.practice(), rounds.summary()):
        assert escape(L.text(lang, "progress_view.none_in_browser")) in view.value
        assert escape(L.text(lang, "progress.no_rounds")) not in view.value

# --- Charts ---

def test_the_skills_chart_is_an_image_with_an_escaped_alt_text():
    """The chart is an SVG <img> whose alt text is the engine's description."""
    values = dict.fromkeys(P.SKILLS, 50)
    html = V.skills_chart(values, "sv")
    assert html.startswith('<img class="ol-chart-skills" src="data:image/svg+xml;base64,')
    assert alts(html) == [P.skills_alt(values, "sv")]


def test_the_history_chart_draws_a_single_round(store):
    """One round is enough for the chart over time."""
    finish_round(play(store))
    reports = [r["report"] for r in store.results(P.WORKSHOP)]
    html = V.history_chart(reports, "sv")
    assert alts(html) == [P.history_alt(P.history(reports), "sv")]


# --- Section 6: the reflection questions ---

@pytest.mark.parametrize("lang", LANGS)
def test_reflection_answers_survive_a_restart_and_go_into_the_summary(store, lang: str):
    """Saved answers come back in a new MyRounds (a restarted kernel) and appear, escaped, in the summary
    shown and in both downloads."""
    finish_round(play(store))
    rounds = MyRounds(lang, store=store)
    rounds.reflection()
    summary = rounds.summary()
    rounds.reflection_boxes[0].value = "Vad ska det <b>leda</b> till?"
    rounds.reflection_boxes[2].value = "Rektorn: 31 av 58 kom."
    rounds.save_reflection_button.click()
    assert L.text(lang, "reflection.saved") in rounds.reflection_status.value
    again = MyRounds(lang, store=store)
    assert [b.value for b in again.reflection_boxes] == ["Vad ska det <b>leda</b> till?", "", "Rektorn: 31 av 58 kom."]
    questions = P.reflection_questions(lang)
    files = decoded_links(summary.value)
    for html in (summary.value, again.summary().value, files[next(f for f in files if f.endswith(".html"))]):
        assert escape(questions[0]) in html and escape(questions[2]) in html and escape(questions[1]) not in html
        assert "&lt;b&gt;leda&lt;/b&gt;" in html and "<b>leda" not in html
    markdown = files[next(f for f in files if f.endswith(".md"))]
    assert L.text(lang, "reflection.summary_title") in markdown and "31 av 58 kom." in markdown


def test_reflection_needs_a_loaded_alias(store):
    """Without loaded rounds there is no alias to save under: the learner is told, nothing is saved."""
    rounds = MyRounds("en", store=store)
    rounds.reflection()
    rounds.reflection_boxes[0].value = "What do you want to achieve?"
    rounds.save_reflection_button.click()
    assert L.text("en", "reflection.alias_first") in rounds.reflection_status.value
    assert rounds.reflection_answers == []


def test_a_huge_reflection_answer_is_refused_in_plain_words(store):
    """50,000 characters are not saved; the learner reads why, in their language."""
    finish_round(play(store))
    rounds = MyRounds("sv", store=store)
    rounds.reflection()
    rounds.reflection_boxes[1].value = "ord " * 12_500
    rounds.save_reflection_button.click()
    assert "för lång" in rounds.reflection_status.value
    assert store.load_reflection(P.WORKSHOP, "Blåklocka") == []


def test_reflections_are_not_mistaken_for_an_unfinished_role_play(store):
    """Asking for any unfinished role-play never returns the saved reflection."""
    store.save_reflection(P.WORKSHOP, "Blåklocka", "sv", ["a", "b", "c"])
    assert store.load_progress(P.WORKSHOP, "Blåklocka") is None
    assert store.load_reflection(P.WORKSHOP, "Blåklocka") == ["a", "b", "c"]


def test_the_summary_leaves_out_unanswered_reflection_questions():
    """Only answered questions are printed; with none answered there is no reflection heading."""
    title = L.text("en", "reflection.summary_title")
    assert title not in S.summary_markdown([], "en", reflection=["", "  ", ""])
    text = S.summary_markdown([], "en", reflection=["", "Budget, by asking what it may cost", ""])
    assert title in text and P.reflection_questions("en")[1] in text and P.reflection_questions("en")[0] not in text
