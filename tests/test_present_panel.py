"""Panels are data in orderlab.panel and drawn by orderlab.present.panel: escaped HTML, plain text."""

from __future__ import annotations

import pytest

from orderlab import lang as L
from orderlab.panel import STATUSES, CheckResult, Item, Panel
from orderlab.present.palette import STATUS_COLOUR
from orderlab.present.panel import MARK, panel_html, panel_text

EVIL = '<img src=x onerror=alert(1)> "quoted" & more'


def test_every_status_has_a_mark_a_colour_and_a_word_in_each_language():
    """A status the engine may use is drawn with a mark, a palette colour and a (possibly empty) word."""
    assert set(MARK) == set(STATUS_COLOUR) == set(STATUSES)
    for lang in L.languages():
        assert all(f"status_{s}" in L.table(lang, "exercises") for s in STATUSES)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_learner_text_is_escaped_everywhere_in_the_html(lang):
    """Title, verdict, label, quote and reasons all reach the HTML escaped; nothing becomes markup."""
    panel = Panel(lang, EVIL, (Item(EVIL, "fix", EVIL, (EVIL,)),), EVIL)
    html = panel_html(panel)
    assert "<img" not in html and html.count("&lt;img src=x onerror=alert(1)&gt;") == 5
    assert f'lang="{lang}"' in html and f"border-left:4px solid {STATUS_COLOUR['fix']}" in html


def test_the_text_form_lists_each_item_with_its_reasons_indented():
    """Plain text: the title, the verdict, each item's mark, label, status word and quote, reasons indented."""
    item = Item("Fråga 1", "ok", "Vad vill ni uppnå?", ("Öppen fråga.",))
    text = panel_text(CheckResult("sv", "Titel", (item,), "Bra!", True, True))
    status = L.text("sv", "exercises.status_ok")
    quote = L.text("sv", "exercises.quote", text="Vad vill ni uppnå?")
    assert text.split("\n") == ["Titel", "Bra!", f"✓ Fråga 1 ({status}): {quote}", "    - Öppen fråga."]


def test_a_panel_shows_itself_through_the_renderer():
    """Jupyter's _repr_html_ and str() give exactly what orderlab.present.panel draws."""
    panel = Panel("en", "Title", (Item("A", "info", None, ("line",)),))
    assert panel._repr_html_() == panel_html(panel) and str(panel) == panel_text(panel)
    assert repr(panel) == "<Panel 'Title': ''>"
