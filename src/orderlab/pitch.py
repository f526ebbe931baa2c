"""Purpose-pitch scoring: which of the brief's criteria a pitch meets, and why.

Six positive criteria share 100 points; blame and a length outside about 40 to 150
words take points away. Every criterion carries a line of feedback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from . import lang as L
from .errors import InputError
from .text import Lexicon, normalise, words

WEIGHTS: dict[str, int] = {
    "acknowledge": 15,
    "purpose": 20,
    "end_customer": 20,
    "evidence": 15,
    "proposal": 15,
    "invite": 15,
}
BLAME_PENALTY = 30
LENGTH_PENALTY = 10
MIN_WORDS, MAX_WORDS = 40, 150
CRITERIA: tuple[str, ...] = (*WEIGHTS, "blame", "length")


@dataclass(frozen=True)
class PitchScore:
    """The score of one pitch: 0-100, each criterion met or not, and feedback lines."""

    score: int
    criteria: dict[str, bool]
    feedback: tuple[str, ...]
    words: int

    def to_dict(self) -> dict:
        """The JSON shape of ``orderlab score-pitch``."""
        return {
            "score": self.score,
            "criteria": dict(self.criteria),
            "feedback": list(self.feedback),
            "words": self.words,
        }


@cache
def _lexicon(lang: str, criterion: str, extra: tuple[str, ...]) -> Lexicon:
    return Lexicon([*L.words(lang)[f"pitch_{criterion}"], *extra])


def score_pitch(
    text: str, lang: str, extra_words: Mapping[str, Sequence[str]] | None = None
) -> PitchScore:
    """Score a purpose pitch; ``extra_words`` adds a scenario's own words per criterion."""
    L.check_lang(lang)
    norm = normalise(text)
    tokens = words(norm)
    if not tokens:
        raise InputError(lang, "pitch_no_words" if text.strip() else "empty_pitch")
    extra = extra_words or {}

    def has(criterion: str) -> bool:
        return _lexicon(lang, criterion, tuple(extra.get(criterion, ()))).matches(tokens)

    criteria = {name: has(name) for name in WEIGHTS}
    criteria["evidence"] = criteria["evidence"] or any(ch.isdigit() for ch in norm)
    criteria["blame"] = has("blame")
    criteria["length"] = MIN_WORDS <= len(tokens) <= MAX_WORDS

    score = sum(w for name, w in WEIGHTS.items() if criteria[name])
    feedback = [
        L.text(lang, "pitch_met" if criteria[name] else "pitch_missed",
               criterion=L.text(lang, f"crit_{name}"))
        for name in WEIGHTS
    ]
    if criteria["blame"]:
        score -= BLAME_PENALTY
        feedback.append(L.text(lang, "pitch_blame_found"))
    if not criteria["length"]:
        score -= LENGTH_PENALTY
        key = "pitch_too_short" if len(tokens) < MIN_WORDS else "pitch_too_long"
        feedback.append(L.text(lang, key, n=len(tokens)))
    return PitchScore(max(0, min(100, score)), criteria, tuple(feedback), len(tokens))
