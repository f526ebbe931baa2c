"""Stored reports in the format this version reads: findings as keys, whatever version saved them.

Up to commit 179bbf4 a report held its feedback and tips as finished sentences in the round's
language. They are converted when read, not in the database: ``upgrade(report)`` turns every
sentence it recognises back into a ``Finding`` (through a reverse index of that version's templates
in both languages, built once) and keeps any other sentence as written. The templates are a frozen
copy (``content/sentences-179bbf4.yaml``), not today's catalogue: old results stay recognised when a
wording changes, and then show the new wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .findings import Finding

OLD_SENTENCES = "sentences-179bbf4.yaml"  # in orderlab/content: what tools/freeze_sentences.py froze
# The catalogue keys a stored finding can have, by prefix (conversation, tips, questions, pitch, delivery).
_FINDING_PREFIXES = ("conv_", "tip_", "reason_", "suggest_", "pitch_", "delivered_", "confirm_missing")
# Where a report keeps findings: (step, field); the turns of step 1 keep theirs under "feedback" too.
_FIELDS = (("questions", "feedback"), ("questions", "tips"), ("delivery", "feedback"), ("pitch", "feedback"))
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def upgrade(report: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``report`` whose feedback and tips are finding dicts (``Finding.to_dict``)."""
    out = dict(report)
    steps = {name: dict(step) if isinstance(step, Mapping) else step
             for name, step in (report.get("steps") or {}).items()}
    for step, field in _FIELDS:
        if isinstance(steps.get(step), dict) and field in steps[step]:
            steps[step][field] = [f.to_dict() for f in findings(steps[step][field])]
    asked = steps.get("questions")
    if isinstance(asked, dict) and isinstance(asked.get("turns"), list):
        asked["turns"] = [{**t, "feedback": [f.to_dict() for f in findings(t.get("feedback", ()))]}
                          if isinstance(t, Mapping) else t for t in asked["turns"]]
    if "steps" in report:
        out["steps"] = steps
    return out


def findings(stored: Iterable[Any] | None) -> tuple[Finding, ...]:
    """Stored findings, as dicts (this version) or sentences (older ones), as ``Finding``s."""
    if isinstance(stored, (str, Mapping)) or stored is None:
        stored = () if stored is None else (stored,)
    return tuple(Finding.from_dict(s) if isinstance(s, Mapping) else from_sentence(str(s)) for s in stored)


def from_sentence(sentence: str) -> Finding:
    """The finding an older version wrote as ``sentence`` in either language, or the sentence kept as written."""
    for lang, key, pattern in _patterns():
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        params = {}
        for name, said in match.groupdict().items():
            value = _read_param(lang, name, said, key)
            if value is None:
                break
            params["for_topic" if name == "example" else name] = value
        else:
            return Finding.of(key, **params)
    return Finding.verbatim(sentence)


@cache
def _old() -> dict[str, dict[str, dict[str, str]]]:
    """The frozen sentences of 179bbf4, per language: templates, topic names and objects, open rewrites."""
    return yaml.safe_load(resources.files("orderlab").joinpath("content", OLD_SENTENCES).read_text(encoding="utf-8"))


@cache
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Every finding template of both languages as a pattern; the ones with fewest placeholders first."""
    found = []
    for lang, old in _old().items():
        for key, template in old["templates"].items():
            if key.startswith(_FINDING_PREFIXES):
                parts = _PLACEHOLDER.split(template)
                regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
                found.append((lang, key, re.compile(regex, re.DOTALL)))
    return tuple(sorted(found, key=lambda f: f[2].groups))


def _reverse(names: Mapping[str, str]) -> dict[str, str]:
    return {text: key for key, text in names.items()}


@cache
def _names(lang: str, kind: str) -> dict[str, str]:
    """Displayed names back to ids: topics (either form), verdicts and pitch criteria."""
    old = _old()[lang]
    if kind == "topic":
        return {**_reverse(old["topic_names"]), **_reverse(old["topic_objects"])}
    prefix = f"{kind}_"
    return {text: k[len(prefix):] for k, text in old["templates"].items() if k.startswith(prefix)}


def _topics(lang: str, said: str) -> tuple[str, ...] | None:
    names = [_names(lang, "topic").get(part) for part in said.split(", ")]
    return None if None in names else tuple(names)  # type: ignore[arg-type]


def _number(said: str) -> int | None:
    return int(said) if re.fullmatch(r"[+-]?\d+", said) else None


# How each parameter an older version filled in is read back; a parameter not here is not recognised.
_READERS: dict[str, Callable[[str, str], Any]] = {
    "topic": lambda lang, said: _names(lang, "topic").get(said),
    "verdict": lambda lang, said: _names(lang, "verdict").get(said),
    "criterion": lambda lang, said: _names(lang, "crit").get(said),
    "n": lambda lang, said: _number(said),
    "pct": lambda lang, said: _number(said),
    "points": lambda lang, said: _number(said),
    "sentence": lambda lang, said: said,
    "example": lambda lang, said: _rewrites(lang).get(said),  # the open rewrite suggested: its topic
}


@cache
def _rewrites(lang: str) -> dict[str, str]:
    return _reverse(_old()[lang]["open_rewrites"])


def _read_param(lang: str, name: str, said: str, key: str) -> Any:
    if name == "topics":  # a list of topic names; within a question's reason they carry quoted words: not read
        return None if key == "reason_topic" else _topics(lang, said)
    reader = _READERS.get(name)
    return reader(lang, said) if reader else None


__all__ = ["findings", "from_sentence", "upgrade"]
