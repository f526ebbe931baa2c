"""Sections 5 and 6 for self-paced learners: the full role-play saved as you go, and your rounds over time.

``SelfPacedPlay`` (section 5) asks for an alias once, plays any scenario for two rounds, saves each
finished round in the results store under ``orderlab.progress.WORKSHOP`` and draws the latest
round's skills. ``MyRounds`` (section 6) reads those rounds back: scores over time, what to
practise, and a printable summary to download. When the store cannot be used, both say so in
plain words and carry on. Tests drive them without a browser: set ``.alias.value`` and call
``start()`` or ``load()``.

The alias is filled in for the learner only when the store holds exactly one self-paced alias
(a personal store); a shared store never shows one learner's alias to another.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import Any

import ipywidgets as W

from .. import lang as L
from .. import learner_text
from .. import progress as P
from ..play import SavedPlay, Status, StoreHandle
from ..present.charts import history_chart, skills_chart
from ..present.panel import panel_html
from ..present.styles import SUMMARY_CSS
from ..present.summary import summary_html, summary_html_body, summary_markdown
from ..results import InvalidName, ResultsStore, ResultsUnavailable, check_name
from ..session import Session
from .app import relabel_scenarios, scenario_picker
from .guard import guarded
from .render import message
from .roleplay import RolePlay
from .styles import head

LABEL = {"description_width": "initial"}


# --- Charts (drawn by orderlab.present.charts) ---

def skills_panel(reports: list[Mapping[str, Any]], lang: str) -> str:
    """The latest round's skills chart (with the round before, if any) and a pointer to the lowest bar."""
    if not reports:
        return ""
    latest = P.skills(reports[-1])
    previous = P.skills(reports[-2]) if len(reports) > 1 else None
    return (f'<div class="ol-skills">{skills_chart(latest, lang, previous)}'
            f'<p>{escape(P.weakest_line(latest, lang))}</p></div>')


def _download(payload: str, mime: str, filename: str, label: str) -> str:
    data = base64.b64encode(payload.encode("utf-8")).decode("ascii")
    return (f'<a class="ol-download" download="{escape(filename)}" '
            f'href="data:{mime};charset=utf-8;base64,{data}">{escape(label)}</a>')


def _aliases(store: ResultsStore, workshop: str) -> list[str]:
    """The aliases with saved rounds in ``workshop``, the most recent first."""
    return list(dict.fromkeys(row["alias"] for row in reversed(store.results(workshop))))


class _StoreUser:
    """Opens the results store once, on first use; remembers why when it cannot."""

    _stores: StoreHandle
    lang: str

    def store(self) -> ResultsStore | None:
        return self._stores.open(self._unavailable)

    def _unavailable(self, exc: ResultsUnavailable) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


# --- Section 5: the full role-play, saved under an alias ---

class SelfPacedPlay(_StoreUser, W.VBox):
    """Choose an alias and a scenario, play two rounds; each finished round is saved and its skills drawn."""

    def __init__(self, lang: str = "sv", store: ResultsStore | None = None, rng: random.Random | None = None,
                 workshop: str = P.WORKSHOP):
        self.lang = L.check_lang(lang)
        self.workshop = workshop
        self.rng = rng or random.Random()
        self._stores = StoreHandle(store)
        self.alias_name = ""
        self.roleplay: RolePlay | None = None
        self.reports: list[dict[str, Any]] = []  # this alias's finished rounds, oldest first
        self.alias = W.Text(description=L.text(lang, "ui.alias_label"),
                            placeholder=L.text(lang, "ui.alias_placeholder"),
                            style=LABEL, layout=W.Layout(width="30em"))
        self.alias.add_class("ol-alias")
        self.scenario = scenario_picker()
        relabel_scenarios(self.scenario, lang)
        self.start_button = W.Button(description=L.text(lang, "ui.start"), button_style="primary")
        self.start_button.add_class("ol-start")
        self.start_button.on_click(guarded(self.start, self))
        self.status = W.HTML(message(""))
        self.saved = W.HTML()
        self.saved.add_class("ol-saved")
        self.skills = W.HTML()
        self.skills.add_class("ol-skills-panel")
        self.change = W.Button(description=L.text(lang, "progress_view.change_scenario"), icon="exchange",
                               layout=W.Layout(width="auto"))
        self.change.add_class("ol-change-scenario")
        self.change.on_click(guarded(self.choose_again, self))
        self.playing_as = W.HTML()
        self.picker = W.VBox([W.HTML(f"<h2>{escape(L.text(lang, 'progress_view.play_title'))}</h2>"
                                     f"<p>{escape(L.text(lang, 'progress_view.play_intro'))}</p>"),
                              self.alias, self.scenario, self.start_button, self.status])
        super().__init__([*head(), self.picker, self.saved])
        self.add_class("orderlab")
        store = self.store()
        if store is not None:
            try:
                known = _aliases(store, workshop)
            except ResultsUnavailable as exc:
                self._unavailable(exc)
            else:
                if len(known) == 1:
                    self.alias.value = known[0]

    def _unavailable(self, exc: ResultsUnavailable) -> None:
        self.saved.value = message(
            f"{L.text(self.lang, f'ui.results_{exc.reason}')} {L.text(self.lang, 'progress_view.play_on')}"
        )

    def start(self) -> RolePlay | None:
        """Check the alias, resume an unfinished round of the chosen scenario if there is one, else start anew."""
        try:
            alias = check_name(self.alias.value)
        except InvalidName as exc:
            self.status.value = message(L.text(self.lang, f"ui.alias_{exc.reason}", limit=exc.limit))
            return None
        if alias != self.alias_name:  # rounds kept in memory (when the store is unusable) belong to one alias
            self.alias_name, self.reports = alias, []
        scenario, lang = self.scenario.value, self.lang
        self.saved.value = ""
        store = self.store()
        if store is not None:
            try:
                self.reports = [row["report"] for row in store.results(self.workshop)
                                if row["alias"] == self.alias_name]
            except ResultsUnavailable as exc:
                self._unavailable(exc)
        self.play = SavedPlay(self._stores, self.workshop, self.alias_name)
        session, status = self.play.begin(scenario, lang, self.rng.randrange(1_000_000))
        self._show(status)
        self.roleplay = RolePlay(session=session)
        self.roleplay.on_change.append(self._save)
        self.playing_as.value = (f"<p class='ol-alias-line'>{escape(L.text(lang, 'ui.playing_as'))} "
                                 f"<strong>{escape(self.alias_name)}</strong></p>")
        self.skills.value = skills_panel(self.reports, lang)
        self.status.value = message("")
        self.children = (*self.children[:2], W.HBox([self.playing_as, self.change]), self.saved, self.roleplay,
                         self.skills)
        self.roleplay.question.focus()
        return self.roleplay

    def choose_again(self) -> None:
        """Back to the alias and scenario; an unfinished round stays saved and resumes when chosen again."""
        self.roleplay = None
        self.children = (*self.children[:2], self.picker, self.saved)

    def _save(self, session: Session) -> None:
        if session.step == "done":
            self.reports.append(session.report())
            self.skills.value = skills_panel(self.reports, self.lang)
        self._show(self.play.save(session))

    def _show(self, status: Status | None) -> None:
        if status is None:
            return
        if status.play_on:
            self.saved.value = message(
                f"{L.text(self.lang, f'ui.{status.key}')} {L.text(self.lang, 'progress_view.play_on')}", status.kind
            )
        elif status.key == "result_saved":
            self.saved.value = message(L.text(self.lang, "progress_view.round_saved"), status.kind)
        else:
            self.saved.value = message(L.text(self.lang, f"ui.{status.key}"), status.kind)


def self_paced_play(lang: str = "sv") -> SelfPacedPlay:
    """Section 5's role-play, ready to display."""
    return SelfPacedPlay(lang)


# --- Section 6: your rounds over time ---

class MyRounds(_StoreUser, W.VBox):
    """The learner's saved rounds; ``history()``, ``practice()`` and ``summary()`` are views that follow ``load()``."""

    def __init__(self, lang: str = "sv", store: ResultsStore | None = None, workshop: str = P.WORKSHOP,
                 today: Callable[[], date] = date.today):
        self.lang = L.check_lang(lang)
        self.workshop = workshop
        self.today = today
        self._stores = StoreHandle(store)
        self.alias_name = ""  # the alias whose rounds are loaded
        self.reports: list[dict[str, Any]] = []
        self.in_browser = False  # the static site (Pyodide) saves no rounds: the views say so instead of "play first"
        self._views: list[tuple[W.HTML, Callable[[], str]]] = []
        self.reflection_answers: list[str] = []  # the loaded alias's saved answers to section 6's questions
        self.reflection_boxes = [W.Textarea(description=q, layout=W.Layout(width="100%"), style=LABEL, rows=3)
                                 for q in P.reflection_questions(self.lang)]
        for box in self.reflection_boxes:
            box.add_class("ol-reflection-answer")
        self.alias = W.Text(description=L.text(lang, "ui.alias_label"),
                            placeholder=L.text(lang, "ui.alias_placeholder"),
                            style=LABEL, layout=W.Layout(width="30em"))
        self.alias.add_class("ol-alias")
        self.show = W.Button(description=L.text(lang, "progress_view.show"), button_style="primary", icon="refresh",
                             layout=W.Layout(width="auto"))
        self.show.add_class("ol-show")
        self.show.on_click(guarded(self.load, self))
        self.status = W.HTML(message(""))
        self._reflection: W.VBox | None = None
        self.reflection_status = W.HTML(message(""))
        super().__init__([*head(), W.HTML(f"<h2>{escape(L.text(lang, 'progress_view.rounds_title'))}</h2>"),
                          W.HBox([self.alias, self.show]), self.status])
        self.add_class("orderlab")
        store = self.store()
        if store is None:
            return
        try:
            known = _aliases(store, workshop)
        except ResultsUnavailable as exc:
            self._unavailable(exc)
            return
        if len(known) == 1:
            self.alias.value = known[0]
            self.load()
        else:
            self._say(L.text(lang, "progress.no_rounds") if not known else L.text(lang, "progress_view.alias_ask"))

    def _say(self, line: str, kind: str = "hint") -> None:
        self.status.value = message(line, kind)

    def _unavailable(self, exc: ResultsUnavailable) -> None:
        if exc.reason == "in_browser":  # JupyterLite: nothing was saved, and nothing will be; not a passing fault
            self.in_browser = True
            self._say(L.text(self.lang, "progress_view.rounds_in_browser"))
            return
        self._say(
            f"{L.text(self.lang, 'progress_view.read_unavailable')} {L.text(self.lang, f'ui.results_{exc.reason}')}"
        )

    def load(self) -> list[dict[str, Any]]:
        """Read the alias's rounds from the store, oldest first, and redraw every view."""
        lang = self.lang
        self.reports, self.alias_name = [], ""
        try:
            alias = check_name(self.alias.value)
        except InvalidName:
            self._say(L.text(lang, "progress_view.alias_ask"))
            alias = ""
        store = self.store() if alias else None
        if store is not None:
            try:
                self.reports = [row["report"] for row in store.results(self.workshop) if row["alias"] == alias]
            except ResultsUnavailable as exc:
                self._unavailable(exc)
            else:
                if self.reports:
                    self.alias_name = alias
                    self._load_reflection(store)
                    scenarios = len({r.get("scenario") for r in self.reports})
                    self._say(L.text(lang, "progress_view.rounds_found", alias=alias,
                                   rounds=P.counted(lang, "rounds", len(self.reports)),
                                   scenarios=P.counted(lang, "scenarios", scenarios)), "ok")
                else:
                    self._say(L.text(lang, "progress_view.alias_unknown", alias=alias))
        for view, draw in self._views:
            view.value = draw()
        return self.reports

    def _load_reflection(self, store: ResultsStore) -> None:
        try:
            self.reflection_answers = store.load_reflection(self.workshop, self.alias_name)
        except ResultsUnavailable:
            self.reflection_answers = []
        for box, answer in zip(self.reflection_boxes, [*self.reflection_answers, "", "", ""], strict=False):
            box.value = answer

    def save_reflection(self) -> None:
        """Save the answers in the boxes under the loaded alias and put them into the summary."""
        lang, say = self.lang, self.reflection_status
        values = [box.value for box in self.reflection_boxes]
        problems = [f"{box.description}: {found}" for box, value in zip(self.reflection_boxes, values, strict=True)
                    if (found := learner_text.problem(value, lang))]
        if problems:
            say.value = message(" ".join(problems))
            return
        store = self.store() if self.alias_name else None
        if store is None:
            say.value = message(L.text(lang,
                                       "reflection.alias_first" if not self.alias_name else "reflection.unavailable"))
            return
        try:
            store.save_reflection(self.workshop, self.alias_name, lang, values)
        except ResultsUnavailable:
            say.value = message(L.text(lang, "reflection.unavailable"))
            return
        self.reflection_answers = values
        for view, draw in self._views:
            view.value = draw()
        say.value = message(L.text(lang, "reflection.saved"), "ok")

    def reflection(self) -> W.VBox:
        """Boxes for section 6's reflection questions and a button that saves them into the summary."""
        if self._reflection is None:
            save = W.Button(description=L.text(self.lang, "reflection.save"), button_style="primary",
                            layout=W.Layout(width="auto"))
            save.add_class("ol-save-reflection")
            save.on_click(guarded(self.save_reflection, self))
            self.save_reflection_button = save
            title = escape(L.text(self.lang, "reflection.title"))
            self._reflection = W.VBox([*head(), W.HTML(f"<h3>{title}</h3>"), *self.reflection_boxes, save,
                                       self.reflection_status])
            self._reflection.add_class("orderlab")
            self._reflection.add_class("ol-reflection")
        return self._reflection

    def _view(self, draw: Callable[[], str], cls: str) -> W.HTML:
        view = W.HTML(draw())
        view.add_class(cls)
        view.add_class("orderlab")
        self._views.append((view, draw))
        return view

    def _none_yet(self) -> str:
        key = "progress_view.none_in_browser" if self.in_browser else "progress.no_rounds"
        return f"<p>{escape(L.text(self.lang, key))}</p>"

    def _history(self) -> str:
        if not self.reports:
            return self._none_yet()
        note = (f"<p>{escape(L.text(self.lang, 'progress.history_limited', n=P.HISTORY_LIMIT))}</p>"
                if len(self.reports) > P.HISTORY_LIMIT else "")
        return history_chart(self.reports, self.lang) + note

    def _practice(self) -> str:
        return panel_html(P.practice_panel(self.reports, self.lang)) if self.reports else self._none_yet()

    def _summary(self) -> str:
        if not self.reports:
            return self._none_yet()
        lang, name, when = self.lang, self.alias_name, self.today()
        answers = self.reflection_answers
        page = summary_html(self.reports, lang, name=name, when=when, reflection=answers)
        markdown = summary_markdown(self.reports, lang, name=name, when=when, reflection=answers)
        stem = L.text(lang, "progress_view.file_stem")
        links = (
            f"<p>{_download(page, 'text/html', f'{stem}.html', L.text(lang, 'progress_view.download_html'))}</p>"
            f"<p>{_download(markdown, 'text/markdown', f'{stem}.md', L.text(lang, 'progress_view.download_md'))}</p>"
        )
        return SUMMARY_CSS + links + summary_html_body(self.reports, lang, name=name, when=when, reflection=answers)

    def history(self) -> W.HTML:
        """Scores per round in the order played: the total and each step, one line each."""
        return self._view(self._history, "ol-history")

    def practice(self) -> W.HTML:
        """What to practise at work, from every saved round."""
        return self._view(self._practice, "ol-practice")

    def summary(self) -> W.HTML:
        """The printable summary, shown here and offered as HTML and Markdown downloads."""
        return self._view(self._summary, "ol-summary")


def my_rounds(lang: str = "sv") -> MyRounds:
    """Section 6's view of the learner's saved rounds, ready to display."""
    return MyRounds(lang)


__all__ = [
    "MyRounds",
    "SelfPacedPlay",
    "history_chart",
    "my_rounds",
    "self_paced_play",
    "skills_chart",
    "skills_panel",
]
