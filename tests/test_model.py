"""The model files: read in pure Python, checked at load, and a broken one named with its reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from orderlab.understanding import model as M
from orderlab.understanding import train as T
from orderlab.understanding import train_pitch as TP
from orderlab.understanding.analysis import TOPICS, Context, _read
from orderlab.understanding.clauses import parse
from orderlab.understanding.features import featuriser

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["model", "pitch"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_shipped_models_load_and_name_their_data(name, lang):
    """Each shipped file is this format, for its language, and says what it was trained on."""
    model = M.get_named(name, lang)
    assert model.lang == lang and model.weights
    assert model.meta["seed"] == T.SEED and model.meta["files"]


def test_the_package_declares_the_model_files():
    """The wheel ships the model files (package data), not only the source tree."""
    import tomllib

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "understanding/*.json" in project["tool"]["setuptools"]["package-data"]["orderlab"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "does not exist"),
        ("{", "not valid JSON"),
        ('{"format": "something-else/9"}', "has format"),
        ('{"format": "orderlab-linear/1", "lang": "en", "heads": []}', "is for language"),
        ('{"format": "orderlab-linear/1", "lang": "sv", "heads": []}', "no heads"),
        ('{"format": "orderlab-linear/1", "lang": "sv", "heads": [{"name": "topics", "kind": "multilabel", '
         '"labels": ["purpose"]}], "bias": [0.1, 0.2], "features": {}}', "bias should be 1 numbers"),
        ('{"format": "orderlab-linear/1", "lang": "sv", "heads": [{"name": "topics", "kind": "multilabel", '
         '"labels": ["purpose"]}], "bias": [0.1], "features": {"names": ["s:x"], "offsets": [0, 1], '
         '"labels": [5], "weights": [1.0]}}', "feature 's:x' has a label index outside"),
        ('{"format": "orderlab-linear/1", "lang": "sv", "heads": [{"name": "topics", "kind": "multilabel", '
         '"labels": ["purpose"]}], "bias": [0.1], "features": {"names": ["s:x"], "offsets": [0, 2], '
         '"labels": [0], "weights": [1.0]}}', "do not fit together"),
    ],
)
def test_a_broken_model_file_names_the_file_and_the_reason(tmp_path, content, reason):
    """A missing, truncated or wrong model file is an error naming the file and what is wrong with it."""
    path = tmp_path / "model.sv.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(M.ModelError) as info:
        M.read(path, "sv")
    assert str(path) in str(info.value) and reason in str(info.value)


def test_a_model_without_the_expected_labels_is_refused(tmp_path):
    """A file whose topics are not the reader's ten (or in another order) is refused, not misread."""
    data = json.loads(M.model_path("sv").read_text(encoding="utf-8"))
    data["heads"][0]["labels"] = list(reversed(data["heads"][0]["labels"]))
    path = tmp_path / "model.sv.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(M.ModelError, match="should have a head 'topics'"):
        M.read(path, "sv", M.EXPECTED["model"])


def _score_with_models(folder: Path) -> subprocess.CompletedProcess:
    """Import the scorer and score one question in a fresh process, the models read from ``folder``."""
    code = "import orderlab.questions as Q; Q.score_question('Vad är syftet?', 'sv'); print('scored')"
    env = {**os.environ, "ORDERLAB_MODELS": str(folder)}
    env.pop("ORDERLAB_MODELS_UNCHECKED", None)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)


@pytest.fixture
def model_copy(tmp_path) -> Path:
    """A copy of the shipped model folder, safe to break."""
    for path in M.model_dir().glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_the_copied_models_score(model_copy):
    """The check below can pass: an intact copy of the models scores a question."""
    result = _score_with_models(model_copy)
    assert result.returncode == 0 and "scored" in result.stdout, result.stderr


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[:1000]), "has changed since it was trained"),
        (lambda p: p.write_text(p.read_text(encoding="utf-8").replace("0.", "1.", 1), encoding="utf-8"),
         "has changed since it was trained"),
        (lambda p: p.unlink(), "does not exist"),
    ],
    ids=["truncated", "edited", "missing"],
)
def test_a_damaged_model_fails_at_first_use_with_its_name(model_copy, damage, reason):
    """A truncated, edited or missing model stops the first scoring with the file's name and the reason.

    The check runs when a model is first needed, not at import (import time, issue 14); no turn is
    ever scored with a damaged model.
    """
    damage(model_copy / "model.sv.json")
    result = _score_with_models(model_copy)
    assert result.returncode != 0
    assert "model.sv.json" in result.stderr and reason in result.stderr


def test_a_missing_manifest_fails_at_first_use(model_copy):
    """Without the list of model files, nothing can be checked: the first scoring stops and says so."""
    (model_copy / M.MANIFEST).unlink()
    result = _score_with_models(model_copy)
    assert result.returncode != 0 and "models.json" in result.stderr and "make train" in result.stderr


# --- Training: reproducible, and the export reads back the same ---


@pytest.fixture(scope="module")
def small_items() -> list[T.Item]:
    """A small sample of the labelled turns, every topic and act in it."""
    items = T.load_items([DATA / "turns" / "gold.sv.yaml"], "sv")
    return items[::6]


def test_training_is_reproducible(small_items):
    """The same turns and seed give the same file, byte for byte."""
    one = json.dumps(T.fit(small_items, "sv", threshold=0.5), sort_keys=True)
    two = json.dumps(T.fit(small_items, "sv", threshold=0.5), sort_keys=True)
    assert one == two


def test_the_exported_model_reads_back_as_trained(small_items):
    """The JSON export, read by the pure-Python reader, gives the decisions scikit-learn's model gives."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data = T.fit(small_items, "sv", threshold=0.5)
    model = M.from_dict(json.loads(json.dumps(data)))
    rows = [T.features_of(it) for it in small_items]
    counts: dict[str, int] = {}
    for r in rows:
        for f in r:
            counts[f] = counts.get(f, 0) + 1
    X = DictVectorizer().fit([{f: v for f, v in r.items() if counts[f] >= T.MIN_COUNT} for r in rows])
    vec = X.transform([{f: v for f, v in r.items() if counts[f] >= T.MIN_COUNT} for r in rows])
    purpose = np.array(["purpose" in it.topics for it in small_items])
    lr = LogisticRegression(C=T.C_TOPICS, max_iter=5000, class_weight="balanced", random_state=T.SEED)
    expected = lr.fit(vec, purpose).decision_function(vec)
    got = [_read(parse(it.text, "sv"), "sv", Context(), T._scenario_keywords(it.scenario, "sv"), model).logits[0]
           for it in small_items]
    assert np.allclose(got, expected, atol=0.05)  # the export rounds weights to four decimals


def test_the_fast_reader_adds_up_what_training_sees():
    """Reading a turn through remembered sums gives the same scores as adding every training feature's weights."""
    model = M.get("sv")
    feats = featuriser("sv")
    texts = [it["text"] for it in yaml.safe_load((DATA / "questions" / "sv.yaml").read_text(encoding="utf-8"))]
    texts += ["", "?", "Berätta mer!", "vad vad vad vad", "Får jag föreslå något?", "Så det viktiga är barnen."]
    for text in texts:
        turn = parse(text, "sv")
        plain = [sum(col) for col in zip(model.bias, *(model.weights[f] for f in feats.turn(turn)
                                                       if f in model.weights), strict=True)]
        fast = _read(turn, "sv", Context(), None)
        assert fast.logits == pytest.approx(tuple(plain[:len(TOPICS)]), abs=1e-9), text


def test_pitch_training_is_reproducible():
    """The pitch model trains to the same file twice from the same pitches."""
    pitches = TP.load_pitches([DATA / "pitches" / "gold.sv.yaml"], "sv")[::3]
    one = json.dumps(TP.fit_pitch(pitches, "sv", tune=False), sort_keys=True)
    assert one == json.dumps(TP.fit_pitch(pitches, "sv", tune=False), sort_keys=True)
