"""Scoring speed: questions per second on one core, and one 100,000-character input.

    .venv/bin/python benchmarks/scoring.py
"""

from __future__ import annotations

import statistics
import time

from orderlab import score_pitch, score_question

QUESTIONS = {
    "sv": ["Vad vill ni uppnå med broschyren?", "När ska den vara klar?", "Har ni en budget, eller hur?",
           "berätta mer om föräldrarna", "Har du funderat på en film i stället?", "okej"],
    "en": ["What do you want to achieve?", "How many pages?", "It should be printed, right?",
           "tell me about the parents", "What about a video instead?", "ok"],
}


def rate(lang: str, n: int = 20_000) -> float:
    qs = QUESTIONS[lang]
    for q in qs:  # warm the caches: start-up is not what we measure
        score_question(q, lang)
    t0 = time.perf_counter()
    for i in range(n):
        score_question(qs[i % len(qs)], lang)
    return n / (time.perf_counter() - t0)


def worst_case_ms(func, text: str, lang: str, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        func(text, lang)
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main() -> None:
    for lang in ("sv", "en"):
        print(f"score_question {lang}: {rate(lang):,.0f} questions/s (one core, after warm-up)")
    long_text = ("Vad vill ni uppnå, och vilka ska läsa den? " * 2500)[:100_000]
    pathological = "a" * 50_000 + "?" + "," * 50_000
    print(f"score_question 100,000 chars: {worst_case_ms(score_question, long_text, 'sv'):.1f} ms")
    print(f"score_question 100,000 chars, pathological: {worst_case_ms(score_question, pathological, 'sv'):.1f} ms")
    print(f"score_pitch 100,000 chars: {worst_case_ms(score_pitch, long_text, 'sv'):.1f} ms")


if __name__ == "__main__":
    main()
