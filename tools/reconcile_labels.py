"""Reconcile the three independent labellings of the question set into one gold file per language.

Each field is decided by majority: form by two of three, each flag and each topic by two of
three. Items where the labellers disagreed keep a ``votes`` note so a reviewer can look.

    .venv/bin/python tools/reconcile_labels.py   # writes tests/data/questions/{sv,en}.yaml
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "questions"
LABELLERS = ("a", "b", "c")


def majority(values: list) -> object:
    value, count = Counter(values).most_common(1)[0]
    return value if count >= 2 else None


def reconcile(lang: str) -> tuple[list[dict], dict[str, int]]:
    sets = [yaml.safe_load((DATA / f"labels_{x}.{lang}.yaml").read_text("utf-8")) for x in LABELLERS]
    texts = [item["text"] for item in sets[0]]
    for labels in sets[1:]:
        if [item["text"] for item in labels] != texts:
            raise SystemExit(f"{lang}: the labellings do not hold the same texts in the same order")
    gold, disputed = [], Counter()
    for items in zip(*sets, strict=True):
        form = majority([i["form"] for i in items])
        if form is None:
            raise SystemExit(f"{lang}: three different forms for {items[0]['text']!r}: decide by hand")
        flags = sorted({f for i in items for f in i["flags"] if sum(f in j["flags"] for j in items) >= 2})
        topics = sorted({t for i in items for t in i["topics"] if sum(t in j["topics"] for j in items) >= 2})
        entry = {"text": items[0]["text"], "function": items[0]["function"], "form": form, "flags": flags,
                 "topics": topics}
        votes = {}
        for key in ("form", "flags", "topics"):
            seen = [i[key] if key == "form" else sorted(i[key]) for i in items]
            if any(s != seen[0] for s in seen):
                votes[key] = dict(zip(LABELLERS, seen, strict=True))
                disputed[key] += 1
        if votes:
            entry["votes"] = votes
        gold.append(entry)
    return gold, dict(disputed)


def main() -> None:
    for lang in ("sv", "en"):
        gold, disputed = reconcile(lang)
        with (DATA / f"{lang}.yaml").open("w", encoding="utf-8") as f:
            f.write(f"# Gold labels: the majority of labels_a/b/c.{lang}.yaml (tools/reconcile_labels.py).\n")
            yaml.safe_dump(gold, f, allow_unicode=True, sort_keys=False, width=200)
        print(f"{lang}: {len(gold)} items; disagreements by field: {disputed}")


if __name__ == "__main__":
    main()
