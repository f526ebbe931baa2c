"""The JSON Schema editors use (scenarios/scenario.schema.json) agrees with orderlab's own validator."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from orderlab import scenario as S

SCHEMA = json.loads((S.builtin_dir() / "scenario.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_a_valid_json_schema():
    """The schema itself is valid JSON Schema (draft 2020-12)."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("scenario_id", S.builtin_ids())
def test_every_shipped_scenario_matches_the_schema(scenario_id):
    """Every shipped scenario file passes the editors' schema as well as orderlab validate."""
    data = S.read_yaml(S.builtin_dir() / f"{scenario_id}.yaml")
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []


BREAKAGES = {
    "unknown function": lambda d: d.update(function="marketing"),
    "missing opening": lambda d: d.pop("opening"),
    "sv text missing": lambda d: d["title"].pop("sv"),
    "unknown topic": lambda d: d["facts"].update(weather={"short": d["title"], "full": d["title"]}),
    "key topic not a topic": lambda d: d["key_topics"].append("weather"),
    "bad guidance outcome": lambda d: d["persona"]["guidance"].update(outcome="maybe"),
    "patience out of range": lambda d: d["persona"].update(patience=0),
    "missing next-order band": lambda d: d["next_order"].pop("fair"),
    "missing reactions": lambda d: d.pop("reactions"),
    "missing fillers": lambda d: d["requester"].pop("fillers"),
    "confirm_ok without English": lambda d: d["requester"]["confirm_ok"].pop("en"),
    "blame reaction without Swedish": lambda d: d["reactions"]["blame"].pop("sv"),
    "next-order facts on an unknown topic": lambda d: d["next_order"]["fair"].setdefault("facts", {}).update(
        weather=d["facts"]["purpose"]),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_schema_and_validator_both_reject(raw_scenario, name):
    """A broken scenario is rejected by the schema and by orderlab's validator alike."""
    data = copy.deepcopy(raw_scenario)
    BREAKAGES[name](data)
    assert list(VALIDATOR.iter_errors(data)), f"schema accepted: {name}"
    with pytest.raises(S.ScenarioError):
        S.parse(data, "broken.yaml")


def test_orderlab_schema_prints_the_shipped_file_for_the_shipped_languages(capsys):
    """With only Swedish and English, ``orderlab schema`` prints the shipped file as it is, byte for byte."""
    from orderlab.cli import main

    assert main(["schema"]) == 0
    assert capsys.readouterr().out == (S.builtin_dir() / "scenario.schema.json").read_text("utf-8")
