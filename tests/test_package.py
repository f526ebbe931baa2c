"""The package's front door: every public name importable from ``orderlab``, loaded when first used."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import orderlab

ROOT = Path(__file__).resolve().parents[1]


def test_all_lists_exactly_the_lazy_names():
    """``__all__`` and the table of lazily imported names agree: none is listed without a home."""
    assert sorted(orderlab.__all__) == sorted(orderlab._WHERE)
    assert len(set(orderlab.__all__)) == len(orderlab.__all__)


@pytest.mark.parametrize("name", orderlab.__all__)
def test_each_public_name_is_the_object_in_its_module(name):
    """``orderlab.X`` is the very object its module defines, as it was before the imports became lazy."""
    module, attribute = orderlab._WHERE[name]
    assert getattr(orderlab, name) is getattr(sys.modules[f"orderlab.{module}"], attribute)


def test_star_import_and_unknown_names():
    """``from orderlab import *`` gives every public name; an unknown one is an AttributeError."""
    namespace: dict = {}
    exec("from orderlab import *", namespace)
    assert set(orderlab.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="no_such_name"):
        orderlab.no_such_name  # noqa: B018


def test_the_version_comes_from_pyproject():
    """One source of truth: ``__version__`` is the version pyproject.toml gives the installed package."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert orderlab.__version__ == tomllib.load(f)["project"]["version"]


def test_importing_the_widgets_loads_no_yaml_and_no_model():
    """``import orderlab.ui`` leaves reading files to first use: no PyYAML, no hashing of the models.

    The import-time figure itself is measured in benchmarks/import_time.py, not here.
    """
    code = ("import sys, orderlab.ui\n"
            "print(sorted(m for m in ('yaml', 'hashlib', 'orderlab.results', 'anywidget') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _package_data() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]["package-data"]["orderlab"]


PACKAGE = ROOT / "src" / "orderlab"


@pytest.mark.parametrize("pattern", _package_data())
def test_each_package_data_pattern_matches_a_file(pattern):
    """No pattern in pyproject.toml's package-data is left over from files that have moved."""
    assert list(PACKAGE.glob(pattern)), f"{pattern} matches no file under src/orderlab"


def test_every_data_file_is_shipped():
    """Every file the package reads at run time (not Python, not a cache) is named by a package-data pattern."""
    shipped = {path for pattern in _package_data() for path in PACKAGE.glob(pattern)}
    data = {path for path in PACKAGE.rglob("*")
            if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts}
    assert data - shipped == set()
