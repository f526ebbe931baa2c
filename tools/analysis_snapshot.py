"""Write what the course reads in every labelled text, as JSON lines, to compare before and after a change.

    .venv/bin/python tools/analysis_snapshot.py /tmp/before.jsonl
    # ... change the code ...
    .venv/bin/python tools/analysis_snapshot.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

A change meant only to make reading faster must leave this file byte-identical. For every turn text in
``tests/data/turns``, ``tests/data/questions`` and ``tests/data/pitches`` (each pitch whole and sentence by
sentence), in both languages, a line holds the full ``analyse(...).to_dict()`` with every score before its
threshold, and ``score_question(...).to_dict()`` with its findings. It is read bare; and, for turns with a
scenario or a requester's line before them, the way a meeting reads them (``measure._scored``); and, for
one text in five, as a follow-up to an answer about the purpose, and with a scenario's own words only.
``--shuffle SEED`` reads the texts in another order (lines are still written in the usual order): what
the caches remember must not change an answer.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import yaml

from orderlab import scenario as S
from orderlab.questions import score_question
from orderlab.text import normalise, sentences
from orderlab.understanding.analysis import Context, analyse
from orderlab.understanding.vocabulary import of_scenario

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FOLDERS = ("turns", "questions", "pitches")
LANGS = ("sv", "en")
SAMPLE_EVERY = 5  # one text in this many is also read as a follow-up and with keywords
_REPLY = {"sv": "Jag vill att fler vårdnadshavare kommer på introduktionsmötet i augusti, så att barnen får en "
                "trygg start.",
          "en": "I want more parents to come to the introduction meeting in August, so the children get a "
                "safe start."}
_KEYWORDS = {"audience": ["föräldrar*", "vårdnadshavare", "parents", "families"],
             "budget": ["kosta*", "pris", "cost*", "price"], "purpose": ["syfte*", "mål", "goal*", "purpose"]}


def _records(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [r for r in data if isinstance(r, dict) and isinstance(r.get("text"), str)] if isinstance(data, list) else []


def texts() -> list[tuple[str, str | None, str | None]]:
    """Every distinct (text, scenario, requester's line before it), in a fixed order."""
    seen: dict[tuple[str, str | None, str | None], None] = {}
    for folder in FOLDERS:
        for path in sorted((DATA / folder).rglob("*.yaml")):
            for r in _records(path):
                scenario, context = r.get("scenario"), r.get("context")
                seen[(r["text"], scenario, context if isinstance(context, str) else None)] = None
                if folder == "pitches":
                    for s in sentences(normalise(r["text"])):
                        seen[(s, scenario, None)] = None
    return list(seen)


def _line(kind: str, text: str, lang: str, context: Context | None = None, **kwargs: object) -> str:
    a = analyse(text, lang, context, kwargs.get("keywords"), kwargs.get("vocabulary"))  # type: ignore[arg-type]
    q = score_question(text, lang, kwargs.get("keywords"), context, kwargs.get("vocabulary"))  # type: ignore[arg-type]
    out = {"kind": kind, "lang": lang, "text": text, "analysis": a.to_dict(), "logits": list(a.logits),
           "act_logits": list(a.act_logits), "reflection": a.reflection, "permission": a.permission,
           "score": q.to_dict(), "findings": [f.to_dict() for f in q.findings]}
    return json.dumps(out, ensure_ascii=False, sort_keys=True, default=list)


def lines(items: list[tuple[str, str | None, str | None]], shuffle: int | None = None) -> list[str]:
    jobs: list[tuple[int, str, str, Context | None, dict]] = []
    scenarios = set(S.builtin_ids())
    for k, (text, scenario, before) in enumerate(items):
        for lang in LANGS:
            jobs.append((len(jobs), "bare", text, None, {"lang": lang}))
            if scenario in scenarios or before:
                vocabulary = of_scenario(S.get(scenario), lang) if scenario in scenarios else None
                jobs.append((len(jobs), "meeting", text, Context(last_reply=before) if before else None,
                             {"lang": lang, "vocabulary": vocabulary}))
            if k % SAMPLE_EVERY == 0:
                jobs.append((len(jobs), "follow_up", text, Context(last_topic="purpose", last_reply=_REPLY[lang]),
                             {"lang": lang}))
                jobs.append((len(jobs), "keywords", text, None, {"lang": lang, "keywords": _KEYWORDS}))
    order = list(range(len(jobs)))
    if shuffle is not None:
        random.Random(shuffle).shuffle(order)
    out: list[str] = [""] * len(jobs)
    for i in order:
        _, kind, text, context, kw = jobs[i]
        out[i] = _line(kind, text, context=context, **kw)  # type: ignore[arg-type]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the JSON-lines file to write (keep it outside git, e.g. /tmp)")
    parser.add_argument("--shuffle", type=int, metavar="SEED", help="read the texts in a shuffled order")
    args = parser.parse_args(argv)
    found = lines(texts(), args.shuffle)
    args.out.write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} readings written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
