"""Scoring speed: questions per second on one core, and one 100,000-character input.

    .venv/bin/python benchmarks/scoring.py [--repeats N] [--only-rate]

CPU time (time.process_time), so other jobs on the machine slow it less than wall time would;
on a busy machine take the best of several repeats.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

from orderlab import score_pitch, score_question

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "questions"


def corpus(lang: str) -> list[str]:
    """The labelled learner turns: varied, realistic input rather than one question repeated."""
    return [item["text"] for item in yaml.safe_load((DATA / f"labels_a.{lang}.yaml").read_text("utf-8"))]


def rate(lang: str, rounds: int = 20, repeats: int = 1) -> tuple[float, float]:
    """Questions per second on the first pass over the corpus (cold caches) and after it (best repeat)."""
    qs = corpus(lang)
    t0 = time.process_time()
    for q in qs:
        score_question(q, lang)
    cold = len(qs) / (time.process_time() - t0)
    best = 0.0
    for _ in range(repeats):
        t0 = time.process_time()
        for _ in range(rounds):
            for q in qs:
                score_question(q, lang)
        best = max(best, rounds * len(qs) / (time.process_time() - t0))
    return cold, best


def worst_case_ms(func, text: str, lang: str, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        func(text, lang)
        times.append(time.process_time() - t0)
    return 1000 * statistics.median(times)


def cli_seconds(lang: str, lines: int) -> float:
    """Wall time of `orderlab score-questions` over ``lines`` varied lines, start-up included."""
    qs = corpus(lang)
    text = "\n".join(qs[i % len(qs)] for i in range(lines)) + "\n"
    exe = Path(sys.executable).parent / "orderlab"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "score-questions", "--lang", lang, "-"], input=text, text=True,
                   capture_output=True, check=True)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=1, help="time the warm rate N times, report the best")
    parser.add_argument("--only-rate", action="store_true", help="only the questions-per-second figures")
    args = parser.parse_args()
    for lang in ("sv", "en"):
        cold, warm = rate(lang, repeats=args.repeats)
        print(f"score_question {lang}: {warm:,.0f} questions/s on one core over {len(corpus(lang))} labelled "
              f"turns ({cold:,.0f}/s on the first pass, caches cold)")
    if args.only_rate:
        return
    start, full = cli_seconds("sv", 1), cli_seconds("sv", 10_000)
    print(f"orderlab score-questions: 10,000 lines in {full:.2f} s ({start:.2f} s of it start-up)")
    long_text = ("Vad vill ni uppnå, och vilka ska läsa den? " * 2500)[:100_000]
    pathological = "a" * 50_000 + "?" + "," * 50_000
    print(f"score_question 100,000 chars: {worst_case_ms(score_question, long_text, 'sv'):.1f} ms")
    print(f"score_question 100,000 chars, pathological: {worst_case_ms(score_question, pathological, 'sv'):.1f} ms")
    print(f"score_pitch 100,000 chars: {worst_case_ms(score_pitch, long_text, 'sv'):.1f} ms")


if __name__ == "__main__":
    main()
