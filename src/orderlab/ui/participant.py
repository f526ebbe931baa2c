"""The participant app for a workshop: an alias, a language and a scenario, then the role-play.

Progress is saved after every step, so a reload or a restarted kernel resumes where the
participant was; a finished round is saved once (its id is derived from the session, so a
retry cannot duplicate it). When the results store cannot be used, the participant is told
in plain words and plays on without saving.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from html import escape
from urllib.parse import parse_qs

import ipywidgets as W

from .. import lang as L
from ..results import InvalidName, ResultsStore, ResultsUnavailable, check_name
from ..session import Session
from .app import lang_from_query, language_toggle, relabel_scenarios, scenario_picker
from .render import message
from .roleplay import RolePlay
from .styles import CSS

DEFAULT_WORKSHOP = "workshop"
_RESULT_NAMESPACE = uuid.UUID("5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11")


def workshop_from_query(default: str = DEFAULT_WORKSHOP) -> str:
    """The workshop named by ``?workshop=`` (Voila's QUERY_STRING), else ``ORDERLAB_WORKSHOP``, else a default."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get("workshop", [])
    return values[0] if values and values[0].strip() else os.environ.get("ORDERLAB_WORKSHOP", default)


def result_id(workshop: str, alias: str, session: Session) -> str:
    """The same finished session always gets the same id, so saving it twice stores it once."""
    key = json.dumps([workshop, alias, session.state()], sort_keys=True, ensure_ascii=False)
    return str(uuid.uuid5(_RESULT_NAMESPACE, key))


class ParticipantApp(W.VBox):
    """Join a workshop under an alias and play; results and progress are saved as you go."""

    def __init__(self, workshop: str | None = None, lang: str | None = None,
                 store: ResultsStore | None = None, rng: random.Random | None = None):
        self.workshop = workshop or workshop_from_query()
        self.rng = rng or random.Random()
        self._store = store
        self.alias_name = ""
        self.roleplay: RolePlay | None = None
        lang = lang or lang_from_query()
        self.language = language_toggle(lang)
        self.alias = W.Text(style={"description_width": "initial"}, layout=W.Layout(width="30em"))
        self.alias.add_class("ol-alias")
        self.scenario = scenario_picker()
        self.join = W.Button(button_style="primary")
        self.join.add_class("ol-join")
        self.join.on_click(lambda _: self.start())
        self.title = W.HTML()
        self.status = W.HTML(message(""))
        self.saved = W.HTML()
        self.saved.add_class("ol-saved")
        self.language.observe(lambda _: self._relabel(), names="value")
        self.picker = W.VBox([self.title, self.language, self.alias, self.scenario, self.join, self.status])
        super().__init__([W.HTML(CSS), self.picker])
        self.add_class("orderlab")
        self._relabel()

    @property
    def lang(self) -> str:
        return self.language.value

    def _relabel(self) -> None:
        lang = self.lang
        self.title.value = (f"<h2>{L.text(lang, 'app_title')}</h2>"
                            f"<p>{L.text(lang, 'workshop_intro')}</p>")
        self.alias.description = L.text(lang, "alias_label")
        self.alias.placeholder = L.text(lang, "alias_placeholder")
        relabel_scenarios(self.scenario, lang)
        self.join.description = L.text(lang, "join")

    def _say(self, text: str, kind: str = "hint") -> None:
        self.status.value = message(text, kind)

    def store(self) -> ResultsStore | None:
        """The results store, or None (with a message) when it cannot be used."""
        if self._store is None:
            try:
                self._store = ResultsStore()
            except ResultsUnavailable as exc:
                self._unavailable(exc)
                return None
        return self._store

    def _unavailable(self, exc: ResultsUnavailable) -> None:
        reason = f"results_{exc.reason}"
        self.saved.value = message(f"{L.text(self.lang, reason)} {L.text(self.lang, 'results_play_on')}", "hint")

    def start(self) -> RolePlay | None:
        """Check the alias, resume an unfinished role-play if there is one, else start a new one."""
        try:
            self.alias_name = check_name(self.alias.value)
        except InvalidName as exc:
            self._say(L.text(self.lang, f"alias_{exc.reason}", limit=exc.limit))
            return None
        scenario, lang = self.scenario.value, self.lang
        session, resumed = None, False
        store = self.store()
        if store is not None:
            try:
                saved = store.load_progress(self.workshop, self.alias_name, scenario)
                if saved and saved["lang"] == lang:
                    session, resumed = Session.from_state(saved["state"]), True
            except ResultsUnavailable as exc:
                self._unavailable(exc)
            except (ValueError, KeyError, TypeError):
                session = None  # a saved state this version cannot replay: start afresh
        if session is None:
            session = Session(scenario, lang, seed=self.rng.randrange(1_000_000))
        self.roleplay = RolePlay(session=session)
        self.roleplay.on_change.append(self._save)
        if resumed:
            self.saved.value = message(L.text(lang, "resumed"), "ok")
        self.children = (self.children[0], W.HTML(f"<p class='ol-alias-line'>{L.text(lang, 'playing_as')} "
                                                 f"<strong>{escape(self.alias_name)}</strong></p>"),
                         self.saved, self.roleplay)
        self.roleplay.question.focus()
        return self.roleplay

    def _save(self, session: Session) -> None:
        store = self.store()
        if store is None:
            return
        try:
            if session.step == "done":
                store.save_result(self.workshop, self.alias_name, session.report(),
                                  result_id(self.workshop, self.alias_name, session))
                self.saved.value = message(L.text(self.lang, "result_saved"), "ok")
            else:
                store.save_progress(self.workshop, self.alias_name, session.scenario.id, session.lang,
                                    session.state())
                self.saved.value = message(L.text(self.lang, "progress_saved"), "ok")
        except ResultsUnavailable as exc:
            self._unavailable(exc)


def participant_app(workshop: str | None = None) -> ParticipantApp:
    """The participant app, ready to display (notebooks/workshop/participant.ipynb)."""
    return ParticipantApp(workshop)
