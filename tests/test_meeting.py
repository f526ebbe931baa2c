"""The meeting with the requester: time, trust, asking permission, guiding, rounds and resuming."""

from __future__ import annotations

import json

import pytest

from orderlab import InputError, Session
from orderlab import lang as L
from orderlab import scenario as S
from orderlab.requester import TIME_COST

PREPARED = ["Vad vill ni uppnå med broschyren?", "Varför är det viktigt?", "Berätta om familjerna."]
PROPOSAL = "Får jag föreslå att vi gör broschyren på fem språk i stället?"
GOOD_PITCH = (
    "Tack för beställningen, här är broschyren som du bad om. Syftet var att fler familjer ska komma "
    "på mötet så att barnen får en trygg start. Förra året kom 31 av 58 familjer. Jag föreslår att vi "
    "nästa gång testar en kort film på fem språk. Vad tror du, ska vi ses och prata om det tillsammans?"
)


def play(questions, seed=0):
    session = Session("school-brochure", "sv", seed=seed)
    for q in questions:
        session.ask(q)
    return session


def test_each_question_costs_time():
    """Every question lowers the requester's remaining time."""
    session = play([])
    before = session.requester.patience
    session.ask("Vad vill ni uppnå?")
    assert session.requester.patience == before - TIME_COST


def test_good_questions_build_trust_and_pushing_drains_it():
    """An open question on a new topic raises trust; pushing a solution lowers it."""
    start = S.get("school-brochure").persona.trust
    good = play(["Vad vill ni uppnå?"]).requester.trust
    pushy = play(["Har du funderat på en film i stället?"]).requester.trust
    assert pushy < start < good


def test_when_time_runs_out_the_requester_ends_the_meeting():
    """A learner who keeps pushing runs out of time; the goodbye is said and no more questions are taken."""
    session = play([])
    while not session.requester.ended:
        session.ask("Har du funderat på en film i stället?")
    assert session.exchanges[-1].reply.ended
    assert session.scenario.persona.goodbye["sv"] in session.exchanges[-1].reply.text
    with pytest.raises(InputError) as err:
        session.ask("Vad vill ni uppnå?")
    assert err.value.message == L.text("sv", "ui.meeting_over")


def test_asking_permission_before_the_purpose_is_known_is_deferred():
    """'Får jag föreslå något?' before the purpose is understood gets 'first, do you know what I want?'."""
    reply = play(["Får jag föreslå något?"]).exchanges[-1].reply
    assert (reply.kind, reply.text) == ("permission_wait", L.text("sv", "ui.reply_permission_wait"))


def test_a_prepared_proposal_with_permission_adjusts_the_order():
    """Purpose understood, permission asked, trust high: the requester adjusts the order as the scenario says."""
    session = play([*PREPARED, "Får jag föreslå något?", PROPOSAL])
    last = session.exchanges[-1]
    assert last.reply.kind == "guided_accept"
    assert session.order["languages"] == "five-languages"
    assert last.question.guided
    assert "solution" not in [f.rule for f in last.question.findings]


def test_the_same_proposal_without_permission_gets_push_back():
    """Without asking first, the same proposal gets the scenario's push-back and the order stands."""
    session = play([*PREPARED, PROPOSAL])
    assert session.exchanges[-1].reply.text == session.scenario.pushback["sv"]
    assert session.order["languages"] == "swedish"


def test_guiding_is_not_counted_as_pushing_a_solution():
    """Step 1 does not count a guided proposal among the solutions pushed while exploring."""
    session = play([*PREPARED, "Får jag föreslå något?", PROPOSAL])
    assert session.finish_consulting().solutions == 0


def test_a_scenario_that_holds_keeps_the_order(monkeypatch):
    """When the scenario says the requester holds, a prepared proposal is heard but the order stays."""
    base = S.get("school-brochure")
    guidance = base.persona.guidance.__class__(**{**base.persona.guidance.__dict__, "outcome": "hold"})
    persona = base.persona.__class__(**{**base.persona.__dict__, "guidance": guidance})
    holding = base.__class__(**{**base.__dict__, "persona": persona})
    session = Session(holding, "sv")
    for q in [*PREPARED, "Får jag föreslå något?", PROPOSAL]:
        session.ask(q)
    assert session.exchanges[-1].reply.text == guidance.hold["sv"]
    assert session.order == {f.id: f.ordered for f in base.delivery}


def test_delivering_after_an_adjustment_is_checked_against_the_adjusted_order():
    """After the requester agreed to five languages, delivering the original order is a change, not as ordered."""
    session = play([*PREPARED, "Får jag föreslå något?", PROPOSAL])
    assert session.deliver("ordered").as_ordered
    other = play([*PREPARED, "Får jag föreslå något?", PROPOSAL])
    result = other.deliver({"languages": "swedish"})
    assert not result.as_ordered and result.mismatched == ("languages",)


def test_second_round_opens_with_the_next_order():
    """After the pitch, the next round opens with the order the pitch's band earned."""
    session = play(PREPARED)
    session.deliver("ordered")
    influence = session.pitch(GOOD_PITCH)
    second = session.next_round()
    assert second.round == 2
    assert second.opening == session.scenario.next_order[influence.band].order["sv"]
    assert second.order == {**{f.id: f.ordered for f in session.scenario.delivery},
                            **session.scenario.next_order[influence.band].ordered}


def test_strong_pitch_makes_the_proposal_the_next_order():
    """When the next order asks 'what do you suggest?', delivering the alternative is delivering as ordered."""
    session = play(PREPARED)
    session.deliver("ordered")
    assert session.pitch(GOOD_PITCH).band == "strong"
    second = session.next_round()
    assert list(second.delivery_choices()) == ["ordered"]
    assert second.deliver("alternative").as_ordered


def test_next_round_before_the_pitch_is_refused():
    """There is no next order before the pitch."""
    with pytest.raises(InputError):
        play(PREPARED).next_round()


def test_state_rebuilds_the_same_session():
    """A session rebuilt from its state gives the same report, mid-way or finished."""
    session = play([*PREPARED, "Får jag föreslå något?", PROPOSAL], seed=4)
    mid = json.loads(json.dumps(session.state()))
    assert Session.from_state(mid).report() == session.report()
    session.confirm("En tryckt broschyr till vårdnadshavarna, klar 23 maj.")
    session.deliver("ordered")
    session.pitch(GOOD_PITCH)
    assert Session.from_state(json.loads(json.dumps(session.state()))).report() == session.report()


def test_state_of_a_second_round_keeps_the_round():
    """A second round rebuilt from its state is still the second round with the same order."""
    session = play(PREPARED)
    session.deliver("ordered")
    session.pitch(GOOD_PITCH)
    second = session.next_round()
    second.ask("Vad vill ni ska hända tack vare samtalen?")
    again = Session.from_state(second.state())
    assert (again.round, again.order, again.report()) == (2, second.order, second.report())


def test_unknown_action_in_a_saved_state_is_refused():
    """A saved state with an action the engine does not know is refused with a clear error."""
    state = play(PREPARED).state()
    state["actions"].append(["dance"])
    with pytest.raises(ValueError, match="dance"):
        Session.from_state(state)


def test_summary_naming_the_alternative_is_corrected():
    """A summary that names a film when a brochure was ordered gets the 'what' correction."""
    session = play(PREPARED)
    result = session.confirm("En film till vårdnadshavarna, klar 23 maj, så att fler kommer på introduktionsmötet.")
    assert "what" in result.missing
    assert session.scenario.confirmation[0].correction["sv"] in result.reply


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_emoji_only_summary_and_pitch_get_their_own_message(lang):
    """A summary or pitch of only emoji is refused with a message that asks for words."""
    session = Session("school-brochure", lang)
    with pytest.raises(InputError) as summary:
        session.confirm("🎉🎉 👍")
    assert summary.value.message == L.text(lang, "ui.summary_no_words")
    session.deliver("ordered")
    with pytest.raises(InputError) as pitch:
        session.pitch("🚀🚀🚀")
    assert pitch.value.message == L.text(lang, "ui.pitch_no_words")
    assert session.step == "influence"  # nothing was lost: the pitch can still be sent
