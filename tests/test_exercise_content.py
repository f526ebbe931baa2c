"""Exercise content files: the shipped one loads; a broken copy fails with one problem naming file, field and reason."""

from __future__ import annotations

import copy
import dataclasses
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from orderlab import exercise
from orderlab import exercise_content as EC
from orderlab.errors import ScenarioError
from orderlab.scenario import TOPICS

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = EC.builtin_dir() / "school-brochure.yaml"


@pytest.fixture(scope="module")
def _raw() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


@pytest.fixture
def raw(_raw: dict) -> dict:
    """A fresh deep copy of the shipped content's YAML data, safe to break."""
    return copy.deepcopy(_raw)


def write(tmp_path: Path, data: object, name: str = "school-brochure.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def the_problem(path: Path):
    """The one problem ``load`` reports for ``path``."""
    with pytest.raises(ScenarioError) as info:
        EC.load(path)
    problems = info.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    assert problems[0].file == str(path)
    assert str(problems[0]) in str(info.value)  # the message says file: field: reason
    return problems[0]


# --- The shipped file ---

def test_shipped_content_validates():
    """The shipped file loads, is for a scenario that exists, and has both languages everywhere."""
    content = EC.load(SHIPPED)
    assert content.scenario == "school-brochure" and content.source == str(SHIPPED)
    assert set(content.topic_guide) == set(TOPICS)
    assert set(content.example_confirmation) == {"sv", "en"}
    for texts in (*(t for _, t in content.closed_questions), *content.example_pitches.values()):
        assert set(texts) == {"sv", "en"} and all(texts.values())


def test_exercise_module_reads_the_file():
    """orderlab.exercise's content names are the loaded file's, read once (cached)."""
    assert EC.get("school-brochure") is exercise.CONTENT
    assert exercise.EXAMPLES is exercise.CONTENT.examples
    assert exercise.TOPIC_GUIDE is exercise.CONTENT.topic_guide
    assert exercise.DELIVERIES["C"] == exercise.CONTENT.mixed_delivery
    assert exercise.closed_questions("en")[0] == exercise.CONTENT.closed_questions[0][1]["en"]


def test_package_data_ships_the_file():
    """pyproject.toml's package-data has a pattern for the content file, so an installed package has it."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    package = ROOT / "src" / "orderlab"
    assert SHIPPED.resolve() == (package / "scenarios" / "exercises" / "school-brochure.yaml").resolve()
    assert any(p.resolve() == SHIPPED.resolve() for pattern in patterns["orderlab"] for p in package.glob(pattern))


# --- Broken copies: one problem each, naming the field and the reason ---

def _drop_en(raw: dict) -> None:
    del raw["example_confirmation"]["en"]


def _drop_en_in_list(raw: dict) -> None:
    del raw["closed_questions"][1]["text"]["en"]


def _list_is_text(raw: dict) -> None:
    raw["weak_questions"] = "Hur många behöver du?"


def _item_is_list(raw: dict) -> None:
    raw["plans"]["weak"][0] = ["Hur många sidor ska den ha?"]


def _unknown_scenario(raw: dict) -> None:
    raw["scenario"] = "no-such-scenario"


def _unknown_guide_topic(raw: dict) -> None:
    raw["topic_guide"]["colour"] = raw["topic_guide"]["format"]


def _missing_guide_topic(raw: dict) -> None:
    del raw["topic_guide"]["budget"]


def _unknown_question_topic(raw: dict) -> None:
    raw["closed_questions"][0]["topic"] = "colour"


def _unknown_label(raw: dict) -> None:
    raw["examples"]["traps"][0]["label"] = "ex_nonsense"


def _missing_pitch(raw: dict) -> None:
    del raw["example_pitches"]["thin"]


def _unknown_delivery_field(raw: dict) -> None:
    raw["mixed_delivery"] = {"colour": "blue"}


def _mixed_is_ordered(raw: dict) -> None:
    raw["mixed_delivery"] = {"languages": "swedish"}


def _misspelt_field(raw: dict) -> None:
    raw["exampels"] = raw["examples"]


def _empty_plan(raw: dict) -> None:
    raw["plans"]["strong"] = []


BREAKS: dict[str, tuple[Callable[[dict], None], str, str]] = {
    "missing en": (_drop_en, "example_confirmation.en", "is missing or empty text"),
    "missing en in a list": (_drop_en_in_list, "closed_questions[1].text.en", "is missing or empty text"),
    "text for a list": (_list_is_text, "weak_questions", "should be a list, not text"),
    "list for a text": (_item_is_list, "plans.weak[0]", "should be a mapping of languages to text, not a list"),
    "unknown scenario": (_unknown_scenario, "scenario", "is 'no-such-scenario'; choose one of: "),
    "unknown guide topic": (_unknown_guide_topic, "topic_guide.colour", "is not one of: purpose"),
    "missing guide topic": (_missing_guide_topic, "topic_guide.budget", "is missing"),
    "unknown question topic": (_unknown_question_topic, "closed_questions[0].topic", "is 'colour'; choose one of"),
    "unknown label": (_unknown_label, "examples.traps[0].label", "is 'ex_nonsense', which is not a string"),
    "missing pitch": (_missing_pitch, "example_pitches.thin", "is missing"),
    "unknown delivery field": (_unknown_delivery_field, "mixed_delivery.colour", "is not a delivery field"),
    "mixed delivery as ordered": (_mixed_is_ordered, "mixed_delivery", "should change at least one field"),
    "misspelt field": (_misspelt_field, "exampels", "is not a field of exercise content"),
    "empty plan": (_empty_plan, "plans.strong", "needs at least one item"),
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_broken_copy_names_file_field_and_reason(name, raw, tmp_path):
    """Each kind of mistake gives exactly one problem: this file, this field, this reason."""
    breaks, field, reason = BREAKS[name]
    breaks(raw)
    problem = the_problem(write(tmp_path, raw))
    assert problem.field == field
    assert reason in problem.reason


def test_unbroken_copy_loads(raw, tmp_path):
    """The round trip the broken copies take (YAML dump, load) is not itself what fails them."""
    path = write(tmp_path, raw)
    assert dataclasses.replace(EC.load(path), source="") == dataclasses.replace(EC.load(SHIPPED), source="")


def test_yaml_syntax_error_names_line_and_column(tmp_path):
    """A YAML syntax error is one problem with the line and column, not a traceback from the parser."""
    path = tmp_path / "school-brochure.yaml"
    path.write_text(SHIPPED.read_text("utf-8").replace("scenario: school-brochure", "scenario: [school-brochure"),
                    encoding="utf-8")
    problem = the_problem(path)
    assert problem.field.startswith("line ") and ", column " in problem.field
    assert problem.reason.startswith("is not valid YAML")


def test_not_a_mapping(tmp_path):
    """A file that is a list, not a mapping, says so."""
    problem = the_problem(write(tmp_path, ["scenario"]))
    assert (problem.field, problem.reason) == ("(file)", "should be a mapping, not a list")


def test_every_problem_at_once(raw, tmp_path):
    """Several mistakes are reported together, one line each."""
    _drop_en(raw)
    _unknown_label(raw)
    _missing_guide_topic(raw)
    with pytest.raises(ScenarioError) as info:
        EC.load(write(tmp_path, raw))
    fields = {p.field for p in info.value.problems}
    assert fields == {"example_confirmation.en", "examples.traps[0].label", "topic_guide.budget"}
    assert len(str(info.value).splitlines()) == 3


# --- get: the shipped content by scenario id ---

def test_get_unknown_scenario_names_what_there_is():
    """No content for a scenario is a KeyError naming the scenarios that have some."""
    with pytest.raises(KeyError, match="school-brochure"):
        EC.get("care-tablets")


def test_get_refuses_a_file_for_another_scenario(raw, tmp_path, monkeypatch):
    """A content file named for one scenario but written for another is refused, naming both."""
    monkeypatch.setattr(EC, "builtin_dir", lambda: tmp_path)
    monkeypatch.setattr(EC, "_CACHE", {})
    path = write(tmp_path, raw, "care-tablets.yaml")
    with pytest.raises(ScenarioError) as info:
        EC.get("care-tablets")
    [problem] = info.value.problems
    assert (problem.file, problem.field) == (str(path), "scenario")
    assert "'school-brochure'" in problem.reason and "'care-tablets'" in problem.reason
