"""What the scorers found, as a key and parameters; the sentence is made only where it is shown.

A ``Finding`` is what results store: ``{"key": ..., "params": {...}}``. Its parameters are
language-neutral (topic ids, criterion ids, numbers, the learner's own words, and scenario text as
``{"sv": ..., "en": ...}``), so a stored finding reads correctly in either language and after a change
of wording. ``render(finding, lang)`` is the one place a finding becomes a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import lang as L
from .text import clip

VERBATIM = ""  # the key of a sentence kept as written (stored by an older version, not recognised)
QUOTE_CHARS = 160  # a quoted pitch sentence is cut for display after this many characters
# Keys whose "topics" read as a sentence ("syftet och budgeten"), with the words that carried them.
_TOPICS_IN_SENTENCE = frozenset({"reason_topic"})


@dataclass(frozen=True)
class Finding:
    """A catalogue key and its parameters, e.g. ``Finding.of("tip_missed", topic="budget")``."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **params: Any) -> Finding:
        """The finding ``key`` with ``params``, in name order: equal findings compare equal however made."""
        return cls(key, tuple((k, _frozen(v)) for k, v in sorted(params.items())))

    @classmethod
    def verbatim(cls, sentence: str) -> Finding:
        """A sentence shown exactly as written, in whatever language it was written."""
        return cls.of(VERBATIM, text=sentence)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls.of(str(data.get("key", VERBATIM)), **dict(data.get("params") or {}))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape results store."""
        return {"key": self.key, "params": {k: _thawed(v) for k, v in self.params}}

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)

    def text(self, lang: str) -> str:
        return render(self, lang)


def _frozen(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def _thawed(value: Any) -> Any:
    return [_thawed(v) for v in value] if isinstance(value, tuple) else value


def texts(findings: Iterable[Finding], lang: str) -> tuple[str, ...]:
    """Every finding as a sentence in ``lang``."""
    return tuple(render(f, lang) for f in findings)


def render(finding: Finding, lang: str) -> str:
    """The finding as a sentence in ``lang``."""
    params = dict(finding.params)
    if finding.key == VERBATIM:
        return str(params.get("text", ""))
    params = {k: _local(v, lang) for k, v in params.items()}
    if "topics" in params:
        if finding.key in _TOPICS_IN_SENTENCE:
            params["topics"] = topic_list(lang, params["topics"], params.pop("evidence", None), in_sentence=True)
        else:
            params["topics"] = ", ".join(L.topic_names(lang)[t] for t in params["topics"])
    if "topic" in params:
        params["topic"] = L.topic_objects(lang)[str(params["topic"])]
    if "for_topic" in params:
        params["example"] = L.open_rewrite(lang, params.pop("for_topic"))
    if "verdict" in params:
        params["verdict"] = L.text(lang, f"ui.verdict_{params['verdict']}")
    if "criterion" in params:
        params["criterion"] = L.text(lang, f"ui.crit_{params['criterion']}")
    if "other" in params:
        params["other"] = L.text(lang, f"ui.language_{params['other']}")
    if "sentence" in params:
        params["sentence"] = clip(str(params["sentence"]), QUOTE_CHARS)
    if "fields" in params:  # field labels mid-sentence: "språk, målgrupp"
        params["fields"] = ", ".join(f[:1].lower() + f[1:] for f in params["fields"])
    if "corrections" in params:
        params["corrections"] = " ".join(params["corrections"])
    return L.text(lang, f"ui.{finding.key}", **params)


def _local(value: Any, lang: str) -> Any:
    """Scenario text given in every language (``{"sv": ..., "en": ...}``) in ``lang``; other values as they are."""
    if isinstance(value, Mapping):
        return value.get(lang, next(iter(value.values()), ""))
    if isinstance(value, tuple):
        return tuple(_local(v, lang) for v in value)
    return value


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


__all__ = ["VERBATIM", "Finding", "join_and", "render", "texts", "topic_list"]
