"""The simulated requester: answers from the scenario's facts, deterministically for a seed."""

import random

import pytest

from orderlab import lang as L
from orderlab.questions import score_question
from orderlab.requester import Requester


@pytest.fixture
def ask(scenario):
    """A function that asks one requester a question and returns the reply."""
    def make(lang: str = "sv", seed: int = 0):
        requester = Requester(scenario, lang, random.Random(seed))
        return lambda text: requester.reply(score_question(text, lang))
    return make


@pytest.mark.parametrize(("lang", "text"), [("sv", "Berätta om budgeten."), ("en", "Tell me about the budget.")])
def test_open_question_gets_full_answer(ask, scenario, lang, text):
    """An open question on a topic gets that topic's full answer."""
    reply = ask(lang)(text)
    assert (reply.kind, reply.topic) == ("answer", "budget")
    assert scenario.facts["budget"].full[lang] in reply.text


@pytest.mark.parametrize(("lang", "text"), [("sv", "Har ni en budget?"), ("en", "Do you have a budget?")])
def test_closed_question_gets_short_answer(ask, scenario, lang, text):
    """A closed question on a topic gets only that topic's short answer."""
    reply = ask(lang)(text)
    assert reply.text == scenario.facts["budget"].short[lang]


def test_repeat_gets_as_i_said(ask, scenario):
    """Asking about a topic already answered gets 'as I said' with the short answer."""
    reply = ask("sv")
    reply("Har ni en budget?")
    again = reply("Hur mycket pengar har ni?")
    assert again.kind == "repeat"
    assert again.text == L.text("sv", "reply_repeat", answer=scenario.facts["budget"].short["sv"])


def test_repeat_in_english(ask, scenario):
    """The repeat reply is in the learner's language."""
    reply = ask("en")
    reply("Do you have a budget?")
    assert reply("Do you have a budget?").text == L.text(
        "en", "reply_repeat", answer=scenario.facts["budget"].short["en"]
    )


def test_further_why_goes_one_layer_deeper(ask, scenario):
    """Each further open 'why' about the purpose reveals the next deeper layer, in order."""
    reply = ask("sv")
    first = reply("Vad vill ni uppnå?")
    assert scenario.facts["purpose"].full["sv"] in first.text
    for layer in scenario.facts["purpose"].deeper:
        deeper = reply("Varför är det viktigt?")
        assert deeper.kind == "deeper"
        assert layer["sv"] in deeper.text


def test_deeper_layers_run_out_into_repeat(ask, scenario):
    """Once every layer is told, another 'why' gets 'as I said'."""
    reply = ask("en")
    reply("What do you want to achieve?")
    for _ in scenario.facts["purpose"].deeper:
        reply("Why does that matter?")
    assert reply("Why does that matter?").kind == "repeat"


def test_closed_repeat_does_not_go_deeper(ask):
    """A closed follow-up on the purpose does not reveal a deeper layer."""
    reply = ask("sv")
    reply("Vad vill ni uppnå?")
    assert reply("Är syftet viktigt?").kind == "repeat"


@pytest.mark.parametrize(
    ("lang", "text"), [("sv", "Har du funderat på en film i stället?"), ("en", "What about a video instead?")]
)
def test_solution_gets_pushback(ask, scenario, lang, text):
    """Pushing one's own solution gets the scenario's push-back."""
    reply = ask(lang)(text)
    assert (reply.kind, reply.text) == ("pushback", scenario.pushback[lang])


@pytest.mark.parametrize(
    ("lang", "text"), [("sv", "Hur mår du idag?"), ("en", "How are you today?")]
)
def test_off_topic_gets_redirect(ask, scenario, lang, text):
    """A question on none of the scenario's topics gets the redirect."""
    reply = ask(lang)(text)
    assert (reply.kind, reply.text) == ("redirect", scenario.redirect[lang])


@pytest.mark.parametrize("lang", L.LANGUAGES)
def test_not_a_question_gets_prompt(ask, lang):
    """A turn that is not a question gets a prompt to ask something."""
    reply = ask(lang)("okej")
    assert (reply.kind, reply.text) == ("not_a_question", L.text(lang, "reply_not_question"))


def test_same_seed_same_replies(ask):
    """Two requesters with the same seed give identical replies to the same questions."""
    questions = ["Vad vill ni uppnå?", "Berätta om målgruppen.", "Varför är det viktigt?",
                 "Hur ser ett lyckat resultat ut?", "Vad har ni gjort tidigare?"]
    one, two = ask("sv", seed=42), ask("sv", seed=42)
    assert [one(q).text for q in questions] == [two(q).text for q in questions]


def test_fresh_topic_answered_before_repeat(ask, scenario):
    """A question raising an answered and a fresh topic gets the fresh topic's answer."""
    reply = ask("sv")
    reply("Har ni en budget?")
    assert reply("Har ni en budget och en deadline?").topic == "deadline"


def test_lead_ins_never_repeat_back_to_back():
    """The requester never opens two answers in a row with the same lead-in."""
    from itertools import pairwise

    from orderlab import Session

    questions = ["Vad vill ni uppnå?", "Varför?", "Varför då?", "Berätta om familjerna.",
                 "Hur ser ett lyckat resultat ut?"]
    lead_ins = [p for p in L.text("sv", "reply_prefixes").split("|") if p]
    for seed in range(20):
        session = Session("school-brochure", "sv", seed=seed)
        for q in questions:
            session.ask(q)
        leads = [next((p for p in lead_ins if e.reply.text.startswith(p)), "") for e in session.exchanges]
        assert all(a != b or not a for a, b in pairwise(leads)), (seed, leads)
