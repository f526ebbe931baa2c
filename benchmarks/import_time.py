"""Import time: ``import orderlab.ui`` against ``import ipywidgets``, each in a fresh interpreter.

    .venv/bin/python benchmarks/import_time.py [--repeats N] [--quick]

The goal (issue 14) is a ratio of at most 1.3: the course's widgets should cost little more than
the widget library they are built on. Each sample is one new process that times its one import
with ``time.perf_counter`` (interpreter start-up excluded); the two kinds alternate so that a busy
machine slows both alike, and the median of each is reported. Bytecode is cached in a temporary
folder first (``PYTHONPYCACHEPREFIX``), as an installed package has it, so that compiling the
sources does not count even where ``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

TARGETS = ("ipywidgets", "orderlab.ui")
_TIMER = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"


def one(module: str, env: dict[str, str]) -> float:
    """Seconds one fresh interpreter takes to import ``module``."""
    out = subprocess.run([sys.executable, "-c", _TIMER.format(module)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def measure(repeats: int) -> dict[str, list[float]]:
    """``repeats`` samples of each target, alternating, after one warm-up that writes the bytecode."""
    with tempfile.TemporaryDirectory(prefix="orderlab-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        for module in TARGETS:
            one(module, env)
        samples: dict[str, list[float]] = {m: [] for m in TARGETS}
        for _ in range(repeats):
            for module in TARGETS:
                samples[module].append(one(module, env))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="7 repeats instead of 21")
    args = parser.parse_args()
    samples = measure(7 if args.quick else args.repeats)
    medians = {m: statistics.median(s) for m, s in samples.items()}
    for module, seconds in medians.items():
        spread = f"{min(samples[module]):.3f}-{max(samples[module]):.3f}"
        print(f"import {module:<12} median {seconds:.3f} s  (range {spread}, {len(samples[module])} runs)")
    ratio = medians["orderlab.ui"] / medians["ipywidgets"]
    print(f"ratio orderlab.ui / ipywidgets: {ratio:.2f}  (goal: at most 1.30)")


if __name__ == "__main__":
    main()
