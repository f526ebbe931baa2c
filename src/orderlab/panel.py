"""Panels as data: what a check or a "show" function found, one titled list of items.

Engine side: the exercise, progress and model-round functions return these and never build HTML.
A panel has no display methods: ``orderlab.present.panel`` draws it as escaped HTML and as plain
text, and ``orderlab.present.show`` gives notebooks the same functions returning displayable
objects. The engine imports no presentation code, not even when shown (``tests/test_layers.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

# ok/fix judge an answer the learner can change; good/poor judge without asking for a rewrite;
# todo is an answer not written yet, info a fact shown as it is.
STATUSES: tuple[str, ...] = ("ok", "fix", "todo", "info", "good", "poor")


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

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title!r}: {self.verdict!r}>"


@dataclass(frozen=True, repr=False)
class CheckResult(Panel):
    """A checked exercise: ``finished`` when every answer is written, ``passed`` when all are right."""

    finished: bool = False
    passed: bool = False


__all__ = ["STATUSES", "CheckResult", "Item", "Panel"]
