"""Reading the course's YAML content files (scenarios, exercise content, model answers, the model round).

One reader walks the parsed YAML and collects every problem with its file and field, so a maintainer
sees them all at once; ``orderlab.scenario`` and ``orderlab.exercise_content`` validate with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import Problem, ScenarioError

T = TypeVar("T")
Text = dict[str, str]
Words = dict[str, tuple[str, ...]]


class Reader:
    """Walks the raw YAML, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, languages: tuple[str, ...]):
        self.file = file
        self.languages = languages
        self.problems: list[Problem] = []

    def problem(self, where: str, reason: str) -> None:
        self.problems.append(Problem(self.file, where, reason))

    def finish(self, value: T) -> T:
        """``value``, when the walk found no problem; else every problem found, at once."""
        if self.problems:
            raise ScenarioError(self.problems)
        return value

    def get(self, data: Any, key: str, where: str, kind: type, default: Any = ...) -> Any:
        path = f"{where}.{key}" if where else key
        if not isinstance(data, dict) or key not in data or data[key] is None:
            if default is ...:
                self.problem(path, "is missing")
            return None if default is ... else default
        value = data[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            self.problem(path, f"should be {KIND_NAMES[kind]}, not {kind_of(value)}")
            return None if default is ... else default
        return value

    def text(self, data: Any, key: str, where: str) -> Text:
        path = f"{where}.{key}" if where else key
        value = self.get(data, key, where, dict)
        return self.text_value(value, path) if value is not None else {}

    def text_value(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.problem(path, f"should be a mapping of languages to text, not {kind_of(value)}")
            return {}
        out: Text = {}
        for lang in self.languages:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{path}.{lang}", "is missing or empty text")
            else:
                out[lang] = item.strip()
        for extra in sorted(set(value) - set(self.languages)):
            self.problem(f"{path}.{extra}", "is not one of the scenario's languages")
        return out

    def words(self, data: Any, key: str, where: str, required: bool = False, lower: bool = True) -> Words:
        path = f"{where}.{key}" if where else key
        value = self.get(data, key, where, dict, default=... if required else {})
        if not value:
            return {}
        out: Words = {}
        for lang in self.languages:
            items = value.get(lang, [])
            if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
                self.problem(f"{path}.{lang}", "should be a list of words")
                continue
            if required and not items:
                self.problem(f"{path}.{lang}", "needs at least one word")
            out[lang] = tuple(w.strip().lower() if lower else w.strip() for w in items)
        return out

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> None:
        if value is not None and value not in allowed:
            self.problem(path, f"is {value!r}; choose one of: {', '.join(allowed)}")




KIND_NAMES = {dict: "a mapping", list: "a list", str: "text", int: "a whole number"}


def kind_of(value: Any) -> str:
    for kind, name in KIND_NAMES.items():
        if isinstance(value, kind) and not isinstance(value, bool):
            return name
    return "empty" if value is None else type(value).__name__



def read_yaml(path: Path) -> Any:
    import yaml  # here, not at the top: PyYAML is slow to import and only reading a file needs it

    from . import parsed_yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError([Problem(str(path), "(file)", "does not exist")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError([Problem(str(path), "(file)", f"cannot be read: {exc}")]) from None
    try:
        return parsed_yaml.load(raw, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        reason = getattr(exc, "problem", None) or str(exc)
        raise ScenarioError([Problem(str(path), where, f"is not valid YAML: {reason}")]) from None



def read_validated(path: str | Path, parse: Callable[[Any, str], T]) -> T:
    """Read one YAML content file and validate it with ``parse``, which names the file in its problems."""
    path = Path(path)
    return parse(read_yaml(path), str(path))

