"""The workshop through Voila in a real browser: two participants, the dashboard, escaping, axe, keyboard."""

from __future__ import annotations

import os
import uuid

import pytest

from orderlab.results import ResultsStore

from .conftest import open_app, start_voila, stop_voila
from .layout import layout_problems
from .test_accessibility import blocking_violations

pytestmark = pytest.mark.browser
XSS_ALIAS = "<img src=x onerror=alert(1)>"
XSS_PITCH = (
    "<script>alert(2)</script> Tack, här är broschyren du bad om. Syftet är att barnen får en trygg start. "
    "Förra året kom 31 av 58 familjer. Vad tror du?"
)


@pytest.fixture(scope="module")
def workshop_url(tmp_path_factory):
    proc, url = start_voila("notebooks/workshop", tmp_path_factory.mktemp("voila-workshop") / "voila.log")
    yield url
    stop_voila(proc)


@pytest.fixture(scope="module")
def dashboard_url(tmp_path_factory):
    """The dashboard's own server, as `make workshop` starts it beside the participants' one."""
    proc, url = start_voila("facilitator/dashboard.ipynb", tmp_path_factory.mktemp("voila-dashboard") / "voila.log")
    yield url
    stop_voila(proc)


def participant(browser, url, workshop, alias, pitch):
    """Join under ``alias`` and play one round through to the report; return the open context."""
    with ResultsStore(os.environ["ORDERLAB_RESULTS"]) as store:  # the facilitator made it (make workshop)
        store.create_workshop(workshop)
    context, page, dialogs = open_app(browser, f"{url}voila/render/participant.ipynb?workshop={workshop}&",
                                      "button.ol-join")
    page.locator(".ol-alias input").fill(alias)
    page.click("button.ol-join")
    box = page.locator(".ol-question input")
    box.wait_for()
    box.fill("Vad vill ni uppnå med broschyren?")
    box.press("Enter")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for()
    page.click("button.ol-done-asking")
    page.locator(".ol-delivery input[type=radio]").first.check()  # "as ordered": nothing is preselected
    page.click("button.ol-deliver")
    page.locator(".ol-pitch textarea").fill(pitch)
    page.click("button.ol-send-pitch")
    page.locator(".ol-next-order").wait_for()
    page.locator(".ol-saved .ol-ok").wait_for()
    return context, page, dialogs


def test_two_participants_then_the_dashboard_shows_both_as_text(browser, workshop_url, dashboard_url):
    """Two participants finish in two browsers; the dashboard counts both and shows HTML payloads as text."""
    workshop = f"t-{uuid.uuid4().hex[:8]}"
    first = participant(browser, workshop_url, workshop, "Blåklocka", "Här är broschyren. Syftet är barnen. "
                        "Förra året kom 31 av 58. Vad tror du?")
    second = participant(browser, workshop_url, workshop, XSS_ALIAS, XSS_PITCH)
    try:
        assert second[1].locator(".ol-alias-line").inner_text().endswith(XSS_ALIAS)
        context, page, dialogs = open_app(browser, f"{dashboard_url}?workshop={workshop}&",
                                          ".ol-counts .ol-total")
        try:
            assert "2" in page.locator(".ol-counts").inner_text()
            page.locator(".ol-gallery").get_by_text("<script>alert(2)</script>", exact=False).wait_for()
            page.locator(".ol-show-aliases input").check()
            page.locator(".ol-gallery").get_by_text(XSS_ALIAS).wait_for()
            assert page.locator(".orderlab script").count() == 0
            assert page.locator(".ol-gallery img").count() == 0
            page.wait_for_timeout(300)
            assert dialogs == [] and first[2] == [] and second[2] == []
            assert page.locator("img.ol-chart-scores").get_attribute("alt")
            # the chart is an SVG drawn by the package: the browser decodes it as an image
            assert page.locator("img.ol-chart-scores").evaluate("i => i.complete && i.naturalWidth > 0")
            page.set_viewport_size({"width": 1280, "height": 720})  # a projector: no label cut off ("… tas …")
            assert layout_problems(page) == []
        finally:
            context.close()
    finally:
        first[0].close()
        second[0].close()


def test_both_apps_pass_axe(browser, workshop_url, dashboard_url):
    """The participant app and the dashboard have no serious or critical accessibility violations."""
    for path, ready in ((f"{workshop_url}voila/render/participant.ipynb", "button.ol-join"),
                        (dashboard_url, ".ol-counts")):
        context, page, _ = open_app(browser, f"{path}?workshop=axe&", ready)
        try:
            assert blocking_violations(page) == [], path
        finally:
            context.close()


def test_participant_app_works_with_the_keyboard_alone(browser, workshop_url):
    """Tab to the alias box, type, Tab to the join button, Enter: the question box has focus and Enter sends."""
    context, page, _ = open_app(browser, f"{workshop_url}voila/render/participant.ipynb?workshop=kbd&",
                                "button.ol-join")
    try:
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest('.ol-alias') !== null"):
                break
        else:
            pytest.fail("Tab never reached the alias box")
        page.keyboard.type("Tangentbord")
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest('.ol-join') !== null"):
                break
        else:
            pytest.fail("Tab never reached the join button")
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement && document.activeElement.closest('.ol-question') !== null")
        page.keyboard.type("Vad vill ni uppnå?")
        page.keyboard.press("Enter")
        page.locator(".ol-transcript .ol-them").nth(1).wait_for()
    finally:
        context.close()
