"""Step 1 as a whole: how consultative a series of questions was."""

import json

from orderlab import lang as L
from orderlab.conversation import WEIGHTS, score_conversation
from orderlab.findings import Finding, texts
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
    assert L.text("sv", "ui.conv_no_questions") in texts(result.feedback, "sv")


def test_statements_only_count_as_no_questions():
    """Turns that are not questions do not count as asked questions."""
    result = conv(["okej", "Jag förstår."])
    assert result.questions == 0
    assert result.score == 0


def test_ideal_conversation_scores_full_marks():
    """Open questions on every key topic, purpose first, followed up three deep, with a summary, score 100."""
    texts = [
        "Vad vill ni uppnå?",
        "Varför är det viktigt för er?",
        "Vad menar du med en trygg start?",
        "Hur märks otryggheten hos barnen?",
        "Så det viktiga för er är att barnen känner sig trygga från första dagen.",
        "Berätta om målgruppen.",
        "Vad styr tidplanen?",
        "Hur tänker du kring formatet?",
    ]
    replies = [
        "Fler föräldrar på mötet.",
        "Barnen ska få en trygg start.",
        "En trygg start är att barnen vet vad som händer. Otryggheten märks tydligt annars.",
        "Ja.", "Ja, precis.", "Föräldrarna.", "Besöksdagen.", "En broschyr.",
    ]
    result = score_conversation([score_question(t, "sv") for t in texts], KEY, "sv", replies)
    assert (result.open_share, result.missed, result.purpose_first) == (1.0, (), True)
    assert result.depth >= 3
    assert result.reflections == 1
    assert result.score == 100


def test_without_follow_ups_or_summary_the_ideal_loses_those_shares():
    """Covering everything with open questions but never following up or summing up misses depth and reflection."""
    result = conv(GOOD_SV)
    assert result.score == 100 - WEIGHTS["depth"] - WEIGHTS["reflection"]


def test_follow_up_depth_counts_questions_that_pick_up_the_reply():
    """A question that reuses a word of the previous reply, or asks why again, deepens the follow-up run."""
    texts = ["Vad vill ni uppnå?", "Vad menar du med introduktionsmötet?", "Varför är det viktigt?"]
    replies = ["Att fler kommer på introduktionsmötet.", "Mötet i augusti.", "Barnen blir trygga."]
    result = score_conversation([score_question(t, "sv") for t in texts], KEY, "sv", replies)
    assert result.depth == 2


def test_unrelated_questions_have_no_depth():
    """Questions that ignore the previous reply do not count as follow-ups."""
    texts = ["Vad vill ni uppnå?", "När ska den vara klar?", "Hur många sidor?"]
    replies = ["Att fler kommer på introduktionsmötet.", "I maj.", "Åtta."]
    result = score_conversation([score_question(t, "sv") for t in texts], KEY, "sv", replies)
    assert result.depth == 0


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
    assert Finding("conv_purpose_late") in result.feedback
    assert result.tips[0] == Finding("tip_purpose")
    assert texts(result.tips, "sv")[0] == L.text("sv", "ui.tip_purpose")


def test_purpose_never_asked():
    """Never asking the purpose is reported as missing."""
    assert L.text("sv", "ui.conv_purpose_missing") in texts(conv(["Hur många sidor?"]).feedback, "sv")


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
    assert L.text("en", "ui.conv_purpose_first") in texts(result.feedback, "en")


def test_to_dict_is_json():
    """The conversation score serialises to JSON."""
    result = conv(GOOD_SV)
    assert json.loads(json.dumps(result.to_dict()))["score"] == result.score
