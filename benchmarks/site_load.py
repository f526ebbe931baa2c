"""The participant page on the static site (Voici, Pyodide) beside the same page on Voila, from one run.

For each: the seconds from navigation until the first widget can be used (the join button shows,
labelled in the page's language), with a cold browser cache (a fresh browser context per load) and
a warm one (a second load in the same context); the bytes the browser received per participant
(a cold load; Voila's websocket messages are not counted); and the server's CPU per participant
(seconds of CPU, the server and every process it started, kernels included, over the cold loads).
Builds the site first if it is out of date (``make site``). Debian's headless chromium, loopback only.

    .venv/bin/python benchmarks/site_load.py [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import tests.browser.conftest as browser_env  # noqa: E402  (after the path is set)

READY = "button.ol-join"
TIMEOUT_MS = 180_000
TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of ``pid`` and all its descendants, living or reaped (utime, stime, cutime, cstime)."""
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(proc.name)] = fields
            children.setdefault(int(fields[1]), []).append(int(proc.name))
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        if p in stats:
            total += sum(int(x) for x in stats[p][11:15]) / TICKS
        todo.extend(children.get(p, []))
    return total


def load(context, url: str) -> tuple[float, int]:
    """Seconds until the join button can be used, and the bytes the browser received for the page."""
    page = context.new_page()
    received = [0]

    def finished(request) -> None:
        with contextlib.suppress(Exception):  # a request that went away with the page
            received[0] += request.sizes()["responseBodySize"]

    page.on("requestfinished", finished)
    started = time.monotonic()
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector(READY, state="visible", timeout=TIMEOUT_MS)
    seconds = time.monotonic() - started
    page.wait_for_timeout(500)  # late requests of the same load
    page.close()
    return seconds, received[0]


def measure(browser, url: str, server_pid: int, runs: int) -> dict[str, float]:
    cold, warm, sizes = [], [], []
    cpu_before = tree_cpu_s(server_pid)
    for _ in range(runs):
        context = browser.new_context()
        browser_env.local_only(context)
        seconds, size = load(context, url)
        cold.append(seconds)
        sizes.append(size)
        context.close()
    cpu_cold = (tree_cpu_s(server_pid) - cpu_before) / runs
    for _ in range(runs):
        context = browser.new_context()
        browser_env.local_only(context)
        load(context, url)  # fills the cache
        warm.append(load(context, url)[0])
        context.close()
    return {"cold_s": statistics.median(cold), "warm_s": statistics.median(warm),
            "mb_per_participant": statistics.median(sizes) / 1e6, "server_cpu_s_per_participant": cpu_cold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="cold and warm loads of each page (default 3)")
    args = parser.parse_args()
    if browser_env.chromium_path() is None:
        print("chromium is missing: apt-get install chromium (see make browser)")
        return 1
    from playwright.sync_api import sync_playwright

    from orderlab import static_site

    site = static_site.build()
    port = browser_env.free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_env.chromium_path(), headless=True,
                                    args=browser_env.CHROMIUM_ARGS)
        try:
            browser_env.wait_for_port(port, server)
            results["static site (Voici)"] = measure(
                browser, f"http://127.0.0.1:{port}/voici/render/workshop/participant.html?lang=sv", server.pid,
                args.runs)
        finally:
            server.terminate()
            server.wait(timeout=10)
        voila, url = browser_env.start_voila("notebooks", Path(tmp) / "voila.log")
        try:
            results["Voila (make workshop)"] = measure(
                browser, f"{url}voila/render/workshop/participant.ipynb?lang=sv", voila.pid, args.runs)
        finally:
            browser_env.stop_voila(voila)
        browser.close()
    print(f"participant page, median of {args.runs} loads each (goal for the site: cold <= 10 s, warm <= 4 s)")
    print(f"{'':24}{'cold s':>8}{'warm s':>8}{'MB/participant':>16}{'server CPU s/participant':>26}")
    for name, r in results.items():
        print(f"{name:24}{r['cold_s']:8.1f}{r['warm_s']:8.1f}{r['mb_per_participant']:16.1f}"
              f"{r['server_cpu_s_per_participant']:26.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
