"""What notebooks show: the engine's "show" functions, returning panels Jupyter can display.

The engine's functions (``orderlab.exercise``, ``orderlab.progress``, ``orderlab.model_round``)
return ``orderlab.panel.Panel`` data with no display methods. A notebook imports the same names
from here instead; each returns a ``Shown``, which Jupyter displays as the escaped HTML of
``orderlab.present.panel`` and ``print`` as its plain text. ``example_questions`` returns its
questions unchanged (they are text, not a panel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from .. import exercise as E
from .. import model_round as M
from .. import progress as P
from ..panel import Panel
from .panel import panel_html, panel_text


@dataclass(frozen=True)
class Shown:
    """A panel ready for Jupyter: ``_repr_html_`` draws it as HTML, ``str`` as plain text."""

    panel: Panel

    def html(self) -> str:
        """The panel as HTML, every piece of text escaped."""
        return panel_html(self.panel)

    def text(self) -> str:
        """The panel as plain text."""
        return panel_text(self.panel)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        return self.html()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Plain-text display in IPython without importing it."""
        printer.text(self.text())


def shown(function: Callable[..., Panel]) -> Callable[..., Shown]:
    """``function`` with the same arguments and docstring, its panel wrapped for display."""

    @wraps(function)
    def show(*args: Any, **kwargs: Any) -> Shown:
        return Shown(function(*args, **kwargs))

    show.__module__ = __name__
    show.__annotations__ = {**function.__annotations__, "return": Shown}
    return show


example_questions = E.example_questions

# Notebook 01 and exercises 01-02
show_scores = shown(E.show_scores)
show_story = shown(E.show_story)
show_examples = shown(E.show_examples)
show_topics = shown(E.show_topics)
compare_plans = shown(E.compare_plans)
try_question = shown(E.try_question)
role_reversal = shown(E.role_reversal)
check_open_rewrites = shown(E.check_open_rewrites)
check_questions = shown(E.check_questions)
# Delivery (03)
show_alternative = shown(E.show_alternative)
delivery_options = shown(E.delivery_options)
compare_deliveries = shown(E.compare_deliveries)
check_confirmation = shown(E.check_confirmation)
check_delivery = shown(E.check_delivery)
# Pitch (04)
show_pitch_criteria = shown(E.show_pitch_criteria)
show_evidence = shown(E.show_evidence)
compare_pitches = shown(E.compare_pitches)
show_draft = shown(E.show_draft)
show_next_order = shown(E.show_next_order)
check_pitch = shown(E.check_pitch)
# Progress and the model round
show_skill_guide = shown(P.show_skill_guide)
show_scenarios = shown(P.show_scenarios)
practice_panel = shown(P.practice_panel)
show_model_round = shown(M.show_model_round)

__all__ = [
    "Shown", "check_confirmation", "check_delivery", "check_open_rewrites", "check_pitch", "check_questions",
    "compare_deliveries", "compare_pitches", "compare_plans", "delivery_options", "example_questions",
    "practice_panel", "role_reversal", "show_alternative", "show_draft", "show_evidence", "show_examples",
    "show_model_round", "show_next_order", "show_pitch_criteria", "show_scenarios", "show_scores",
    "show_skill_guide", "show_story", "show_topics", "shown", "try_question",
]
