"""xAPI statements from a role-play, in pure Python (it runs in Pyodide too).

A round becomes: one ``asked`` statement per question, one ``completed`` statement per step the
learner finished (its object is the step), and one ``completed`` statement for the whole round
(its object is the scenario) with the scores per step and the full report. The actor is the
alias as an ``account`` on the course's home page; the registration is derived from the
workshop code, so every statement of a workshop shares it. ``docs/xapi-profile.md`` describes
the profile and ``profile.check`` checks a statement against it.

Statement ids are derived from the attempt and the statement's place in it, so sending the same
round twice (a retry, a reload) makes the same statements, which an LRS and the outbox dedupe.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

BASE = "https://w3id.org/xapi/orderlab"  # the profile's namespace (see docs/xapi-profile.md)
PROFILE = f"{BASE}/v1"
HOME_PAGE = f"{BASE}/learners"  # the account's homePage when the site names no other
VERSION = "1.0.3"  # the xAPI version the statements follow and the client sends

VERBS: dict[str, str] = {
    "asked": "http://adlnet.gov/expapi/verbs/asked",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "created": "http://activitystrea.ms/schema/1.0/create",
}
VERB_NAMES: dict[str, dict[str, str]] = {
    "asked": {"en": "asked", "sv": "frågade"},
    "completed": {"en": "completed", "sv": "slutförde"},
    "created": {"en": "created", "sv": "skapade"},
}
ACTIVITY_TYPES: dict[str, str] = {
    "scenario": "http://adlnet.gov/expapi/activities/simulation",
    "step": "http://adlnet.gov/expapi/activities/interaction",
    "workshop": "http://adlnet.gov/expapi/activities/meeting",
}
# The method's steps, and the report's key of each one's score.
STEPS: dict[str, str] = {"consult": "questions", "deliver": "delivery", "influence": "pitch"}
EXTENSIONS: tuple[str, ...] = (
    "workshop", "attempt", "result-id", "round", "scenario",  # context
    "number", "form", "flags", "topics", "points", "act",  # an asked statement's result
    "step", "as-ordered", "band",  # a step's result
    "scores", "report",  # the round's result
    "title",  # a workshop's creation
)
_REGISTRATIONS = uuid.UUID("0e6c3b7d-7b1f-4f0b-a5d6-2f5a9c4e8b31")  # namespace: workshop code -> registration
_ATTEMPTS = uuid.UUID("a3f4e2c1-5d6b-4e8f-9a0b-1c2d3e4f5a6b")  # namespace: a round's identity -> attempt id


def ext(name: str) -> str:
    """The IRI of one of the profile's ``EXTENSIONS``."""
    if name not in EXTENSIONS:
        raise KeyError(f"no extension {name!r} in the orderlab profile")
    return f"{BASE}/extensions/{name}"


def registration(workshop: str) -> str:
    """The registration every statement of ``workshop`` carries: a UUID derived from its code."""
    return str(uuid.uuid5(_REGISTRATIONS, workshop))


def attempt_id(workshop: str, alias: str, scenario: str, lang: str, seed: int, round_: int) -> str:
    """A round's identity before it is finished (the result id exists only at the end)."""
    key = json.dumps([workshop, alias, scenario, lang, seed, round_], ensure_ascii=False)
    return str(uuid.uuid5(_ATTEMPTS, key))


def actor(alias: str, home_page: str = HOME_PAGE) -> dict[str, Any]:
    """The learner as an xAPI Agent: an account named by the alias, nothing else about them."""
    return {"objectType": "Agent", "account": {"homePage": home_page, "name": alias}}


def timestamp(when: float) -> str:
    """An ISO 8601 UTC timestamp with milliseconds, as LRSs store them."""
    return datetime.fromtimestamp(when, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def scenario_activity(scenario: str, name: str | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": ACTIVITY_TYPES["scenario"]}
    if name:
        definition["name"] = {"und": name}
    return {"objectType": "Activity", "id": f"{BASE}/scenarios/{scenario}", "definition": definition}


def step_activity(scenario: str, step: str) -> dict[str, Any]:
    return {"objectType": "Activity", "id": f"{BASE}/scenarios/{scenario}/{step}",
            "definition": {"type": ACTIVITY_TYPES["step"]}}


def workshop_activity(workshop: str) -> dict[str, Any]:
    """A workshop as an activity: its id carries the registration, never the code itself."""
    return {"objectType": "Activity", "id": f"{BASE}/workshops/{registration(workshop)}",
            "definition": {"type": ACTIVITY_TYPES["workshop"]}}


def _verb(name: str) -> dict[str, Any]:
    return {"id": VERBS[name], "display": dict(VERB_NAMES[name])}


def _context(workshop: str, lang: str, scenario: str, round_: int, attempt: str,
             result_id: str | None = None, parent: bool = True) -> dict[str, Any]:
    extensions: dict[str, Any] = {ext("workshop"): workshop, ext("attempt"): attempt, ext("round"): round_,
                                  ext("scenario"): scenario}
    if result_id:
        extensions[ext("result-id")] = result_id
    context: dict[str, Any] = {"registration": registration(workshop), "language": lang,
                               "contextActivities": {"category": [{"objectType": "Activity", "id": PROFILE}]},
                               "extensions": extensions}
    if parent:
        context["contextActivities"]["parent"] = [{"objectType": "Activity", "id": f"{BASE}/scenarios/{scenario}"}]
    return context


def _score(raw: int) -> dict[str, Any]:
    raw = max(0, min(100, int(raw)))
    return {"raw": raw, "min": 0, "max": 100, "scaled": round(raw / 100, 4)}


def round_statements(report: Mapping[str, Any], *, alias: str, workshop: str, when: float,
                     attempt: str, result_id: str | None = None, turns: Sequence[Mapping[str, Any]] | None = None,
                     home_page: str = HOME_PAGE) -> list[dict[str, Any]]:
    """The statements of one round so far, from its ``Session.report()``.

    ``turns``: the questions asked so far, when the report has none yet (step 1 is not finished).
    The round's own ``completed`` statement comes only once the report has a pitch and
    ``result_id`` (the id the results store keys the round by) is given.
    """
    scenario, lang, round_ = str(report["scenario"]), str(report["lang"]), int(report.get("round", 1))
    steps: Mapping[str, Any] = report.get("steps") or {}
    asked = (steps.get("questions") or {}).get("turns")
    asked = list(asked if asked is not None else (turns or ()))
    who, stamp, ns = actor(alias, home_page), timestamp(when), uuid.UUID(attempt)

    def statement(key: str, verb: str, obj: dict, result: dict, parent: bool = True) -> dict[str, Any]:
        rid = result_id if key == "completed" else None
        return {"id": str(uuid.uuid5(ns, key)), "actor": who, "verb": _verb(verb), "object": obj, "result": result,
                "context": _context(workshop, lang, scenario, round_, attempt, rid, parent),
                "timestamp": stamp, "version": VERSION}

    out = []
    for number, turn in enumerate(asked, 1):
        out.append(statement(f"asked/{number}", "asked", step_activity(scenario, "consult"), {
            "response": str(turn.get("text", "")),
            "extensions": {ext("number"): number, ext("form"): str(turn.get("form", "")),
                           ext("flags"): [str(f) for f in turn.get("flags", ())],
                           ext("topics"): [str(t) for t in turn.get("topics", ())],
                           ext("points"): int(turn.get("points", 0)), ext("act"): str(turn.get("act", ""))}}))
    for step, key in STEPS.items():
        done = steps.get(key)
        if not done:
            continue
        extensions: dict[str, Any] = {ext("step"): key}
        if "as_ordered" in done:
            extensions[ext("as-ordered")] = bool(done["as_ordered"])
        if "band" in done:
            extensions[ext("band")] = str(done["band"])
        result: dict[str, Any] = {"score": _score(done.get("score", 0)), "completion": True,
                                  "extensions": extensions}
        if key == "pitch" and done.get("text"):
            result["response"] = str(done["text"])
        out.append(statement(f"step/{step}", "completed", step_activity(scenario, step), result))
    if steps.get("pitch") and result_id:
        scores = {key: int((steps.get(key) or {}).get("score", 0)) for key in STEPS.values()}
        out.append(statement("completed", "completed", scenario_activity(scenario), {
            "score": _score(report.get("total", 0)), "completion": True, "success": True,
            "extensions": {ext("scores"): scores, ext("report"): dict(report)}}, parent=False))
    return out


def is_round_completed(statement: Mapping[str, Any]) -> bool:
    """Whether ``statement`` is a round's own ``completed`` (the one with each step's score)."""
    result = statement.get("result") or {}
    return (statement.get("verb") or {}).get("id") == VERBS["completed"] and ext("scores") in (
        result.get("extensions") or {})


def session_statements(session: Any, *, alias: str, workshop: str, when: float, result_id: str | None = None,
                       home_page: str = HOME_PAGE) -> list[dict[str, Any]]:
    """``round_statements`` for a live ``Session``, with the questions asked so far in step 1."""
    report = session.report()
    attempt = attempt_id(workshop, alias, session.scenario.id, session.lang, session.seed, session.round)
    return round_statements(report, alias=alias, workshop=workshop, when=when, attempt=attempt, result_id=result_id,
                            turns=[e.to_dict() for e in session.exchanges], home_page=home_page)


def workshop_statement(workshop: str, title: str, *, facilitator: str, when: float,
                       home_page: str = HOME_PAGE) -> dict[str, Any]:
    """The facilitator made ``workshop``: what the dashboard lists before anyone has played."""
    return {"id": str(uuid.uuid5(uuid.UUID(registration(workshop)), "created")), "actor": actor(facilitator, home_page),
            "verb": _verb("created"), "object": workshop_activity(workshop),
            "result": {"extensions": {ext("title"): title}},
            "context": {"registration": registration(workshop), "extensions": {ext("workshop"): workshop},
                        "contextActivities": {"category": [{"objectType": "Activity", "id": PROFILE}]}},
            "timestamp": timestamp(when), "version": VERSION}
