"""Model answers: what the solution notebooks show filled in, written once in ``content/model-answers.yaml``.

An exercise notebook and its solution are the same notebook; the solution only says
``model_answers = True``, and its forms are filled in from here. Keys are the exercise's number
and the form's kind (``"01-open-rewrites"``); each holds the answer in both languages, text for a
form with one box and a list for a form with several.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from .content_reader import read_yaml
from .errors import Problem, ScenarioError
from .lang import builtin_languages

Answer = str | tuple[str, ...]


def _path() -> Path:
    return Path(str(resources.files("orderlab") / "content" / "model-answers.yaml"))


def load(path: Path | None = None) -> dict[str, dict[str, Answer]]:
    """Read and check the model answers; every problem is reported with the file and the field."""
    path = path or _path()
    data = read_yaml(path)
    problems: list[Problem] = []
    out: dict[str, dict[str, Answer]] = {}
    if not isinstance(data, dict):
        raise ScenarioError([Problem(str(path), "(file)", "should be a mapping of exercise forms")])
    for key, by_lang in data.items():
        if not isinstance(by_lang, dict) or set(by_lang) != set(builtin_languages()):
            needs = ", ".join(builtin_languages())
            problems.append(Problem(str(path), str(key), f"needs exactly the languages {needs}"))
            continue
        answers: dict[str, Answer] = {}
        for lang, value in by_lang.items():
            if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
                answers[lang] = tuple(value)
            elif isinstance(value, str) and value.strip():
                answers[lang] = value
            else:
                problems.append(Problem(str(path), f"{key}.{lang}", "should be text or a list of texts, none empty"))
        if len({type(a) for a in answers.values()}) > 1 or len({len(a) for a in answers.values()
                                                                  if isinstance(a, tuple)}) > 1:
            problems.append(Problem(str(path), str(key), "the languages should have the same shape"))
        out[str(key)] = answers
    if problems:
        raise ScenarioError(problems)
    return out


@cache
def _packaged() -> dict[str, dict[str, Answer]]:
    return load()


def get(key: str, lang: str) -> Answer:
    """The model answer ``key`` in ``lang``; ``KeyError`` names the keys there are."""
    answers = _packaged()
    if key not in answers:
        raise KeyError(f"no model answer {key!r}: there are {', '.join(sorted(answers))}")
    return answers[key][lang]


def keys() -> tuple[str, ...]:
    """Every model answer's key."""
    return tuple(_packaged())
