"""Chart drawing: how long orderlab.present.charts takes to draw each chart as SVG, in pure Python.

    .venv/bin/python benchmarks/charts.py [--repeats N]

The dashboard redraws its three charts when a result arrives and section 6 draws the chart over
time on every load, in the kernel or in Pyodide; this shows what one drawing costs. CPU time
(time.process_time), best of ``--repeats``; the data is seeded, so runs compare.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from orderlab import progress as P
from orderlab.present import charts as C


def cases(rng: random.Random) -> dict[str, Callable[[], str]]:
    """Each chart with a room's worth of data: 40 results, 20 rounds of one learner."""
    scores = {k: [rng.uniform(0, 100) for _ in range(40)] for k in ("questions", "delivery", "pitch", "total")}
    titles = {k: k.title() for k in scores}
    labels = {"x": "Points", "y": "Participants", "mean": "Mean {mean}"}
    shares = [rng.random() for _ in range(40)]
    opens = {"x": "Open share", "y": "Participants", "fair": "50 %", "good": "70 %"}
    reports = [{"total": rng.randint(0, 100), "steps": {s: {"score": rng.randint(0, 100)}
                                                        for s in ("questions", "delivery", "pitch")}}
               for _ in range(P.HISTORY_LIMIT)]
    skills = {s: rng.randint(0, 100) for s in P.SKILLS}
    return {
        "score_histograms": lambda: C.score_histograms(scores, titles, "alt", labels),
        "open_share_histogram": lambda: C.open_share_histogram(shares, "Open", "alt", opens),
        "missed_topics": lambda: C.missed_topics(["budget", "purpose", "deadline", "history", "success", "format"],
                                                 [0.8, 0.6, 0.5, 0.3, 0.2, 0.1], "Missed", "alt"),
        "skills_chart": lambda: C.skills_chart(skills, "en", skills),
        "history_chart": lambda: C.history_chart(reports, "sv"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=50, help="drawings per timed repeat")
    args = parser.parse_args()
    for name, draw in cases(random.Random(7)).items():
        best = float("inf")
        for _ in range(args.repeats):
            t0 = time.process_time()
            for _ in range(args.rounds):
                size = len(draw())
            best = min(best, (time.process_time() - t0) / args.rounds)
        print(f"{name:22} {1000 * best:6.2f} ms per chart, {size / 1024:5.1f} KiB as an <img>")


if __name__ == "__main__":
    main()
