"""The results store's SQLite backend: one file per machine, shared by every kernel on it.

The file is in WAL mode, so many Voila kernels read and write it at once: every write is one
``BEGIN IMMEDIATE`` transaction and SQLite waits ``busy_timeout`` for the lock (the store
retries a write that still finds it locked). The schema version is ``PRAGMA user_version``;
``MIGRATIONS`` brings a file forward, one function per version. Deleted rows are overwritten
(``secure_delete``) and the write-ahead log is emptied after a workshop is deleted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import ResultsUnavailable, file_message, os_reason
from .names import v1_result_id
from .paths import default_path
from .sql import SCHEMA_VERSION, SqlBackend

T = TypeVar("T")


# --- Schema: one function per version, in order; never edit one that has shipped ---
def _v1(db: sqlite3.Connection) -> None:
    """The first layout: workshops, the aliases in each, finished results."""
    db.execute("CREATE TABLE workshops (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at REAL NOT NULL)")
    db.execute("CREATE TABLE participants (workshop_id INTEGER NOT NULL REFERENCES workshops(id),"
               " alias TEXT NOT NULL, PRIMARY KEY (workshop_id, alias))")
    db.execute("CREATE TABLE results (id INTEGER PRIMARY KEY, workshop_id INTEGER NOT NULL REFERENCES workshops(id),"
               " alias TEXT NOT NULL, scenario TEXT NOT NULL, lang TEXT NOT NULL, total INTEGER NOT NULL,"
               " questions INTEGER NOT NULL, delivery INTEGER NOT NULL, pitch INTEGER NOT NULL,"
               " report TEXT NOT NULL, finished_at REAL NOT NULL)")
    db.execute("CREATE INDEX results_by_workshop ON results(workshop_id)")


def _v2(db: sqlite3.Connection) -> None:
    """Client result ids (a retried save is stored once) and unfinished role-plays to resume."""
    cols = "id, workshop_id, alias, scenario, lang, total, questions, delivery, pitch, report, finished_at"
    db.execute("CREATE TABLE results_v2 (id INTEGER PRIMARY KEY, result_id TEXT NOT NULL UNIQUE,"
               " workshop_id INTEGER NOT NULL REFERENCES workshops(id), alias TEXT NOT NULL, scenario TEXT NOT NULL,"
               " lang TEXT NOT NULL, total INTEGER NOT NULL, questions INTEGER NOT NULL, delivery INTEGER NOT NULL,"
               " pitch INTEGER NOT NULL, report TEXT NOT NULL, finished_at REAL NOT NULL)")
    old = db.execute(f"SELECT {cols} FROM results").fetchall()
    db.executemany(f"INSERT INTO results_v2 (result_id, {cols}) VALUES (?, {', '.join('?' * 11)})",
                   [(v1_result_id(row[0]), *row) for row in old])
    db.execute("DROP TABLE results")
    db.execute("ALTER TABLE results_v2 RENAME TO results")
    db.execute("CREATE INDEX results_by_workshop ON results(workshop_id)")
    db.execute("CREATE TABLE progress (workshop_id INTEGER NOT NULL REFERENCES workshops(id), alias TEXT NOT NULL,"
               " scenario TEXT NOT NULL, lang TEXT NOT NULL, state TEXT NOT NULL, updated_at REAL NOT NULL,"
               " PRIMARY KEY (workshop_id, alias, scenario))")


def _v3(db: sqlite3.Connection) -> None:
    """A friendly title beside each workshop's code, and the count of participants' writes refused by a cap."""
    db.execute("ALTER TABLE workshops ADD COLUMN title TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE workshops ADD COLUMN refused INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE workshops ADD COLUMN last_refused_at REAL")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3)
assert len(MIGRATIONS) == SCHEMA_VERSION

_SQLITE_REASONS = {
    sqlite3.SQLITE_BUSY: "locked", sqlite3.SQLITE_LOCKED: "locked", sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_PERM: "read_only", sqlite3.SQLITE_CORRUPT: "corrupt", sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_FULL: "disk_full",
}


class SqliteBackend(SqlBackend):
    """One SQLite file: ``path`` defaults to ``default_path()``, whose folder alone is created if missing."""

    path: Path
    errors: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)

    def __init__(self, given: str | os.PathLike[str] | None, busy_timeout: float):
        self.path = Path(given).expanduser() if given is not None else default_path()
        self.where = str(self.path)
        self._db: sqlite3.Connection | None = None
        try:
            if given is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._connect(busy_timeout)
        except ResultsUnavailable:
            raise
        except self.errors as exc:
            raise self.unavailable(exc) from exc

    def fail(self, reason: str, detail: str = "") -> ResultsUnavailable:
        return ResultsUnavailable(file_message(reason, self.path, detail), reason, self.where)

    def unavailable(self, exc: BaseException) -> ResultsUnavailable:
        """Translate a SQLite or file-system error into a ``ResultsUnavailable`` with a reason."""
        if isinstance(exc, sqlite3.Error):
            code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
            reason = _SQLITE_REASONS.get(code, "unavailable")
            if code == sqlite3.SQLITE_CANTOPEN:
                path = self.path
                reason = "not_a_file" if path.is_dir() else "read_only" if path.parent.is_dir() else "missing_folder"
        else:
            reason = os_reason(exc)
        return self.fail(reason, str(exc))

    def _connect(self, busy_timeout: float) -> sqlite3.Connection:
        if self.path.is_dir():
            raise self.fail("not_a_file")
        if not self.path.parent.is_dir():
            raise self.fail("missing_folder")
        # SQLite would open a file it cannot write read-only and fail only at the first save: say so now.
        writable = os.access(self.path.parent, os.W_OK | os.X_OK) and (
            not self.path.exists() or os.access(self.path, os.W_OK))
        if not writable:
            raise self.fail("read_only")
        db = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            for pragma in ("foreign_keys = ON", "secure_delete = ON", "synchronous = NORMAL"):
                db.execute(f"PRAGMA {pragma}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":  # e.g. a network file system without shared memory: not safe for many kernels
                raise self.fail("unavailable", f"its file system does not support WAL mode (got {mode!r})")
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")  # re-read under the write lock: another kernel may be migrating too
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise self.fail("too_new", f"schema {version}; this version knows {SCHEMA_VERSION}")
            for migrate in MIGRATIONS[version:]:
                migrate(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    @property
    def closed(self) -> bool:
        return self._db is None

    def transaction(self, work: Callable[[sqlite3.Connection], T], write: bool) -> T:
        """Run ``work`` in one transaction; a write takes the file's write lock from the start."""
        db = self._db
        assert db is not None
        db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            out = work(db)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise
        return out

    def after_delete(self) -> None:
        """Best effort: empty the write-ahead log, so deleted rows are left in neither file."""
        with contextlib.suppress(sqlite3.Error):
            if self._db is not None:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

