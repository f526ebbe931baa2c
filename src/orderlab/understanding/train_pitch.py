"""Train the pitch model from the labelled pitches in ``tests/data/pitches`` (part of ``make train``).

Each labelled pitch lists, per criterion, the sentences that meet it. The model learns per
sentence, so at run time every criterion can quote the sentence that met it. Needs the ``train``
extra (scikit-learn); nothing at run time imports this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import scenario as S
from ..parsed_yaml import parse as parse_yaml
from ..terms import PITCH_BLAME
from ..text import normalise
from .model import FORMAT, from_dict
from .pitch_reader import ACKNOWLEDGE, CRITERIA, acknowledges, freeze, read, sentence_features, split
from .threads import one_thread

SEED = 0
C_PITCH = 1.0
ALONE = False
MIN_COUNT = 2
PRUNE = 0.002
DIGITS = 4


@dataclass(frozen=True)
class Pitch:
    """One labelled pitch: its text, its quality and, per criterion, the sentences that meet it."""

    text: str
    lang: str
    quality: str
    quoted: Mapping[str, tuple[str, ...]]
    scenario: str | None
    group: str
    source: str

    @property
    def met(self) -> dict[str, bool]:
        return {c: bool(self.quoted.get(c)) for c in CRITERIA}


def load_pitches(paths: Iterable[Path], lang: str) -> list[Pitch]:
    out = []
    for path in paths:
        for raw in parse_yaml(path.read_text(encoding="utf-8")) or []:
            crit = raw.get("criteria") or {}
            group = str(raw.get("scenario") or raw.get("situation") or "other")
            out.append(Pitch(str(raw["text"]), lang, str(raw.get("quality")),
                             {c: tuple(crit.get(c) or ()) for c in CRITERIA}, raw.get("scenario"), group,
                             f"{path.name}:{raw.get('id')}"))
    return out


@cache
def pitch_words(scenario_id: str | None, lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A scenario's own pitch words per criterion (as the session passes them)."""
    if not scenario_id or scenario_id not in S.builtin_ids():
        return ()
    return freeze({c: v.get(lang, ()) for c, v in S.get(scenario_id).pitch_words.items()})


def _same(a: str, b: str) -> bool:
    """Whether a quoted sentence and a sentence as split are the same sentence."""
    a, b = normalise(a).strip(" .!?"), normalise(b).strip(" .!?")
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.5 * len(long)


def sentence_rows(p: Pitch, alone: bool = ALONE) -> list[tuple[list[str], set[str]]]:
    """Each sentence of a labelled pitch: its features and the criteria it meets.

    With ``alone``, each sentence is also seen as if it were a pitch of its own: a learner may send one
    sentence, and what it says should count without the sentences around it.
    """
    sentences = split(p.text)
    extra = pitch_words(p.scenario, p.lang)
    rows = []
    for i, s in enumerate(sentences):
        met = {c for c in CRITERIA if any(_same(s, q) for q in p.quoted.get(c, ()))}
        rows.append((sentence_features(s, p.lang, i, len(sentences), extra), met))
        if alone and len(sentences) > 1:
            rows.append((sentence_features(s, p.lang, 0, 1, extra), met))
    return rows


@one_thread
def fit_pitch(pitches: Sequence[Pitch], lang: str, seed: int = SEED, c: float = C_PITCH,
              meta: Mapping[str, Any] | None = None, tune: bool = True,
              thresholds: Sequence[float] | None = None) -> dict[str, Any]:
    """Fit one yes/no model per criterion over the sentences of ``pitches``.

    With ``tune``, each criterion's threshold is chosen by cross-validation inside ``pitches``
    (folds by scenario), as the one that judges most held-out pitches the way the labellers did.
    """
    if thresholds is None:
        thresholds = _tuned_thresholds(pitches, lang, seed, c) if tune else [0.5] * len(CRITERIA)
    thresholds = list(thresholds)
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for p in pitches for r in sentence_rows(p)]
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([{f: 1.0 for f in feats if counts[f] >= MIN_COUNT} for feats, _ in rows])
    names = vec.get_feature_names_out()
    columns, bias = [], []
    for criterion in CRITERIA:
        y = np.array([criterion in met for _, met in rows])
        if y.all() or not y.any():
            raise ValueError(f"{lang}: the pitches need sentences with and without {criterion}")
        m = LogisticRegression(C=c, max_iter=5000, class_weight="balanced", random_state=seed).fit(X, y)
        columns.append(m.coef_[0])
        bias.append(float(m.intercept_[0]))
    from .train import export_features

    features = export_features(names, columns)
    return {
        "format": FORMAT, "lang": lang,
        "meta": {"seed": seed, "pitches": len(pitches), "sentences": len(rows), "c": c, **(meta or {})},
        "heads": [{"name": "criteria", "kind": "multilabel", "labels": list(CRITERIA),
                   "thresholds": thresholds}],
        "bias": [round(b, DIGITS) for b in bias],
        "features": features,
    }


THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 4


def _tuned_thresholds(pitches: Sequence[Pitch], lang: str, seed: int, c: float) -> list[float]:
    groups = sorted({p.group for p in pitches})
    folds = [groups[k::FOLDS] for k in range(FOLDS)]
    seen: list[tuple[list[dict[str, float]], dict[str, bool]]] = []  # each held-out pitch's sentences
    for held in folds:
        test = [p for p in pitches if p.group in held]
        train = [p for p in pitches if p.group not in held]
        if not test or not train:
            continue
        model = from_dict(fit_pitch(train, lang, seed, c, tune=False))
        for p in test:
            sentences = read(p.text, p.lang, dict(pitch_words(p.scenario, p.lang)), model)
            seen.append(([dict(s.probabilities) for s in sentences], p.met))
    if not seen:
        return [0.5] * len(CRITERIA)

    def best(crit: str, top: Callable[[list[dict[str, float]], float], bool]) -> float:
        scores = [(sum(top(ss, t) == met[crit] for ss, met in seen), -abs(t - 0.5), t) for t in THRESHOLDS]
        return max(scores)[2]

    # Acknowledge depends on blame (pitch_reader.acknowledges), so blame's threshold is chosen first.
    out = {crit: best(crit, lambda ss, t, crit=crit: any(s[crit] >= t for s in ss))
           for crit in CRITERIA if crit != ACKNOWLEDGE}
    out[ACKNOWLEDGE] = best(ACKNOWLEDGE, lambda ss, t: any(acknowledges(s, t, out[PITCH_BLAME]) for s in ss))
    return [out[crit] for crit in CRITERIA]


def shipped_thresholds(lang: str) -> list[float]:
    """The criteria thresholds of the shipped pitch model (tuned by ``make train``)."""
    from .model import get_named

    return list(get_named("pitch", lang).heads["criteria"].thresholds)


def predict_pitch(model_data: Mapping[str, Any], pitches: Sequence[Pitch]) -> list[dict[str, bool]]:
    """Which criteria each pitch meets under a model given as data."""
    model = from_dict(model_data)
    out = []
    for p in pitches:
        sentences = read(p.text, p.lang, dict(pitch_words(p.scenario, p.lang)), model)
        found = {c for s in sentences for c in s.criteria}
        out.append({c: c in found for c in CRITERIA})
    return out


def criteria_accuracy(gold: Sequence[Mapping[str, bool]], got: Sequence[Mapping[str, bool]]) -> dict[str, float]:
    """Share of pitches where each criterion is judged as the labellers judged it, and the mean."""
    out = {c: round(sum(g[c] == p[c] for g, p in zip(gold, got, strict=True)) / len(gold), 3) for c in CRITERIA}
    out["mean"] = round(sum(out[c] for c in CRITERIA) / len(CRITERIA), 3)
    return out


def leave_one_group_out(pitches: Sequence[Pitch], lang: str, **kw: Any) -> dict[str, Any]:
    """Train without each scenario's pitches in turn and judge those."""
    groups = sorted({p.group for p in pitches if p.scenario})
    gold, got = [], []
    for g in groups:
        test = [p for p in pitches if p.group == g]
        model = fit_pitch([p for p in pitches if p.group != g], lang, **kw)
        gold += [p.met for p in test]
        got += predict_pitch(model, test)
    return {"pitches": len(gold), "accuracy": criteria_accuracy(gold, got)}
