"""The two kinds of error a person can cause: bad input and a broken scenario or exercise content file."""

from __future__ import annotations

from dataclasses import dataclass

from .lang import text


class InputError(ValueError):
    """Input a learner can fix; ``message`` is already in the learner's language."""

    def __init__(self, lang: str, key: str, **values: object):
        self.key = key
        self.message = text(lang, f"ui.{key}", **values)
        super().__init__(self.message)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario or exercise content file: where and why."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


class ScenarioError(ValueError):
    """A scenario or exercise content file that cannot be used; lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
