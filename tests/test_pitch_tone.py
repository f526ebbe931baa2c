"""The pitch reader's tone: a scenario's words never hide blame, and a blaming sentence does not acknowledge."""

import json

import pytest

from orderlab import lang as L
from orderlab import scenario as S
from orderlab.findings import texts
from orderlab.pitch import score_pitch
from orderlab.session import Session

# Notebook 05's challenge "Pekpinnen" asks learners to send exactly this after a delivery in school-brochure.
PEKPINNEN = ("Ni gjorde fel. Alla vet att broschyrer inte fungerar. Lyssna på oss nästa gång i stället för att "
             "bestämma själv hela tiden, det vore bra för barnen. 62 barn.")
QUESTIONS = ["Vad vill ni uppnå?", "Berätta om familjerna.", "Varför är det viktigt?"]
KNOWN_MISS = pytest.mark.xfail(strict=True, reason="a known miss of the pitch model (docs/understanding-model.md)")


def _scenario_words(scenario_id: str, lang: str) -> dict:
    return {c: v.get(lang, ()) for c, v in S.get(scenario_id).pitch_words.items()}


@pytest.mark.parametrize("delivered", ["ordered", "alternative"])
def test_pekpinnen_blames_in_the_role_play(delivered):
    """After either delivery, the role-play reads the challenge's pitch as blaming and shows the tone line."""
    session = Session(S.get("school-brochure"), "sv", seed=1)
    for q in QUESTIONS:
        session.ask(q)
    session.finish_consulting()
    session.confirm("En tryckt broschyr till vårdnadshavarna, klar till besöksdagen i maj.")
    session.deliver(delivered)
    influence = session.pitch(PEKPINNEN)
    scored = influence.pitch
    assert scored.criteria["blame"], scored.criteria
    assert influence.trust.reason == "pitch_blame", influence.trust
    blame_line = L.text("sv", "ui.pitch_blame_found_in", sentence="X").split("X")[1]
    assert any(blame_line in line for line in texts(scored.feedback, "sv"))


def test_pekpinnen_blames_in_the_cli(orderlab_exe, tmp_path):
    """`orderlab score-pitch` (no scenario) reads the same pitch as blaming too."""
    import subprocess

    result = subprocess.run([orderlab_exe, "score-pitch", "--lang", "sv", "-"], input=PEKPINNEN, text=True,
                            capture_output=True, encoding="utf-8", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["criteria"]["blame"] is True


@pytest.mark.parametrize("lang", L.languages())
@pytest.mark.parametrize("scenario_id", sorted(S.builtin_ids()))
def test_scenario_words_never_change_blame(scenario_id, lang):
    """Every sentence's blame is read the same with and without a scenario's own words."""
    text = PEKPINNEN if lang == "sv" else (
        "You did it wrong. Everyone knows brochures don't work. Listen to us next time instead of deciding "
        "everything yourself, it would be good for the children. 62 children.")

    def blame(extra):
        return [dict(s.probabilities)["blame"] for s in score_pitch(text, lang, extra).sentences]

    assert blame(_scenario_words(scenario_id, lang)) == blame(None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("sv", "Du får din broschyr, men det var ett dumt beslut."),
     ("sv", "Här är broschyren du tjatade om, fast ingen läser den."),
     # Names the delivery plainly (acknowledgement 0.99) and blames in the same breath:
     ("sv", "Broschyrerna är tryckta som du ville, men det var slöseri med pengar."),
     ("en", "The brochures are printed as you wanted, but it was a waste of money."),
     ("en", "You always order the wrong thing. Everyone knows brochures don't work, so next time listen to us."),
     ("en", "Here is the brochure you insisted on, though nobody reads them.")],
)
def test_a_blaming_sentence_does_not_acknowledge(lang, text):
    """A sentence that reads more as blame than as acknowledgement is not quoted as acknowledging the delivery."""
    scored = score_pitch(text, lang, _scenario_words("school-brochure", lang))
    assert scored.criteria["blame"]
    assert not scored.criteria["acknowledge"], scored.evidence


@pytest.mark.parametrize(
    ("lang", "text"),
    [pytest.param("sv", PEKPINNEN, marks=KNOWN_MISS),  # "Alla vet att broschyrer inte fungerar." acknowledges
     pytest.param("sv", "Här är dina broschyrer, som vanligt fel val.", marks=KNOWN_MISS),  # blame 0.63 < 0.7
     pytest.param("en", "You did it wrong. Everyone knows brochures don't work.", marks=KNOWN_MISS)],
)
def test_a_hostile_pitch_does_not_acknowledge(lang, text):
    """A pitch that only reproaches acknowledges nothing (known misses: no training pitch says 'everyone knows')."""
    assert not score_pitch(text, lang, _scenario_words("school-brochure", lang)).criteria["acknowledge"]


@pytest.mark.parametrize(
    "text", [pytest.param("The children paid for it.", marks=KNOWN_MISS),
             pytest.param("The pupils deserve better.", marks=KNOWN_MISS)],
)
def test_end_customer_in_their_interest(text):
    """Speaking up for the pupils counts as end customer, also with the scenario's own words (known misses)."""
    assert score_pitch(text, "en", _scenario_words("school-brochure", "en")).criteria["end_customer"]
