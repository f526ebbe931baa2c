"""Question scoring: points for one analysed turn, each with its reason.

The turn is read once (``orderlab.understanding.analyse``); this module only decides what it is
worth. Findings carry a key and parameters, not sentences: ``Finding.text(lang)`` makes the
sentence where it is shown, so a stored finding survives a change of wording or language.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from . import findings as F
from .terms import FLAGS, FORMS
from .understanding import Analysis, Context, analyse
from .understanding.vocabulary import Vocabulary

POINTS = {"open": 2, "closed": 1, "reflection": 1, "topic": 1, "follow_up": 1,
          "leading": -1, "solution": -2, "stacked": -1, "guided": 1}

__all__ = ["FLAGS", "FORMS", "POINTS", "Finding", "QuestionScore", "score_analysis", "score_question"]


class Finding(NamedTuple):
    """One rule's verdict: which rule, how many points, and the key and parameters of its reason."""

    rule: str
    points: int
    key: str
    params: tuple[tuple[str, object], ...] = ()

    @property
    def finding(self) -> F.Finding:
        """The reason as stored and shown: its key, with the points among its parameters."""
        return F.Finding.of(self.key, **dict(self.params), points=self.points)

    def text(self, lang: str) -> str:
        """The reason as a sentence in ``lang``."""
        return self.finding.text(lang)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "points": self.points, "key": self.key, "params": dict(self.params)}


class QuestionScore(NamedTuple):
    """The score of one learner turn, and the analysis it was made from (its text, form and flags)."""

    topics: tuple[str, ...]
    points: int
    findings: tuple[Finding, ...]
    analysis: Analysis
    reflection: bool = False
    guided: bool = False  # a proposal made with permission once the purpose was clear: guiding, not pushing

    @property
    def text(self) -> str:
        return self.analysis.text

    @property
    def lang(self) -> str:
        return self.analysis.lang

    @property
    def form(self) -> str:
        return self.analysis.form

    @property
    def flags(self) -> tuple[str, ...]:
        return self.analysis.flags

    @property
    def act(self) -> str:
        return self.analysis.act

    @property
    def feedback(self) -> tuple[F.Finding, ...]:
        """Every finding's reason, as keys and parameters (``findings.texts`` makes the sentences)."""
        return tuple(f.finding for f in self.findings)

    def as_guidance(self) -> QuestionScore:
        """This proposal scored as guiding: the penalty for pushing a solution becomes credit."""
        findings = tuple(_finding("guided", "reason_guided") if f.rule == "solution" else f for f in self.findings)
        return self._replace(findings=findings, points=sum(f.points for f in findings), guided=True)

    def to_dict(self) -> dict:
        """The JSON shape of ``orderlab score-questions``."""
        return {
            "text": self.text,
            "form": self.form,
            "flags": list(self.flags),
            "topics": list(self.topics),
            "points": self.points,
            "feedback": list(F.texts(self.feedback, self.lang)),
            "act": self.act,
            "evidence": {t.topic: list(t.evidence) for t in self.analysis.topics},
        }


@cache
def _finding(rule: str, key: str, points: int | None = None) -> Finding:
    return Finding(rule, POINTS.get(rule, 0) if points is None else points, key)


_FORM_FINDINGS = {form: Finding("form", POINTS.get(form, 0), f"reason_{form}") for form in FORMS}
_SCORED_FLAGS = ("leading", "solution", "stacked")  # not_a_question shows in the form finding already
_FLAG_FINDINGS = {flag: Finding(flag, POINTS[flag], f"reason_{flag}") for flag in _SCORED_FLAGS}


_REFLECTION = Finding("reflection", POINTS["reflection"], "reason_reflection")
_SMALL_TALK = Finding("form", 0, "reason_small_talk")
# Fields by position, read in C: Finding.points, TopicEvidence.topic and TopicEvidence.evidence.
_POINTS_OF, _TOPIC_OF, _EVIDENCE_OF = operator.itemgetter(1), operator.itemgetter(0), operator.itemgetter(2)
# Makes a named tuple from a tuple of all its fields, without the class's Python-level ``__new__``: a score
# and its findings are made for every turn, and this is about twice as fast.
_make = tuple.__new__


# Order matters: form first, then what the turn does, the flags, the topics, and the rewrite last.
def score_analysis(a: Analysis) -> QuestionScore:
    """The points an analysed turn earns, each finding with its reason's key."""
    # The analysis's fields as locals: one is scored for every turn (benchmarks/understanding.py).
    _, _, form, flags, topics, act, refers_to, reflection, _, other_language, _, _ = a
    findings: list[Finding] = []
    if other_language:
        findings.append(Finding("other_language", 0, "reason_other_language", (("other", other_language),)))
    if reflection:
        findings.append(_REFLECTION)
    elif act == "small_talk" and form == "none":
        findings.append(_SMALL_TALK)
    else:
        findings.append(_FORM_FINDINGS.get(form) or _finding("form", f"reason_{form}", POINTS.get(form, 0)))
    if flags:
        findings += [_FLAG_FINDINGS[flag] for flag in _SCORED_FLAGS if flag in flags]
    names = tuple(map(_TOPIC_OF, topics))
    if names and form != "none":
        findings.append(_make(Finding, ("topic", POINTS["topic"], "reason_topic",
                                        (("topics", names), ("evidence", tuple(map(_EVIDENCE_OF, topics)))))))
    elif act == "follow_up" and refers_to:
        findings.append(Finding("follow_up", POINTS["follow_up"], "reason_follow_up", (("topic", refers_to),)))
    if form == "closed" or "leading" in flags:
        findings.append(_make(Finding, ("suggest", 0, "suggest_open", (("for_topic", names[0] if names else None),))))
    return _make(QuestionScore, (names, sum(map(_POINTS_OF, findings)), tuple(findings), a, reflection, False))


def score_question(text: str, lang: str, topic_keywords: Mapping[str, Sequence[str]] | None = None,
                   context: Context | None = None, vocabulary: Vocabulary | None = None) -> QuestionScore:
    """Score one learner turn.

    ``vocabulary`` is what the scenario says about its topics (``understanding.vocabulary.of_scenario``);
    ``topic_keywords`` gives only a scenario's own words per topic. ``context`` is the conversation so far.
    """
    return score_analysis(analyse(text, lang, context, topic_keywords, vocabulary))
