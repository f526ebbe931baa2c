"""What leaves the store for the facilitator: the debrief summary and the CSV export."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import IO

from ..terms import SCORED_STEPS
from .backend import ResultRow

CSV_COLUMNS: tuple[str, ...] = (
    "alias", "scenario", "lang", "finished_at", "total", "questions_score", "delivery_score",
    "pitch_score", "questions_asked", "open_share", "missed_topics", "as_ordered", "pitch_band",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas


def _mapping(value: object) -> Mapping[str, object]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _step(row: ResultRow, step: str) -> Mapping[str, object]:
    return _mapping(_mapping(row["report"].get("steps")).get(step))


def mean(values: Sequence[float], digits: int = 1) -> float | None:
    return round(sum(values) / len(values), digits) if values else None


def summarise(workshop: str, rows: Sequence[ResultRow], in_progress: int) -> dict[str, object]:
    """What a debrief shows: counts, mean and spread per step, share of open questions, most-missed topics."""
    scores: dict[str, list[int]] = {"total": [row["total"] for row in rows]}
    scores.update({"questions": [row["questions"] for row in rows], "delivery": [row["delivery"] for row in rows],
                   "pitch": [row["pitch"] for row in rows]})
    asked = [q for q in (_step(row, "questions") for row in rows) if q]
    missed = Counter(str(topic) for q in asked for topic in _list(q.get("missed")))
    open_shares = [_number(q.get("open_share")) for q in asked]  # one per result with questions
    return {
        "workshop": workshop,
        "results": len(rows),
        "participants": len({row["alias"] for row in rows}),
        "in_progress": in_progress,
        "scores": scores,
        "mean": {key: mean(values) for key, values in scores.items()},
        "open_shares": open_shares,
        "open_share": mean(open_shares, 3),
        "missed": [{"topic": topic, "count": n, "share": round(n / len(asked), 3)}
                   for topic, n in sorted(missed.items(), key=lambda item: (-item[1], item[0]))],
    }


def csv_row(row: ResultRow) -> list[object]:
    """One result as a CSV row (``CSV_COLUMNS``): the scores and a few facts, no free text but the alias."""
    asked, delivery, pitch = (_step(row, step) for step in SCORED_STEPS)
    finished = datetime.fromtimestamp(row["finished_at"], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [
        row["alias"], row["scenario"], row["lang"], finished, row["total"], row["questions"], row["delivery"],
        row["pitch"], asked.get("questions", ""), asked.get("open_share", ""),
        ";".join(str(t) for t in _list(asked.get("missed"))),
        {True: "yes", False: "no"}.get(delivery.get("as_ordered"), ""), pitch.get("band", ""),
    ]


def write_csv(handle: IO[str], rows: Sequence[list[object]]) -> None:
    """The header and ``rows``; free text a spreadsheet would run as a formula gets an apostrophe first."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([[f"'{cell}" if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell
                       for cell in row] for row in rows])
