"""The results store on a Learning Record Store: ``ORDERLAB_RESULTS=xapi+http(s)://user:token@host/path/``.

The facilitator's dashboard reads a workshop's rounds back from the round ``completed``
statements (they carry the full report), with the same API as ``ResultsStore``; the
participant side only writes (its LRS credentials need no read scope, and it never asks for
any). An LRS keeps statements for good: deleting a workshop or expiring it after the retention
period is the LRS's own administration, so ``delete_workshop`` says so instead of pretending.
"""

from __future__ import annotations

import json
import os
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from .. import results as R
from ..session import Session
from . import profile as P
from . import statements as X
from .client import Config, ConfigError, Outbox, basic_auth, read_statements
from .transport import Transport, Unreachable, urllib_transport

SCHEME = "xapi+"
_REASONS = {"xapi_offline": "unreachable", "xapi_refused": "auth", "xapi_bad_endpoint": "unreachable",
            "xapi_rejected": "too_big", "xapi_storage_off": "unavailable", "xapi_storage_full": "unavailable",
            "xapi_storage_page": "unavailable"}


def is_xapi(location: object) -> bool:
    """Whether ``location`` names an LRS (``xapi+http://`` or ``xapi+https://``)."""
    return isinstance(location, str) and location.lower().startswith((SCHEME + "http://", SCHEME + "https://"))


def parse(url: str) -> tuple[Config, str, str]:
    """The client config, the user name and the URL with its password masked, from an ``xapi+`` URL."""
    parts = urllib.parse.urlsplit(url[len(SCHEME):])
    user, password = urllib.parse.unquote(parts.username or ""), urllib.parse.unquote(parts.password or "")
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    endpoint = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", "", ""))
    shown = f"{SCHEME}{parts.scheme}://{user + ':***@' if user else ''}{netloc}{parts.path}"
    return Config(endpoint=endpoint, auth=basic_auth(user, password) if user else None), user, shown


def _unavailable(key: str, where: str, detail: str = "") -> R.ResultsUnavailable:
    reason = _REASONS.get(key, "unavailable")
    text = {"unreachable": f"The learning record store at {where} cannot be reached, or is not an xAPI LRS.",
            "auth": f"The learning record store at {where} refused the course's credentials.",
            "too_big": f"The learning record store at {where} refused these statements as malformed or too big.",
            }.get(reason, f"The learning record store at {where} cannot be used")
    return R.ResultsUnavailable(f"{text} {detail}".strip(), reason, where)


class XapiResultsStore:
    """``ResultsStore``'s API on an LRS; ``transport`` is swappable (tests, Pyodide)."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time, *, transport: Transport | None = None,
                 limits: R.Limits | None = None, retention: float | None = None, **_ignored: Any):
        self.config, self.user, self.location = parse(url)
        self.clock, self.path, self.home_page = clock, None, X.HOME_PAGE
        self.limits = limits or R.Limits()
        self.retention = retention if retention is not None else R.retention_days()
        self.transport = transport or urllib_transport()
        self.closed = False

    # --- Reading (the facilitator) ---
    def _read(self, **params: str) -> list[dict[str, Any]]:
        if self.closed:
            raise R.ResultsUnavailable("The results store is closed.", "unavailable", self.location)
        try:
            return list(read_statements(self.config, self.transport, **params))
        except ConfigError as exc:
            raise _unavailable(exc.key, self.location, str(exc)) from exc
        except Unreachable as exc:
            raise _unavailable("xapi_offline", self.location, str(exc)) from exc

    def _statements(self, workshop: str) -> list[dict[str, Any]]:
        return [s for s in self._read(registration=X.registration(workshop))
                if (s.get("context") or {}).get("extensions", {}).get(X.ext("workshop")) == workshop]

    def results(self, workshop: str, scenario: str | None = None,
                statements: Sequence[Mapping[str, Any]] | None = None) -> list[dict[str, Any]]:
        """A workshop's finished rounds in the order they were finished, each with its full ``report``."""
        name = R.check_name(workshop, "workshop")
        rows: dict[str, dict[str, Any]] = {}
        for s in statements if statements is not None else self._statements(name):
            row = _row(s)
            if row and (scenario is None or row["scenario"] == scenario) and row["result_id"] not in rows:
                rows[row["result_id"]] = row
        return sorted(rows.values(), key=lambda row: row["finished_at"])

    def summary(self, workshop: str, scenario: str | None = None,
                rows: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """What ``ResultsStore.summary`` gives, from the LRS; unfinished rounds are the aliases'
        latest attempts with no round ``completed`` statement."""
        name = R.check_name(workshop, "workshop")
        statements = self._statements(name)
        rows = self.results(name, scenario, statements) if rows is None else rows
        latest: dict[tuple[str, str], tuple[str, str]] = {}
        finished = set()
        for s in statements:
            extensions = (s.get("context") or {}).get("extensions") or {}
            attempt, scen = extensions.get(X.ext("attempt")), extensions.get(X.ext("scenario"))
            if attempt is None or (scenario is not None and scen != scenario):
                continue
            if _row(s):
                finished.add(attempt)
            key = ((s.get("actor") or {}).get("account", {}).get("name", ""), scen)
            if key not in latest or s.get("timestamp", "") >= latest[key][0]:
                latest[key] = (s.get("timestamp", ""), attempt)
        in_progress = sum(attempt not in finished for _, attempt in latest.values())
        scores = {key: [row[key] for row in rows] for key in ("total", *R.SCORED_STEPS)}
        asked = [q for q in (row["report"].get("steps", {}).get("questions") for row in rows) if q]
        shares = [q.get("open_share", 0.0) for q in asked]
        missed = Counter(topic for q in asked for topic in q.get("missed", ()))
        return {"workshop": name, "results": len(rows), "participants": len({row["alias"] for row in rows}),
                "in_progress": in_progress, "scores": scores,
                "mean": {key: R._mean(values) for key, values in scores.items()},
                "open_shares": shares, "open_share": R._mean(shares, 3),
                "missed": [{"topic": t, "count": n, "share": round(n / len(asked), 3)}
                           for t, n in sorted(missed.items(), key=lambda item: (-item[1], item[0]))]}

    def export_csv(self, workshop: str, file: str | os.PathLike[str] | IO[str]) -> int:
        """The same CSV as ``ResultsStore.export_csv``, from the LRS."""
        rows = [R._csv_row(row) for row in self.results(workshop)]
        if isinstance(file, str | os.PathLike):
            try:
                with open(file, "w", encoding="utf-8-sig", newline="") as handle:
                    R._write_csv(handle, rows)
            except OSError as exc:
                raise R._unavailable(exc, Path(file)) from exc
        else:
            R._write_csv(file, rows)
        return len(rows)

    def workshops(self) -> list[dict[str, Any]]:
        """The workshops this facilitator's account made (its ``created`` statements), oldest first, with counts.

        Asked by agent, not by verb: Ralph's file-system backend (5.1) never matches a verb filter.
        """
        made: dict[str, dict[str, Any]] = {}
        for s in self._read(agent=json.dumps(X.actor(self.user or "facilitator", self.home_page))):
            if (s.get("verb") or {}).get("id") != X.VERBS["created"]:
                continue
            extensions = (s.get("context") or {}).get("extensions") or {}
            name = extensions.get(X.ext("workshop"))
            if isinstance(name, str) and name not in made:
                title = ((s.get("result") or {}).get("extensions") or {}).get(X.ext("title"), "")
                made[name] = {"name": name, "title": title, "created_at": _time(s.get("timestamp", ""))}
        out = []
        for w in sorted(made.values(), key=lambda w: w["created_at"]):
            rows = self.results(w["name"])
            out.append({**w, "participants": len({r["alias"] for r in rows}), "results": len(rows), "refused": 0,
                        "last_refused_at": None, "expires_at": w["created_at"] + self.retention * 86400})
        return out

    def workshop(self, workshop: str) -> dict[str, Any] | None:
        name = R.check_name(workshop, "workshop")
        return next((w for w in self.workshops() if w["name"] == name), None)

    # --- Writing ---
    def _post(self, statements: list[dict[str, Any]]) -> None:
        if self.closed:
            raise R.ResultsUnavailable("The results store is closed.", "unavailable", self.location)
        status = Outbox(self.config, self.transport, clock=self.clock).add(statements)
        if status.waiting:
            raise _unavailable(status.notice or "xapi_offline", self.location)

    def create_workshop(self, workshop: str, title: str = "") -> bool:
        """Record that the facilitator made ``workshop``; False if the LRS has it already."""
        name = R.check_name(workshop, "workshop")
        title = R.check_name(title, "title") if title.strip() else ""
        if any(w["name"] == name for w in self.workshops()):
            return False
        self._post([X.workshop_statement(name, title, facilitator=self.user or "facilitator", when=self.clock(),
                                         home_page=self.home_page)])
        return True

    def save_result(self, workshop: str, alias: str, report: Mapping[str, Any], result_id: str,
                    create: bool = True) -> bool:
        """Send a finished round's statements (a participant only writes: whether the LRS had them
        already is not asked, and True means they are there now)."""
        name, alias = R.check_name(workshop, "workshop"), R.check_name(alias)
        if len(R._dumps(report, "report")) > self.limits.report_chars:
            raise R.ResultsUnavailable("The report is too big to send.", "too_big", self.location)
        attempt = X.attempt_id(name, alias, str(report["scenario"]), str(report["lang"]), int(report.get("seed", 0)),
                               int(report.get("round", 1)))
        self._post(X.round_statements(report, alias=alias, workshop=name, when=self.clock(), attempt=attempt,
                                      result_id=str(result_id)))
        return True

    def save_progress(self, workshop: str, alias: str, scenario: str, lang: str, state: Mapping[str, Any],
                      create: bool = True) -> None:
        """Send the statements of the steps done so far (the state is replayed to make them)."""
        name, alias = R.check_name(workshop, "workshop"), R.check_name(alias)
        try:
            session = Session.from_state(state, clock=self.clock)
        except (ValueError, KeyError, TypeError) as exc:
            raise R.ResultsUnavailable(f"The saved round cannot be replayed: {exc}", "unavailable") from exc
        self._post(X.session_statements(session, alias=alias, workshop=name, when=self.clock()))

    def load_progress(self, workshop: str, alias: str, scenario: str | None = None) -> dict[str, Any] | None:
        """None: a participant never reads from the LRS, so an unfinished round is not resumed from it."""
        R.check_name(workshop, "workshop"), R.check_name(alias)
        return None

    def clear_progress(self, workshop: str, alias: str, scenario: str | None = None) -> int:
        return 0

    def save_reflection(self, workshop: str, alias: str, lang: str, answers: Sequence[str]) -> None:
        raise R.ResultsUnavailable("Reflection answers are not sent to a learning record store.", "unsupported",
                                   self.location)

    def load_reflection(self, workshop: str, alias: str) -> list[str]:
        return []

    def purge_expired(self) -> int:
        """0: the LRS applies its own retention; see ``delete_workshop``."""
        return 0

    def delete_workshop(self, workshop: str) -> int:
        """An LRS cannot delete statements through xAPI: say which registration to delete there."""
        name = R.check_name(workshop, "workshop")
        raise R.ResultsUnavailable(
            f"A learning record store keeps its statements: delete the registration {X.registration(name)} "
            "in the LRS's own administration to delete this workshop.", "unsupported", self.location)

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> XapiResultsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"XapiResultsStore({self.location!r})"


def _time(stamp: str) -> float:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def _row(statement: Mapping[str, Any]) -> dict[str, Any] | None:
    """A results row from a round ``completed`` statement (None for any other statement)."""
    obj_id = str((statement.get("object") or {}).get("id", ""))
    if (statement.get("verb") or {}).get("id") != X.VERBS["completed"] or obj_id.count("/") != X.BASE.count("/") + 2:
        return None
    if P.check(statement):  # another tool's statement in the same LRS, or a broken one: not a result
        return None
    result = (statement.get("result") or {}).get("extensions") or {}
    report, rid = result.get(X.ext("report")), (statement.get("context") or {}).get("extensions", {}).get(
        X.ext("result-id"))
    if not isinstance(report, dict) or not rid:
        return None
    scores = result.get(X.ext("scores")) or {}
    return {"result_id": str(rid), "alias": statement["actor"]["account"]["name"], "scenario": report.get("scenario"),
            "lang": report.get("lang"), "total": int(report.get("total", 0)),
            **{key: int(scores.get(key, 0)) for key in R.SCORED_STEPS}, "report": report,
            "finished_at": _time(str(statement.get("timestamp", "")))}
