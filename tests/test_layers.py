"""Imports go one way: ui -> present -> engine. The engine imports neither present nor ui, present no widgets."""

import ast
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import orderlab

SRC = Path(orderlab.__file__).parent
LAYERS = ("ui", "present")  # the packages above the engine, the top one first
ENGINE = [
    *sorted(f"orderlab.{m.name}" for m in pkgutil.iter_modules([str(SRC)]) if m.name not in LAYERS),
    "orderlab.understanding.lang",
]
PRESENT = sorted(f"orderlab.present.{m.name}" for m in pkgutil.iter_modules([str(SRC / "present")]))
UI_ONLY = ("ipywidgets", "IPython", "anywidget", "matplotlib")


def test_engine_modules_found():
    """The list of engine modules is not empty and leaves out the UI and presentation packages."""
    assert "orderlab.questions" in ENGINE and "orderlab.cli" in ENGINE
    assert not any(m.startswith(("orderlab.ui", "orderlab.present")) for m in ENGINE)
    assert {"orderlab.present.charts", "orderlab.present.panel", "orderlab.present.summary"} <= set(PRESENT)


def loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    """The modules of ``packages`` (or the packages themselves) that importing ``modules`` loads, in a fresh
    interpreter."""
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"inside = lambda m: any(m == p or m.startswith(p + '.') for p in {packages!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if inside(m))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("module", ["orderlab", *ENGINE])
def test_engine_module_imports_no_widgets(module):
    """Importing an engine module in a fresh interpreter loads no widget or plotting library."""
    assert loaded([module], UI_ONLY) == []


def test_whole_engine_imports_no_widgets():
    """Importing every engine module together loads no widget or plotting library."""
    assert loaded(ENGINE, UI_ONLY) == []


def test_ui_does_import_widgets():
    """The check above can fail: the UI package does load ipywidgets."""
    code = "import sys, orderlab.ui; assert 'ipywidgets' in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


_WIDGET_IMPORT = re.compile(r"^\s*(import\s+(ipywidgets|IPython)\b|from\s+(ipywidgets|IPython)\b)", re.MULTILINE)


def test_no_engine_source_imports_widgets():
    """No source file outside orderlab/ui contains an ipywidgets or IPython import."""
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts[:1] and _WIDGET_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_engine_source_mentions_import_ipywidgets():
    """No module under src/orderlab other than ui/ contains the text 'import ipywidgets'."""
    offenders = [
        str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] != "ui" and "import ipywidgets" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_scorers_need_only_pure_python():
    """The question and pitch scorers load nothing but the standard library, orderlab, PyYAML and the Snowball stemmer.

    All of them run in Pyodide: the stemmer is pure Python (checked below).
    """
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import orderlab.questions, orderlab.pitch, orderlab.conversation\n"
        "from orderlab import score_question, score_pitch\n"
        "score_question('Vad vill ni uppnå?', 'sv'); score_pitch('Tack! Syftet är barnen.', 'sv')\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "print(' '.join(sorted(m for m in new if m not in sys.stdlib_module_names and not m.startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    # cython_runtime comes with PyYAML's optional C speed-up; PyYAML falls back to pure Python without it.
    assert set(out) <= {"orderlab", "yaml", "cython_runtime", "snowballstemmer"}, out


def test_the_stemmer_is_pure_python():
    """snowballstemmer ships no compiled code, so micropip can install it in Pyodide."""
    import snowballstemmer

    folder = Path(snowballstemmer.__file__).parent
    compiled = [p.name for p in folder.rglob("*") if p.suffix in (".so", ".pyd", ".dll", ".dylib")]
    assert not compiled and len(list(folder.glob("*.py"))) > 10


def _imported(path: Path) -> set[str]:
    """Every module a source file imports, anywhere in it (inside functions too), as an absolute name."""
    package = ".".join(("orderlab", *path.relative_to(SRC).parent.parts))
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            module = f"{base}.{node.module}" if node.level and node.module else (node.module or base)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _sources(where: str) -> list[Path]:
    if where == "engine":
        return [p for p in SRC.rglob("*.py") if p.relative_to(SRC).parts[0] not in LAYERS]
    return sorted((SRC / where).rglob("*.py"))


def _offenders(where: str, banned: tuple[str, ...]) -> dict[str, list[str]]:
    out = {}
    for path in _sources(where):
        bad = sorted(m for m in _imported(path) if m.split(".")[0] in banned or m.startswith(
            tuple(f"{b}." for b in banned)) or m in banned)
        if bad:
            out[str(path.relative_to(SRC))] = bad
    return out


def test_the_import_reader_sees_relative_imports():
    """The check below can fail: it reads ui/progress_view.py's relative import of the presentation."""
    assert "orderlab.present.charts" in _imported(SRC / "ui" / "progress_view.py")
    assert "orderlab.panel" in _imported(SRC / "present" / "panel.py")


def test_no_engine_source_imports_present_or_ui():
    """No engine module imports orderlab.present or orderlab.ui, not even inside a function."""
    assert _offenders("engine", ("orderlab.present", "orderlab.ui")) == {}


def test_no_present_source_imports_ui_or_widgets():
    """No module of orderlab.present imports orderlab.ui, ipywidgets, IPython, anywidget or matplotlib."""
    assert _offenders("present", ("orderlab.ui", *UI_ONLY)) == {}


def test_importing_the_engine_loads_neither_present_nor_ui():
    """Importing every engine module in a fresh interpreter loads nothing from orderlab.present or orderlab.ui."""
    assert loaded(ENGINE, ("orderlab.present", "orderlab.ui")) == []


def test_importing_present_loads_no_widgets():
    """Importing every presentation module loads neither orderlab.ui nor a widget or plotting library."""
    assert loaded(PRESENT, ("orderlab.ui", *UI_ONLY)) == []


def test_the_import_check_can_fail():
    """The checks above can fail: importing the UI loads the presentation and ipywidgets."""
    found = loaded(["orderlab.ui.progress_view"], ("orderlab.present", "ipywidgets"))
    assert "orderlab.present.charts" in found and "ipywidgets" in found


def _named_in_calls(source: str) -> set[str]:
    """Every text constant a source passes to a call, e.g. ``import_module("orderlab.present.panel")``."""
    return {arg.value for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)
            for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}


_BY_NAME = ("orderlab.present", "orderlab.ui", ".present", ".ui", "..present", "..ui")


def _looks_up_by_name(source: str) -> list[str]:
    return sorted(v for v in _named_in_calls(source) if v in _BY_NAME or v.startswith(tuple(f"{n}." for n in _BY_NAME)))


def test_the_late_lookup_reader_can_fail():
    """The check below can fail: it sees the late lookup panel.py once made, and the relative form."""
    code = 'from importlib import import_module\ndef r():\n    return import_module("orderlab.present.panel")\n'
    assert _looks_up_by_name(code) == ["orderlab.present.panel"]
    assert _looks_up_by_name('import_module(".ui.render", "orderlab")') == [".ui.render"]


def test_the_package_loads_lazily_from_the_engine_only():
    """``orderlab``'s lazy attributes (``_WHERE``) all come from engine modules."""
    assert all(f"orderlab.{module}" in ENGINE for module, _ in orderlab._WHERE.values())


def test_no_engine_source_looks_up_present_or_ui_by_name():
    """No engine module names orderlab.present or orderlab.ui to import_module: not even a late lookup."""
    found = {str(p.relative_to(SRC)): bad for p in _sources("engine")
             if (bad := _looks_up_by_name(p.read_text(encoding="utf-8")))}
    assert found == {}


def test_a_panel_is_data_and_presentation_shows_it():
    """An engine panel has no display method, even once presentation is loaded; orderlab.present.show draws it."""
    code = (
        "import sys\n"
        "from orderlab.exercise import show_story\n"
        "panel = show_story('sv')\n"
        "before = 'orderlab.present' in sys.modules\n"
        "from orderlab.present import show\n"
        "print(before, hasattr(panel, '_repr_html_'), show.show_story('sv')._repr_html_().startswith('<div'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True"]
