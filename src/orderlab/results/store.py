"""``ResultsStore``: the one object the rest of orderlab uses to keep workshops, results and unfinished rounds.

It checks names, turns reports into columns, applies the caps and the retention period, and
retries a call that found the store locked with backoff; the rows themselves are kept by a
``Backend`` (``backend.py``), chosen by the location.
"""

from __future__ import annotations

import json
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, TypeVar

from .backend import JsonObject, NewResult, ProgressRow, ResultRow, WorkshopRow, open_backend
from .errors import ResultsUnavailable, file_unavailable
from .export import SCORED_STEPS, csv_row, summarise, write_csv
from .limits import Limits, retention_days
from .names import SELF_PACED, check_name
from .paths import ENV_VAR

# The progress key of section 6's reflection answers: a scenario id has no underscore, so none can clash.
REFLECTION = "_reflection"
T = TypeVar("T")


def _dumps(value: Mapping[str, object], what: str) -> str:
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a dict, not {type(value).__name__}")
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} is not JSON-serialisable: {exc}") from exc


def _score(steps: Mapping[str, object], step: str) -> int:
    found = steps.get(step)
    value = found.get("score", 0) if isinstance(found, Mapping) else 0
    return int(value) if isinstance(value, int | float | str) else 0


def unpack(workshop: str, alias: str, report: Mapping[str, object], rid: str) -> NewResult:
    """A ``Session.report()`` as the columns a backend stores; ``ValueError`` if it is not one."""
    blob = _dumps(report, "report")
    missing = [key for key in ("scenario", "lang", "total", "steps") if key not in report]
    if missing:
        raise ValueError(f"report has no {', '.join(missing)}: pass Session.report()")
    steps = report["steps"] if isinstance(report["steps"], Mapping) else {}
    total = report["total"]
    questions, delivery, pitch = (_score(steps, step) for step in SCORED_STEPS)
    return NewResult(rid, workshop, alias, str(report["scenario"]), str(report["lang"]),
                     int(total) if isinstance(total, int | float | str) else 0, (questions, delivery, pitch), blob)


class ResultsStore:
    """Workshops, their participants' results and unfinished role-plays, in SQLite or PostgreSQL.

    ``path`` is a file path or a URL that ``backend.BACKENDS`` knows (``postgresql://``, ``xapi+https://``); without
    it, ``$ORDERLAB_RESULTS`` or else ``default_path()``, whose folder alone is created if missing.
    ``limits`` default to ``Limits.from_environ()`` (``$ORDERLAB_LIMITS``). ``clock``, ``rng`` and
    ``sleep`` are passed in so tests control time and backoff. ``location`` is the file path or
    the URL with its password masked; ``path`` is the file's ``Path``, or None for a URL.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        clock: Callable[[], float] = time.time,
        *,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
        busy_timeout: float = 5.0,
        retries: int = 5,
        backoff: float = 0.02,
        limits: Limits | None = None,
        retention: float | None = None,
    ):
        self.clock, self.sleep, self.retries, self.backoff = clock, sleep, retries, backoff
        self.limits = limits or Limits.from_environ()
        self.retention = retention if retention is not None else retention_days()  # in days
        self.rng = rng or random.Random()
        self._lock = threading.RLock()
        given = path if path is not None else os.environ.get(ENV_VAR) or None
        self._backend = open_backend(given, busy_timeout)
        self.path: Path | None = self._backend.path
        self.location: str = self._backend.where

    def _run(self, call: Callable[[], T]) -> T:
        """One backend call under the lock, retried with backoff while the store is locked."""
        for attempt in range(self.retries + 1):
            with self._lock:
                if self._backend.closed:
                    raise ResultsUnavailable(f"The results store {self.location} is closed.", "unavailable",
                                             self.location)
                try:
                    return call()
                except ResultsUnavailable as error:
                    if error.reason != "locked" or attempt == self.retries:
                        raise
            self.sleep(min(2.0, self.backoff * 2**attempt) * (0.5 + self.rng.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    def snapshot(self) -> AbstractContextManager[None]:
        """Calls within it read the store once per query (an LRS is otherwise read again by each call).

        The dashboard's refresh lists the workshops, reads the results and counts unfinished rounds:
        on an LRS each of those reads the workshop's statements, page by page.
        """
        return self._backend.snapshot()

    # --- Workshops ---
    def create_workshop(self, workshop: str, title: str = "") -> bool:
        """Make an empty workshop so a dashboard can show it, with a friendly ``title`` beside its
        code; False if it already existed."""
        name = check_name(workshop, "workshop")
        title = check_name(title, "title") if title.strip() else ""
        return self._run(lambda: self._backend.create_workshop(name, title, self.clock()))

    def workshops(self) -> list[dict[str, object]]:
        """Every workshop not yet expired, oldest first: code, title, counts, refused writes, expiry time."""
        self.purge_expired()
        rows: list[WorkshopRow] = self._run(self._backend.workshops)
        return [{**row, "expires_at": row["created_at"] + self.retention * 86400} for row in rows]

    def workshop(self, workshop: str) -> dict[str, object] | None:
        """One workshop as ``workshops()`` lists it, or None."""
        name = check_name(workshop, "workshop")
        return next((w for w in self.workshops() if w["name"] == name), None)

    def purge_expired(self) -> int:
        """Delete for good every workshop created more than ``retention`` days ago; returns how many.

        The self-paced rounds (``SELF_PACED``) are the learner's own progress, not a workshop's: they
        stay until deleted by name, even where a facilitator's dashboard opens the same store.
        """
        cutoff = self.clock() - self.retention * 86400
        names = [n for n in self._run(lambda: self._backend.created_before(cutoff)) if n != SELF_PACED]
        for name in names:
            self.delete_workshop(name)
        return len(names)

    def delete_workshop(self, workshop: str) -> int:
        """Delete a workshop and every row about its participants (GDPR); returns the number of results."""
        name = check_name(workshop, "workshop")
        return self._run(lambda: self._backend.delete_workshop(name))

    # --- Finished results ---
    def save_result(self, workshop: str, alias: str, report: Mapping[str, object], result_id: str,
                    create: bool = True) -> bool:
        """Save one finished role-play's report; False if ``result_id`` was already saved.

        Saving also clears the alias's unfinished progress in that scenario, in the same transaction.
        With ``create=False`` (the participant app) only a workshop that exists is written to.
        """
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        result = unpack(name, alias, report, str(uuid.UUID(str(result_id))))
        return self._run(lambda: self._backend.save_result(result, self.clock(), self.limits, create))

    def results(self, workshop: str, scenario: str | None = None) -> list[ResultRow]:
        """A workshop's results in the order they were saved, each with its full ``report``."""
        name = check_name(workshop, "workshop")
        return self._run(lambda: self._backend.results(name, scenario))

    def summary(self, workshop: str, scenario: str | None = None,
                rows: Sequence[ResultRow] | None = None) -> dict[str, object]:
        """What a debrief shows: counts, mean and spread per step, share of open questions, most-missed topics.

        ``rows``: this workshop's ``results()`` when the caller has read them already (the
        dashboard does, every 10 s), so they are not read and parsed twice.
        """
        name = check_name(workshop, "workshop")
        rows = self.results(name, scenario) if rows is None else rows
        return summarise(name, rows, self._run(lambda: self._backend.count_progress(name, scenario)))

    def export_csv(self, workshop: str, file: str | os.PathLike[str] | IO[str]) -> int:
        """Write one CSV row per result (no report JSON) to a path or text file; returns the row count.

        A path gets UTF-8 with a byte-order mark, so spreadsheets read å, ä and ö; free text that a
        spreadsheet would run as a formula is prefixed with an apostrophe.
        """
        rows = [csv_row(row) for row in self.results(workshop)]
        if isinstance(file, str | os.PathLike):
            try:
                with open(file, "w", encoding="utf-8-sig", newline="") as handle:
                    write_csv(handle, rows)
            except OSError as exc:
                raise file_unavailable(exc, Path(file)) from exc
        else:
            write_csv(file, rows)
        return len(rows)

    # --- Unfinished role-plays ---
    def save_progress(self, workshop: str, alias: str, scenario: str, lang: str, state: Mapping[str, object],
                      create: bool = True) -> None:
        """Keep an unfinished role-play's ``state`` (JSON-serialisable) so it can be resumed; with
        ``create=False`` only into a workshop that exists."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        blob = _dumps(state, "state")
        self._run(lambda: self._backend.save_progress(name, alias, scenario, lang, blob, self.clock(), self.limits,
                                                      create))

    def load_progress(self, workshop: str, alias: str, scenario: str | None = None) -> ProgressRow | None:
        """The latest unfinished role-play of ``alias`` (in ``scenario`` if given), or None."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        return self._run(lambda: self._backend.load_progress(name, alias, scenario, REFLECTION))

    def clear_progress(self, workshop: str, alias: str, scenario: str | None = None) -> int:
        """Forget ``alias``'s unfinished role-play (every scenario unless one is given); returns how many."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        return self._run(lambda: self._backend.clear_progress(name, alias, scenario))

    # --- Section 6's reflections: kept beside the unfinished role-plays, under a key no scenario can have ---
    def save_reflection(self, workshop: str, alias: str, lang: str, answers: Sequence[str]) -> None:
        """Keep ``alias``'s answers to section 6's reflection questions, replacing earlier ones."""
        self.save_progress(workshop, alias, REFLECTION, lang, {"answers": [str(a) for a in answers]})

    def load_reflection(self, workshop: str, alias: str) -> list[str]:
        """``alias``'s saved reflection answers, or an empty list."""
        saved = self.load_progress(workshop, alias, REFLECTION)
        state: JsonObject = saved["state"] if saved else {}
        answers = state.get("answers", [])
        return [str(a) for a in answers] if isinstance(answers, list) else []

    # --- Lifetime ---
    def close(self) -> None:
        """Close the file or the connection; later calls raise ``ResultsUnavailable``."""
        with self._lock:
            self._backend.close()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ResultsStore({self.location!r})"
