"""The course agrees with itself: every example question the text quotes is scored the way the text says.

The notebooks, exercises, solutions and facilitator guides mark each claim with an HTML comment next
to it (invisible when rendered), for example::

    <!-- example: "När ska den vara klar?" lang=sv form=closed topics=deadline -->

Keys: form, topics (``-`` for none), flags, noflags (flags the text says it does not have) and act.
Quoted questions that are not examples of anything are marked ``<!-- not-an-example: "..." -->``,
and every quoted question must be one or the other, so a new example cannot slip in unmarked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orderlab import scenario as S
from orderlab.questions import score_question
from orderlab.understanding import Context

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "notebooks").glob("[se][vn]/*.ipynb")), *sorted((ROOT / "exercises").glob("*/*.ipynb")),
           *sorted((ROOT / "solutions").glob("*/*.ipynb")), ROOT / "docs" / "facilitator-guide.md",
           ROOT / "docs" / "facilitator-guide.sv.md"]
EXAMPLE = re.compile(r'<!--\s*example:\s*"(?P<text>[^"]+)"(?P<keys>[^>]*)-->')
NOT_EXAMPLE = re.compile(r'<!--\s*not-an-example:\s*"(?P<text>[^"]+)"\s*-->')
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A quoted question: Swedish ”...?”, English “...?” or plain "...?" (at most 200 characters).
QUOTED = re.compile(r'[”“"]([^”“"\n]{1,200}?\?)[”"]')


def markdown(path: Path) -> list[str]:
    """The markdown of a notebook (one string per markdown cell) or of a markdown file."""
    if path.suffix == ".md":
        return [path.read_text(encoding="utf-8")]
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def examples() -> list[tuple[str, str, str, dict[str, str]]]:
    out = []
    for path in SOURCES:
        for cell in markdown(path):
            for m in EXAMPLE.finditer(cell):
                keys = dict(k.split("=", 1) for k in m.group("keys").split())
                out.append((path.relative_to(ROOT).as_posix(), m.group("text"), keys.pop("lang"), keys))
    return out


EXAMPLES = examples()


def test_the_course_marks_its_examples():
    """The markup is there: both languages' notebooks and guides carry examples."""
    langs = {lang for _, _, lang, _ in EXAMPLES}
    files = {f for f, *_ in EXAMPLES}
    assert langs == {"sv", "en"} and len(EXAMPLES) >= 40
    assert any(f.startswith("notebooks/sv") for f in files) and any(f.startswith("docs/") for f in files)


@pytest.mark.parametrize(("source", "text", "lang", "claims"), EXAMPLES,
                         ids=[f"{f}:{t}" for f, t, _, _ in EXAMPLES])
def test_every_example_is_scored_as_the_text_says(source, text, lang, claims):
    """What the course says about an example question is what the scorer finds.

    A follow-up follows something: it is asked after Annika's purpose answer, as the notebooks tell it.
    """
    context = None
    if claims.get("act") == "follow_up":
        said = S.get("school-brochure").facts["purpose"].items[1].full[lang]  # "... en trygg start ..."
        context = Context(last_topic="purpose", last_reply=said)
    score = score_question(text, lang, context=context)
    if "form" in claims:
        assert score.form == claims["form"], (score.form, score.feedback)
    if "topics" in claims:
        expected = set() if claims["topics"] == "-" else set(claims["topics"].split(","))
        assert expected <= set(score.topics) if expected else not score.topics, score.topics
    for flag in filter(None, claims.get("flags", "").split(",")):
        assert flag in score.flags, score.flags
    for flag in filter(None, claims.get("noflags", "").split(",")):
        assert flag not in score.flags, score.flags
    if "act" in claims:
        assert score.act == claims["act"], score.act


@pytest.mark.parametrize("path", SOURCES, ids=[p.relative_to(ROOT).as_posix() for p in SOURCES])
def test_every_quoted_question_is_marked(path):
    """Each question quoted in the text is marked as an example (with its claims) or as not one."""
    for cell in markdown(path):
        marked = {_flat(m.group("text")) for m in (*EXAMPLE.finditer(cell), *NOT_EXAMPLE.finditer(cell))}
        visible = COMMENT.sub(" ", cell)
        for m in QUOTED.finditer(visible):
            quoted = _flat(m.group(1))
            assert quoted in marked, f"{path.name}: the quoted question {quoted!r} is not marked up"


def test_the_markup_finds_a_planted_unmarked_question(tmp_path):
    """The completeness check can fail: a quoted question without a mark is found."""
    cell = 'Fråga till exempel ”Vem ska läsa den?” innan du frågar om formen.'
    marked = {_flat(m.group("text")) for m in EXAMPLE.finditer(cell)}
    assert [q for q in (_flat(m.group(1)) for m in QUOTED.finditer(cell)) if q not in marked] == ["Vem ska läsa den?"]
