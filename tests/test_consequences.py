"""The game follows the method: influence is earned by delivering first, blame closes the door,
and the next round remembers the last one."""

from __future__ import annotations

import pytest

from orderlab import consequences as C
from orderlab import lang as L
from orderlab import scenario as S
from orderlab.session import Session
from orderlab.ui import render

FIRST = S.FIRST_SCENARIO
GOOD = {
    "sv": ["Vad vill ni uppnå med broschyren?", "Berätta om familjerna som ska läsa den.",
           "Varför är det så viktigt att familjerna kommer?"],
    "en": ["What do you want the brochure to achieve?", "Tell me about the families who will read it.",
           "Why does it matter so much that the families come?"],
}
PITCH = {
    "sv": ("Broschyren är levererad som du beställde, 150 exemplar till besöksdagen. Syftet är att fler "
           "vårdnadshavare kommer på introduktionsmötet så att barnen får en trygg start. Förra året kom 31 av "
           "58 familjer. Till nästa gång föreslår jag att vi testar en kort film på fem språk. Vad tror du? "
           "Vi kan gärna ses och prata om det."),
    "en": ("The brochure is delivered as you ordered, 150 copies for the visit day. The point is that more "
           "guardians come to the introduction meeting so the children get a safe start. Last year 31 of 58 "
           "families came. Next time I suggest we try a short film in five languages. What do you think? "
           "Happy to meet and talk it through."),
}
BLAME = {
    "sv": "Som jag försökte säga på mötet hade en film varit bättre. Du borde ha lyssnat på mig.",
    "en": "As I tried to tell you in the meeting, a film would have been better. You should have listened to me.",
}


def played(lang: str = "sv", delivery: object = "ordered", pitch: str | None = None, seed: int = 0) -> Session:
    s = Session(FIRST, lang, seed=seed)
    for q in GOOD[lang]:
        s.ask(q)
    s.deliver(delivery)
    s.pitch(pitch if pitch is not None else PITCH[lang])
    return s


# --- the rules ---

@pytest.mark.parametrize(("score", "blame", "delivered", "band"), [
    (90, False, "as_ordered", "strong"), (55, False, "as_ordered", "fair"), (20, False, "as_ordered", "weak"),
    (90, False, "override", "fair"), (90, False, "changed", "fair"), (55, False, "override", "fair"),
    (20, False, "override", "weak"), (90, True, "as_ordered", "weak"), (90, True, "override", "weak"),
])
def test_band(score, blame, delivered, band):
    """A pitch's band: blame gets the weak band; after a delivery that was not the order, fair at most."""
    assert C.band(score, blame, delivered) == band
    assert C.capped(score, blame, delivered) is (band == "fair" and score >= C.STRONG_FROM and not blame)


def test_delivering_the_order_builds_trust_and_anything_else_costs_it():
    """As ordered: trust rises; the order with changes: it falls; the professional's alternative: it falls most."""
    moved = {}
    for kind, choice in (("as_ordered", "ordered"), ("changed", {"languages": "five-languages"}),
                         ("override", "alternative")):
        s = Session(FIRST, "sv")
        s.ask(GOOD["sv"][0])
        before = s.requester.trust
        s.deliver(choice)
        moved[kind] = s.requester.trust - before
        assert s.delivery_trust == C.TrustChange(moved[kind], f"delivered_{kind}")
    assert moved["as_ordered"] > 0 > moved["changed"] > moved["override"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_strong_pitch_after_delivering_the_order_earns_the_strong_band(lang):
    """Delivered as ordered and pitched well: the strong band, the band's own reaction, more trust."""
    s = played(lang)
    inf = s.influence
    assert (inf.band, inf.reaction_kind, inf.capped) == ("strong", "band", False)
    assert inf.reaction == s.scenario.next_order["strong"].reaction[lang]
    assert inf.trust == C.TrustChange(C.PITCH_TRUST["strong"], "pitch_strong")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_same_pitch_after_an_override_is_capped_and_the_requester_says_why(lang):
    """The same words after delivering the film instead: the fair band, the override reaction, the cap named."""
    s = played(lang, "alternative")
    inf = s.influence
    assert inf.pitch.score >= C.STRONG_FROM
    assert (inf.band, inf.reaction_kind, inf.capped) == ("fair", "override", True)
    assert inf.reaction == s.scenario.reactions.override[lang]
    assert inf.next_order == s.scenario.next_order["fair"].order[lang]
    html = render.report(s)
    assert L.text(lang, "ui.pitch_capped") in html.replace("&#x27;", "'")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_blaming_pitch_gets_the_blame_reaction_and_costs_trust(lang):
    """Lecturing the requester: the weak band, the scenario's blame reaction, and trust falls."""
    s = played(lang, pitch=BLAME[lang])
    inf = s.influence
    assert inf.pitch.criteria["blame"]
    assert (inf.band, inf.reaction_kind) == ("weak", "blame")
    assert inf.reaction == s.scenario.reactions.blame[lang]
    assert inf.trust.delta == C.BLAME_TRUST


def test_every_scenario_has_its_own_reactions_in_both_languages():
    """Each scenario says override, changed and blame in its persona's words, all different."""
    for sc in S.all_scenarios():
        for lang in sc.languages:
            said = [sc.reactions.get(k)[lang] for k in S.REACTIONS]
            assert len(set(said)) == 3, sc.id
            assert not set(said) & {n.reaction[lang] for n in sc.next_order.values()}, sc.id


# --- memory across rounds ---

def test_trust_carries_over_to_the_next_round():
    """Round 2 starts where round 1 left trust, not at the persona's default; an override leaves it lower."""
    start = {}
    for delivery in ("ordered", "alternative"):
        s = played("sv", delivery)
        second = s.next_round()
        assert second.requester.trust == second.start_trust == s.requester.trust
        start[delivery] = second.start_trust
    assert start["ordered"] - start["alternative"] >= C.DELIVERY_TRUST["as_ordered"] - C.DELIVERY_TRUST["override"]
    assert start["ordered"] != S.get(FIRST).persona.trust


def test_the_start_trust_is_shown_in_round_two():
    """Round 2's header says how much trust carried over."""
    second = played("en").next_round()
    assert L.text("en", "ui.trust_start", value=second.start_trust) in render.header(second)


def test_an_answer_given_in_round_one_comes_back_acknowledged():
    """A topic the next order does not change: what was told before is said again briefly, as said before."""
    s = played("sv")
    second = s.next_round()
    unchanged = [t for t in s.requester.told if t not in second.requester.changed]
    assert unchanged, "round 1 told nothing that round 2 keeps"
    topic = unchanged[0]
    told = [i for i in s.scenario.facts[topic].items if i.id in s.requester.told[topic]]
    reply = second.ask(told[0].examples["sv"][0]).reply
    said_before = {L.text("sv", "ui.reply_as_last_time", answer=i.short["sv"]) for i in told}
    assert reply.text in said_before, reply
    assert all(i.full["sv"] not in reply.text for i in told)


def test_round_two_answers_from_the_new_orders_facts():
    """A topic the next order changes is answered from the next order's facts, not round 1's."""
    checked = 0
    for sc in S.all_scenarios():
        for band, nxt in sc.next_order.items():
            for topic, fact in nxt.facts.items():
                for lang in sc.languages:
                    old = {i.full[lang] for i in sc.facts.get(topic, S.Fact(())).items}
                    hits = 0
                    for item in fact.items:
                        for question in item.examples.get(lang, ())[:3]:
                            second = Session(sc, lang, round=2, previous_band=band, previous_trust=60)
                            reply = second.ask(question).reply
                            assert reply.text not in old
                            hits += reply.topic == topic and reply.item in {i.id for i in fact.items}
                    assert hits, (sc.id, band, topic, lang)
                    checked += 1
    assert checked >= 8 * 2  # every scenario changes some topics in some band, in both languages


def test_a_saved_second_round_resumes_with_its_memory():
    """state() of round 2 holds the carried trust and what was told; from_state rebuilds them."""
    second = played("sv").next_round()
    second.ask("Vad vill ni uppnå?")
    again = Session.from_state(second.state())
    assert again.start_trust == second.start_trust
    assert again.requester.told_before == second.requester.told_before
    assert again.exchanges[-1].reply.text == second.exchanges[-1].reply.text


def test_a_round_two_saved_before_trust_carried_over_still_loads():
    """An older saved state, without previous_trust or told_before, starts at the persona's trust."""
    state = played("sv").next_round().state()
    for key in ("previous_trust", "told_before"):
        state.pop(key)
    old = Session.from_state(state)
    assert old.requester.trust == old.scenario.persona.trust
    state["told_before"] = "not a mapping"
    assert Session.from_state(state).requester.told_before == {}


# --- the game explains itself ---

def test_each_turn_says_why_trust_moved():
    """After a question, the score panel has one line on how trust moved and why."""
    s = Session(FIRST, "sv")
    s.ask("Vad vill ni uppnå?")
    reply = s.exchanges[-1].reply
    assert reply.trust_change > 0 and reply.why == "open_new"
    html = render.question_score(s.exchanges[-1].question, s)
    why = L.text("sv", "ui.trust_why_open_new")
    assert L.text("sv", "ui.trust_line", change=f"+{reply.trust_change}", why=why) in html
    s.ask("Ni har väl en budget?")
    assert s.exchanges[-1].reply.why == "leading" and s.exchanges[-1].reply.trust_change < 0


def test_every_reason_trust_can_move_for_has_a_sentence_in_both_languages():
    """Each reason key a turn, a delivery or a pitch can give is said in Swedish and English."""
    from orderlab.requester import TRUST
    reasons = {*TRUST, "permission_wait", *(f"delivered_{k}" for k in C.DELIVERY_TRUST),
               *(f"pitch_{b}" for b in C.PITCH_TRUST), "pitch_blame"}
    for lang in ("sv", "en"):
        for reason in reasons:
            assert L.text(lang, f"ui.trust_why_{reason}")


def test_the_meters_have_a_legend():
    """Time and trust are explained next to their bars."""
    html = render.meters(Session(FIRST, "en"))
    assert "<details" in html and L.text("en", "ui.trust_legend_title") in html


def test_the_skills_chart_counts_follow_ups_as_the_conversation_score_does():
    """Follow-ups asked in both rounds show on the chart in both rounds, exactly as the report counts them."""
    from orderlab import progress as P
    from orderlab.conversation import FULL_DEPTH

    first = Session(FIRST, "sv")
    for q in ("Vad vill ni uppnå?", "Berätta mer.", "Hur menar du då?", "Vem ska läsa den?"):
        first.ask(q)
    first.deliver("ordered")
    first.pitch(PITCH["sv"])
    second = first.next_round()
    for q in ("Vad vill du ska hända nu?", "Kan du utveckla det?", "Vilka fler är inblandade?"):
        second.ask(q)
    second.deliver("ordered")
    second.pitch(PITCH["sv"])
    for session in (first, second):
        conv, report = session.conversation, session.report()
        assert conv.depth >= 1, [e.reply.kind for e in session.exchanges]
        skills = P.skills(report)
        assert skills["depth"] == round(100 * min(conv.depth, FULL_DEPTH) / FULL_DEPTH) > 0
        assert skills["open_share"] == round(100 * conv.open_share)
        assert skills["as_ordered"] == 100


def test_a_blaming_pitch_never_earns_the_strong_next_order():
    """A pitch that lectures gets the weak band, whatever else it scores (found in a code review)."""
    lecture = ("Här är broschyren. Ni borde ha förstått att ingen läser sådant, det var fel att beställa den. "
               "Förra året kom 31 av 58. Varför frågade ni inte oss först?")
    session = Session("school-brochure", "sv")
    session.deliver("ordered")
    assert session.pitch(lecture).band == "weak"
