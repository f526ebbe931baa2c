"""What a scenario itself says about its topics, as the model reads it.

Two kinds of scenario knowledge are features of the turn model: the words a scenario lists per
topic (``keywords``), and how much a turn shares with the questions each item is meant to answer
(``examples``) and with its short answers. In the care-tablets scenario "the relatives" are
stakeholders because its items say so; no word list could know that for every scenario.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..text import Lexicon, normalise, words
from . import lang as W
from .features import featuriser
from .langid import MARKERS

_CONTENT_LETTERS = 4  # shorter words (and the small words of the language) carry no topic
OVERLAPS = (1, 2)  # a feature fires when a turn shares at least this many content words with an example


@dataclass(frozen=True)
class Vocabulary:
    """A scenario's words per topic, and the content words of each topic's examples."""

    keywords: tuple[tuple[str, Lexicon], ...] = ()
    examples: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = ()

    def features(self, tokens: list[str], lang: str) -> list[tuple[str, int]]:
        """The scenario features of a turn's words, each with the index of the word that fired it (or -1)."""
        out = []
        for topic, lexicon in self.keywords:
            at = lexicon.first_hit(tokens)
            if at >= 0:
                out.append((f"k:{topic}", at))
        if self.examples:
            asked = content(tokens, lang)
            most, leader = 0, ""
            for topic, sets in self.examples:
                best = max((len(asked & s) for s in sets), default=0)
                out.extend((f"x:{topic}:{n}", -1) for n in OVERLAPS if best >= n)
                if best > most:
                    most, leader = best, topic
                elif best == most:
                    leader = ""  # a tie names no topic
            if leader:
                # The one topic whose examples the turn shares most with: measured leave-one-scenario-out,
                # it helps most where a turn brushes several topics' words (docs/understanding-model.md).
                out.append((f"xt:{leader}", -1))
        return out


def content(tokens: Iterable[str], lang: str) -> frozenset[str]:
    """The stems of a text's content words."""
    lang = W.code(lang)  # a language that borrows another's scorer data reads with it
    stem = featuriser(lang).stem
    small = MARKERS[lang]
    return frozenset(stem(w) for w in tokens if len(w) >= _CONTENT_LETTERS and w not in small)


def build(lang: str, keywords: Mapping[str, Sequence[str]] | None = None,
          examples: Mapping[str, Sequence[str]] | None = None) -> Vocabulary:
    """A vocabulary from words per topic and example texts per topic (questions and short answers)."""
    lexicons = tuple((t, Lexicon(ws)) for t, ws in sorted((keywords or {}).items()) if ws)
    sets = tuple((t, tuple(s for s in (content(words(normalise(x)), lang) for x in texts) if s))
                 for t, texts in sorted((examples or {}).items()))
    return Vocabulary(lexicons, tuple((t, ss) for t, ss in sets if ss))


_BUILT: dict[tuple[str, str, str], Vocabulary] = {}


def of_scenario(scenario: object, lang: str, changed: Mapping[str, Any] | None = None,
                variant: str = "") -> Vocabulary:
    """The vocabulary of a parsed ``Scenario``, built once per scenario, file, language and variant.

    ``changed`` are the facts a later round's order replaces (``NextOrder.facts``); ``variant`` names
    that order (its band), so each is built once.
    """
    key = (getattr(scenario, "id", ""), getattr(scenario, "source", ""), lang, variant if changed else "")
    found = _BUILT.get(key)
    if found is None:
        facts = {**getattr(scenario, "facts", {}), **(changed or {})}
        keywords = {t: f.keywords.get(lang, ()) for t, f in facts.items()}
        examples = {t: [x for i in f.items for x in (*i.examples.get(lang, ()), i.short.get(lang, ""))]
                    for t, f in facts.items()}
        found = _BUILT[key] = build(lang, keywords, examples)
    return found
