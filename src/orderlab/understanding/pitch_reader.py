"""Reading a purpose pitch: which of its sentences meet which criterion, from a learned model.

A pitch is read sentence by sentence, so every criterion it meets can quote the sentence that met
it (and the learner can see which sentence earned a ✗). The features of a sentence are its words'
stems and pairs of stems, the pitch word lists as rules, numbers, a question mark and where the
sentence stands; the weights come from labelled pitches (``make train``) and ship as
``pitch.LANG.json``, read by ``model.py`` in pure Python. A scenario's words do not weigh on blame,
so the role-play and ``orderlab score-pitch`` read a sentence's tone alike, and a sentence that blames
does not acknowledge the delivery (``acknowledges``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..terms import PITCH_BLAME, PITCH_READ
from ..text import Lexicon, LexiconSet, normalise, words
from . import lang as W
from . import model as M
from .features import featuriser
from .langid import MARKERS

CRITERIA: tuple[str, ...] = PITCH_READ
ACKNOWLEDGE = "acknowledge"
SCENARIO = "k:"  # the prefix of the features of a scenario's own pitch words
M.EXPECTED["pitch"] = {"criteria": CRITERIA}
ANALYSED_CHARS = 8000  # a pitch is meant to be read in a minute; the rest of a long paste is not read
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_NUMBER_DOT = re.compile(r"(\d)\.(\d)")  # "4.2" and "1.500" are one number, not two sentences
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a pitch as the learner wrote it, and the criteria it meets (with their probability)."""

    text: str
    met: tuple[tuple[str, float], ...]
    probabilities: tuple[tuple[str, float], ...] = ()  # every criterion's, met or not

    @property
    def criteria(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.met)


def split(text: str) -> list[str]:
    """The sentences of a text as written: each ends at '.', '!', '?' or a line break."""
    guarded = _NUMBER_DOT.sub(lambda m: f"{m.group(1)}\x00{m.group(2)}", text[:ANALYSED_CHARS])
    out = []
    for m in _SENTENCE.finditer(guarded):
        piece = m.group(0).replace("\x00", ".").strip()
        if words(normalise(piece)):
            out.append(piece)
    return out


@cache
def _lexicons(lang: str) -> LexiconSet:
    return LexiconSet({c: W.words(lang)[f"pitch_{c}"] for c in CRITERIA})


@cache
def _extra(lang: str, frozen: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, Lexicon], ...]:
    return tuple((c, Lexicon(ws)) for c, ws in frozen if ws)


def freeze(extra: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in (extra or {}).items()))


def sentence_features(sentence: str, lang: str, index: int, count: int,
                      extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> list[str]:
    """Every feature of one sentence of a pitch (training and use share this function)."""
    feats = featuriser(lang)
    tokens = words(normalise(sentence))
    stems = [feats.stem(w) for w in tokens]
    # The small words of the language alone decide nothing ("the", "att"); in pairs they do ("as i", "som jag").
    small = MARKERS[lang]
    out = [f"s:{s}" for w, s in zip(tokens, stems, strict=True) if w not in small]
    out += [f"b:{a}_{b}" for a, b in pairwise(stems)]
    out += [f"r:{c}" for c in _lexicons(lang).first_hits(tokens)]
    out += [f"{SCENARIO}{c}" for c, lex in _extra(lang, extra) if lex.matches(tokens)]
    if stems:
        out.append(f"f:{stems[0]}")
    if _DIGIT.search(sentence):
        out.append("digit")
    if sentence.rstrip().endswith("?"):
        out.append("mark:?")
    if index == 0:
        out.append("pos:first")
    if index == count - 1:
        out.append("pos:last")
    out.append(f"len:{min(len(tokens) // 5, 6)}")
    return out


def acknowledges(probabilities: Mapping[str, float], threshold: float, blame_threshold: float) -> bool:
    """Whether a sentence acknowledges the delivery: a sentence that blames does not, however much it names
    the delivery. It must neither meet blame nor read more as blame than as acknowledgement
    ("You always order the wrong thing.", "Tryckta som du ville, men det var slöseri med pengar.")."""
    p, blame = probabilities[ACKNOWLEDGE], probabilities[PITCH_BLAME]
    return p >= threshold and p > blame and blame < blame_threshold


def _decoded(met: tuple[tuple[str, float], ...], probabilities: Mapping[str, float],
             thresholds: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """The criteria a sentence meets, with acknowledge kept from a sentence that blames (``acknowledges``)."""
    if acknowledges(probabilities, thresholds[ACKNOWLEDGE], thresholds[PITCH_BLAME]):
        return met
    return tuple((c, p) for c, p in met if c != ACKNOWLEDGE)


def read(text: str, lang: str, extra: Mapping[str, Sequence[str]] | None = None,
         model: M.LinearModel | None = None) -> tuple[Sentence, ...]:
    """Each sentence of the pitch with the criteria it meets."""
    lang = W.code(lang)  # a language that borrows another's scorer data reads with it
    model = model or M.get_named("pitch", lang)
    head = model.heads["criteria"]
    frozen = freeze(extra)
    limits = dict(zip(head.labels, head.thresholds, strict=True))
    blame = head.offset + head.labels.index(PITCH_BLAME)
    sentences = split(text)
    out = []
    for i, sentence in enumerate(sentences):
        found = [(f, r) for f in sentence_features(sentence, lang, i, len(sentences), frozen) if (r := model.row(f))]
        totals = [sum(col) for col in zip(model.bias, *(r for _, r in found), strict=True)]
        # A scenario's words say what a sentence is about, not its tone: blame is summed without them.
        totals[blame] = sum([model.bias[blame], *(r[blame] for f, r in found if not f.startswith(SCENARIO))])
        probabilities = tuple((c, M.sigmoid(totals[head.offset + k])) for k, c in enumerate(head.labels))
        met = tuple((c, p) for (c, p), t in zip(probabilities, head.thresholds, strict=True) if p >= t)
        met = _decoded(met, dict(probabilities), limits)
        out.append(Sentence(sentence, met, probabilities))
    return tuple(out)
