"""orderlab.terms: the shared vocabulary is defined once, and every id has its words in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from orderlab import lang as L
from orderlab import terms as T

SRC = Path(__file__).resolve().parent.parent / "src" / "orderlab"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_id_has_its_words(lang):
    """Steps, pitch criteria, forms, flags, verdicts and tips each have a catalogue entry; topics their names."""
    keys = [*T.STEP_LABELS.values(), *T.SCORED_LABELS.values(), *(f"crit_{c}" for c in T.PITCH_READ),
            *(f"form_{f}" for f in T.FORMS), *(f"flag_{f}" for f in T.FLAGS), *T.TIP_KEYS]
    assert [k for k in keys if not L.has(lang, f"ui.{k}")] == []
    assert set(L.topic_names(lang)) == set(L.topic_objects(lang)) == set(T.TOPICS)


def test_the_two_spellings_of_the_steps_name_the_same_steps():
    """A report's step (questions) and a round's step (consult) share one label."""
    assert [T.SCORED_LABELS[s] for s in T.SCORED_STEPS] == [T.STEP_LABELS[s] for s in T.STEPS]
    assert all(L.text(lang, "ui." + (T.SCORED_LABELS["pitch"])) == L.text(lang, "ui." + (T.STEP_LABELS["influence"]))
               for lang in L.languages())


# Literals that only terms.py may write: the first scenario's id, and each tuple of ids.
_RESTATED = [re.escape(f'"{T.FIRST_SCENARIO}"'), r'\("consult", "deliver", "influence"', r'"step_consult"',
             r'\("weak", "fair", "strong"\)', r'\("open", "closed", "none"\)', r'"acknowledge": \d',
             r'\("acknowledge", "purpose"', r'\("purpose", "audience", "end_customer"']


def test_no_module_restates_the_vocabulary():
    """Nothing in the package outside terms.py (and the language tables) writes these ids out again."""
    found = []
    for path in SRC.rglob("*.py"):
        if path.name == "terms.py" or path.parent.name == "lang":
            continue
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(SRC)}: {p}" for p in _RESTATED if re.search(p, text)]
    assert found == []
