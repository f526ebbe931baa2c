"""Time from navigation to the first interactive widget in Voila: the role-play vs a bare notebook.

Alternates (a) notebooks/roleplay.ipynb and (b) a notebook with one ipywidgets Text box,
served by one Voila server with the options `make workshop` uses, in Debian's headless
chromium. Prints the median of each, the kernel's resident memory, and the ratio.

    .venv/bin/python benchmarks/voila_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import (  # noqa: E402  (after the path is set)
    CHROMIUM_ARGS,
    chromium_path,
    local_only,
    start_voila,
    stop_voila,
)

CASES = {
    "roleplay": ("roleplay.ipynb", "button.ol-start"),
    "bare": ("bare.ipynb", ".widget-text input"),
}


def kernel_rss_mb(server_pid: int) -> dict[int, float]:
    """Resident memory of every kernel started by the server, by process id."""
    out = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
            status = (proc / "status").read_text()
        except OSError:
            continue
        ppid = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
        if ppid == server_pid and b"ipykernel" in cmd:
            rss_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            out[int(proc.name)] = rss_kb / 1024
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="page loads per notebook (default 7)")
    args = parser.parse_args()
    if chromium_path() is None:
        print("chromium is missing: run `make test` as root once, or apt-get install chromium")
        return 1
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="orderlab-bench-"))
    shutil.copy(ROOT / "notebooks" / "roleplay.ipynb", work / "roleplay.ipynb")
    bare = nbformat.v4.new_notebook()
    bare.cells = [nbformat.v4.new_code_cell("import ipywidgets as w\nw.Text(description='Text')")]
    nbformat.write(bare, work / "bare.ipynb")
    proc, url = start_voila(str(work), work / "voila.log")
    times: dict[str, list[float]] = {k: [] for k in CASES}
    rss: dict[str, list[float]] = {k: [] for k in CASES}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            for i in range(args.runs):
                for name, (nb, selector) in CASES.items():
                    before = set(kernel_rss_mb(proc.pid))
                    context = browser.new_context()
                    local_only(context)
                    page = context.new_page()
                    t0 = time.perf_counter()
                    page.goto(f"{url}voila/render/{nb}", timeout=60_000)
                    page.wait_for_selector(selector, state="visible", timeout=60_000)
                    times[name].append(time.perf_counter() - t0)
                    new = {pid: mb for pid, mb in kernel_rss_mb(proc.pid).items() if pid not in before}
                    rss[name].extend(new.values())
                    context.close()
                    print(f"run {i + 1}/{args.runs} {name}: {times[name][-1]:.2f} s", flush=True)
            browser.close()
    finally:
        stop_voila(proc)
        shutil.rmtree(work, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    for name in CASES:
        mem = f"{statistics.median(rss[name]):.0f} MB" if rss[name] else "n/a"
        print(f"{name:9s} median {med[name]:.2f} s (min {min(times[name]):.2f}, max {max(times[name]):.2f}), "
              f"kernel RSS {mem}")
    print(f"ratio roleplay/bare: {med['roleplay'] / med['bare']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
