"""The results store: finished and unfinished role-plays, shared by every kernel of a workshop.

By default one SQLite file per machine (``results_sqlite``); where a workshop spans many servers,
a PostgreSQL database named by a URL (``results_postgres``, an optional extra). Both run the same
SQL below, one transaction per call; a write that finds the store locked is retried with backoff.
Each backend versions its schema and migrates it forward on open (``SCHEMA_VERSION``).

Aliases, questions and pitches are personal data: the store keeps nothing else about people,
``delete_workshop`` removes a workshop's rows, and a workshop older than the retention period
(``RETENTION_DAYS``, or ``$ORDERLAB_RETENTION_DAYS``) is deleted the same way (``purge_expired``).
Writes are capped (``Limits``): a flood of saves from one page is refused once a cap is reached,
counted on the workshop (``refused``) for the facilitator to see, and never fills the store.
Anything wrong with the file, its folder or the
database raises ``ResultsUnavailable``, whose ``reason`` is one of ``REASONS``, so a UI can
explain it in the learner's language and let them play on.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import random
import re
import secrets
import threading
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

ENV_VAR = "ORDERLAB_RESULTS"
ALIAS_MAX = 40
WORKSHOP_MAX = 80
TITLE_MAX = 80
RETENTION_ENV = "ORDERLAB_RETENTION_DAYS"
RETENTION_DAYS = 30.0  # a workshop's data is deleted this long after it was created (GDPR storage limitation)
CODE_BYTES = 16  # a workshop code carries 128 random bits: nobody guesses one
SCORED_STEPS: tuple[str, ...] = ("questions", "delivery", "pitch")
REASONS: tuple[str, ...] = (
    "missing_folder",  # the folder of the file does not exist (or is not a folder)
    "not_a_file",  # the path names a folder
    "read_only",  # the folder or the file cannot be written
    "corrupt",  # the file is damaged or is not a database
    "too_new",  # written by a newer orderlab, with a schema this version does not know
    "locked",  # other kernels kept the file busy through every retry
    "disk_full",  # no space left for the file
    "unreachable",  # PostgreSQL: the server cannot be reached, or the connection was lost
    "auth",  # PostgreSQL: the server refused the user or its password
    "driver_missing",  # PostgreSQL: the optional driver psycopg is not installed
    "unsupported",  # a URL of a database other than PostgreSQL
    "full",  # a cap on results or participants (Limits) is reached: the save was refused and counted
    "too_big",  # a report or a saved state is larger than Limits allows: refused and counted
    "unknown",  # a participant's save names no workshop the facilitator made (create=False)
    "in_browser",  # Pyodide in the static site: no sqlite3 and no server; results stay in the page
    "unavailable",  # anything else, or the store was closed
)
# The progress key of section 6's reflection answers: a scenario id has no underscore, so none can clash.
REFLECTION = "_reflection"
SCHEMA_VERSION = 3  # each backend's MIGRATIONS has one function per version
CSV_COLUMNS: tuple[str, ...] = (
    "alias", "scenario", "lang", "finished_at", "total", "questions_score", "delivery_score",
    "pitch_score", "questions_asked", "open_share", "missed_topics", "as_ordered", "pitch_band",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas
_CODE = re.compile(r"[A-Za-z0-9_-]+")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_V1_IDS = uuid.UUID("6f1d0c36-5b0e-4a57-9d3b-2a6c1f0b9e41")  # namespace for ids of rows saved before v2
T = TypeVar("T")


class ResultsUnavailable(RuntimeError):
    """The store cannot be used; ``message`` is plain English, ``reason`` one of ``REASONS``."""

    def __init__(self, message: str, reason: str = "unavailable", path: str | None = None):
        super().__init__(message)
        self.message, self.reason, self.path = message, reason, path


@dataclass(frozen=True)
class Limits:
    """Caps on what participants can write, per alias and per workshop (defaults: a room of 40, with margin)."""

    results_per_alias: int = 100  # finished rounds one alias can save in a workshop
    results_per_workshop: int = 4000
    aliases_per_workshop: int = 500
    report_chars: int = 200_000  # one finished round's report as JSON (a real one is about 10-20 kB)
    state_chars: int = 200_000  # one unfinished round's saved state as JSON


class Refused(Exception):
    """Rolls back a capped write; the store counts it and raises ``ResultsUnavailable``."""

    def __init__(self, reason: str):
        self.reason = reason


def retention_days(environ: Mapping[str, str] | None = None) -> float:
    """``$ORDERLAB_RETENTION_DAYS`` when it is a positive number, else ``RETENTION_DAYS``."""
    env = os.environ if environ is None else environ
    try:
        days = float(env.get(RETENTION_ENV, ""))
    except ValueError:
        return RETENTION_DAYS
    return days if days > 0 else RETENTION_DAYS


def new_workshop_code() -> str:
    """A fresh workshop code: 22 URL-safe characters from ``secrets`` (128 bits), not a guessable name."""
    return secrets.token_urlsafe(CODE_BYTES)


class InvalidName(ValueError):
    """An alias or workshop name that cannot be stored; ``field`` and ``reason`` pick a UI string."""

    def __init__(self, field: str, reason: str, limit: int):
        self.field, self.reason, self.limit = field, reason, limit
        what = "an alias" if field == "alias" else "a workshop name"
        super().__init__({"empty": f"Please enter {what}.",
                          "malformed": f"That is not {what}: only letters a-z, digits, - and _ can be in one."}.get(
            reason, f"That is too long: {what} can have at most {limit} characters."))


# --- Where the file lives ---
PROJECT_DIR = ".orderlab"  # inside the course folder, when started with make lab or orderlab lab


def project_path(folder: str | os.PathLike[str]) -> Path:
    """Where self-paced results go when the course is started from ``folder``: ``folder/.orderlab/``."""
    return Path(folder) / PROJECT_DIR / "results.sqlite"


def default_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$ORDERLAB_RESULTS`` if set, else ``$XDG_DATA_HOME`` or ``~/.local/share``, then ``orderlab/results.sqlite``."""
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    data = env.get("XDG_DATA_HOME", "")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    return (Path(data) if os.path.isabs(data) else home / ".local" / "share") / "orderlab" / "results.sqlite"


def v1_result_id(row_id: int) -> str:
    """The deterministic result id given, when migrating to version 2, to a row saved without one."""
    return str(uuid.uuid5(_V1_IDS, str(row_id)))


def new_result_id(rng: random.Random | None = None) -> str:
    """A fresh UUID for ``save_result``; pass ``rng`` for a reproducible one."""
    return str(uuid.uuid4() if rng is None else uuid.UUID(int=rng.getrandbits(128), version=4))


def check_name(text: str, field: str = "alias") -> str:
    """``text`` trimmed and NFC-normalised, or ``InvalidName`` if it is empty or too long.

    Control and format characters (zero-width spaces, direction overrides, line breaks) are
    removed first: a name must look like what is stored.
    """
    limit = {"alias": ALIAS_MAX, "title": TITLE_MAX}.get(field, WORKSHOP_MAX)
    raw = unicodedata.normalize("NFC", text if isinstance(text, str) else "")
    name = "".join(c for c in raw if unicodedata.category(c) not in ("Cc", "Cf")).strip()
    if not name:
        raise InvalidName(field, "empty", limit)
    if len(name) > limit:
        raise InvalidName(field, "too_long", limit)
    return name


def check_code(text: str) -> str:
    """A workshop code from a page's address: ``check_name``, and only ASCII letters, digits, ``-``
    and ``_`` (what ``new_workshop_code`` makes); anything else raises ``InvalidName`` "malformed"."""
    name = check_name(text, "workshop")
    if not _CODE.fullmatch(name):
        raise InvalidName("workshop", "malformed", WORKSHOP_MAX)
    return name


def _message(reason: str, path: Path | str, detail: str = "") -> str:
    folder = Path(path).parent
    return {
        "missing_folder": f"The results folder {folder} does not exist. Create it, or set {ENV_VAR} "
                          "to a file in a folder that exists.",
        "not_a_file": f"{path} is a folder, not a results file. Set {ENV_VAR} to a file path such as "
                      f"{Path(path) / 'results.sqlite'}.",
        "read_only": f"Results cannot be saved: the folder {folder} or the file {Path(path).name} in it is read-only.",
        "corrupt": f"The results file {path} is damaged or is not an orderlab results file. "
                   "Move it aside and a new one will be made.",
        "too_new": f"The results file {path} was written by a newer version of orderlab ({detail}). "
                   "Update orderlab to use it.",
        "locked": f"The results file {path} is busy: other kernels kept it locked. Try again in a moment.",
        "disk_full": f"The disk that holds {path} is full.",
        "unsupported": f"{path}: only PostgreSQL URLs (postgresql://) and learning record stores "
                       f"(xapi+https://) are supported. Set {ENV_VAR} to one of those or to a file path.",
    }.get(reason, f"The results file {path} cannot be used: {detail}")


_OS_REASONS = {
    errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EROFS: "read_only", errno.ENOENT: "missing_folder",
    errno.ENOTDIR: "missing_folder", errno.EEXIST: "missing_folder", errno.EISDIR: "not_a_file",
    errno.ENOSPC: "disk_full",
}


def _os_reason(exc: BaseException) -> str:
    return _OS_REASONS.get(getattr(exc, "errno", None), "unavailable")


def _unavailable(exc: BaseException, path: Path) -> ResultsUnavailable:
    """Translate a file-system error (writing a CSV file) into a ``ResultsUnavailable`` with a reason."""
    reason = _os_reason(exc)
    return ResultsUnavailable(_message(reason, path, str(exc)), reason, str(path))


def _open_backend(given: str | os.PathLike[str] | None, busy_timeout: float) -> Any:
    """The backend for ``given``: a PostgreSQL URL, another URL (refused), or a file path (SQLite)."""
    text = os.fspath(given) if given is not None else None
    if text is not None and _URL.match(text):
        if text.split("://", 1)[0].lower() in ("postgresql", "postgres"):
            from .results_postgres import PostgresBackend  # imports psycopg: only when a URL is used

            return PostgresBackend(text, busy_timeout)
        shown = text.split("://", 1)[0] + "://..."  # the rest may hold a password
        raise ResultsUnavailable(_message("unsupported", shown), "unsupported", shown)
    try:
        from .results_sqlite import SqliteBackend
    except ModuleNotFoundError as exc:  # Pyodide (the static site) has no sqlite3
        if exc.name != "sqlite3":
            raise
        raise ResultsUnavailable("Results are not saved in the browser version of the course (no sqlite3 "
                                 "there): they stay in the page until it is closed.", "in_browser") from exc

    return SqliteBackend(given, busy_timeout)


class ResultsStore:
    """Workshops, their participants' results and unfinished role-plays, in SQLite or PostgreSQL.

    ``path`` is a file path or a ``postgresql://`` URL; without it, ``$ORDERLAB_RESULTS`` or else
    ``default_path()``, whose folder alone is created if missing. ``clock``, ``rng`` and ``sleep``
    are passed in so tests control time and backoff. ``location`` is the file path or the URL
    with its password masked; ``path`` is the file's ``Path``, or None for a database URL.
    """

    def __new__(cls, path: str | os.PathLike[str] | None = None, *args: Any, **kwargs: Any) -> Any:
        given = path if path is not None else os.environ.get(ENV_VAR) or None
        if isinstance(given, str) and given.lower().startswith(("xapi+http://", "xapi+https://")):
            from .xapi.backend import XapiResultsStore  # a Learning Record Store: the same API, read over xAPI

            return XapiResultsStore(given, *args, **kwargs)
        return super().__new__(cls)

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
        self.limits = limits or Limits()
        self.retention = retention if retention is not None else retention_days()  # in days
        self.rng = rng or random.Random()
        self._lock = threading.RLock()
        given = path if path is not None else os.environ.get(ENV_VAR) or None
        self._backend = _open_backend(given, busy_timeout)
        self.path: Path | None = self._backend.path
        self.location: str = self._backend.where

    # --- Transactions ---
    def _run(self, work: Callable[[Any], T], write: bool = True) -> T:
        """Run ``work`` in one transaction, retrying with backoff while the store is locked."""
        backend = self._backend
        for attempt in range(self.retries + 1):
            with self._lock:
                if backend.closed:
                    raise backend.fail("unavailable", "the store is closed")
                try:
                    return backend.transaction(work, write)
                except Refused as refused:  # rolled back; count it where the facilitator sees it
                    self._count_refusal(work, refused)
                    raise backend.fail(refused.reason, "a cap on participants' writes was reached") from None
                except backend.errors as exc:
                    error = backend.unavailable(exc)
                    if error.reason != "locked" or attempt == self.retries:
                        raise error from exc
            self.sleep(min(2.0, self.backoff * 2**attempt) * (0.5 + self.rng.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    def _count_refusal(self, work: Any, refused: Refused) -> None:
        name = getattr(work, "workshop", None)
        if name is None:
            return
        with contextlib.suppress(*self._backend.errors):  # best effort: the refusal itself must still be raised
            self._backend.transaction(lambda db: db.execute(
                "UPDATE workshops SET refused = refused + 1, last_refused_at = ? WHERE name = ?",
                (self.clock(), name)), True)

    def _check_caps(self, db: Any, name: str, alias: str, size: int, max_size: int, results: bool,
                    create: bool) -> None:
        """Raise ``Refused`` when this write would pass a cap of ``self.limits``, or (``create=False``)
        names a workshop that does not exist."""
        limits = self.limits
        if size > max_size:
            raise Refused("too_big")
        wid = self._workshop_id(db, name)
        if wid is None:
            if not create:
                raise Refused("unknown")
            return
        known = db.execute("SELECT 1 FROM participants WHERE workshop_id = ? AND alias = ?", (wid, alias)).fetchone()
        if not known and db.execute("SELECT count(*) FROM participants WHERE workshop_id = ?",
                                    (wid,)).fetchone()[0] >= limits.aliases_per_workshop:
            raise Refused("full")
        if results and (
            db.execute("SELECT count(*) FROM results WHERE workshop_id = ? AND alias = ?",
                       (wid, alias)).fetchone()[0] >= limits.results_per_alias
            or db.execute("SELECT count(*) FROM results WHERE workshop_id = ?",
                          (wid,)).fetchone()[0] >= limits.results_per_workshop):
            raise Refused("full")

    @staticmethod
    def _workshop_id(db: Any, name: str) -> int | None:
        row = db.execute("SELECT id FROM workshops WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _ensure(self, db: Any, name: str, alias: str | None = None) -> int:
        db.execute("INSERT INTO workshops (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                   (name, self.clock()))
        wid = self._workshop_id(db, name)
        assert wid is not None
        if alias is not None:
            db.execute("INSERT INTO participants (workshop_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       (wid, alias))
        return wid

    # --- Workshops ---
    def create_workshop(self, workshop: str, title: str = "") -> bool:
        """Make an empty workshop so a dashboard can show it, with a friendly ``title`` beside its
        code; False if it already existed."""
        name = check_name(workshop, "workshop")
        title = check_name(title, "title") if title.strip() else ""

        def work(db: Any) -> bool:
            if self._workshop_id(db, name) is not None:
                return False
            self._ensure(db, name)
            db.execute("UPDATE workshops SET title = ? WHERE name = ?", (title, name))
            return True

        return self._run(work)

    def workshops(self) -> list[dict[str, Any]]:
        """Every workshop not yet expired, oldest first: code, title, counts, refused writes, expiry time."""
        self.purge_expired()
        rows = self._run(lambda db: db.execute(
            "SELECT name, title, created_at, (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id),"
            " (SELECT count(*) FROM results r WHERE r.workshop_id = w.id), refused, last_refused_at"
            " FROM workshops w ORDER BY created_at, id"
        ).fetchall(), write=False)
        keys = ("name", "title", "created_at", "participants", "results", "refused", "last_refused_at")
        return [{**dict(zip(keys, row, strict=True)), "expires_at": row[2] + self.retention * 86400} for row in rows]

    def workshop(self, workshop: str) -> dict[str, Any] | None:
        """One workshop as ``workshops()`` lists it, or None."""
        name = check_name(workshop, "workshop")
        return next((w for w in self.workshops() if w["name"] == name), None)

    def purge_expired(self) -> int:
        """Delete for good every workshop created more than ``retention`` days ago; returns how many."""
        cutoff = self.clock() - self.retention * 86400
        names = [row[0] for row in self._run(lambda db: db.execute(
            "SELECT name FROM workshops WHERE created_at < ?", (cutoff,)).fetchall(), write=False)]
        for name in names:
            self.delete_workshop(name)
        return len(names)

    def delete_workshop(self, workshop: str) -> int:
        """Delete a workshop and every row about its participants (GDPR); returns the number of results."""
        name = check_name(workshop, "workshop")

        def work(db: Any) -> int:
            wid = self._workshop_id(db, name)
            if wid is None:
                return 0
            deleted = db.execute("DELETE FROM results WHERE workshop_id = ?", (wid,)).rowcount
            for table in ("progress", "participants"):
                db.execute(f"DELETE FROM {table} WHERE workshop_id = ?", (wid,))
            db.execute("DELETE FROM workshops WHERE id = ?", (wid,))
            return deleted

        deleted = self._run(work)
        with self._lock:
            if not self._backend.closed:
                self._backend.after_delete()
        return deleted

    # --- Finished results ---
    def save_result(self, workshop: str, alias: str, report: Mapping[str, Any], result_id: str,
                    create: bool = True) -> bool:
        """Save one finished role-play's report; False if ``result_id`` was already saved.

        Saving also clears the alias's unfinished progress in that scenario, in the same transaction.
        With ``create=False`` (the participant app) only a workshop that exists is written to.
        """
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        rid = str(uuid.UUID(str(result_id)))
        scenario, lang, total, steps, blob = _unpack(report)

        def work(db: Any) -> bool:
            if db.execute("SELECT 1 FROM results WHERE result_id = ?", (rid,)).fetchone():
                return False
            self._check_caps(db, name, alias, len(blob), self.limits.report_chars, True, create)
            wid = self._ensure(db, name, alias)
            # A kernel saving the same id at the same moment (PostgreSQL does not serialise writers) wins
            # the unique key; this one then stores nothing and says so.
            if db.execute("INSERT INTO results (result_id, workshop_id, alias, scenario, lang, total, questions,"
                          " delivery, pitch, report, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (result_id) DO NOTHING",
                          (rid, wid, alias, scenario, lang, total, *steps, blob, self.clock())).rowcount != 1:
                return False
            db.execute("DELETE FROM progress WHERE workshop_id = ? AND alias = ? AND scenario = ?",
                       (wid, alias, scenario))
            return True

        work.workshop = name  # type: ignore[attr-defined]  # where a refusal is counted
        return self._run(work)

    def results(self, workshop: str, scenario: str | None = None) -> list[dict[str, Any]]:
        """A workshop's results in the order they were saved, each with its full ``report``."""
        name = check_name(workshop, "workshop")
        rows = self._run(lambda db: db.execute(
            "SELECT r.result_id, r.alias, r.scenario, r.lang, r.total, r.questions, r.delivery, r.pitch, r.report,"
            " r.finished_at FROM results r JOIN workshops w ON w.id = r.workshop_id"
            " WHERE w.name = ? AND (CAST(? AS TEXT) IS NULL OR r.scenario = ?) ORDER BY r.finished_at, r.id",
            (name, scenario, scenario)).fetchall(), write=False)
        keys = ("result_id", "alias", "scenario", "lang", "total", *SCORED_STEPS, "report", "finished_at")
        return [{**dict(zip(keys, row, strict=True)), "report": json.loads(row[8])} for row in rows]

    def summary(self, workshop: str, scenario: str | None = None,
                rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """What a debrief shows: counts, mean and spread per step, share of open questions, most-missed topics.

        ``rows``: this workshop's ``results()`` when the caller has read them already (the
        dashboard does, every 10 s), so they are not read and parsed twice.
        """
        rows = self.results(workshop, scenario) if rows is None else rows
        in_progress = self._run(lambda db: db.execute(
            "SELECT count(*) FROM progress p JOIN workshops w ON w.id = p.workshop_id WHERE w.name = ?"
            " AND (CAST(? AS TEXT) IS NULL OR p.scenario = ?)", (check_name(workshop, "workshop"), scenario, scenario)
        ).fetchone()[0], write=False)
        scores = {key: [row[key] for row in rows] for key in ("total", *SCORED_STEPS)}
        asked = [row["report"].get("steps", {}).get("questions") for row in rows]
        asked = [q for q in asked if q]
        missed = Counter(topic for q in asked for topic in q.get("missed", ()))
        open_shares = [q.get("open_share", 0.0) for q in asked]  # one per result with questions
        return {
            "workshop": check_name(workshop, "workshop"),
            "results": len(rows),
            "participants": len({row["alias"] for row in rows}),
            "in_progress": in_progress,
            "scores": scores,
            "mean": {key: _mean(values) for key, values in scores.items()},
            "open_shares": open_shares,
            "open_share": _mean(open_shares, 3),
            "missed": [{"topic": topic, "count": n, "share": round(n / len(asked), 3)}
                       for topic, n in sorted(missed.items(), key=lambda item: (-item[1], item[0]))],
        }

    def export_csv(self, workshop: str, file: str | os.PathLike[str] | IO[str]) -> int:
        """Write one CSV row per result (no report JSON) to a path or text file; returns the row count.

        A path gets UTF-8 with a byte-order mark, so spreadsheets read å, ä and ö; free text that a
        spreadsheet would run as a formula is prefixed with an apostrophe.
        """
        rows = [_csv_row(row) for row in self.results(workshop)]
        if isinstance(file, str | os.PathLike):
            try:
                with open(file, "w", encoding="utf-8-sig", newline="") as handle:
                    _write_csv(handle, rows)
            except OSError as exc:
                raise _unavailable(exc, Path(file)) from exc
        else:
            _write_csv(file, rows)
        return len(rows)

    # --- Unfinished role-plays ---
    def save_progress(self, workshop: str, alias: str, scenario: str, lang: str, state: Mapping[str, Any],
                      create: bool = True) -> None:
        """Keep an unfinished role-play's ``state`` (JSON-serialisable) so it can be resumed; with
        ``create=False`` only into a workshop that exists."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        blob = _dumps(state, "state")

        def work(db: Any) -> None:
            self._check_caps(db, name, alias, len(blob), self.limits.state_chars, False, create)
            wid = self._ensure(db, name, alias)
            db.execute("INSERT INTO progress (workshop_id, alias, scenario, lang, state, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(workshop_id, alias, scenario) DO UPDATE SET"
                       " lang = excluded.lang, state = excluded.state, updated_at = excluded.updated_at",
                       (wid, alias, scenario, lang, blob, self.clock()))

        work.workshop = name  # type: ignore[attr-defined]  # where a refusal is counted
        self._run(work)

    def load_progress(self, workshop: str, alias: str, scenario: str | None = None) -> dict[str, Any] | None:
        """The latest unfinished role-play of ``alias`` (in ``scenario`` if given), or None."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        row = self._run(lambda db: db.execute(
            "SELECT p.scenario, p.lang, p.state, p.updated_at FROM progress p JOIN workshops w ON w.id = p.workshop_id"
            " WHERE w.name = ? AND p.alias = ? AND ((CAST(? AS TEXT) IS NULL AND p.scenario <> ?) OR p.scenario = ?)"
            " ORDER BY p.updated_at DESC LIMIT 1",
            (name, alias, scenario, REFLECTION, scenario)).fetchone(), write=False)
        if row is None:
            return None
        return {"scenario": row[0], "lang": row[1], "state": json.loads(row[2]), "updated_at": row[3]}

    def clear_progress(self, workshop: str, alias: str, scenario: str | None = None) -> int:
        """Forget ``alias``'s unfinished role-play (every scenario unless one is given); returns how many."""
        name, alias = check_name(workshop, "workshop"), check_name(alias)
        return self._run(lambda db: db.execute(
            "DELETE FROM progress WHERE workshop_id = (SELECT id FROM workshops WHERE name = ?) AND alias = ?"
            " AND (CAST(? AS TEXT) IS NULL OR scenario = ?)", (name, alias, scenario, scenario)).rowcount)

    # --- Section 6's reflections: kept beside the unfinished role-plays, under a key no scenario can have ---
    def save_reflection(self, workshop: str, alias: str, lang: str, answers: Sequence[str]) -> None:
        """Keep ``alias``'s answers to section 6's reflection questions, replacing earlier ones."""
        self.save_progress(workshop, alias, REFLECTION, lang, {"answers": [str(a) for a in answers]})

    def load_reflection(self, workshop: str, alias: str) -> list[str]:
        """``alias``'s saved reflection answers, or an empty list."""
        saved = self.load_progress(workshop, alias, REFLECTION)
        answers = (saved or {}).get("state", {}).get("answers", [])
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


def _dumps(value: Mapping[str, Any], what: str) -> str:
    if not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a dict, not {type(value).__name__}")
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} is not JSON-serialisable: {exc}") from exc


def _unpack(report: Mapping[str, Any]) -> tuple[str, str, int, tuple[int, ...], str]:
    """The columns of a ``Session.report()``: scenario, language, total, step scores and the JSON."""
    blob = _dumps(report, "report")
    missing = [key for key in ("scenario", "lang", "total", "steps") if key not in report]
    if missing:
        raise ValueError(f"report has no {', '.join(missing)}: pass Session.report()")
    steps = report["steps"] or {}
    scores = tuple(int((steps.get(step) or {}).get("score", 0)) for step in SCORED_STEPS)
    return str(report["scenario"]), str(report["lang"]), int(report["total"]), scores, blob


def _mean(values: list[float], digits: int = 1) -> float | None:
    return round(sum(values) / len(values), digits) if values else None


def _csv_row(row: dict[str, Any]) -> list[object]:
    steps = row["report"].get("steps", {})
    asked, delivery, pitch = (steps.get(key) or {} for key in SCORED_STEPS)
    finished = datetime.fromtimestamp(row["finished_at"], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [
        row["alias"], row["scenario"], row["lang"], finished, row["total"], *(row[key] for key in SCORED_STEPS),
        asked.get("questions", ""), asked.get("open_share", ""), ";".join(asked.get("missed", ())),
        {True: "yes", False: "no"}.get(delivery.get("as_ordered"), ""), pitch.get("band", ""),
    ]


def _write_csv(handle: IO[str], rows: list[list[object]]) -> None:
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([[f"'{cell}" if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell
                       for cell in row] for row in rows])
