"""axe-core on the Voila role-play: no serious or critical WCAG violations."""

from __future__ import annotations

import pytest

from .conftest import open_app, widget_notebooks
from .layout import layout_problems
from .test_voila_roleplay import QUESTION, ask, start

pytestmark = pytest.mark.browser
BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def test_start_screen_and_roleplay_have_no_serious_violations(browser, roleplay_url):
    """Neither the start screen nor the role-play after a question has serious or critical violations."""
    context, page, _ = open_app(browser, roleplay_url, "button.ol-start")
    try:
        assert blocking_violations(page) == []
        start(page)
        ask(page, QUESTION["sv"])
        page.locator(".ol-score h3").wait_for()
        assert blocking_violations(page) == []
    finally:
        context.close()


@pytest.mark.parametrize("notebook", widget_notebooks(), ids=str)
def test_widget_notebooks_have_no_serious_violations_in_voila(browser, course_url, notebook):
    """Every notebook that shows the course's widgets passes axe when Voila renders it, and fits 1280 and 400 px."""
    context, page, _ = open_app(browser, f"{course_url}voila/render/{notebook.as_posix()}", ".orderlab")
    try:
        page.wait_for_timeout(500)
        assert blocking_violations(page) == []
        for width in (1280, 400):
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_timeout(200)
            problems = layout_problems(page)
            assert problems == [], f"at {width} px:\n" + "\n".join(problems)
    finally:
        context.close()
