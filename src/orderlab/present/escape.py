"""Escaping learner text: for HTML (attributes and text) and for one line of Markdown.

Learner text (an alias, a pitch, an answer) is always shown through one of these.
"""

from __future__ import annotations

import re
from html import escape as _html_escape

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^([#+=-]|\d+[.)])")


def html(value: object) -> str:
    """Text (or an attribute value) that HTML and SVG show exactly as written: quotes escaped too."""
    return _html_escape(str(value), quote=True)


def md_escape(value: object) -> str:
    """Text on one line that Markdown (and the HTML Markdown allows) shows exactly as written."""
    flat = _MD_INLINE.sub(r"\\\1", " ".join(str(value).split()))
    start = _MD_LINE_START.match(flat)
    return flat[:start.end() - 1] + "\\" + flat[start.end() - 1:] if start else flat


__all__ = ["html", "md_escape"]
