"""The participant page's statements to a Learning Record Store (the static site has no server).

``reporter_for`` gives a ``Reporter`` when the page's address or the site's ``config.json`` names
an LRS, or in the browser (Pyodide) with none, where results stay in the browser's storage.
The participant app gives ``Reporter.deliver`` to the play service as its sender when an LRS is
configured (so the page says the results are sent, not "not saved"), and else calls
``Reporter.send`` after each step; its ``widget`` says, once,
what happened (the LRS is away, refused, or there is none) and offers the waiting statements as a
file to download.
"""

from __future__ import annotations

import base64
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from html import escape

import ipywidgets as W

from .. import lang as L
from ..results import result_id
from ..session import Session
from ..xapi import statements as X
from ..xapi.client import Config, ConfigError, Outbox, Status
from ..xapi.transport import (
    BrowserStorage,
    MemoryStorage,
    StorageError,
    Transport,
    Unreachable,
    browser_transport,
    urllib_transport,
)
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
                 storage: object | None = None, clock: Callable[[], float] = time.time, problem: str | None = None):
        self.workshop, self.alias, self.clock = workshop, alias, clock
        self.widget = W.HTML()
        self.widget.add_class("ol-lrs")
        if storage is None:
            try:
                storage = BrowserStorage() if IN_BROWSER else MemoryStorage()
            except StorageError as exc:
                storage, problem = MemoryStorage(), problem or f"xapi_storage_{exc.reason}"
        transport = transport or (browser_transport() if IN_BROWSER else urllib_transport())
        self.outbox = Outbox(replace(config, workshop=workshop), transport, storage, clock)
        self.outbox.problem = self.outbox.problem or problem
        self._said = ""

    def send(self, session: Session) -> Status:
        """Queue and send the statements of ``session`` so far (called after every saved step)."""
        rid = result_id(self.workshop, self.alias, session.state()) if session.step == "done" else None
        status = self.outbox.add(X.session_statements(session, alias=self.alias, workshop=self.workshop,
                                                      when=self.clock(), result_id=rid,
                                                      home_page=self.outbox.config.home_page))
        self.show(status, session.lang)
        return status

    @property
    def lrs(self) -> bool:
        """Whether an LRS is configured (else the statements stay in the browser)."""
        return self.outbox.config.configured

    def deliver(self, session: Session) -> bool:
        """``send``, for the play service: True once nothing waits to be sent."""
        return self.send(session).waiting == 0

    def show(self, status: Status, lang: str) -> None:
        """The notice (told once, kept on screen while statements wait) and a download link."""
        if status.notice or (self.outbox.problem and not self._said):
            key = status.notice or self.outbox.problem
            self._said = message(L.text(lang, f"ui.{key}"), "ok" if key == "xapi_delivered" else "hint")
        elif not status.waiting:
            self._said = ""
        link = ""
        if status.waiting:
            data = base64.b64encode(self.outbox.export()).decode("ascii")
            link = (f'<a class="ol-download ol-lrs-download" download="orderlab-results.json" '
                    f'href="data:application/json;base64,{data}">{escape(L.text(lang, "ui.xapi_download"))}</a>')
        self.widget.value = self._said + link


def reporter_for(workshop: str, alias: str, query: str | None = None, **options: object) -> Reporter | None:
    """A reporter when an LRS is configured (address or config.json) or in the browser; else None."""
    query = os.environ.get("QUERY_STRING", "") if query is None else query
    problem = None
    try:
        config = Config.load(query, _site_json() if IN_BROWSER else None)
    except ConfigError as exc:  # a broken setting: keep results in the page, and say why
        config, problem = Config(), exc.key
    if not (config.configured or IN_BROWSER or problem):
        return None
    return Reporter(workshop, alias, config, problem=problem, **options)  # type: ignore[arg-type]
