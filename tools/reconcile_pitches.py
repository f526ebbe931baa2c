"""Reconcile the labelled pitches of tests/data/pitches: agreement between labellers, and the gold files.

Each pitch was labelled by its writer (A, in the writer's file) and, blind, by a second labeller (B,
in labels_b/). Per criterion: where both say the pitch meets it, the gold quotes are the sentences
both quoted (or A's, when they quoted different ones); where both say it does not, none; where they
differ, a third labeller's ruling (C, in labels_c/) decides, or A's stands until there is one.

    .venv/bin/python tools/reconcile_pitches.py agreement
    .venv/bin/python tools/reconcile_pitches.py disputes     # write the pitches that need a ruling
    .venv/bin/python tools/reconcile_pitches.py gold         # write gold.LANG.yaml and blind.LANG.yaml
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

PITCHES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pitches"
CRITERIA = ("acknowledge", "purpose", "end_customer", "evidence", "proposal", "invite", "blame")
LANGS = ("sv", "en")


def _load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def items_a(lang: str) -> dict[str, dict]:
    out = {}
    for path in sorted(PITCHES.glob(f"p*.{lang}.*.yaml")):
        for it in _load(path):
            out[it["id"]] = {**it, "set": "blind" if path.name.startswith("pblind") else "train"}
    return out


def labels(folder: str, lang: str) -> dict[str, dict]:
    out = {}
    for path in sorted((PITCHES / folder).glob(f"{lang}*.yaml")):
        for it in _load(path):
            out[it["id"]] = it
    return out


def agreement(lang: str) -> dict[str, object]:
    a, b = items_a(lang), labels("labels_b", lang)
    pairs = [(it, b[i]) for i, it in a.items() if i in b]
    out: dict[str, object] = {"n": len(pairs)}
    for c in CRITERIA:
        out[c] = round(sum(bool(x["criteria"][c]) == bool(y["criteria"][c]) for x, y in pairs) / len(pairs), 3)
    out["mean"] = round(sum(out[c] for c in CRITERIA) / len(CRITERIA), 3)  # type: ignore[misc]
    out["quality"] = round(sum(x["quality"] == y["quality"] for x, y in pairs) / len(pairs), 3)
    return out


def disputes(lang: str, seed: int = 13) -> list[dict]:
    a, b, c = items_a(lang), labels("labels_b", lang), labels("labels_c", lang)
    rng = random.Random(seed)
    out = []
    for item_id, it in a.items():
        other = b.get(item_id)
        if other is None or item_id in c:
            continue
        disputed = {}
        for crit in CRITERIA:
            mine, theirs = list(it["criteria"][crit] or []), list(other["criteria"][crit] or [])
            if bool(mine) != bool(theirs):
                options = [mine, theirs]
                rng.shuffle(options)
                disputed[crit] = {"options": options}
        if disputed:
            out.append({"id": item_id, "scenario": it.get("scenario"), "delivered": it.get("delivered"),
                        "text": it["text"], "disputed": disputed})
    rng.shuffle(out)
    return out


def gold(lang: str) -> tuple[list[dict], list[dict]]:
    a, b, c = items_a(lang), labels("labels_b", lang), labels("labels_c", lang)
    train, blind = [], []
    for item_id, it in a.items():
        other, ruling = b.get(item_id, {}), c.get(item_id, {})
        crit = {}
        for name in CRITERIA:
            mine = list(it["criteria"][name] or [])
            theirs = list((other.get("criteria") or {}).get(name) or [])
            if other and bool(mine) != bool(theirs):
                crit[name] = list(ruling["criteria"][name]) if "criteria" in ruling and name in ruling["criteria"] \
                    else mine
            elif mine and theirs:
                both = [q for q in mine if q in theirs]
                crit[name] = both or mine
            else:
                crit[name] = mine
        row = {k: it.get(k) for k in ("id", "scenario", "situation", "delivered", "quality", "text")}
        row["criteria"] = crit
        (blind if it["set"] == "blind" else train).append(row)
    return train, blind


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "agreement"
    for lang in LANGS:
        if what == "agreement":
            print(lang, agreement(lang))
        elif what == "disputes":
            rows = disputes(lang)
            Path(f"/tmp/pitch_disputes.{lang}.yaml").write_text(
                yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
            print(lang, len(rows), f"disputed pitches -> /tmp/pitch_disputes.{lang}.yaml")
        elif what == "gold":
            train, blind = gold(lang)
            for rows, name, header in ((train, "gold", "Training pitches"), (blind, "blind", "BLIND pitches")):
                text = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=1000)
                (PITCHES / f"{name}.{lang}.yaml").write_text(
                    f"# {header}: writer and second labeller reconciled (tools/reconcile_pitches.py gold).\n{text}",
                    encoding="utf-8")
            print(lang, len(train), "training pitches,", len(blind), "blind pitches")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
