"""Answer forms: labelled boxes and a button where the notebooks once asked learners to edit code.

A notebook cell only calls ``answer_form("try-question", LANG)``; the learner types into the
boxes and clicks. Tests drive a form without a browser: set ``form.inputs[i].value`` and call
``form.submit()`` (or ``form.button.click()``), then read ``form.results`` or ``form.feedback``.

Each kind of form names its boxes and the engine check that judges them (``orderlab.exercise``).
Exercise forms are named with their number (``"01-open-rewrites"``): with ``model_answers=True``
they start filled in from ``orderlab.model_answers`` and already checked, which is all that
separates a solution notebook from its exercise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ipywidgets as W

from .. import exercise as E
from .. import lang as L
from .. import learner_text, model_answers
from ..panel import CheckResult, Panel
from ..present.panel import panel_html
from . import render
from .guard import guarded
from .styles import head

FULL = W.Layout(width="100%")
LABEL = {"description_width": "initial"}


@dataclass(frozen=True)
class Box:
    """One input: its label, and whether it is one ``line``, free ``text`` or a ``choice``."""

    label: str
    kind: str = "line"
    options: tuple[tuple[str, str], ...] = ()  # (label, value) for a choice


Check = Callable[[list[str]], Sequence[Panel]]


class AnswerForm(W.VBox):
    """Boxes, one button and the feedback: what the engine's check says about the boxes' text."""

    def __init__(self, lang: str, boxes: Sequence[Box], check: Check, button: str,
                 values: Sequence[str] | None = None):
        self.lang = L.check_lang(lang)
        self.boxes = tuple(boxes)
        self.check = check
        self.inputs = [self._input(box) for box in self.boxes]
        self.button = W.Button(description=button, button_style="primary")
        self.button.add_class("ol-check")
        self.button.on_click(guarded(self.submit, self))
        self.status = W.HTML(render.message(""))
        self.feedback = W.HTML()
        self.feedback.add_class("ol-feedback")
        self.results: tuple[Panel, ...] = ()
        super().__init__([*head(), *self.inputs, self.button, self.status, self.feedback], layout=FULL)
        self.add_class("orderlab")
        self.add_class("ol-answer-form")
        if values is not None:
            for widget, value in zip(self.inputs, values, strict=True):
                widget.value = value
            self.submit()

    def _input(self, box: Box) -> W.Widget:
        if box.kind == "choice":
            # No option chosen in advance: choosing is the exercise.
            widget = W.RadioButtons(options=box.options, value=None, description=box.label, layout=FULL, style=LABEL)
        elif box.kind == "text":
            widget = W.Textarea(description=box.label, placeholder=L.text(self.lang, "answer_forms.placeholder_text"),
                                layout=FULL, style=LABEL, rows=5)
        else:
            widget = W.Text(description=box.label, placeholder=L.text(self.lang, "answer_forms.placeholder_line"),
                            layout=FULL, style=LABEL)
        # The value reaches the kernel when the box loses focus, which clicking the button does first.
        widget.continuous_update = False
        widget.add_class(f"ol-answer-{box.kind}")
        return widget

    def values(self) -> list[str]:
        """What is in the boxes, as text (an unchosen choice is empty)."""
        return [w.value if isinstance(w.value, str) else "" for w in self.inputs]

    def submit(self) -> None:
        """Check the boxes: plain words about text that cannot be checked, else the engine's feedback."""
        values = self.values()
        problems = [L.text(self.lang, "answer_forms.in_box", label=box.label, problem=found)
                    for box, value in zip(self.boxes, values, strict=True)
                    if (found := learner_text.problem(value, self.lang))]
        if problems:
            self.results = ()
            self.feedback.value = ""
            self.status.value = render.message(" ".join(problems), "hint")
            return
        note = learner_text.markup_note(self.lang) if any(map(learner_text.has_markup, values)) else ""
        self.status.value = render.message(note, "hint")
        self.results = tuple(self.check(values))
        self.feedback.value = "".join(panel_html(result) for result in self.results)

    @property
    def finished(self) -> bool:
        """Every checked answer is written (forms without a verdict count as finished once shown)."""
        return bool(self.results) and all(getattr(r, "finished", True) for r in self.results)

    @property
    def passed(self) -> bool:
        """Every check that can pass has passed."""
        checked = [r for r in self.results if isinstance(r, CheckResult)]
        return bool(checked) and all(r.passed for r in checked)


# --- The kinds of form: their boxes, their check and their button ---

def _delivery_options(lang: str) -> tuple[tuple[str, str], ...]:
    panel = E.delivery_options(lang)
    return tuple((f"{item.label}: {item.lines[0]}", letter) for item, letter in zip(panel.items, E.DELIVERIES,
                                                                                    strict=True))


def _kinds(lang: str) -> dict[str, tuple[tuple[Box, ...], Check, str]]:
    s = lambda key, **kw: L.text(lang, f"answer_forms.{key}", **kw)  # noqa: E731
    return {
        "try-question": ((Box(s("question")),), lambda v: (E.try_question(v[0], lang),), s("try")),
        "role-reversal": ((Box(s("order")), Box(s("purpose"))),
                          lambda v: (E.role_reversal(v[0], v[1], lang),), s("show")),
        "confirmation": ((Box(s("confirmation"), "text"),), lambda v: (E.check_confirmation(v[0], lang),), s("check")),
        "pitch": ((Box(s("pitch"), "text"),), lambda v: (E.check_pitch(v[0], lang),), s("check")),
        "pitch-reply": ((Box(s("pitch"), "text"),),
                        lambda v: (E.check_pitch(v[0], lang), E.show_next_order(v[0], lang)), s("check")),
        "open-rewrites": (tuple(Box(s("rewrite_n", n=i), "line") for i in range(1, len(E.closed_questions(lang)) + 1)),
                          lambda v: (E.check_open_rewrites(v, lang),), s("check")),
        "questions": (tuple(Box(s("question_n", n=i)) for i in range(1, QUESTION_BOXES + 1)),
                      lambda v: (E.check_questions(v, lang, scenario=QUESTIONS_SCENARIO),), s("check")),
        "delivery": ((Box(s("delivery"), "choice", _delivery_options(lang)),),
                     lambda v: (E.check_delivery(v[0], lang),), s("check")),
    }


QUESTION_BOXES = 6  # exercise 02 asks for six questions
QUESTIONS_SCENARIO = "care-tablets"  # exercise 02's order: Lena's tablets
KINDS: tuple[str, ...] = ("try-question", "role-reversal", "confirmation", "pitch", "pitch-reply",
                          "open-rewrites", "questions", "delivery")


def kind_of(name: str) -> str:
    """The kind of form ``name`` is: ``"01-pitch"`` is a ``"pitch"``."""
    number, _, rest = name.partition("-")
    return rest if number.isdigit() and rest else name


def answer_form(name: str, lang: str = "sv", model_answers: bool = False) -> AnswerForm:
    """The form ``name`` in ``lang``; with ``model_answers``, filled in from the model answers and checked."""
    kind = kind_of(name)
    forms = _kinds(lang)
    if kind not in forms:
        raise ValueError(f"unknown answer form {name!r}: the kinds are {', '.join(KINDS)}")
    boxes, check, button = forms[kind]
    values = None
    if model_answers:
        answer = model_answers_for(name, lang)
        values = [answer] if isinstance(answer, str) else list(answer)
    form = AnswerForm(lang, boxes, check, button, values)
    if model_answers and "ol-hint" not in form.status.value:
        form.status.value = render.message(L.text(lang, "answer_forms.model_answers"), "ok")
    return form


def model_answers_for(name: str, lang: str) -> model_answers.Answer:
    """The model answer of the exercise form ``name`` (``KeyError`` if it has none)."""
    return model_answers.get(name, L.check_lang(lang))
