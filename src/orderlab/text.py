"""Plain-text helpers shared by the scorers: normalising, tokenising, matching word lists.

Every function here runs in linear time in the length of its input, so a 50,000-character
paste is as safe as a one-line question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?;\n]+")
DISPLAY_LIMIT = 600
_SEEN_LIMIT = 20_000  # words remembered per word list


def normalise(text: str) -> str:
    """Lower-case, NFC-composed text with runs of white space folded to one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def words(text: str) -> list[str]:
    """The words of already-normalised text, punctuation dropped."""
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences, keeping a trailing '?' on questions."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.end()].strip()
        if piece.strip(".!?;\n "):
            parts.append(piece)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def clip(text: str, limit: int = DISPLAY_LIMIT) -> str:
    """Cut text for display, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


Element = tuple[frozenset[str], tuple[str, ...]]  # one word of a phrase: exact forms, prefixes
Phrase = tuple[Element, ...]


def _element(pattern: str) -> Element:
    alternatives = pattern.split("|")
    return (frozenset(a for a in alternatives if not a.endswith("*")),
            tuple(a[:-1] for a in alternatives if a.endswith("*")))


class Lexicon:
    """A word list matched against token sequences.

    Entries are exact words (``mål``), prefixes ending in ``*`` (``syfte*``), suffixes
    (``*budget``) or parts of a word (``*budget*``, for Swedish compounds such as
    "lönebudgeten"), or phrases of several words (``hur många``). Any word of a phrase may
    end in ``*`` or list alternatives with ``|`` (``funderat på en|ett|att``).
    """

    def __init__(self, entries: Iterable[str]):
        self.exact: set[str] = set()
        self.prefixes: set[str] = set()
        self.suffixes: tuple[str, ...] = ()
        self.infixes: tuple[str, ...] = ()
        self.raw_phrases: list[tuple[str, ...]] = []
        for raw in entries:
            entry = normalise(raw)
            if " " in entry:
                self.raw_phrases.append(tuple(entry.split(" ")))
            elif entry.startswith("*") and entry.endswith("*"):
                self.infixes += (entry[1:-1],)
            elif entry.startswith("*"):
                self.suffixes += (entry[1:],)
            elif entry.endswith("*"):
                self.prefixes.add(entry[:-1])
            else:
                self.exact.add(entry)
        self._lengths = sorted({len(p) for p in self.prefixes})
        self.phrases: list[Phrase] = [tuple(_element(w) for w in p) for p in self.raw_phrases]
        # Phrases are looked up by their first word, so matching stays linear in the input.
        self._phrases_by_word: dict[str, list[Phrase]] = {}
        prefix_lengths: set[int] = set()
        for phrase in self.phrases:
            exact, prefixes = phrase[0]
            for first in (*exact, *prefixes):
                self._phrases_by_word.setdefault(first, []).append(phrase)
            prefix_lengths.update(len(p) for p in prefixes)
        self._phrase_prefix_lengths = sorted(prefix_lengths)
        # What each word seen so far matches: questions reuse a small vocabulary, so scoring
        # becomes a dictionary look-up per word. Bounded, so a huge paste cannot grow it forever.
        self._seen: dict[str, tuple[bool, tuple[Phrase, ...]]] = {}
        self._starts: dict[tuple[str, ...], int] = {}
        self._longest = max((len(p) for p in self.phrases), default=1)

    @staticmethod
    def _word_matches(word: str, element: Element) -> bool:
        return word in element[0] or (bool(element[1]) and word.startswith(element[1]))

    def _lookup(self, word: str) -> tuple[bool, tuple[Phrase, ...]]:
        """Whether ``word`` matches a one-word entry, and the phrases that may start at it."""
        info = self._seen.get(word)
        if info is None:
            hit = (
                word in self.exact
                or any(word[:n] in self.prefixes for n in self._lengths if n <= len(word))
                or word.endswith(self.suffixes)
                or any(part in word for part in self.infixes)
            )
            found = {id(p): p for p in self._phrases_by_word.get(word, ())}
            for n in self._phrase_prefix_lengths:
                if n < len(word):
                    found.update((id(p), p) for p in self._phrases_by_word.get(word[:n], ())
                                 if Lexicon._word_matches(word, p[0]))
            info = (hit, tuple(p for p in found.values() if Lexicon._word_matches(word, p[0])))
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = info
        return info

    def word_hit(self, word: str) -> bool:
        """True when one word matches an exact, prefix, suffix or part-of-word entry."""
        return self._lookup(word)[0]

    def first_hit(self, tokens: list[str]) -> int:
        """Index of the first token where any entry matches, or -1."""
        for i, word in enumerate(tokens):
            hit, phrases = self._lookup(word)
            if hit or (phrases and any(self._phrase_at(tokens, i, p) for p in phrases)):
                return i
        return -1

    @staticmethod
    def _phrase_at(tokens: list[str], i: int, phrase: Phrase) -> bool:
        n = len(phrase)
        if i + n > len(tokens):
            return False
        # The first word already matched when the phrase was looked up. (A plain loop: this is
        # the scorer's innermost step.)
        for k in range(1, n):
            word = tokens[i + k]
            exact, prefixes = phrase[k]
            if word not in exact and not (prefixes and word.startswith(prefixes)):
                return False
        return True

    def matches(self, tokens: list[str]) -> bool:
        """True when any entry occurs in the token sequence."""
        return self.first_hit(tokens) >= 0

    def starts(self, tokens: list[str]) -> bool:
        """True when an entry matches at the very start of the token sequence."""
        return self.match_length(tokens) > 0

    def match_length(self, tokens: list[str]) -> int:
        """Length in words of the longest entry at the start of ``tokens`` (0 if none)."""
        if not tokens:
            return 0
        # Questions open with the same few words again and again ("vad vill ni", "har ni"), so the
        # answer is remembered for the words an entry could span.
        key = tuple(tokens[: self._longest])
        found = self._starts.get(key)
        if found is None:
            found = self._match_length(tokens)
            if len(self._starts) >= _SEEN_LIMIT:
                self._starts.clear()
            self._starts[key] = found
        return found

    def _match_length(self, tokens: list[str]) -> int:
        hit, phrases = self._lookup(tokens[0])
        best = 1 if hit else 0
        for phrase in phrases:
            if len(phrase) > best and self._phrase_at(tokens, 0, phrase):
                best = len(phrase)
        return best


class LexiconSet:
    """Several labelled word lists matched in one pass over the words."""

    def __init__(self, lists: dict[str, Iterable[str]]):
        self.lexicons = {label: Lexicon(entries) for label, entries in lists.items()}
        self._seen: dict[str, tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]] = {}

    def _lookup(self, word: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
        info = self._seen.get(word)
        if info is None:
            labels, phrases = [], []
            for label, lex in self.lexicons.items():
                hit, candidates = lex._lookup(word)
                if hit:
                    labels.append(label)
                phrases.extend((label, p) for p in candidates)
            info = (tuple(labels), tuple(phrases))
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = info
        return info

    def first_hits(self, tokens: list[str]) -> dict[str, int]:
        """For each label that matches, the index of its first matching word."""
        found: dict[str, int] = {}
        for i, word in enumerate(tokens):
            labels, phrases = self._lookup(word)
            for label in labels:
                found.setdefault(label, i)
            for label, phrase in phrases:
                if label not in found and Lexicon._phrase_at(tokens, i, phrase):
                    found[label] = i
        return found
