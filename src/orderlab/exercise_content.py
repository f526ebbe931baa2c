"""Exercise content files: the only place that reads and validates them.

The examples, plans, confirmation and pitches the notebooks and exercises show are data, one
YAML file per scenario in ``scenarios/exercises/`` (Swedish and English side by side). Every
problem found is reported with the file, the field and the reason, all at once, as a
``ScenarioError`` like a broken scenario file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from . import lang as L
from . import scenario as S
from .content_reader import Reader, Text, kind_of
from .errors import Problem, ScenarioError
from .scenario import TOPICS, field_values

T = TypeVar("T")

# The kinds each section must have, in order: the code and the UI strings refer to each by name.
QUESTION_KINDS: tuple[str, ...] = ("closed", "open", "solution")
EXAMPLE_KINDS: tuple[str, ...] = ("open_closed", "traps", "reflections")
PLAN_KINDS: tuple[str, ...] = ("weak", "strong")
PITCH_KINDS: tuple[str, ...] = ("lecture", "thin", "strong")
FIELDS: tuple[str, ...] = (
    "scenario", "example_questions", "closed_questions", "examples", "topic_guide", "plans",
    "mixed_delivery", "example_confirmation", "example_pitches", "weak_questions",
)


@dataclass(frozen=True)
class ExerciseContent:
    """One validated exercise content file, in the shapes ``orderlab.exercise`` uses."""

    scenario: str
    example_questions: dict[str, tuple[str, str, str]]  # by language: closed, open, solution
    closed_questions: tuple[tuple[str, Text], ...]  # (topic, text)
    examples: dict[str, tuple[tuple[str, Text], ...]]  # kind -> (label, text)
    topic_guide: dict[str, dict[str, tuple[str, str]]]  # topic -> language -> (why, question)
    plans: dict[str, dict[str, tuple[str, ...]]]  # weak/strong -> language -> questions
    mixed_delivery: dict[str, str]  # delivery field -> option
    example_confirmation: Text
    example_pitches: dict[str, Text]
    weak_questions: dict[str, tuple[str, ...]]  # language -> questions
    source: str = ""


def _kinds(r: Reader, data: Any, key: str, kinds: tuple[str, ...], read: Callable[[Any, str], T]) -> dict[str, T]:
    """A mapping that must have exactly ``kinds`` as keys, each value read by ``read(value, path)``."""
    raw = r.get(data, key, "", dict)
    if raw is None:
        return {}
    for extra in sorted(map(str, raw.keys() - set(kinds))):
        r.problem(f"{key}.{extra}", f"is not one of: {', '.join(kinds)}")
    out = {}
    for kind in kinds:
        if kind in raw:
            out[kind] = read(raw[kind], f"{key}.{kind}")
        else:
            r.problem(f"{key}.{kind}", "is missing")
    return out


def _list(r: Reader, value: Any, path: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    """A non-empty list, each item read by ``read(item, path[i])``."""
    if value is None:
        r.problem(path, "is missing")
    elif not isinstance(value, list):
        r.problem(path, f"should be a list, not {kind_of(value)}")
    elif not value:
        r.problem(path, "needs at least one item")
    else:
        return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(value))
    return ()


def _by_lang(items: tuple[Text, ...]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(t.get(lang, "") for t in items) for lang in L.builtin_languages()}


def _labelled(r: Reader, raw: Any, path: str, key: str, allowed: Callable[[Any], str | None]) -> tuple[str, Text]:
    """An item ``{key: ..., text: {sv, en}}``; ``allowed`` returns why the key is wrong, or None."""
    name = r.get(raw, key, path, str) or ""
    why = allowed(name) if name else None
    if why:
        r.problem(f"{path}.{key}", why)
    return name, r.text(raw, "text", path)


def _topic_problem(topic: str) -> str | None:
    return None if topic in TOPICS else f"is {topic!r}; choose one of: {', '.join(TOPICS)}"


def _label_problem(label: str) -> str | None:
    if all(L.has(lang, f"exercises.{label}") for lang in L.builtin_languages()):
        return None
    return f"is {label!r}, which is not a string in every catalogue (lang/<code>.yaml: exercises.{label})"


def _mixed_delivery(r: Reader, data: Any, scenario: S.Scenario | None) -> dict[str, str]:
    """The delivery that changes some field of the order, checked against the scenario."""
    raw = r.get(data, "mixed_delivery", "", dict)
    if scenario is None or raw is None:
        return {}
    mixed = field_values(r, data, "mixed_delivery", "", list(scenario.delivery))
    ordered = {f.id: f.ordered for f in scenario.delivery}
    if len(mixed) == len(raw) and not any(ordered[k] != v for k, v in mixed.items()):
        r.problem("mixed_delivery", "should change at least one field from what was ordered")
    return mixed


def parse(data: Any, source: str = "<exercise content>") -> ExerciseContent:
    """Validate already-parsed YAML and build ``ExerciseContent``; raise ``ScenarioError``."""
    if not isinstance(data, dict):
        raise ScenarioError([Problem(source, "(file)", f"should be a mapping, not {kind_of(data)}")])
    r = Reader(source, L.builtin_languages())
    for extra in sorted(map(str, data.keys() - set(FIELDS))):
        r.problem(extra, f"is not a field of exercise content; the fields are: {', '.join(FIELDS)}")
    sid = r.get(data, "scenario", "", str)
    known = tuple(S.builtin_ids())
    r.choice(sid, "scenario", known)
    scenario = S.get(sid) if sid in known else None

    questions = _kinds(r, data, "example_questions", QUESTION_KINDS, r.text_value)
    closed = _list(r, data.get("closed_questions"), "closed_questions",
                   lambda raw, path: _labelled(r, raw, path, "topic", _topic_problem))
    examples = _kinds(r, data, "examples", EXAMPLE_KINDS, lambda value, path: _list(
        r, value, path, lambda raw, p: _labelled(r, raw, p, "label", _label_problem)))
    guide = _kinds(r, data, "topic_guide", TOPICS, lambda raw, path: (r.text(raw, "why", path),
                                                                   r.text(raw, "question", path)))
    plans = _kinds(r, data, "plans", PLAN_KINDS, lambda value, path: _list(r, value, path, r.text_value))
    weak = _list(r, data.get("weak_questions"), "weak_questions", r.text_value)
    closed_q, open_q, solution_q = (questions.get(k, {}) for k in QUESTION_KINDS)
    content = ExerciseContent(
        scenario=sid or "",
        example_questions={lang: (closed_q.get(lang, ""), open_q.get(lang, ""), solution_q.get(lang, ""))
                           for lang in L.builtin_languages()},
        closed_questions=closed,
        examples=examples,
        topic_guide={t: {lang: (why.get(lang, ""), q.get(lang, "")) for lang in L.builtin_languages()}
                     for t, (why, q) in guide.items()},
        plans={k: _by_lang(v) for k, v in plans.items()},
        mixed_delivery=_mixed_delivery(r, data, scenario),
        example_confirmation=r.text(data, "example_confirmation", ""),
        example_pitches=_kinds(r, data, "example_pitches", PITCH_KINDS, r.text_value),
        weak_questions=_by_lang(weak),
        source=source,
    )
    return r.finish(content)


def load(path: str | Path) -> ExerciseContent:
    """Read and validate one exercise content file."""
    return S.read_validated(path, parse)


def builtin_dir() -> Path:
    """The folder of exercise content shipped with the package: ``scenarios/exercises``."""
    return S.builtin_dir() / "exercises"


_CACHE: dict[str, ExerciseContent] = {}


def get(scenario_id: str) -> ExerciseContent:
    """The shipped exercise content for a scenario, read once; ``KeyError`` when there is none."""
    if scenario_id not in _CACHE:
        path = builtin_dir() / f"{scenario_id}.yaml"
        if not path.is_file():
            known = ", ".join(sorted(p.stem for p in builtin_dir().glob("*.yaml"))) or "none"
            raise KeyError(f"no exercise content for scenario {scenario_id!r}; there is content for: {known}")
        content = load(path)
        if content.scenario != scenario_id:
            raise ScenarioError([Problem(str(path), "scenario", f"is {content.scenario!r}, but the file is "
                                         f"named for {scenario_id!r}")])
        _CACHE[scenario_id] = content
    return _CACHE[scenario_id]
