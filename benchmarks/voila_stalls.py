"""Stalls and kernel leaks: N consecutive loads of the participant page, then how long cleanup takes.

Serves notebooks/workshop/ through Voila with the options `make workshop` uses (progressive
rendering, culling, no tracebacks), but with culling short enough for a benchmark
(idle timeout 60 s, checked every 10 s). Each load opens /voila/render/participant.ipynb in a
fresh browser context (Debian's headless chromium, requests off 127.0.0.1 blocked) and waits
up to 20 s from navigation for `button.ol-join` to be visible and enabled; a load that does
not get there is counted as stuck (no retry); the page is then given `--grace` seconds more
(default 40) to tell a slow load from one that hangs for good. The context is closed after
every load. After the last load, the server's kernels (child processes whose command line
contains ipykernel) are counted every 2 s until none is left or the time limit passes.

`--mode default` runs the same against Voila's default (non-progressive) rendering,
`--mode both` runs both, one after the other, each on its own server. 200 loads of the
participant page took about 17 minutes (cleanup included) on a busy 2-core machine; `--loads` shortens a run.

    .venv/bin/python benchmarks/voila_stalls.py [--loads 200] [--mode progressive|default|both] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import (  # noqa: E402  (after the path is set)
    CHROMIUM_ARGS,
    chromium_path,
    free_port,
    local_only,
    stop_voila,
    wait_for_port,
)

READY = "button.ol-join:enabled"
CLK_TCK = os.sysconf("SC_CLK_TCK")
CULL = ["--MappingKernelManager.cull_idle_timeout=60", "--MappingKernelManager.cull_interval=10"]
# The options of `make workshop`, culling shortened (see CULL); the rendering mode is added per run.
WORKSHOP_OPTS = ["--VoilaConfiguration.show_tracebacks=False", *CULL]
PROGRESSIVE = ["--progressive_rendering=True"]


# --- the server and its processes -----------------------------------------------------------------

def start_server(target: str, options: list[str], log_path: Path, env: dict | None = None):
    """Voila on a free port of 127.0.0.1 with ``options``; returns (process, base url)."""
    port = free_port()
    cmd = [sys.executable, "-m", "voila", target, "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
           *options]
    log = open(log_path, "wb")  # noqa: SIM115 - closed by stop_voila
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "JUPYTER_PLATFORM_DIRS": "1", **(env or {})},
                            stdout=log, stderr=subprocess.STDOUT)
    proc.log = log  # type: ignore[attr-defined]
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}/"


def _status(pid: int) -> dict[str, str]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        out[key] = value.strip()
    return out


def children(server_pid: int) -> dict[int, bytes]:
    """Direct child processes of the server, with their command lines."""
    out = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if int(_status(int(proc.name))["PPid"]) == server_pid:
                out[int(proc.name)] = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
        except (OSError, KeyError, ValueError):
            continue
    return out


def kernels(server_pid: int) -> list[int]:
    """Kernels started by the server (as benchmarks/voila_startup.py counts them)."""
    return [pid for pid, cmd in children(server_pid).items() if b"ipykernel" in cmd]


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process from /proc/<pid>/stat, 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # fields 14 and 15 of stat(5)


def rss_mb(pid: int) -> float:
    try:
        return int(_status(pid)["VmRSS"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        return 0.0


def server_cpu(server_pid: int) -> dict[int, float]:
    """CPU seconds of the server and each of its kernels, by process id."""
    pids = [server_pid, *kernels(server_pid)]
    return {pid: cpu_seconds(pid) for pid in pids}


def wait_no_kernels(server_pid: int, limit: float, every: float = 2.0) -> tuple[float | None, list]:
    """Poll the kernel count until it is 0; returns (seconds taken or None, [(t, count), ...])."""
    t0 = time.monotonic()
    trace = []
    while True:
        n = len(kernels(server_pid))
        t = time.monotonic() - t0
        trace.append((round(t, 1), n))
        if n == 0:
            return t, trace
        if t > limit:
            return None, trace
        time.sleep(every)


def launch(p):
    return p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    k = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(k, len(ordered)) - 1]


# --- one run -------------------------------------------------------------------------------------

def run(mode: str, loads: int, timeout_s: float, grace_s: float, cleanup_limit: float, work: Path) -> dict:
    from playwright.sync_api import sync_playwright

    options = WORKSHOP_OPTS + (PROGRESSIVE if mode == "progressive" else [])
    proc, url = start_server("notebooks/workshop", options, work / f"voila-{mode}.log",
                             env={"ORDERLAB_RESULTS": str(work / "results.sqlite")})
    page_url = f"{url}voila/render/participant.ipynb"
    times: list[float] = []
    stuck: list[tuple[int, str, float | None]] = []
    peak_kernels = 0
    t_start = time.monotonic()
    try:
        with sync_playwright() as p:
            browser = launch(p)
            for i in range(1, loads + 1):
                context = browser.new_context()
                local_only(context)
                page = context.new_page()
                t0 = time.perf_counter()
                try:
                    page.goto(page_url, wait_until="commit", timeout=timeout_s * 1000)
                    left = timeout_s * 1000 - (time.perf_counter() - t0) * 1000
                    page.wait_for_selector(READY, state="visible", timeout=max(left, 1))
                    times.append(time.perf_counter() - t0)
                    outcome = f"{times[-1]:.2f} s"
                except Exception as exc:  # playwright's TimeoutError or a navigation error
                    try:
                        text = " ".join(page.inner_text("body", timeout=2000).split())[:80]
                    except Exception:
                        text = "?"
                    # Slow or hung? Keep waiting (grace) to tell a late page from one that never comes.
                    late = None
                    if grace_s > 0:
                        try:
                            page.wait_for_selector(READY, state="visible", timeout=grace_s * 1000)
                            late = time.perf_counter() - t0
                        except Exception:
                            pass
                    then = (f"interactive after {late:.1f} s" if late is not None
                            else f"still not interactive after {time.perf_counter() - t0:.0f} s")
                    stuck.append((i, f"{type(exc).__name__} at {timeout_s:.0f} s, page says {text!r}; {then}",
                                  late))
                    outcome = f"STUCK after {timeout_s:.0f} s ({text!r}); {then}"
                n_k = len(kernels(proc.pid))
                peak_kernels = max(peak_kernels, n_k)
                context.close()
                if i % 10 == 0 or outcome.startswith("STUCK") or i == loads:
                    print(f"[{mode}] load {i}/{loads}: {outcome}; kernels alive {n_k}", flush=True)
            browser.close()
        load_wall = time.monotonic() - t_start
        left_after = len(kernels(proc.pid))
        print(f"[{mode}] every tab closed; {left_after} kernels still running; polling ...", flush=True)
        cleanup, trace = wait_no_kernels(proc.pid, cleanup_limit)
        print(f"[{mode}] kernel count every 2 s: {' '.join(str(n) for _, n in trace)}", flush=True)
    finally:
        stop_voila(proc)
    return {
        "mode": mode, "loads": loads, "ok": len(times), "stuck": stuck, "times": times,
        "peak_kernels": peak_kernels, "left_after": left_after, "cleanup": cleanup,
        "cleanup_limit": cleanup_limit, "load_wall": load_wall, "timeout": timeout_s, "grace": grace_s,
    }


def report(r: dict) -> None:
    times = r["times"]
    n_stuck = len(r["stuck"])
    print(f"\n== {r['mode']} rendering: {r['loads']} consecutive loads of participant.ipynb ==")
    print(f"interactive within {r['timeout']:.0f} s : {r['ok']}/{r['loads']}")
    print(f"stuck (never interactive): {n_stuck} ({100 * n_stuck / r['loads']:.1f} %)")
    hung = sum(late is None for _, _, late in r["stuck"])
    if r["stuck"]:
        print(f"  of which never interactive within {r['timeout'] + r['grace']:.0f} s: {hung}")
    for i, why, _ in r["stuck"]:
        print(f"  load {i}: {why}")
    if times:
        print(f"time to button.ol-join  : median {statistics.median(times):.2f} s, p95 {pct(times, 95):.2f} s, "
              f"max {max(times):.2f} s")
    print(f"loads took               : {r['load_wall']:.0f} s wall")
    print(f"kernels alive, peak      : {r['peak_kernels']} (culled after 60 s idle, checked every 10 s)")
    print(f"kernels alive at the end : {r['left_after']} right after the last tab closed")
    if r["cleanup"] is None:
        print(f"cleanup                  : NOT done within {r['cleanup_limit']:.0f} s (kernels leaked)")
    else:
        print(f"cleanup                  : 0 kernels {r['cleanup']:.0f} s after the last tab closed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=200, help="consecutive page loads per mode (default 200)")
    parser.add_argument("--mode", choices=["progressive", "default", "both"], default="progressive",
                        help="rendering mode: progressive (as `make workshop`, the default), default, or both")
    parser.add_argument("--timeout", type=float, default=20, help="seconds before a load counts as stuck (20)")
    parser.add_argument("--grace", type=float, default=40,
                        help="after a load counts as stuck, wait this much longer to tell slow from hung (40)")
    parser.add_argument("--cleanup-limit", type=float, default=180,
                        help="seconds to wait for every kernel to be culled (default 180)")
    parser.add_argument("--quick", action="store_true", help="a short run: 15 loads")
    args = parser.parse_args()
    if args.quick:
        args.loads = 15
    if chromium_path() is None:
        print("chromium is missing: run `make test` as root once, or apt-get install chromium")
        return 1
    print(f"voila_stalls {dt.datetime.now().isoformat(timespec='seconds')}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} (the machine may be shared; browser and server share the cores)")
    work = Path(tempfile.mkdtemp(prefix="orderlab-stalls-"))
    modes = ["progressive", "default"] if args.mode == "both" else [args.mode]
    results = []
    try:
        for mode in modes:
            results.append(run(mode, args.loads, args.timeout, args.grace, args.cleanup_limit, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for r in results:
        report(r)
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
