"""The role-play in a real browser through Voila: typing, Enter, escaping, the whole loop."""

from __future__ import annotations

import pytest

import orderlab

from .conftest import open_app

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
SCENARIO = orderlab.get_scenario("school-brochure")
STRONG_PITCH = {
    "sv": (
        "Tack för beställningen! Här är broschyren som du bad om, tryckt och klar till besöksdagen. "
        "Syftet var att fler familjer ska komma på introduktionsmötet, så att barnen får en trygg start. "
        "Förra året kom 31 av 58 familjer, och 17 av dem som uteblev har ett annat modersmål. "
        "Nästa gång föreslår jag att vi testar en kort film på fem språk tillsammans med modersmålslärarna. "
        "Vad tror du, ska vi ta en fika och prata om det?"
    ),
    "en": (
        "Thank you for the order! Here is the brochure you asked for, printed and ready for the visit day. "
        "The purpose was to get more families to the introduction meeting, so that the children get a safe "
        "start. Last year 31 of 58 families came, and 17 of those who stayed away have another mother tongue. "
        "Next time I suggest we try a short film in five languages together with the mother-tongue teachers. "
        "What do you think, shall we meet for a coffee and talk about it?"
    ),
}
QUESTION = {"sv": "Vad vill ni uppnå med broschyren?", "en": "What do you want to achieve with the brochure?"}
SUMMARY = {
    "sv": "En tryckt broschyr till vårdnadshavarna, klar 23 maj, så att fler kommer på introduktionsmötet.",
    "en": "A printed brochure for the guardians, ready by 23 May, so that more come to the introduction meeting.",
}


def start(page) -> None:
    page.click("button.ol-start")
    page.wait_for_selector(".ol-question input", state="visible")


def confirm_and_deliver(page, lang: str) -> None:
    """From the questions to the pitch: confirm the order, choose "as ordered" and deliver."""
    page.click("button.ol-done-asking")
    page.locator(".ol-summary textarea").fill(SUMMARY[lang])
    page.click("button.ol-confirm")
    page.locator(".ol-delivery input[type=radio]").first.check()  # "as ordered": nothing is preselected
    page.click("button.ol-deliver")


def ask(page, text: str) -> None:
    box = page.locator(".ol-question input")
    box.fill(text)
    box.press("Enter")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_question_enter_reply_and_loop_to_next_order(browser, roleplay_url, lang):
    """A question sent with Enter gets the requester's reply, and the loop reaches the next order."""
    context, page, dialogs = open_app(browser, roleplay_url, "button.ol-start", lang)
    try:
        start(page)
        ask(page, QUESTION[lang])
        transcript = page.locator(".ol-transcript")
        transcript.get_by_text(SCENARIO.facts["purpose"].full[lang][:60]).wait_for()
        assert page.locator(".ol-question input").input_value() == ""
        assert page.locator(".ol-score").inner_text().count(orderlab.lang.text(lang, "ui.form_open")) >= 1

        confirm_and_deliver(page, lang)
        page.locator(".ol-pitch textarea").fill(STRONG_PITCH[lang])
        page.click("button.ol-send-pitch")
        next_order = page.locator(".ol-next-order")
        next_order.wait_for()
        assert next_order.inner_text().strip() == SCENARIO.next_order["strong"].order[lang]
        assert dialogs == []
    finally:
        context.close()


def test_html_typed_as_a_question_shows_as_text(browser, roleplay_url):
    """`<img src=x onerror=alert(1)>` typed as a question is shown as text and opens no dialog."""
    context, page, dialogs = open_app(browser, roleplay_url, "button.ol-start")
    try:
        start(page)
        ask(page, XSS)
        page.locator(".ol-transcript").get_by_text(XSS).wait_for()
        # The reply to a non-question arrives after the question itself.
        page.locator(".ol-transcript .ol-them").nth(1).wait_for()
        assert page.locator(".orderlab img").count() == 0
        page.wait_for_timeout(300)  # give a (wrongly) injected onerror handler the time to fire
        assert dialogs == []
    finally:
        context.close()


def test_keyboard_alone_reaches_the_question_box(browser, roleplay_url):
    """Tab and Enter alone start the role-play and send a question."""
    context, page, _ = open_app(browser, roleplay_url, "button.ol-start")
    try:
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement && document.activeElement.closest('.ol-start') !== null"):
                break
        else:
            pytest.fail("Tab never reached the start button")
        page.keyboard.press("Enter")
        page.wait_for_selector(".ol-question input", state="visible")
        for _ in range(40):
            if page.evaluate("document.activeElement && document.activeElement.closest('.ol-question') !== null"):
                break
            page.keyboard.press("Tab")
        else:
            pytest.fail("Tab never reached the question box")
        page.keyboard.type(QUESTION["sv"])
        page.keyboard.press("Enter")
        page.locator(".ol-transcript").get_by_text(SCENARIO.facts["purpose"].full["sv"][:60]).wait_for()
    finally:
        context.close()
