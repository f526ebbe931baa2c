"""The role-play's layout in Voila at a laptop's width and a phone's: nothing cut off, overlapping or outside."""

from __future__ import annotations

import pytest

from .conftest import local_only, open_app
from .layout import layout_problems
from .test_voila_roleplay import QUESTION, STRONG_PITCH, SUMMARY, ask, confirm_and_deliver, start

pytestmark = pytest.mark.browser


def check(page, where: str, width: int) -> list[str]:
    page.wait_for_timeout(200)  # let the widgets settle after the last change
    problems = [f"{where}: {p}" for p in layout_problems(page)]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        problems.append(f"{where}: the page scrolls sideways by {overflow} px at {width} px")
    return problems


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_step_fits_its_panel(browser, roleplay_url, lang, width):
    """At 1280 and 400 px, no step has a cut-off label, an overlap, or a control outside its panel."""
    context, page, _ = open_app(browser, roleplay_url, "button.ol-start", lang)
    try:
        page.set_viewport_size({"width": width, "height": 900})
        problems = check(page, "start screen", width)
        start(page)
        ask(page, QUESTION[lang])
        page.locator(".ol-score h3").wait_for()
        problems += check(page, "questions", width)
        page.click("button.ol-done-asking")
        page.locator(".ol-summary textarea").wait_for()
        problems += check(page, "confirmation", width)
        page.locator(".ol-summary textarea").fill(SUMMARY[lang])
        page.click("button.ol-confirm")
        page.locator(".ol-delivery input[type=radio]").first.wait_for()
        problems += check(page, "delivery", width)
        page.locator(".ol-delivery input[type=radio]").first.check()
        page.click("button.ol-deliver")
        page.locator(".ol-pitch textarea").fill(STRONG_PITCH[lang])
        problems += check(page, "pitch", width)
        page.click("button.ol-send-pitch")
        page.locator(".ol-next-order").wait_for()
        problems += check(page, "report", width)
        assert problems == [], "\n".join(problems)
    finally:
        context.close()


def test_the_pitch_box_grows_with_its_text(browser, roleplay_url):
    """The pitch box is in the course's proportional font and grows as the pitch gets longer."""
    context, page, _ = open_app(browser, roleplay_url, "button.ol-start")
    try:
        start(page)
        confirm_and_deliver(page, "sv")
        box = page.locator(".ol-pitch textarea")
        box.fill("Kort.")
        short = box.bounding_box()["height"]
        box.fill(STRONG_PITCH["sv"] + "\n\n" + STRONG_PITCH["sv"])
        page.wait_for_timeout(100)
        tall = box.bounding_box()["height"]
        font = box.evaluate("e => getComputedStyle(e).fontFamily")
        assert tall > short * 1.5, (short, tall)
        assert "monospace" not in font.lower(), font
    finally:
        context.close()


def test_links_look_like_links(browser, roleplay_url):
    """Links in the course are underlined and coloured apart from the text around them."""
    context = browser.new_context()
    local_only(context)
    page = context.new_page()
    try:
        page.goto(roleplay_url, timeout=20_000)
        page.wait_for_selector("button.ol-start")
        page.evaluate("""() => { const a = document.createElement('a'); a.href = '#x'; a.textContent = 'länk';
                         a.id = 'probe'; document.querySelector('.orderlab').appendChild(a); }""")
        style = page.locator("#probe").evaluate(
            "e => [getComputedStyle(e).textDecorationLine, getComputedStyle(e).color,"
            " getComputedStyle(e.parentElement).color]")
        assert "underline" in style[0]
        assert style[1] != style[2]
    finally:
        context.close()
