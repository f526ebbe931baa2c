"""Where topic F1 stops: the model on turns two labellers agreed on, and on those they disputed.

    .venv/bin/python tools/topic_ceiling.py sv            # about 5 minutes per language (8 fits)
    .venv/bin/python tools/topic_ceiling.py en --agreed-only

Leave-one-scenario-out over the scenarios' training turns, as ``train.leave_one_group_out``. A turn is
*agreed* when its writer (A) and the second labeller (B, labels_b/) chose the same topics without
seeing each other's labels. Also printed: A and B against the gold labels and against each other.
``--agreed-only`` trains each fold on the agreed turns alone (does cleaner data help?).
The figures are in docs/understanding-model.md ("Where the ceiling is").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reconcile_turns as R  # a sibling tool, found through sys.path above

from orderlab.understanding import train as T


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=R.LANGS)
    ap.add_argument("--agreed-only", action="store_true", help="train each fold on agreed turns only")
    args = ap.parse_args(argv)
    lang = args.lang
    a_labels, b_labels = R.items_a(lang), R.labels("labels_b", lang)
    items = T.load_items(T.training_files(lang), lang)

    def topics_of(labels: dict[str, dict], it: T.Item) -> tuple[str, ...]:
        return tuple(labels[it.source.split(":", 1)[1]].get("topics") or ())

    agreed = {it.source: set(topics_of(a_labels, it)) == set(topics_of(b_labels, it)) for it in items}
    tested = [it for it in items if it.scenario]
    gold = [it.topics for it in tested]
    print(f"{lang}: {len(tested)} scenario turns; writer vs gold "
          f"{T.topic_f1(gold, [topics_of(a_labels, it) for it in tested]):.3f}, second labeller vs gold "
          f"{T.topic_f1(gold, [topics_of(b_labels, it) for it in tested]):.3f}, writer vs second labeller "
          f"{T.topic_f1([topics_of(a_labels, it) for it in tested], [topics_of(b_labels, it) for it in tested]):.3f}")
    thresholds = T.shipped_thresholds(lang)
    found: dict[bool, tuple[list, list]] = {True: ([], []), False: ([], [])}
    for group in sorted({it.group for it in tested}):
        test = [it for it in tested if it.group == group]
        train = [it for it in items if it.group != group and (agreed[it.source] or not args.agreed_only)]
        got = T.predict(T.fit(train, lang, thresholds=thresholds), test)
        for it, (topics, _, _) in zip(test, got, strict=True):
            found[agreed[it.source]][0].append(it.topics)
            found[agreed[it.source]][1].append(topics)
        print(f"  {group}", flush=True)
    every = (found[True][0] + found[False][0], found[True][1] + found[False][1])
    trained = "agreed turns only" if args.agreed_only else "all turns"
    print(f"{lang}, trained on {trained}: topic F1 {T.topic_f1(*every):.3f} on all {len(every[0])}, "
          f"{T.topic_f1(*found[True]):.3f} on the {len(found[True][0])} agreed, "
          f"{T.topic_f1(*found[False]):.3f} on the {len(found[False][0])} disputed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
