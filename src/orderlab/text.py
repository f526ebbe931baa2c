"""Plain-text helpers shared by the scorers: normalising, tokenising, matching word lists.

Every function here runs in linear time in the length of its input, so a 50,000-character
paste is as safe as a one-line question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?;\n]+")
DISPLAY_LIMIT = 600
_SEEN_LIMIT = 20_000  # words remembered per word list
_CHUNKED_LIMIT = 1000  # longer text is split into words in one pass, without remembering its chunks
_CHUNK_WORDS: dict[str, tuple[str, ...]] = {}


def normalise(text: str) -> str:
    """Lower-case, NFC-composed text with runs of white space folded to one space."""
    # str.split() and the regular expression ``\s`` know the same white space (tests/test_text.py).
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def words(text: str, chunks: list[str] | None = None) -> list[str]:
    """The words of already-normalised text, punctuation dropped (``chunks``: the text split at its spaces,
    when the caller has it already)."""
    if len(text) > _CHUNKED_LIMIT:
        return _WORD.findall(text)
    # No word spans white space, so the words of each space-separated chunk are remembered.
    found: list[str] = []
    get = _CHUNK_WORDS.get
    for chunk in text.split() if chunks is None else chunks:
        chunk_words = get(chunk)
        if chunk_words is None:
            chunk_words = _remember_chunk(chunk)
        found += chunk_words
    return found


def _remember_chunk(chunk: str) -> tuple[str, ...]:
    if len(_CHUNK_WORDS) >= _SEEN_LIMIT:
        _CHUNK_WORDS.clear()
    chunk_words = _CHUNK_WORDS[chunk] = tuple(_WORD.findall(chunk))
    return chunk_words


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences, keeping a trailing '?' on questions."""
    found = _SENTENCE_END.search(text)
    if found is None or found.end() == len(text):  # the common case: one sentence, ending at most once
        piece = text.strip()
        return [piece] if piece.strip(".!?;\n ") else []
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


Step = tuple[str, Phrase, int]  # a phrase of a label, matched up to (not including) word k
Found = tuple[tuple[str, ...], "_Follow | None"]  # labels that match here, and phrases still under way
WordInfo = tuple[bool, tuple[Phrase, ...], "_Follow | None"]  # one-word hit, phrases from here, where they go on


class _Follow:
    """Phrases under way after some words: which labels the next word completes, which go on.

    The answer for each next word is remembered, so following a phrase costs one look-up per word.
    """

    __slots__ = ("_interned", "_next", "steps")

    def __init__(self, steps: tuple[Step, ...], interned: dict[tuple[Step, ...], _Follow]):
        self.steps = steps
        self._interned = interned
        self._next: dict[str, Found] = {}

    def step(self, word: str) -> Found:
        """What ``word`` completes, and what is still under way after it."""
        found = self._next.get(word)
        if found is None:
            labels: list[str] = []
            going_on: list[Step] = []
            for label, phrase, k in self.steps:
                exact, prefixes = phrase[k]
                if word in exact or (prefixes and word.startswith(prefixes)):
                    if k + 1 == len(phrase):
                        labels.append(label)
                    else:
                        going_on.append((label, phrase, k + 1))
            found = (tuple(labels), _follow(tuple(going_on), self._interned))
            if len(self._next) >= _SEEN_LIMIT:
                self._next.clear()
            self._next[word] = found
        return found


def _follow(steps: tuple[Step, ...], interned: dict[tuple[Step, ...], _Follow]) -> _Follow | None:
    """The one shared ``_Follow`` for these steps (None when no phrase is under way)."""
    if not steps:
        return None
    follow = interned.get(steps)
    if follow is None:
        follow = interned[steps] = _Follow(steps, interned)
    return follow


def _check_entry(entry: str) -> None:
    """Refuse a word-list entry whose alternatives span a space, which would silently match the wrong words."""
    ws = entry.split(" ")
    for k, group in enumerate(ws):
        alternatives = group.split("|")
        if any(not a.strip("*") for a in alternatives):
            raise ValueError(f"word list entry {entry!r}: an empty alternative; join one-word alternatives "
                             "with '|' and no spaces, and write a phrase as an entry of its own")
        if k + 1 < len(ws) and len(alternatives) > 1:
            following = ws[k + 1].split("|")
            if any(a + f in alternatives for a in alternatives for f in following):
                raise ValueError(f"word list entry {entry!r}: an alternative of two words ('idag|i dag'); "
                                 "write each spelling as an entry of its own")


class Lexicon:
    """A word list matched against token sequences.

    Entries are exact words (``mål``), prefixes ending in ``*`` (``syfte*``), suffixes
    (``*budget``) or parts of a word (``*budget*``, for Swedish compounds such as
    "lönebudgeten"), or phrases of several words (``hur många``). Any word of a phrase may
    end in ``*`` or list alternatives with ``|`` (``funderat på en|ett|att``); a one-word
    entry may list alternatives too (``mycket|mkt``).

    An alternative is one word: ``|`` binds tighter than the space, so ``much|a lot`` reads as
    ``much|a`` then ``lot``. What that mistake leaves behind is refused when the list is loaded: an
    empty alternative (``much | a lot``) and a two-word spelling beside its one-word spelling
    (``idag|i dag``). ``much|a lot`` itself reads exactly like a real phrase (``vem|vilka läser``),
    so write a phrase of several words as an entry of its own.
    """

    def __init__(self, entries: Iterable[str]):
        self.exact: set[str] = set()
        self.prefixes: set[str] = set()
        self.suffixes: tuple[str, ...] = ()
        self.infixes: tuple[str, ...] = ()
        self.raw_phrases: list[tuple[str, ...]] = []
        for raw in entries:
            entry = normalise(raw)
            _check_entry(entry)
            if " " in entry:
                self.raw_phrases.append(tuple(entry.split(" ")))
            else:
                for word in entry.split("|"):
                    self._add_word(word)
        self._lengths = sorted({len(p) for p in self.prefixes})
        self.longest = max(map(len, self.raw_phrases), default=1)  # words in the longest entry
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
        self._seen: dict[str, WordInfo] = {}
        self._interned: dict[tuple[Step, ...], _Follow] = {}

    def _add_word(self, entry: str) -> None:
        if entry.startswith("*") and entry.endswith("*"):
            self.infixes += (entry[1:-1],)
        elif entry.startswith("*"):
            self.suffixes += (entry[1:],)
        elif entry.endswith("*"):
            self.prefixes.add(entry[:-1])
        else:
            self.exact.add(entry)

    @staticmethod
    def _word_matches(word: str, element: Element) -> bool:
        return word in element[0] or (bool(element[1]) and word.startswith(element[1]))

    def _lookup(self, word: str) -> WordInfo:
        """Whether ``word`` matches a one-word entry, the phrases that may start at it, and where they go on."""
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
            phrases = tuple(p for p in found.values() if Lexicon._word_matches(word, p[0]))
            info = (hit, phrases, _follow(tuple(("", p, 1) for p in phrases), self._interned))
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = info
        return info

    def word_hit(self, word: str) -> bool:
        """True when one word matches an exact, prefix, suffix or part-of-word entry."""
        return (self._seen.get(word) or self._lookup(word))[0]

    def may_start(self, word: str) -> bool:
        """Whether an entry may match from ``word`` on: a one-word entry matches it, or a phrase starts with it."""
        hit, _, follow = self._seen.get(word) or self._lookup(word)
        return hit or follow is not None

    def first_hit(self, tokens: list[str]) -> int:
        """Index of the first token where any entry matches, or -1."""
        seen = self._seen
        n = len(tokens)
        for i, word in enumerate(tokens):
            hit, _, follow = seen.get(word) or self._lookup(word)
            if hit:
                return i
            j = i + 1
            while follow is not None and j < n:
                word = tokens[j]
                labels, follow = follow._next.get(word) or follow.step(word)
                j += 1
                if labels:
                    return i
        return -1

    def matches(self, tokens: list[str]) -> bool:
        """True when any entry occurs in the token sequence."""
        return self.first_hit(tokens) >= 0

    def starts(self, tokens: list[str]) -> bool:
        """True when an entry matches at the very start of the token sequence."""
        return self.match_length(tokens) > 0

    def covers(self, tokens: list[str]) -> bool:
        """True when one entry matches all of ``tokens`` (at least one)."""
        # An entry matches at most ``longest`` words: a longer clause is told without a look-up.
        return 0 < len(tokens) <= self.longest and self.match_length(tokens) == len(tokens)

    def match_length(self, tokens: list[str]) -> int:
        """Length in words of the longest entry at the start of ``tokens`` (0 if none)."""
        if not tokens:
            return 0
        hit, _, follow = self._seen.get(tokens[0]) or self._lookup(tokens[0])
        best = 1 if hit else 0
        if follow is None:
            return best  # the common case: no phrase starts here
        j, n = 1, len(tokens)
        while follow is not None and j < n:
            word = tokens[j]
            labels, follow = follow._next.get(word) or follow.step(word)
            j += 1
            if labels:
                best = j
        return best


class LexiconSet:
    """Several labelled word lists matched in one pass over the words."""

    def __init__(self, lists: dict[str, Iterable[str]]):
        self.lexicons = {label: Lexicon(entries) for label, entries in lists.items()}
        self._seen: dict[str, Found] = {}
        self._interned: dict[tuple[Step, ...], _Follow] = {}

    def _lookup(self, word: str) -> Found:
        info = self._seen.get(word)
        if info is None:
            labels: list[str] = []
            steps: list[Step] = []
            for label, lex in self.lexicons.items():
                hit, candidates, _ = lex._lookup(word)
                if hit:
                    labels.append(label)
                steps.extend((label, p, 1) for p in candidates)
            info = (tuple(labels), _follow(tuple(steps), self._interned))
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = info
        return info

    def first_hits(self, tokens: list[str]) -> dict[str, int]:
        """For each label that matches, the index of its first matching word."""
        found: dict[str, int] = {}
        seen = self._seen
        n = len(tokens)
        for i, word in enumerate(tokens):
            labels, follow = seen.get(word) or self._lookup(word)
            for label in labels:
                if label not in found:
                    found[label] = i
            if follow is None:
                continue  # the common case: no phrase starts at word i
            j = i + 1
            while follow is not None and j < n:  # the phrases that start at word i
                word = tokens[j]
                labels, follow = follow._next.get(word) or follow.step(word)
                j += 1
                for label in labels:
                    if label not in found:
                        found[label] = i
        return found
