"""One analysis of a turn: what the requester, the scorer and the conversation score all read.

The first tests replay, in the first scenario, the questions that the understanding issue found the
requester misreading; then the analysis itself (acts, evidence, context, the other language).
"""

from __future__ import annotations

import pytest

from orderlab import Session
from orderlab.conversation import follows_up, score_conversation
from orderlab.errors import InputError
from orderlab.findings import texts
from orderlab.questions import score_question
from orderlab.understanding import ACTS, Context, analyse
from orderlab.understanding.langid import MARKERS, detect


def ask(session: Session, text: str):
    return session.ask(text)


# --- The requester understands what people actually ask (school-brochure) ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [("sv", "Vad ska broschyren leda till?"), ("en", "What's the idea behind the brochure?"),
     ("sv", "Vad är tanken med broschyren?"), ("en", "What should the brochure lead to?")],
)
def test_the_courses_own_purpose_question_gets_the_purpose(lang, text):
    """The purpose question the notebooks teach is answered with the purpose, not the page count."""
    reply = Session("school-brochure", lang).ask(text).reply
    assert (reply.kind, reply.topic) == ("answer", "purpose")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("sv", "Berätta mer!"), ("sv", "Hur menar du då?"), ("sv", "Kan du utveckla det?"),
     ("sv", "Kan du ge ett exempel?"), ("sv", "Och varför det?"), ("en", "Tell me more about that."),
     ("en", "How come?"), ("en", "What do you mean by that?"), ("en", "Could you give me an example?")],
)
def test_a_follow_up_continues_the_last_topic_with_something_new(lang, text):
    """After the purpose answer, a follow-up gets the next purpose item, not a redirect."""
    session = Session("school-brochure", lang)
    first = session.ask({"sv": "Vad vill ni uppnå?", "en": "What do you want to achieve?"}[lang]).reply
    exchange = session.ask(text)
    assert exchange.question.act == "follow_up"
    assert (exchange.reply.kind, exchange.reply.topic) == ("deeper", "purpose")
    assert exchange.reply.item != first.item


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_hidden_need_answers_the_languages_question(lang):
    """'Which languages do the parents speak?' gets the 25 families who speak other languages."""
    text = {"sv": "Vilka språk talar föräldrarna?", "en": "What languages do the parents speak?"}[lang]
    reply = Session("school-brochure", lang).ask(text).reply
    assert (reply.topic, reply.item) == ("audience", "languages")
    assert "25" in reply.text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_open_question_after_a_closed_one_gets_the_full_answer(lang):
    """'Who will read it?' gets the short answer; 'What do you know about the families?' then the full one."""
    session = Session("school-brochure", lang)
    who = session.scenario.facts["audience"].items[0]
    first = session.ask({"sv": "Vem ska läsa den?", "en": "Who will read it?"}[lang]).reply
    assert first.text == who.short[lang]
    second = session.ask({"sv": "Vad vet du om familjerna som ska få den?",
                          "en": "What do you know about the families who will get it?"}[lang]).reply
    assert second.item == who.id and who.full[lang] in second.text
    assert not second.text.startswith({"sv": "Som jag sa", "en": "As I said"}[lang])


@pytest.mark.parametrize(("lang", "text"), [("sv", "Vad händer om den blir försenad?"),
                                             ("en", "What happens if it's late?")])
def test_what_if_it_is_late_gets_the_deadline_and_what_drives_it(lang, text):
    """'What happens if it is late?' is answered from the deadline: what drives the date."""
    reply = Session("school-brochure", lang).ask(text).reply
    assert (reply.topic, reply.item) == ("deadline", "if-late")


def test_as_i_said_only_when_nothing_new_remains_and_then_a_hint():
    """'Som jag sa' comes once every deadline item is told, with a hint at something not asked."""
    session = Session("school-brochure", "sv")
    kinds = [session.ask(q).reply.kind for q in ("Berätta om tidplanen.", "Vad händer om den blir försenad?")]
    assert "repeat" not in kinds
    last = session.ask("Berätta mer.").reply
    assert last.kind == "repeat" and "förresten" in last.text


def test_play_explains_each_reply():
    """Each turn of a report says which act the turn was and which topic and item the reply came from."""
    session = Session("school-brochure", "sv")
    session.ask("Vad ska broschyren leda till?")
    session.ask("okej")
    turns = session.finish_consulting() and session.report()["steps"]["questions"]["turns"]
    assert turns[0]["act"] == "question" and turns[0]["answered"] == {"topic": "purpose", "item": "meeting"}
    assert turns[1]["act"] == "statement" and turns[1]["answered"] is None


# --- The analysis itself ---


@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [("sv", "Får jag komma med ett förslag?", "permission"),
     ("en", "Would it be OK if I suggested something?", "permission"),
     ("sv", "Har du funderat på en film i stället?", "proposal"), ("en", "How about a short film instead?", "proposal"),
     ("sv", "Så det viktiga för dig är att fler kommer på mötet.", "reflection"),
     ("en", "So what matters most is that more families come.", "reflection"),
     ("sv", "Hej, tack för att du tog dig tid!", "small_talk"), ("en", "Thanks for making the time!", "small_talk"),
     ("sv", "Okej, jag förstår.", "statement"), ("en", "Right, got it.", "statement"),
     ("sv", "När ska den vara klar?", "question"), ("en", "Who will read it?", "question")],
)
def test_the_dialogue_act(lang, text, act):
    """Each kind of turn gets its act."""
    assert analyse(text, lang).act == act


def test_acts_are_the_seven_of_the_guide():
    """The acts are the ones tests/data/turns/GUIDE.md defines."""
    assert ACTS == ("question", "follow_up", "reflection", "permission", "proposal", "statement", "small_talk")


def test_small_talk_and_statements_carry_no_topic():
    """A pleasantry asks nothing about the order, even with a word that often marks a topic."""
    assert analyse("Hur har din vecka varit hittills?", "sv").topics == ()


def test_topics_carry_their_evidence():
    """Each topic says which words carried it: the learner can be shown why."""
    a = analyse("Vad ska broschyren leda till?", "sv")
    (purpose,) = a.topics
    assert purpose.topic == "purpose" and 0.5 < purpose.confidence <= 1
    assert any("leda" in w or "till" in w for w in purpose.evidence), purpose.evidence


def test_the_topic_reason_quotes_the_evidence():
    """The scorer's reason for a topic names the words that carried it."""
    feedback = " ".join(texts(score_question("What's the idea behind the brochure?", "en").feedback, "en"))
    assert "purpose (" in feedback and "“" in feedback


def test_a_follow_up_refers_to_the_last_topic():
    """With a conversation behind it, 'Hur menar du?' refers to the topic of the last answer."""
    a = analyse("Hur menar du?", "sv", Context(last_topic="deadline", last_reply="Senast 23 maj."))
    assert (a.act, a.refers_to) == ("follow_up", "deadline")


def test_echoing_the_requesters_words_is_a_follow_up():
    """A question that picks up a longer word of the last reply continues that topic."""
    context = Context(last_topic="purpose", last_reply="Barnen ska få en trygg start.")
    a = analyse("Vad innebär en trygg start?", "sv", context)
    assert (a.act, a.refers_to) == ("follow_up", "purpose")


def test_follow_ups_count_for_depth():
    """The conversation score counts follow-ups by the analysis's act."""
    after = score_question("Berätta mer!", "sv", context=Context("purpose", "Fler ska komma på mötet."))
    assert follows_up(after, "Fler ska komma på mötet.", "sv")
    assert not follows_up(score_question("Hur många sidor?", "sv"), "Fler ska komma på mötet.", "sv")


def test_the_requester_reads_the_same_analysis_the_score_shows():
    """The reply's topic is one of the topics the score shows for the same turn."""
    session = Session("school-brochure", "en")
    exchange = session.ask("Who is it for?")
    assert exchange.reply.topic in exchange.question.topics
    conv = score_conversation([exchange.question], session.scenario.key_topics, "en", [exchange.reply.text])
    assert "audience" in conv.covered


# --- The other course language ---


@pytest.mark.parametrize(("lang", "text", "other"), [
    ("en", "Vad vill ni uppnå med broschyren?", "sv"),
    ("sv", "What do you want to achieve with the brochure?", "en"),
])
def test_a_turn_in_the_other_language_is_noticed(lang, text, other):
    """A Swedish question sent as English (or the other way round) is noticed and named."""
    assert analyse(text, lang).other_language == other
    feedback = " ".join(texts(score_question(text, lang).feedback, lang))
    assert {"sv": "svenska", "en": "English"}[lang].lower() in feedback.lower()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_role_play_asks_again_in_its_language_and_spends_nothing(lang):
    """In the role-play a turn in the other language gets a plain message in its language; no turn is spent."""
    session = Session("school-brochure", lang)
    text = {"sv": "What do you want to achieve with it?", "en": "Vad vill ni uppnå med den?"}[lang]
    with pytest.raises(InputError) as info:
        session.ask(text)
    assert info.value.key == "other_language" and not session.exchanges
    assert session.ask({"sv": "Vad vill ni uppnå?", "en": "What do you want to achieve?"}[lang]).reply.topic


@pytest.mark.parametrize("text", ["Budget?", "OK", "A5", "Deadline?", "Hej!", "ok tack"])
def test_short_turns_are_not_called_the_other_language(text):
    """A word that both languages use is not enough to claim the other language."""
    assert analyse(text, "en").other_language is None and analyse(text, "sv").other_language is None


def test_the_language_markers_do_not_overlap():
    """No marker word belongs to both languages, so a word counts for one side only."""
    assert not MARKERS["sv"] & MARKERS["en"]
    assert detect(["vad", "vill", "ni", "uppnå", "med", "den"]) == "sv"
    assert detect(["what", "do", "you", "want", "to", "achieve", "with", "it"]) == "en"


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("sv", "Slutkörd?", "Personalen är slutkörd efter hösten."),
        ("sv", "Alltid?", "Det har alltid varit så här."),
        ("en", "Exhausted?", "The staff are exhausted after the autumn."),
    ],
)
def test_an_echo_of_her_word_is_an_open_follow_up(lang, text, said):
    """One or two of the requester's own words, asked back, invite her to say more (GUIDE.md: echo)."""
    a = analyse(text, lang, Context(last_reply=said, last_topic="history"))
    assert (a.form, a.act) == ("open", "follow_up")
    assert analyse(text, lang).act != "follow_up"  # with nothing said before, it echoes nothing


@pytest.mark.parametrize(("text", "form"), [
    ("so when does it need to be ready", "closed"),
    ("so when will the families get it", "closed"),
])
def test_so_and_a_question_word_with_its_verb_asks(text, form):
    """'So when does ...' asks; 'So when the schedule goes wrong, it's the clients who wait' reflects."""
    a = analyse(text, "en")
    assert (a.form, a.act) == (form, "question")
    assert analyse("So when the schedule goes wrong, it is the clients who wait.", "en").act == "reflection"


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Har du funderat på en film i stället?"),
    ("en", "Have you considered a film instead?"),
    ("sv", "Varför inte en film?"),
])
def test_a_proposal_is_about_what_it_proposes_not_its_own_phrase(lang, text):
    """Notebook 01's example showed "funderat", "film", "stället" as the format's evidence: the proposal's own
    phrase is not what it is about (a usability review, session 8)."""
    a = analyse(text, lang)
    assert "solution" in a.flags
    assert [(t.topic, t.evidence) for t in a.topics] == [("format", ("film",))]
