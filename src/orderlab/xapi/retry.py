"""Trying again on its own while statements wait: one timer at a time, backing off, stopping when done.

``Retry`` knows no widget and no event loop. It is given ``schedule(delay, callback) -> handle`` (the
handle has ``cancel()``): an event loop's ``call_later``, which ``loop_schedule`` finds, or a fake
clock's in tests. ``wait()`` says statements wait: a timer is set unless one is pending already;
``stop()`` says nothing waits: the pending timer is cancelled and the pause starts again from
``first``. When a timer fires, ``attempt()`` sends and answers whether anything still waits; if so,
the next timer comes after twice the pause, at most ``longest``.

``loop_schedule`` gives the running event loop's ``call_later``. In Pyodide that is the WebLoop,
which runs the callback from the browser's ``setTimeout``; in an ordinary kernel (ipykernel,
Voila), the kernel's asyncio loop, which runs it on the kernel's own thread between two messages,
so it never races a learner's click. Without a running loop (plain Python, tests) there is no
timer: statements then go out at the next step, as they always did.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

FIRST = 10.0  # seconds before the first try again (the outbox's retry_after)
LONGEST = 300.0  # the pause doubles after each failed try, up to five minutes


class Handle(Protocol):
    def cancel(self) -> None: ...


Schedule = Callable[[float, Callable[[], None]], Handle]


def loop_schedule() -> Schedule | None:
    """The running event loop's ``call_later`` (Pyodide's WebLoop, a kernel's asyncio loop), or None."""
    try:
        return asyncio.get_running_loop().call_later
    except RuntimeError:
        if sys.platform == "emscripten":  # Pyodide's WebLoop, made at start-up, wherever this is called from
            return asyncio.get_event_loop().call_later
        return None


class Retry:
    """Calls ``attempt`` on a timer while it answers that statements still wait; never two timers."""

    def __init__(self, attempt: Callable[[], bool], schedule: Schedule | None,
                 first: float = FIRST, longest: float = LONGEST):
        self.attempt, self.schedule = attempt, schedule
        self.first, self.longest = first, longest
        self.delay = first  # the pause before the next timer fires
        self._handle: Handle | None = None

    @property
    def pending(self) -> bool:
        """Whether a timer is set."""
        return self._handle is not None

    def wait(self) -> None:
        """Statements wait: set a timer, unless one is set already (or there is no way to set one)."""
        if self._handle is None and self.schedule is not None:
            self._handle = self.schedule(self.delay, self._fire)

    def stop(self) -> None:
        """Nothing waits (or nothing can be sent): cancel the timer; the next outage starts at ``first``."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.delay = self.first

    def _fire(self) -> None:
        self._handle = None
        try:
            waiting = self.attempt()
        except Exception:  # a bug must not end the retries silently: log it and try again later
            log.exception("trying to send the waiting statements again failed")
            waiting = True
        if not waiting:
            self.stop()
            return
        self.delay = min(self.delay * 2, self.longest)
        self.wait()
