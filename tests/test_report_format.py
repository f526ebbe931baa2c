"""Stored results keep working: reports saved as sentences by 179bbf4, and findings stored as keys.

The fixture stores in tests/data/stores were written by commit 179bbf4 (make_stores.py, with what
progress showed for them then); this version must open them on SQLite and PostgreSQL and show the
same, in either language, and in the new wording when a sentence of the catalogue changes.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

import pytest

from orderlab import Session
from orderlab import lang as L
from orderlab import progress as P
from orderlab.findings import VERBATIM, Finding, render, texts
from orderlab.present.summary import summary_markdown
from orderlab.report_format import findings, from_sentence, upgrade
from orderlab.results import ResultsStore

STORES = Path(__file__).parent / "data" / "stores"
EXPECTED = json.loads((STORES / "v179bbf4.expected.json").read_text(encoding="utf-8"))
WORKSHOP = "egen-takt"
OTHER = {"sv": "en", "en": "sv"}


def reports(location: str) -> list[dict]:
    """The self-paced reports in a store; the committed fixture is read from a copy, never opened itself."""
    if Path(location).parent == STORES:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "old.sqlite"
            copy.write_bytes(Path(location).read_bytes())
            return reports(str(copy))
    with ResultsStore(location) as store:
        return [row["report"] for row in store.results(WORKSHOP)]


def load_dump(url: str) -> None:
    """Run the plain-SQL dump as the store's user (psql's own backslash commands left out)."""
    import psycopg

    sql = "\n".join(line for line in (STORES / "v179bbf4.pg.sql").read_text(encoding="utf-8").splitlines()
                    if not line.startswith("\\"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(params=["sqlite", "postgres"])
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of the store 179bbf4 wrote, on SQLite or restored on PostgreSQL."""
    if request.param == "sqlite":
        copy = tmp_path / "old.sqlite"
        copy.write_bytes((STORES / "v179bbf4.sqlite").read_bytes())
        return str(copy)
    url = request.getfixturevalue("pg_url")
    load_dump(url)
    return url


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_old_store_shows_the_same_practice_and_summary(old_store, lang):
    """What to practise and the printable summary of rounds saved by 179bbf4 are what 179bbf4 showed, with
    percentages by today's one rounding rule (``orderlab.percent``, session 8: halves up, so the 1 question in
    8 that 179bbf4 showed as 12 % is 13 %, as every other screen now says)."""
    found = reports(old_store)
    assert len(found) == 4 and {r["lang"] for r in found} == {"sv", "en"}
    assert P.practice(found, lang) == EXPECTED[lang]["practice"]
    assert summary_markdown(found, lang) == EXPECTED[lang]["summary"]


def _old_sentences(report: dict) -> list[str]:
    asked = report["steps"]["questions"]
    return [*asked["tips"], *asked["feedback"]]


def test_old_tips_and_feedback_are_read_back_as_keys():
    """Every tip and step-1 line 179bbf4 stored is recognised, and shows exactly as it was written, unless the
    catalogue has worded it anew since: then it shows today's wording ("1 följdfrågor" is "1 följdfråga")."""
    old = _old_templates()
    for report in reports(str(STORES / "v179bbf4.sqlite")):
        lang = report["lang"]
        for sentence in _old_sentences(report):
            finding = from_sentence(sentence)
            assert finding.key != VERBATIM, sentence
            params = dict(finding.params)
            table = L.table(lang, "ui")
            today = table.get(finding.key + L.ONE) if params.get("n") == 1 else None
            if (today or table[finding.key]) == old[lang]["templates"][finding.key]:
                assert render(finding, lang) == sentence
            else:
                assert render(finding, lang) == L.text(lang, f"ui.{finding.key}", **_names(params, lang)) != sentence


def _old_templates() -> dict:
    from orderlab import report_format

    return report_format._old()


def test_an_old_result_reads_in_the_other_language():
    """A tip stored as a Swedish sentence shows in English (and the other way round) as today's engine says it."""
    seen = set()
    for report in reports(str(STORES / "v179bbf4.sqlite")):
        other = OTHER[report["lang"]]
        for finding in findings(report["steps"]["questions"]["tips"]):
            shown = render(finding, other)
            params = {k: v for k, v in finding.params}
            assert shown == L.table(other, "ui")[finding.key].format(**_names(params, other))
            seen.add(finding.key)
    assert {"tip_purpose", "tip_open", "tip_missed", "tip_solutions"} <= seen


def _names(params: dict, lang: str) -> dict:
    return {k: L.topic_objects(lang)[v] if k == "topic" else v for k, v in params.items()}


def test_an_unknown_sentence_is_kept_as_written():
    """A sentence no version of the catalogue made is shown as it was saved, in every language."""
    finding = from_sentence("Drick mer kaffe.")
    assert finding == Finding.verbatim("Drick mer kaffe.")
    assert render(finding, "en") == render(finding, "sv") == "Drick mer kaffe."


def test_a_changed_wording_shows_in_old_results(monkeypatch):
    """After a catalogue sentence changes, a tip stored as the old sentence shows the new wording."""
    found = reports(str(STORES / "v179bbf4.sqlite"))
    before = P.practice(found, "sv")["tips"]
    assert before[0]["text"] == L.table("sv", "ui")["tip_purpose"]
    monkeypatch.setitem(L.table("sv", "ui"), "tip_purpose", "Fråga först vad det ska leda till.")
    after = P.practice(found, "sv")["tips"]
    assert after[0] == {**before[0], "text": "Fråga först vad det ska leda till."}


def _played(lang: str) -> dict:
    session = Session("school-brochure", lang, seed=1)
    session.ask({"sv": "Ska den vara i A4?", "en": "Should it be A4?"}[lang])
    session.deliver("ordered")
    session.pitch({"sv": "Tack för beställningen.", "en": "Thank you for the order."}[lang])
    return session.report()


def test_a_new_report_stores_keys_and_reads_in_either_language(tmp_path, monkeypatch):
    """A report saved now holds keys and parameters, not sentences: it shows in both languages and new wordings."""
    report = _played("sv")
    with ResultsStore(tmp_path / "new.sqlite") as store:
        store.save_result(WORKSHOP, "Kim", report, str(uuid.uuid4()))
    stored = reports(str(tmp_path / "new.sqlite"))[0]
    asked = stored["steps"]["questions"]
    assert all(isinstance(t, dict) and set(t) == {"key", "params"} for t in asked["tips"] + asked["feedback"])
    assert upgrade(stored) == stored  # already in this version's format
    tips = findings(asked["tips"])
    assert Finding("tip_purpose") in tips
    assert P.practice([stored], "en")["tips"][0]["text"] == L.table("en", "ui")["tip_purpose"]
    monkeypatch.setitem(L.table("en", "ui"), "tip_purpose", "Purpose first, please.")
    assert P.practice([stored], "en")["tips"][0]["text"] == "Purpose first, please."


def test_upgrade_turns_every_stored_sentence_into_a_finding():
    """Feedback and tips of every step, and each turn's reasons, come out as finding dicts."""
    old = reports(str(STORES / "v179bbf4.sqlite"))[0]
    new = upgrade(old)
    steps = new["steps"]
    for step, field in (("questions", "feedback"), ("questions", "tips"), ("delivery", "feedback"),
                        ("pitch", "feedback")):
        assert texts(findings(steps[step][field]), old["lang"]) == tuple(old["steps"][step][field])
    for was, now in zip(old["steps"]["questions"]["turns"], steps["questions"]["turns"], strict=True):
        assert texts(findings(now["feedback"]), old["lang"]) == tuple(was["feedback"])
    assert old["steps"]["questions"]["tips"][0].startswith("Börja")  # the stored report itself is not changed
