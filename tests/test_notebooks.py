"""The course notebooks as files: clean, paired, parallel across languages, and free of logic.

Running them is nbval's job (``pytest --nbval-lax notebooks exercises solutions``); these tests
read them with nbformat and check what running cannot: that they are committed without
outputs, that exercises and solutions cannot drift, and that Swedish and English match.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("solutions_tool", ROOT / "tools" / "solutions.py")
solutions_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(solutions_tool)
# An assignment of a string (empty or not, in any quotes) or a list of them: text a learner would edit.
EDITABLE_TEXT = re.compile(r"""^\s*[A-Za-z_]\w*\s*=\s*(\[|[rbuf]?(\"|'))""")
FOLDERS = ("notebooks", "exercises", "solutions")
LANGS = ("sv", "en")
LANG_LINE = re.compile(r'^LANG = "(sv|en)"$')
IMPORT = re.compile(r"^\s*(from\s+(\S+)\s+import|import\s+(\S+))")
FORBIDDEN = re.compile(r"^\s*(async\s+)?(def|class)\s|\blambda\b|^\s*(for|while|with|try)\b", re.MULTILINE)


def all_notebooks() -> list[Path]:
    return sorted(p for folder in (*FOLDERS, "facilitator") for p in (ROOT / folder).rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in p.parts)


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def tags(cell: nbformat.NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def is_answer(cell: nbformat.NotebookNode) -> bool:
    return "answer" in tags(cell)


def numbered(folder: str, lang: str) -> dict[str, Path]:
    """The numbered notebooks of ``folder/lang`` by their number ("01")."""
    found: dict[str, Path] = {}
    for p in sorted((ROOT / folder / lang).glob("*.ipynb")):
        number = p.name.split("-", 1)[0]
        assert number.isdigit(), f"{rel(p)}: name should start with a number, like 01-"
        assert number not in found, f"{rel(p)} and {rel(found[number])} share the number {number}"
        found[number] = p
    return found


def language_pairs() -> list[tuple[Path, Path]]:
    return [(sv, numbered(folder, "en")[n]) for folder in FOLDERS
            for n, sv in numbered(folder, "sv").items() if n in numbered(folder, "en")]


NOTEBOOKS = all_notebooks()
EXERCISES = sorted((ROOT / "exercises").rglob("*.ipynb"))


def test_the_course_has_notebooks_in_every_folder():
    """Each of notebooks/, exercises/ and solutions/ holds notebooks in both languages."""
    for folder in FOLDERS:
        for lang in LANGS:
            assert numbered(folder, lang), f"{folder}/{lang}/ has no notebooks"


def test_the_voila_app_notebook_exists():
    """notebooks/roleplay.ipynb, the page Voila serves, calls the app and nothing else."""
    cells = read(ROOT / "notebooks" / "roleplay.ipynb").cells
    assert [c.cell_type for c in cells] == ["code"]
    assert "from orderlab.ui import app" in cells[0].source and "app()" in cells[0].source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_committed_without_outputs(path: Path):
    """No code cell carries outputs or an execution count."""
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{rel(path)} cell {i} has outputs: clear them before committing"
            assert cell.execution_count is None, f"{rel(path)} cell {i} has an execution count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_valid_notebook_format(path: Path):
    """Every notebook validates against the nbformat schema."""
    nbformat.validate(read(path))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_code_cells_only_call_the_package(path: Path):
    """Code cells import only orderlab and define no functions, classes, lambdas or loops."""
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        where = f"{rel(path)} cell {i}"
        assert not FORBIDDEN.search(cell.source), f"{where}: logic belongs in src/orderlab, not in a notebook"
        for line in cell.source.splitlines():
            m = IMPORT.match(line)
            if m:
                module = (m.group(2) or m.group(3)).split(".")[0]
                assert module == "orderlab", f"{where}: imports {module}; notebooks call the package only"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.parent.name in LANGS], ids=rel)
def test_language_cell_matches_folder(path: Path):
    """The notebooks in sv/ set LANG = "sv", those in en/ set LANG = "en"."""
    lines = [line for c in read(path).cells if c.cell_type == "code" for line in c.source.splitlines()]
    assert f'LANG = "{path.parent.name}"' in lines, f"{rel(path)} should set LANG = \"{path.parent.name}\""


@pytest.mark.parametrize("path", EXERCISES, ids=rel)
def test_exercise_has_a_solution(path: Path):
    """Every exercise has a solution at the same path under solutions/."""
    twin = ROOT / "solutions" / path.relative_to(ROOT / "exercises")
    assert twin.exists(), f"{rel(path)} has no solution at {rel(twin)}"


@pytest.mark.parametrize("path", sorted((ROOT / "solutions").rglob("*.ipynb")), ids=rel)
def test_solution_has_an_exercise(path: Path):
    """Every solution has an exercise at the same path under exercises/."""
    twin = ROOT / "exercises" / path.relative_to(ROOT / "solutions")
    assert twin.exists(), f"{rel(path)} has no exercise at {rel(twin)}"


@pytest.mark.parametrize("path", EXERCISES, ids=rel)
def test_exercise_and_solution_differ_only_in_answer_cells(path: Path):
    """Cell by cell, an exercise and its solution are identical except cells tagged answer."""
    twin = ROOT / "solutions" / path.relative_to(ROOT / "exercises")
    if not twin.exists():
        pytest.skip("no solution: reported by test_exercise_has_a_solution")
    ex, sol = read(path).cells, read(twin).cells
    assert len(ex) == len(sol), f"{rel(path)} has {len(ex)} cells, {rel(twin)} has {len(sol)}"
    for i, (a, b) in enumerate(zip(ex, sol, strict=True)):
        where = f"cell {i} of {rel(path)} and {rel(twin)}"
        assert a.cell_type == b.cell_type, f"{where}: different cell types"
        assert tags(a) == tags(b), f"{where}: different tags"
        if not is_answer(a):
            assert a.source == b.source, f"{where}: only cells tagged 'answer' may differ"


@pytest.mark.parametrize("path", EXERCISES, ids=rel)
def test_exercise_has_one_answer_cell_that_leaves_the_boxes_empty(path: Path):
    """An exercise has one cell tagged answer, ``model_answers = False``: its forms start empty."""
    answers = [c for c in read(path).cells if is_answer(c)]
    assert len(answers) == 1, f"{rel(path)} should have exactly one cell tagged 'answer'"
    assert answers[0].source.strip() == solutions_tool.EXERCISE_LINE, f"{rel(path)}: {answers[0].source!r}"


@pytest.mark.parametrize("pair", solutions_tool.pairs(ROOT), ids=lambda p: rel(p[0]))
def test_solution_is_the_exercise_with_model_answers(pair: tuple[Path, Path]):
    """Each solution file is exactly what tools/solutions.py writes from its exercise."""
    exercise, solution = pair
    assert solution.exists(), f"{rel(solution)} is missing: run python tools/solutions.py"
    assert solution.read_text(encoding="utf-8") == solutions_tool.render(exercise), (
        f"{rel(solution)} is out of date: run python tools/solutions.py")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_no_text_to_edit_in_code(path: Path):
    """No code cell holds text for a learner to edit: answers are typed into forms, never into code."""
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        for line in cell.source.splitlines():
            if LANG_LINE.match(line):
                continue
            assert not EDITABLE_TEXT.search(line), f"{rel(path)} cell {i}: {line!r} asks the learner to edit code"


def test_numbered_notebooks_exist_in_both_languages():
    """Every numbered notebook in sv/ has an English one with the same number, and back."""
    for folder in FOLDERS:
        sv, en = numbered(folder, "sv"), numbered(folder, "en")
        assert sorted(sv) == sorted(en), f"{folder}: Swedish {sorted(sv)} and English {sorted(en)} differ"


@pytest.mark.parametrize("pair", language_pairs(), ids=lambda p: rel(p[0]))
def test_swedish_and_english_run_the_same_code(pair: tuple[Path, Path]):
    """Same cell types in the same order; code cells identical except the LANG line and answers."""
    sv, en = (read(p).cells for p in pair)
    assert [c.cell_type for c in sv] == [c.cell_type for c in en], f"{rel(pair[0])}: cell types differ"
    for i, (a, b) in enumerate(zip(sv, en, strict=True)):
        where = f"cell {i} of {rel(pair[0])} and {rel(pair[1])}"
        assert tags(a) == tags(b), f"{where}: different tags"
        if a.cell_type != "code" or is_answer(a):
            continue
        strip = lambda s: [line for line in s.splitlines() if not LANG_LINE.match(line)]  # noqa: E731
        assert strip(a.source) == strip(b.source), f"{where}: code differs beyond the LANG line"
