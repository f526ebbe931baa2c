"""What every exercise check shares: the course scenario, its content, the strings and small tests.

``orderlab.exercise`` (notebooks 01-02), ``exercise_delivery`` (03) and ``exercise_pitch`` (04)
build on this; the examples, plans and pitches are data, read by ``orderlab.exercise_content``
from ``scenarios/exercises/school-brochure.yaml``.
"""

from __future__ import annotations

from types import EllipsisType

from . import exercise_content
from .exercise_content import ExerciseContent
from .scenario import get as get_scenario
from .session import band
from .terms import FIRST_SCENARIO as SCENARIO
from .understanding.vocabulary import Vocabulary, of_scenario

# Flags that make a rewrite fail even when its form is open, in the order they are reported.
TRAPS: tuple[str, ...] = ("leading", "solution", "stacked")
# The lowest pitch score in the role-play's "strong" band: the pitch that changes the next order.
STRONG_PITCH: int = next(s for s in range(101) if band(s) == "strong")

# The course content for SCENARIO (examples, plans, pitches, ...) is data, read once from
# scenarios/exercises/school-brochure.yaml; the names below keep it importable from here.
CONTENT: ExerciseContent = exercise_content.get(SCENARIO)
# Closed questions for exercise 1 to rewrite, each with the topic it is about.
CLOSED_QUESTIONS: tuple[tuple[str, dict[str, str]], ...] = CONTENT.closed_questions
# By language: a closed question, an open one and one that proposes a solution (notebook 01).
EXAMPLE_QUESTIONS: dict[str, tuple[str, str, str]] = CONTENT.example_questions
# Scored examples for notebook 02 by kind, each with the label that says what it shows.
EXAMPLES: dict[str, tuple[tuple[str, dict[str, str]], ...]] = CONTENT.examples
# The ten topics: why each matters and an open question about it, by language.
TOPIC_GUIDE: dict[str, dict[str, tuple[str, str]]] = CONTENT.topic_guide
# Two ways to prepare for the meeting: a colleague's questions (weak) and consultative ones (strong).
PLANS: dict[str, dict[str, tuple[str, ...]]] = CONTENT.plans
# A delivery that changes one field of the order on the professional's own initiative.
MIXED_DELIVERY: dict[str, str] = CONTENT.mixed_delivery
# The three deliveries of notebook 03 and exercise 03, by the letter the learner writes.
DELIVERIES: dict[str, str | dict[str, str]] = {"A": "ordered", "B": "alternative", "C": MIXED_DELIVERY}
# A complete confirmation of the order, used to compare deliveries.
EXAMPLE_CONFIRMATION: dict[str, str] = CONTENT.example_confirmation
# Notebook 04's pitches: one that lectures, one that only thanks, and one that influences.
EXAMPLE_PITCHES: dict[str, dict[str, str]] = CONTENT.example_pitches
# What a hurried support colleague asks about any order: closed, leading or selling a solution.
WEAK_QUESTIONS: dict[str, tuple[str, ...]] = CONTENT.weak_questions


def is_unfinished(answer: object) -> bool:
    """True for the placeholders a learner has not replaced yet: ``...``, ``""`` or blanks."""
    return isinstance(answer, EllipsisType) or (isinstance(answer, str) and not answer.strip())


def same_text(text: str) -> str:
    """A question as compared for duplicates: lower case, single spaces, no closing punctuation."""
    return " ".join(text.lower().split()).rstrip(" ?!.")


def scenario_vocabulary(lang: str, scenario: str = SCENARIO) -> Vocabulary:
    """What the scenario says about its topics: the role-play reads questions with it, so the exercises do too."""
    return of_scenario(get_scenario(scenario), lang)


def pitch_words(lang: str, scenario: str = SCENARIO) -> dict[str, tuple[str, ...]]:
    """The scenario's pitch words in ``lang``, as the role-play scores a pitch with them."""
    return {k: tuple(v.get(lang, ())) for k, v in get_scenario(scenario).pitch_words.items()}


__all__ = ["CLOSED_QUESTIONS", "CONTENT", "DELIVERIES", "EXAMPLES", "EXAMPLE_CONFIRMATION", "EXAMPLE_PITCHES",
           "EXAMPLE_QUESTIONS", "MIXED_DELIVERY", "PLANS", "SCENARIO", "STRONG_PITCH", "TOPIC_GUIDE",
           "TRAPS", "WEAK_QUESTIONS", "is_unfinished", "pitch_words", "same_text", "scenario_vocabulary"]
