"""Step 1 as a whole: how consultative a series of questions was, scored 0-100."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import lang as L
from .findings import Finding
from .percent import percent
from .questions import QuestionScore
from .text import Lexicon, normalise, words
from .understanding import lang as W

# What the step's 100 points are made of.
WEIGHTS = {"open_share": 25, "coverage": 35, "purpose_first": 15, "restraint": 10, "depth": 10, "reflection": 5}
GOOD_OPEN, FAIR_OPEN = 0.7, 0.5  # MITI thresholds for the share of open questions
RESTRAINT_COST = 5  # points lost for each leading or solution-pushing question
FULL_DEPTH = 3  # follow-ups in a row that earn the whole depth share
MAX_DEPTH = 5  # "five whys": deeper than this is not counted
_MIN_SHARED = 5  # letters a word needs before sharing it counts as following up


@dataclass(frozen=True)
class ConversationScore:
    """Step 1's score with the findings behind it and the two most useful tips."""

    score: int
    questions: int
    open_share: float
    covered: tuple[str, ...]
    missed: tuple[str, ...]
    purpose_first: bool
    solutions: int
    leading: int
    reflections: int
    depth: int
    feedback: tuple[Finding, ...]  # keys and parameters: findings.texts makes the sentences where shown
    tips: tuple[Finding, ...]

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "questions": self.questions,
            "open_share": round(self.open_share, 3),
            "covered": list(self.covered),
            "missed": list(self.missed),
            "purpose_first": self.purpose_first,
            "solutions": self.solutions,
            "leading": self.leading,
            "reflections": self.reflections,
            "depth": self.depth,
            "feedback": [f.to_dict() for f in self.feedback],
            "tips": [f.to_dict() for f in self.tips],
        }


def follows_up(question: QuestionScore, reply: str, lang: str) -> bool:
    """Whether a question follows up the requester's previous answer.

    The analysis says so (its act is a follow-up: "Berätta mer", "Vad menar du med det?"), or it
    asks "why" about what was just said, or it picks up a longer word of that answer ("... trygg
    start? Vad menar du med trygg?").
    """
    if question.form == "none":
        return False
    if question.act == "follow_up":
        return True
    tokens = words(normalise(question.text))
    if question.form == "open" and _why(lang).starts(tokens):
        return True
    said = {w for w in words(normalise(reply)) if len(w) >= _MIN_SHARED}
    return bool(said & {w for w in tokens if len(w) >= _MIN_SHARED})


@cache
def _why(lang: str) -> Lexicon:
    return Lexicon(W.words(lang)["why_start"])


def follow_up_depth(scores: Sequence[QuestionScore], replies: Sequence[str] | None, lang: str) -> int:
    """The longest run of questions that each follow up the requester's previous answer (at most five)."""
    if not replies:
        return 0
    best = run = 0
    for i in range(1, min(len(scores), len(replies) + 1)):
        run = run + 1 if follows_up(scores[i], replies[i - 1], lang) else 0
        best = max(best, run)
    return min(best, MAX_DEPTH)


def score_conversation(
    scores: Sequence[QuestionScore], key_topics: Sequence[str], lang: str,
    replies: Sequence[str] | None = None,
) -> ConversationScore:
    """Score the consulting step from its scored questions and the scenario's key topics.

    ``replies`` (the requester's answers, in order) lets follow-up depth count.
    """
    L.check_lang(lang)
    asked = [s for s in scores if s.form != "none"]
    reflections = sum(s.reflection for s in scores)
    if not asked:
        return ConversationScore(0, 0, 0.0, (), tuple(key_topics), False, 0, 0,
                                 reflections, 0, (Finding("conv_no_questions"),), (Finding("tip_purpose"),))
    open_share = sum(s.form == "open" for s in asked) / len(asked)
    seen: list[str] = []
    for s in scores:
        seen.extend(t for t in s.topics if t not in seen)
    covered = tuple(t for t in key_topics if t in seen)
    missed = tuple(t for t in key_topics if t not in seen)
    purpose_at = seen.index("purpose") if "purpose" in seen else None
    format_at = seen.index("format") if "format" in seen else len(seen)
    purpose_first = purpose_at is not None and purpose_at < format_at
    solutions = sum("solution" in s.flags and not s.guided for s in scores)
    leading = sum("leading" in s.flags for s in scores)
    depth = follow_up_depth(scores, replies, lang)

    parts = {
        "open_share": WEIGHTS["open_share"] * min(1.0, open_share / GOOD_OPEN),
        "coverage": WEIGHTS["coverage"] * (len(covered) / len(key_topics) if key_topics else 1),
        "purpose_first": WEIGHTS["purpose_first"] if purpose_first else 0,
        "restraint": max(0, WEIGHTS["restraint"] - RESTRAINT_COST * (solutions + leading)),
        "depth": WEIGHTS["depth"] * min(depth, FULL_DEPTH) / FULL_DEPTH,
        "reflection": WEIGHTS["reflection"] if reflections else 0,
    }
    verdict = "good" if open_share >= GOOD_OPEN else "fair" if open_share >= FAIR_OPEN else "low"
    feedback = [Finding.of("conv_open_share", pct=percent(open_share), verdict=verdict)]
    if covered:
        feedback.append(Finding.of("conv_covered", topics=covered))
    if missed:
        feedback.append(Finding.of("conv_missed", topics=missed))
    key = ("conv_purpose_first" if purpose_first
           else "conv_purpose_missing" if purpose_at is None else "conv_purpose_late")
    feedback.append(Finding(key))
    if solutions:
        feedback.append(Finding.of("conv_solutions", n=solutions))
    if depth:
        feedback.append(Finding.of("conv_depth", n=depth))
    if reflections:
        feedback.append(Finding.of("conv_reflections", n=reflections))

    # The two most useful things to do differently, most important first.
    tips: list[Finding] = []
    if not purpose_first:
        tips.append(Finding("tip_purpose"))
    if solutions:
        tips.append(Finding("tip_solutions"))
    if open_share < GOOD_OPEN:
        tips.append(Finding("tip_open"))
    if leading:
        tips.append(Finding("tip_leading"))
    tips.extend(Finding.of("tip_missed", topic=t) for t in missed[:2])
    if replies and depth < 2:
        tips.append(Finding("tip_depth"))
    if not reflections:
        tips.append(Finding("tip_reflect"))
    return ConversationScore(
        round(sum(parts.values())), len(asked), open_share, covered, missed, purpose_first,
        solutions, leading, reflections, depth, tuple(feedback), tuple(tips[:2]),
    )
