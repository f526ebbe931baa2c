"""The course's widgets inside a real JupyterLab: keys stay in the widget, layout fits, axe finds nothing serious.

JupyterLab's command-mode shortcuts match any focused element in a notebook that is not a text
field: before ``orderlab.ui.keyboard``, ArrowDown on the scenario dropdown moved the cell selection
instead of the choice, and Enter could run a notebook command.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ROOT, lab_folder, local_only, run_all_in_lab, shut_down_kernels, widget_notebooks
from .layout import layout_problems
from .test_accessibility import BLOCKING
from .test_voila_roleplay import QUESTION, SUMMARY

pytestmark = pytest.mark.browser
# Every notebook a learner opens; the axe run covers whatever they display.
COURSE = sorted(
    [p.relative_to(ROOT) for p in (ROOT / "notebooks").glob("[se][vn]/*.ipynb")]
    + [p.relative_to(ROOT) for p in (ROOT / "exercises").glob("*/*.ipynb")]
    + [Path("notebooks/roleplay.ipynb")]
)

NOTEBOOK_STATE_JS = """() => {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  const notebook = document.querySelector('.jp-Notebook');
  return {cells: cells.length, active: cells.findIndex(c => c.classList.contains('jp-mod-active')),
          selected: cells.filter(c => c.classList.contains('jp-mod-selected')).length,
          edit: notebook.classList.contains('jp-mod-editMode')};
}"""


@pytest.fixture(scope="module")
def lab(lab_server):
    """The shared JupyterLab, on this file's own copies of the course notebooks."""
    return lab_folder(lab_server, "course", COURSE)


@pytest.fixture
def page(browser, lab):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    local_only(context)
    page = context.new_page()
    yield page
    shut_down_kernels(page)
    context.close()


def state(page) -> dict:
    return page.evaluate(NOTEBOOK_STATE_JS)


def test_arrow_keys_and_enter_stay_in_the_dropdown_and_the_radios(page, lab):
    """ArrowDown changes the scenario and the delivery choice; the cells, their selection and mode stay."""
    run_all_in_lab(page, f"{lab}notebooks/roleplay.ipynb?reset")
    picker = page.locator(".ol-scenario select")
    picker.wait_for(timeout=30_000)
    picker.focus()
    before, first = state(page), picker.input_value()
    page.keyboard.press("ArrowDown")
    assert picker.input_value() != first, "ArrowDown did not change the scenario"
    assert state(page) == before, "ArrowDown reached JupyterLab's notebook commands"
    page.keyboard.press("ArrowUp")
    assert picker.input_value() == first
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")  # Enter may open the list; Escape closes it (and must not leave the widget)
    assert state(page) == before, "Enter reached JupyterLab's notebook commands"

    page.locator("button.ol-start").click()
    box = page.locator(".ol-question input")
    box.fill(QUESTION["sv"])
    box.press("Enter")
    page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    page.locator("button.ol-done-asking").click()
    page.locator(".ol-summary textarea").fill(SUMMARY["sv"])
    page.locator("button.ol-confirm").click()
    radios = page.locator(".ol-delivery input[type=radio]")
    radios.first.check()
    radios.first.focus()
    before = state(page)
    page.keyboard.press("ArrowDown")
    assert radios.nth(1).is_checked(), "ArrowDown did not move the delivery choice"
    assert state(page) == before, "a key reached JupyterLab's notebook commands"
    # Tab to the Deliver button and press Enter: it delivers, and no cell is added or entered.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('ol-deliver')")
    page.keyboard.press("Enter")
    page.locator(".ol-pitch textarea").wait_for(timeout=30_000)
    assert state(page)["cells"] == before["cells"] and not state(page)["edit"]


def test_the_roleplay_fits_its_panel_in_jupyterlab(page, lab):
    """In JupyterLab at 1280 px: no cut-off label, overlap or control outside the widget's panel."""
    run_all_in_lab(page, f"{lab}notebooks/roleplay.ipynb?reset")
    page.locator("button.ol-start").click()
    page.locator(".ol-question input").wait_for(timeout=30_000)
    problems = [f"questions: {p}" for p in layout_problems(page)]
    page.locator("button.ol-done-asking").click()
    page.locator(".ol-summary textarea").fill(SUMMARY["sv"])
    page.locator("button.ol-confirm").click()
    page.locator(".ol-delivery input[type=radio]").first.wait_for(timeout=30_000)
    problems += [f"delivery: {p}" for p in layout_problems(page)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("notebook", COURSE, ids=str)
def test_no_serious_axe_violations_in_jupyterlab(page, lab, notebook):
    """After Run All in JupyterLab, the notebook's outputs have no serious or critical axe violations."""
    from axe_playwright_python.sync_playwright import Axe

    run_all_in_lab(page, f"{lab}{notebook.as_posix()}?reset")
    outputs = page.locator(".jp-OutputArea-output")
    assert outputs.count() > 0, "the notebook showed nothing"
    if notebook in widget_notebooks():
        page.locator(".jp-OutputArea-output .orderlab").first.wait_for(timeout=30_000)
    page.wait_for_timeout(500)  # widgets render just after their cell finishes
    results = Axe().run(page, context=".jp-OutputArea-output")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"] if v.get("impact") in BLOCKING
    ]
    assert serious == []
