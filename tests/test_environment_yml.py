"""environment.yml (conda/Binder) and pyproject.toml name the same packages: the runtime and the toolset."""

import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
# conda-forge names that differ from the PyPI ones even after normalising (PyYAML is pyyaml
# on both, once lower-cased); add a pair here if a dependency is named differently.
CONDA_NAMES: dict[str, str] = {}
NOT_PACKAGES = {"python", "pip"}


def normalise(requirement: str) -> str:
    """The package name of a requirement: lower case, '_' and '.' as '-', no version or extras."""
    name = re.split(r"[\s<>=!~;\[]", requirement.strip(), maxsplit=1)[0]
    name = re.sub(r"[-_.]+", "-", name).lower()
    return CONDA_NAMES.get(name, name)


@pytest.fixture(scope="module")
def environment() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def conda_packages(environment: dict) -> list[str]:
    return [d for d in environment["dependencies"] if isinstance(d, str)]


def pip_section(environment: dict) -> list[str]:
    sections = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert len(sections) == 1, "environment.yml should have one pip section"
    return sections[0]


def test_normalise():
    """Names are compared in lower case with '_' as '-', without versions."""
    assert normalise("PyYAML>=6") == "pyyaml"
    assert normalise("Foo_Bar[extra]>=1") == "foo-bar"
    assert normalise("voila >=0.5.8,<0.6") == "voila"


def test_conda_forge_only(environment):
    """The environment installs from conda-forge only."""
    assert environment["channels"] == ["conda-forge"]


def test_python_and_pip(environment):
    """The environment pins Python 3.11 and has pip for installing the package itself."""
    packages = conda_packages(environment)
    assert "python=3.11" in packages
    assert "pip" in packages


def toolset(project: dict) -> list[str]:
    """The runtime and every tool of the test extra (which pulls in the site extra), as requirements."""
    extras = project["optional-dependencies"]
    tools = [r for r in extras["test"] if not r.startswith("orderlab[")]
    return [*project["dependencies"], *tools, *extras["site"]]


def named(environment: dict) -> list[str]:
    """Every requirement environment.yml names, conda and pip sections alike (not the package itself)."""
    return [p for p in conda_packages(environment) + pip_section(environment) if not p.startswith("-e")]


def test_same_packages_as_pyproject(environment, project):
    """environment.yml names exactly the runtime and the toolset of pyproject.toml, nbval among them."""
    conda = {normalise(p) for p in named(environment)} - NOT_PACKAGES
    pypi = {normalise(p) for p in toolset(project)}
    assert conda == pypi
    assert "nbval" in conda


def spec(requirement: str) -> str:
    """The version constraint of a requirement, without spaces."""
    name = re.split(r"[\s<>=!~;\[]", requirement.strip(), maxsplit=1)[0]
    return requirement.strip()[len(name):].replace(" ", "")


def test_same_versions_as_pyproject(environment, project):
    """Each package has the same version constraint in both files."""
    conda = {normalise(p): spec(p) for p in named(environment)}
    pypi = {normalise(p): spec(p).split("]")[-1] for p in toolset(project)}
    assert {name: conda.get(name) for name in pypi} == pypi


def test_no_duplicates(environment):
    """Each package is listed once."""
    names = [normalise(p) for p in named(environment)]
    assert len(names) == len(set(names))


def test_installs_the_package_from_the_repo(environment, project):
    """The pip section ends by installing the package itself, editable, from the repository root."""
    assert project["name"] == "orderlab"
    assert pip_section(environment)[-1] == "-e ."
    assert [p for p in pip_section(environment) if p.startswith("-e")] == ["-e ."]
