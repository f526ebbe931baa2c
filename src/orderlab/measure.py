"""How well the course understands what learners write, measured on text it was not trained on.

Shared by ``benchmarks/understanding.py`` (which prints every figure) and the tests (which keep floors
just under them). Nothing here tunes anything: it reads the shipped models and the labelled data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import scenario as S
from .parsed_yaml import parse as parse_yaml
from .pitch import score_pitch
from .questions import score_question
from .requester import Requester
from .understanding.analysis import TOPICS, Context
from .understanding.pitch_reader import CRITERIA
from .understanding.vocabulary import of_scenario

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


@dataclass(frozen=True)
class Labelled:
    """One labelled turn as the data files hold it."""

    text: str
    scenario: str | None
    context: str | None
    form: str
    flags: tuple[str, ...]
    topics: tuple[str, ...]
    act: str | None


def turns(path: Path) -> list[Labelled]:
    return [Labelled(str(r["text"]), r.get("scenario"), r.get("context"), r["form"], tuple(r.get("flags") or ()),
                     tuple(r.get("topics") or ()), r.get("act"))
            for r in parse_yaml(path.read_text(encoding="utf-8")) or []]


def _scored(items: Sequence[Labelled], lang: str) -> list[Any]:
    """Each turn scored as in a meeting: with its scenario, and after the requester's line when it has one."""
    out = []
    for it in items:
        vocabulary = of_scenario(S.get(it.scenario), lang) if it.scenario else None
        context = Context(last_reply=it.context) if it.context else None
        out.append(score_question(it.text, lang, context=context, vocabulary=vocabulary))
    return out


def f1(gold: Iterable[Iterable[str]], got: Iterable[Iterable[str]]) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, got, strict=True):
        g, p = set(g), set(p)
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def turn_figures(items: Sequence[Labelled], lang: str) -> dict[str, float]:
    """Topic micro-F1, form accuracy, exact flags and act accuracy of the shipped reader on ``items``."""
    scores = _scored(items, lang)
    with_act = [(it, s) for it, s in zip(items, scores, strict=True) if it.act]
    return {
        "turns": len(items),
        "topic_f1": round(f1([it.topics for it in items], [s.topics for s in scores]), 3),
        "form": round(sum(it.form == s.form for it, s in zip(items, scores, strict=True)) / len(items), 3),
        "flags": round(sum(set(it.flags) == set(s.flags) for it, s in zip(items, scores, strict=True)) / len(items), 3),
        "act": round(sum(it.act == s.act for it, s in with_act) / len(with_act), 3) if with_act else float("nan"),
    }


def per_topic(items: Sequence[Labelled], lang: str) -> dict[str, float]:
    scores = _scored(items, lang)
    out = {}
    for t in TOPICS:
        out[t] = round(f1([[t] if t in it.topics else [] for it in items],
                          [[t] if t in s.topics else [] for s in scores]), 3)
    return out


def first_question_topic(items: Sequence[Labelled], lang: str) -> tuple[float, int]:
    """Share of questions, asked first in a fresh meeting, that the requester answers from a right topic.

    The questions are the labelled turns of a scenario whose act is a question and whose topics the
    scenario has facts for. A reply from any of the labelled topics counts.
    """
    hits = n = 0
    for it in items:
        if not it.scenario or it.act != "question" or it.form == "none" or not it.topics:
            continue
        sc = S.get(it.scenario)
        if not set(it.topics) & set(sc.facts):
            continue
        requester = Requester(sc, lang)
        reply = requester.reply(score_question(it.text, lang, context=requester.context,
                                               vocabulary=of_scenario(sc, lang)))
        n += 1
        hits += reply.topic in it.topics
    return (hits / n if n else float("nan")), n


def follow_ups_continue(items: Sequence[Labelled], lang: str) -> tuple[float, int]:
    """Share of follow-ups that continue the topic just answered with something not told yet.

    Every labelled follow-up that names no topic of its own is asked after an opening question on each
    key topic of its scenario (the first example question of that topic's first item).
    """
    hits = n = 0
    for it in items:
        if it.act != "follow_up" or it.topics or it.form == "none" or not it.scenario:
            continue
        sc = S.get(it.scenario)
        vocabulary = of_scenario(sc, lang)
        for topic in sc.key_topics:
            opening = next((q for i in sc.facts[topic].items for q in i.examples.get(lang, ())), None)
            if opening is None:
                continue
            requester = Requester(sc, lang)
            first = requester.reply(score_question(opening, lang, context=requester.context, vocabulary=vocabulary))
            if first.topic != topic:
                continue  # the opening itself was misread: not a measure of the follow-up
            told = dict(requester.told.get(topic, {}))
            reply = requester.reply(score_question(it.text, lang, context=requester.context, vocabulary=vocabulary))
            n += 1
            hits += reply.topic == topic and reply.item is not None and reply.item not in {
                k for k, v in told.items() if v >= 2}
    return (hits / n if n else float("nan")), n


@dataclass(frozen=True)
class LabelledPitch:
    """One labelled pitch: its text, scenario, quality and which criteria it meets."""

    text: str
    scenario: str | None
    quality: str
    met: dict[str, bool]


def pitches(path: Path) -> list[LabelledPitch]:
    out = []
    for r in parse_yaml(path.read_text(encoding="utf-8")) or []:
        crit = r.get("criteria") or {}
        out.append(LabelledPitch(str(r["text"]), r.get("scenario"), str(r.get("quality")),
                                 {c: bool(crit.get(c)) for c in CRITERIA}))
    return out


def _pitch_words(scenario: str | None, lang: str) -> dict[str, tuple[str, ...]]:
    if not scenario:
        return {}
    return {k: tuple(v.get(lang, ())) for k, v in S.get(scenario).pitch_words.items()}


def pitch_figures(items: Sequence[LabelledPitch], lang: str) -> dict[str, Any]:
    """Per criterion, the share of pitches judged as the labellers judged them; and how strong and weak separate."""
    scored = [score_pitch(p.text, lang, _pitch_words(p.scenario, lang)) for p in items]
    acc = {c: round(sum(p.met[c] == s.criteria[c] for p, s in zip(items, scored, strict=True)) / len(items), 3)
           for c in CRITERIA}
    acc["mean"] = round(sum(acc[c] for c in CRITERIA) / len(CRITERIA), 3)
    strong = [s.score for p, s in zip(items, scored, strict=True) if p.quality == "strong"]
    weak = [s.score for p, s in zip(items, scored, strict=True) if p.quality == "weak"]
    pairs = [(a, b) for a in strong for b in weak]
    return {
        "pitches": len(items),
        "accuracy": acc,
        "strong_min": min(strong, default=None),
        "weak_max": max(weak, default=None),
        "strong_above_weak": round(sum(a > b for a, b in pairs) / len(pairs), 3) if pairs else None,
    }
