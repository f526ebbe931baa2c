"""orderlab.findings: a finding is a key and parameters; the sentence is made in the language it is shown in."""

from __future__ import annotations

import json

from orderlab import delivery as D
from orderlab import lang as L
from orderlab.findings import Finding, render, texts
from orderlab.scenario import get
from orderlab.session import Session


def test_a_finding_survives_json_and_compares_by_content():
    """Stored and read back, a finding is the same finding, whatever order its parameters were given in."""
    finding = Finding.of("conv_open_share", verdict="fair", pct=60)
    assert Finding.from_dict(json.loads(json.dumps(finding.to_dict()))) == finding
    assert finding == Finding.of("conv_open_share", pct=60, verdict="fair")
    assert finding.to_dict() == {"key": "conv_open_share", "params": {"pct": 60, "verdict": "fair"}}


def test_ids_become_words_of_the_language_shown():
    """Topic, verdict and criterion ids are named in the language the finding is shown in."""
    for lang in L.languages():
        said = L.text(lang, "ui.tip_missed", topic=L.topic_objects(lang)["budget"])
        assert render(Finding.of("tip_missed", topic="budget"), lang) == said
    share = Finding.of("conv_open_share", pct=60, verdict="fair")
    assert render(share, "en") == "60% of your questions were open (fair)."
    missed = Finding.of("pitch_missed", criterion="invite")
    assert render(missed, "sv") == L.text("sv", "ui.pitch_missed", criterion=L.text("sv", "ui.crit_invite"))


def test_a_delivery_judged_in_swedish_reads_in_english():
    """Scenario text in a finding (why the alternative was wrong, the requester's corrections) is kept in every
    language, so a delivery judged in Swedish shows whole in English."""
    scenario = get("school-brochure")
    session = Session(scenario, "sv")
    session.confirm("En broschyr.")
    result = session.deliver("alternative")
    english = texts(result.feedback, "en")
    assert english[0] == L.text("en", "ui.delivered_alternative", why=scenario.alternative["why_not_now"]["en"])
    assert result.feedback[-1].key == "confirm_missing" and english[-1].startswith("Almost.")
    assert texts(result.feedback, "sv")[-1] == session.confirmation.reply


def test_the_verdict_leaves_out_the_requesters_reply():
    """A delivery's verdict is its findings without the reply to the confirmation: no sentence is compared."""
    scenario = get("school-brochure")
    confirmation = D.confirm(scenario, "en", "A brochure for the parents.")
    result = D.check(scenario, "en", "ordered", confirmation)
    assert result.verdict == (Finding("delivered_ok"),)
    assert len(result.feedback) == 2 and result.feedback[-1].key in D.REPLY_KEYS


def test_a_sentence_kept_as_written_is_the_same_in_every_language():
    finding = Finding.verbatim("Drick mer kaffe.")
    assert texts([finding], "sv") == texts([finding], "en") == ("Drick mer kaffe.",)
