"""The package's YAML files, parsed: from a pre-parsed JSON copy beside a file when the copy matches it.

In the browser (Pyodide, the static site) PyYAML has only its pure-Python parser, which took about
4.5 s of the participant page's start for the scenarios and catalogues. The site's build therefore
puts ``NAME.yaml.json`` beside each YAML file of the orderlab wheel it hosts (``copy_text``); the copy
names the sha256 of the YAML text it was parsed from, so a copy that no longer matches its file
(the YAML was edited since) is ignored and the YAML is parsed as before. Elsewhere there are no
copies and nothing changes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

SUFFIX = ".json"  # school-brochure.yaml -> school-brochure.yaml.json (no *.yaml glob finds it)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse(text: str) -> Any:
    """YAML ``text`` parsed safely (C where PyYAML has it); raises ``yaml.YAMLError`` for the caller to explain."""
    import yaml  # here, not at the top: PyYAML is slow to import and only parsing needs it

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load(text: str, path: Path) -> Any:
    """``text``, the content of the YAML file ``path``, parsed: from its matching copy if there is one."""
    try:
        copy = json.loads(path.with_name(path.name + SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        copy = None
    if isinstance(copy, dict) and copy.get("sha256") == _digest(text) and "data" in copy:
        return copy["data"]
    return parse(text)


def copy_text(text: str) -> str | None:
    """The JSON copy of YAML ``text``, or None when its data would not come back the same from JSON
    (dates, keys that are not text); raises ``yaml.YAMLError`` if ``text`` is not valid YAML."""
    data = parse(text)
    try:
        blob = json.dumps({"sha256": _digest(text), "data": data}, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    return blob if json.loads(blob)["data"] == data else None


__all__ = ["SUFFIX", "copy_text", "load", "parse"]
