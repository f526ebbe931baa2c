"""Reconcile the labelled turns of tests/data/turns: agreement between labellers, and the gold files.

Each turn was labelled by its writer (A, in the writer's own file) and, blind, by a second labeller
(B, in labels_b/). Where A and B agree on a field, that is the gold label; where they differ, a third
labeller's ruling (C, in labels_c/, made seeing both options unnamed) decides. The turns of the
earlier question sets (tests/data/questions) take their A labels from there.

    .venv/bin/python tools/reconcile_turns.py agreement     # A vs B, per set and field
    .venv/bin/python tools/reconcile_turns.py disputes      # write the items that need a ruling
    .venv/bin/python tools/reconcile_turns.py gold          # write gold.LANG.yaml, blind.LANG.yaml, fresh.LANG.yaml

The fresh set (writer 8, session 7) is a second blind set, written after the model was last changed
by a writer who saw neither it nor the other writers' turns: it is never trained or tuned on either.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TURNS = DATA / "turns"
FIELDS = ("form", "flags", "topics", "act")
LATER = frozenset({"w9", "w10"})  # training sets written after the fresh set
LANGS = ("sv", "en")


def _load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def items_a(lang: str) -> dict[str, dict]:
    """Every turn with its writer's labels, by id, with the set it belongs to."""
    out: dict[str, dict] = {}
    paths = [*sorted(TURNS.glob(f"w*.{lang}.*.yaml")), *sorted(TURNS.glob(f"qbank.{lang}.*.yaml")),
             *sorted(TURNS.glob(f"blind.{lang}.*.yaml")), *sorted(TURNS.glob(f"fresh.{lang}.*.yaml"))]
    for path in paths:
        for it in _load(path):
            out[it["id"]] = {**it, "set": path.name.split(".")[0]}
    for name, path in (("q", DATA / "questions" / f"{lang}.yaml"), ("h", DATA / "questions" / f"holdout.{lang}.yaml")):
        for k, it in enumerate(_load(path)):
            item_id = f"old-{name}-{lang}-{k:04d}"
            half = "" if name == "q" else ("-even" if k % 2 == 0 else "-odd")
            out[item_id] = {"id": item_id, "text": it["text"], "scenario": None, "situation": it.get("function"),
                            "context": None, "form": it["form"], "flags": it["flags"], "topics": it["topics"],
                            "act": None, "set": f"questions{half}" if name == "q" else f"holdout{half}"}
    return out


def labels(folder: str, lang: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted((TURNS / folder).glob(f"{lang}.*.yaml")):
        for it in _load(path):
            out[it["id"]] = it
    return out


def same(field: str, a: object, b: object) -> bool:
    if field in ("flags", "topics"):
        return set(a or []) == set(b or [])
    return a == b


def agreement(lang: str) -> dict[str, dict[str, float]]:
    """Per set: share of identical form, flags and act; micro-F1 of B's topics against A's."""
    a, b = items_a(lang), labels("labels_b", lang)
    by_set: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for item_id, it in a.items():
        if item_id in b:
            by_set[it["set"]].append((it, b[item_id]))
            by_set["all"].append((it, b[item_id]))
    out = {}
    for name, pairs in sorted(by_set.items()):
        tp = fp = fn = 0
        for x, y in pairs:
            ta, tb = set(x["topics"] or []), set(y["topics"] or [])
            tp, fp, fn = tp + len(ta & tb), fp + len(tb - ta), fn + len(ta - tb)
        acts = [(x, y) for x, y in pairs if x.get("act")]
        out[name] = {
            "n": len(pairs),
            "form": round(sum(same("form", x["form"], y["form"]) for x, y in pairs) / len(pairs), 3),
            "flags": round(sum(same("flags", x["flags"], y["flags"]) for x, y in pairs) / len(pairs), 3),
            "topics_f1": round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0,
            "topics_exact": round(sum(same("topics", x["topics"], y["topics"]) for x, y in pairs) / len(pairs), 3),
            "act": round(sum(x["act"] == y["act"] for x, y in acts) / len(acts), 3) if acts else None,
        }
    return out


def disputes(lang: str, seed: int = 11) -> list[dict]:
    """The turns where A and B differ on some field, with both options in a random order (no names)."""
    a, b, ruled = items_a(lang), labels("labels_b", lang), labels("labels_c", lang)
    rng = random.Random(seed)
    out = []
    for item_id, it in a.items():
        other = b.get(item_id)
        if other is None or item_id in ruled:
            continue
        fields = {}
        for f in FIELDS:
            if f == "act" and not it.get("act"):
                continue  # the earlier sets had no act: the second labeller's stands
            if not same(f, it.get(f), other.get(f)):
                options = [it.get(f), other.get(f)]
                rng.shuffle(options)
                fields[f] = {"options": options}
        if fields:
            out.append({"id": item_id, "text": it["text"], "scenario": it.get("scenario"),
                        "situation": it.get("situation"), "context": it.get("context"), "disputed": fields})
    rng.shuffle(out)
    return out


def gold(lang: str) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """The reconciled training turns, blind turns, the earlier held-out half (session 2's blind set) and
    the fresh turns (session 7's blind set)."""
    a, b, c = items_a(lang), labels("labels_b", lang), labels("labels_c", lang)
    train, blind, held, fresh = [], [], [], []
    for item_id, it in a.items():
        other = b.get(item_id, {})
        ruling = c.get(item_id, {})
        row = {k: it.get(k) for k in ("id", "text", "scenario", "situation", "context")}
        for f in FIELDS:
            mine, theirs = it.get(f), other.get(f)
            if f == "act" and not mine:
                row[f] = ruling.get(f, theirs)  # the earlier sets had no act: the second labeller's stands
            elif f not in other or same(f, mine, theirs):
                row[f] = mine
            else:
                row[f] = ruling.get(f, mine)  # no ruling yet: the writer's label stands
        row["source"] = it["set"]
        if it["set"] == "blind":
            blind.append(row)
        elif it["set"] == "fresh":
            fresh.append(row)
        elif it["set"] == "holdout-odd":  # the old held-out half stays out of training too
            held.append(row)
        else:
            train.append(row)
    # Independent writers sometimes wrote the same short turn ("Berätta mer om det."): a text that is
    # in a set kept apart does not go into training, or the blind figures would flatter the model.
    apart = {r["text"].strip().casefold() for r in (*blind, *held)}
    train = [r for r in train if r["text"].strip().casefold() not in apart]
    # The fresh set came after the training turns of its day: a turn the model was trained on ("Berätta
    # mer.") would flatter it there, so the fresh set leaves out every text those have. Writers who came
    # after the fresh set (LATER) give way instead: their turns with a fresh text stay out of training.
    fresh_texts = {r["text"].strip().casefold() for r in fresh}
    train = [r for r in train if r["source"] not in LATER or r["text"].strip().casefold() not in fresh_texts]
    trained = {r["text"].strip().casefold() for r in train}
    fresh = [r for r in fresh if r["text"].strip().casefold() not in trained]
    return train, blind, held, fresh


def _dump(rows: list[dict], path: Path, header: str) -> None:
    text = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    path.write_text(f"# {header}\n{text}", encoding="utf-8")


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "agreement"
    for lang in LANGS:
        if what == "agreement":
            for name, row in agreement(lang).items():
                print(lang, name, row)
        elif what == "disputes":
            rows = disputes(lang)
            (TURNS / "labels_c").mkdir(exist_ok=True)
            _dump(rows, Path(f"/tmp/disputes.{lang}.yaml"), "turns where two labellers differ")
            print(lang, len(rows), "disputed turns -> /tmp/disputes." + lang + ".yaml")
        elif what == "gold":
            train, blind, held, fresh = gold(lang)
            _dump(train, TURNS / f"gold.{lang}.yaml",
                  "Training turns: writer and second labeller reconciled (tools/reconcile_turns.py gold).")
            _dump(blind, TURNS / f"blind.{lang}.yaml",
                  "BLIND turns: never trained or tuned on (tools/reconcile_turns.py gold).")
            _dump(held, TURNS / f"heldout.{lang}.yaml",
                  "The odd half of session 2's blind set (tests/data/questions/holdout), reconciled: never trained on.")
            if fresh:
                _dump(fresh, TURNS / f"fresh.{lang}.yaml", "FRESH turns (writer 8, session 7): a second blind "
                      "set, never trained or tuned on; texts training has are left out (reconcile_turns.py gold).")
            print(lang, len(train), "training turns,", len(blind), "blind turns,", len(held), "earlier held-out turns,",
                  len(fresh), "fresh turns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
