"""Write src/orderlab/content/sentences-179bbf4.yaml: the sentences results stored up to commit 179bbf4.

Until then reports held feedback and tips as finished sentences. ``orderlab.report_format`` reads
them back into keys with this frozen copy of that version's templates and names, so old results
keep being recognised whatever the catalogue says later. It ran once, with that version's code (which
still had lang/sv.py and lang/en.py); kept to show how the frozen copy was made:

    git worktree add /tmp/ol-179bbf4 179bbf4
    PYTHONPATH=/tmp/ol-179bbf4/src python tools/freeze_sentences.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

from orderlab import lang as L
from orderlab.lang import en, sv

PREFIXES = ("conv_", "tip_", "reason_", "suggest_", "pitch_", "delivered_", "confirm_missing", "verdict_", "crit_")
OUT = Path(__file__).resolve().parent.parent / "src" / "orderlab" / "content" / "sentences-179bbf4.yaml"


def main() -> None:
    data = {}
    for code, module in (("sv", sv), ("en", en)):
        data[code] = {
            "templates": {k: v for k, v in module.UI.items() if k.startswith(PREFIXES)},
            "topic_names": dict(L.topic_names(code)),
            "topic_objects": dict(L.topic_objects(code)),
            "open_rewrites": dict(module.OPEN_REWRITES),
        }
    head = ("# The sentences orderlab stored in results up to commit 179bbf4 (tools/freeze_sentences.py):\n"
            "# orderlab.report_format reads old results back into keys with them. Do not edit.\n")
    OUT.write_text(head + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
