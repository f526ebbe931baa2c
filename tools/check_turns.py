"""Check labelled turn files against tests/data/turns/GUIDE.md: fields, values, unique ids and texts.

Run: .venv/bin/python tools/check_turns.py FILE... (prints problems and counts; exit 1 on a problem)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

FORMS = {"open", "closed", "none"}
FLAGS = {"leading", "solution", "stacked", "not_a_question"}
TOPICS = {"purpose", "audience", "end_customer", "success", "deadline", "budget", "constraints",
          "stakeholders", "history", "format"}
ACTS = {"question", "follow_up", "reflection", "permission", "proposal", "statement", "small_talk"}
SCENARIOS = {"care-tablets", "health-cost-report", "helpline-campaign", "plain-language-training",
             "planning-committee-papers", "preschool-move", "school-brochure", "social-services-ad"}


def check(path: Path) -> tuple[list[str], list[dict]]:
    problems: list[str] = []
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{path}: not valid YAML: {exc}"], []
    if not isinstance(items, list):
        return [f"{path}: should be a list of items"], []
    for i, it in enumerate(items):
        where = f"{path}[{i}] {it.get('id') if isinstance(it, dict) else ''}"
        if not isinstance(it, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if not isinstance(it.get("text"), str) or not it["text"].strip():
            problems.append(f"{where}: text missing")
        if it.get("form") not in FORMS:
            problems.append(f"{where}: form {it.get('form')!r}")
        if not isinstance(it.get("flags"), list) or not set(it["flags"]) <= FLAGS:
            problems.append(f"{where}: flags {it.get('flags')!r}")
        if not isinstance(it.get("topics"), list) or not set(it["topics"]) <= TOPICS:
            problems.append(f"{where}: topics {it.get('topics')!r}")
        if "act" in it and it["act"] not in ACTS:
            problems.append(f"{where}: act {it.get('act')!r}")
        if it.get("scenario") is not None and it["scenario"] not in SCENARIOS:
            problems.append(f"{where}: scenario {it.get('scenario')!r}")
        if it.get("scenario") is None and "situation" in it and not it.get("situation"):
            problems.append(f"{where}: a situation is needed when scenario is null")
        if it.get("act") == "proposal" and "solution" not in it.get("flags", []):
            problems.append(f"{where}: a proposal carries the flag solution")
        if it.get("act") == "follow_up" and not it.get("context"):
            problems.append(f"{where}: a follow_up needs its context")
    return problems, [it for it in items if isinstance(it, dict)]


def main(paths: list[str]) -> int:
    all_problems: list[str] = []
    items: list[dict] = []
    for p in paths:
        problems, found = check(Path(p))
        all_problems += problems
        items += found
    ids = Counter(it.get("id") for it in items)
    texts = Counter(str(it.get("text", "")).strip().lower() for it in items)
    all_problems += [f"duplicate id {k!r} ({n}x)" for k, n in ids.items() if n > 1 and k]
    all_problems += [f"duplicate text {k!r} ({n}x)" for k, n in texts.items() if n > 1]
    for line in all_problems:
        print(line)
    print(f"{len(items)} items; acts {dict(Counter(it.get('act') for it in items))}")
    print(f"forms {dict(Counter(it.get('form') for it in items))}")
    print(f"topics {dict(Counter(t for it in items for t in it.get('topics') or []))}")
    print(f"scenarios {dict(Counter(it.get('scenario') or 'other: ' + str(it.get('situation')) for it in items))}")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
