"""The course notebook in a real JupyterLab: Run All, then play a question through the widget."""

from __future__ import annotations

from pathlib import Path

import pytest

import orderlab

from .conftest import ROOT, lab_folder, local_only, shut_down_kernels

pytestmark = pytest.mark.browser
NOTEBOOK = Path("notebooks") / "sv" / "01-metoden-och-rollspelet.ipynb"


@pytest.fixture
def lab_url(lab_server):
    """The notebook in the shared JupyterLab, as a fresh copy: autosave never writes into the repository."""
    if not (ROOT / NOTEBOOK).exists():
        pytest.fail(f"the course's first notebook is missing: {NOTEBOOK}")
    return f"{lab_folder(lab_server, 'first-notebook', [NOTEBOOK])}{NOTEBOOK.as_posix()}?reset"


def test_run_all_cells_then_ask_a_question(browser, lab_url):
    """After Run All Cells in JupyterLab, a question typed into the role-play gets the requester's reply."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    local_only(context)
    page = context.new_page()
    try:
        page.goto(lab_url, timeout=60_000)
        page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
        # "Run All Cells" before the kernel is connected runs nothing: wait for the status bar's Idle.
        page.locator(".jp-StatusBar-TextItem", has_text="| Idle").first.wait_for(timeout=60_000)
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        box = page.locator(".ol-question input").first
        box.wait_for(state="visible", timeout=60_000)
        box.fill("Vad vill ni uppnå med broschyren?")
        box.press("Enter")
        expected = orderlab.get_scenario("school-brochure").facts["purpose"].full["sv"][:60]
        page.locator(".ol-transcript").first.get_by_text(expected).wait_for(timeout=30_000)
    finally:
        shut_down_kernels(page)
        context.close()
