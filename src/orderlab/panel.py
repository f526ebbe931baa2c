"""Panels as data: what a check or a "show" function found, one titled list of items.

Engine side: the exercise, progress and model-round functions return these and never build HTML.
``orderlab.present.panel`` draws them as escaped HTML and as plain text. Jupyter asks the object
itself for HTML (``_repr_html_``), so the two display methods fetch that renderer when called:
importing this module loads no presentation code (``tests/test_layers.py`` keeps it so).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

# ok/fix judge an answer the learner can change; good/poor judge without asking for a rewrite;
# todo is an answer not written yet, info a fact shown as it is.
STATUSES: tuple[str, ...] = ("ok", "fix", "todo", "info", "good", "poor")


def _renderer() -> Any:
    # Looked up at display time only: the engine does not depend on presentation at import.
    return import_module("orderlab.present.panel")


@dataclass(frozen=True)
class Item:
    """One answer's feedback: a label, a status (one of ``STATUSES``), the quoted text and reasons."""

    label: str
    status: str
    quote: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True, repr=False)
class Panel:
    """A titled list of items with an optional verdict, in ``lang``."""

    lang: str
    title: str
    items: tuple[Item, ...]
    verdict: str = ""

    def text(self) -> str:
        """The panel as plain text (drawn by ``orderlab.present.panel``)."""
        return _renderer().panel_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title!r}: {self.verdict!r}>"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Plain-text display in IPython without importing it."""
        printer.text(self.text())

    def _repr_html_(self) -> str:
        """The panel as HTML, every piece of text escaped (drawn by ``orderlab.present.panel``)."""
        return _renderer().panel_html(self)


@dataclass(frozen=True, repr=False)
class CheckResult(Panel):
    """A checked exercise: ``finished`` when every answer is written, ``passed`` when all are right."""

    finished: bool = False
    passed: bool = False


__all__ = ["STATUSES", "CheckResult", "Item", "Panel"]
