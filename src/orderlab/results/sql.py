"""The SQL that SQLite and PostgreSQL share: ``SqlBackend`` implements ``Backend`` on top of a
connection that a subclass opens, migrates and runs transactions on.

Every call is one transaction. The SQL is written with ``?`` placeholders (PostgreSQL's
connection turns them into ``%s``). Caps are checked inside the write's own transaction, so
kernels saving at once cannot pass them together.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from .backend import NewResult, ProgressRow, ResultRow, WorkshopRow
from .errors import Refused, ResultsUnavailable
from .limits import Limits

SCHEMA_VERSION = 3  # each backend's MIGRATIONS has one function per version
SqlValue = str | int | float | bytes | None
T = TypeVar("T")


class Rows(Protocol):
    """What ``execute`` returns, on either driver."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Sequence[SqlValue] | None: ...

    def fetchall(self) -> Sequence[Sequence[SqlValue]]: ...


class Db(Protocol):
    """A connection as the shared SQL sees it: ``execute`` with ``?`` placeholders."""

    def execute(self, sql: str, params: Sequence[SqlValue] = ..., /) -> Rows: ...


class SqlBackend:
    """``Backend`` in SQL; a subclass sets ``path``, ``where`` and ``errors`` and supplies the methods below it."""

    path: Path | None
    where: str
    errors: tuple[type[BaseException], ...]

    def snapshot(self) -> contextlib.AbstractContextManager[None]:
        """Nothing to share: each call is one transaction on a database that answers quickly."""
        return contextlib.nullcontext()

    # --- What a subclass supplies ---
    @property
    def closed(self) -> bool:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def transaction(self, work: Callable[[Db], T], write: bool) -> T:  # pragma: no cover
        raise NotImplementedError

    def unavailable(self, exc: BaseException) -> ResultsUnavailable:  # pragma: no cover
        """A driver's error as a ``ResultsUnavailable`` with a reason."""
        raise NotImplementedError

    def fail(self, reason: str, detail: str = "") -> ResultsUnavailable:  # pragma: no cover
        raise NotImplementedError

    def after_delete(self) -> None:
        """Best effort, after a workshop is deleted: leave its rows in no file (see the subclasses)."""

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError

    # --- One transaction, errors translated ---
    def _run(self, work: Callable[[Db], T], write: bool = False, workshop: str | None = None,
             now: float = 0.0) -> T:
        """``work`` in one transaction; a ``Refused`` write is counted on ``workshop`` at ``now``."""
        if self.closed:
            raise self.fail("unavailable", "the store is closed")
        try:
            return self.transaction(work, write)
        except Refused as refused:  # rolled back; count it where the facilitator sees it
            if workshop is not None:
                self._count_refusal(workshop, now)
            raise self.fail(refused.reason, "a cap on participants' writes was reached") from None
        except self.errors as exc:
            raise self.unavailable(exc) from exc

    def _count_refusal(self, name: str, now: float) -> None:
        with contextlib.suppress(*self.errors):  # best effort: the refusal itself must still be raised
            self.transaction(lambda db: db.execute(
                "UPDATE workshops SET refused = refused + 1, last_refused_at = ? WHERE name = ?",
                (now, name)), True)

    @staticmethod
    def _workshop_id(db: Db, name: str) -> int | None:
        row = db.execute("SELECT id FROM workshops WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    @staticmethod
    def _count(db: Db, sql: str, params: Sequence[SqlValue]) -> int:
        row = db.execute(sql, params).fetchone()
        return int(row[0]) if row and isinstance(row[0], int) else 0

    def _ensure(self, db: Db, name: str, now: float, alias: str | None = None) -> int:
        db.execute("INSERT INTO workshops (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING", (name, now))
        wid = self._workshop_id(db, name)
        assert wid is not None
        if alias is not None:
            db.execute("INSERT INTO participants (workshop_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       (wid, alias))
        return wid

    def _check_caps(self, db: Db, name: str, alias: str, size: int, max_size: int, limits: Limits,
                    results: bool, create: bool) -> None:
        """Raise ``Refused`` when this write would pass a cap of ``limits``, or (``create=False``)
        names a workshop that does not exist."""
        if size > max_size:
            raise Refused("too_big")
        wid = self._workshop_id(db, name)
        if wid is None:
            if not create:
                raise Refused("unknown")
            return
        known = db.execute("SELECT 1 FROM participants WHERE workshop_id = ? AND alias = ?", (wid, alias)).fetchone()
        if not known and self._count(db, "SELECT count(*) FROM participants WHERE workshop_id = ?",
                                     (wid,)) >= limits.aliases_per_workshop:
            raise Refused("full")
        if results and (
            self._count(db, "SELECT count(*) FROM results WHERE workshop_id = ? AND alias = ?",
                        (wid, alias)) >= limits.results_per_alias
            or self._count(db, "SELECT count(*) FROM results WHERE workshop_id = ?",
                           (wid,)) >= limits.results_per_workshop):
            raise Refused("full")

    # --- Workshops ---
    def create_workshop(self, name: str, title: str, now: float) -> bool:
        def work(db: Db) -> bool:
            if self._workshop_id(db, name) is not None:
                return False
            self._ensure(db, name, now)
            db.execute("UPDATE workshops SET title = ? WHERE name = ?", (title, name))
            return True

        return self._run(work, write=True)

    def workshops(self) -> list[WorkshopRow]:
        rows = self._run(lambda db: db.execute(
            "SELECT name, title, created_at, (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id),"
            " (SELECT count(*) FROM results r WHERE r.workshop_id = w.id), refused, last_refused_at"
            " FROM workshops w ORDER BY created_at, id").fetchall())
        return [WorkshopRow(name=str(r[0]), title=str(r[1]), created_at=float(r[2] or 0), participants=int(r[3] or 0),
                            results=int(r[4] or 0), refused=int(r[5] or 0),
                            last_refused_at=None if r[6] is None else float(r[6])) for r in rows]

    def created_before(self, cutoff: float) -> list[str]:
        return [str(row[0]) for row in self._run(lambda db: db.execute(
            "SELECT name FROM workshops WHERE created_at < ?", (cutoff,)).fetchall())]

    def delete_workshop(self, name: str) -> int:
        def work(db: Db) -> int:
            wid = self._workshop_id(db, name)
            if wid is None:
                return 0
            deleted = db.execute("DELETE FROM results WHERE workshop_id = ?", (wid,)).rowcount
            for table in ("progress", "participants"):
                db.execute(f"DELETE FROM {table} WHERE workshop_id = ?", (wid,))
            db.execute("DELETE FROM workshops WHERE id = ?", (wid,))
            return deleted

        deleted = self._run(work, write=True)
        if not self.closed:
            self.after_delete()
        return deleted

    # --- Finished results ---
    def save_result(self, result: NewResult, now: float, limits: Limits, create: bool) -> bool:
        r = result

        def work(db: Db) -> bool:
            if db.execute("SELECT 1 FROM results WHERE result_id = ?", (r.result_id,)).fetchone():
                return False
            self._check_caps(db, r.workshop, r.alias, len(r.report_json), limits.report_chars, limits, True, create)
            wid = self._ensure(db, r.workshop, now, r.alias)
            # A kernel saving the same id at the same moment (PostgreSQL does not serialise writers) wins
            # the unique key; this one then stores nothing and says so.
            if db.execute("INSERT INTO results (result_id, workshop_id, alias, scenario, lang, total, questions,"
                          " delivery, pitch, report, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (result_id) DO NOTHING",
                          (r.result_id, wid, r.alias, r.scenario, r.lang, r.total, *r.scores, r.report_json,
                           now)).rowcount != 1:
                return False
            db.execute("DELETE FROM progress WHERE workshop_id = ? AND alias = ? AND scenario = ?",
                       (wid, r.alias, r.scenario))
            return True

        return self._run(work, write=True, workshop=r.workshop, now=now)

    def results(self, name: str, scenario: str | None) -> list[ResultRow]:
        rows = self._run(lambda db: db.execute(
            "SELECT r.result_id, r.alias, r.scenario, r.lang, r.total, r.questions, r.delivery, r.pitch, r.report,"
            " r.finished_at FROM results r JOIN workshops w ON w.id = r.workshop_id"
            " WHERE w.name = ? AND (CAST(? AS TEXT) IS NULL OR r.scenario = ?) ORDER BY r.finished_at, r.id",
            (name, scenario, scenario)).fetchall())
        return [ResultRow(result_id=str(r[0]), alias=str(r[1]), scenario=str(r[2]), lang=str(r[3]),
                          total=int(r[4] or 0), questions=int(r[5] or 0), delivery=int(r[6] or 0),
                          pitch=int(r[7] or 0), report=json.loads(str(r[8])), finished_at=float(r[9] or 0))
                for r in rows]

    # --- Unfinished rounds ---
    def count_progress(self, name: str, scenario: str | None) -> int:
        return self._run(lambda db: self._count(
            db, "SELECT count(*) FROM progress p JOIN workshops w ON w.id = p.workshop_id WHERE w.name = ?"
            " AND (CAST(? AS TEXT) IS NULL OR p.scenario = ?)", (name, scenario, scenario)))

    def save_progress(self, name: str, alias: str, scenario: str, lang: str, state_json: str, now: float,
                      limits: Limits, create: bool) -> None:
        def work(db: Db) -> None:
            self._check_caps(db, name, alias, len(state_json), limits.state_chars, limits, False, create)
            wid = self._ensure(db, name, now, alias)
            db.execute("INSERT INTO progress (workshop_id, alias, scenario, lang, state, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(workshop_id, alias, scenario) DO UPDATE SET"
                       " lang = excluded.lang, state = excluded.state, updated_at = excluded.updated_at",
                       (wid, alias, scenario, lang, state_json, now))

        self._run(work, write=True, workshop=name, now=now)

    def load_progress(self, name: str, alias: str, scenario: str | None, skip: str) -> ProgressRow | None:
        row = self._run(lambda db: db.execute(
            "SELECT p.scenario, p.lang, p.state, p.updated_at FROM progress p JOIN workshops w ON w.id = p.workshop_id"
            " WHERE w.name = ? AND p.alias = ? AND ((CAST(? AS TEXT) IS NULL AND p.scenario <> ?) OR p.scenario = ?)"
            " ORDER BY p.updated_at DESC LIMIT 1", (name, alias, scenario, skip, scenario)).fetchone())
        if row is None:
            return None
        return ProgressRow(scenario=str(row[0]), lang=str(row[1]), state=json.loads(str(row[2])),
                           updated_at=float(row[3] or 0))

    def clear_progress(self, name: str, alias: str, scenario: str | None) -> int:
        return self._run(lambda db: db.execute(
            "DELETE FROM progress WHERE workshop_id = (SELECT id FROM workshops WHERE name = ?) AND alias = ?"
            " AND (CAST(? AS TEXT) IS NULL OR scenario = ?)", (name, alias, scenario, scenario)).rowcount, write=True)
