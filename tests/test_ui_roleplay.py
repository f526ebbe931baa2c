"""The role-play widget, driven in plain pytest by setting values and clicking buttons."""

from html import escape

import ipywidgets as W
import pytest

from orderlab import lang as L
from orderlab.ui import RolePlay
from orderlab.ui.roleplay import SHOWN

XSS = "<img src=x onerror=alert(1)>"
STRONG_PITCH = (
    "Tack för beställningen! Broschyren är levererad som du beställde, 150 exemplar till besöksdagen. "
    "Jag har funderat på syftet: att fler vårdnadshavare kommer på introduktionsmötet så att barnen "
    "får en trygg start. Förra året kom 31 av 58 familjer, och 17 av dem som uteblev har ett annat "
    "modersmål än svenska. Till nästa gång föreslår jag att vi testar en kort film på fem språk som "
    "skickas med sms. Vad tror du? Vi kan gärna ses och prata om det."
)


@pytest.fixture
def play():
    """A Swedish role-play of the school-brochure scenario."""
    return RolePlay("school-brochure", "sv", seed=0)


def html_values(widget) -> list[str]:
    """The value of every HTML widget in the tree under ``widget``."""
    found = [widget.value] if isinstance(widget, W.HTML) else []
    for child in getattr(widget, "children", ()):
        found.extend(html_values(child))
    return found


def ask(play: RolePlay, text: str) -> None:
    play.question.value = text
    play.send.click()


def test_send_adds_question_and_reply(play, scenario):
    """Typing a question and clicking Send adds it and the requester's reply to the transcript."""
    ask(play, "Vad vill ni uppnå?")
    assert "Vad vill ni uppnå?" in play.transcript.value
    assert escape(scenario.facts["purpose"].full["sv"]) in play.transcript.value


def test_send_clears_the_box(play):
    """After sending, the question box is empty for the next question."""
    ask(play, "Vad vill ni uppnå?")
    assert play.question.value == ""


def test_send_updates_the_score_panel(play):
    """After a question the score panel shows its form."""
    ask(play, "Har ni en budget?")
    assert L.text("sv", "ui.score_form", form=L.text("sv", "ui.form_closed")) in play.score.value


def test_enter_sends(play):
    """Pressing Enter in the text box (a submit message) sends the question like the button."""
    play.question.value = "Berätta om familjerna."
    play._on_text_message(None, {"event": "submit"}, [])
    assert "Berätta om familjerna." in play.transcript.value
    assert len(play.session.exchanges) == 1


def test_other_text_messages_do_nothing(play):
    """Messages from the text box other than submit do not send."""
    play.question.value = "Berätta om familjerna."
    play._on_text_message(None, {"event": "focus"}, [])
    assert play.session.exchanges == []


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_question_shows_hint_and_costs_no_turn(play, text):
    """An empty question shows a hint in the status line and spends no turn."""
    before = play.transcript.value
    ask(play, text)
    assert escape(L.text("sv", "ui.empty_question")) in play.status.value
    assert play.session.questions_left == play.session.max_questions
    assert play.transcript.value == before


def test_hint_clears_after_a_real_question(play):
    """The hint goes away once a real question is sent."""
    ask(play, "")
    ask(play, "Vad vill ni uppnå?")
    assert escape(L.text("sv", "ui.empty_question")) not in play.status.value


def test_markup_in_question_is_escaped(play):
    """A question containing markup appears escaped and never as a raw tag in any HTML widget."""
    ask(play, XSS)
    assert "&lt;img" in play.transcript.value
    assert not any("<img" in value for value in html_values(play))


def test_markup_everywhere_in_the_loop_is_escaped(play):
    """Markup typed in every box, through the whole loop, never reaches HTML as a raw tag."""
    ask(play, XSS)
    play.done_asking.click()
    play.summary.value = XSS
    play.confirm.click()
    play.delivery.value = "ordered"
    play.deliver.click()
    play.pitch.value = XSS + " " + STRONG_PITCH
    play.send_pitch.click()
    assert play.session.step == "done"
    assert not any("<img" in value for value in html_values(play))


def test_long_question_is_cut_with_a_note(play):
    """A long question (under the length limit) is shown cut, with the note that it was shortened."""
    ask(play, "Vad vill ni uppnå? " + "x" * 4_000)
    assert len(play.session.exchanges) == 1
    assert len(play.transcript.value) < 3_000
    assert escape(L.text("sv", "ui.input_cut")) in play.transcript.value


def test_done_asking_moves_to_delivery(play):
    """Clicking 'done asking' hides the question box and shows the delivery step."""
    ask(play, "Vad vill ni uppnå?")
    play.done_asking.click()
    assert play.session.step == "deliver"
    assert play.consult_box.layout.display == "none"
    assert play.deliver_box.layout.display != "none"


def test_confirm_shows_the_reply(play):
    """Confirming the order shows the requester's confirmation or correction."""
    play.done_asking.click()
    play.summary.value = "En tryckt broschyr."
    play.confirm.click()
    assert play.session.confirmation is not None
    assert escape(play.session.confirmation.reply) in play.confirm_reply.value


def test_pitch_before_delivery_shows_the_method(play):
    """Submitting a pitch before delivering shows the deliver-first message."""
    play.pitch.value = STRONG_PITCH
    play.submit_pitch()
    assert escape(L.text("sv", "ui.deliver_before_pitch")) in play.status.value
    assert play.report.value == ""


def test_word_count_follows_the_pitch(play):
    """The word count under the pitch box follows what is typed."""
    play.pitch.value = "ett två tre"
    assert play.word_count.value == L.text("sv", "ui.word_count", n=3)


def run_loop(play: RolePlay, pitch: str) -> None:
    for q in ("Vad vill ni uppnå?", "Berätta om familjerna.", "Hur ser ett lyckat resultat ut?"):
        ask(play, q)
    play.done_asking.click()
    play.summary.value = "En tryckt broschyr till vårdnadshavarna, klar till besöksdagen i maj."
    play.confirm.click()
    play.delivery.value = "ordered"
    play.deliver.click()
    play.pitch.value = pitch
    play.send_pitch.click()


def test_full_loop_shows_strong_next_order(play, scenario):
    """The full loop with a strong pitch fills the report with the strong next order and the total."""
    run_loop(play, STRONG_PITCH)
    assert escape(scenario.next_order["strong"].order["sv"]) in play.report.value
    assert escape(L.text("sv", "ui.report_total", score=play.session.total())) in play.report.value


def test_full_loop_shows_weak_next_order(play, scenario):
    """A weak pitch fills the report with the weak next order."""
    run_loop(play, "Här är broschyren.")
    assert escape(scenario.next_order["weak"].order["sv"]) in play.report.value


def test_finished_play_disables_inputs(play):
    """After the pitch, the inputs are disabled so the record cannot change."""
    run_loop(play, STRONG_PITCH)
    assert play.pitch.disabled and play.send_pitch.disabled and play.deliver.disabled


def test_english_role_play(scenario):
    """An English role-play labels its controls and opens in English."""
    play = RolePlay("school-brochure", "en")
    assert play.send.description == L.text("en", "ui.send")
    assert escape(scenario.opening["en"]) in play.transcript.value


def test_meters_show_time_and_trust_after_a_question():
    """After a question the score panel shows the requester's time and trust as labelled bars."""
    from orderlab.ui import RolePlay

    rp = RolePlay("school-brochure", "sv")
    rp.question.value = "Vad vill ni uppnå?"
    rp.submit_question()
    trust = rp.session.requester.trust
    assert f'aria-label="Förtroende: {trust} av 100"' in rp.score.value
    assert "Tid kvar" in rp.score.value


def test_next_round_button_plays_the_next_order():
    """After the pitch, the next-round button starts round 2 with the next order as the opening."""
    from orderlab.ui import RolePlay

    rp = RolePlay("school-brochure", "en")
    rp.question.value = "What do you want to achieve?"
    rp.submit_question()
    rp.finish_asking()
    rp.delivery.value = "ordered"
    rp.submit_delivery()
    rp.pitch.value = "Here is the brochure. The purpose is the children. Last year 31 of 58 came. What do you think?"
    rp.submit_pitch()
    assert rp.next_round.layout.display == SHOWN
    rp.next_round.click()
    assert rp.session.round == 2
    assert rp.session.opening in rp.transcript.value.replace("&#x27;", "'")
    assert rp.question.disabled is False and rp.report.value == ""
    assert rp.next_round.layout.display == "none"


def test_no_delivery_is_chosen_for_the_learner():
    """The delivery step starts with nothing selected; Deliver without a choice asks for one and delivers nothing."""
    from orderlab import lang as L
    from orderlab.ui import RolePlay

    rp = RolePlay("school-brochure", "sv")
    rp.finish_asking()
    assert rp.delivery.value is None and rp.delivery.index is None
    rp.submit_delivery()
    assert rp.session.delivery is None and rp.session.step == "deliver"
    assert L.text("sv", "ui.choose_delivery") in rp.status.value
    rp.delivery.value = "alternative"
    rp.submit_delivery()
    assert rp.session.delivery is not None and not rp.session.delivery.as_ordered


def test_delivery_choices_follow_an_order_changed_by_guidance():
    """After the requester agrees to a change, the widget offers the changed order as 'as ordered'."""
    rp = RolePlay("school-brochure", "sv")
    for q in ["Vad vill ni uppnå med broschyren?", "Varför är det viktigt?", "Berätta om familjerna.",
              "Får jag föreslå något?", "Får jag föreslå att vi gör broschyren på fem språk i stället?"]:
        rp.question.value = q
        rp.submit_question()
    rp.finish_asking()
    labels = dict((v, k) for k, v in rp.delivery.options)
    assert "Fem språk" in labels["ordered"]
    rp.delivery.value = "ordered"
    rp.submit_delivery()
    assert rp.session.delivery.as_ordered


def test_double_clicks_do_nothing_and_say_nothing():
    """A second click on Deliver or Send pitch changes nothing and shows no message."""
    rp = RolePlay("school-brochure", "sv")
    rp.finish_asking()
    rp.delivery.value = "ordered"
    rp.submit_delivery()
    rp.submit_delivery()
    rp.pitch.value = "Här är broschyren. Syftet är barnen. Förra året kom 31 av 58. Vad tror du?"
    rp.submit_pitch()
    rp.submit_pitch()
    assert "ol-hint" not in rp.status.value and rp.session.step == "done"
