"""Every string a learner sees, in every language: one message catalogue per language, as data.

Each language is one file ``<code>.yaml`` in this folder (or in a folder named by ``ORDERLAB_LANG_PATH``,
several separated by ``os.pathsep``): a ``language`` block (code, name, the order of the language menu,
and which language's scorer data it reads turns with: ``understanding``), then namespaces of keys
(``ui.start``, ``exercises.band_strong``, ``progress.pct``, ...). ``text(lang, "ns.key", **params)`` is
the one lookup. Languages are the catalogues found, so a third language is a new file, no Python.

Why YAML and not gettext/Babel: the scenarios are YAML already, read and checked the same way with a
message that names the file and the key; there is no compile step (.po to .mo) to forget, and it runs
as is in Pyodide; keys, not source strings, because neither language is the "source" one: both are
first-class, and a wording change in one must not orphan the other. The scorer's word lists are not
here: they are data for reading turns (``orderlab.understanding.lang``), not text anyone is shown.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

ENV = "ORDERLAB_LANG_PATH"
BUILTIN = Path(__file__).parent
_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
ONE = "_one"  # the suffix of a key's singular form, used when the count n is 1
_LANGUAGE_FIELDS = {"code": str, "name": str, "order": int, "understanding": str}


class CatalogueError(ValueError):
    """A catalogue that cannot be used: the message names the file and the key."""

    def __init__(self, path: Path | str, where: str, reason: str):
        self.path, self.where, self.reason = str(path), where, reason
        super().__init__(f"{path}: {where}: {reason}")


def search_path() -> tuple[Path, ...]:
    """The folders searched for catalogues: this package's, then those of ``ORDERLAB_LANG_PATH``."""
    return _dirs(os.environ.get(ENV, ""))


@lru_cache(maxsize=8)
def _dirs(value: str) -> tuple[Path, ...]:
    return (BUILTIN, *(Path(p) for p in value.split(os.pathsep) if p))


def _found() -> dict[str, Path]:
    """The catalogue files of the current search path (every scored turn asks: kept cheap)."""
    return _found_for(os.environ.get(ENV, ""))


@lru_cache(maxsize=8)
def _found_for(value: str) -> dict[str, Path]:
    return _files(_dirs(value))


@lru_cache(maxsize=8)
def _files(dirs: tuple[Path, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.yaml")):
            found.setdefault(path.stem, path)  # the first folder wins: a search path cannot replace sv
    return found


def _read(path: Path) -> Any:
    import yaml  # first needed here, not at import

    from .. import parsed_yaml

    try:
        return parsed_yaml.load(path.read_text(encoding="utf-8"), path)
    except OSError as exc:
        raise CatalogueError(path, "(file)", f"cannot be read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        raise CatalogueError(path, where, f"is not valid YAML: {getattr(exc, 'problem', None) or exc}") from None


def validate(data: Any, path: Path | str, code: str) -> dict[str, dict[str, Any]]:
    """Check one parsed catalogue; raise ``CatalogueError`` naming the file and the first bad key."""
    if not isinstance(data, dict):
        raise CatalogueError(path, "(file)", "should be a mapping of namespaces")
    head = data.get("language")
    if not isinstance(head, dict):
        raise CatalogueError(path, "language", "is missing: name the language (code, name, order, understanding)")
    for field, kind in _LANGUAGE_FIELDS.items():
        if not isinstance(head.get(field), kind) or head[field] in ("", None):
            raise CatalogueError(path, f"language.{field}", f"should be a {'number' if kind is int else 'text'}")
    if head["code"] != code:
        raise CatalogueError(path, "language.code", f"is {head['code']!r}, but the file is named for {code!r}")
    for ns, table in data.items():
        if ns == "language":
            continue
        if not isinstance(ns, str) or not _KEY.match(ns) or not isinstance(table, dict):
            raise CatalogueError(path, str(ns), "should be a namespace: a name, then a mapping of keys to text")
        for key, value in table.items():
            where = f"{ns}.{key}"
            if not isinstance(key, str) or not _KEY.match(key):
                raise CatalogueError(path, where, "is not a key: use lower-case letters, digits and _")
            if not isinstance(value, str):  # empty is allowed: exercises.status_info shows no word
                raise CatalogueError(path, where, f"should be text, not {type(value).__name__}")
            try:
                placeholders(value)
            except ValueError as exc:
                raise CatalogueError(path, where, f"has a broken {{placeholder}}: {exc}") from None
        _check_singulars(table, path, ns)
    return data


def _check_singulars(table: Mapping[str, str], path: Path | str, ns: str) -> None:
    """A ``<key>_one`` is the singular of ``<key>``: the key must exist and both need the same placeholders."""
    for key, value in table.items():
        if not key.endswith(ONE):
            continue
        base = key[: -len(ONE)]
        if base not in table:
            raise CatalogueError(path, f"{ns}.{key}", f"is a singular form, but {ns}.{base} is missing")
        if not placeholders(value) <= placeholders(str(table[base])):  # "(once)" may leave out {n}
            raise CatalogueError(path, f"{ns}.{key}", f"should need no placeholder that {ns}.{base} lacks")


def placeholders(template: str) -> frozenset[str]:
    """The ``{names}`` a template needs."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)


@lru_cache(maxsize=16)
def _load(path: Path, code: str) -> dict[str, dict[str, Any]]:
    return validate(_read(path), path, code)


def catalogue(lang: str) -> Mapping[str, Mapping[str, Any]]:
    """The whole catalogue of ``lang``, read and checked once."""
    files = _found()
    if lang not in files:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(languages())}")
    return _load(files[lang], lang)


def languages() -> tuple[str, ...]:
    """The codes of every catalogue found, in the order of the language menu."""
    files = _found()
    return tuple(sorted(files, key=lambda c: (_load(files[c], c)["language"]["order"], c)))


def builtin_languages() -> tuple[str, ...]:
    """The languages shipped with the course: its own content (exercises, model answers, scenarios that
    name no ``languages``) is written in each of them; a catalogue on ``ORDERLAB_LANG_PATH`` adds none."""
    return tuple(code for code in languages() if _found()[code].parent == BUILTIN)


def check_lang(lang: str) -> str:
    """Return ``lang`` if it has a catalogue, else raise ``ValueError`` naming the choices."""
    if not isinstance(lang, str) or lang not in _found():
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(languages())}")
    return lang


def source(lang: str) -> str:
    """The file the catalogue of ``lang`` was read from."""
    return str(_found()[check_lang(lang)])


def table(lang: str, namespace: str) -> Mapping[str, str]:
    """One namespace of ``lang`` as a mapping (``topic_names``, ...)."""
    found = catalogue(lang).get(namespace)
    if found is None:
        raise CatalogueError(source(lang), namespace, "is missing")
    return found


def text(lang: str, key: str, **values: object) -> str:
    """The text ``key`` ("ns.key") in ``lang``, with ``{placeholders}`` filled in from ``values``.

    With ``n=1`` the key's singular form ``<key>_one`` is used when the catalogue has one.
    """
    namespace, _, name = key.partition(".")
    found = table(lang, namespace)
    template = found.get(name)
    if values.get("n") == 1 and name + ONE in found:
        template = found[name + ONE]
    if template is None:
        raise CatalogueError(source(lang), key, "is missing")
    return str(template).format(**values) if values else str(template)


def has(lang: str, key: str) -> bool:
    """Whether ``lang``'s catalogue has the text ``key``."""
    namespace, _, name = key.partition(".")
    return name in catalogue(lang).get(namespace, {})


def topic_names(lang: str) -> Mapping[str, str]:
    """Display names of the ten topics."""
    return table(lang, "topic_names")


def topic_objects(lang: str) -> Mapping[str, str]:
    """The ten topics as a sentence needs them after "om"/"about": "budgeten", "the budget"."""
    return table(lang, "topic_objects")


def open_rewrite(lang: str, topic: str | None) -> str:
    """An open rewrite to suggest for a closed question about ``topic``."""
    rewrites = table(lang, "open_rewrites")
    return rewrites.get(topic or "default", rewrites["default"])


def understanding(lang: str) -> str:
    """The language whose scorer data reads turns in ``lang`` (itself, unless its catalogue borrows)."""
    return str(catalogue(lang)["language"]["understanding"])


__all__ = [
    "ENV", "CatalogueError", "builtin_languages", "catalogue", "check_lang", "has", "languages", "open_rewrite",
    "placeholders", "search_path", "table", "text", "topic_names", "topic_objects", "understanding", "validate",
]
