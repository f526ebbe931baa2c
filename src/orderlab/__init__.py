"""orderlab: the engine of the course "Leverera och påverka / Deliver, then influence".

The engine never imports ipywidgets or IPython; the widgets live in ``orderlab.ui``.
"""

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

__version__ = "0.1.0"

__all__ = [
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
