"""The orderlab xAPI profile as checks: ``check(statement)`` lists what breaks it (empty when it fits).

The rules are those of ``docs/xapi-profile.md``: the verbs, activity types, extensions and
their value types, the actor as an account, the registration derived from the workshop code,
and the statements each verb is used in. Tests run every statement an LRS gives back through it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from ..terms import FLAGS, FORMS
from . import statements as X

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
_SCENARIO_ID = re.compile(rf"^{re.escape(X.BASE)}/scenarios/([a-z0-9-]+)$")
_STEP_ID = re.compile(rf"^{re.escape(X.BASE)}/scenarios/([a-z0-9-]+)/({'|'.join(X.STEPS)})$")
_TYPES: dict[str, type | tuple[type, ...]] = {
    "workshop": str, "attempt": str, "result-id": str, "round": int, "scenario": str, "number": int, "form": str,
    "flags": list, "topics": list, "points": int, "act": str, "step": str, "as-ordered": bool, "band": str,
    "scores": dict, "report": dict, "title": str,
}
_ROUND_CONTEXT = ("workshop", "attempt", "round", "scenario")
_CONTEXT = {"asked": _ROUND_CONTEXT, "completed": _ROUND_CONTEXT, "created": ("workshop",)}
_RESULT = {"asked": ("number", "form", "flags", "topics", "points"), "step": ("step",), "round": ("scores", "report"),
           "created": ("title",)}


class ProfileError(ValueError):
    """A statement does not fit the profile; ``problems`` lists why."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def check(statement: Mapping[str, Any]) -> list[str]:
    """Every way ``statement`` breaks the orderlab profile (an empty list when it fits)."""
    problems: list[str] = []
    if not isinstance(statement, Mapping):
        return ["a statement must be a JSON object"]
    if not _UUID.match(str(statement.get("id", ""))):
        problems.append("id: not a UUID")
    if not _TIME.match(str(statement.get("timestamp", ""))):
        problems.append("timestamp: not an ISO 8601 time with a zone")
    account = (statement.get("actor") or {}).get("account") or {}
    if not (isinstance(account.get("name"), str) and account["name"].strip()) or not str(
            account.get("homePage", "")).startswith(("http://", "https://")):
        problems.append("actor: must be an Agent with an account (homePage and name)")
    verb_id = (statement.get("verb") or {}).get("id")
    verb = next((name for name, iri in X.VERBS.items() if iri == verb_id), None)
    if verb is None:
        return [*problems, f"verb: {verb_id!r} is not one of the profile's verbs"]
    context = statement.get("context") or {}
    extensions = context.get("extensions") or {}
    workshop = extensions.get(X.ext("workshop"))
    if not isinstance(workshop, str) or context.get("registration") != X.registration(workshop):
        problems.append("context.registration: must be the UUID derived from the workshop code")
    categories = [a.get("id") for a in (context.get("contextActivities") or {}).get("category", ())]
    if X.PROFILE not in categories:
        problems.append("context.contextActivities.category: must name the profile")
    obj = statement.get("object") or {}
    kind = _kind(verb, str(obj.get("id", "")))
    if kind is None:
        problems.append(f"object: {obj.get('id')!r} is not an activity the verb {verb!r} is used with")
        return problems
    expected_type = X.ACTIVITY_TYPES["workshop" if kind == "created" else "scenario" if kind == "round" else "step"]
    if (obj.get("definition") or {}).get("type") != expected_type:
        problems.append(f"object.definition.type: must be {expected_type}")
    result = statement.get("result") or {}
    problems += _extensions("context", extensions, _CONTEXT[verb])
    problems += _extensions("result", result.get("extensions") or {}, _RESULT[kind])
    if kind != "created" and context.get("language") not in ("sv", "en"):
        problems.append("context.language: must be sv or en")
    if kind == "asked":
        problems += _asked(result)
    if kind in ("step", "round"):
        problems += _score(result.get("score"))
        if result.get("completion") is not True:
            problems.append("result.completion: must be true")
    if kind == "step" and _STEP_ID.match(obj["id"]):
        step = _STEP_ID.match(obj["id"]).group(2)  # type: ignore[union-attr]
        if (result.get("extensions") or {}).get(X.ext("step")) != X.STEPS[step]:
            problems.append("result.extensions: the step's name does not match the object")
    if kind == "round":
        scores = (result.get("extensions") or {}).get(X.ext("scores")) or {}
        if sorted(scores) != sorted(X.STEPS.values()) or not all(isinstance(v, int) for v in scores.values()):
            problems.append(f"result.extensions scores: must give an integer for each of {', '.join(X.STEPS.values())}")
        if not _UUID.match(str(extensions.get(X.ext("result-id"), ""))):
            problems.append("context.extensions result-id: the round's completed statement needs the result id")
    return problems


def validate(statement: Mapping[str, Any]) -> Mapping[str, Any]:
    """``statement`` itself when it fits the profile, else ``ProfileError``."""
    problems = check(statement)
    if problems:
        raise ProfileError(problems)
    return statement


def _asked(result: Mapping[str, Any]) -> list[str]:
    problems = []
    if not (isinstance(result.get("response"), str) and result["response"].strip()):
        problems.append("result.response: an asked statement carries the question's text")
    extensions = result.get("extensions") or {}
    if extensions.get(X.ext("form"), "open") not in FORMS:
        problems.append(f"result.extensions: form must be one of {', '.join(FORMS)}")
    flags = extensions.get(X.ext("flags"), [])
    if isinstance(flags, list) and not set(flags) <= set(FLAGS):
        problems.append(f"result.extensions: flags must be among {', '.join(FLAGS)}")
    return problems


def _kind(verb: str, object_id: str) -> str | None:
    """Which statement of the profile this is: asked, step, round or created (None: a wrong object)."""
    if verb == "asked":
        found = _STEP_ID.match(object_id)
        return "asked" if found and found.group(2) == "consult" else None
    if verb == "completed":
        return "step" if _STEP_ID.match(object_id) else "round" if _SCENARIO_ID.match(object_id) else None
    prefix = f"{X.BASE}/workshops/"
    if object_id.startswith(prefix):
        try:
            uuid.UUID(object_id[len(prefix):])
        except ValueError:
            return None
        return "created"
    return None


def _extensions(where: str, given: Mapping[str, Any], required: tuple[str, ...]) -> list[str]:
    problems = [f"{where}.extensions: {name} is missing" for name in required if X.ext(name) not in given]
    known = {X.ext(name): name for name in X.EXTENSIONS}
    for iri, value in given.items():
        name = known.get(iri)
        if name is None:
            if iri.startswith(X.BASE):
                problems.append(f"{where}.extensions: {iri} is not in the profile")
            continue  # another profile's extension is allowed beside ours
        wanted = _TYPES[name]
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            problems.append(f"{where}.extensions: {name} must be a {getattr(wanted, '__name__', wanted)}")
        elif isinstance(value, list) and not all(isinstance(v, str) for v in value):
            problems.append(f"{where}.extensions: {name} must be a list of strings")
    return problems


def _score(score: Any) -> list[str]:
    if not isinstance(score, Mapping):
        return ["result.score: missing"]
    raw, scaled = score.get("raw"), score.get("scaled")
    if not isinstance(raw, int) or not 0 <= raw <= 100 or score.get("min") != 0 or score.get("max") != 100:
        return ["result.score: raw must be an integer from min 0 to max 100"]
    if not isinstance(scaled, int | float) or abs(scaled - raw / 100) > 1e-6:
        return ["result.score: scaled must be raw / 100"]
    return []
