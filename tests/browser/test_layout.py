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


RADIOS_JS = """
() => [...document.querySelectorAll('.ol-delivery .widget-radio-box label')].map(label => {
  const input = label.querySelector('input[type=radio]').getBoundingClientRect();
  const text = [...label.childNodes].find(n => n.nodeType === Node.TEXT_NODE);
  const range = document.createRange();
  range.selectNodeContents(text);
  const first = range.getClientRects()[0];
  return {label: label.getBoundingClientRect().left, input: input.left, inputRight: input.right,
          inputTop: input.top, text: first.left, textTop: first.top, textBottom: first.bottom};
})
"""


@pytest.mark.parametrize("width", [1280, 400])
def test_delivery_buttons_stand_before_their_labels_in_one_column(browser, roleplay_url, width, tmp_path):
    """Each delivery option's radio button comes first, at the left edge, all in one column, with its
    long label beside it (not after the text at a ragged right-hand position), on a laptop and a phone."""
    context, page, _ = open_app(browser, roleplay_url, "button.ol-start", "en")
    try:
        page.set_viewport_size({"width": width, "height": 900})
        start(page)
        page.click("button.ol-done-asking")
        page.locator(".ol-delivery input[type=radio]").first.wait_for()
        page.wait_for_timeout(200)
        page.locator(".ol-delivery").screenshot(path=str(tmp_path / f"delivery-{width}.png"))
        radios = page.evaluate(RADIOS_JS)
        assert len(radios) == 2, radios
        for r in radios:
            assert r["inputRight"] <= r["text"], r  # the button before its label
            assert r["input"] - r["label"] <= 2, r  # at the label's left edge
            assert r["textTop"] <= r["inputTop"] <= r["textBottom"], r  # beside the label's first line
        assert max(r["input"] for r in radios) - min(r["input"] for r in radios) <= 1, radios  # one column
    finally:
        context.close()
