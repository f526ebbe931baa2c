"""Scoring speed: questions per second on one core, and one 100,000-character input.

    .venv/bin/python benchmarks/scoring.py
"""

from __future__ import annotations

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


def rate(lang: str, rounds: int = 20) -> tuple[float, float]:
    """Questions per second on the first pass over the corpus (cold caches) and after it."""
    qs = corpus(lang)
    t0 = time.process_time()
    for q in qs:
        score_question(q, lang)
    cold = len(qs) / (time.process_time() - t0)
    t0 = time.process_time()
    for _ in range(rounds):
        for q in qs:
            score_question(q, lang)
    return cold, rounds * len(qs) / (time.process_time() - t0)


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
    for lang in ("sv", "en"):
        cold, warm = rate(lang)
        print(f"score_question {lang}: {warm:,.0f} questions/s on one core over {len(corpus(lang))} labelled "
              f"turns ({cold:,.0f}/s on the first pass, caches cold)")
    start, full = cli_seconds("sv", 1), cli_seconds("sv", 10_000)
    print(f"orderlab score-questions: 10,000 lines in {full:.2f} s ({start:.2f} s of it start-up)")
    long_text = ("Vad vill ni uppnå, och vilka ska läsa den? " * 2500)[:100_000]
    pathological = "a" * 50_000 + "?" + "," * 50_000
    print(f"score_question 100,000 chars: {worst_case_ms(score_question, long_text, 'sv'):.1f} ms")
    print(f"score_question 100,000 chars, pathological: {worst_case_ms(score_question, pathological, 'sv'):.1f} ms")
    print(f"score_pitch 100,000 chars: {worst_case_ms(score_pitch, long_text, 'sv'):.1f} ms")


if __name__ == "__main__":
    main()
