"""The seam between the store and where it keeps its rows: the ``Backend`` protocol and the registry.

``ResultsStore`` checks names, caps' settings, retries and the retention period; a backend only
keeps and finds rows. A backend raises ``ResultsUnavailable`` (with one of ``REASONS``) for
anything that goes wrong; the store retries a call that failed with the reason "locked".

Adding a kind of store is one new module in this package with a class that implements
``Backend`` (its constructor takes the location and a busy timeout in seconds), plus one line in
``BACKENDS`` naming the URL schemes it serves. Its module is imported only when such a URL is used.
"""

from __future__ import annotations

import importlib
import os
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypedDict

from .errors import ResultsUnavailable, file_message
from .limits import Limits

# URL scheme -> "module:Class" in this package. A location that is not a URL is a SQLite file.
BACKENDS: dict[str, str] = {
    "postgresql": "postgres:PostgresBackend",
    "postgres": "postgres:PostgresBackend",
    "xapi+http": "xapi:XapiBackend",  # a Learning Record Store (orderlab.xapi.backend)
    "xapi+https": "xapi:XapiBackend",
}
FILE_BACKEND = "sqlite:SqliteBackend"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

JsonObject = dict[str, object]  # a report or a saved state, as ``json.loads`` gives it back


@dataclass(frozen=True)
class NewResult:
    """One finished round as the store hands it to a backend: the columns and the report as JSON."""

    result_id: str
    workshop: str
    alias: str
    scenario: str
    lang: str
    total: int
    scores: tuple[int, int, int]  # questions, delivery, pitch: the columns of SCORED_STEPS
    report_json: str


class WorkshopRow(TypedDict):
    name: str
    title: str
    created_at: float
    participants: int
    results: int
    refused: int
    last_refused_at: float | None


class ResultRow(TypedDict):
    result_id: str
    alias: str
    scenario: str
    lang: str
    total: int
    questions: int
    delivery: int
    pitch: int
    report: JsonObject
    finished_at: float


class ProgressRow(TypedDict):
    scenario: str
    lang: str
    state: JsonObject
    updated_at: float


class Backend(Protocol):
    """What a store needs from where it keeps its rows. Names reach it checked; times are the store's clock.

    A write that a cap of ``limits`` refuses (or, with ``create=False``, that names a workshop that
    does not exist) stores nothing, is counted on the workshop (``refused``) when it exists, and
    raises ``ResultsUnavailable`` with the reason "full", "too_big" or "unknown".
    """

    path: Path | None  # the file, or None for a database or service named by a URL
    where: str  # the location as it may be shown: a URL's password masked

    @property
    def closed(self) -> bool: ...

    def snapshot(self) -> AbstractContextManager[None]:
        """Within it, reads may share what one read fetched (a dashboard's refresh); a write clears it."""
        ...

    def create_workshop(self, name: str, title: str, now: float) -> bool:
        """Make a workshop; False if it already existed."""
        ...

    def workshops(self) -> list[WorkshopRow]:
        """Every workshop, oldest first."""
        ...

    def created_before(self, cutoff: float) -> list[str]:
        """The names of the workshops created before ``cutoff``."""
        ...

    def delete_workshop(self, name: str) -> int:
        """Delete a workshop and every row about its participants, for good; returns the number of results."""
        ...

    def save_result(self, result: NewResult, now: float, limits: Limits, create: bool) -> bool:
        """Store ``result`` and clear its alias's progress in its scenario; False if its id is stored already."""
        ...

    def results(self, name: str, scenario: str | None) -> list[ResultRow]:
        """A workshop's results in the order they were saved."""
        ...

    def count_progress(self, name: str, scenario: str | None) -> int:
        """How many unfinished rounds a workshop holds."""
        ...

    def save_progress(self, name: str, alias: str, scenario: str, lang: str, state_json: str, now: float,
                      limits: Limits, create: bool) -> None:
        """Keep (or replace) ``alias``'s unfinished round of ``scenario``."""
        ...

    def load_progress(self, name: str, alias: str, scenario: str | None, skip: str) -> ProgressRow | None:
        """``alias``'s latest unfinished round (in ``scenario`` if given, else any but ``skip``), or None."""
        ...

    def clear_progress(self, name: str, alias: str, scenario: str | None) -> int:
        """Forget ``alias``'s unfinished rounds (every scenario unless one is given); returns how many."""
        ...

    def close(self) -> None: ...


class BackendClass(Protocol):
    def __call__(self, location: str | os.PathLike[str] | None, busy_timeout: float) -> Backend: ...


def _load(entry: str) -> BackendClass:
    module, name = entry.split(":")
    cls: BackendClass = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    return cls


def open_backend(given: str | os.PathLike[str] | None, busy_timeout: float) -> Backend:
    """The backend for ``given``: a URL whose scheme ``BACKENDS`` knows, another URL (refused), or a file path."""
    text = os.fspath(given) if given is not None else None
    if text is not None and _URL.match(text):
        scheme = text.split("://", 1)[0]
        if scheme.lower() in BACKENDS:
            return _load(BACKENDS[scheme.lower()])(text, busy_timeout)
        shown = f"{scheme}://..."  # the rest may hold a password
        raise ResultsUnavailable(file_message("unsupported", shown), "unsupported", shown)
    try:
        cls = _load(FILE_BACKEND)
    except ModuleNotFoundError as exc:  # Pyodide (the static site) has no sqlite3
        if exc.name != "sqlite3":
            raise
        raise ResultsUnavailable("Results are not saved in the browser version of the course (no sqlite3 "
                                 "there): they stay in the page until it is closed.", "in_browser") from exc
    return cls(given, busy_timeout)


__all__ = ["BACKENDS", "Backend", "JsonObject", "NewResult", "ProgressRow", "ResultRow",
           "WorkshopRow", "open_backend"]
