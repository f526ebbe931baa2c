"""The start screen: choose language and scenario, then play. Used by Voila and notebooks."""

from __future__ import annotations

import os
from urllib.parse import parse_qs

import ipywidgets as W

from .. import lang as L
from ..scenario import all_scenarios
from .guard import guarded
from .render import message
from .roleplay import RolePlay
from .styles import head


def lang_from_query(default: str = "sv") -> str:
    """The ``?lang=`` of a Voila page (Voila passes it as ``QUERY_STRING``), else ``default``."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get("lang", [])
    return values[0] if values and values[0] in L.languages() else default


def language_toggle(lang: str) -> W.ToggleButtons:
    """Svenska | English, labelled in both languages (the learner may not read the other one)."""
    toggle = W.ToggleButtons(
        options=[(L.text(code, "language.name"), code) for code in L.languages()], value=lang,
        description=f"{L.text('sv', 'ui.choose_language')} / {L.text('en', 'ui.choose_language')}",
        style={"description_width": "initial"},
    )
    toggle.add_class("ol-language")
    return toggle


def scenario_picker() -> W.Dropdown:
    picker = W.Dropdown(style={"description_width": "initial"})
    picker.add_class("ol-scenario")
    return picker


def relabel_scenarios(picker: W.Dropdown, lang: str) -> None:
    """Fill the picker with the scenarios' titles in ``lang``, keeping the choice if it is still there."""
    current = picker.value
    picker.options = [(s.title[lang], s.id) for s in all_scenarios() if lang in s.languages]
    ids = [v for _, v in picker.options]
    picker.value = current if current in ids else (ids[0] if ids else None)
    picker.description = L.text(lang, "ui.choose_scenario")


class App(W.VBox):
    """Language and scenario pickers, a start button, and the role-play below them."""

    def __init__(self, lang: str | None = None, seed: int = 0):
        self.seed = seed
        lang = lang or lang_from_query()
        self.language = language_toggle(lang)
        self.scenario = scenario_picker()
        self.start = W.Button(button_style="primary")
        self.start.add_class("ol-start")
        self.start.on_click(guarded(self.begin, self))
        self.title = W.HTML()
        self.language.observe(lambda _: self._relabel(), names="value")
        self.status = W.HTML(message(""))
        self.picker = W.VBox([self.title, self.language, self.scenario, self.start, self.status])
        self.roleplay: RolePlay | None = None
        super().__init__([*head(), self.picker])
        self.add_class("orderlab")
        self._relabel()

    @property
    def lang(self) -> str:
        return self.language.value

    def _relabel(self) -> None:
        lang = self.language.value
        self.title.value = f"<h2>{L.text(lang, 'ui.app_title')}</h2>"
        relabel_scenarios(self.scenario, lang)
        self.start.description = L.text(lang, "ui.start")

    def begin(self) -> RolePlay:
        """Start the chosen scenario in the chosen language."""
        self.roleplay = RolePlay(self.scenario.value, self.language.value, seed=self.seed)
        self.children = (*self.children[:2], self.roleplay)
        self.roleplay.question.focus()  # keyboard users continue where the start button was
        return self.roleplay


def app(lang: str | None = None) -> App:
    """The whole course app, ready to display."""
    return App(lang)
