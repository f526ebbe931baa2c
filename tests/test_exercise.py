"""orderlab.exercise: the checks behind the exercise notebooks, in both languages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest

from orderlab import score_question
from orderlab.exercise import (
    STRINGS,
    CheckResult,
    check_open_rewrites,
    check_pitch,
    closed_questions,
    example_questions,
    is_unfinished,
    show_scores,
    try_question,
)

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("sv", "en")
NOT_YET = {"sv": "Inte klart än", "en": "Not yet"}
CHECKS: dict[str, Callable[..., CheckResult]] = {"answers": check_open_rewrites, "pitch": check_pitch}

OPEN = {
    "sv": ["Vad vill du uppnå med broschyren?", "Berätta om familjerna som ska få broschyren.",
           "Vad styr tidplanen för broschyren?", "Hur tänker du kring formen – vad ska den klara av?"],
    "en": ["What do you want the brochure to achieve?", "Tell me about the families who will get the brochure.",
           "What is behind the deadline for the brochure?",
           "How are you thinking about the form: what does the brochure need to do?"],
}
PITCH = {
    "sv": ("Hej Annika! Nu är broschyrerna levererade, precis som du beställde. Syftet var att fler familjer "
           "ska komma på introduktionsmötet, så att barnen får en trygg start. Förra året kom 31 av 58 familjer. "
           "Till nästa gång föreslår jag att vi provar en kort film på fem språk som skickas med sms. "
           "Vad tror du? Ta gärna en fika med mig så pratar vi om det."),
    "en": ("Hi Annika! The brochures are delivered, just as you ordered. The purpose was to get more families to "
           "the introduction meeting, so that the children get a safe start. Last year 31 of 58 families came. "
           "For the next order I suggest that we try a short film in five languages, sent by text message. "
           "What do you think? I would be glad to have a coffee and talk it over."),
}
BLAME = {
    "sv": PITCH["sv"] + " Broschyren var ärligt talat slöseri med pengar och det borde ha varit en film.",
    "en": PITCH["en"] + " Frankly the brochure was a waste of money, and you should have ordered a film.",
}
SCRIPT = "<script>alert(1)</script>"


def answer_cells(path: Path) -> dict[str, object]:
    """Run a notebook's cells tagged ``answer`` and return what they assign."""
    names: dict[str, object] = {}
    for cell in nbformat.read(path, as_version=4).cells:
        if "answer" in cell.get("metadata", {}).get("tags", []):
            exec(cell.source, {}, names)
    return names


def notebooks(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.ipynb"))


# --- Unfinished answers: "not yet", never an exception ---

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("placeholder", [..., "", "   ", "\n\t"])
def test_placeholders_are_not_yet(lang: str, placeholder: object):
    """Ellipsis, empty and blank answers give a friendly 'not yet', not a pass or an error."""
    result = check_open_rewrites([placeholder] * len(closed_questions(lang)), lang=lang)
    assert not result.finished and not result.passed
    assert result.verdict.startswith(NOT_YET[lang])
    assert all(item.status == "todo" for item in result.items)


@pytest.mark.parametrize("lang", LANGS)
def test_missing_answers_are_not_yet(lang: str):
    """A list shorter than the number of closed questions is not finished."""
    result = check_open_rewrites(OPEN[lang][:2], lang=lang)
    assert not result.finished and not result.passed
    assert [item.status for item in result.items] == ["ok", "ok", "todo", "todo"]


@pytest.mark.parametrize("lang", LANGS)
def test_partly_written_answers_get_feedback_and_not_yet(lang: str):
    """Written answers are scored even while others are still placeholders."""
    result = check_open_rewrites([OPEN[lang][0], ..., "", OPEN[lang][3]], lang=lang)
    assert not result.finished
    assert result.items[0].status == "ok" and result.items[0].lines
    assert result.items[1].status == "todo"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("broken", [None, 42, "Vad vill du?", {"a": 1}])
def test_answers_that_are_not_a_list_are_not_yet(lang: str, broken: object):
    """A broken answer cell (a string, None, a number) gets a hint, not an exception."""
    result = check_open_rewrites(broken, lang=lang)
    assert not result.finished and not result.passed
    assert result.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_items_that_are_not_text_are_not_yet(lang: str):
    """A number or None in the list is reported as unfinished."""
    result = check_open_rewrites([1, None, *OPEN[lang][2:]], lang=lang)
    assert not result.finished
    assert [item.status for item in result.items][:2] == ["todo", "todo"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("placeholder", [..., "", "  \n ", "!!!", None])
def test_unfinished_pitch_is_not_yet(lang: str, placeholder: object):
    """An empty, blank or wordless pitch gives 'not yet'."""
    result = check_pitch(placeholder, lang=lang)
    assert not result.finished and not result.passed
    assert result.verdict.startswith(NOT_YET[lang])


def test_is_unfinished():
    """The placeholders are Ellipsis and blank strings; any text counts as written."""
    assert is_unfinished(...) and is_unfinished("") and is_unfinished(" \n")
    assert not is_unfinished("x") and not is_unfinished(None)


# --- Finished answers: per-item feedback and a verdict ---

@pytest.mark.parametrize("lang", LANGS)
def test_open_rewrites_pass(lang: str):
    """Four open questions without traps pass, each with its reasons."""
    result = check_open_rewrites(OPEN[lang], lang=lang)
    assert result.finished and result.passed
    assert all(item.status == "ok" and len(item.lines) >= 2 for item in result.items)


@pytest.mark.parametrize("lang", LANGS)
def test_the_closed_questions_themselves_fail(lang: str):
    """Handing back the closed questions is finished but not passed."""
    result = check_open_rewrites(list(closed_questions(lang)), lang=lang)
    assert result.finished and not result.passed
    assert all(item.status == "fix" for item in result.items)


@pytest.mark.parametrize(("lang", "trap"), [
    ("sv", "Har du funderat på en film i stället?"),
    ("sv", "Vad tycker du om en film, eller hur?"),
    ("sv", "Vad vill du uppnå, och vem ska läsa den?"),
    ("en", "Have you thought about a film instead?"),
    ("en", "What do you think about a film, right?"),
    ("en", "What do you want to achieve, and who will read it?"),
])
def test_leading_solution_and_stacked_questions_fail(lang: str, trap: str):
    """An open question that leads, proposes a solution or stacks questions must be rewritten."""
    result = check_open_rewrites([trap, *OPEN[lang][1:]], lang=lang)
    assert result.finished and not result.passed
    assert result.items[0].status == "fix"


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_question_twice_fails(lang: str):
    """Writing one open question four times does not pass."""
    result = check_open_rewrites([OPEN[lang][0]] * 4, lang=lang)
    assert result.finished and not result.passed
    assert [item.status for item in result.items] == ["ok", "fix", "fix", "fix"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_strong_pitch_passes(lang: str):
    """A pitch meeting the criteria passes, with a score line and one line per criterion."""
    result = check_pitch(PITCH[lang], lang=lang)
    assert result.finished and result.passed
    assert len(result.items[0].lines) >= 7


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_pitch_fails(lang: str):
    """A one-line pitch is finished but not passed."""
    result = check_pitch({"sv": "Broschyren är klar.", "en": "The brochure is ready."}[lang], lang=lang)
    assert result.finished and not result.passed


@pytest.mark.parametrize("lang", LANGS)
def test_a_pitch_that_blames_fails(lang: str):
    """Blame fails the pitch even when the rest is in place."""
    result = check_pitch(BLAME[lang], lang=lang)
    assert result.finished and not result.passed


# --- Display ---

@pytest.mark.parametrize("lang", LANGS)
def test_learner_text_is_escaped_in_html(lang: str):
    """A <script> in an answer or a pitch is shown as text, never as markup."""
    for result in (check_open_rewrites([SCRIPT, *OPEN[lang][1:]], lang=lang),
                   check_pitch(SCRIPT + " " + PITCH[lang], lang=lang),
                   try_question(SCRIPT, lang=lang),
                   show_scores(score_question(SCRIPT, lang), lang=lang)):
        html = result._repr_html_()
        assert "<script" not in html
        assert "&lt;script&gt;" in html


@pytest.mark.parametrize("lang", LANGS)
def test_plain_text_matches_the_result(lang: str):
    """str() gives the title, the verdict and each item's reasons as plain text."""
    result = check_open_rewrites(OPEN[lang], lang=lang)
    text = str(result)
    assert text.startswith(result.title) and result.verdict in text
    assert all(line in text for item in result.items for line in item.lines)


@pytest.mark.parametrize("lang", LANGS)
def test_example_questions_are_scored_readably(lang: str):
    """The first notebook's three examples come out as closed, open, and proposing a solution."""
    scores = [score_question(q, lang) for q in example_questions(lang)]
    assert [s.form for s in scores] == ["closed", "open", "closed"]
    assert "solution" in scores[2].flags
    panel = show_scores(*scores, lang=lang)
    assert len(panel.items) == 3 and all(q in str(panel) for q in example_questions(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_try_question_waits_for_text(lang: str):
    """An empty own question says 'not yet'; a written one is scored."""
    assert try_question("", lang=lang).verdict.startswith(NOT_YET[lang])
    assert try_question(OPEN[lang][0], lang=lang).items


def test_unknown_language_is_refused():
    """A language the course does not have raises ValueError naming the choices."""
    with pytest.raises(ValueError, match="sv, en"):
        check_open_rewrites(OPEN["sv"], lang="de")


def test_both_languages_have_the_same_strings():
    """Every string exists in Swedish and English, with the same placeholders."""
    assert STRINGS["sv"].keys() == STRINGS["en"].keys()
    for key in STRINGS["sv"]:
        fields = [sorted(part.split("}")[0] for part in STRINGS[lang][key].split("{")[1:]) for lang in LANGS]
        assert fields[0] == fields[1], key


def test_the_engine_side_imports_no_widgets():
    """Importing orderlab.exercise pulls in neither ipywidgets nor IPython."""
    code = ("import sys, orderlab.exercise; "
            "bad = [m for m in ('ipywidgets', 'IPython') if m in sys.modules]; "
            "sys.exit(', '.join(bad) or None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


# --- The notebooks' answer cells ---

@pytest.mark.parametrize("path", notebooks("solutions"), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_solutions_pass(path: Path):
    """Every answer in every solution notebook passes its check."""
    names = answer_cells(path)
    assert names, "no answer cells"
    for name, value in names.items():
        result = CHECKS[name](value, lang=path.parent.name)
        assert result.passed, f"{name}:\n{result}"


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercises_are_not_yet(path: Path):
    """Every answer in every exercise notebook is an unfinished placeholder."""
    lang = path.parent.name
    names = answer_cells(path)
    assert names, "no answer cells"
    for name, value in names.items():
        result = CHECKS[name](value, lang=lang)
        assert not result.finished and result.verdict.startswith(NOT_YET[lang]), f"{name}:\n{result}"


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercise_text_lists_the_closed_questions(path: Path):
    """The questions the learner reads are the ones the check compares with."""
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    for question in closed_questions(path.parent.name):
        assert question in text
