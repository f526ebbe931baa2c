"""Panels drawn: an ``orderlab.panel.Panel`` as escaped HTML for Jupyter and as plain text.

The status words and the quote's form are the exercise strings (``EXERCISES`` in orderlab.lang).
"""

from __future__ import annotations

from .. import lang as L
from ..panel import Panel
from ..text import clip
from .escape import html as e
from .palette import STATUS_COLOUR

MARK: dict[str, str] = {"ok": "✓", "fix": "✗", "todo": "…", "info": "•", "good": "✓", "poor": "✗"}


def panel_text(panel: Panel) -> str:
    """The panel as plain text: title, verdict, then each item with its reasons indented."""
    out = [panel.title]
    if panel.verdict:
        out.append(panel.verdict)
    for item in panel.items:
        status = L.text(panel.lang, f"exercises.status_{item.status}")
        head = f"{MARK[item.status]} {item.label}" + (f" ({status})" if status else "")
        if item.quote is not None:
            head += ": " + L.text(panel.lang, "exercises.quote", text=clip(item.quote))
        out.append(head)
        out.extend(f"    - {line}" for line in item.lines)
    return "\n".join(out)


def panel_html(panel: Panel) -> str:
    """The panel as HTML; every piece of text is escaped."""
    lang = panel.lang
    parts = [f'<div class="orderlab-check" lang="{e(lang)}" style="max-width:60em;line-height:1.45">',
             f'<h4 style="margin:0.3em 0">{e(panel.title)}</h4>']
    if panel.verdict:
        parts.append(f'<p style="font-weight:bold;margin:0.3em 0">{e(panel.verdict)}</p>')
    for item in panel.items:
        status = L.text(lang, f"exercises.status_{item.status}")
        head = f"{MARK[item.status]} <strong>{e(item.label)}</strong>"
        if status:
            head += f" ({e(status)})"
        if item.quote is not None:
            head += ": " + e(L.text(lang, "exercises.quote", text=clip(item.quote)))
        lines = "".join(f"<li>{e(line)}</li>" for line in item.lines)
        parts.append(
            f'<div class="orderlab-check-{item.status}" style="border-left:4px solid {STATUS_COLOUR[item.status]};'
            f'padding:0.1em 0.8em;margin:0.5em 0"><p style="margin:0.2em 0">{head}</p>'
            + (f'<ul style="margin:0.2em 0">{lines}</ul>' if lines else "") + "</div>"
        )
    parts.append("</div>")
    return "".join(parts)


__all__ = ["MARK", "panel_html", "panel_text"]
