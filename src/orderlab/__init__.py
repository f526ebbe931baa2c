"""orderlab: the engine of the course "Leverera och påverka / Deliver, then influence".

The engine never imports ipywidgets or IPython; the widgets live in ``orderlab.ui``.

The public names below are imported when first used (PEP 562 ``__getattr__``), so that importing one
part of the package (``orderlab.ui``, ``orderlab.text``) does not load the scorer, the scenarios and
the results store with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# public name -> the module that holds it (and its name there, when different)
_WHERE: dict[str, tuple[str, str]] = {
    "ConversationScore": ("conversation", "ConversationScore"),
    "score_conversation": ("conversation", "score_conversation"),
    "Confirmation": ("delivery", "Confirmation"),
    "Delivery": ("delivery", "Delivery"),
    "InputError": ("errors", "InputError"),
    "Problem": ("errors", "Problem"),
    "ScenarioError": ("errors", "ScenarioError"),
    "languages": ("lang", "languages"),
    "PitchScore": ("pitch", "PitchScore"),
    "score_pitch": ("pitch", "score_pitch"),
    "QuestionScore": ("questions", "QuestionScore"),
    "score_question": ("questions", "score_question"),
    "InvalidName": ("results", "InvalidName"),
    "ResultsStore": ("results", "ResultsStore"),
    "ResultsUnavailable": ("results", "ResultsUnavailable"),
    "new_result_id": ("results", "new_result_id"),
    "Scenario": ("scenario", "Scenario"),
    "all_scenarios": ("scenario", "all_scenarios"),
    "load": ("scenario", "load"),
    "get_scenario": ("scenario", "get"),
    "Session": ("session", "Session"),
}

__all__ = [  # the names in _WHERE (tests/test_package.py checks they agree)
    "Confirmation",
    "ConversationScore",
    "Delivery",
    "InputError",
    "InvalidName",
    "PitchScore",
    "Problem",
    "QuestionScore",
    "ResultsStore",
    "ResultsUnavailable",
    "Scenario",
    "ScenarioError",
    "Session",
    "all_scenarios",
    "get_scenario",
    "languages",
    "load",
    "new_result_id",
    "score_conversation",
    "score_pitch",
    "score_question",
]


def __getattr__(name: str) -> object:
    if name == "__version__":
        # one source of truth: the version in pyproject.toml, as the installed package records it
        from importlib.metadata import version

        value: object = version("orderlab")
    elif name in _WHERE:
        module, attribute = _WHERE[name]
        value = getattr(import_module(f".{module}", __name__), attribute)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # the next access is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})


if TYPE_CHECKING:  # what type checkers and editors see
    from .conversation import ConversationScore, score_conversation
    from .delivery import Confirmation, Delivery
    from .errors import InputError, Problem, ScenarioError
    from .lang import languages
    from .pitch import PitchScore, score_pitch
    from .questions import QuestionScore, score_question
    from .results import InvalidName, ResultsStore, ResultsUnavailable, new_result_id
    from .scenario import Scenario, all_scenarios, load
    from .scenario import get as get_scenario
    from .session import Session
