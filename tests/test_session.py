"""One role-play from order to next order: steps in order, a deterministic, serialisable report."""

import json

import pytest

from orderlab import lang as L
from orderlab import scenario as S
from orderlab.errors import InputError
from orderlab.session import WEIGHTS, Session, band

QUESTIONS = [
    "Vad vill ni uppnå?",
    "Berätta om familjerna.",
    "Varför är det viktigt?",
    "Hur ser ett lyckat resultat ut?",
]
SUMMARY = "En tryckt broschyr till vårdnadshavarna, klar till besöksdagen i maj."
STRONG_PITCH = (
    "Tack för beställningen! Broschyren är levererad som du beställde, 150 exemplar till besöksdagen. "
    "Jag har funderat på syftet: att fler vårdnadshavare kommer på introduktionsmötet så att barnen "
    "får en trygg start. Förra året kom 31 av 58 familjer, och 17 av dem som uteblev har ett annat "
    "modersmål än svenska. Till nästa gång föreslår jag att vi testar en kort film på fem språk som "
    "skickas med sms. Vad tror du? Vi kan gärna ses och prata om det."
)
WEAK_PITCH = "Här är broschyren."


@pytest.fixture
def session(scenario):
    """A fresh Swedish session of the school-brochure scenario."""
    return Session(scenario, "sv", seed=1)


def play(session, pitch=STRONG_PITCH):
    for q in QUESTIONS:
        session.ask(q)
    session.finish_consulting()
    session.confirm(SUMMARY)
    session.deliver("ordered")
    session.pitch(pitch)
    return session


def test_starts_in_step_one_with_the_opening(session, scenario):
    """A new session is in step 1 and the requester opens with the scenario's order."""
    assert session.step == "consult"
    assert session.opening == scenario.opening["sv"]


def test_scenario_by_id():
    """A session can be started from a shipped scenario's id."""
    assert Session("school-brochure", "en").scenario.id == "school-brochure"


def test_unknown_language_raises(scenario):
    """A language the course does not have raises ValueError."""
    with pytest.raises(ValueError):
        Session(scenario, "de")


def test_full_loop(session):
    """Asking, confirming, delivering and pitching runs through every step to done."""
    play(session)
    assert session.step == "done"
    assert len(session.exchanges) == len(QUESTIONS)
    assert session.influence is not None


def test_ask_returns_question_and_reply(session, scenario):
    """Asking returns the scored question and the requester's reply."""
    exchange = session.ask("Vad vill ni uppnå?")
    assert exchange.question.form == "open"
    assert scenario.facts["purpose"].full["sv"] in exchange.reply.text


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_question_costs_no_turn(session, text):
    """An empty question raises InputError and leaves the number of questions left unchanged."""
    left = session.questions_left
    with pytest.raises(InputError) as info:
        session.ask(text)
    assert info.value.message == L.text("sv", "ui.empty_question")
    assert session.questions_left == left
    assert session.exchanges == []


def test_question_limit(scenario):
    """Once the questions run out, asking raises InputError."""
    session = Session(scenario, "sv", max_questions=2)
    session.ask("Vad vill ni uppnå?")
    session.ask("Har ni en budget?")
    with pytest.raises(InputError) as info:
        session.ask("När ska den vara klar?")
    assert info.value.key == "no_questions_left"


@pytest.mark.parametrize("lang", L.languages())
def test_pitch_before_delivery_raises(scenario, lang):
    """Pitching before delivering raises InputError with the deliver_before_pitch message."""
    session = Session(scenario, lang)
    with pytest.raises(InputError) as info:
        session.pitch(STRONG_PITCH)
    assert info.value.message == L.text(lang, "ui.deliver_before_pitch")


def test_pitch_after_consulting_but_before_delivery_raises(session):
    """Pitching in step 2, before delivering, raises the deliver_before_pitch message."""
    session.ask("Vad vill ni uppnå?")
    session.finish_consulting()
    with pytest.raises(InputError) as info:
        session.pitch(STRONG_PITCH)
    assert info.value.key == "deliver_before_pitch"


def test_asking_after_step_one_raises(session):
    """Asking after step 1 is closed raises InputError."""
    session.finish_consulting()
    with pytest.raises(InputError) as info:
        session.ask("Vad vill ni uppnå?")
    assert info.value.key == "wrong_step"


def test_delivering_twice_raises(session):
    """A delivery cannot be changed once made."""
    session.deliver("ordered")
    with pytest.raises(InputError):
        session.deliver("alternative")


def test_deliver_closes_step_one(session):
    """Delivering straight from step 1 closes and scores the questions first."""
    session.ask("Vad vill ni uppnå?")
    session.deliver("ordered")
    assert session.conversation is not None
    assert session.step == "influence"


def test_report_shape(session):
    """The report is JSON-serialisable with the scenario, language, three steps, total and next order."""
    report = json.loads(json.dumps(play(session).report()))
    assert {"scenario", "lang", "steps", "total", "next_order"} <= set(report)
    assert (report["scenario"], report["lang"]) == ("school-brochure", "sv")
    assert set(report["steps"]) == {"questions", "delivery", "pitch"}
    assert 0 <= report["total"] <= 100


def test_report_before_the_end_is_serialisable(session):
    """A report mid-way has no next order yet but is still JSON."""
    session.ask("Vad vill ni uppnå?")
    report = json.loads(json.dumps(session.report()))
    assert report["next_order"] is None


def test_report_lists_every_turn(session):
    """The questions step in the report lists every question with its reply."""
    turns = play(session).report()["steps"]["questions"]["turns"]
    assert [t["text"] for t in turns] == QUESTIONS
    assert all(t["reply"] for t in turns)


def test_total_is_the_weighted_step_scores(session):
    """The total is the weighted mean of the three step scores."""
    play(session)
    scores = session.step_scores()
    expected = sum(WEIGHTS[k] * scores[k] for k in WEIGHTS) / sum(WEIGHTS.values())
    assert abs(session.total() - expected) <= 0.5


def test_strong_pitch_gets_strong_next_order(session, scenario):
    """A strong pitch earns the scenario's strong next order."""
    report = play(session, STRONG_PITCH).report()
    assert report["next_order"]["band"] == "strong"
    assert report["next_order"]["order"] == scenario.next_order["strong"].order["sv"]


def test_weak_pitch_gets_weak_next_order(session, scenario):
    """A weak pitch earns the scenario's weak next order."""
    report = play(session, WEAK_PITCH).report()
    assert report["next_order"]["band"] == "weak"
    assert report["next_order"]["order"] == scenario.next_order["weak"].order["sv"]


@pytest.mark.parametrize(("score", "expected"), [(0, "weak"), (39, "weak"), (40, "fair"), (69, "fair"), (70, "strong")])
def test_band(score, expected):
    """Pitch scores fall into weak, fair and strong bands."""
    assert band(score) == expected


def test_same_seed_same_report(scenario):
    """Two sessions with the same seed and inputs give identical reports."""
    one = play(Session(scenario, "sv", seed=5)).report()
    two = play(Session(scenario, "sv", seed=5)).report()
    assert one == two


# --- Round 2 speaks its own words ---

@pytest.mark.parametrize("lang", ["sv", "en"])
def test_round_two_redirects_to_the_new_order(lang):
    """An off-topic question in round 2 is steered back to the new order, not to round 1's brochure."""
    from orderlab import scenario as S

    scenario = S.get("school-brochure")
    session = Session(scenario, lang, seed=1, round=2, previous_band="fair", previous_trust=60)
    off_topic = {"sv": "Vad tycker du om vädret i Göteborg?", "en": "What do you think of the weather in Gothenburg?"}
    reply = session.ask(off_topic[lang]).reply
    assert reply.kind == "redirect"
    assert reply.text == scenario.next_order["fair"].redirect[lang] != scenario.redirect[lang]


@pytest.mark.parametrize("band", ["weak", "fair", "strong"])
def test_round_two_delivery_options_are_not_stale(band):
    """No round-2 delivery option of the school brochure still names round 1's visit day on 27 May."""
    session = Session("school-brochure", "en", seed=1, round=2, previous_band=band, previous_trust=50)
    assert not [label for label in session.delivery_choices().values() if "27 May" in label]


def test_round_words_must_name_a_delivery_field(raw_scenario):
    """A next order's option labels name an existing delivery field and option, or validation says so."""
    from orderlab import scenario as S
    from orderlab.errors import ScenarioError

    raw_scenario["next_order"]["fair"]["options"] = {"colour": {"red": {"sv": "Röd", "en": "Red"}}}
    with pytest.raises(ScenarioError) as info:
        S.parse(raw_scenario, "broken.yaml")
    assert [p.field for p in info.value.problems] == ["next_order.fair.options.colour"]


def test_round_two_after_a_strong_pitch_defends_the_new_order():
    """After a strong pitch the order is the professional's idea, so pushback in round 2 no longer says
    "I asked for" round 1's order, in any scenario."""
    from orderlab import scenario as S

    for sc in S.all_scenarios():
        later = S.for_round(sc, "strong")
        assert later.pushback != sc.pushback, sc.id
        assert "Jag bad om" not in later.pushback["sv"] and "I asked for" not in later.pushback["en"], sc.id


def test_round_two_redirects_name_the_new_order_in_every_scenario():
    """Wherever the next order differs from round 1's opening, round 2 has its own redirect and goodbye,
    so an off-topic question is not steered back to round 1's order."""
    from orderlab import scenario as S

    for sc in S.all_scenarios():
        for level, nxt in sc.next_order.items():
            if nxt.order == sc.opening:
                continue
            later = S.for_round(sc, level)
            for lang in sc.languages:
                assert later.redirect[lang] != sc.redirect[lang], (sc.id, level, lang)
                # school-brochure's round-1 goodbye names no order, so its bands keep it.
                if sc.persona and sc.id != "school-brochure":
                    assert later.persona.goodbye[lang] != sc.persona.goodbye[lang], (sc.id, level, lang)


@pytest.mark.parametrize("band", ["weak", "fair", "strong"])
def test_planning_committee_round_two_options_drop_the_november_date(band):
    """Round 2 of planning-committee-papers is about a later meeting, so no option label still says 7 November."""
    from orderlab import scenario as S

    later = S.for_round(S.get("planning-committee-papers"), band)
    labels = [text for f in later.delivery for option in f.options.values() for text in option.values()]
    assert labels and not [t for t in labels if "7 november" in t.lower()]


@pytest.mark.parametrize("text", ["?", "😀", "...", "\u200b"])
def test_a_question_without_words_costs_no_turn(text):
    """A question of only symbols is refused with its own message and spends no turn or time."""
    session = Session("school-brochure", "sv")
    with pytest.raises(InputError) as err:
        session.ask(text)
    assert err.value.message == L.text("sv", "ui.question_no_words")
    assert session.exchanges == [] and session.requester.patience == S.get("school-brochure").persona.patience
