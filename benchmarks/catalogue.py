"""The message catalogues' cost: importing orderlab.lang, reading every catalogue once, and one lookup.

    .venv/bin/python benchmarks/catalogue.py [--repeats N]

The catalogues are read when first needed, not at import. CPU time (time.process_time), best of
``--repeats``, so other jobs on the machine slow it less than wall time would.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from orderlab import lang as L
from orderlab.understanding import lang as W

IMPORT = "import time; t = time.process_time(); import orderlab.lang; print(time.process_time() - t)"


def import_seconds() -> float:
    """``import orderlab.lang`` in a fresh interpreter (which imports the orderlab package first)."""
    out = subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True, check=True)
    return float(out.stdout)


def read_seconds() -> float:
    """Reading and checking every catalogue and the scorer's word lists, caches cleared first."""
    L._files.cache_clear()
    L._load.cache_clear()
    W._data.cache_clear()
    t0 = time.process_time()
    for code in L.languages():
        L.catalogue(code)
        W.words(code)
    return time.process_time() - t0


def lookup_seconds(n: int = 100_000) -> float:
    """One ``text`` call with a placeholder, the catalogues already read."""
    L.text("sv", "ui.questions_left", n=1)
    t0 = time.process_time()
    for i in range(n):
        L.text("sv", "ui.questions_left", n=i)
    return (time.process_time() - t0) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    imported = min(import_seconds() for _ in range(args.repeats))
    read = min(read_seconds() for _ in range(args.repeats))
    lookup = min(lookup_seconds() for _ in range(args.repeats))
    print(f"import orderlab.lang (with the orderlab package): {imported * 1000:.0f} ms")
    print(f"read and check {len(L.languages())} catalogues and their word lists: {read * 1000:.1f} ms")
    print(f"one text() lookup with a placeholder: {lookup * 1e6:.2f} µs")


if __name__ == "__main__":
    main()
