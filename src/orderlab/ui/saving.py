"""Saving a participant's role-play as it goes, shared by the workshop app and the self-paced notebook.

Progress is saved after every step; a finished round is kept in memory until the store has
it (a busy or broken store does not lose it: every later save retries), and "saved" is
said only when nothing is waiting. Resuming replays what it can of a saved round and says
so when a part could not be replayed; it never silently starts over.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from ..results import ResultsStore, ResultsUnavailable
from ..session import Session

_RESULT_NAMESPACE = uuid.UUID("5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11")


def open_store(current: ResultsStore | None,
               on_fail: Callable[[ResultsUnavailable], None]) -> ResultsStore | None:
    """The results store, opened on first use; None (after telling ``on_fail`` why) when it cannot be."""
    if current is not None:
        return current
    try:
        return ResultsStore()
    except ResultsUnavailable as exc:
        on_fail(exc)
        return None


def result_id(workshop: str, alias: str, session: Session) -> str:
    """The same finished session always gets the same id, so saving it twice stores it once."""
    key = json.dumps([workshop, alias, session.state()], sort_keys=True, ensure_ascii=False)
    return str(uuid.uuid5(_RESULT_NAMESPACE, key))


@dataclass
class Saver:
    """One participant's saving: ``status(key, kind, reason)`` reports each outcome to the UI."""

    store: Callable[[], ResultsStore | None]
    workshop: str
    alias: str
    status: Callable[[str, str], None]
    pending: dict[str, dict] = field(default_factory=dict)  # result id -> report not yet stored
    create: bool = True  # False in a workshop: write only into a workshop the facilitator made

    def resume(self, scenario: str) -> Session | None:
        """The participant's unfinished round of ``scenario``, replayed as far as it goes, or None."""
        store = self.store()
        if store is None:
            return None
        try:
            saved = store.load_progress(self.workshop, self.alias, scenario)
        except ResultsUnavailable as exc:
            self.status(f"results_{exc.reason}", "hint")
            return None
        if not saved:
            return None
        try:
            session, complete = Session.from_state(saved["state"], partial=True)
        except (ValueError, KeyError, TypeError):
            self.status("resume_failed", "hint")
            return None
        self.status("resumed" if complete else "resumed_partly", "ok" if complete else "hint")
        return session

    def save(self, session: Session) -> None:
        """Save progress, or the finished round; retry any finished round still waiting."""
        if session.step == "done":
            self.pending[result_id(self.workshop, self.alias, session)] = session.report()
        store = self.store()
        if store is None:
            return
        try:
            for rid in list(self.pending):
                store.save_result(self.workshop, self.alias, self.pending[rid], rid, create=self.create)
                del self.pending[rid]
            if session.step != "done":
                store.save_progress(self.workshop, self.alias, session.scenario.id, session.lang, session.state(),
                                    create=self.create)
        except ResultsUnavailable as exc:
            self.status(f"results_{exc.reason}", "hint")
            return
        self.status("result_saved" if session.step == "done" else "progress_saved", "ok")
