"""The participant page's statements to a Learning Record Store (the static site has no server).

``reporter_for`` gives a ``Reporter`` when the page's address or the site's ``config.json`` names
an LRS, or in the browser (Pyodide) with none, where results stay in the browser's storage.
The participant app gives ``Reporter.deliver`` to the play service as its sender when an LRS is
configured (so the page says the results are sent, not "not saved"), and else calls
``Reporter.send`` after each step; its ``widget`` says, once,
what happened (the LRS is away, refused, or there is none) and offers the waiting statements as a
file to download.

When statements are sent: at each step (``send``), when the learner joins (``resume``), and, while
statements wait for a configured LRS, on their own (``orderlab.xapi.retry``): a timer tries again
after ``Outbox.retry_after`` seconds, then after twice as long each time, up to five minutes, and
stops once nothing waits. One timer at a time; it holds the reporter only weakly and ends with the
page's widget. A try that succeeds says so (``xapi_delivered``), removes the download link and
tells ``on_delivered`` (the app's "results sent" line). In the browser the timer is Pyodide's
event loop (``setTimeout``); in a kernel (Voila, JupyterLab) the kernel's asyncio loop, which runs
it between two messages on the kernel's thread; with no running loop there is none. Refused
statements (``rejected``) are never tried again: they stay for the download.

In the browser the outbox is kept in the page's ``localStorage`` through ``PageStorage`` (the
kernel's web worker has none), one key per site, workshop and alias: statements that wait
survive a reload and ``Reporter.resume`` sends them when the learner joins again; with no LRS,
the rounds stay in the browser and the page counts them (``xapi_kept``).
"""

from __future__ import annotations

import base64
import os
import sys
import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from html import escape

import ipywidgets as W

from .. import lang as L
from ..results import result_id
from ..session import Session
from ..xapi import statements as X
from ..xapi.client import Config, ConfigError, Outbox, Status, outbox_key
from ..xapi.retry import Retry, Schedule, loop_schedule
from ..xapi.transport import (
    BrowserStorage,
    MemoryStorage,
    StorageError,
    Transport,
    Unreachable,
    browser_transport,
    urllib_transport,
)
from .page_storage import PageStorage
from .render import message

IN_BROWSER = sys.platform == "emscripten"  # Pyodide: the static site


def _site_json() -> str | None:  # pragma: no cover - needs the static site in a browser
    """The site's ``config.json``: the kernel's worker lives under ``<site>/extensions/``."""
    import js  # type: ignore[import-not-found]

    href = str(js.location.href)
    root = href.split("/extensions/")[0] if "/extensions/" in href else href.rsplit("/", 1)[0]
    try:
        status, body = browser_transport(3.0)("GET", f"{root}/config.json", None, {})
    except Unreachable:
        return None
    return body.decode("utf-8") if status == 200 else None


class Reporter:
    """Sends one participant's rounds as xAPI statements through an outbox, and says what it can't."""

    def __init__(self, workshop: str, alias: str, config: Config, transport: Transport | None = None,
                 storage: object | None = None, clock: Callable[[], float] = time.time, problem: str | None = None,
                 schedule: Schedule | None = None):
        self.workshop, self.alias, self.clock = workshop, alias, clock
        self.widget = W.HTML()
        self.widget.add_class("ol-lrs")
        if storage is None:
            try:
                storage = BrowserStorage() if IN_BROWSER else MemoryStorage()
            except StorageError as exc:
                storage, problem = MemoryStorage(), problem or f"xapi_storage_{exc.reason}"
        transport = transport or (browser_transport() if IN_BROWSER else urllib_transport())
        self.outbox = Outbox(replace(config, workshop=workshop), transport, storage, clock,
                             key=outbox_key(workshop, alias))
        self.outbox.problem = self.outbox.problem or problem
        self._said, self._lang = "", "sv"
        # Tries again on its own while statements wait (``schedule``: the running event loop's by default).
        # The timer holds the reporter weakly: a page that is gone is not kept alive by it.
        self.retry = Retry(_attempt(weakref.ref(self)), schedule or loop_schedule(), first=self.outbox.retry_after)
        self.on_delivered: list[Callable[[], None]] = []  # told when the timer sent everything that waited
        if isinstance(storage, PageStorage):  # a write the page could not keep is told when the page says so
            storage.on_problem(self._storage_failed)

    def _storage_failed(self, reason: str) -> None:
        key = f"xapi_storage_{reason}"
        self.outbox.problem = key
        waiting = len(self.outbox.queue) + len(self.outbox.rejected)
        self.show(Status("local" if not self.lrs else "waiting", waiting, key), self._lang)

    def resume(self, lang: str) -> Status:
        """When the learner joins: send what waited from before a reload, and show what is kept.

        Once the LRS takes this alias's statements, what other aliases of the workshop left waiting in
        this browser goes too (a learner who joins under a new name does not strand the old one's).
        """
        before = len(self.outbox.queue)
        status = self.outbox.flush()
        if status.sent and before and status.notice is None:
            status.notice = "xapi_delivered"
        storage = self.outbox.storage
        if self.lrs and not status.waiting and isinstance(storage, PageStorage):
            mine, workshop = self.outbox.key, outbox_key(self.workshop) + "/"
            for key in storage.kept():
                if key.startswith(workshop) and key != mine:
                    Outbox(self.outbox.config, self.outbox.transport, storage, self.clock, key=key).flush()
        self.show(status, lang)
        self._plan()
        return status

    def send(self, session: Session) -> Status:
        """Queue and send the statements of ``session`` so far (called after every saved step)."""
        rid = result_id(self.workshop, self.alias, session.state()) if session.step == "done" else None
        status = self.outbox.add(X.session_statements(session, alias=self.alias, workshop=self.workshop,
                                                      when=self.clock(), result_id=rid,
                                                      home_page=self.outbox.config.home_page))
        self.show(status, session.lang)
        self._plan()
        return status

    def _plan(self) -> None:
        """A timer while statements wait for the LRS (refused ones never do); none once nothing waits."""
        if self.lrs and self.outbox.queue:
            self.retry.wait()
        else:
            self.retry.stop()

    def try_again(self) -> bool:
        """The timer's try: send what waits and say what happened; whether anything still waits.

        False, and no try, once the page's widget is closed: there is no one left to tell.
        """
        if self.widget.comm is None or not self.lrs:
            return False
        status = self.outbox.flush()
        self.show(status, self._lang)
        if status.sent and not self.outbox.queue:
            for callback in self.on_delivered:
                callback()
        return bool(self.outbox.queue)

    @property
    def lrs(self) -> bool:
        """Whether an LRS is configured (else the statements stay in the browser)."""
        return self.outbox.config.configured

    def deliver(self, session: Session) -> bool:
        """``send``, for the play service: True once nothing waits to be sent."""
        return self.send(session).waiting == 0

    def show(self, status: Status, lang: str) -> None:
        """The notice (told once, kept on screen while statements wait), what the browser keeps, and a
        download link."""
        self._lang = lang
        if status.notice or (self.outbox.problem and not self._said):
            key = status.notice or self.outbox.problem
            text = L.text(lang, f"ui.{key}", limit=self.outbox.limit) if key == "xapi_storage_cap" else L.text(
                lang, f"ui.{key}")
            self._said = message(text, "ok" if key == "xapi_delivered" else "hint")
        elif not status.waiting:
            self._said = ""
        link = kept = ""
        if status.waiting:
            data = base64.b64encode(self.outbox.export()).decode("ascii")
            link = (f'<a class="ol-download ol-lrs-download" download="orderlab-results.json" '
                    f'href="data:application/json;base64,{data}">{escape(L.text(lang, "ui.xapi_download"))}</a>')
            if not (self.outbox.problem or "").startswith("xapi_storage"):  # the browser keeps them
                kept = self._kept(lang)
        self.widget.value = self._said + kept + link

    def _kept(self, lang: str) -> str:
        waiting = self.outbox.rejected + self.outbox.queue
        if self.lrs:  # refused statements are the download's, not the LRS's: only the queue waits
            text = L.text(lang, "ui.xapi_waiting", count=len(self.outbox.queue)) if self.outbox.queue else ""
        else:
            rounds = sum(X.is_round_completed(s) for s in waiting)
            text = L.text(lang, "ui.xapi_kept", rounds=rounds)
        return f"<p class='ol-lrs-kept'>{escape(text)}</p>" if text else ""


def _attempt(reporter: weakref.ref[Reporter]) -> Callable[[], bool]:
    """``Reporter.try_again`` through a weak reference: False (stop) once the reporter is gone."""

    def attempt() -> bool:
        alive = reporter()
        return alive is not None and alive.try_again()

    return attempt


def reporter_for(workshop: str, alias: str, query: str | None = None, **options: object) -> Reporter | None:
    """A reporter when an LRS is configured (address or config.json), in the browser, or with a page's
    ``storage``; else None."""
    query = os.environ.get("QUERY_STRING", "") if query is None else query
    problem = None
    try:
        config = Config.load(query, _site_json() if IN_BROWSER else None)
    except ConfigError as exc:  # a broken setting: keep results in the page, and say why
        config, problem = Config(), exc.key
    if not (config.configured or IN_BROWSER or problem or options.get("storage") is not None):
        return None
    return Reporter(workshop, alias, config, problem=problem, **options)  # type: ignore[arg-type]
