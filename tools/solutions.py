"""Write solutions/ from exercises/: each solution is its exercise with the model answers filled in.

An exercise notebook has one cell tagged ``answer`` that says ``model_answers = False``; its
solution says ``model_answers = True``, and every answer form then starts filled in from
``src/orderlab/content/model-answers.yaml``. Nothing else differs, so the two cannot drift:
``tests/test_notebooks.py`` checks that every solution is exactly what this script writes.

    python tools/solutions.py          # rewrite solutions/
    python tools/solutions.py --check  # exit 1 and name the files that are out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
EXERCISE_LINE = "model_answers = False"
SOLUTION_LINE = "model_answers = True"


def solution_of(exercise: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The solution notebook of ``exercise``: its answer cell switched to the model answers."""
    solution = nbformat.from_dict(exercise)
    answers = [c for c in solution.cells if "answer" in c.get("metadata", {}).get("tags", [])]
    if len(answers) != 1 or answers[0].source.strip() != EXERCISE_LINE:
        raise ValueError(f"an exercise needs exactly one cell tagged 'answer' that says {EXERCISE_LINE!r}")
    answers[0].source = SOLUTION_LINE
    return solution


def pairs(root: Path = ROOT) -> list[tuple[Path, Path]]:
    """Every exercise notebook and the path of its solution."""
    return [(p, root / "solutions" / p.relative_to(root / "exercises"))
            for p in sorted((root / "exercises").rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts]


def render(exercise: Path) -> str:
    """The text of the solution file for ``exercise``, as nbformat writes it."""
    return nbformat.writes(solution_of(nbformat.read(exercise, as_version=4))) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report solutions that are out of date")
    args = parser.parse_args(argv)
    stale = []
    for exercise, solution in pairs():
        text = render(exercise)
        if solution.exists() and solution.read_text(encoding="utf-8") == text:
            continue
        stale.append(solution)
        if not args.check:
            solution.parent.mkdir(parents=True, exist_ok=True)
            solution.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{path.relative_to(ROOT)}: {'out of date' if args.check else 'written'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
