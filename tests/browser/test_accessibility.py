"""axe-core on the Voila role-play: no serious or critical WCAG violations."""

from __future__ import annotations

import pytest

from .conftest import open_app
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
