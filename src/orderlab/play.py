"""Playing a role-play and saving it as it goes: the one flow the workshop app and self-paced play share.

``SavedPlay`` opens the results store on first use, resumes the player's unfinished round or
starts a new one, saves progress after every step, and keeps a finished round in memory until
the store has it (a busy or broken store loses nothing: every later save retries it). It says
what happened as a ``Status`` of keys; the UI turns them into text in the player's language.

A participant's workshop code comes from the page's address. A code the store would refuse
(malformed, empty, too long) and a well-formed code that names no workshop give the same
status, at the same moment (the first save), so nothing tells a participant whether a
workshop exists; either way the round is played in memory.

A ``sender`` (the participant page's statements to a learning record store) gets every step as
well. Where the store cannot keep the round but the sender has it, the status says where the
results went (``SENT``) instead of "not saved".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .results import InvalidName, ResultsStore, ResultsUnavailable, check_code, result_id
from .session import Session

# The status keys (in orderlab.lang), besides "results_<reason>" for every reason in results.REASONS
SAVED = ("progress_saved", "result_saved")
RESUMED = ("resumed", "resumed_partly", "resume_failed")
UNKNOWN_WORKSHOP = "results_unknown"
SENT = ("results_sent", "results_sending")  # the sender has the round: delivered, or waiting to be

# Sends a step elsewhere too (an LRS); True once everything it was given has arrived there.
Sender = Callable[[Session], bool]


@dataclass(frozen=True)
class Status:
    """What became of a save or a resume: a lang key, ``ok`` or ``hint``, and whether to add
    that the player can play on although the store cannot keep the round."""

    key: str
    kind: str = "ok"
    play_on: bool = False

    @classmethod
    def unavailable(cls, exc: ResultsUnavailable, opening: bool = False) -> Status:
        """The store failed: a busy store is only asked again; anything else lets the player play on."""
        return cls(f"results_{exc.reason}", "hint", opening or exc.reason != "locked")


class StoreHandle:
    """The results store, opened on first use and kept; ``get()`` raises ``ResultsUnavailable`` while it
    cannot be opened (and tries again on the next call)."""

    def __init__(self, store: ResultsStore | None = None, opener: Callable[[], ResultsStore] = ResultsStore):
        self._store, self._opener = store, opener

    def get(self) -> ResultsStore:
        if self._store is None:
            self._store = self._opener()
        return self._store

    def open(self, on_fail: Callable[[ResultsUnavailable], None]) -> ResultsStore | None:
        """The store, or None after telling ``on_fail`` why it cannot be opened."""
        try:
            return self.get()
        except ResultsUnavailable as exc:
            on_fail(exc)
            return None


@dataclass
class SavedPlay:
    """One player's rounds in one workshop, saved as they go.

    ``create=False`` (a participant): write only into a workshop the facilitator made, and read
    ``workshop`` as a code from a page's address.
    """

    stores: StoreHandle
    workshop: str
    alias: str
    create: bool = True
    pending: dict[str, Mapping[str, object]] = field(default_factory=dict)  # result id -> report not yet stored
    sender: Sender | None = None

    def __post_init__(self) -> None:
        self._valid = True
        if not self.create:
            try:
                self.workshop = check_code(self.workshop)
            except InvalidName:
                self._valid = False  # played in memory; the first save says so, as for an unknown code

    def _store(self) -> tuple[ResultsStore | None, Status | None]:
        if not self._valid:
            return None, Status(UNKNOWN_WORKSHOP, "hint", True)
        try:
            return self.stores.get(), None
        except ResultsUnavailable as exc:
            return None, Status.unavailable(exc, opening=True)

    def begin(self, scenario: str, lang: str, seed: int) -> tuple[Session, Status | None]:
        """The player's unfinished round of ``scenario``, replayed as far as it goes, else a new one."""
        session, status = self._begin(scenario, lang, seed)
        if self.sender is not None and status is not None and status.key not in RESUMED:
            status = None  # the store cannot keep it, but the first save says where the sender took it
        return session, status

    def _begin(self, scenario: str, lang: str, seed: int) -> tuple[Session, Status | None]:
        store, status = self._store()
        if store is None:
            return Session(scenario, lang, seed=seed), status if self._valid else None
        try:
            saved = store.load_progress(self.workshop, self.alias, scenario)
        except ResultsUnavailable as exc:
            return Session(scenario, lang, seed=seed), Status.unavailable(exc)
        if not saved:
            return Session(scenario, lang, seed=seed), None
        try:
            session, complete = Session.from_state(saved["state"], partial=True)
        except (ValueError, KeyError, TypeError):
            return Session(scenario, lang, seed=seed), Status("resume_failed", "hint")
        return session, Status("resumed") if complete else Status("resumed_partly", "hint")

    def save(self, session: Session) -> Status:
        """Save progress, or the finished round, and hand it to the sender; retry any finished round still waiting."""
        status = self._save(session)
        if self.sender is None:
            return status
        delivered = self.sender(session)
        if status.key in SAVED:
            return status
        return Status(SENT[0]) if delivered else Status(SENT[1], "hint")

    def _save(self, session: Session) -> Status:
        if session.step == "done":
            self.pending[result_id(self.workshop, self.alias, session.state())] = session.report()
        store, status = self._store()
        if store is None:
            assert status is not None
            return status
        try:
            for rid in list(self.pending):
                store.save_result(self.workshop, self.alias, self.pending[rid], rid, create=self.create)
                del self.pending[rid]
            if session.step != "done":
                store.save_progress(self.workshop, self.alias, session.scenario.id, session.lang, session.state(),
                                    create=self.create)
        except ResultsUnavailable as exc:
            return Status.unavailable(exc)
        return Status("result_saved" if session.step == "done" else "progress_saved")
