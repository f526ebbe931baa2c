"""Question scoring: points for one analysed turn, each with its reason.

The turn is read once (``orderlab.understanding.analyse``); this module only decides what it is
worth. Findings carry a key and parameters, not sentences: ``Finding.text(lang)`` makes the
sentence where it is shown, so a stored finding survives a change of wording or language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from . import lang as L
from .understanding import Analysis, Context, analyse
from .understanding.clauses import FLAGS, FORMS
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

    def text(self, lang: str) -> str:
        """The reason as a sentence in ``lang``."""
        return _render(self, lang)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "points": self.points, "key": self.key, "params": dict(self.params)}


def _render(f: Finding, lang: str) -> str:
    params = dict(f.params)
    if "topics" in params:
        params["topics"] = topic_list(lang, params["topics"], params.pop("evidence", None),  # type: ignore[arg-type]
                                      in_sentence=True)
    if "topic" in params:
        params["topic"] = L.topic_objects(lang)[str(params["topic"])]
    if f.key == "suggest_open":
        params["example"] = L.open_rewrite(lang, params.pop("for_topic", None))  # type: ignore[arg-type]
    return L.text(lang, f"ui.{f.key}", points=f.points, **params)


def topic_list(lang: str, topics: Sequence[str], evidence: Sequence[Sequence[str]] | None = None,
               in_sentence: bool = False) -> str:
    """Topic names joined for a list ("Ämnen: syfte, budget"), each with the words that carried it when known.

    ``in_sentence`` gives the forms a sentence needs, the last joined with "och"/"and": "Du frågar om
    syftet och budgeten".
    """
    names = L.topic_objects(lang) if in_sentence else L.topic_names(lang)
    parts = []
    for i, t in enumerate(topics):
        words = evidence[i] if evidence and i < len(evidence) else ()
        quoted = ", ".join(L.text(lang, "ui.quoted", word=w) for w in words)
        parts.append(L.text(lang, "ui.topic_with_evidence", topic=names[t], words=quoted) if words else names[t])
    if in_sentence:
        return join_and(lang, parts)
    return ", ".join(parts)


def join_and(lang: str, parts: Sequence[str]) -> str:
    """Parts joined as a sentence lists them: "a, b och c", "a, b and c"."""
    if len(parts) < 2:
        return "".join(parts)
    return L.text(lang, "ui.list_and", first=", ".join(parts[:-1]), last=parts[-1])


class QuestionScore(NamedTuple):
    """The score of one learner turn, and the analysis it was made from."""

    text: str
    lang: str
    form: str
    flags: tuple[str, ...]
    topics: tuple[str, ...]
    points: int
    findings: tuple[Finding, ...]
    analysis: Analysis
    reflection: bool = False
    guided: bool = False  # a proposal made with permission once the purpose was clear: guiding, not pushing

    @property
    def act(self) -> str:
        return self.analysis.act

    @property
    def feedback(self) -> tuple[str, ...]:
        """Every finding's reason, as sentences in the turn's language."""
        return tuple(f.text(self.lang) for f in self.findings)

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
            "feedback": list(self.feedback),
            "act": self.act,
            "evidence": {t.topic: list(t.evidence) for t in self.analysis.topics},
        }


@cache
def _finding(rule: str, key: str, points: int | None = None) -> Finding:
    return Finding(rule, POINTS.get(rule, 0) if points is None else points, key)


_SCORED_FLAGS = ("leading", "solution", "stacked")  # not_a_question shows in the form finding already
_FLAG_FINDINGS = {flag: Finding(flag, POINTS[flag], f"reason_{flag}") for flag in _SCORED_FLAGS}


# Order matters: form first, then what the turn does, the flags, the topics, and the rewrite last.
def score_analysis(a: Analysis) -> QuestionScore:
    """The points an analysed turn earns, each finding with its reason's key."""
    findings: list[Finding] = []
    if a.other_language:
        findings.append(Finding("other_language", 0, "reason_other_language",
                                (("other", L.text(a.lang, f"ui.language_{a.other_language}")),)))
    if a.reflection:
        findings.append(_finding("reflection", "reason_reflection"))
    elif a.act == "small_talk" and a.form == "none":
        findings.append(_finding("form", "reason_small_talk", 0))
    else:
        findings.append(_finding("form", f"reason_{a.form}", POINTS.get(a.form, 0)))
    if a.flags:
        findings += [_FLAG_FINDINGS[flag] for flag in _SCORED_FLAGS if flag in a.flags]
    names = tuple([t.topic for t in a.topics])
    if names and a.form != "none":
        findings.append(Finding("topic", POINTS["topic"], "reason_topic",
                                (("topics", names), ("evidence", tuple([t.evidence for t in a.topics])))))
    elif a.act == "follow_up" and a.refers_to:
        findings.append(Finding("follow_up", POINTS["follow_up"], "reason_follow_up", (("topic", a.refers_to),)))
    if a.form == "closed" or "leading" in a.flags:
        findings.append(Finding("suggest", 0, "suggest_open", (("for_topic", names[0] if names else None),)))
    return QuestionScore(a.text, a.lang, a.form, a.flags, names, sum([f.points for f in findings]),
                         tuple(findings), a, a.reflection)


def score_question(text: str, lang: str, topic_keywords: Mapping[str, Sequence[str]] | None = None,
                   context: Context | None = None, vocabulary: Vocabulary | None = None) -> QuestionScore:
    """Score one learner turn.

    ``vocabulary`` is what the scenario says about its topics (``understanding.vocabulary.of_scenario``);
    ``topic_keywords`` gives only a scenario's own words per topic. ``context`` is the conversation so far.
    """
    return score_analysis(analyse(text, lang, context, topic_keywords, vocabulary))
