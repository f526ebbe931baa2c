"""Shared fixtures: the shipped scenario, its raw data, a fixed clock, and the console script."""

from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from orderlab import scenario as S

DATA = Path(__file__).parent / "data"
SCENARIO_ID = "school-brochure"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder of labelled questions and golden transcripts."""
    return DATA


@pytest.fixture(scope="session")
def scenario_path() -> Path:
    """The shipped school-brochure scenario file."""
    return S.builtin_dir() / f"{SCENARIO_ID}.yaml"


@pytest.fixture(scope="session")
def scenario(scenario_path: Path) -> S.Scenario:
    """The shipped school-brochure scenario, validated."""
    return S.load(scenario_path)


@pytest.fixture(scope="session")
def _raw_scenario(scenario_path: Path) -> dict:
    return yaml.safe_load(scenario_path.read_text(encoding="utf-8"))


@pytest.fixture
def raw_scenario(_raw_scenario: dict) -> dict:
    """A fresh deep copy of the shipped scenario's YAML data, safe to break."""
    return copy.deepcopy(_raw_scenario)


class FixedClock:
    """A clock that returns a fixed time and advances only when told to."""

    def __init__(self, start: float = 1_700_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FixedClock:
    """A fixed clock, so sessions are deterministic."""
    return FixedClock()


@pytest.fixture(scope="session")
def orderlab_exe() -> str:
    """Path of the installed ``orderlab`` console script."""
    beside = Path(sys.executable).parent / "orderlab"
    found = str(beside) if beside.exists() else shutil.which("orderlab")
    if not found:
        pytest.fail("the orderlab console script is not installed")
    return found
