"""`make room` for real: a pool only for the participant page, and ?workshop= / ?lang= still obeyed.

The Makefile's own recipe is run (with a pool of one), so the test cannot drift from what a
facilitator starts. A pooled kernel runs the notebook before any page asks for it; the app
must still save into the workshop and show the language the page's address names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from orderlab.results import ResultsStore

from .conftest import ROOT, free_port, local_only, stop_group, wait_for_port

pytestmark = pytest.mark.browser


def kernels_under(pid: int) -> list[int]:
    """The ipykernel processes started, directly or not, by process ``pid``."""
    parents: dict[int, int] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            commands[int(entry.name)] = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent:
                frontier.append(child)
                if "ipykernel" in commands.get(child, ""):
                    found.append(child)
    return found


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    if shutil.which("make") is None or not (ROOT / ".venv/bin/voila").exists():
        pytest.skip("`make room` needs make and the project's .venv (created by `make test`)")
    port = free_port()
    log_path = tmp_path_factory.mktemp("room") / "voila.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(["make", "--no-print-directory", "room", f"PORT={port}", "POOL=1"], cwd=ROOT,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for_port(port, proc, timeout=120)
            yield proc, f"http://127.0.0.1:{port}/", log_path
        finally:
            stop_group(proc)


def test_room_pools_only_the_participant_page_and_obeys_its_address(browser, room):
    """One pooled kernel in all (not one per notebook); the page joins ?workshop= in ?lang=."""
    proc, url, log_path = room
    printed = log_path.read_text(errors="replace")  # the room check runs before Voila starts
    assert f"http://127.0.0.1:{url.split(':')[2].rstrip('/')}/voila/render/workshop/participant.ipynb" in printed
    deadline = time.monotonic() + 90
    while not kernels_under(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(5)  # had the other 14 notebooks got pools, their kernels would have started by now
    assert len(kernels_under(proc.pid)) == 1

    workshop, alias = f"rum-{uuid.uuid4().hex[:8]}", "Ekorre"
    with ResultsStore(os.environ["ORDERLAB_RESULTS"]) as store:  # the facilitator made it (make room)
        store.create_workshop(workshop)
    context = browser.new_context()
    local_only(context)
    try:
        page = context.new_page()
        page.goto(f"{url}voila/render/workshop/participant.ipynb?workshop={workshop}&lang=en", timeout=60_000)
        join = page.locator("button.ol-join")
        join.wait_for(timeout=60_000)
        page.wait_for_function("document.querySelector('button.ol-join').innerText.trim() === 'Start playing'",
                               timeout=30_000)
        page.locator(".ol-alias input").fill(alias)
        join.click()
        box = page.locator(".ol-question input")
        box.wait_for(timeout=30_000)
        box.fill("What do you want to achieve with the brochure?")
        box.press("Enter")
        page.locator(".ol-transcript .ol-them").nth(1).wait_for(timeout=30_000)
    finally:
        context.close()
    with ResultsStore(os.environ["ORDERLAB_RESULTS"]) as store:
        saved = store.load_progress(workshop, alias)
    assert saved is not None and saved["state"]["lang"] == "en"
