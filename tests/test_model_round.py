"""orderlab.model_round: notebook 05's annotated strong round, played in the engine."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from orderlab import model_round
from orderlab.errors import ScenarioError
from orderlab.present.panel import panel_text
from orderlab.session import Session

LANGS = ("sv", "en")
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", LANGS)
def test_the_round_is_strong_at_every_step(lang: str):
    """Every question is open and free of traps, the order is confirmed in full, delivered as ordered,
    and the pitch reaches the strong band."""
    content = model_round.load()
    session = Session(content["scenario"], lang, seed=content["seed"])
    for q in content["questions"]:
        question = session.ask(q[lang]).question
        assert question.form == "open" and not question.flags, (q[lang], question.form, question.flags)
    assert not session.confirm(content["confirmation"][lang]).missing
    assert session.deliver(content["delivery"]).as_ordered
    assert model_round.play(lang).band == "strong"


@pytest.mark.parametrize("lang", LANGS)
def test_each_why_matches_the_reply_it_explains(lang: str):
    """The words a "why" relies on are in the requester's real reply to that question."""
    played = model_round.play(lang)
    for step in played.steps:
        for word in step.mentions:
            assert word.lower() in step.reply.lower(), f"{step.said!r}: the reply no longer mentions {word!r}"
    assert sum(bool(s.mentions) for s in played.steps) == len(model_round.load()["questions"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_panel_shows_what_the_engine_answers(lang: str):
    """Each reply shown is what a fresh session answers to the same question, next order included."""
    content = model_round.load()
    shown = panel_text(model_round.show_model_round(lang))
    session = Session(content["scenario"], lang, seed=content["seed"])
    for q in content["questions"]:
        assert session.ask(q[lang]).reply.text in shown
    session.confirm(content["confirmation"][lang])
    session.deliver(content["delivery"])
    influence = session.pitch(content["pitch"][lang])
    assert influence.reaction in shown and influence.next_order in shown
    assert all(step.why in shown for step in model_round.play(lang).steps)


@pytest.mark.parametrize("lang", LANGS)
def test_the_steps_come_in_the_method_order(lang: str):
    """Questions first, then confirmation, delivery and pitch, each with a why in the learner's language."""
    kinds = [s.kind for s in model_round.play(lang).steps]
    assert kinds == ["question"] * (len(kinds) - 3) + ["confirmation", "delivery", "pitch"]


def test_a_broken_model_round_names_file_and_field(tmp_path: Path):
    """A question without English and a pitch without a why are reported with the file and the field."""
    path = tmp_path / "model-round.yaml"
    path.write_text("scenario: school-brochure\ndelivery: ordered\nquestions:\n  - sv: Vad?\n    why: {sv: a, en: b}\n"
                    "confirmation: {sv: a, en: b, why: {sv: a, en: b}}\npitch: {sv: a, en: b}\n"
                    "delivery_why: {sv: a, en: b}\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        model_round.load(path)
    assert {p.field for p in caught.value.problems} == {"questions[0]", "pitch.why"}


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*/05-*.ipynb")), ids=lambda p: p.parent.name)
def test_notebook_05_shows_the_model_round(path: Path):
    """Both languages' notebook 05 call show_model_round before the learner plays."""
    sources = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    model = next(i for i, s in enumerate(sources) if "show_model_round(LANG)" in s)
    play = next(i for i, s in enumerate(sources) if "self_paced_play(LANG)" in s)
    assert model < play
