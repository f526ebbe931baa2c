"""What a learner types into a box, looked at before it is checked.

A form never passes text on that cannot be checked in a useful way: far too long, or no words
at all (only signs or emoji); the role-play refuses the same overlong text. Such text gets a
plain-language message in the learner's language instead. Markup such as ``<script>`` is allowed
through, since it is always shown escaped, but the learner is told that it is shown as text.
"""

from __future__ import annotations

import re

from . import lang as L

MAX_CHARS = 5000  # far above a 150-word pitch, far below a pasted document
_LETTER = re.compile(r"[^\W\d_]")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>")


def _number(n: int, lang: str) -> str:
    """A whole number with the thousands separated as each language writes it (50 000, 50,000)."""
    return f"{n:,}".replace(",", "\u00a0" if lang == "sv" else ",")


def too_long(text: str, lang: str) -> str | None:
    """The plain-words refusal of text longer than ``MAX_CHARS``, or None. The role-play's boxes use
    this alone: its session has its own messages for text without words."""
    if len(text) > MAX_CHARS:
        return L.text(lang, "answer_forms.too_long", n=_number(len(text), lang), limit=_number(MAX_CHARS, lang))
    return None


def problem(text: str, lang: str) -> str | None:
    """What stops ``text`` from being checked, in plain words, or None. Empty text is not a problem:
    the checks themselves say "not yet" for it."""
    if refused := too_long(text, lang):
        return refused
    if text.strip() and not _LETTER.search(text):
        return L.text(lang, "answer_forms.no_words")
    return None


def has_markup(text: str) -> bool:
    """True when ``text`` holds something that looks like an HTML tag."""
    return bool(_MARKUP.search(text))


def markup_note(lang: str) -> str:
    """The note shown when an answer holds markup: it is shown as text and never run."""
    return L.text(lang, "answer_forms.markup")
