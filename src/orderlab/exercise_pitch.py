"""The pitch: exercise 01's purpose pitch, and notebook 04 and exercise 04 (criteria, evidence, outcomes).

Engine side: every function returns an ``orderlab.panel.Panel`` (data); ``orderlab.present``
draws it. Importable from ``orderlab.exercise`` as well.
"""

from __future__ import annotations

from . import lang as L
from .errors import InputError
from .exercise_common import EXAMPLE_PITCHES, SCENARIO, STRONG_PITCH, is_unfinished, pitch_words
from .findings import texts
from .panel import CheckResult, Item, Panel
from .pitch import BLAME_PENALTY, LENGTH_PENALTY, MAX_WORDS, MIN_WORDS, PitchScore, score_pitch
from .pitch import WEIGHTS as PITCH_WEIGHTS
from .scenario import Scenario
from .scenario import get as get_scenario
from .session import Session, band


def pitch_passes(score: PitchScore) -> bool:
    """A pitch passes when it reaches the role-play's strong band and does not blame."""
    return band(score.score) == "strong" and not score.criteria["blame"]


def check_pitch(pitch: object, lang: str = "sv") -> CheckResult:
    """Score the learner's purpose pitch with the role-play's rules and say what is missing."""
    title = L.text(lang, "exercises.pitch_title")
    label = L.text(lang, "exercises.pitch_label")
    if is_unfinished(pitch):
        return CheckResult(lang, title, (), L.text(lang, "exercises.pitch_todo"))
    if not isinstance(pitch, str):
        return CheckResult(lang, title, (), L.text(lang, "exercises.pitch_not_text"))
    try:
        score = score_pitch(pitch, lang, pitch_words(lang))
    except InputError as exc:  # punctuation only: no words to score
        return CheckResult(
            lang, title, (Item(label, "todo", pitch.strip(), (exc.message,)),), L.text(lang, "exercises.pitch_todo")
        )
    passed = pitch_passes(score)
    lines = (L.text(lang, "exercises.pitch_score", score=score.score, words=score.words), *texts(score.feedback, lang))
    verdict = (L.text(lang, "exercises.pitch_passed", score=score.score) if passed
               else L.text(lang, "exercises.pitch_fix", need=STRONG_PITCH))
    item = Item(label, "ok" if passed else "fix", pitch.strip(), lines)
    return CheckResult(lang, title, (item,), verdict, True, passed)


# --- Notebook 04 and exercise 04: the pitch, the evidence, and where the pitch leads ---

def show_pitch_criteria(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The pitch criteria with what each is worth, as the role-play scores them."""
    name = get_scenario(scenario).requester_name
    items = [Item(L.text(lang, f"ui.crit_{c}"), "info", None,
                  (L.text(lang, f"exercises.crit_help_{c}"), L.text(lang, "exercises.crit_points", n=w)))
             for c, w in PITCH_WEIGHTS.items()]
    items.append(
        Item(
            L.text(lang, "ui.crit_blame"),
            "poor",
            None,
            (L.text(lang, "exercises.crit_help_blame"), L.text(lang, "exercises.crit_penalty", n=BLAME_PENALTY)),
        )
    )
    items.append(Item(L.text(lang, "ui.crit_length"), "poor", None,
                      (L.text(lang, "exercises.crit_help_length", min=MIN_WORDS, max=MAX_WORDS),
                       L.text(lang, "exercises.crit_penalty", n=LENGTH_PENALTY))))
    return Panel(lang, L.text(lang, "exercises.criteria_title"), tuple(items),
                 L.text(lang, "exercises.criteria_verdict", need=STRONG_PITCH, name=name))


def show_evidence(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The facts and figures the scenario offers as evidence for a pitch."""
    s = get_scenario(scenario)
    items = tuple(
        Item(L.text(lang, "exercises.evidence_n", n=i), "info", None, (e[lang],)) for i, e in enumerate(s.evidence, 1)
    )
    return Panel(lang, L.text(lang, "exercises.evidence_title"), items)


def example_pitch(kind: str, lang: str = "sv") -> str:
    """One of notebook 04's example pitches: ``lecture``, ``thin`` or ``strong``."""
    if kind not in EXAMPLE_PITCHES:
        raise ValueError(f"unknown example pitch {kind!r}: choose one of {', '.join(EXAMPLE_PITCHES)}")
    return EXAMPLE_PITCHES[kind][L.check_lang(lang)]


def _outcome_lines(pitch: str, lang: str, scenario: Scenario) -> tuple[str, str, tuple[str, ...]]:
    """Deliver as ordered, send the pitch, and return the band, the score line and what happens next."""
    session = Session(scenario, lang)
    session.deliver("ordered")
    influence = session.pitch(pitch)
    name = scenario.requester_name
    return influence.band, L.text(lang, f"exercises.band_{influence.band}", score=influence.pitch.score, name=name), (
        L.text(lang, "exercises.reaction_line", name=name, text=influence.reaction),
        L.text(lang, "exercises.next_order_line", text=influence.next_order),
    )


_BAND_STATUS = {"strong": "good", "fair": "info", "weak": "poor"}


def compare_pitches(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The three example pitches, each sent after delivering as ordered: score, reaction and next order."""
    s = get_scenario(scenario)
    items = []
    for kind in EXAMPLE_PITCHES:
        text = example_pitch(kind, lang)
        which, score_line, lines = _outcome_lines(text, lang, s)
        feedback = texts(score_pitch(text, lang, pitch_words(lang, scenario)).feedback, lang)
        items.append(
            Item(L.text(lang, f"exercises.pitch_ex_{kind}"), _BAND_STATUS[which], text, (score_line, *feedback, *lines))
        )
    return Panel(lang, L.text(lang, "exercises.pitches_title"), tuple(items))


def show_draft(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """Exercise 04's starting point: a colleague's lecturing draft, scored, with where it would lead."""
    s = get_scenario(scenario)
    text = example_pitch("lecture", lang)
    which, score_line, lines = _outcome_lines(text, lang, s)
    feedback = texts(score_pitch(text, lang, pitch_words(lang, scenario)).feedback, lang)
    item = Item(L.text(lang, "exercises.draft_label"), _BAND_STATUS[which], text, (score_line, *feedback, *lines))
    return Panel(lang, L.text(lang, "exercises.draft_title"), (item,))


def show_next_order(pitch: object, lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """What the requester replies to the learner's pitch, and what she orders next time."""
    title = L.text(lang, "exercises.next_title")
    if is_unfinished(pitch) or not isinstance(pitch, str):
        return Panel(lang, title, (), L.text(lang, "exercises.next_todo"))
    s = get_scenario(scenario)
    try:
        which, score_line, lines = _outcome_lines(pitch, lang, s)
    except InputError:  # punctuation only
        return Panel(lang, title, (), L.text(lang, "exercises.next_todo"))
    return Panel(
        lang, title, (Item(L.text(lang, "exercises.pitch_label"), _BAND_STATUS[which], None, (score_line, *lines)),)
    )


__all__ = ["check_pitch", "compare_pitches", "example_pitch", "pitch_passes", "show_draft", "show_evidence",
           "show_next_order", "show_pitch_criteria"]
