"""How statements travel and where they wait: swappable, so the same client runs in CPython and Pyodide.

A transport is a callable ``(method, url, body, headers) -> (status, body)`` that raises
``Unreachable`` when no answer comes (down, refused connection, timed out). ``urllib_transport``
serves CPython (tests, the dashboard); ``browser_transport`` uses the browser's synchronous
XMLHttpRequest, which a Pyodide kernel running in a web worker may use. A storage keeps the
outbox between page loads: ``MemoryStorage``, ``FileStorage`` (CPython), ``BrowserStorage``
(``localStorage`` where the page has one). A storage that cannot write raises ``StorageError``.
"""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

Transport = Callable[[str, str, "bytes | None", Mapping[str, str]], tuple[int, bytes]]


class Unreachable(OSError):
    """No answer from the LRS: it is down, refused the connection, or did not answer in time."""


class StorageError(OSError):
    """The storage cannot keep anything: ``reason`` is ``full``, ``off`` (disabled) or ``page`` (none here)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason


def urllib_transport(timeout: float = 5.0) -> Transport:
    """A transport on ``urllib``: an HTTP error status is returned, not raised."""

    def send(method: str, url: str, body: bytes | None, headers: Mapping[str, str]) -> tuple[int, bytes]:
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            raise Unreachable(str(getattr(exc, "reason", exc))) from exc

    return send


def browser_transport(timeout: float = 5.0) -> Transport:  # pragma: no cover - needs a browser
    """A transport on the browser's synchronous XMLHttpRequest (Pyodide in a web worker)."""
    import js  # type: ignore[import-not-found]  # Pyodide's bridge to JavaScript

    def send(method: str, url: str, body: bytes | None, headers: Mapping[str, str]) -> tuple[int, bytes]:
        request = js.XMLHttpRequest.new()
        request.open(method, url, False)
        request.timeout = int(timeout * 1000)
        for name, value in headers.items():
            request.setRequestHeader(name, value)
        try:
            request.send(body.decode("utf-8") if body is not None else None)
        except Exception as exc:  # a JavaScript NetworkError or TimeoutError
            raise Unreachable(str(exc)) from exc
        if request.status == 0:  # no answer at all (or the browser blocked it)
            raise Unreachable("no answer")
        return int(request.status), str(request.responseText).encode("utf-8")

    return send


class MemoryStorage:
    """Keeps values in this process only (a page without storage keeps them until it is closed)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


class FileStorage:
    """One file per key in ``folder`` (CPython)."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9_.-]", "_", key) + ".json")

    def get(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError("off", str(exc)) from exc

    def set(self, key: str, value: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._path(key).write_text(value, encoding="utf-8")
        except OSError as exc:
            raise StorageError("full" if getattr(exc, "errno", None) == 28 else "off", str(exc)) from exc


class BrowserStorage:  # pragma: no cover - needs a browser
    """The page's ``localStorage``; ``StorageError("page")`` where the code runs without one (Pyodide in a
    web worker: results then live in the page), ``StorageError("off")`` where the browser refuses it."""

    def __init__(self, store: Any = None):
        if store is None:
            try:
                import js  # type: ignore[import-not-found]

                store = js.localStorage
            except (ImportError, AttributeError) as exc:
                raise StorageError("page", "no localStorage here (a web worker)") from exc
        self.store = store

    def get(self, key: str) -> str | None:
        try:
            value = self.store.getItem(key)
        except Exception as exc:
            raise StorageError("off", str(exc)) from exc
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        try:
            self.store.setItem(key, value)
        except Exception as exc:  # QuotaExceededError, or a SecurityError when storage is disabled
            raise StorageError("full" if "quota" in str(exc).lower() else "off", str(exc)) from exc
