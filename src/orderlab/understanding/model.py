"""The learned part of reading a turn: linear models over features, shipped as JSON in the package.

One file per language (``model.sv.json``, ``model.en.json``), written by ``make train``
(``orderlab.understanding.train``) and read here in pure Python. A file holds several *heads*
that share the features: ``topics`` (each topic yes or no) and ``act`` (one dialogue act).
Each feature has a weight per label; a word's features are summed once and remembered, so
reading a turn costs a look-up per word, and the words that pushed a label up are its evidence.

A missing or damaged file is an error that names the file and the reason, before the first turn
is read: the course never falls back silently to something else.
"""

from __future__ import annotations

import json
import math
import os
from array import array
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

FORMAT = "orderlab-linear/1"
_COLUMNS = ("names", "offsets", "labels", "weights")  # the features, as four flat lists
KINDS = ("multilabel", "multiclass")
_CACHE_LIMIT = 50_000


class ModelError(Exception):
    """A model file that cannot be used: names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Head:
    """One decision the model makes: its labels and where their weights sit in a feature's row."""

    name: str
    kind: str  # multilabel: each label yes/no; multiclass: exactly one label
    labels: tuple[str, ...]
    offset: int
    thresholds: tuple[float, ...] = ()  # multilabel: the probability each label needs

    @cached_property
    def span(self) -> slice:
        return slice(self.offset, self.offset + len(self.labels))

    @cached_property
    def logit_thresholds(self) -> tuple[float, ...]:
        """The thresholds as scores before the sigmoid: comparing scores saves computing probabilities."""
        return tuple(math.log(t / (1 - t)) for t in self.thresholds)


class LinearModel:
    """Weights per feature for every label of every head, and the per-word sums of them."""

    def __init__(self, lang: str, heads: Sequence[Head], bias: Sequence[float],
                 weights: dict[str, tuple[float, ...]], meta: dict, source: str = "<model>"):
        self.lang = lang
        self.heads = {h.name: h for h in heads}
        self.size = len(bias)
        self.bias = tuple(bias)
        self.weights = weights
        self.meta = meta
        self.source = source
        self._zero = (0.0,) * self.size
        self.seen: dict[Hashable, array[float]] = {}  # sums of features, by what they depend on

    def remembered(self, key: Hashable, features: Callable[[Any], Sequence[str]]) -> array[float]:
        """The summed weights of ``features(key)``, remembered by ``key`` (a word and its neighbours, a shape).

        Kept as an array of doubles, not a tuple of floats: the same numbers in a third of the memory, and a
        turn adds up a dozen of them, so they are read faster (benchmarks/understanding.py).
        """
        found = self.seen.get(key)
        if found is None:
            found = array("d", self.vector(features(key)))
            if len(self.seen) >= _CACHE_LIMIT:
                self.seen.clear()
            self.seen[key] = found
        return found

    def vector(self, features: Sequence[str]) -> tuple[float, ...]:
        """The summed weights of some features."""
        rows = [self.weights[f] for f in features if f in self.weights]
        return tuple(map(sum, zip(*rows, strict=True))) if rows else self._zero

    def row(self, feature: str) -> tuple[float, ...] | None:
        return self.weights.get(feature)


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def softmax(xs: Sequence[float]) -> list[float]:
    top = max(xs)
    es = [math.exp(x - top) for x in xs]
    total = sum(es)
    return [e / total for e in es]


def from_dict(data: object, source: str = "<model>", lang: str | None = None,
              expect: Mapping[str, Sequence[str]] | None = None) -> LinearModel:
    """Check a parsed model file and build the model; ``ModelError`` says what is wrong.

    ``expect`` names heads the reader needs, with their labels in the order it expects.
    """
    if not isinstance(data, dict):
        raise ModelError(source, "is not a JSON object")
    if data.get("format") != FORMAT:
        raise ModelError(source, f"has format {data.get('format')!r}; this version reads {FORMAT!r}")
    if lang is not None and data.get("lang") != lang:
        raise ModelError(source, f"is for language {data.get('lang')!r}, not {lang!r}")
    raw_heads = data.get("heads")
    if not isinstance(raw_heads, list) or not raw_heads:
        raise ModelError(source, "has no heads")
    heads: list[Head] = []
    offset = 0
    for i, h in enumerate(raw_heads):
        if not isinstance(h, dict) or not isinstance(h.get("name"), str) or h.get("kind") not in KINDS:
            raise ModelError(source, f"heads[{i}] needs a name and a kind ({', '.join(KINDS)})")
        labels = h.get("labels")
        if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
            raise ModelError(source, f"heads[{i}].labels should be a list of names")
        thresholds = h.get("thresholds", [0.5] * len(labels) if h["kind"] == "multilabel" else [])
        if h["kind"] == "multilabel" and (
                not isinstance(thresholds, list) or len(thresholds) != len(labels)
                or not all(isinstance(t, int | float) and 0 < t < 1 for t in thresholds)):
            raise ModelError(source, f"heads[{i}].thresholds should be one probability per label")
        heads.append(Head(h["name"], h["kind"], tuple(labels), offset, tuple(float(t) for t in thresholds)))
        offset += len(labels)
    bias = data.get("bias")
    if not isinstance(bias, list) or len(bias) != offset or not all(isinstance(b, int | float) for b in bias):
        raise ModelError(source, f"bias should be {offset} numbers, one per label")
    raw = data.get("features")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), list) for k in _COLUMNS):
        raise ModelError(source, "has no features (names, offsets, labels and weights)")
    names, offsets, label_at, weight = raw["names"], raw["offsets"], raw["labels"], raw["weights"]
    if len(offsets) != len(names) + 1 or len(label_at) != len(weight) or offsets[-1:] != [len(weight)]:
        raise ModelError(source, "features: names, offsets, labels and weights do not fit together")
    weights: dict[str, tuple[float, ...]] = {}
    zero = [0.0] * offset
    for k, name in enumerate(names):
        row = zero.copy()
        try:
            for j in range(offsets[k], offsets[k + 1]):
                row[label_at[j]] = weight[j]
        except (TypeError, IndexError):
            raise ModelError(source, f"feature {name!r} has a label index outside the heads") from None
        weights[name] = tuple(row)
    for name, expected in (expect or {}).items():
        head = next((h for h in heads if h.name == name), None)
        if head is None or head.labels != tuple(expected):
            raise ModelError(source, f"should have a head {name!r} with the labels {', '.join(expected)}")
    return LinearModel(str(data["lang"]), heads, [float(b) for b in bias], weights, data.get("meta", {}), source)


MANIFEST = "models.json"  # each model file's size and SHA-256, written by ``make train``


def model_dir() -> Path:
    """Where the models are: the package's own, or ``ORDERLAB_MODELS`` (to try a newly trained one)."""
    # the package's folder directly: importlib.resources is slow to import, and the package is never a zip
    return Path(os.environ.get("ORDERLAB_MODELS") or Path(__file__).parent)


def model_path(lang: str, name: str = "model") -> Path:
    """Where the model ``name`` (``model``: turns; ``pitch``: pitches) for ``lang`` lives."""
    return model_dir() / f"{name}.{lang}.json"


def digest(path: Path) -> dict[str, object]:
    """A file's size and SHA-256, as the manifest records them."""
    import hashlib  # here, not at the top: hashlib's OpenSSL binding is slow to import

    data = path.read_bytes()
    return {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def check_files(folder: Path | None = None) -> None:
    """Check that every model file the manifest lists is there and unchanged since training.

    Run before the first model is read (``get_named``): a missing, truncated or edited model file
    stops the course with the file's name and the reason, instead of scoring with something else.
    It reads and hashes every listed file (a few milliseconds), so it runs when first needed rather
    than when the package is imported.
    """
    folder = folder or model_dir()
    manifest = folder / MANIFEST
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(str(manifest), "does not exist; run `make train` to make the models and their list") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(str(manifest), f"cannot be read: {exc}") from None
    if not isinstance(listed, dict) or not listed:
        raise ModelError(str(manifest), "lists no model files")
    for name, expected in sorted(listed.items()):
        path = folder / name
        try:
            found = digest(path)
        except FileNotFoundError:
            raise ModelError(str(path), "does not exist; run `make train` to make it") from None
        except OSError as exc:
            raise ModelError(str(path), f"cannot be read: {exc}") from None
        if found != expected:
            raise ModelError(str(path), f"has changed since it was trained ({found['bytes']} bytes, "
                                        f"expected {expected.get('bytes')}): damaged or edited by hand; "
                                        "run `make train` to make it again")


def read(path: Path, lang: str | None = None, expect: Mapping[str, Sequence[str]] | None = None) -> LinearModel:
    """Read and check one model file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(str(path), "does not exist; run `make train` to make it") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(str(path), f"cannot be read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(str(path), f"is not valid JSON ({exc.msg} at line {exc.lineno}); run `make train`") from None
    return from_dict(data, str(path), lang, expect)


_MODELS: dict[tuple[str, str], LinearModel] = {}


# The heads each shipped model must have, with their labels in order (the readers index them so).
EXPECTED: dict[str, dict[str, tuple[str, ...]]] = {}


_CHECKED: set[Path] = set()  # the model folders ``check_files`` has passed


def get_named(name: str, lang: str) -> LinearModel:
    """The shipped model ``name`` for ``lang``, read once, after its folder's files are checked."""
    model = _MODELS.get((name, lang))
    if model is None:
        folder = model_dir()
        # `make train` sets this: it must be able to run while the models it replaces are missing or broken.
        if folder not in _CHECKED and not os.environ.get("ORDERLAB_MODELS_UNCHECKED"):
            check_files(folder)
            _CHECKED.add(folder)
        model = _MODELS[name, lang] = read(model_path(lang, name), lang, EXPECTED.get(name))
    return model


def get(lang: str) -> LinearModel:
    """The shipped model that reads turns in ``lang``."""
    return _MODELS.get(("model", lang)) or get_named("model", lang)  # one call, not two, once it is read
