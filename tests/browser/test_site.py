"""The static site (``make site``) in a real browser, served by a plain static server on loopback.

The site is built once per session (``static_site.build`` skips the build when nothing it is built
from changed). Every request that does not go to 127.0.0.1 is aborted and recorded; each test
fails if there was one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from orderlab import lang as L
from orderlab import static_site

from .conftest import ROOT, free_port, run_all_in_lab, wait_for_port
from .test_accessibility import blocking_violations

pytestmark = pytest.mark.browser
XSS = "<img src=x onerror=alert(1)>"
PYODIDE_START_MS = 120_000  # Pyodide's first start on 2 shared cores takes tens of seconds


@pytest.fixture(scope="session")
def site_url() -> object:
    if shutil.which("npm") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but npm is missing: the site's Pyodide comes from the npm registry")
        pytest.skip("npm is not installed: the static site cannot be built")
    started = time.monotonic()
    site = static_site.build()
    print(f"site: ready in {time.monotonic() - started:.1f} s")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def offline_page(browser):
    """A page whose requests may only go to 127.0.0.1; the others are aborted and listed in ``page.outside``."""
    context = browser.new_context()
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith("http://127.0.0.1:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.outside = outside  # type: ignore[attr-defined]
    yield page
    context.close()


def test_the_build_hosts_pyodide_and_the_course_wheels(site_url):
    """site/ holds the Pyodide runtime, a lock whose every course package has its wheel, and no CDN address."""
    site = ROOT / "site"
    pyodide = site / "static" / "pyodide"
    lock = json.loads((pyodide / "pyodide-lock.json").read_text(encoding="utf-8"))
    for name in static_site.COURSE_PACKAGES:
        entry = lock["packages"][name]
        assert (pyodide / entry["file_name"]).exists(), name
        assert static_site.sha256(pyodide / entry["file_name"]) == entry["sha256"], name
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))
    kernel = config["jupyter-config-data"]["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.js" and kernel["disablePyPIFallback"] is True
    page = (site / "voici" / "render" / "workshop" / "participant.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net" not in page


def test_pyodide_from_the_site_scores_a_question_offline(site_url, offline_page):
    """Pyodide served by the site loads the course's wheels and scores a question, with no outside request."""
    page = offline_page
    page.goto(f"{site_url}orderlab-site.json")
    started = time.monotonic()
    result = page.evaluate(
        """async (base) => {
          const { loadPyodide } = await import(base + "static/pyodide/pyodide.mjs");
          const py = await loadPyodide({ indexURL: base + "static/pyodide/" });
          await py.loadPackage(["orderlab"]);
          return py.runPython(`
import json, sys
from orderlab.questions import score_question
from orderlab.ui.participant import ParticipantApp
s = score_question("Vad vill ni uppnå med broschyren?", "sv")
app = ParticipantApp(workshop="site", lang="en")
json.dumps({"form": s.form, "topics": list(s.topics), "platform": sys.platform,
            "join": app.join.description})
`);
        }""",
        site_url,
    )
    print(f"site: Pyodide and the course loaded in {time.monotonic() - started:.1f} s")
    answer = json.loads(result)
    assert answer["platform"] == "emscripten"
    assert answer["form"] == "open" and "purpose" in answer["topics"]
    assert answer["join"] == L.text("en", "ui.join")  # the participant app, built in the browser
    assert page.outside == []


def open_participant(page, site_url: str, lang: str = "sv") -> float:
    """Open the Voici participant page (``?lang=``); return the seconds until its join button could be used.

    The language comes from the address, which the page's own widget reads in the browser: the join
    button's label says when it has been applied.
    """
    started = time.monotonic()
    page.goto(f"{site_url}voici/render/workshop/participant.html?lang={lang}")
    page.wait_for_selector("button.ol-join", state="visible", timeout=PYODIDE_START_MS)
    page.locator("button.ol-join", has_text=L.text(lang, "ui.join")).wait_for(timeout=30_000)
    return time.monotonic() - started


ROUND = {
    "sv": {"questions": ["Vad vill ni uppnå med broschyren?", "Berätta om familjerna som ska läsa den."],
           "pitch": ("Tack för beställningen: broschyren är levererad som ni bad om. Syftet är att fler "
                     "vårdnadshavare kommer till introduktionsmötet så att barnen får en trygg start. "
                     "Förra året kom bara 31 av 58 familjer. Nästa gång föreslår jag en kort film på fem språk "
                     "som skickas med sms. Vad tror du? Vi kan gärna prata om det tillsammans.")},
    "en": {"questions": ["What do you want the brochure to achieve?", "Tell me about the families who will read it."],
           "pitch": ("Thank you for the order: the brochure is delivered as you asked. The purpose is getting more "
                     "guardians to the introduction meeting so that the children get a safe start. Last year only "
                     "31 of 58 families came. Next time I suggest we try a short film in five languages sent by "
                     "text message. What do you think? Happy to talk it over together.")},
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_voici_participant_plays_a_full_round_offline(site_url, offline_page, lang):
    """On the Voici page, in the language of its address, a learner joins (told results stay in the page),
    asks with Enter and with the button and gets the requester's replies, finishes asking, delivers,
    pitches and sees the report; an HTML payload as a question shows as text; no dialog, no outside
    request.
    """
    page = offline_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    print(f"site: participant page ({lang}) ready in {open_participant(page, site_url, lang):.1f} s")
    page.locator(".ol-alias input").fill("Blåklocka")
    page.click("button.ol-join")
    page.locator(".ol-saved").get_by_text(L.text(lang, "ui.results_in_browser")).wait_for(timeout=30_000)
    box = page.locator(".ol-question input")
    first, second = ROUND[lang]["questions"]
    box.fill(first)
    box.press("Enter")  # Enter sends, like the button
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    box.fill(second)
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(2).wait_for(timeout=30_000)
    box.fill(XSS)
    page.click("button.ol-send")
    page.locator(".ol-transcript").get_by_text(XSS).wait_for(timeout=30_000)
    assert page.locator(".ol-transcript img").count() == 0

    page.click("button.ol-done-asking")
    page.locator(".ol-delivery input[type=radio]").first.wait_for(state="visible", timeout=30_000)
    page.locator(".ol-delivery input[type=radio]").first.check()
    page.click("button.ol-deliver")
    pitch = page.locator(".ol-pitch textarea")
    pitch.wait_for(state="visible", timeout=30_000)
    pitch.fill(ROUND[lang]["pitch"])
    page.click("button.ol-send-pitch")
    report = page.locator(".ol-report-panel .ol-report")
    report.wait_for(state="visible", timeout=30_000)
    assert L.text(lang, "ui.report_title") in report.inner_text()
    assert report.locator(".ol-total").is_visible()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.outside == []


def test_voici_participant_page_passes_axe(site_url, offline_page):
    """The participant page on the static site has no serious or critical accessibility violations."""
    open_participant(offline_page, site_url)
    assert blocking_violations(offline_page) == []
    assert offline_page.outside == []


def test_stale_site_and_disabled_storage_are_told_and_play_continues(site_url, offline_page):
    """A page kept by the browser's cache after the site was rebuilt, in a browser that refuses storage:
    the learner is told both in plain words (their language) and still joins and gets a reply."""
    page = offline_page
    # The server now has another build than the one the page names (as after an update).
    page.route("**/orderlab-site.json", lambda r: r.fulfill(json={"build": "a-newer-build"}))
    # Storage refused, as with a policy or some private modes: reading localStorage throws.
    page.add_init_script("""Object.defineProperty(window, "localStorage", {
        get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });""")
    open_participant(page, site_url, "en")
    notice = page.locator(".ol-page-notice")
    notice.get_by_text(L.text("en", "ui.site_stale")).wait_for(timeout=30_000)
    assert L.text("en", "ui.storage_disabled") in notice.inner_text()
    page.locator(".ol-alias input").fill("Lark")
    page.click("button.ol-join")
    page.locator(".ol-question input").fill("What do you want the brochure to achieve?")
    page.click("button.ol-send")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    assert notice.is_visible()  # still there while playing
    # the results, too, are said to live in this page only (orderlab.ui.page_storage found no storage)
    page.locator(".ol-lrs").get_by_text(L.text("en", "ui.xapi_storage_off")).wait_for(timeout=30_000)
    assert page.outside == []


@pytest.mark.parametrize("notebook", ["sv/01-metoden-och-rollspelet.ipynb", "en/01-the-method-and-the-role-play.ipynb"])
def test_a_self_paced_notebook_runs_in_jupyterlite_offline(site_url, offline_page, notebook):
    """The self-paced notebooks open in JupyterLite from the same site; their cells run on Pyodide (scores and
    the answer form are shown) with no error and no outside request."""
    page = offline_page
    started = time.monotonic()
    run_all_in_lab(page, f"{site_url}lab/index.html?path={notebook}", timeout_ms=PYODIDE_START_MS)
    # attached, not visible: JupyterLab draws only the cells in view
    page.locator(".ol-answer-form").first.wait_for(state="attached", timeout=30_000)
    print(f"site: {notebook} ran in JupyterLite in {time.monotonic() - started:.1f} s")
    outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
    assert not [o for o in outputs if "Traceback" in o or "Error" in o]
    assert page.outside == []
