"""Notebook 02's answer forms in a real browser through Voila: typed text, straight quotes and markup."""

from __future__ import annotations

import pytest

from .conftest import open_app

pytestmark = pytest.mark.browser

TYPED = '<img src=x onerror=alert(1)> Vad menar du med "trygg start"?'


@pytest.fixture(scope="module")
def questions_url(course_url: str) -> str:
    return f"{course_url}voila/render/notebooks/sv/02-fragor.ipynb"


def test_straight_quotes_and_markup_are_scored_and_shown_as_text(browser, questions_url):
    """The text that once raised a SyntaxError is scored; its markup is shown as text and runs nothing."""
    context, page, dialogs = open_app(browser, questions_url, ".ol-answer-form .ol-answer-line input")
    try:
        form = page.locator(".ol-answer-form").first
        form.locator(".ol-answer-line input").fill(TYPED)
        form.locator("button.ol-check").click()
        feedback = form.locator(".ol-feedback")
        feedback.get_by_text("Form:").wait_for()
        assert TYPED in feedback.inner_text()
        assert "webbkod" in form.locator(".ol-status").inner_text()
        assert "Error" not in page.locator("body").inner_text()
        assert form.locator("img").count() == 0
        page.wait_for_timeout(300)  # give a (wrongly) injected onerror handler the time to fire
        assert dialogs == []
    finally:
        context.close()


def test_the_forms_and_their_feedback_have_no_serious_violations(browser, questions_url):
    """axe-core finds no serious or critical violations in notebook 02 with its forms, before and after a check."""
    from .test_accessibility import blocking_violations

    context, page, _ = open_app(browser, questions_url, ".ol-answer-form .ol-answer-line input")
    try:
        assert blocking_violations(page) == []
        form = page.locator(".ol-answer-form").first
        form.locator(".ol-answer-line input").fill("Vad vill du uppnå med broschyren?")
        form.locator("button.ol-check").click()
        form.locator(".ol-feedback").get_by_text("Form:").wait_for()
        assert blocking_violations(page) == []
    finally:
        context.close()
