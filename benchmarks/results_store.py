"""Results store speed: 40 kernels saving 50 results each at once, then reading a 2,000-result workshop.

    .venv/bin/python benchmarks/results_store.py [--workers 40] [--per-worker 50] [--url postgresql://...]

Each worker is a fresh interpreter (multiprocessing, spawn), like a Voila kernel; they open one
store, wait at a barrier and then save as fast as they can, so this is the worst case of a room
pressing "finish" in the same second. Without ``--url`` the store is a new SQLite file in a
temporary folder; with it, a PostgreSQL database, where the benchmark writes a workshop of its
own and deletes it at the end.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from orderlab import Session
from orderlab.results import ResultsStore, new_result_id


def played_report() -> dict:
    """A real report of a short role-play, about the size a participant produces."""
    session = Session("school-brochure", "sv", seed=1)
    for question in ("Vad vill ni uppnå med broschyren?", "Vilka ska läsa den?", "När behöver ni den?"):
        session.ask(question)
    session.deliver("ordered")
    session.pitch("Vi levererade broschyren som ni beställde. Syftet är att fler familjer kommer på mötet, så att "
                  "barnen får en trygg start. Nästa gång kan vi prata om hur vi når dem. Vad tror du?")
    return session.report()


def writer(path: str, workshop: str, worker: int, count: int, report: dict, start, out) -> None:
    """One kernel: open, wait for the others, save ``count`` results and report each save's latency."""
    store = ResultsStore(path)
    start.wait()
    began = time.perf_counter()
    latencies = []
    for _ in range(count):
        t0 = time.perf_counter()
        store.save_result(workshop, f"p{worker:02d}", report, new_result_id())
        latencies.append(time.perf_counter() - t0)
    out.put((began, time.perf_counter(), latencies))
    store.close()


def concurrent_writes(path: str, workshop: str, workers: int, per_worker: int, report: dict) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(workers), ctx.Queue()
    t0 = time.perf_counter()
    procs = [ctx.Process(target=writer, args=(path, workshop, w, per_worker, report, start, out))
             for w in range(workers)]
    for proc in procs:
        proc.start()
    runs = [out.get(timeout=300) for _ in procs]
    for proc in procs:
        proc.join()
    total = time.perf_counter() - t0
    first, last = min(r[0] for r in runs), max(r[1] for r in runs)
    lat = sorted(x for r in runs for x in r[2])
    with ResultsStore(path) as store:
        rows = store.results(workshop)
    saved, distinct = len(rows), len({row["result_id"] for row in rows})
    n = workers * per_worker
    print(f"{workers} processes x {per_worker} saves: {saved}/{n} stored ({distinct} distinct); "
          f"writing took {last - first:.2f} s ({n / (last - first):,.0f} saves/s), "
          f"{total:.2f} s including starting the processes")
    print(f"  latency of one save: median {1000 * statistics.median(lat):.1f} ms, "
          f"95th percentile {1000 * lat[int(0.95 * len(lat))]:.1f} ms, max {1000 * lat[-1]:.0f} ms")


def reads(path: str, workshop: str, repeats: int = 5) -> None:
    with ResultsStore(path) as store:
        count = len(store.results(workshop))
        for name, call in (("summary", lambda: store.summary(workshop)),
                           ("results", lambda: store.results(workshop)),
                           ("export_csv", lambda: store.export_csv(workshop, io.StringIO()))):
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                call()
                times.append(time.perf_counter() - t0)
            print(f"  {name}() of {count:,} results: {1000 * statistics.median(times):.0f} ms "
                  f"(median of {repeats})")
    if "://" not in path:
        print(f"  file size: {Path(path).stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=40)
    parser.add_argument("--per-worker", type=int, default=50)
    parser.add_argument("--url", help="a postgresql:// URL instead of a new SQLite file")
    args = parser.parse_args()
    report = played_report()
    if args.url:
        workshop = f"benchmark {uuid.uuid4().hex[:8]}"
        try:
            concurrent_writes(args.url, workshop, args.workers, args.per_worker, report)
            reads(args.url, workshop)
        finally:
            with ResultsStore(args.url) as store:
                store.delete_workshop(workshop)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "results.sqlite")
        concurrent_writes(path, "room", args.workers, args.per_worker, report)
        reads(path, "room")


if __name__ == "__main__":
    main()
