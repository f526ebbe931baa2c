"""Behaviours a code review asked for: each was a real bug, reproduced before it was fixed."""

from __future__ import annotations

import copy
import random

import pytest
import yaml

from orderlab import InputError, Session
from orderlab import lang as L
from orderlab import scenario as S
from orderlab.results import InvalidName, ResultsStore, ResultsUnavailable, check_name
from orderlab.ui import RolePlay
from orderlab.ui.dashboard import Dashboard
from orderlab.ui.participant import ParticipantApp

LECTURE = ("Här är broschyren. Ni borde ha förstått att ingen läser sådant, det var fel att beställa den. "
           "Förra året kom 31 av 58. Varför frågade ni inte oss först?")


def test_a_blaming_pitch_never_earns_the_strong_next_order():
    """A pitch that lectures gets the weak band, whatever else it scores."""
    session = Session("school-brochure", "sv")
    session.deliver("ordered")
    assert session.pitch(LECTURE).band == "weak"


@pytest.mark.parametrize("text", ["?", "😀", "...", "\u200b"])
def test_a_question_without_words_costs_no_turn(text):
    """A question of only symbols is refused with its own message and spends no turn or time."""
    session = Session("school-brochure", "sv")
    with pytest.raises(InputError) as err:
        session.ask(text)
    assert err.value.message == L.text("sv", "ui.question_no_words")
    assert session.exchanges == [] and session.requester.patience == S.get("school-brochure").persona.patience


def test_a_real_question_behind_a_permission_phrase_is_answered():
    """'Får jag föreslå att vi börjar med syftet: vad vill du uppnå?' gets the purpose, not 'wait'."""
    session = Session("school-brochure", "sv")
    reply = session.ask("Får jag föreslå att vi börjar med syftet: vad vill du uppnå?").reply
    assert reply.kind == "answer" and reply.topic == "purpose"


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


class FlakyStore:
    """A store whose first save of a result fails as if the file were busy."""

    def __init__(self, store):
        self.store, self.failed = store, False

    def save_result(self, *args, **kwargs):
        if not self.failed:
            self.failed = True
            raise ResultsUnavailable("busy", "locked", "x")
        return self.store.save_result(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_finished_round_that_failed_to_save_is_saved_on_the_next_step(tmp_path):
    """When saving a finished round fails once, it is kept and saved with the next step."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        store.create_workshop("w")
        app = ParticipantApp("w", "sv", store=FlakyStore(store), rng=random.Random(1))
        app.alias.value = "Blåklocka"
        app.start()
        rp = app.roleplay
        rp.finish_asking()
        rp.delivery.value = "ordered"
        rp.submit_delivery()
        rp.pitch.value = "Här är broschyren. Syftet är barnen. Förra året kom 31 av 58. Vad tror du?"
        rp.submit_pitch()
        assert store.results("w") == [] and L.text("sv", "ui.results_locked") in app.saved.value
        rp.start_next_round()
        assert len(store.results("w")) == 1


def test_a_state_from_an_older_version_resumes_as_far_as_it_can(tmp_path):
    """A saved round with an action this version cannot replay resumes up to it, and says so."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        state = Session("school-brochure", "sv").state()
        state["actions"] = [["ask", "Vad vill ni uppnå?"], ["dance"], ["ask", "Varför?"]]
        store.save_progress("w", "Blåklocka", "school-brochure", "sv", state)
        app = ParticipantApp("w", "sv", store=store)
        app.alias.value = "Blåklocka"
        app.start()
        assert len(app.roleplay.session.exchanges) == 1
        assert L.text("sv", "ui.resumed_partly") in app.saved.value


def test_dashboard_export_with_a_bad_name_says_why(tmp_path):
    """Exporting a workshop with a name over the limit shows a message instead of raising."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        board = Dashboard("w", "sv", store=store)
        board.workshop.value = "x" * 81
        assert board.export() == ""
        assert "80" in board.status.value


def test_invisible_characters_are_removed_from_aliases():
    """Zero-width and direction-override characters are stripped; an alias of only those is empty."""
    assert check_name("\u202eevil") == "evil"
    with pytest.raises(InvalidName):
        check_name("\u200b\u200b")


@pytest.fixture
def raw():
    return yaml.safe_load((S.builtin_dir() / "school-brochure.yaml").read_text("utf-8"))


def test_a_scenario_with_no_delivery_fields_is_refused(raw):
    """An empty delivery is a validation problem, not a crash when delivering."""
    broken = copy.deepcopy(raw)
    broken["delivery"]["fields"] = []
    with pytest.raises(S.ScenarioError) as err:
        S.parse(broken, "x.yaml")
    assert any(p.field == "delivery.fields" for p in err.value.problems)


def test_unknown_pitch_word_criteria_are_refused(raw):
    """pitch_words may only add words to the pitch's own criteria."""
    broken = copy.deepcopy(raw)
    broken["pitch_words"]["end-customer"] = {"sv": ["barn"], "en": ["children"]}
    with pytest.raises(S.ScenarioError) as err:
        S.parse(broken, "x.yaml")
    assert any(p.field == "pitch_words.end-customer" for p in err.value.problems)
