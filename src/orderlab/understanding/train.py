"""Train the understanding model from the labelled turns in ``tests/data`` (``make train``).

Needs the ``train`` extra (scikit-learn, numpy); nothing at run time imports this module.
The features are made by the same code that reads a turn at run time (``features.py``), so
training and use cannot drift apart. Every seed is fixed: the same data gives the same file.

    make train                                        # both languages: model.*.json, pitch.*.json, models.json
    ORDERLAB_MODELS_UNCHECKED=1 python -m orderlab.understanding.train --report   # also leave-one-out figures

(The variable lets the package import while the models being replaced are missing or broken.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import scenario as S
from ..parsed_yaml import parse as parse_yaml
from ..terms import FORMS, TOPICS
from . import train_pitch as TP
from .analysis import ACTS, FLAG_THRESHOLD, LEARNED_FLAGS, Context, _read
from .clauses import parse
from .features import featuriser
from .model import FORMAT, MANIFEST, digest, model_dir, model_path
from .model import get as get_model
from .threads import one_thread
from .vocabulary import Vocabulary, of_scenario

SEED = 0
C_TOPICS = 2.0  # inverse regularisation of each topic's logistic regression
C_ACT = 2.0
BALANCED = True  # weigh the rarer answer (the topic is there) as much as the common one
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 4
MIN_COUNT = 2  # a feature seen in fewer training turns than this is dropped
PRUNE = 0.002  # weights smaller than this are left out of the file
DIGITS = 4


@dataclass(frozen=True)
class Item:
    """One labelled learner turn."""

    text: str
    lang: str
    topics: tuple[str, ...]
    act: str | None
    form: str
    flags: tuple[str, ...]
    group: str  # the scenario, or the situation for a turn outside the scenarios (for leave-one-out)
    scenario: str | None
    source: str
    context: str | None = None  # what the requester said just before, when the data gives it

    @property
    def conversation(self) -> Context:
        """The conversation the turn was said in, as the reader sees it."""
        return Context(last_reply=self.context) if self.context else Context()


def load_items(paths: Iterable[Path], lang: str) -> list[Item]:
    """Labelled turns from YAML files (the fields of tests/data/turns/GUIDE.md)."""
    items: list[Item] = []
    for path in paths:
        for raw in parse_yaml(path.read_text(encoding="utf-8")) or []:
            scenario = raw.get("scenario")
            group = scenario or raw.get("situation") or raw.get("function") or path.stem
            items.append(Item(
                text=str(raw["text"]), lang=lang, topics=tuple(raw.get("topics") or ()), act=raw.get("act"),
                form=raw.get("form", "none"), flags=tuple(raw.get("flags") or ()), group=str(group),
                scenario=scenario, source=f"{path.name}:{raw.get('id', '')}", context=raw.get("context"),
            ))
    return items


@cache
def _scenario_keywords(scenario_id: str | None, lang: str) -> Vocabulary | None:
    """What a scenario says about its topics: the vocabulary a session passes at run time."""
    if not scenario_id or scenario_id not in S.builtin_ids():
        return None
    return of_scenario(S.get(scenario_id), lang)


def features_of(item: Item) -> dict[str, float]:
    """Every feature of one turn, as the run-time reader makes them."""
    feats = featuriser(item.lang)
    turn = parse(item.text, item.lang)
    # Counted, not just present: reading a turn adds a word's weights once for every time it occurs.
    return dict(Counter(feats.turn(turn, _scenario_keywords(item.scenario, item.lang))))


@one_thread
def fit(items: Sequence[Item], lang: str, seed: int = SEED, c_topics: float = C_TOPICS,
        c_act: float = C_ACT, threshold: float | None = None, balanced: bool = BALANCED,
        meta: Mapping[str, Any] | None = None, thresholds: Sequence[float] | None = None) -> dict[str, Any]:
    """Fit the topic and act heads on ``items``; return the model file's content.

    Without a fixed ``threshold``, each topic's threshold is chosen by cross-validation inside
    ``items`` (folds by scenario or situation): the one that gives the best F1 on held-out turns.
    """
    if thresholds is not None:
        thresholds = list(thresholds)
    elif threshold is None:
        thresholds = _tuned_thresholds(items, lang, seed, c_topics, c_act, balanced)
    else:
        thresholds = [threshold] * len(TOPICS)
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [features_of(it) for it in items]
    counts: dict[str, int] = {}
    for r in rows:
        for f in r:
            counts[f] = counts.get(f, 0) + 1
    kept = [{f: v for f, v in r.items() if counts[f] >= MIN_COUNT} for r in rows]
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform(kept)
    names = vec.get_feature_names_out()
    columns: list[Any] = []  # one weight vector (over features) per label, in head order
    bias: list[float] = []
    for topic in TOPICS:
        y = np.array([topic in it.topics for it in items])
        if y.all() or not y.any():
            raise ValueError(f"{lang}: the training turns need examples with and without the topic {topic}")
        m = LogisticRegression(C=c_topics, max_iter=5000, class_weight="balanced" if balanced else None,
                               random_state=seed).fit(X, y)
        columns.append(m.coef_[0])
        bias.append(float(m.intercept_[0]))
    with_act = [i for i, it in enumerate(items) if it.act]
    y_act = np.array([items[i].act for i in with_act])
    missing = sorted(set(ACTS) - set(y_act))
    if missing:
        raise ValueError(f"{lang}: no training turn has the act {', '.join(missing)}")
    m = LogisticRegression(C=c_act, max_iter=5000, class_weight="balanced", random_state=seed).fit(X[with_act], y_act)
    order = [list(m.classes_).index(a) for a in ACTS]
    columns.extend(m.coef_[k] for k in order)
    bias.extend(float(m.intercept_[k]) for k in order)
    # Form: the rules' verdict is a feature; the model learns where people's phrasing overrules it
    # ("wdym by that", "hm go on" ask for more without looking like a question).
    y_form = np.array([it.form for it in items])
    m = LogisticRegression(C=c_act, max_iter=5000, class_weight="balanced", random_state=seed).fit(X, y_form)
    order = [list(m.classes_).index(f) for f in FORMS]
    columns.extend(m.coef_[k] for k in order)
    bias.extend(float(m.intercept_[k]) for k in order)
    # Flags: the rules' flags are features; the model learns, say, that "Templates? Who owns them?" is one
    # question and "När, och vem läser?" two (leave-one-scenario-out, docs/understanding-model.md).
    for flag in LEARNED_FLAGS:
        y = np.array([flag in it.flags for it in items])
        if y.all() or not y.any():
            raise ValueError(f"{lang}: the training turns need examples with and without the flag {flag}")
        m = LogisticRegression(C=c_act, max_iter=5000, class_weight="balanced", random_state=seed).fit(X, y)
        columns.append(m.coef_[0])
        bias.append(float(m.intercept_[0]))

    features = export_features(names, columns)
    return {
        "format": FORMAT,
        "lang": lang,
        "meta": {"seed": seed, "turns": len(items), "turns_with_act": len(with_act), "c_topics": c_topics,
                 "c_act": c_act, "min_count": MIN_COUNT, **(meta or {})},
        "heads": [
            {"name": "topics", "kind": "multilabel", "labels": list(TOPICS), "thresholds": thresholds},
            {"name": "act", "kind": "multiclass", "labels": list(ACTS)},
            {"name": "form", "kind": "multiclass", "labels": list(FORMS)},
            {"name": "flags", "kind": "multilabel", "labels": list(LEARNED_FLAGS),
             "thresholds": [FLAG_THRESHOLD] * len(LEARNED_FLAGS)},
        ],
        "bias": [round(b, DIGITS) for b in bias],
        "features": features,
    }


def _tuned_thresholds(items: Sequence[Item], lang: str, seed: int, c_topics: float, c_act: float,
                      balanced: bool) -> list[float]:
    """Per topic, the threshold with the best F1 on turns held out from the fit (folds by group)."""
    from .model import from_dict

    groups = sorted({it.group for it in items})
    seen: list[tuple[tuple[str, ...], dict[str, float]]] = []
    for k in range(FOLDS):
        held = set(groups[k::FOLDS])
        test = [it for it in items if it.group in held]
        train = [it for it in items if it.group not in held]
        if not test or not train:
            continue
        model = from_dict(fit(train, lang, seed, c_topics, c_act, 0.01, balanced))
        for it in test:
            a = _read(parse(it.text, lang), lang, it.conversation, _scenario_keywords(it.scenario, lang), model)
            seen.append((it.topics, dict(a.probabilities)))
    out = []
    for topic in TOPICS:
        best = (-1.0, 0.5)
        for t in THRESHOLDS:
            tp = sum(topic in g and p[topic] >= t for g, p in seen)
            fp = sum(topic not in g and p[topic] >= t for g, p in seen)
            fn = sum(topic in g and p[topic] < t for g, p in seen)
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            best = max(best, (f1 - abs(t - 0.5) * 1e-3, t))
        out.append(best[1])
    return out


def export_features(names: Sequence[str], columns: Sequence[Any]) -> dict[str, list]:
    """The weights in the file's compact form: per feature (sorted by name), its labels and weights.

    Four flat lists (``names``, ``offsets`` into ``labels`` and ``weights``) read several times faster
    than a list per feature. Weights smaller than ``PRUNE`` are left out.
    """
    out: dict[str, list] = {"names": [], "offsets": [0], "labels": [], "weights": []}
    for col, name in sorted(enumerate(names), key=lambda x: str(x[1])):
        kept = [(j, round(float(c[col]), DIGITS)) for j, c in enumerate(columns) if abs(c[col]) >= PRUNE]
        if kept:
            out["names"].append(str(name))
            out["labels"] += [j for j, _ in kept]
            out["weights"] += [w for _, w in kept]
            out["offsets"].append(len(out["labels"]))
    return out


def predict(model_data: Mapping[str, Any], items: Sequence[Item]) -> list[tuple[tuple[str, ...], str]]:
    """Topics and act of each item under a model given as data (for measuring, not for the course)."""
    from .model import from_dict

    model = from_dict(model_data)
    out = []
    for it in items:
        a = _read(parse(it.text, it.lang), it.lang, it.conversation, _scenario_keywords(it.scenario, it.lang), model)
        out.append((a.topic_names, a.act, a.form))
    return out


def shipped_thresholds(lang: str) -> list[float]:
    """The topic thresholds of the shipped model (tuned by ``make train``)."""
    return list(get_model(lang).heads["topics"].thresholds)


def topic_f1(gold: Sequence[Iterable[str]], got: Sequence[Iterable[str]]) -> float:
    """Micro-averaged F1 over topics."""
    tp = fp = fn = 0
    for g, p in zip(gold, got, strict=True):
        g, p = set(g), set(p)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def per_topic(gold: Sequence[Iterable[str]], got: Sequence[Iterable[str]]) -> dict[str, dict[str, float]]:
    out = {}
    for t in TOPICS:
        tp = sum(t in g and t in p for g, p in zip(gold, got, strict=True))
        fp = sum(t not in g and t in p for g, p in zip(gold, got, strict=True))
        fn = sum(t in g and t not in p for g, p in zip(gold, got, strict=True))
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        out[t] = {"precision": round(prec, 3), "recall": round(rec, 3),
                  "f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0, "support": tp + fn}
    return out


def evaluate(model_data: Mapping[str, Any], items: Sequence[Item]) -> dict[str, Any]:
    """Topic micro-F1, per-topic figures and act accuracy of a model on some items."""
    got = predict(model_data, items)
    acts = [(it.act, a) for it, (_, a, _) in zip(items, got, strict=True) if it.act]
    return {
        "turns": len(items),
        "topic_f1": round(topic_f1([it.topics for it in items], [t for t, _, _ in got]), 3),
        "form": round(sum(it.form == f for it, (_, _, f) in zip(items, got, strict=True)) / len(items), 3),
        "act_accuracy": round(sum(g == p for g, p in acts) / len(acts), 3) if acts else None,
        "per_topic": per_topic([it.topics for it in items], [t for t, _, _ in got]),
    }


def leave_one_group_out(items: Sequence[Item], lang: str, groups: Sequence[str] | None = None,
                        **kw: Any) -> dict[str, Any]:
    """Train without each scenario in turn and measure on it: how the model does on a situation it never saw."""
    groups = groups or sorted({it.group for it in items if it.scenario})
    gold_t: list[tuple[str, ...]] = []
    got_t: list[tuple[str, ...]] = []
    acts: list[tuple[str, str]] = []
    forms: list[tuple[str, str, str]] = []  # labelled, the model's, the rules' own
    per_group = {}
    for g in groups:
        test = [it for it in items if it.group == g]
        train = [it for it in items if it.group != g]
        model = fit(train, lang, **kw)
        got = predict(model, test)
        per_group[g] = round(topic_f1([it.topics for it in test], [t for t, _, _ in got]), 3)
        gold_t += [it.topics for it in test]
        got_t += [t for t, _, _ in got]
        acts += [(it.act, a) for it, (_, a, _) in zip(test, got, strict=True) if it.act]
        forms += [(it.form, f, parse(it.text, lang).form) for it, (_, _, f) in zip(test, got, strict=True)]
    return {
        "turns": len(gold_t),
        "topic_f1": round(topic_f1(gold_t, got_t), 3),
        "act_accuracy": round(sum(g == p for g, p in acts) / len(acts), 3) if acts else None,
        "form": round(sum(g == p for g, p, _ in forms) / len(forms), 3),
        "form_rules_only": round(sum(g == r for g, _, r in forms) / len(forms), 3),
        "per_group": per_group,
        "per_topic": per_topic(gold_t, got_t),
    }


# --- What is trained on, and what is kept apart -----------------------------------------------

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"


def training_files(lang: str, data: Path = DATA) -> list[Path]:
    """The turns the shipped model learns from; the blind sets are never among them."""
    return sorted((data / "turns").glob(f"gold.{lang}.yaml"))


def pitch_files(lang: str, data: Path = DATA) -> list[Path]:
    """The pitches the shipped pitch model learns from; the blind pitches are never among them."""
    return sorted((data / "pitches").glob(f"gold.{lang}.yaml"))


def _write(data: dict[str, Any], out: Path) -> None:
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m orderlab.understanding.train", description=__doc__)
    parser.add_argument("--lang", choices=("sv", "en"), action="append")
    parser.add_argument("--data", type=Path, default=DATA, help="the tests/data folder")
    parser.add_argument("--out", type=Path, default=None, help="folder for model.LANG.json (default: the package)")
    parser.add_argument("--report", action="store_true", help="also measure leave-one-scenario-out")
    args = parser.parse_args(argv)
    folder = args.out or model_dir()
    for lang in args.lang or ["sv", "en"]:
        files = training_files(lang, args.data)
        if not files:
            print(f"{lang}: no training files under {args.data}", file=sys.stderr)
            return 2
        items = load_items(files, lang)
        data = fit(items, lang, meta={"files": [f.name for f in files]})
        out = (args.out / f"model.{lang}.json") if args.out else model_path(lang)
        _write(data, out)
        print(f"{lang}: {len(items)} turns, {len(data['features']['names'])} features -> {out} "
              f"({out.stat().st_size // 1024} KB)")
        pitches = TP.load_pitches(pitch_files(lang, args.data), lang)
        if not pitches:
            print(f"{lang}: no labelled pitches under {args.data}", file=sys.stderr)
            return 2
        pdata = TP.fit_pitch(pitches, lang, meta={"files": [f.name for f in pitch_files(lang, args.data)]})
        pout = (args.out / f"pitch.{lang}.json") if args.out else model_path(lang, "pitch")
        _write(pdata, pout)
        print(f"{lang}: {len(pitches)} pitches, {len(pdata['features']['names'])} features -> {pout} "
              f"({pout.stat().st_size // 1024} KB)")
        if args.report:
            print(json.dumps({lang: {"turns": leave_one_group_out(items, lang),
                                     "pitches": TP.leave_one_group_out(pitches, lang)}}, indent=1))
    write_manifest(folder)
    return 0


def write_manifest(folder: Path) -> None:
    """Record every model file's size and SHA-256, which the package checks when it is imported."""
    listed = {p.name: digest(p) for p in sorted(folder.glob("*.json")) if p.name != MANIFEST}
    (folder / MANIFEST).write_text(json.dumps(listed, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(listed)} model files listed in {folder / MANIFEST}")


if __name__ == "__main__":
    sys.exit(main())
