"""What the model sees of a turn: its words' stems, pairs of stems, and what the rules found.

The Snowball stem joins the forms of one word ("målgruppen", "målgrupper"). Pairs of neighbouring
stems, and of stems one word apart, let the model tell "vem mer" from "vem". The rules' word lists
and findings (form, flags, reflection) are features too. Letter sequences inside words were tried
and dropped: measured leave-one-scenario-out, they learned each scenario's own vocabulary and
generalised worse (docs/understanding-model.md). Every feature remembers the word it came from,
so a decision can be explained by the words that carried it. Pure Python (the stemmer too), so it
runs in Pyodide.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .clauses import Turn

if TYPE_CHECKING:
    from .vocabulary import Vocabulary

_STEMMERS = {"sv": "swedish", "en": "english"}
_CACHE_LIMIT = 50_000
NO_WORD = -1  # a feature of the whole turn (its form, its length), not of one word

# A feature, the index of the word it came from (or NO_WORD), and of a second word for a pair (or NO_WORD).
Positioned = list[tuple[str, int, int]]


@cache
def _stemmer(lang: str):  # snowballstemmer has no type hints
    import snowballstemmer  # imported when first needed: it loads thirty languages' stemmers

    return snowballstemmer.stemmer(_STEMMERS[lang])


class Featuriser:
    """Turns the words of one language into features, remembering each word's features."""

    def __init__(self, lang: str):
        self.lang = lang
        self._stems: dict[str, str] = {}
        self._words: dict[str, tuple[str, ...]] = {}

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            if len(self._stems) >= _CACHE_LIMIT:
                self._stems.clear()
            stem = self._stems[word] = _stemmer(self.lang).stemWord(word)
        return stem

    def word(self, word: str) -> tuple[str, ...]:
        """The features of one word: its stem."""
        found = self._words.get(word)
        if found is None:
            found = (f"s:{self.stem(word)}",)
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            self._words[word] = found
        return found

    def window(self, a: str, b: str, c: str) -> tuple[str, ...]:
        """The features that start at word ``a``: its stem, and its pairs with the next word ``b`` and the one
        after, ``c`` ("" past the end of the turn)."""
        out = [*self.word(a)]
        if b:
            out.append(f"b:{self.stem(a)}_{self.stem(b)}")
        if c:
            out.append(f"k2:{self.stem(a)}_{self.stem(c)}")
        return tuple(out)

    def window_of(self, key: tuple[str, str, str]) -> tuple[str, ...]:
        """``window`` of a (word, next word, the word after) key."""
        return self.window(*key)

    @staticmethod
    def shape(turn: Turn) -> tuple[str, ...]:
        """The turn-wide features: what the rules found (form, flags), a question mark, the length."""
        out = [_FORM[turn.form], *(_FLAG[flag] for flag in turn.flags), *sorted({_WHY[w] for w in turn.why})]
        if turn.reflection:
            out.append("rule:reflection")
        if turn.permission:
            out.append("rule:permission")
        if "?" in turn.text:
            out.append("mark:?")
        out.append(_LENGTH[min(len(turn.tokens), len(_LENGTH) - 1)])
        out.append(_CLAUSES[min(len(turn.clauses), 3)])
        return tuple(out)

    @staticmethod
    def shape_key(turn: Turn) -> tuple:
        """What ``shape`` depends on, to remember its sum by."""
        return (turn.form, tuple(turn.flags), tuple(turn.why), turn.reflection, turn.permission,
                "?" in turn.text,
                min(len(turn.tokens), len(_LENGTH) - 1), min(len(turn.clauses), 3))

    @staticmethod
    def opening(turn: Turn) -> tuple[str, str, int]:
        """The first two words of the turn's first clause after its fillers ("" when missing), and where they are."""
        for first in turn.stripped:
            if first:
                return first[0], first[1] if len(first) > 1 else "", _index_of(turn.tokens, first)
        return "", "", NO_WORD

    def opening_features(self, a: str, b: str) -> tuple[str, ...]:
        """The features of a turn's opening words: the first stem, and the first two together."""
        if not a:
            return ()
        return (f"f:{self.stem(a)}", f"f2:{self.stem(a)}_{self.stem(b)}") if b else (f"f:{self.stem(a)}",)

    def cues(self, turn: Turn, vocabulary: Vocabulary | None = None) -> Positioned:
        """The features of single words that say something in this turn: the word lists the rules use and
        the scenario's own words; each with the word it came from."""
        out: Positioned = [(_RULE[label], i, NO_WORD) for label, i in turn.hits.items()]
        if vocabulary is not None:
            out += [(f, i, NO_WORD) for f, i in vocabulary.features(turn.tokens, self.lang)]
        return out

    def turn(self, turn: Turn, vocabulary: Vocabulary | None = None) -> list[str]:
        """Every feature of a turn, as a list of names (what training sees)."""
        tokens = turn.tokens
        padded = [*tokens, "", ""]
        out = [f for i in range(len(tokens)) for f in self.window(*padded[i:i + 3])]
        out += self.shape(turn)
        out += self.opening_features(*self.opening(turn)[:2])
        out += [f for f, _, _ in self.cues(turn, vocabulary)]
        return out


def _index_of(tokens: list[str], clause: list[str]) -> int:
    """Where a clause's first word sits among the turn's words (the first occurrence)."""
    try:
        return tokens.index(clause[0])
    except ValueError:
        return NO_WORD


def _length_bucket(n: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (16, "9-16")):
        if n <= limit:
            return name
    return "17+"


class _Names(dict):
    """Feature names made once: ``_RULE["reflection"]`` is ``"r:reflection"``."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, key: str) -> str:
        name = self[key] = f"{self.prefix}{key}"
        return name


_RULE, _FORM, _FLAG, _WHY = _Names("r:"), _Names("form:"), _Names("flag:"), _Names("why:")
RULE_FEATURES = _RULE  # a word list's feature by its label (``cues``): the analysis names them the same way
_CLAUSES = tuple(f"clauses:{n}" for n in range(4))
_LENGTH = tuple(f"len:{_length_bucket(n)}" for n in range(18))


@cache
def featuriser(lang: str) -> Featuriser:
    """The one featuriser per language, shared so its memory of words is too."""
    return Featuriser(lang)
