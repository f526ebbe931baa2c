"""The static site (``make site``) in a real browser, served by a plain static server on loopback.

The site is built once per session (``static_site.build`` skips the build when nothing it is built
from changed). Every request that does not go to 127.0.0.1 is aborted and recorded; each test
fails if there was one.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile

import pytest

from orderlab import lang as L
from orderlab import progress as P
from orderlab import static_site

from .conftest import ROOT, free_port, run_all_cells, run_all_in_lab, wait_for_port
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
    for name in [*static_site.COURSE_PACKAGES, *static_site.KERNEL_WHEELS]:
        entry = lock["packages"][name]
        assert (pyodide / entry["file_name"]).exists(), name
        assert static_site.sha256(pyodide / entry["file_name"]) == entry["sha256"], name
    # Pyodide's Python reads the package's YAML from its parsed copies and imports without compiling.
    with zipfile.ZipFile(pyodide / lock["packages"]["orderlab"]["file_name"]) as zf:
        names = set(zf.namelist())
    assert {"orderlab/lang/sv.yaml.json", "orderlab/scenarios/school-brochure.yaml.json",
            f"orderlab/__pycache__/__init__.cpython-{static_site.PYTHON_VERSION.replace('.', '')}.pyc"} <= names
    config = json.loads((site / "jupyter-lite.json").read_text(encoding="utf-8"))
    kernel = config["jupyter-config-data"]["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.js" and kernel["disablePyPIFallback"] is True
    # Everything the kernel would otherwise install one by one at start-up is loaded with the course.
    assert set(static_site.KERNEL_START) <= set(kernel["loadPyodideOptions"]["packages"])
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
    """On the Voici page, in the language of its address, a learner joins (told results stay in this browser),
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
    # No LRS: the rounds stay in this browser, and the page says so once, not also "not saved".
    page.locator(".ol-lrs").get_by_text(L.text(lang, "ui.xapi_local")).wait_for(timeout=30_000)
    assert L.text(lang, "ui.results_in_browser") not in page.locator(".ol-saved").inner_text()
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


# Every self-paced notebook in Swedish, and in English the two that differ most from one language to the
# other in the browser (section 5's chart, section 6's notice). Notebooks 01-04 run the same code in both
# languages with only LANG changed (nbval runs all twelve in CPython); each notebook here costs a Pyodide
# kernel's start (8-15 s on 2 shared cores): all twelve took 143 s in one run, these eight 98 s.
SELF_PACED = [p.relative_to(ROOT / "notebooks").as_posix()
              for pattern in ("sv/*.ipynb", "en/*.ipynb") for p in sorted((ROOT / "notebooks").glob(pattern))]
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
SKILLS_CHARTS_JS = """imgs => imgs.map(img => {
  const bytes = Uint8Array.from(atob(img.src.split(",")[1]), c => c.charCodeAt(0));
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "image/svg+xml");
  const svg = doc.querySelector("svg[role=img]");
  return {drawn: img.complete && img.naturalWidth > 0, alt: img.alt, svg: svg !== null,
          label: svg && svg.getAttribute("aria-label"), title: svg && svg.querySelector(":scope > title").textContent,
          bars: svg ? [...svg.querySelectorAll("rect > title")].map(t => t.textContent) : []};
})"""


def play_self_paced_round(cell, lang: str) -> None:
    """Section 5's role-play in ``cell``: an alias, one question, the delivery and the pitch, up to the report."""
    cell.locator(".ol-alias input").fill("Blåklocka")
    cell.locator("button.ol-start").click()
    cell.locator(".ol-question input").fill(ROUND[lang]["questions"][0])
    cell.locator("button.ol-send").click()
    cell.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    cell.locator("button.ol-done-asking").click()
    cell.locator(".ol-delivery input[type=radio]").first.check()
    cell.locator("button.ol-deliver").click()
    cell.locator(".ol-pitch textarea").fill(ROUND[lang]["pitch"])
    cell.locator("button.ol-send-pitch").click()
    cell.locator(".ol-report-panel .ol-report").wait_for(state="visible", timeout=30_000)


def check_skills_chart(cell, lang: str) -> None:
    """The skills chart of the round just played is drawn: an SVG image with its text alternative, one bar a skill."""
    cell.locator(".ol-skills-panel img.ol-chart-skills").wait_for(timeout=30_000)
    charts = cell.locator(".ol-skills-panel img.ol-chart-skills").evaluate_all(SKILLS_CHARTS_JS)
    assert len(charts) == 1
    chart = charts[0]
    assert chart["drawn"] and chart["svg"], "the browser could not draw the chart"
    prefix = L.text(lang, "progress.skills_alt", values="\0").split("\0")[0]  # the text before the values
    assert chart["label"] == chart["alt"] and chart["alt"].startswith(prefix)
    assert chart["title"] == L.text(lang, "progress_view.skills_title")
    labels = [P.skill_label(skill, lang) for skill in P.SKILLS]
    assert [bar.split(":")[0] for bar in chart["bars"]] == labels


def test_every_self_paced_notebook_runs_in_jupyterlite_offline(site_url, offline_page):
    """Each self-paced notebook of ``SELF_PACED`` (all twelve, both languages) opens in JupyterLite
    from the same site (one page, one after another) and runs all its cells on Pyodide with no error output
    and no outside request. Section 5 plays a round and draws its skills chart (SVG, drawn by the browser);
    section 6, which reads saved rounds, says in the notebook's language that the browser version saves none.
    """
    page = offline_page
    dialogs: list[str] = []
    # Leaving a notebook that ran asks "leave the page?": yes. Any other dialog is a failure.
    page.on("dialog", lambda d: d.accept() if d.type == "beforeunload" else (dialogs.append(d.message), d.dismiss()))
    for notebook in SELF_PACED:
        lang, name = notebook.split("/")
        started = time.monotonic()
        run_all_in_lab(page, f"{site_url}lab/index.html?path={notebook}", timeout_ms=PYODIDE_START_MS)
        ran = time.monotonic() - started
        last = page.locator(".jp-CodeCell").last
        if name.startswith("01"):
            page.locator(".ol-answer-form").first.wait_for(state="attached", timeout=30_000)
        if name.startswith("05"):
            play_self_paced_round(last, lang)
            check_skills_chart(last, lang)
        if name.startswith("06"):
            page.locator(".jp-OutputArea-output").get_by_text(
                L.text(lang, "progress_view.rounds_in_browser")).wait_for(state="attached", timeout=30_000)
        print(f"site: {notebook} ran in JupyterLite in {ran:.1f} s ({time.monotonic() - started:.1f} s with checks)")
        outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
        assert outputs, notebook
        assert page.locator(ERROR_OUTPUT).count() == 0, notebook
        assert not [o for o in outputs if "Traceback" in o or "Error" in o], notebook
    assert dialogs == []
    assert page.outside == []


def named(path: str, folder: str) -> str:
    """The first ``folder/...ipynb`` path the text of ``path`` (in the repository) sends the learner to."""
    return re.search(rf"`({folder}/[\w/.-]+\.ipynb)`", (ROOT / path).read_text(encoding="utf-8")).group(1)


def test_the_exercise_a_notebook_names_opens_by_that_path_and_runs_in_jupyterlite(site_url, offline_page):
    """The exercise section 01 ends with (``exercises/sv/01-oppna-fragor.ipynb``) is found by that path in
    JupyterLite's file browser, folder by folder as in JupyterLab, and runs on Pyodide with no error output:
    its first form checks a question in the browser and says in Swedish that one of four is done. The solution
    the exercise names is listed beside it, the repository's file; no dialog, no outside request.
    """
    page = offline_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    exercise = named("notebooks/sv/01-metoden-och-rollspelet.ipynb", "exercises")
    started = time.monotonic()
    page.goto(f"{site_url}lab/index.html", timeout=60_000)
    listing = page.locator(".jp-FileBrowser .jp-DirListing-content")
    for part in exercise.split("/"):
        listing.locator(".jp-DirListing-itemText", has_text=re.compile(f"^{re.escape(part)}$")).dblclick()
    run_all_cells(page, PYODIDE_START_MS)
    ran = time.monotonic() - started
    assert page.locator(".jp-NotebookPanel:visible .jp-Notebook").count() == 1
    current = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel")
    assert current.inner_text() == exercise.rsplit("/", 1)[1]
    form = page.locator(".ol-answer-form").first
    form.locator(".ol-answer-line input").first.fill(ROUND["sv"]["questions"][0])
    form.locator("button.ol-check").click()
    form.locator(".ol-feedback").get_by_text(L.text("sv", "exercises.rewrites_not_yet", done=1, n=4)).wait_for(
        timeout=30_000)
    print(f"site: {exercise} ran in JupyterLite in {ran:.1f} s ({time.monotonic() - started:.1f} s with its check)")
    page.locator(".ol-answer-form").nth(1).wait_for(state="attached", timeout=30_000)  # part 2, the pitch
    assert page.locator(ERROR_OUTPUT).count() == 0
    solution = named(exercise, "solutions")
    folder, name = solution.rsplit("/", 1)
    listed = page.request.get(f"{site_url}api/contents/{folder}/all.json").json()["content"]
    assert name in [item["name"] for item in listed]
    assert page.request.get(f"{site_url}files/{solution}").body() == (ROOT / solution).read_bytes()
    assert dialogs == []
    assert page.outside == []
