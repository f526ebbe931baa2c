"""The static site's participant page sends statements to a real LRS (Ralph on loopback) from the browser.

``make site`` writes ``site/config.json`` from ``ORDERLAB_XAPI_*``; here the test writes it for a
Ralph that allows the site's origin (CORS), opens the Voici page offline, asks, and finds the
question in the LRS as a statement that fits the profile. What waits, or with no LRS every round,
is kept in the page's localStorage (``orderlab.ui.page_storage``) and is still there after a reload.
What waits for an LRS that is away goes out on its own once it is back (the page's timer,
``orderlab.xapi.retry``), with no step by the learner.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import ralphserver

from orderlab import lang as L
from orderlab import static_site
from orderlab.xapi import profile as P
from orderlab.xapi import statements as X
from orderlab.xapi.client import Config, basic_auth, read_statements
from orderlab.xapi.transport import urllib_transport

from .test_site import ROUND, offline_page, open_participant, site_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser
QUESTION = "Vad vill ni uppnå med broschyren?"


@pytest.fixture
def site_lrs(site_url, tmp_path, monkeypatch):  # noqa: F811 (a fixture)
    """A Ralph the site's pages may call, named in the site's config.json (emptied again afterwards)."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
    server = ralphserver.start_or_skip(tmp_path / "ralph", origins=(origin,))
    site = static_site.ROOT / "site"
    monkeypatch.setenv("ORDERLAB_XAPI_ENDPOINT", server.endpoint)
    monkeypatch.setenv("ORDERLAB_XAPI_AUTH", basic_auth("participant", server.passwords["participant"]))
    static_site.write_config(site)
    try:
        yield server
    finally:
        server.stop()
        for name in ("ORDERLAB_XAPI_ENDPOINT", "ORDERLAB_XAPI_AUTH"):
            monkeypatch.delenv(name)
        static_site.write_config(site)


def statements_in(server: ralphserver.Server, page, seconds: float) -> list[dict]:
    """The workshop's statements in the LRS as soon as there are any (none after ``seconds``).

    The page's requests pass through the test's route (``offline_page``), which Playwright runs only
    while the test waits on Playwright: a ``time.sleep`` here would hold the page's synchronous request
    to the LRS (and with it the page's whole kernel) until the page gives up on it after 5 s, so the
    statement might never land.
    """
    facilitator = Config(endpoint=server.endpoint, auth=basic_auth("facilitator", server.passwords["facilitator"]))
    deadline, found = time.monotonic() + seconds, []
    while not found and time.monotonic() < deadline:
        page.wait_for_timeout(500)
        found = list(read_statements(facilitator, urllib_transport(), registration=X.registration("workshop")))
    return found


def test_a_question_asked_on_the_static_page_lands_in_the_lrs(site_url, site_lrs, offline_page):  # noqa: F811
    page = offline_page
    print(f"site: participant page ready in {open_participant(page, site_url):.1f} s")
    page.locator(".ol-alias input").fill("Blåklocka")
    page.click("button.ol-join")
    page.locator(".ol-question input").fill(QUESTION)
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    # It lands in a second or two. (A CI run that saw none within 20 s was this test's own doing: it slept
    # while the page's request waited for the test's route; see statements_in.) A failed send would go
    # again 10 s later on the page's timer.
    found = statements_in(site_lrs, page, 90)
    assert [s["result"]["response"] for s in found] == [QUESTION]
    assert [P.check(s) for s in found] == [[]]
    assert found[0]["actor"]["account"]["name"] == "Blåklocka"
    assert page.locator(".ol-lrs").inner_text() == ""  # sent: nothing to tell
    saved = page.locator(".ol-saved")  # no results store on the site, but the LRS has it: not "not saved"
    saved.get_by_text(L.text("sv", "ui.results_sent")).wait_for(timeout=30_000)
    assert L.text("sv", "ui.results_in_browser") not in saved.inner_text()
    assert page.outside == []


def join(page, url: str, alias: str) -> None:
    """Open (or reload) the participant page and join as ``alias``."""
    open_participant(page, url)
    page.locator(".ol-alias input").fill(alias)
    page.click("button.ol-join")


def downloaded(page) -> list[dict]:
    with page.expect_download() as download:
        page.locator("a.ol-lrs-download").click()
    assert download.value.suggested_filename == "orderlab-results.json"
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


def test_with_no_lrs_a_finished_round_stays_in_the_browser_across_a_reload(site_url, offline_page):  # noqa: F811
    """No LRS: the round stays in the page's localStorage, the learner is told so and can download it,
    and after a reload (same alias) it is still there, counted and downloadable."""
    static_site.write_config(static_site.ROOT / "site")  # no ORDERLAB_XAPI_*: no LRS
    page = offline_page
    join(page, site_url, "Blåklocka")
    page.locator(".ol-question input").fill(QUESTION)
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    page.click("button.ol-done-asking")
    page.locator(".ol-delivery input[type=radio]").first.wait_for(state="visible", timeout=30_000)
    page.locator(".ol-delivery input[type=radio]").first.check()
    page.click("button.ol-deliver")
    page.locator(".ol-pitch textarea").wait_for(state="visible", timeout=30_000)
    page.locator(".ol-pitch textarea").fill(ROUND["sv"]["pitch"])
    page.click("button.ol-send-pitch")
    page.locator(".ol-report-panel .ol-report").wait_for(state="visible", timeout=30_000)
    page.locator(".ol-lrs").get_by_text(L.text("sv", "ui.xapi_local")).wait_for(timeout=30_000)
    played = downloaded(page)
    assert sum(X.is_round_completed(s) for s in played) == 1 and [P.check(s) for s in played] == [[]] * len(played)
    assert [s["result"]["response"] for s in played if s["verb"]["id"] == X.VERBS["asked"]] == [QUESTION]

    started = time.monotonic()
    join(page, site_url, "Blåklocka")  # the page is loaded again: a new kernel, the same browser
    page.locator(".ol-lrs").get_by_text(
        L.text("sv", "ui.xapi_kept", rounds=1, count=len(played))).wait_for(timeout=30_000)
    print(f"site: reloaded and joined again in {time.monotonic() - started:.1f} s")
    assert downloaded(page) == played
    assert page.outside == []


def test_when_the_lrs_is_down_the_page_plays_on_and_what_waits_goes_out_once_even_after_a_reload(
        site_url, site_lrs, offline_page):  # noqa: F811
    """The LRS stops: the learner plays on, is told once; the page is reloaded while the LRS is still down
    (what waits is kept in the browser and counted); the LRS comes back and the next question sends
    everything (or the page's timer sends what waited just before it): each statement lands in the
    LRS exactly once, and the page says the results are sent."""
    page = offline_page
    join(page, site_url, "Vitsippa")
    box, replies = page.locator(".ol-question input"), page.locator(".ol-transcript .ol-them")
    site_lrs.stop()
    asked = ["Vad vill ni uppnå med broschyren?", "Vilka ska läsa den?", "När behöver ni den?"]
    for number, question in enumerate(asked[:2], 1):
        box.fill(question)
        page.click("button.ol-send")
        replies.nth(number).wait_for(timeout=30_000)  # the learner plays on
    offline = L.text("sv", "ui.xapi_offline")
    assert page.locator(".ol-lrs").inner_text().count(offline) == 1
    assert page.locator(".ol-saved").inner_text() == L.text("sv", "ui.results_sending")

    join(page, site_url, "Vitsippa")  # reloaded, the LRS still down: the two questions wait in the browser
    lrs_box = page.locator(".ol-lrs")
    lrs_box.get_by_text(L.text("sv", "ui.xapi_waiting", count=2)).wait_for(timeout=30_000)
    assert lrs_box.inner_text().count(offline) == 1
    site_lrs.start()
    answered = replies.count()
    box.fill(asked[2])
    page.click("button.ol-send")
    # Whether this question or the timer sent the two that waited, nothing waits once the question is answered.
    replies.nth(answered).wait_for(timeout=30_000)
    page.locator("a.ol-lrs-download").wait_for(state="detached", timeout=30_000)
    page.locator(".ol-saved").get_by_text(L.text("sv", "ui.results_sent")).wait_for(timeout=30_000)
    assert L.text("sv", "ui.xapi_waiting", count=2) not in lrs_box.inner_text()
    facilitator = Config(endpoint=site_lrs.endpoint,
                         auth=basic_auth("facilitator", site_lrs.passwords["facilitator"]))
    found = [s for s in read_statements(facilitator, urllib_transport(), registration=X.registration("workshop"))
             if s["actor"]["account"]["name"] == "Vitsippa"]
    assert sorted(s["result"]["response"] for s in found) == sorted(asked)
    assert len({s["id"] for s in found}) == len(found) == 3  # exactly once each
    assert page.outside == []


def test_what_waits_for_an_lrs_that_was_away_goes_out_on_its_own_once_it_is_back(
        site_url, site_lrs, offline_page):  # noqa: F811
    """The LRS is away when the learner asks: the page says so and keeps the question. The LRS comes up on
    the same address; with no click, no reload, the page's timer sends the question, the notice says
    the waiting results are sent, the download link goes and the "saved" line says sent."""
    page = offline_page
    site_lrs.stop()
    join(page, site_url, "Lönn")
    page.locator(".ol-question input").fill(QUESTION)
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    lrs_box = page.locator(".ol-lrs")
    lrs_box.get_by_text(L.text("sv", "ui.xapi_offline")).wait_for(timeout=30_000)
    lrs_box.locator("a.ol-lrs-download").wait_for(timeout=30_000)
    assert page.locator(".ol-saved").inner_text() == L.text("sv", "ui.results_sending")
    site_lrs.start()
    started = time.monotonic()
    # The timer tries after 10 s, then 20 s, 40 s, ... later: the LRS, up within seconds, has it by the
    # second or third try. The wait is generous for a loaded machine.
    found = statements_in(site_lrs, page, 240)
    print(f"site: {len(found)} statement(s) in the LRS {time.monotonic() - started:.1f} s after it came up")
    assert [s["result"]["response"] for s in found] == [QUESTION]
    assert found[0]["actor"]["account"]["name"] == "Lönn" and P.check(found[0]) == []
    lrs_box.get_by_text(L.text("sv", "ui.xapi_delivered")).wait_for(timeout=30_000)
    lrs_box.locator("a.ol-lrs-download").wait_for(state="detached", timeout=30_000)
    page.locator(".ol-saved").get_by_text(L.text("sv", "ui.results_sent")).wait_for(timeout=30_000)
    assert page.outside == []
