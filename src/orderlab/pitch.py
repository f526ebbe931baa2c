"""Purpose-pitch scoring: which of the brief's criteria a pitch meets, which sentence met it, and why.

The pitch is read sentence by sentence by a learned model (``understanding.pitch_reader``). Six
positive criteria share 100 points; blame and a length outside about 40 to 150 words take points
away. Every criterion carries a finding (a key and the sentence that met it), made into a line of
feedback in the learner's language only where it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import lang as L
from .errors import InputError
from .text import clip, normalise, words
from .understanding.pitch_reader import CRITERIA as READ_CRITERIA
from .understanding.pitch_reader import Sentence, read

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
QUOTE_CHARS = 160  # a quoted sentence is cut for display after this many characters


@dataclass(frozen=True)
class PitchFinding:
    """One criterion's verdict: met or not, and the sentence that met it."""

    criterion: str
    met: bool
    sentence: str = ""

    def text(self, lang: str) -> str:
        name = L.text(lang, f"ui.crit_{self.criterion}")
        if self.criterion == "blame":
            return L.text(lang, "ui.pitch_blame_found_in", sentence=clip(self.sentence, QUOTE_CHARS))
        if self.met and self.sentence:
            return L.text(lang, "ui.pitch_met_by", criterion=name, sentence=clip(self.sentence, QUOTE_CHARS))
        return L.text(lang, "ui.pitch_met" if self.met else "ui.pitch_missed", criterion=name)


@dataclass(frozen=True)
class PitchScore:
    """The score of one pitch: 0-100, each criterion met or not, the sentences that met them."""

    score: int
    criteria: dict[str, bool]
    findings: tuple[PitchFinding, ...]
    words: int
    lang: str = "sv"
    sentences: tuple[Sentence, ...] = ()

    @property
    def evidence(self) -> dict[str, str]:
        """For each criterion met, the sentence that met it most clearly."""
        return {f.criterion: f.sentence for f in self.findings if f.met and f.sentence}

    @property
    def feedback(self) -> tuple[str, ...]:
        lines = [f.text(self.lang) for f in self.findings]
        if not self.criteria["length"]:
            key = "pitch_too_short" if self.words < MIN_WORDS else "pitch_too_long"
            lines.append(L.text(self.lang, f"ui.{key}", n=self.words))
        return tuple(lines)

    def to_dict(self) -> dict:
        """The JSON shape of ``orderlab score-pitch``."""
        return {
            "score": self.score,
            "criteria": dict(self.criteria),
            "feedback": list(self.feedback),
            "words": self.words,
            "evidence": self.evidence,
        }


def score_pitch(
    text: str, lang: str, extra_words: Mapping[str, Sequence[str]] | None = None
) -> PitchScore:
    """Score a purpose pitch; ``extra_words`` adds a scenario's own words per criterion."""
    L.check_lang(lang)
    tokens = words(normalise(text))
    if not tokens:
        raise InputError(lang, "pitch_no_words" if text.strip() else "empty_pitch")
    sentences = read(text, lang, extra_words)
    best: dict[str, tuple[float, str]] = {}
    for s in sentences:
        for criterion, p in s.met:
            if p > best.get(criterion, (0.0, ""))[0]:
                best[criterion] = (p, s.text)
    criteria = {name: name in best for name in READ_CRITERIA}
    criteria["length"] = MIN_WORDS <= len(tokens) <= MAX_WORDS
    findings = [PitchFinding(name, criteria[name], best.get(name, (0.0, ""))[1]) for name in WEIGHTS]
    score = sum(w for name, w in WEIGHTS.items() if criteria[name])
    if criteria["blame"]:
        score -= BLAME_PENALTY
        findings.append(PitchFinding("blame", True, best["blame"][1]))
    if not criteria["length"]:
        score -= LENGTH_PENALTY
    return PitchScore(max(0, min(100, score)), criteria, tuple(findings), len(tokens), lang, sentences)
