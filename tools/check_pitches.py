"""Check labelled pitch files against tests/data/pitches/GUIDE.md: fields, values, quoted sentences.

Run: .venv/bin/python tools/check_pitches.py FILE... (prints problems and counts; exit 1 on a problem)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

CRITERIA = ("acknowledge", "purpose", "end_customer", "evidence", "proposal", "invite", "blame")
QUALITIES = {"strong", "fair", "weak"}


def check(path: Path) -> tuple[list[str], list[dict]]:
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{path}: not valid YAML: {exc}"], []
    if not isinstance(items, list):
        return [f"{path}: should be a list of items"], []
    problems = []
    for i, it in enumerate(items):
        where = f"{path}[{i}] {it.get('id') if isinstance(it, dict) else ''}"
        if not isinstance(it, dict):
            problems.append(f"{where}: not a mapping")
            continue
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text missing")
            continue
        if it.get("quality") not in QUALITIES:
            problems.append(f"{where}: quality {it.get('quality')!r}")
        if it.get("delivered") not in ("ordered", "alternative"):
            problems.append(f"{where}: delivered {it.get('delivered')!r}")
        crit = it.get("criteria")
        if not isinstance(crit, dict) or set(crit) != set(CRITERIA):
            problems.append(f"{where}: criteria should have exactly {', '.join(CRITERIA)}")
            continue
        for name, quoted in crit.items():
            if not isinstance(quoted, list):
                problems.append(f"{where}: criteria.{name} should be a list of sentences")
                continue
            for q in quoted:
                if not isinstance(q, str) or q.strip() not in text:
                    problems.append(f"{where}: criteria.{name}: {q!r} is not copied exactly from the text")
    return problems, [it for it in items if isinstance(it, dict)]


def main(paths: list[str]) -> int:
    problems: list[str] = []
    items: list[dict] = []
    for p in paths:
        found_problems, found = check(Path(p))
        problems += found_problems
        items += found
    ids = Counter(it.get("id") for it in items)
    problems += [f"duplicate id {k!r}" for k, n in ids.items() if n > 1]
    for line in problems:
        print(line)
    print(f"{len(items)} pitches; quality {dict(Counter(it.get('quality') for it in items))}; "
          f"delivered {dict(Counter(it.get('delivered') for it in items))}")
    met = Counter(k for it in items for k, v in (it.get("criteria") or {}).items() if v)
    print(f"criteria met {dict(met)}")
    words = sorted(len(str(it.get("text", "")).split()) for it in items)
    if words:
        print(f"words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    print(f"scenarios {dict(Counter(it.get('scenario') or 'other' for it in items))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
