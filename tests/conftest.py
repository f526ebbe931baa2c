"""Shared fixtures: the shipped scenario, its raw data, a fixed clock, the console script, PostgreSQL and an LRS."""

from __future__ import annotations

import copy
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pgserver
import pytest
import ralphserver
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


@pytest.fixture(scope="session")
def postgres() -> Iterator[pgserver.Server]:
    """A throw-away PostgreSQL server for the whole run (see pgserver.py), stopped at the end.

    Without Debian's PostgreSQL the tests that need it are skipped with the reason, except
    under ``CI=true``, where that is a failure: CI must never go green by skipping them.
    """
    why = pgserver.missing()
    if why is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {why}")
        pytest.skip(why)
    server = pgserver.start()
    yield server
    pgserver.stop(server)


@pytest.fixture
def pg_url(postgres: pgserver.Server, request: pytest.FixtureRequest) -> str:
    """The URL of a new, empty database on the test server, owned by the store's user."""
    return postgres.create_db(pgserver.unique_name(request.node.name))


@pytest.fixture(scope="session")
def lrs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ralphserver.Server]:
    """A throw-away Ralph LRS on loopback for the whole run (see ralphserver.py), stopped at the end."""
    server = ralphserver.start_or_skip(tmp_path_factory.mktemp("ralph"))
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new, empty store goes: a file in a temporary folder, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "results.sqlite")
    return request.getfixturevalue("pg_url")
