"""What a learner types into the role-play's boxes: a huge paste is refused as the answer forms refuse it,
and web code is noted as shown-as-text. Driven through the widget's own boxes and buttons."""

from html import escape

import pytest

from orderlab import lang as L
from orderlab import learner_text
from orderlab.ui import RolePlay
from orderlab.ui.answer_form import answer_form

LANGS = ("sv", "en")
PASTE = "ord " * 12_500  # 50,000 characters of words: only its length is wrong
TOO_LONG = {"sv": "Texten är för lång (50\u00a0000 tecken)", "en": "That is too long (50,000 characters)"}
QUESTION = {"sv": "Vad vill ni uppnå med broschyren?", "en": "What do you want to achieve with the brochure?"}
SUMMARY = {"sv": "En tryckt broschyr till vårdnadshavarna, klar 23 maj.",
           "en": "A printed brochure for the guardians, ready by 23 May."}
PITCH = {"sv": "Här är broschyren. Syftet är barnen. Förra året kom 31 av 58. Vad tror du?",
         "en": "Here is the brochure. The purpose is the children. Last year 31 of 58 came. What do you think?"}
MARKUP = "<img src=x onerror=alert(1)> "


def at_step(lang: str, box: str) -> RolePlay:
    """A role-play at the step where ``box`` (question, summary or pitch) is filled in."""
    play = RolePlay("school-brochure", lang, seed=0)
    if box in ("summary", "pitch"):
        play.done_asking.click()
    if box == "pitch":
        play.delivery.value = "ordered"
        play.deliver.click()
    return play


def send(play: RolePlay, box: str, text: str) -> None:
    """Type ``text`` into ``box`` and click its button, as a learner does."""
    widget, button = {"question": (play.question, play.send), "summary": (play.summary, play.confirm),
                      "pitch": (play.pitch, play.send_pitch)}[box]
    widget.value = text
    button.click()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("box", ["question", "summary", "pitch"])
def test_a_huge_paste_is_refused_in_plain_words_and_kept(lang, box):
    """50,000 characters: the forms' message in the learner's language, the text still in its box,
    nothing scored, no turn spent and no step taken."""
    play = at_step(lang, box)
    before = (play.session.step, list(play.session.actions), play.session.questions_left,
              play.transcript.value, play.score.value, play.confirm_reply.value, play.report.value)
    send(play, box, PASTE)
    assert TOO_LONG[lang] in play.status.value
    assert getattr(play, box).value == PASTE  # nothing lost: the learner shortens it where it is
    after = (play.session.step, list(play.session.actions), play.session.questions_left,
             play.transcript.value, play.score.value, play.confirm_reply.value, play.report.value)
    assert after == before


@pytest.mark.parametrize("lang", LANGS)
def test_the_role_play_says_what_the_answer_forms_say(lang):
    """One check, one message: the pitch box refuses a paste with the pitch form's very words."""
    play = at_step(lang, "pitch")
    send(play, "pitch", PASTE)
    form = answer_form("pitch", lang)
    form.inputs[0].value = PASTE
    form.button.click()
    said = escape(learner_text.too_long(PASTE, lang))
    assert said in play.status.value and said in form.status.value


def test_the_limit_is_the_forms_limit():
    """A question of exactly MAX_CHARS is asked and scored; one character more is refused."""
    play = at_step("sv", "question")
    longest = QUESTION["sv"] + " " + "x" * (learner_text.MAX_CHARS - len(QUESTION["sv"]) - 1)
    send(play, "question", longest + "x")
    assert play.session.exchanges == []
    send(play, "question", longest)
    assert len(play.session.exchanges) == 1 and play.question.value == ""


@pytest.mark.parametrize("lang", LANGS)
def test_a_shortened_question_goes_through_after_a_refusal(lang):
    """After the refusal the learner shortens the text and sends it: the message goes, the turn is taken."""
    play = at_step(lang, "question")
    send(play, "question", QUESTION[lang] + " " + PASTE)
    send(play, "question", QUESTION[lang])
    assert len(play.session.exchanges) == 1
    assert "ol-hint" not in play.status.value


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("box", "text"), [("question", QUESTION), ("summary", SUMMARY), ("pitch", PITCH)])
def test_web_code_is_taken_and_noted_as_shown_as_text(lang, box, text):
    """Text with an HTML tag is accepted, and the learner is told it is shown as text, as the forms tell them."""
    play = at_step(lang, box)
    steps = len(play.session.actions)
    send(play, box, MARKUP + text[lang])
    assert len(play.session.actions) == steps + 1
    assert escape(L.text(lang, "answer_forms.markup")) in play.status.value


@pytest.mark.parametrize(("box", "text"), [("question", QUESTION), ("summary", SUMMARY), ("pitch", PITCH)])
def test_plain_text_gets_no_note(box, text):
    """Without web code the status line stays empty after a step."""
    play = at_step("sv", box)
    send(play, box, text["sv"])
    assert "ol-hint" not in play.status.value
