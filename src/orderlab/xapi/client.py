"""Sending statements to an LRS from the page, with an outbox that survives the LRS being away.

``Config`` comes from the page's address (cmi5's launch parameters ``endpoint``, ``fetch``,
``actor``, ``registration`` and ``activityId``, plus ``auth`` for a ready token and ``workshop``)
over a ``site/config.json`` written at build time. ``Outbox.add`` queues a round's statements (by
id, so a statement is queued once) and sends what waits; when the LRS is down, slow or refuses,
the statements stay queued (and in the page's storage), the learner is told once per outage
(``Status.notice``, a key of the lang tables) and the next call sends them. Without an endpoint,
everything stays in the page's storage, ``export()`` gives it as a file, and the page says so.
Storage is bounded: at most ``Outbox.limit`` statements are kept there; the learner is told when
more wait (``xapi_storage_cap``), and they stay in the page and in the download.
"""

from __future__ import annotations

import base64
import json
import time
import urllib.parse
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import statements as X
from .transport import MemoryStorage, StorageError, Transport, Unreachable, urllib_transport

QUERY_KEYS = ("endpoint", "auth", "fetch", "actor", "registration", "activityId", "workshop")
KEEP_LIMIT = 400  # statements an outbox keeps in storage (about 20 rounds); more stay in the page only
SENT_LIMIT = 1000  # ids of sent statements remembered in storage (a statement sent twice is taken once)


class ConfigError(ValueError):
    """The LRS settings in the address or config.json cannot be used; ``key`` is a lang-table key."""

    def __init__(self, key: str, detail: str = ""):
        super().__init__(detail or key)
        self.key = key


@dataclass(frozen=True)
class Config:
    """Where statements go: an xAPI endpoint (ending in ``/``) and its ``Authorization`` value."""

    endpoint: str | None = None
    auth: str | None = None
    fetch: str | None = None  # cmi5: a URL that hands out a short-lived token once
    workshop: str | None = None
    alias: str | None = None  # from cmi5's actor, when the launching platform names the learner
    home_page: str = X.HOME_PAGE
    activity_id: str | None = None

    @classmethod
    def load(cls, query: str | Mapping[str, str] = "", site: str | Mapping[str, Any] | None = None) -> Config:
        """The settings of ``site`` (config.json's text or dict), overridden by the page's ``query``."""
        base: dict[str, Any] = {}
        if site:
            try:
                base = dict(json.loads(site) if isinstance(site, str) else site).get("xapi") or {}
            except (ValueError, TypeError) as exc:
                raise ConfigError("xapi_bad_config", str(exc)) from exc
        params = dict(urllib.parse.parse_qsl(query.lstrip("?"))) if isinstance(query, str) else dict(query)
        given = {k: str(v) for k, v in {**base, **{k: v for k, v in params.items() if k in QUERY_KEYS}}.items()
                 if v not in (None, "")}
        config = cls(endpoint=_endpoint(given.get("endpoint")), auth=given.get("auth"), fetch=given.get("fetch"),
                     workshop=given.get("workshop"), activity_id=given.get("activityId"),
                     home_page=given.get("homePage", X.HOME_PAGE))
        if "actor" in given:
            config = _with_actor(config, given["actor"])
        if "registration" in given and config.workshop and given["registration"] != X.registration(config.workshop):
            raise ConfigError("xapi_bad_registration", "the registration does not belong to the workshop code")
        if config.fetch and not config.fetch.startswith(("http://", "https://")):
            raise ConfigError("xapi_bad_endpoint", "the fetch URL is not an http(s) address")
        return config

    @property
    def configured(self) -> bool:
        return self.endpoint is not None


def basic_auth(user: str, password: str) -> str:
    """An ``Authorization`` value for HTTP basic authentication."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _endpoint(text: str | None) -> str | None:
    if not text:
        return None
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError("xapi_bad_endpoint", f"not an http(s) address: {text[:80]}")
    return text if text.endswith("/") else text + "/"


def _with_actor(config: Config, text: str) -> Config:
    try:
        account = json.loads(text)["account"]
        return replace(config, alias=str(account["name"]), home_page=str(account["homePage"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError("xapi_bad_actor", "cmi5's actor must be a JSON Agent with an account") from exc


def _headers(auth: str | None) -> dict[str, str]:
    headers = {"X-Experience-API-Version": X.VERSION, "Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    return headers


def fetch_token(config: Config, transport: Transport) -> Config:
    """cmi5: POST to the ``fetch`` URL once for a token; the config with ``auth`` set."""
    if not config.fetch or config.auth:
        return config
    status, body = transport("POST", config.fetch, b"", {})
    try:
        token = json.loads(body)["auth-token"] if status == 200 else None
    except (ValueError, KeyError, TypeError):
        token = None
    if not token:
        raise ConfigError("xapi_refused", f"the fetch URL answered {status} without a token")
    return replace(config, auth=f"Basic {token}")


@dataclass
class Status:
    """After a call: ``notice`` is a lang-table key the learner has not been told yet (or None)."""

    state: str  # sent | waiting | local
    waiting: int
    notice: str | None = None
    sent: int = 0


_PROBLEMS = {401: "xapi_refused", 403: "xapi_refused", 404: "xapi_bad_endpoint", 405: "xapi_bad_endpoint",
             400: "xapi_rejected", 413: "xapi_rejected"}


@dataclass
class Outbox:
    """Statements on their way to the LRS (or, with no endpoint, kept in the page's storage)."""

    config: Config
    transport: Transport = field(default_factory=urllib_transport)
    storage: Any = field(default_factory=MemoryStorage)
    clock: Any = time.time
    retry_after: float = 10.0  # after a failure, wait this long before trying again on its own
    queue: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    problem: str | None = None
    _known: set[str] = field(default_factory=set)
    _told: set[str] = field(default_factory=set)
    _next_try: float = 0.0
    key: str = ""  # where storage keeps it: ``outbox_key(workshop, alias)``, per workshop by default
    limit: int = KEEP_LIMIT

    def __post_init__(self) -> None:
        self.key = self.key or outbox_key(self.config.workshop or "")
        try:
            kept = json.loads(self.storage.get(self.key) or "{}")
        except StorageError as exc:
            kept, self.problem = {}, f"xapi_storage_{exc.reason}"
        except ValueError:
            kept = {}
        self.queue = list(kept.get("queue", ())) + self.queue
        self.rejected = list(kept.get("rejected", ())) + self.rejected
        self._known = {s["id"] for s in self.queue + self.rejected} | set(kept.get("sent", ()))

    def add(self, statements: Sequence[Mapping[str, Any]]) -> Status:
        """Queue the statements not seen before, then send what waits."""
        new = [dict(s) for s in statements if s["id"] not in self._known]
        self._known.update(s["id"] for s in new)
        self.queue.extend(new)
        return self.flush(force=bool(new))

    def flush(self, force: bool = True) -> Status:
        """Send the queue; without ``force``, only once ``retry_after`` has passed since a failure."""
        if not self.config.configured:
            return self._status("local", self._keep() or self.problem or "xapi_local")  # a broken setting says why
        if not self.queue or (not force and self.clock() < self._next_try):
            return self._status("waiting" if self.queue else "sent", self._keep())
        sending = list(self.queue)
        problem = self._post(sending)
        if problem is None:
            self.queue = self.queue[len(sending):]
            notice = "xapi_delivered" if self._told - {"xapi_delivered", "xapi_local"} else None
            self._told.clear()
            self.problem = None
            return self._status("sent", self._keep() or notice, sent=len(sending))
        if problem == "xapi_rejected":  # these statements will never be taken: keep them for the download
            self.rejected.extend(sending)
            self.queue = self.queue[len(sending):]
        self._next_try = self.clock() + self.retry_after
        return self._status("waiting", self._keep() or problem)

    def export(self) -> bytes:
        """Every statement not (yet) in the LRS, as a JSON file the learner can download."""
        return json.dumps(self.rejected + self.queue, ensure_ascii=False, indent=1).encode("utf-8")

    def _post(self, batch: list[dict[str, Any]]) -> str | None:
        if self.config.fetch and not self.config.auth:
            try:
                self.config = fetch_token(self.config, self.transport)
            except ConfigError as exc:
                return exc.key
            except Unreachable:
                return "xapi_offline"
        try:
            status, _ = self.transport("POST", self.config.endpoint + "statements",
                                       json.dumps(batch, ensure_ascii=False).encode("utf-8"),
                                       _headers(self.config.auth))
        except Unreachable:
            return "xapi_offline"
        if status == 409 and len(batch) > 1:  # some were stored before (an answer lost on the way)
            problems = [self._post([one]) for one in batch]
            return next((p for p in problems if p), None)
        if status < 300 or status == 409:  # 409 for one statement: that id is in the LRS already
            return None
        return _PROBLEMS.get(status, "xapi_offline")

    def _keep(self) -> str | None:
        """Write the outbox (at most ``limit`` statements) to storage; a lang key if not all of it is kept."""
        rejected = self.rejected[:self.limit]
        queue = self.queue[:self.limit - len(rejected)]
        kept = {"queue": queue, "rejected": rejected,
                "sent": sorted(self._known - {s["id"] for s in self.queue + self.rejected})[:SENT_LIMIT]}
        try:
            self.storage.set(self.key, json.dumps(kept, ensure_ascii=False))
        except StorageError as exc:
            return f"xapi_storage_{exc.reason}"
        return "xapi_storage_cap" if len(queue) + len(rejected) < len(self.queue) + len(self.rejected) else None

    def _status(self, state: str, problem: str | None, sent: int = 0) -> Status:
        notice = None
        if problem is not None and problem not in self._told:
            self._told.add(problem)
            notice = problem
        if problem and problem != "xapi_delivered":
            self.problem = problem
        return Status(state, len(self.queue) + len(self.rejected), notice, sent)


def outbox_key(workshop: str, alias: str | None = None) -> str:
    """The storage key of a workshop's outbox, or of one alias's in it (the participant page's)."""
    key = f"orderlab.xapi.{X.registration(workshop)}"
    return f"{key}/{alias}" if alias else key


def read_statements(config: Config, transport: Transport, **params: str) -> Iterator[dict[str, Any]]:
    """Every statement the LRS gives for ``params`` (e.g. ``registration``), following ``more``.

    Raises ``Unreachable``, or ``ConfigError`` with ``xapi_refused``/``xapi_bad_endpoint``.
    """
    if not config.configured:
        raise ConfigError("xapi_bad_endpoint", "no endpoint")
    url: str | None = config.endpoint + "statements?" + urllib.parse.urlencode(params)
    root = urllib.parse.urlsplit(config.endpoint)
    seen: set[str] = set()
    while url:
        status, body = transport("GET", url, None, _headers(config.auth))
        if status != 200:
            raise ConfigError(_PROBLEMS.get(status, "xapi_offline"), f"the LRS answered {status}")
        try:
            page = json.loads(body)
            statements = page["statements"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError("xapi_bad_endpoint", "the answer is not an xAPI statement result") from exc
        fresh = [s for s in statements if s.get("id") not in seen]
        seen.update(s.get("id") for s in statements)
        yield from fresh
        more = page.get("more")
        url = urllib.parse.urljoin(f"{root.scheme}://{root.netloc}", more) if more and fresh else None


SITE_ENV = {"endpoint": "ORDERLAB_XAPI_ENDPOINT", "auth": "ORDERLAB_XAPI_AUTH", "homePage": "ORDERLAB_XAPI_HOMEPAGE"}


def site_config(environ: Mapping[str, str]) -> dict[str, Any]:
    """``site/config.json`` from the build's environment (``SITE_ENV``); empty ``xapi`` when no endpoint.

    The file is public like every file of the site: ``ORDERLAB_XAPI_AUTH`` must belong to an LRS
    account that may only write statements (a page's address can carry a short-lived one instead).
    """
    given = {key: environ[var] for key, var in SITE_ENV.items() if environ.get(var)}
    if "endpoint" in given:
        given["endpoint"] = _endpoint(given["endpoint"])
    return {"xapi": given if "endpoint" in given else {}}
