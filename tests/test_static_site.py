"""The static site's contents, without building it: the exercises and solutions at the paths the course names."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from orderlab import static_site

ROOT = Path(__file__).resolve().parents[1]
# "exercises/sv/01-oppna-fragor.ipynb", "solutions/en/01-open-questions.ipynb", or a folder: "exercises/sv/"
NAMED = re.compile(r"\b((?:exercises|solutions)/(?:sv|en)/(?:[\w.-]+\.ipynb)?)")
# Where learners read these paths: the notebooks, the exercises, the README and the feedback's catalogues.
TEXTS = [*sorted(ROOT.glob("notebooks/*/*.ipynb")), *sorted(ROOT.glob("exercises/*/*.ipynb")), ROOT / "README.md",
         *sorted((ROOT / "src/orderlab/lang").glob("*.yaml"))]


def named_paths() -> set[str]:
    return {m for path in TEXTS for m in NAMED.findall(path.read_text(encoding="utf-8"))}


def test_every_exercise_and_solution_path_the_course_names_is_in_the_site_contents(tmp_path):
    """Each path the notebooks, exercises, README and catalogues send a learner to is in the folder the build
    hands JupyterLite, byte for byte the repository's file, and no name there clashes with the notebooks' folders."""
    named = named_paths()
    assert "exercises/sv/01-oppna-fragor.ipynb" in named and "solutions/en/01-open-questions.ipynb" in named
    beside = static_site.beside_contents(tmp_path / "beside")
    for path in sorted(named):
        if path.endswith("/"):
            assert (beside / path).is_dir(), path
        else:
            assert (beside / path).read_bytes() == (ROOT / path).read_bytes(), path
    # Every exercise and every solution, not only the named ones, and nothing else.
    wanted = sorted(p.relative_to(ROOT).as_posix() for name in ("exercises", "solutions")
                    for p in (ROOT / name).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    assert sorted(p.relative_to(beside).as_posix() for p in beside.rglob("*") if p.is_file()) == wanted
    notebook_tops = {p.name for c in static_site.CONTENTS for p in (ROOT / c).iterdir()}
    assert notebook_tops.isdisjoint(static_site.BESIDE)


def test_the_site_is_rebuilt_when_an_exercise_or_a_solution_changes(tmp_path):
    """The build is skipped when its fingerprint is unchanged: an edited exercise or solution must change it."""
    for name in ("exercises", "solutions"):
        shutil.copytree(ROOT / name, tmp_path / name)
    before = static_site.fingerprint(tmp_path)
    for name in ("exercises", "solutions"):
        notebook = next((tmp_path / name).glob("sv/*.ipynb"))
        original = notebook.read_bytes()
        notebook.write_bytes(original.replace(b"LANG", b"LANG ", 1))
        assert static_site.fingerprint(tmp_path) != before, name
        notebook.write_bytes(original)
    assert static_site.fingerprint(tmp_path) == before
