"""The engine never imports the widget layer: ipywidgets and IPython stay out of it."""

import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import orderlab

SRC = Path(orderlab.__file__).parent
ENGINE = [
    *sorted(f"orderlab.{m.name}" for m in pkgutil.iter_modules([str(SRC)]) if m.name != "ui"),
    "orderlab.understanding.lang",
]
UI_ONLY = ("ipywidgets", "IPython")


def test_engine_modules_found():
    """The list of engine modules is not empty and leaves out the UI package."""
    assert "orderlab.questions" in ENGINE and "orderlab.cli" in ENGINE
    assert not any(m.startswith("orderlab.ui") for m in ENGINE)


@pytest.mark.parametrize("module", ["orderlab", *ENGINE])
def test_engine_module_imports_no_widgets(module):
    """Importing an engine module in a fresh interpreter loads neither ipywidgets nor IPython."""
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {UI_ONLY!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_whole_engine_imports_no_widgets():
    """Importing every engine module together loads neither ipywidgets nor IPython."""
    code = (
        "import importlib, sys\n"
        f"for m in {ENGINE!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {UI_ONLY!r}]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


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
