"""A room arriving at once: K participants open the participant page together; time to interactive.

For each design and each room size K, a fresh Voila server is started, then one headless
chromium (Debian's, requests off 127.0.0.1 blocked) opens K browser contexts, and all K
navigate to /voila/render/participant.ipynb at the same moment (or spread evenly over
`--spread` seconds). Per participant: seconds from its first navigation until
`button.ol-join` is visible and enabled. A participant whose page is not interactive after
`--try-timeout` seconds reloads (as a person would), up to 60 s in all; reloads are counted,
and so is everyone who never got there within 60 s.

The server's share is measured apart from the browsers': CPU seconds (utime + stime from
/proc/<pid>/stat) of the Voila server and all its kernels from just before the room arrives
until the last participant is interactive (or gives up), and the resident memory of every
kernel at that moment. The browsers' CPU seconds are given too: here they ran on the same two
cores as the server, which a real room (one device per person) does not.

Designs (`--designs`, comma-separated):
  progressive  the options of `make workshop` (progressive rendering, culling, no tracebacks)
  preheat      kernels started before the room arrives: --preheat_kernel=True --pool_size=K
               (Voila's default rendering; it cannot be combined with progressive rendering).
               The pool is filled, and the machine quiet, before the room arrives.
  bare         progressive, but a notebook holding only the join button: the floor for any
               "lighter participant notebook".
  bare-preheat the bare notebook with a pool of K kernels.
  room         the options of `make room`: a pool of K + 5 kernels refilled 120 s after use
               (--VoilaKernelManager.fill_delay=120), default rendering; keep in step with the Makefile.

    .venv/bin/python benchmarks/room_arrival.py [--sizes 10,20,40] [--designs progressive,preheat]
                                                [--spread 0] [--try-timeout 20] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from voila_stalls import (
    CHROMIUM_ARGS,
    READY,
    ROOT,
    chromium_path,
    cpu_seconds,
    kernels,
    pct,
    rss_mb,
    server_cpu,
    start_server,
    stop_voila,
)

BUDGET_S = 60.0
# The options of `make workshop` (culling as there: 10 min idle, checked every minute).
BASE = ["--VoilaConfiguration.show_tracebacks=False",
        "--MappingKernelManager.cull_idle_timeout=600", "--MappingKernelManager.cull_interval=60"]
DESIGNS = {
    # name: (notebook, extra options; "{k}" is the room size)
    "progressive": ("participant.ipynb", ["--progressive_rendering=True"]),
    "preheat": ("participant.ipynb", ["--preheat_kernel=True", "--pool_size={k}"]),
    "bare": ("bare.ipynb", ["--progressive_rendering=True"]),
    "bare-preheat": ("bare.ipynb", ["--preheat_kernel=True", "--pool_size={k}"]),
    "room": ("participant.ipynb", ["--preheat_kernel=True", "--pool_size={pool}",
                                   "--VoilaKernelManager.fill_delay=120"]),
}
ROOM_SPARE = 5  # `make room` starts ROOM + 5 kernels


def write_notebooks(work: Path) -> None:
    """A copy of the participant notebook and the bare one, alone in a folder (a pool per notebook)."""
    for name in ("participant", "bare"):
        (work / name).mkdir()
    shutil.copy(ROOT / "notebooks" / "workshop" / "participant.ipynb", work / "participant" / "participant.ipynb")
    bare = nbformat.v4.new_notebook()
    bare.cells = [nbformat.v4.new_code_cell(
        "import ipywidgets as w\nb = w.Button(description='Join')\nb.add_class('ol-join')\nb")]
    bare.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(bare, work / "bare" / "bare.ipynb")


def descendants(root_pid: int) -> list[int]:
    """Every process below root_pid (by PPid)."""
    parent = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                for line in (proc / "status").read_text().splitlines():
                    if line.startswith("PPid:"):
                        parent[int(proc.name)] = int(line.split()[1])
                        break
            except OSError:
                continue
    out, frontier = [], [root_pid]
    while frontier:
        pid = frontier.pop()
        kids = [c for c, p in parent.items() if p == pid]
        out.extend(kids)
        frontier.extend(kids)
    return out


def browser_cpu() -> float:
    """CPU seconds of the chromium processes this benchmark started (below this Python process)."""
    total = 0.0
    for pid in descendants(os.getpid()):
        try:
            if b"chromium" in Path(f"/proc/{pid}/cmdline").read_bytes():
                total += cpu_seconds(pid)
        except OSError:
            continue
    return total


def wait_quiet(server_pid: int, limit: float = 180, window: float = 3.0, threshold: float = 0.15) -> float:
    """Wait until the server and its kernels use less than ``threshold`` CPU seconds per ``window``."""
    t0 = time.monotonic()
    before = sum(server_cpu(server_pid).values())
    while time.monotonic() - t0 < limit:
        time.sleep(window)
        now = sum(server_cpu(server_pid).values())
        if now - before < threshold:
            break
        before = now
    return time.monotonic() - t0


def wait_pool(server_pid: int, log_path: Path, k: int, limit: float = 300) -> float | None:
    """Seconds until Voila logs that the pool of K kernels is filled (None if not within ``limit``)."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if re.search(rb"Kernel pool of \S+ is filled with \d+ kernel", log_path.read_bytes()):
            return time.monotonic() - t0
        time.sleep(1)
    return None


async def local_only(route) -> None:
    """Abort every request that does not go to 127.0.0.1 (as tests/browser/conftest.py does)."""
    if route.request.url.startswith("http://127.0.0.1"):
        await route.continue_()
    else:
        await route.abort()


async def participant(url: str, delay: float, try_timeout: float, out: dict) -> None:
    """One participant: wait ``delay``, open the page, reload after ``try_timeout``; fill ``out``."""
    page = out["page"]
    await asyncio.sleep(delay)
    t0 = time.perf_counter()
    out.update(t0=t0, tries=0, ready=None)
    while True:
        elapsed = time.perf_counter() - t0
        left = BUDGET_S - elapsed
        if left <= 0:
            return
        out["tries"] += 1
        this_try = min(try_timeout, left)
        t_try = time.perf_counter()
        try:
            await page.goto(url, wait_until="commit", timeout=this_try * 1000)
            rest = this_try - (time.perf_counter() - t_try)
            await page.wait_for_selector(READY, state="visible", timeout=max(rest, 0.001) * 1000)
            out["ready"] = time.perf_counter() - t0
            out["t_ready"] = time.perf_counter()
            return
        except Exception as exc:  # playwright's TimeoutError, or a navigation error under load
            out.setdefault("errors", []).append(type(exc).__name__)


def browser_executable(nice: bool, work: Path) -> str:
    """Debian's chromium, or a wrapper that starts it at the lowest priority (nice 19)."""
    if not nice:
        return chromium_path()
    wrapper = work / "chromium-nice"
    wrapper.write_text(f"#!/bin/sh\nexec nice -n 19 {chromium_path()} \"$@\"\n")
    wrapper.chmod(0o755)
    return str(wrapper)


STATIC_PREFIXES = ("/voila/static/", "/voila/labextensions/", "/voila/templates/", "/static/")


def static_paths(folder: Path, notebook: str, options: list[str], work: Path) -> list[str]:
    """The static files one real browser load fetches, recorded on a throwaway server."""
    from playwright.sync_api import sync_playwright

    proc, url = start_server(str(folder), [o for o in options if "pool_size" not in o and "preheat" not in o],
                             work / "voila-record.log")
    paths: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context()
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(url)
                          else route.abort())
            page = context.new_page()
            page.on("request", lambda req: paths.append(req.url[len(url) - 1:]) if req.url.startswith(url) else None)
            page.goto(f"{url}voila/render/{notebook}", timeout=60_000)
            page.wait_for_selector(READY, state="visible", timeout=60_000)
            page.wait_for_timeout(1000)
            browser.close()
    finally:
        stop_voila(proc)
    return sorted({p for p in paths if p.startswith(STATIC_PREFIXES)})


def _message(msg_type: str, session: str) -> str:
    return json.dumps({
        "header": {"msg_id": uuid.uuid4().hex, "username": "bench", "session": session, "msg_type": msg_type,
                   "version": "5.3", "date": dt.datetime.now(dt.UTC).isoformat()},
        "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell", "buffers": [],
    })


async def _reply(ws, msg_type: str, deadline: float) -> None:
    """Read messages from a kernel's channels socket until one of ``msg_type`` arrives."""
    while True:
        raw = await asyncio.wait_for(ws.read_message(), timeout=max(deadline - time.perf_counter(), 0.001))
        if raw is None:
            raise ConnectionError("kernel socket closed")
        if isinstance(raw, str) and json.loads(raw)["header"]["msg_type"] == msg_type:
            return


async def emulated_load(url: str, progressive: bool, deadline: float, statics: list[str]) -> int:
    """What a browser asks of the server for one page, without a browser's own work.

    GET the page (in the default mode it returns once the notebook has run; with a pool at
    once) and the scripts a browser would fetch, connect to its kernel as the widget manager
    does, in progressive mode ask Voila to execute the notebook and wait for the last cell,
    then a kernel_info and a comm_info (jupyter.widget) round trip: the point where a browser
    could show and use the widgets.
    """
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest
    from tornado.websocket import websocket_connect

    left = lambda: max(deadline - time.perf_counter(), 0.001)  # noqa: E731
    client = AsyncHTTPClient()
    resp = await client.fetch(url, request_timeout=left(), connect_timeout=left())
    kernel_id = re.search(rb'"kernelId": "([0-9a-f-]+)"', resp.body).group(1).decode()
    cookie = "; ".join(c.split(";", 1)[0] for c in resp.headers.get_list("Set-Cookie"))
    origin = url.split("/voila/render/")[0]
    base = origin.replace("http://", "ws://")
    wire = len(resp.body)
    # The scripts and styles a browser fetches for this page (recorded once, see static_paths),
    # six at a time as a browser does per host, gzip accepted, counted as sent on the wire.
    gate = asyncio.Semaphore(6)

    async def get(path: str) -> int:
        async with gate:
            r = await client.fetch(HTTPRequest(origin + path, headers={"Accept-Encoding": "gzip"},
                                               decompress_response=False, request_timeout=left(),
                                               connect_timeout=left()))
            return len(r.body)

    wire += sum(await asyncio.gather(*(get(path) for path in statics)))
    session = uuid.uuid4().hex
    channels = await asyncio.wait_for(websocket_connect(HTTPRequest(
        f"{base}/api/kernels/{kernel_id}/channels?session_id={session}", headers={"Cookie": cookie})), left())
    try:
        if progressive:
            execution = await asyncio.wait_for(websocket_connect(HTTPRequest(
                f"{base}/voila/execution/{kernel_id}", headers={"Cookie": cookie})), left())
            try:
                await execution.write_message(json.dumps({"action": "execute", "payload": {"kernel_id": kernel_id}}))
                while True:
                    raw = await asyncio.wait_for(execution.read_message(), timeout=left())
                    if raw is None:
                        raise ConnectionError("execution socket closed")
                    msg = json.loads(raw)
                    if msg["action"] == "execution_error":
                        raise RuntimeError(msg["payload"])
                    if msg["action"] == "execution_result" and \
                            msg["payload"]["cell_index"] == msg["payload"]["total_cell"] - 1:
                        break
            finally:
                execution.close()
        await channels.write_message(_message("kernel_info_request", session))
        await _reply(channels, "kernel_info_reply", deadline)
        comm_info = json.loads(_message("comm_info_request", session))
        comm_info["content"] = {"target_name": "jupyter.widget"}
        await channels.write_message(json.dumps(comm_info))
        await _reply(channels, "comm_info_reply", deadline)
    finally:
        channels.close()
    return wire


async def emulated_participant(url: str, progressive: bool, delay: float, try_timeout: float, statics: list[str],
                               out: dict) -> None:
    """A participant without a browser: the same retry rule as ``participant``."""
    await asyncio.sleep(delay)
    t0 = time.perf_counter()
    out.update(t0=t0, tries=0, ready=None)
    while BUDGET_S - (time.perf_counter() - t0) > 0:
        out["tries"] += 1
        this_try = min(try_timeout, BUDGET_S - (time.perf_counter() - t0))
        try:
            out["bytes"] = await emulated_load(url, progressive, time.perf_counter() + this_try, statics)
            out["ready"] = time.perf_counter() - t0
            out["t_ready"] = time.perf_counter()
            return
        except Exception as exc:  # timeouts, refused connections under load
            out.setdefault("errors", []).append(type(exc).__name__)


async def arrive_emulated(url: str, k: int, spread: float, try_timeout: float, server_pid: int,
                          progressive: bool, statics: list[str]) -> dict:
    from tornado.httpclient import AsyncHTTPClient

    AsyncHTTPClient.configure(None, max_clients=max(k, 10))
    people = [{} for _ in range(k)]
    cpu0 = server_cpu(server_pid)
    t0 = time.perf_counter()
    await asyncio.gather(*(emulated_participant(url, progressive, i * spread / k, try_timeout, statics, person)
                           for i, person in enumerate(people)))
    wall = time.perf_counter() - t0
    cpu1 = server_cpu(server_pid)
    server_cpu_s = sum(cpu1.values()) - sum(cpu0.get(pid, 0.0) for pid in cpu1)
    return {"people": people, "wall": wall, "server_cpu": server_cpu_s, "browser_cpu": 0.0, "cpu0": cpu0}


async def arrive(url: str, k: int, spread: float, try_timeout: float, server_pid: int, executable: str) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        people = []
        for _ in range(k):
            context = await browser.new_context()
            await context.route("**/*", local_only)
            people.append({"context": context, "page": await context.new_page()})
        await asyncio.sleep(1)
        cpu0, bcpu0 = server_cpu(server_pid), browser_cpu()
        t0 = time.perf_counter()
        await asyncio.gather(*(participant(url, i * spread / k, try_timeout, person)
                               for i, person in enumerate(people)))
        wall = time.perf_counter() - t0
        cpu1, bcpu1 = server_cpu(server_pid), browser_cpu()
        await browser.close()
    server_cpu_s = sum(cpu1.values()) - sum(cpu0.get(pid, 0.0) for pid in cpu1)
    return {"people": people, "wall": wall, "server_cpu": server_cpu_s, "browser_cpu": bcpu1 - bcpu0, "cpu0": cpu0}


_STATICS: dict[str, list[str]] = {}


def run(design: str, k: int, spread: float, try_timeout: float, executable: str | None, work: Path,
        voila_args: tuple[str, ...] = ()) -> dict:
    notebook, extra = DESIGNS[design]
    folder = work / notebook.removesuffix(".ipynb")
    log_path = work / f"voila-{design}-{k}.log"
    pool = k + ROOM_SPARE if design == "room" else k
    options = BASE + [o.format(k=k, pool=pool) for o in extra] + list(voila_args)
    if executable is None and design not in _STATICS:
        _STATICS[design] = static_paths(folder, notebook, options, work)
        print(f"{design}: a browser fetches {len(_STATICS[design])} static files per page; the emulated client "
              f"fetches them too", flush=True)
    t_start = time.monotonic()
    proc, url = start_server(str(folder), options, log_path, env={"ORDERLAB_RESULTS": str(work / "results.sqlite")})
    fill = pool_rss = None
    try:
        if "preheat_kernel=True" in " ".join(options):
            # Voila fills the pool while it starts, so count from the server's start.
            fill = wait_pool(proc.pid, log_path, pool) and time.monotonic() - t_start
            pool_rss = sum(rss_mb(pid) for pid in kernels(proc.pid))
        quiet = wait_quiet(proc.pid)
        idle_kernels = len(kernels(proc.pid))
        log_mark = log_path.stat().st_size
        page_url = f"{url}voila/render/{notebook}"
        if executable is None:
            progressive = "--progressive_rendering=True" in options
            r = asyncio.run(arrive_emulated(page_url, k, spread, try_timeout, proc.pid, progressive,
                                            _STATICS[design]))
        else:
            r = asyncio.run(arrive(page_url, k, spread, try_timeout, proc.pid, executable))
        # Pools refill after the room arrived: count the server's CPU until it is quiet again, and
        # the memory then, when every kernel has run the notebook.
        r["quiet_after"] = wait_quiet(proc.pid)
        cpu2 = server_cpu(proc.pid)
        cpu0 = r.pop("cpu0")
        r["server_cpu_quiet"] = sum(cpu2.values()) - sum(cpu0.get(pid, 0.0) for pid in cpu2)
        r["kernel_rss"] = [rss_mb(pid) for pid in kernels(proc.pid)]
        r["server_rss"] = rss_mb(proc.pid)
        log_tail = log_path.read_bytes()[log_mark:]
        r["pool_hits"] = log_tail.count(b"Using pre-heated kernel")
    finally:
        stop_voila(proc)
    times = [p["ready"] for p in r["people"] if p["ready"] is not None]
    starts = [p["t0"] for p in r["people"]]
    ends = [p["t_ready"] for p in r["people"] if p["ready"] is not None]
    r.update(design=design, k=k, spread=spread, times=times, fill=fill, pool_rss=pool_rss, quiet=quiet,
             idle_kernels=idle_kernels, failed=k - len(times),
             retries=sum(p["tries"] - 1 for p in r["people"]),
             retried_people=sum(p["tries"] > 1 for p in r["people"]),
             arrival_to_last=(max(ends) - min(starts)) if ends else None,
             total_wall=time.monotonic() - t_start)
    r["errors"] = dict(Counter(e for p in r["people"] for e in p.get("errors", [])))
    sent = [p["bytes"] for p in r["people"] if p.get("bytes")]
    r["mb_per_page"] = statistics.median(sent) / 1e6 if sent else None
    del r["people"]
    return r


def fmt(x: float | None, spec: str = ".1f") -> str:
    return "-" if x is None else format(x, spec)


def print_row(r: dict) -> None:
    t = r["times"]
    kr = r["kernel_rss"]
    print(f"| {r['design']:12s} | {r['k']:3d} | {r['spread']:4.0f} | "
          f"{fmt(statistics.median(t) if t else None):>6s} | {fmt(pct(t, 95) if t else None):>6s} | "
          f"{len(t) - sum(x > 10 for x in t):3d} | {r['failed']:3d} | {r['retries']:3d} | "
          f"{r['server_cpu']:6.1f} | {r['server_cpu'] / r['k']:5.2f} | {r['server_cpu_quiet']:6.1f} | "
          f"{r['browser_cpu']:6.1f} | "
          f"{fmt(statistics.median(kr) if kr else None, '.0f'):>4s} | {len(kr):3d} | {r['server_rss']:4.0f} | "
          f"{fmt(r['fill'], '.0f'):>4s} | {fmt(r['pool_rss'], '.0f'):>5s} |", flush=True)


HEADER = ("| design       |   K | sprd | median |    p95 | ≤10 | >60 | rld | srvCPU | /pers | +refil | brwCPU | "
          "MB/k | krn | srvMB | fill | poolMB |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,20,40", help="room sizes, comma-separated (default 10,20,40)")
    parser.add_argument("--designs", default="progressive,preheat",
                        help=f"comma-separated, from {', '.join(DESIGNS)} (default progressive,preheat)")
    parser.add_argument("--spread", type=float, default=0,
                        help="arrivals spread evenly over this many seconds (default 0: all at once)")
    parser.add_argument("--try-timeout", type=float, default=20,
                        help="seconds before a participant reloads a page that is not interactive (default 20; "
                             "60 means never reload)")
    parser.add_argument("--client", choices=["browser", "emulated"], default="browser",
                        help="browser: headless chromium (default); emulated: a client that asks the server what a "
                             "browser would (page, kernel socket, execution, kernel_info, comm_info) and does no "
                             "rendering: the server's side alone, as in a room where every browser has its own device")
    parser.add_argument("--nice-browsers", action="store_true",
                        help="run chromium at nice 19, so the server gets the CPU first (closer to a room where "
                             "every browser has its own device)")
    parser.add_argument("--voila-arg", action="append", default=[], metavar="ARG",
                        help="one more option for every Voila server, e.g. "
                             "--voila-arg=--Voila.tornado_settings=compress_response=True (repeatable)")
    parser.add_argument("--quick", action="store_true", help="a short run: one room of 5, both default designs")
    args = parser.parse_args()
    sizes = [5] if args.quick else [int(s) for s in args.sizes.split(",")]
    designs = [d.strip() for d in args.designs.split(",")]
    unknown = [d for d in designs if d not in DESIGNS]
    if unknown:
        parser.error(f"unknown design(s): {', '.join(unknown)}")
    if chromium_path() is None:
        print("chromium is missing: run `make test` as root once, or apt-get install chromium")
        return 1
    print(f"room_arrival {dt.datetime.now().isoformat(timespec='seconds')}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}; browsers and server share these cores (the machine may be "
          f"shared too); client: {args.client}"
          f"{(', nice 19' if args.nice_browsers else ', normal priority') if args.client == 'browser' else ''}; "
          f"reload after {args.try_timeout:.0f} s, give up after {BUDGET_S:.0f} s"
          f"{'; extra Voila options ' + ' '.join(args.voila_arg) if args.voila_arg else ''}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="orderlab-room-"))
    write_notebooks(work)
    executable = browser_executable(args.nice_browsers, work) if args.client == "browser" else None
    results = []
    try:
        for design in designs:
            for k in sizes:
                r = run(design, k, args.spread, args.try_timeout, executable, work, tuple(args.voila_arg))
                results.append(r)
                t = r["times"]
                med, p95 = (statistics.median(t), pct(t, 95)) if t else (None, None)
                sent = "" if r["mb_per_page"] is None else f"{r['mb_per_page']:.2f} MB sent per page; "
                print(f"{design} K={k}: {len(t)}/{k} interactive, median {fmt(med, '.2f')} s, p95 {fmt(p95, '.2f')}"
                      f" s, reloads {r['retries']} ({r['retried_people']} people), pool hits {r['pool_hits']}, "
                      f"last interactive {fmt(r['arrival_to_last'])} s after the first arrival; server "
                      f"{r['server_cpu']:.1f} CPU s, browsers {r['browser_cpu']:.1f} CPU s; kernels idle before "
                      f"{r['idle_kernels']}; failed tries {r['errors'] or 'none'}; "
                      f"{sent}this size took "
                      f"{r['total_wall']:.0f} s; load average {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nclient: {args.client}" + (" (median/p95: seconds until the server has done its part of a page: page, "
          "kernel socket, execution, kernel_info and comm_info replies; no rendering)" if args.client == "emulated"
          else f" ({'nice 19' if args.nice_browsers else 'normal priority'})"))
    print("median/p95: seconds from navigation to an enabled button.ol-join, among those who got there;"
          "\n≤10: participants interactive within 10 s; >60: never interactive within 60 s; rld: reloads;"
          "\nsrvCPU: CPU seconds of the Voila server and its kernels from arrival to the last interactive"
          "\n(refills that start meanwhile included); /pers: per participant; +refil: the server's CPU seconds"
          "\nfrom arrival until it is quiet again (pool refills included); brwCPU: the browsers' CPU seconds;"
          "\nMB/k: median resident memory per kernel, krn: kernels alive, srvMB: the server's own memory, all"
          "\nthree once the server is quiet again (a pool's refilled kernels included);"
          "\nfill: seconds to fill the pool before the room arrived; poolMB: the full pool's memory.\n")
    print(HEADER)
    print("|" + "|".join("-" * (len(c)) for c in HEADER.split("|")[1:-1]) + "|")
    for r in results:
        print_row(r)
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
