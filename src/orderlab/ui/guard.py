"""A safety net for the apps' buttons.

In Voila an exception raised by a button's handler is invisible: the page just does nothing.
``guarded`` logs it for the maintainer (the server's log) and tells the person in plain
words, in their language, that something went wrong and that their work is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import ipywidgets as W

from .. import lang as L
from .render import message

log = logging.getLogger("orderlab.ui")


def guarded(action: Callable[[], object], app: object) -> Callable[..., None]:
    """A handler for ``on_click`` / ``observe`` that runs ``action`` and reports a failure on
    ``app.status`` (a ``W.HTML``) in ``app.lang``, both looked up only when it fails."""

    def handler(*_: object) -> None:
        try:
            action()
        except Exception:
            log.exception("unexpected error in %s", getattr(action, "__qualname__", action))
            try:
                text = L.text(app.lang, "ui.unexpected_error")  # type: ignore[attr-defined]
            except Exception:  # even the language is broken: say it in both
                text = f"{L.text('sv', 'ui.unexpected_error')} / {L.text('en', 'ui.unexpected_error')}"
            status: W.HTML = app.status  # type: ignore[attr-defined]
            status.value = message(text, "hint")

    return handler
