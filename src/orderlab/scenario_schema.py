"""The editors' JSON Schema for scenario files, for the languages this course has.

The shipped ``scenarios/scenario.schema.json`` is written for Swedish and English. A course that adds a
language as data (a catalogue on ``ORDERLAB_LANG_PATH``) gets a schema that knows it from
``schema_for(languages())``, or ``orderlab schema > scenario.schema.json`` beside its scenarios.
With other languages than the shipped two, a text need not be in any one language in particular:
``orderlab validate`` checks that each is in every language its scenario lists.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from . import scenario as S

SHIPPED = ("sv", "en")  # the languages the shipped schema file is written for


def shipped() -> dict[str, Any]:
    """The schema file in the package."""
    return json.loads((S.builtin_dir() / "scenario.schema.json").read_text("utf-8"))


def schema_for(langs: Sequence[str]) -> dict[str, Any]:
    """The shipped schema with every per-language map and list of languages made for ``langs``."""
    langs = tuple(langs)
    return shipped() if langs == SHIPPED else _widen(shipped(), langs)


def _widen(node: Any, langs: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_widen(v, langs) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _widen(v, langs) for k, v in node.items()}
    if out.get("enum") == list(SHIPPED):  # the scenario's list of languages
        out["enum"] = list(langs)
    props = out.get("properties")
    if isinstance(props, dict) and set(props) == set(SHIPPED):  # a text or a word list per language
        out["properties"] = {lang: props[SHIPPED[0]] for lang in langs}
        if out.get("required") == list(SHIPPED):
            del out["required"]
            out["minProperties"] = 1
    return out
