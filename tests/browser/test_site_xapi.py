"""The static site's participant page sends statements to a real LRS (Ralph on loopback) from the browser.

``make site`` writes ``site/config.json`` from ``ORDERLAB_XAPI_*``; here the test writes it for a
Ralph that allows the site's origin (CORS), opens the Voici page offline, asks, and finds the
question in the LRS as a statement that fits the profile.
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

from .test_site import offline_page, open_participant, site_url  # noqa: F401 (fixtures)

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


def test_a_question_asked_on_the_static_page_lands_in_the_lrs(site_url, site_lrs, offline_page):  # noqa: F811
    page = offline_page
    print(f"site: participant page ready in {open_participant(page, site_url):.1f} s")
    page.locator(".ol-alias input").fill("Blåklocka")
    page.click("button.ol-join")
    page.locator(".ol-question input").fill(QUESTION)
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    facilitator = Config(endpoint=site_lrs.endpoint,
                         auth=basic_auth("facilitator", site_lrs.passwords["facilitator"]))
    deadline, found = time.monotonic() + 20, []
    while time.monotonic() < deadline and not found:
        found = list(read_statements(facilitator, urllib_transport(),
                                     registration=X.registration("workshop")))
        time.sleep(0.5)
    assert [s["result"]["response"] for s in found] == [QUESTION]
    assert [P.check(s) for s in found] == [[]]
    assert found[0]["actor"]["account"]["name"] == "Blåklocka"
    assert page.locator(".ol-lrs").inner_text() == ""  # sent: nothing to tell
    saved = page.locator(".ol-saved")  # no results store on the site, but the LRS has it: not "not saved"
    saved.get_by_text(L.text("sv", "ui.results_sent")).wait_for(timeout=30_000)
    assert L.text("sv", "ui.results_in_browser") not in saved.inner_text()
    assert page.outside == []


def test_with_no_lrs_the_static_page_says_results_stay_in_the_page_and_offers_them(site_url, offline_page):  # noqa: F811
    static_site.write_config(static_site.ROOT / "site")  # no ORDERLAB_XAPI_*: no LRS
    page = offline_page
    open_participant(page, site_url)
    page.locator(".ol-alias input").fill("Blåklocka")
    page.click("button.ol-join")
    page.locator(".ol-question input").fill(QUESTION)
    page.click("button.ol-send")
    page.locator(".ol-lrs").get_by_text(L.text("sv", "ui.xapi_storage_page")).wait_for(timeout=30_000)
    link = page.locator("a.ol-lrs-download")
    assert link.get_attribute("download") == "orderlab-results.json"
    with page.expect_download() as download:
        link.click()
    kept = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert [s["result"]["response"] for s in kept] == [QUESTION] and P.check(kept[0]) == []
    assert page.outside == []


def test_when_the_lrs_is_down_the_static_page_plays_on_says_so_once_and_sends_later(site_url, site_lrs,  # noqa: F811
                                                                                     offline_page):  # noqa: F811
    page = offline_page
    open_participant(page, site_url)
    page.locator(".ol-alias input").fill("Vitsippa")
    page.click("button.ol-join")
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
    site_lrs.start()
    box.fill(asked[2])
    page.click("button.ol-send")
    page.locator(".ol-lrs").get_by_text(L.text("sv", "ui.xapi_delivered")).wait_for(timeout=30_000)
    assert page.locator(".ol-saved").inner_text() == L.text("sv", "ui.results_sent")
    facilitator = Config(endpoint=site_lrs.endpoint,
                         auth=basic_auth("facilitator", site_lrs.passwords["facilitator"]))
    found = [s for s in read_statements(facilitator, urllib_transport(), registration=X.registration("workshop"))
             if s["actor"]["account"]["name"] == "Vitsippa"]
    assert sorted(s["result"]["response"] for s in found) == sorted(asked)
    assert page.outside == []
