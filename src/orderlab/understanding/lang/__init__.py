"""The scorer's language data: word lists per language, as data (``<code>.yaml``), apart from interface text.

``words``: lists that mark a turn's form, act and pitch criteria; ``topics``: words that signal each topic.
A language with no file of its own reads turns with the data of the language its catalogue names in
``language.understanding`` (``orderlab.lang.understanding``). The models (``model.<code>.json``) stay
one folder up.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ... import lang as L

BUILTIN = Path(__file__).parent
_SHIPPED = frozenset(p.stem for p in BUILTIN.glob("*.yaml"))


def code(lang: str) -> str:
    """The language whose scorer data and models read turns in ``lang`` (``ValueError`` if unknown)."""
    if lang in _SHIPPED:
        return lang
    borrowed = L.understanding(lang)
    if borrowed not in _SHIPPED:
        choices = ", ".join(sorted(_SHIPPED))
        raise L.CatalogueError(L.source(lang), "language.understanding",
                               f"is {borrowed!r}, which has no scorer data: choose one of {choices}")
    return borrowed


@lru_cache(maxsize=8)
def _data(scorer: str) -> dict[str, dict[str, list[str]]]:
    from ... import parsed_yaml

    path = BUILTIN / f"{scorer}.yaml"
    data = parsed_yaml.load(path.read_text(encoding="utf-8"), path)
    for part in ("words", "topics"):
        lists = data.get(part) if isinstance(data, dict) else None
        if not isinstance(lists, dict):
            raise L.CatalogueError(path, part, "should be a mapping of names to lists of words")
        for name, entries in lists.items():
            if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
                raise L.CatalogueError(path, f"{part}.{name}", "should be a list of words, none empty")
    return data


def words(lang: str) -> dict[str, list[str]]:
    """The scorer word lists for ``lang`` (``closed_start``, ``why_start``, ``pitch_...``, ...)."""
    return _data(code(lang))["words"]


def topic_words(lang: str) -> dict[str, list[str]]:
    """Word lists that signal each of the ten topics."""
    return _data(code(lang))["topics"]


__all__ = ["code", "topic_words", "words"]
