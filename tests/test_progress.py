"""orderlab.progress: skills, scores over time, what to practise and the printable summary, in both languages."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from orderlab import Session, all_scenarios
from orderlab import lang as L
from orderlab import progress as P
from orderlab.findings import texts
from orderlab.present import summary as S
from orderlab.report_format import findings

LANGS = ("sv", "en")
DATA = Path(__file__).parent / "data" / "transcripts"
TRANSCRIPTS = sorted(DATA.glob("*.yaml"))
EVIL = "<script>alert(1)</script> *fet* _kursiv_ | [länk](javascript:alert(1)) &amp;"
WHEN = date(2025, 5, 27)


def play_round(session: Session, data: dict) -> dict:
    """Play one scripted round (as ``orderlab play`` does) and return its report."""
    for q in data.get("questions") or []:
        if not session.meeting_over:
            session.ask(q)
    session.finish_consulting()
    if data.get("summary"):
        session.confirm(data["summary"])
    session.deliver(data["delivery"])
    session.pitch(data["pitch"])
    return session.report()


def transcript_reports(path: Path) -> list[dict]:
    """The reports of a golden transcript: round 1, and round 2 if it has one."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    session = Session(path.name.split(".")[0], data["lang"], seed=int(data.get("seed", 0)))
    reports = [play_round(session, data)]
    if data.get("round2"):
        reports.append(play_round(session.next_round(), data["round2"]))
    return reports


def transcript(scenario: str, kind: str, lang: str) -> list[dict]:
    return transcript_reports(DATA / f"{scenario}.{kind}.{lang}.yaml")


@pytest.fixture(scope="module")
def weak() -> dict:
    """A weak first round of the school brochure, in Swedish."""
    return transcript("school-brochure", "weak", "sv")[0]


@pytest.fixture(scope="module")
def strong() -> list[dict]:
    """A strong school-brochure session in Swedish: round 1 and round 2."""
    return transcript("school-brochure", "strong", "sv")


@pytest.fixture(scope="module")
def several(weak, strong) -> list[dict]:
    """Five rounds over two scenarios and both languages, oldest first."""
    return [weak, *strong, *transcript("care-tablets", "strong", "en")]


@pytest.fixture(scope="module")
def evil() -> dict:
    """A round whose pitch is made of HTML, Markdown and a table separator."""
    session = Session("school-brochure", "sv", seed=2)
    session.ask("Vad vill ni uppnå?")
    session.deliver("ordered")
    session.pitch(EVIL + " Broschyren är levererad. Syftet är att barnen får en trygg start. Vad tror du?")
    return session.report()


# --- Skills ---

def test_a_report_without_steps_has_no_skills():
    """A report with no steps gives None for every skill instead of failing."""
    assert P.skills({"scenario": "school-brochure", "steps": {}}) == dict.fromkeys(P.SKILLS)
    assert P.skills({}) == dict.fromkeys(P.SKILLS)


def test_a_strong_round_fills_the_bars(strong):
    """The strong golden transcript asks openly, puts the purpose first, delivers as ordered and meets the pitch."""
    values = P.skills(strong[0])
    assert values["open_share"] == 100 and values["purpose_first"] == 100
    assert values["as_ordered"] == 100 and values["pitch"] == 100 and values["topics"] == 100


def test_a_weak_round_leaves_them_low(weak):
    """The weak golden transcript forgets the purpose and delivers its own alternative."""
    values = P.skills(weak)
    assert values["purpose_first"] == 0 and values["as_ordered"] == 0
    assert values["open_share"] < 50 and values["pitch"] < 50


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_every_skill_is_a_percentage(path: Path):
    """For every golden transcript and round, every skill is a whole number from 0 to 100."""
    for report in transcript_reports(path):
        assert all(isinstance(v, int) and 0 <= v <= 100 for v in P.skills(report).values())


def test_blame_counts_as_a_missed_pitch_criterion():
    """A pitch that blames misses no_blame; the other criteria keep their value."""
    checks = P.pitch_checks({"acknowledge": True, "blame": True, "length": False})
    assert checks["no_blame"] is False and checks["acknowledge"] is True and checks["length"] is False
    assert P.pitch_checks({"blame": False})["no_blame"] is True
    assert list(checks) == list(P.PITCH_CHECKS)


@pytest.mark.parametrize("lang", LANGS)
def test_the_alt_text_names_every_skill_and_the_round_before(lang: str, strong):
    """The chart's alt text gives every skill with its value, and the previous round's when given."""
    latest, before = P.skills(strong[1]), P.skills(strong[0])
    alt = P.skills_alt(latest, lang, before)
    assert all(alt.count(P.skill_label(s, lang)) == 2 for s in P.SKILLS)
    assert L.text(lang, "progress.skills_alt_previous", values="").split(":")[0] in alt
    assert P.pct(latest["topics"], lang) in alt


@pytest.mark.parametrize("lang", LANGS)
def test_a_missing_skill_says_so(lang: str):
    """A skill without data reads as "missing", not as zero."""
    alt = P.skills_alt(dict.fromkeys(P.SKILLS), lang)
    assert alt.count(L.text(lang, "progress.missing")) == len(P.SKILLS)


def test_the_weakest_skill_is_the_lowest_bar_below_full():
    """weakest() picks the lowest value below 100, the first of SKILLS on a tie, and ignores None."""
    values = dict.fromkeys(P.SKILLS, 100) | {"depth": 33, "topics": 33, "open_share": None}
    assert P.weakest(values) == "topics"
    assert P.weakest(dict.fromkeys(P.SKILLS, 100)) is None
    assert P.weakest(dict.fromkeys(P.SKILLS)) is None


@pytest.mark.parametrize("lang", LANGS)
def test_the_weakest_line_names_the_skill_or_praises(lang: str):
    """The sentence under the chart names the lowest bar, or says every bar is full."""
    assert P.skill_label("depth", lang) in P.weakest_line(dict.fromkeys(P.SKILLS, 100) | {"depth": 0}, lang)
    assert P.weakest_line(dict.fromkeys(P.SKILLS, 100), lang) == L.text(lang, "progress.all_full")


@pytest.mark.parametrize("lang", LANGS)
def test_the_skill_guide_explains_every_bar(lang: str):
    """The guide has one item per skill, each with its explanation."""
    panel = P.show_skill_guide(lang)
    assert [item.label for item in panel.items] == [P.skill_label(s, lang) for s in P.SKILLS]
    assert all(item.lines and "{" not in item.lines[0] for item in panel.items)


@pytest.mark.parametrize("lang", LANGS)
def test_the_scenario_list_holds_every_shipped_scenario(lang: str):
    """show_scenarios lists every scenario by its title in the learner's language."""
    panel = P.show_scenarios(lang)
    assert [item.label for item in panel.items] == [s.title[lang] for s in all_scenarios()]
    assert str(len(all_scenarios())) in panel.verdict


# --- Scores over time ---

def test_history_of_nothing_is_empty():
    """No rounds: every line is empty."""
    assert P.history([]) == {"round": [], "total": [], "questions": [], "delivery": [], "pitch": []}


def test_history_follows_the_rounds_in_order(several):
    """One point per round, in the order played, with the report's own total and step scores."""
    hist = P.history(several)
    assert hist["round"] == [1, 2, 3, 4, 5]
    assert hist["total"] == [r["total"] for r in several]
    assert hist["pitch"] == [r["steps"]["pitch"]["score"] for r in several]


def test_history_keeps_the_latest_rounds_with_their_numbers(several):
    """Past the limit, the oldest rounds drop off and the rest keep their numbers."""
    hist = P.history(several, limit=2)
    assert hist["round"] == [4, 5] and hist["total"] == [r["total"] for r in several[-2:]]


@pytest.mark.parametrize("lang", LANGS)
def test_history_alt_gives_every_line(lang: str, several):
    """The text alternative names the total and each step with all their values."""
    hist = P.history(several)
    alt = P.history_alt(hist, lang)
    for name in P.line_names(lang).values():
        assert name in alt
    assert ", ".join(str(v) for v in hist["total"]) in alt


# --- What to practise ---

@pytest.mark.parametrize("lang", LANGS)
def test_practice_of_nothing_is_empty_and_kind(lang: str):
    """No rounds: nothing to count, and the panel says to play a round in section 5 first."""
    assert P.practice([], lang) == {"rounds": 0, "tips": [], "topics": [], "criteria": []}
    panel = P.practice_panel([], lang)
    assert panel.items == () and panel.verdict == L.text(lang, "progress.no_rounds")


def test_practice_of_one_round_repeats_its_tips_and_misses(weak):
    """One round: its own tips, its missed topics and its missed pitch criteria, each once of one."""
    found = P.practice([weak], "sv")
    asked = weak["steps"]["questions"]
    assert [t["text"] for t in found["tips"]] == list(texts(findings(asked["tips"][:P.TOP_TIPS]), "sv"))
    assert {t["topic"] for t in found["topics"]} <= set(asked["missed"])
    assert len(found["topics"]) == min(P.TOP_MISSED, len(asked["missed"]))
    assert all(e["count"] == 1 and e["of"] == 1 for key in ("tips", "topics", "criteria") for e in found[key])


def test_the_most_frequent_tip_comes_first(weak, strong):
    """A tip from two rounds ranks above tips from one round."""
    reports = [strong[0], weak, weak]
    found = P.practice(reports, "sv")
    assert found["tips"][0] == {"text": texts(findings(weak["steps"]["questions"]["tips"]), "sv")[0],
                                "count": 2, "of": 3}


def test_tips_meet_across_languages(weak):
    """A tip written in Swedish is counted with the same tip in English and shown in the learner's language."""
    english = transcript("school-brochure", "weak", "en")[0]
    found = P.practice([weak, english], "en")
    assert found["tips"][0]["count"] == 2
    assert found["tips"][0]["text"] == texts(findings(english["steps"]["questions"]["tips"]), "en")[0]


def test_an_unknown_tip_is_kept_as_written():
    """A tip this version does not know (from an older or newer orderlab) is shown as it was saved."""
    report = {"steps": {"questions": {"tips": ["Drick mer kaffe."], "missed": []}}}
    assert P.practice([report], "en")["tips"] == [{"text": "Drick mer kaffe.", "count": 1, "of": 1}]


def test_missed_topics_and_criteria_are_counted_per_round(several):
    """Each topic and pitch criterion counts once per round in which it was missed, most often first."""
    found = P.practice(several, "sv")
    for entry in found["topics"]:
        assert entry["count"] == sum(entry["topic"] in r["steps"]["questions"]["missed"] for r in several)
    counts = [e["count"] for e in found["topics"]]
    assert counts == sorted(counts, reverse=True)
    weak_misses = {c for c, ok in P.pitch_checks(several[0]["steps"]["pitch"]["criteria"]).items() if not ok}
    assert {e["criterion"] for e in found["criteria"]} <= weak_misses


def test_a_blaming_pitch_is_something_to_practise():
    """A pitch that blames puts the tone at the top of what was missing."""
    session = Session("school-brochure", "en", seed=0)
    session.deliver("ordered")
    session.pitch("You should have listened to us. It was the wrong order and your fault.")
    found = P.practice([session.report()], "en")
    assert found["criteria"][0]["criterion"] == "no_blame"


@pytest.mark.parametrize("lang", LANGS)
def test_practice_panel_has_three_lists(lang: str, several):
    """The panel shows the tips, the topics and the pitch criteria, and how many rounds it is based on."""
    panel = P.practice_panel(several, lang)
    assert [item.label for item in panel.items] == [L.text(lang, f"progress.{k}") for k in
                                                    ("practice_tips", "practice_topics", "practice_criteria")]
    assert panel.verdict == L.text(lang, "progress.practice_based", n=len(several))
    assert all(item.lines for item in panel.items)


def test_tip_keys_follow_the_language_files():
    """TIP_KEYS holds every tip the conversation scorer can give (the tip_ keys of orderlab.lang)."""
    assert set(P.TIP_KEYS) == {key for key in L.table("sv", "ui") if key.startswith("tip_")}


def test_an_unknown_language_is_refused():
    """Asking for a language the course does not have names the choices."""
    with pytest.raises(ValueError, match="sv, en"):
        S.summary_markdown([], "de")


# --- The printable summary ---

@pytest.mark.parametrize("lang", LANGS)
def test_a_summary_of_nothing_says_play_first(lang: str):
    """With no rounds, both summaries say to play a round in section 5 first, and still give the method."""
    markdown, page = S.summary_markdown([], lang), S.summary_html([], lang)
    assert S.md_escape(L.text(lang, "progress.summary_empty")) in markdown
    assert L.text(lang, "progress.summary_empty") in page
    assert L.text(lang, "progress.summary_method") in markdown and L.text(lang, "progress.summary_method") in page
    assert "|---" not in markdown and "<table>" not in page


@pytest.mark.parametrize("lang", LANGS)
def test_a_summary_of_one_round(lang: str, weak):
    """One round: one table row with the scenario, round and scores, and its skills without arrows."""
    markdown = S.summary_markdown([weak], lang)
    title = S.md_escape(next(s for s in all_scenarios() if s.id == "school-brochure").title[lang])
    row = f"| 1 | {title} | 1 | {weak['steps']['questions']['score']} |"
    assert row in markdown and f"| {weak['total']} |" in markdown
    assert L.text(lang, "progress.summary_skills_one") in markdown and "→" not in markdown
    assert L.text(lang, "progress.summary_played", rounds=L.text(lang, "progress.rounds_one"),
                  scenarios=L.text(lang, "progress.scenarios_one")) in markdown


@pytest.mark.parametrize("lang", LANGS)
def test_a_summary_of_several_rounds(lang: str, several):
    """Several rounds: a row each, first-to-latest skills, what to practise and the best pitch."""
    markdown = S.summary_markdown(several, lang, name="Blåklocka", when=WHEN)
    assert markdown.count("\n| ") == len(several) + 1
    assert markdown.count("→") == len(P.SKILLS)
    assert "Blåklocka" in markdown and "2025-05-27" in markdown
    assert L.text(lang, "progress.summary_practice") in markdown and L.text(lang, "progress.summary_pitch") in markdown
    assert L.text(lang, "progress.scenarios", n=2) in markdown


def test_the_best_pitch_is_the_highest_scored_and_latest_of_equals(several):
    """The summary quotes the pitch with the highest score; among equals, the latest."""
    markdown = S.summary_markdown(several, "en")
    _, _, best = max((r["steps"]["pitch"]["score"], i, r["steps"]["pitch"]) for i, r in enumerate(several))
    assert "> " + S.md_escape(best["text"]) in markdown
    others = [r["steps"]["pitch"]["text"] for r in several if r["steps"]["pitch"]["text"] != best["text"]]
    assert not any("> " + S.md_escape(text) in markdown for text in others)


def test_the_html_summary_escapes_learner_text(evil):
    """The alias and the pitch appear in the HTML summary as text, never as markup."""
    page = S.summary_html([evil], "sv", name="<b>Blå</b>", when=WHEN)
    assert "<script>" not in page and "<b>Blå</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Blå&lt;/b&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="sv">' in page and 'charset="utf-8"' in page


def test_the_markdown_summary_escapes_learner_text(evil):
    """The alias and the pitch appear in the Markdown summary as text: no HTML, emphasis, links or table cells."""
    markdown = S.summary_markdown([evil], "en", name="<b>x</b> | y")
    assert "<script>" not in markdown and "<b>" not in markdown
    assert r"\<script\>" in markdown and r"\*fet\*" in markdown and r"\[länk\]" in markdown
    assert r"\<b\>x\</b\> \| y" in markdown and r"\&amp;" in markdown


@pytest.mark.parametrize(("raw", "shown"), [
    ("1. först", r"1\. först"), ("# rubrik", r"\# rubrik"), ("- punkt", r"\- punkt"),
    ("a\n\n> b", r"a \> b"), ("vanlig text, 31 av 58.", "vanlig text, 31 av 58."),
])
def test_md_escape(raw: str, shown: str):
    """Markdown escaping keeps ordinary text as it is and disarms what starts a list, heading or quote."""
    assert S.md_escape(raw) == shown


def test_the_summary_body_is_the_page_without_its_frame(several):
    """The fragment shown in the notebook is exactly the page's body."""
    body = S.summary_html_body(several, "sv", name="x", when=WHEN)
    assert body in S.summary_html(several, "sv", name="x", when=WHEN)
    assert "<html" not in body


def test_an_unknown_scenario_shows_its_id():
    """A round of a scenario that is no longer shipped keeps its id as the title."""
    report = {"scenario": "gone-scenario", "round": 1, "total": 5, "steps": {}}
    assert "gone\\-scenario" not in S.summary_markdown([report], "sv")
    assert "| gone-scenario |" in S.summary_markdown([report], "sv")


def test_topic_names_are_capitalised_in_lists(several):
    """Topics open their line with a capital letter, as the other lines do."""
    for heading, lines in P.practice_lines(P.practice(several, "sv"), "sv"):
        assert all(line[:1].isupper() for line in lines), heading


def test_the_engine_module_imports_no_widgets():
    """Importing orderlab.progress pulls in neither ipywidgets nor IPython."""
    code = ("import sys, orderlab.progress; "
            "bad = [m for m in ('ipywidgets', 'IPython') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_language_names_come_from_orderlab_lang():
    """The history lines use the course's own names for the steps and the total."""
    assert P.line_names("sv") == {
        "total": L.text("sv", "ui.total"),
        "questions": L.text("sv", "ui.step_consult"),
        "delivery": L.text("sv", "ui.step_deliver"),
        "pitch": L.text("sv", "ui.step_influence"),
    }


FIVE_OPEN = ["Vad vill du uppnå med broschyren?", "Berätta om familjerna.", "Hur ser ett lyckat resultat ut för dig?",
             "Vad har ni provat tidigare?", "Berätta om vilka fler som berörs."]
SIX_CLOSED = ["Har ni en budget?", "När ska den vara klar?", "Hur många sidor ska den ha?", "Ska den vara på svenska?",
              "Har ni ett tryckeri?", "Är rektorn med och bestämmer?"]


def test_the_share_of_open_questions_is_the_same_in_the_report_and_the_summary():
    """5 open questions of 11 are 45 % in the round's report and in notebook 06's bars and summary. The
    share is stored as 0.455, and rounding that again gave 46 % in the summary."""
    session = Session("school-brochure", "sv", seed=0)
    for q in FIVE_OPEN + SIX_CLOSED:
        session.ask(q)
    session.finish_consulting()
    session.deliver("ordered")
    session.pitch("Tack för beställningen.")
    report = session.report()
    asked = report["steps"]["questions"]
    assert (asked["questions"], asked["open_share"]) == (11, 0.455)  # the round the test is about
    said = next(f for f in findings(asked["feedback"]) if f.key == "conv_open_share")
    assert said.get("pct") == 45 == P.skills(report)["open_share"]
    assert "45 %" in S.summary_markdown([report], "sv") and "46 %" not in S.summary_markdown([report], "sv")


@pytest.mark.parametrize(("share", "of", "expected"), [
    (5 / 11, 0, 45), (0.455, 11, 45), (0.455, 0, 46), (1 / 8, 0, 13), (0.145, 0, 15), (0.7, 10, 70), (0.0, 0, 0),
])
def test_one_rounding_rule(share, of, expected):
    """Halves round up (12.5 % is 13 %), and a stored share goes back to its fraction when the count is known."""
    from orderlab.percent import percent

    assert percent(share, of) == expected
