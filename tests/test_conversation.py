"""Step 1 as a whole: how consultative a series of questions was."""

import json

from orderlab import lang as L
from orderlab.conversation import WEIGHTS, score_conversation
from orderlab.questions import score_question

KEY = ("purpose", "audience", "deadline", "format")
GOOD_SV = [
    "Vad vill ni uppnå?",
    "Berätta om målgruppen.",
    "Vad styr tidplanen?",
    "Hur tänker du kring formatet?",
]


def conv(texts, lang="sv", key=KEY):
    return score_conversation([score_question(t, lang) for t in texts], key, lang)


def test_no_questions_scores_zero():
    """A step with no questions scores 0 and says so."""
    result = conv([])
    assert result.score == 0
    assert L.text("sv", "conv_no_questions") in result.feedback


def test_statements_only_count_as_no_questions():
    """Turns that are not questions do not count as asked questions."""
    result = conv(["okej", "Jag förstår."])
    assert result.questions == 0
    assert result.score == 0


def test_ideal_conversation_scores_full_marks():
    """Open questions covering every key topic, purpose first, no flags, score 100."""
    result = conv(GOOD_SV)
    assert (result.open_share, result.missed, result.purpose_first) == (1.0, (), True)
    assert result.score == 100


def test_open_share():
    """open_share is the share of asked questions that were open."""
    result = conv(["Vad vill ni uppnå?", "Har ni en budget?", "När ska den vara klar?", "Berätta om målgruppen."])
    assert result.open_share == 0.5


def test_covered_and_missed_follow_key_topics():
    """Key topics raised are covered; the others are missed, in key-topic order."""
    result = conv(["Vad vill ni uppnå?", "Hur många sidor?"])
    assert result.covered == ("purpose", "format")
    assert result.missed == ("audience", "deadline")


def test_missed_topics_cost_points():
    """Covering fewer key topics scores lower."""
    assert conv(GOOD_SV[:2]).score < conv(GOOD_SV).score


def test_purpose_before_format():
    """Asking the purpose before the form counts as purpose first."""
    assert conv(["Vad vill ni uppnå?", "Hur många sidor?"]).purpose_first


def test_format_before_purpose():
    """Asking about the form before the purpose is not purpose first, and the tip says so."""
    result = conv(["Hur många sidor?", "Vad vill ni uppnå?"])
    assert not result.purpose_first
    assert L.text("sv", "conv_purpose_late") in result.feedback
    assert result.tips[0] == L.text("sv", "tip_purpose")


def test_purpose_never_asked():
    """Never asking the purpose is reported as missing."""
    assert L.text("sv", "conv_purpose_missing") in conv(["Hur många sidor?"]).feedback


def test_solutions_and_leading_cost_restraint():
    """Solution-pushing and leading questions lower the score and are counted."""
    clean = conv(GOOD_SV)
    pushy = conv([*GOOD_SV, "Har du funderat på en film i stället?", "Ni har väl en budget?"])
    assert (pushy.solutions, pushy.leading) == (1, 1)
    assert pushy.score < clean.score


def test_at_most_two_tips():
    """The learner gets at most the two most useful tips."""
    assert len(conv(["Har du funderat på en film?", "Ni har väl en budget?", "Har ni en budget?"]).tips) <= 2


def test_score_within_bounds():
    """The step's score stays within 0-100 even with many penalties."""
    result = conv(["Har du funderat på en film i stället?"] * 10)
    assert 0 <= result.score <= sum(WEIGHTS.values())


def test_feedback_in_english():
    """English questions get English feedback."""
    result = conv(["What do you want to achieve?"], lang="en")
    assert L.text("en", "conv_purpose_first") in result.feedback


def test_to_dict_is_json():
    """The conversation score serialises to JSON."""
    assert json.loads(json.dumps(conv(GOOD_SV).to_dict()))["score"] == 100
