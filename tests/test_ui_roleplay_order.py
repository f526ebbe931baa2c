"""Whose words the role-play shows where: the requester's reply to the summary stays with the summary,
in her name, and a later round's header tells that round's own order. Driven through the widget."""

from html import escape

import pytest
from widget_round import play_round

from orderlab import lang as L
from orderlab import scenario as S
from orderlab.findings import texts
from orderlab.session import Session
from orderlab.ui import RolePlay
from orderlab.ui.roleplay import SHOWN

LANGS = ("sv", "en")
SHORT_SUMMARY = {"sv": "En broschyr.", "en": "A brochure."}  # misses points: she corrects it
PITCH = {"sv": "Här är broschyren. Syftet är barnen. Förra året kom 31 av 58. Vad tror du?",
         "en": "Here is the brochure. The purpose is the children. Last year 31 of 58 came. What do you think?"}
QUESTION = {"sv": "Vad vill ni uppnå?", "en": "What do you want to achieve?"}


def confirm_and_deliver(lang: str, delivery: str = "alternative") -> RolePlay:
    play = RolePlay("school-brochure", lang, seed=0)
    play.done_asking.click()
    play.summary.value = SHORT_SUMMARY[lang]
    play.confirm.click()
    play.delivery.value = delivery
    play.deliver.click()
    return play


def her_reply_stays_with_the_summary(play: RolePlay) -> None:
    """The reply is in her named bubble in the shown confirmation box, above the delivery, not in its verdict."""
    session, lang = play.session, play.lang
    name, reply = session.scenario.requester_name, session.confirmation.reply
    assert play.confirm_box.layout.display == SHOWN
    assert play.children.index(play.confirm_box) < play.children.index(play.deliver_box)
    assert f'<span class="ol-who">{escape(name)}</span>' in play.confirm_reply.value
    assert escape(reply) in play.confirm_reply.value
    assert escape(reply) not in play.delivery_result.value
    for item in session.scenario.confirmation:
        if item.id in session.confirmation.missing:
            assert escape(item.correction[lang]) not in play.delivery_result.value
    for verdict in texts(session.delivery.verdict, lang):
        assert escape(verdict) in play.delivery_result.value


@pytest.mark.parametrize("lang", LANGS)
def test_her_correction_of_the_summary_is_said_in_her_name_at_the_summary(lang):
    """After delivering, her correction is not repeated nameless in the delivery box: it stays, with her
    name, under the summary it answers, through the pitch to the end of the round."""
    play = confirm_and_deliver(lang)
    assert play.session.confirmation.missing  # a correction, not a plain "yes"
    her_reply_stays_with_the_summary(play)
    play.pitch.value = PITCH[lang]
    play.send_pitch.click()
    assert play.session.step == "done"
    her_reply_stays_with_the_summary(play)


@pytest.mark.parametrize("lang", LANGS)
def test_a_resumed_round_shows_her_reply_where_she_said_it(lang):
    """A round rebuilt from its saved state (a reload) shows the reply at the summary as well."""
    played = confirm_and_deliver(lang, "ordered")
    resumed = RolePlay(session=Session.from_state(played.session.state()))
    her_reply_stays_with_the_summary(resumed)


def test_no_summary_no_confirmation_box_after_delivery():
    """A learner who delivered without a summary gets no empty, disabled summary box above the delivery."""
    play = RolePlay("school-brochure", "sv", seed=0)
    play.done_asking.click()
    play.delivery.value = "ordered"
    play.deliver.click()
    assert play.session.step == "influence"
    assert play.confirm_box.layout.display == "none"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("band", S.BANDS)
def test_a_later_round_header_tells_its_own_order(scenario, lang, band):
    """Round 2's header shows the next order in her words, not round 1's setting."""
    play = RolePlay(session=Session(scenario, lang, round=2, previous_band=band, previous_trust=50))
    header = play.header.value
    assert escape(scenario.next_order[band].order[lang]) in header
    assert escape(scenario.setting[lang]) not in header
    assert escape(L.text(lang, "ui.round_order", name=scenario.requester_name)) in header
    assert escape(L.text(lang, "ui.round", n=2)) in header


@pytest.mark.parametrize("scenario_id", S.builtin_ids())
def test_the_next_round_button_brings_the_new_order_into_the_header(scenario_id):
    """In every scenario, taking the next order replaces the header's setting with that order."""
    lang = "en"
    play = play_round(RolePlay(scenario_id, lang, seed=0), QUESTION[lang], PITCH[lang])
    first = play.session.scenario
    assert escape(first.setting[lang]) in play.header.value
    play.next_round.click()
    assert play.session.round == 2
    assert escape(play.session.opening) in play.header.value
    assert escape(first.setting[lang]) not in play.header.value
