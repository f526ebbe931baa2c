"""orderlab.ui.answer_form: the boxes and buttons that replace code editing, driven without a browser."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from orderlab import lang as L
from orderlab import learner_text, model_answers
from orderlab.errors import ScenarioError
from orderlab.panel import CheckResult
from orderlab.present.panel import panel_text
from orderlab.ui.answer_form import KINDS, AnswerForm, answer_form, kind_of

LANGS = ("sv", "en")
NOT_YET = {"sv": "Inte klart än", "en": "Not yet"}
SCRIPT = "<script>alert(1)</script>"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def ask(form: AnswerForm, *values: str) -> AnswerForm:
    for widget, value in zip(form.inputs, values, strict=True):
        widget.value = value
    form.button.click()
    return form


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_starts_empty_and_says_not_yet(lang: str, kind: str):
    """Each form starts with empty boxes and no feedback; an empty click gets "not yet", not an error."""
    form = answer_form(kind, lang)
    assert not any(form.values()) and not form.results and not form.feedback.value
    form.button.click()
    assert form.results and not form.passed
    verdicts = [r.verdict for r in form.results]
    assert all(v.startswith(NOT_YET[lang]) for v in verdicts), verdicts


@pytest.mark.parametrize("lang", LANGS)
def test_a_typed_question_is_scored(lang: str):
    """Typing a question and clicking shows its form and points, as the engine scores it."""
    question = {"sv": "Vad vill du uppnå med broschyren?", "en": "What do you want the brochure to achieve?"}[lang]
    form = ask(answer_form("try-question", lang), question)
    assert form.finished and question in form.feedback.value
    assert {"sv": "Form: öppen", "en": "Form: open"}[lang] in panel_text(form.results[0])


@pytest.mark.parametrize("lang", LANGS)
def test_straight_quotes_are_just_text(lang: str):
    """The text that once raised a SyntaxError in notebook 02 is simply scored."""
    form = ask(answer_form("try-question", lang), 'Vad menar du med "trygg start"?')
    assert form.finished and "&quot;trygg start&quot;" in form.feedback.value
    assert "Error" not in form.status.value


@pytest.mark.parametrize("lang", LANGS)
def test_fifty_thousand_characters_get_a_plain_message(lang: str):
    """A huge paste is not scored: the learner is told, in their language, how long it may be."""
    form = ask(answer_form("pitch", lang), "ord " * 12_500)
    assert not form.results and not form.feedback.value
    expected = {"sv": "Texten är för lång (50\u00a0000 tecken)", "en": "That is too long (50,000 characters)"}[lang]
    assert expected in form.status.value


def test_the_length_limit_is_exact():
    """Text of exactly MAX_CHARS is checked; one character more is refused."""
    assert learner_text.problem("a" * learner_text.MAX_CHARS, "sv") is None
    assert learner_text.problem("a" * (learner_text.MAX_CHARS + 1), "sv")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", ["😀🎉", "???", "123 456", "🙂 !"])
def test_no_words_get_a_plain_message(lang: str, text: str):
    """Only emoji, signs or digits: nothing to score, and the learner is asked for words."""
    form = ask(answer_form("try-question", lang), text)
    assert not form.results
    assert {"sv": "Skriv med ord", "en": "Please use words"}[lang] in form.status.value


@pytest.mark.parametrize("lang", LANGS)
def test_emoji_among_words_are_scored(lang: str):
    """A question with an emoji in it is still a question."""
    form = ask(answer_form("try-question", lang), "Vad vill du uppnå? 😀")
    assert form.finished and "😀" in form.feedback.value


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["try-question", "pitch-reply", "role-reversal"])
def test_markup_is_shown_escaped_with_a_note(lang: str, kind: str):
    """A <script> tag is shown as text, never as markup, and the learner is told so."""
    form = answer_form(kind, lang)
    ask(form, *[f"{SCRIPT} Vad vill du uppnå med broschyren?"] * len(form.inputs))
    assert "<script" not in form.feedback.value and "&lt;script&gt;" in form.feedback.value
    assert "<script" not in form.status.value
    assert {"sv": "visas här som vanlig text", "en": "shown here as plain text"}[lang] in form.status.value


@pytest.mark.parametrize("lang", LANGS)
def test_the_delivery_has_no_answer_chosen_in_advance(lang: str):
    """The delivery radios start unchosen; A passes and B does not."""
    form = answer_form("delivery", lang)
    assert form.inputs[0].value is None
    assert [value for _, value in form.inputs[0].options] == ["A", "B", "C"]
    assert ask(form, "A").passed
    assert not ask(form, "B").passed and form.finished


@pytest.mark.parametrize("lang", LANGS)
def test_the_pitch_reply_form_shows_what_annika_orders_next(lang: str):
    """The pitch form of notebook 04 checks the pitch and shows the next order under it."""
    form = answer_form("04-pitch-reply", lang, model_answers=True)
    assert form.passed and len(form.results) == 2 and not isinstance(form.results[1], CheckResult)
    assert form.results[1].items, panel_text(form.results[1])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", model_answers.keys())
def test_every_model_answer_passes_its_own_form(lang: str, key: str):
    """Each model answer is filled into its form, checked at once, and passes."""
    form = answer_form(key, lang, model_answers=True)
    assert kind_of(key) in KINDS
    assert form.passed, "\n".join(map(str, form.results))
    assert {"sv": "Lösningsförslaget", "en": "The model answer"}[lang] in form.status.value


def test_unknown_forms_and_missing_model_answers_are_named():
    """An unknown kind lists the kinds; a form without a model answer lists the keys there are."""
    with pytest.raises(ValueError, match="try-question"):
        answer_form("nope", "sv")
    with pytest.raises(KeyError, match="01-open-rewrites"):
        answer_form("try-question", "sv", model_answers=True)


def test_a_broken_model_answers_file_names_file_and_field(tmp_path: Path):
    """A missing language or an empty answer is reported with the file and the field."""
    path = tmp_path / "model-answers.yaml"
    path.write_text("01-pitch:\n  sv: Hej\n02-questions:\n  sv: ['']\n  en: ['Why?']\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        model_answers.load(path)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"01-pitch", "02-questions.sv"} and all(p.file == str(path) for p in caught.value.problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_check_talks_about_code(lang: str):
    """No wording a check shows mentions quotation marks, Shift+Enter or running a cell."""
    words = {"sv": ("citattecken", "Shift+Enter", "cellen"), "en": ("quotation", "Shift+Enter", "the cell")}[lang]
    for key, template in L.table(lang, "exercises").items():
        assert not any(w in template for w in words), f"{key}: {template}"
