"""Panels are data in orderlab.panel and drawn by orderlab.present.panel: escaped HTML, plain text."""

from __future__ import annotations

import pytest

from orderlab import lang as L
from orderlab.panel import STATUSES, CheckResult, Item, Panel
from orderlab.present.palette import STATUS_COLOUR
from orderlab.present.panel import MARK, panel_html, panel_text
from orderlab.present.show import Shown

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


def test_a_shown_panel_displays_through_the_renderer():
    """Jupyter's _repr_html_ and str() of a Shown give exactly what orderlab.present.panel draws; the panel
    itself is data with no display method."""
    panel = Panel("en", "Title", (Item("A", "info", None, ("line",)),))
    shown = Shown(panel)
    assert shown._repr_html_() == shown.html() == panel_html(panel)
    assert str(shown) == shown.text() == panel_text(panel)
    assert repr(panel) == "<Panel 'Title': ''>" and not hasattr(panel, "_repr_html_") and str(panel) == repr(panel)


def test_a_shown_function_keeps_the_engine_function_s_arguments_and_docstring():
    """``shown`` wraps the engine function: same keyword arguments, same docstring, its panel inside."""
    from orderlab.exercise import show_story as engine_show_story
    from orderlab.present.show import show_story

    assert show_story.__doc__ == engine_show_story.__doc__ and show_story.__module__ == "orderlab.present.show"
    assert show_story(lang="en", scenario="care-tablets").panel == engine_show_story("en", "care-tablets")


def test_ipython_pretty_printing_gives_the_text():
    """IPython's pretty printer (used when HTML is not shown) prints the plain text."""

    class Printer:
        def __init__(self) -> None:
            self.out = ""

        def text(self, value: str) -> None:
            self.out += value

    printer, panel = Printer(), Panel("sv", "Titel", ())
    Shown(panel)._repr_pretty_(printer, False)
    assert printer.out == panel_text(panel)
