"""The course's shared vocabulary: one definition of every id the engine, the UI and the data share.

Steps, topics, bands, pitch criteria, question forms and flags, tips and the first scenario. Ids
only: what a learner reads for each is in ``orderlab.lang``, under the keys named here. (Not to be
confused with ``understanding.vocabulary``, a scenario's words for its topics.) Imports nothing.
"""

from __future__ import annotations

# The method's three steps, in the order a round plays them (``Session.step``, then "done").
STEPS: tuple[str, ...] = ("consult", "deliver", "influence")
# The same three steps as a report scores them (``Session.report()["steps"]``, the results columns).
SCORED_STEPS: tuple[str, ...] = ("questions", "delivery", "pitch")
# Each step's name in the catalogue, by either spelling.
STEP_LABELS: dict[str, str] = {"consult": "step_consult", "deliver": "step_deliver", "influence": "step_influence"}
SCORED_LABELS: dict[str, str] = dict(zip(SCORED_STEPS, STEP_LABELS.values(), strict=True))

# The ten things worth asking about an order (names: lang TOPIC_NAMES and TOPIC_OBJECTS).
TOPICS: tuple[str, ...] = (
    "purpose", "audience", "end_customer", "success", "deadline",
    "budget", "constraints", "stakeholders", "history", "format",
)
# How well a pitch landed, which decides the next order (``consequences.band``).
BANDS: tuple[str, ...] = ("weak", "fair", "strong")

# A question's form and the flags a turn can raise (lang form_* and flag_*).
FORMS: tuple[str, ...] = ("open", "closed", "none")
FLAGS: tuple[str, ...] = ("leading", "solution", "stacked", "not_a_question")

# The pitch's criteria that earn points, in the order feedback lists them (lang crit_*); blame costs points.
PITCH_CRITERIA: tuple[str, ...] = ("acknowledge", "purpose", "end_customer", "evidence", "proposal", "invite")
PITCH_BLAME = "blame"
# What the pitch reader finds in a sentence, and what a scenario may add words to.
PITCH_READ: tuple[str, ...] = (*PITCH_CRITERIA, PITCH_BLAME)

# The conversation's tips (lang tip_*), most important first.
TIP_KEYS: tuple[str, ...] = ("tip_purpose", "tip_solutions", "tip_open", "tip_leading", "tip_missed",
                             "tip_depth", "tip_reflect")

# The course's introductory scenario: notebooks and exercises use it, and pickers offer it first.
FIRST_SCENARIO = "school-brochure"

__all__ = [
    "BANDS", "FIRST_SCENARIO", "FLAGS", "FORMS", "PITCH_BLAME", "PITCH_CRITERIA", "PITCH_READ", "SCORED_LABELS",
    "SCORED_STEPS", "STEPS", "STEP_LABELS", "TIP_KEYS", "TOPICS",
]
