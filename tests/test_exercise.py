"""orderlab.exercise: the checks behind the exercise notebooks, in both languages."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest

from orderlab import get_scenario, score_question
from orderlab import lang as L
from orderlab.exercise import (
    EXAMPLE_CONFIRMATION,
    EXAMPLE_PITCHES,
    EXAMPLES,
    MIN_QUESTIONS,
    PLANS,
    TOPIC_GUIDE,
    WEAK_QUESTIONS,
    CheckResult,
    check_confirmation,
    check_delivery,
    check_open_rewrites,
    check_pitch,
    check_questions,
    closed_questions,
    compare_deliveries,
    compare_pitches,
    compare_plans,
    delivery_options,
    example_pitch,
    example_questions,
    is_unfinished,
    role_reversal,
    show_alternative,
    show_draft,
    show_evidence,
    show_examples,
    show_next_order,
    show_pitch_criteria,
    show_scores,
    show_story,
    show_topics,
    try_question,
)
from orderlab.present import show
from orderlab.present.panel import panel_html, panel_text
from orderlab.ui.answer_form import AnswerForm

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("sv", "en")
NOT_YET = {"sv": "Inte klart än", "en": "Not yet"}

OPEN = {
    "sv": ["Vad vill du uppnå med broschyren?", "Berätta om familjerna som ska få broschyren.",
           "Vad styr tidplanen för broschyren?", "Hur tänker du kring formen: vad ska den klara av?"],
    "en": ["What do you want the brochure to achieve?", "Tell me about the families who will get the brochure.",
           "What is behind the deadline for the brochure?",
           "How do you picture the format: what does the brochure need to do?"],
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
        html = panel_html(result)
        assert "<script" not in html
        assert "&lt;script&gt;" in html


@pytest.mark.parametrize("lang", LANGS)
def test_plain_text_matches_the_result(lang: str):
    """str() gives the title, the verdict and each item's reasons as plain text."""
    result = check_open_rewrites(OPEN[lang], lang=lang)
    text = panel_text(result)
    assert text.startswith(result.title) and result.verdict in text
    assert all(line in text for item in result.items for line in item.lines)


@pytest.mark.parametrize("lang", LANGS)
def test_example_questions_are_scored_readably(lang: str):
    """The first notebook's three examples come out as closed, open, and proposing a solution."""
    scores = [score_question(q, lang) for q in example_questions(lang)]
    assert [s.form for s in scores] == ["closed", "open", "closed"]
    assert "solution" in scores[2].flags
    panel = show_scores(*scores, lang=lang)
    assert len(panel.items) == 3 and all(q in panel_text(panel) for q in example_questions(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_try_question_waits_for_text(lang: str):
    """An empty own question says 'not yet'; a written one is scored."""
    assert try_question("", lang=lang).verdict.startswith(NOT_YET[lang])
    assert try_question(OPEN[lang][0], lang=lang).items


def test_unknown_language_is_refused():
    """A language the course does not have raises ValueError naming the choices."""
    with pytest.raises(ValueError, match="sv, en"):
        check_open_rewrites(OPEN["sv"], lang="de")


def test_the_engine_side_imports_no_widgets():
    """Importing orderlab.exercise pulls in neither ipywidgets nor IPython."""
    code = ("import sys, orderlab.exercise; "
            "bad = [m for m in ('ipywidgets', 'IPython') if m in sys.modules]; "
            "sys.exit(', '.join(bad) or None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


# --- The notebooks' answer forms ---

def forms_in(path: Path) -> list[AnswerForm]:
    """Run a notebook's code cells in order, as Jupyter does, and return the answer forms they show."""
    names: dict[str, object] = {}
    shown: list[AnswerForm] = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, str(path), "exec"), names)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), str(path), "eval"), names)
            if isinstance(value, AnswerForm):
                shown.append(value)
    return shown


@pytest.mark.parametrize("path", notebooks("solutions"), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_solutions_pass(path: Path):
    """Every form in every solution notebook starts filled in with answers that pass, and pass again on a click."""
    forms = forms_in(path)
    assert forms, "no answer forms"
    for form in forms:
        assert all(form.values()), f"{form.boxes}: not filled in"
        assert form.passed, "\n".join(map(str, form.results))
        form.button.click()
        assert form.passed, "\n".join(map(str, form.results))


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercises_are_not_yet(path: Path):
    """Every form in every exercise notebook starts empty, and a click on it says "not yet", never an error."""
    lang = path.parent.name
    forms = forms_in(path)
    assert forms, "no answer forms"
    for form in forms:
        assert not any(form.values()) and not form.results
        form.button.click()
        checked = [r for r in form.results if isinstance(r, CheckResult)]
        assert checked and not form.finished, "\n".join(map(str, form.results))
        assert all(r.verdict.startswith(NOT_YET[lang]) for r in checked), "\n".join(map(str, form.results))


@pytest.mark.parametrize("path", [p for p in notebooks("exercises") if "01-open-rewrites" in p.read_text()],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercise_text_lists_the_closed_questions(path: Path):
    """The questions the learner reads are the ones the check compares with, one box for each."""
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    for question in closed_questions(path.parent.name):
        assert question in text
    form = next(f for f in forms_in(path) if len(f.inputs) > 1)
    assert len(form.inputs) == len(closed_questions(path.parent.name))


# --- Notebook 02 and exercise 02: questions ---

# What each example label in notebook 02 promises: (form, flag that must be present or None).
PROMISED = {
    "ex_closed_yes_no": ("closed", None), "ex_closed_fact": ("closed", None), "ex_closed_choice": ("closed", None),
    "ex_open": ("open", None), "ex_open_invitation": ("open", None), "ex_follow_up": ("open", None),
    "ex_leading": (None, "leading"), "ex_solution": (None, "solution"), "ex_stacked": ("open", "stacked"),
    "ex_reflection": ("none", None),
}
TRAP_FLAGS = {"leading", "solution", "stacked", "not_a_question"}
PLAN = {
    "sv": ["Vad vill ni uppnå med surfplattorna?", "Berätta om personalen som ska använda dem.",
           "Hur märks det här för brukarna i slutändan?", "Hur kommer du att märka att det har blivit bra?",
           "Vad styr tidplanen?"],
    "en": ["What do you want to achieve with the tablets?", "Tell me about the staff who will use them.",
           "How will the residents notice this in the end?", "How will you notice that it has worked?",
           "What is behind the timing?"],
}
# English "the form" is also a form to fill in: the format question says "format".
FORM_QUESTION = {"sv": "Hur tänker du kring formen?", "en": "How do you picture the format?"}
SOLUTION = {"sv": "Har du funderat på mobiler i stället?", "en": "Have you thought about phones instead?"}
LEADING = {"sv": "Det är väl personalen som ska använda dem, eller hur?",
           "en": "It's the staff who will use them, isn't it?"}
STACKED = {"sv": "Vad styr tidplanen, och vem bestämmer?", "en": "What is behind the timing, and who decides?"}
CLOSED = {"sv": ["Hur många behöver ni?", "När ska de vara klara?", "Vilken modell vill ni ha?"],
          "en": ["How many do you need?", "When do they need to be ready?", "Which model do you want?"]}


def criterion(result: CheckResult, lang: str, key: str) -> str:
    """The status of one of the plan's four requirements, found by its label."""
    label = L.text(lang, f"exercises.crit_{key}_label")
    return next(item.status for item in result.items if item.label == label)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_examples_are_scored_as_their_labels_say(lang: str, kind: str):
    """Every example in notebook 02 gets the form and flag its label promises."""
    keywords = {t: f.keywords[lang] for t, f in get_scenario("school-brochure").facts.items()}
    for label, texts in EXAMPLES[kind]:
        score = score_question(texts[lang], lang, keywords)
        form, flag = PROMISED[label]
        if form:
            assert score.form == form, (label, texts[lang], score)
        if flag:
            assert flag in score.flags, (label, texts[lang], score)
        else:
            assert not TRAP_FLAGS & set(score.flags), (label, texts[lang], score)
        if label == "ex_reflection":
            assert score.reflection


NOTEBOOK_02 = {"sv": ROOT / "notebooks/sv/02-fragor.ipynb", "en": ROOT / "notebooks/en/02-questions.ipynb"}


@pytest.mark.parametrize("lang", LANGS)
def test_each_examples_panel_is_titled_as_its_section(lang: str):
    """The panel of examples says what the heading above it says ("Sammanfatta och följ upp" under
    "## Sammanfatta och följ upp", not "Sammanfatta och följa upp")."""
    heading, shown = "", {}
    for cell in nbformat.read(NOTEBOOK_02[lang], as_version=4).cells:
        if cell.cell_type == "markdown" and cell.source.startswith("## "):
            heading = cell.source.splitlines()[0][3:].strip()
        for kind in EXAMPLES:
            if cell.cell_type == "code" and f'show_examples("{kind}"' in cell.source:
                shown[kind] = heading
    assert set(shown) == set(EXAMPLES)
    assert {kind: show_examples(kind, lang).title for kind in EXAMPLES} == shown


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", list(TOPIC_GUIDE))
def test_topic_examples_are_open_and_on_topic(lang: str, topic: str):
    """Each of the ten topics' example questions is open, free of traps, and about its topic."""
    score = score_question(TOPIC_GUIDE[topic][lang][1], lang)
    assert score.form == "open" and not set(score.flags), score
    assert topic in score.topics, score


@pytest.mark.parametrize("lang", LANGS)
def test_a_consultative_plan_passes(lang: str):
    """Open questions, purpose first, five topics and no traps pass, with each requirement met."""
    result = check_questions(PLAN[lang], lang=lang)
    assert result.finished and result.passed, str(result)
    assert all(criterion(result, lang, k) == "good" for k in ("open", "purpose", "topics", "restraint"))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("placeholder", [..., "", "  "])
def test_an_unwritten_plan_is_not_yet(lang: str, placeholder: object):
    """Six placeholders give 'not yet' and one waiting item per question."""
    result = check_questions([placeholder] * 6, lang=lang)
    assert not result.finished and not result.passed
    assert result.verdict.startswith(NOT_YET[lang])
    assert [item.status for item in result.items] == ["todo"] * 6


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_plan_is_not_yet(lang: str):
    """Fewer questions than the minimum are not finished, however good they are."""
    result = check_questions(PLAN[lang][:3], lang=lang)
    assert not result.finished and result.verdict.startswith(NOT_YET[lang])
    assert len(result.items) == MIN_QUESTIONS


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("broken", [None, 42, "Vad vill du uppnå?"])
def test_a_plan_that_is_not_a_list_is_not_yet(lang: str, broken: object):
    """A broken answer cell gets a hint, not an exception."""
    result = check_questions(broken, lang=lang)
    assert not result.finished and result.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_a_plan_without_the_purpose_fails(lang: str):
    """Without a question about the purpose, purpose-before-form is not met."""
    result = check_questions([*PLAN[lang][1:], FORM_QUESTION[lang]], lang=lang)
    assert result.finished and not result.passed
    assert criterion(result, lang, "purpose") == "poor"


@pytest.mark.parametrize("lang", LANGS)
def test_the_form_before_the_purpose_fails(lang: str):
    """Asking about the form before the purpose does not pass."""
    result = check_questions([FORM_QUESTION[lang], *PLAN[lang]], lang=lang)
    assert not result.passed and criterion(result, lang, "purpose") == "poor"


@pytest.mark.parametrize("lang", LANGS)
def test_mostly_closed_questions_fail(lang: str):
    """Three closed questions out of five bring the open share below the aim."""
    result = check_questions([*PLAN[lang][:2], *CLOSED[lang]], lang=lang)
    assert not result.passed and criterion(result, lang, "open") == "poor"


@pytest.mark.parametrize("lang", LANGS)
def test_too_few_topics_fail(lang: str):
    """Five open questions about the purpose alone cover too few topics."""
    purpose = {"sv": ["Vad vill ni uppnå?", "Varför är det viktigt?", "Vad ska det leda till?",
                      "Berätta om syftet.", "Vad är det viktigaste ni vill uppnå?"],
               "en": ["What do you want to achieve?", "Why is that important?", "What should it lead to?",
                      "Tell me about the purpose.", "What is the most important thing you want to achieve?"]}
    result = check_questions(purpose[lang], lang=lang)
    assert not result.passed and criterion(result, lang, "topics") == "poor"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("trap", [SOLUTION, LEADING])
def test_solutions_and_leading_questions_fail(lang: str, trap: dict[str, str]):
    """One question that pushes a solution or leads fails the restraint requirement and is marked."""
    result = check_questions([*PLAN[lang], trap[lang]], lang=lang)
    assert not result.passed and criterion(result, lang, "restraint") == "poor"
    assert result.items[-1].status == "fix"


@pytest.mark.parametrize("lang", LANGS)
def test_a_stacked_question_must_be_rewritten(lang: str):
    """A stacked question fails the plan even when the four requirements are met."""
    result = check_questions([*PLAN[lang], STACKED[lang]], lang=lang)
    assert result.finished and not result.passed
    assert result.items[-1].status == "fix"
    assert result.verdict == L.text(lang, "exercises.questions_fix_items", n=1)


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_question_twice_fails_the_plan(lang: str):
    """A repeated question is marked for rewriting."""
    result = check_questions([*PLAN[lang], PLAN[lang][0]], lang=lang)
    assert not result.passed and result.items[-1].status == "fix"


@pytest.mark.parametrize("lang", LANGS)
def test_closed_questions_are_allowed_now_and_then(lang: str):
    """One closed question among open ones is shown as information and the plan still passes."""
    result = check_questions([*PLAN[lang], CLOSED[lang][0]], lang=lang)
    assert result.passed, str(result)
    assert result.items[-1].status == "info"


@pytest.mark.parametrize("lang", LANGS)
def test_the_strong_plan_beats_the_weak_one(lang: str):
    """Notebook 02's consultative questions pass the plan check and outscore the colleague's."""
    assert check_questions(list(PLANS["strong"][lang]), lang=lang, scenario="school-brochure").passed
    assert not check_questions(list(PLANS["weak"][lang]), lang=lang, scenario="school-brochure").passed
    panel = compare_plans(lang)
    assert [item.status for item in panel.items] == ["poor", "good"]


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_02_panels(lang: str):
    """The story shows the opening order; the topics panel has all ten topics."""
    scenario = get_scenario("school-brochure")
    assert show_story(lang).items[-1].quote == scenario.opening[lang]
    assert len(show_topics(lang).items) == 10
    with pytest.raises(ValueError, match="open_closed"):
        show_examples("nonsense", lang)


# --- Notebook 03 and exercise 03: confirming and delivering ---

@pytest.mark.parametrize("lang", LANGS)
def test_a_complete_confirmation_passes(lang: str):
    """A confirmation with what, who, when, why and the target passes, and Annika says so."""
    result = check_confirmation(EXAMPLE_CONFIRMATION[lang], lang=lang)
    assert result.finished and result.passed
    assert result.items[-1].quote == get_scenario("school-brochure").confirm_ok[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_a_thin_confirmation_gets_corrected(lang: str):
    """A confirmation without the purpose fails; the missing points are marked and Annika corrects it."""
    thin = {"sv": "En tryckt broschyr, klar till besöksdagen.", "en": "A printed brochure, ready for the visit day."}
    result = check_confirmation(thin[lang], lang=lang)
    assert result.finished and not result.passed
    statuses = {item.label: item.status for item in result.items[:-1]}
    assert statuses[{"sv": "Syfte", "en": "Purpose"}[lang]] == "poor"
    assert statuses[{"sv": "Vad", "en": "What"}[lang]] == "good"
    assert result.items[-1].quote


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("placeholder", [..., "", "\n\n", "!!!", None])
def test_an_unwritten_confirmation_is_not_yet(lang: str, placeholder: object):
    """Empty, blank, wordless or non-text confirmations give 'not yet'."""
    result = check_confirmation(placeholder, lang=lang)
    assert not result.finished and result.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("choice", "passed"), [("A", True), (" a. ", True), ("B", False), ("c", False)])
def test_the_delivery_choice(lang: str, choice: str, passed: bool):
    """A, as ordered, passes; B (the alternative) and C (an unasked change) are finished but fail."""
    result = check_delivery(choice, lang=lang)
    assert result.finished and result.passed is passed
    assert result.items[0].lines


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("choice", [..., "", "D", "film", None, 1])
def test_an_unknown_delivery_choice_is_not_yet(lang: str, choice: object):
    """Anything but A, B or C gives 'not yet' with a hint."""
    result = check_delivery(choice, lang=lang)
    assert not result.finished and result.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_session_judges_the_ordered_delivery_best(lang: str):
    """Through Session.deliver, as ordered scores highest, the alternative lowest."""
    panel = compare_deliveries(lang)
    assert [item.status for item in panel.items] == ["good", "poor", "poor"]
    scores = [int(next(w for w in item.lines[1].split() if w.isdigit())) for item in panel.items]
    assert scores[0] == 100 and scores[0] > scores[2] > scores[1]
    assert len(delivery_options(lang).items) == 3


@pytest.mark.parametrize("lang", LANGS)
def test_the_alternative_panel_shows_the_push_back(lang: str):
    """The temptation panel ends with what the requester says when you push your idea."""
    assert show_alternative(lang).items[-1].quote == get_scenario("school-brochure").pushback[lang]


# --- Notebook 04 and exercise 04: the pitch and the next order ---

@pytest.mark.parametrize("lang", LANGS)
def test_example_pitches_land_where_notebook_04_says(lang: str):
    """The lecture blames and the thank-you is thin: both weak; the third pitch passes and is strong."""
    assert check_pitch(example_pitch("lecture", lang), lang=lang).passed is False
    assert check_pitch(example_pitch("thin", lang), lang=lang).passed is False
    assert check_pitch(example_pitch("strong", lang), lang=lang).passed
    assert [item.status for item in compare_pitches(lang).items] == ["poor", "poor", "good"]
    assert show_draft(lang).items[0].status == "poor"
    with pytest.raises(ValueError, match="lecture"):
        example_pitch("nonsense", lang)


@pytest.mark.parametrize("lang", LANGS)
def test_a_strong_pitch_changes_the_next_order(lang: str):
    """After a strong pitch the next order is the scenario's strong one."""
    panel = show_next_order(PITCH[lang], lang=lang)
    order = get_scenario("school-brochure").next_order["strong"].order[lang]
    assert any(order in line for line in panel.items[0].lines)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("placeholder", [..., "", "   ", "?!", None])
def test_the_next_order_waits_for_a_pitch(lang: str, placeholder: object):
    """No pitch yet: the next-order panel says 'not yet' instead of failing."""
    panel = show_next_order(placeholder, lang=lang)
    assert not panel.items and panel.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_04_panels(lang: str):
    """The criteria panel lists six criteria, blame and length; the evidence panel every fact."""
    assert len(show_pitch_criteria(lang).items) == 8
    assert len(show_evidence(lang).items) == len(get_scenario("school-brochure").evidence)
    assert set(EXAMPLE_PITCHES) == {"lecture", "thin", "strong"}


# --- Display of the new panels ---

@pytest.mark.parametrize("lang", LANGS)
def test_new_panels_escape_learner_text(lang: str):
    """A <script> in a plan is shown as text; in a confirmation or a pitch it never becomes markup."""
    plan = panel_html(check_questions([SCRIPT, *PLAN[lang]], lang=lang))
    assert "<script" not in plan and "&lt;script&gt;" in plan
    for result in (check_confirmation(SCRIPT + " " + EXAMPLE_CONFIRMATION[lang], lang=lang),
                   show_next_order(SCRIPT + " " + PITCH[lang], lang=lang)):
        assert "<script" not in panel_html(result)


@pytest.mark.parametrize("helper", [show_story, show_topics, compare_plans, show_alternative, delivery_options,
                                    compare_deliveries, show_pitch_criteria, show_evidence, compare_pitches,
                                    show_draft])
def test_display_helpers_match_across_languages(helper: Callable):
    """Every display helper gives the same number of items in Swedish and English, with text in each; the
    notebooks' version of it (``orderlab.present.show``) displays exactly what the renderer draws of it."""
    sv, en = helper("sv"), helper("en")
    assert len(sv.items) == len(en.items) > 0
    assert panel_text(sv) != panel_text(en) and panel_html(sv).startswith("<div")
    shown = getattr(show, helper.__name__)("sv")
    assert shown.panel == sv and shown._repr_html_() == panel_html(sv) and str(shown) == panel_text(sv)


# --- Notebook 02, stretch: role reversal ---

@pytest.mark.parametrize("lang", LANGS)
def test_the_weak_questions_are_weak(lang: str):
    """The colleague's questions in the role reversal are all closed, and include a leading and a solution one."""
    scores = [score_question(q, lang) for q in WEAK_QUESTIONS[lang]]
    assert all(s.form == "closed" for s in scores)
    assert any("leading" in s.flags for s in scores) and any("solution" in s.flags for s in scores)
    assert not any("purpose" in s.topics for s in scores)


@pytest.mark.parametrize("lang", LANGS)
def test_role_reversal_shows_what_was_never_said(lang: str):
    """The learner's order and purpose come back quoted and escaped, beside the weak questions."""
    panel = role_reversal("Ett bokningssystem", SCRIPT, lang=lang)
    assert panel.items[0].quote == "Ett bokningssystem" and panel.items[2].quote == SCRIPT
    assert len(panel.items[1].lines) == len(WEAK_QUESTIONS[lang])
    html = panel_html(panel)
    assert "<script" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("order", "purpose"), [("", ""), ("Datorer", ""), ("", "Så att"), (None, "x")])
def test_role_reversal_waits_for_both_answers(lang: str, order: object, purpose: object):
    """Until both the order and the purpose are written, the panel says 'not yet'."""
    panel = role_reversal(order, purpose, lang=lang)
    assert not panel.items and panel.verdict.startswith(NOT_YET[lang])


@pytest.mark.parametrize("path", [p for p in notebooks("exercises") if p.name.startswith("02-")],
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_exercise_02_names_its_scenario_as_the_role_play_does(path: Path):
    """Exercise 02 sends learners to Lena's scenario in notebook 05 by the title its picker shows."""
    text = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")
    assert f"*{get_scenario('care-tablets').title[path.parent.name]}*" in text
