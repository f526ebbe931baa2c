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
from .findings import Finding
from .terms import PITCH_BLAME, PITCH_CRITERIA, PITCH_READ
from .text import normalise, words
from .understanding.pitch_reader import Sentence, read

# Points per criterion met, in terms.PITCH_CRITERIA's order: acknowledge 15, purpose 20, end_customer 20,
# evidence 15, proposal 15, invite 15.
WEIGHTS: dict[str, int] = dict(zip(PITCH_CRITERIA, (15, 20, 20, 15, 15, 15), strict=True))
BLAME_PENALTY = 30
LENGTH_PENALTY = 10
MIN_WORDS, MAX_WORDS = 40, 150
CRITERIA: tuple[str, ...] = (*PITCH_READ, "length")


@dataclass(frozen=True)
class PitchFinding:
    """One criterion's verdict: met or not, and the sentence that met it."""

    criterion: str
    met: bool
    sentence: str = ""

    @property
    def finding(self) -> Finding:
        """The verdict as stored and shown: a key, the criterion and the sentence."""
        if self.criterion == PITCH_BLAME:
            return Finding.of("pitch_blame_found_in", sentence=self.sentence)
        if self.met and self.sentence:
            return Finding.of("pitch_met_by", criterion=self.criterion, sentence=self.sentence)
        return Finding.of("pitch_met" if self.met else "pitch_missed", criterion=self.criterion)

    def text(self, lang: str) -> str:
        return self.finding.text(lang)


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
    def feedback(self) -> tuple[Finding, ...]:
        """Every criterion's verdict and the length's, as keys and parameters."""
        lines = [f.finding for f in self.findings]
        if not self.criteria["length"]:
            lines.append(Finding.of("pitch_too_short" if self.words < MIN_WORDS else "pitch_too_long", n=self.words))
        return tuple(lines)

    def to_dict(self) -> dict:
        """The JSON shape of ``orderlab score-pitch``."""
        return {
            "score": self.score,
            "criteria": dict(self.criteria),
            "feedback": [f.text(self.lang) for f in self.feedback],
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
    criteria = {name: name in best for name in PITCH_READ}
    criteria["length"] = MIN_WORDS <= len(tokens) <= MAX_WORDS
    findings = [PitchFinding(name, criteria[name], best.get(name, (0.0, ""))[1]) for name in WEIGHTS]
    score = sum(w for name, w in WEIGHTS.items() if criteria[name])
    if criteria[PITCH_BLAME]:
        score -= BLAME_PENALTY
        findings.append(PitchFinding(PITCH_BLAME, True, best[PITCH_BLAME][1]))
    if not criteria["length"]:
        score -= LENGTH_PENALTY
    return PitchScore(max(0, min(100, score)), criteria, tuple(findings), len(tokens), lang, sentences)
