"""Swedish and English: word lists for the scorers and every string a learner sees.

Both languages define the same keys; ``tests/test_lang.py`` holds them to that.
"""

from __future__ import annotations

from types import ModuleType

from . import en, sv

LANGUAGES: tuple[str, ...] = ("sv", "en")
_MODULES: dict[str, ModuleType] = {"sv": sv, "en": en}


# per-module string tables
SECTIONS: tuple[str, ...] = ("EXERCISES", "PROGRESS", "PROGRESS_VIEW", "ANSWER_FORMS", "EXERCISE_FORMS", "MODEL_ROUND",
                             "REFLECTION")


def strings(section: str) -> dict[str, dict[str, str]]:
    """One module's string table in both languages: ``{"sv": {...}, "en": {...}}``."""
    if section not in SECTIONS:
        raise ValueError(f"unknown string table {section!r}: choose one of {', '.join(SECTIONS)}")
    return {code: getattr(module, section) for code, module in _MODULES.items()}


def section_text(section: str, lang: str, key: str, **values: object) -> str:
    """The string ``key`` of one module's table (``strings(section)``) in ``lang``, filled in."""
    template = strings(section)[check_lang(lang)][key]
    return template.format(**values) if values else template


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is supported, else raise ``ValueError`` naming the choices."""
    if lang not in _MODULES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang


def text(lang: str, key: str, **values: object) -> str:
    """The UI string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    template = _MODULES[check_lang(lang)].UI[key]
    return template.format(**values) if values else template


def words(lang: str) -> dict[str, list[str]]:
    """The scorer word lists for ``lang`` (see ``sv.WORDS``)."""
    return _MODULES[check_lang(lang)].WORDS


def topic_words(lang: str) -> dict[str, list[str]]:
    """Word lists that signal each of the ten topics."""
    return _MODULES[check_lang(lang)].TOPICS


def topic_names(lang: str) -> dict[str, str]:
    """Display names of the ten topics."""
    return _MODULES[check_lang(lang)].TOPIC_NAMES


def topic_objects(lang: str) -> dict[str, str]:
    """The ten topics as a sentence needs them after "om"/"about": "budgeten", "the budget"."""
    return _MODULES[check_lang(lang)].TOPIC_OBJECTS


def open_rewrite(lang: str, topic: str | None) -> str:
    """An open rewrite to suggest for a closed question about ``topic``."""
    rewrites = _MODULES[check_lang(lang)].OPEN_REWRITES
    return rewrites.get(topic or "", rewrites[""])


__all__ = [
    "LANGUAGES", "check_lang", "open_rewrite", "section_text", "text", "topic_names", "topic_objects",
    "topic_words", "words",
]
