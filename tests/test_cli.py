"""The ``orderlab`` console script, run as a subprocess: JSON out, exit 0/1/2."""

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from orderlab import exercise_content as EC
from orderlab import scenario as S
from orderlab.findings import texts
from orderlab.report_format import findings

TRANSCRIPTS = Path(__file__).parent / "data" / "transcripts"
QUESTION_KEYS = {"text", "form", "flags", "topics", "points", "feedback", "act", "evidence"}
# Bands from the rubric (total = 40 % questions + 30 % delivery + 30 % pitch):
# a strong learner who delivers as ordered (>= 70) and pitches well (>= 70) needs only a fair
# questions step to clear 70; a weak learner who delivers the alternative (0 for matching,
# 0 without a confirmation) and blames in the pitch (about 0) is capped at 40 % of the
# questions step, so <= 45 leaves room for a fair step 1.
STRONG_MIN, WEAK_MAX, GAP = 70, 45, 25


def _runner(exe: str, cwd: Path):
    def call(*args: object, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *map(str, args)], input=stdin, capture_output=True,
                              text=True, encoding="utf-8", cwd=cwd, timeout=60)
    return call


@pytest.fixture
def run(orderlab_exe, tmp_path):
    """Run orderlab with arguments (and optional stdin) from a temporary working directory."""
    return _runner(orderlab_exe, tmp_path)


@pytest.fixture(scope="module")
def golden(orderlab_exe, tmp_path_factory) -> dict[str, dict]:
    """The report of every golden transcript, replayed once through ``orderlab play``."""
    call = _runner(orderlab_exe, tmp_path_factory.mktemp("play"))
    reports = {}
    for path in sorted(TRANSCRIPTS.glob("*.yaml")):
        result = call("play", path.name.split(".")[0], "--transcript", path)  # <scenario>.<kind>.<lang>.yaml
        assert result.returncode == 0, result.stderr
        reports[path.name] = json.loads(result.stdout)
    return reports


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- scenarios ---

def test_scenarios_lists_id_title_function_languages(run):
    """scenarios --json prints a list of {id, title, function, languages}."""
    result = run("scenarios", "--json")
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert isinstance(listing, list)
    assert all(set(item) == {"id", "title", "function", "languages"} for item in listing)
    assert "school-brochure" in [item["id"] for item in listing]


# --- score-questions ---

def test_score_questions_from_file(run, tmp_path):
    """score-questions prints one JSON line per non-empty input line, with the contract's keys."""
    path = write(tmp_path, "q.txt", "Vad vill ni uppnå?\n\n   \nHar ni en budget?\n")
    result = run("score-questions", "--lang", "sv", path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["text"] for line in lines] == ["Vad vill ni uppnå?", "Har ni en budget?"]
    assert all(set(line) == QUESTION_KEYS for line in lines)
    assert [line["form"] for line in lines] == ["open", "closed"]


def test_score_questions_from_stdin(run):
    """score-questions reads standard input when the file is '-'."""
    result = run("score-questions", "--lang", "en", "-", stdin="Do you have a budget?\nHow many pages?\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["text"], line["form"]) for line in lines] == [
        ("Do you have a budget?", "closed"), ("How many pages?", "closed"),
    ]


def test_score_questions_keeps_non_ascii(run):
    """Swedish characters come out as themselves in the JSON."""
    result = run("score-questions", "--lang", "sv", "-", stdin="Vad vill ni uppnå?\n")
    assert "uppnå" in result.stdout


def test_score_questions_missing_file(run):
    """A file that does not exist exits 2 with one line naming it."""
    assert "nope.txt" in one_line_error(run("score-questions", "--lang", "sv", "nope.txt"))


# --- score-pitch ---

def test_score_pitch(run):
    """score-pitch prints one JSON object with a 0-100 score, boolean criteria and feedback."""
    pitch = "Syftet är att barnen får en trygg start. Vad tycker du?"
    result = run("score-pitch", "--lang", "sv", "-", stdin=pitch)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"score", "criteria", "feedback"} <= set(data)
    assert 0 <= data["score"] <= 100
    assert all(isinstance(v, bool) for v in data["criteria"].values())
    assert isinstance(data["feedback"], list) and data["feedback"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_empty_pitch_exits_2(run, lang):
    """An empty pitch exits 2 with one line on standard error."""
    one_line_error(run("score-pitch", "--lang", lang, "-", stdin="  \n"))


def test_score_pitch_missing_file(run):
    """A pitch file that does not exist exits 2 with one line."""
    assert "missing.txt" in one_line_error(run("score-pitch", "--lang", "en", "missing.txt"))


# --- validate ---

def test_validate_shipped_folder(run):
    """validate on the shipped scenarios folder exits 0."""
    result = run("validate", S.builtin_dir())
    assert result.returncode == 0, result.stderr


def test_validate_broken_file(run, tmp_path, raw_scenario):
    """validate on a broken file exits 1 and names the file and the field."""
    del raw_scenario["opening"]["en"]
    path = write(tmp_path, "broken.yaml", yaml.safe_dump(raw_scenario, allow_unicode=True))
    result = run("validate", path)
    assert result.returncode == 1
    assert str(path) in result.stderr and "opening.en" in result.stderr
    problems = json.loads(result.stdout)["problems"]
    assert {"file": str(path), "field": "opening.en"}.items() <= problems[0].items()


def test_validate_lists_every_problem(run, tmp_path, raw_scenario):
    """validate reports every problem, one line each."""
    del raw_scenario["opening"]
    raw_scenario["function"] = "marketing"
    path = write(tmp_path, "broken.yaml", yaml.safe_dump(raw_scenario, allow_unicode=True))
    result = run("validate", path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == len(json.loads(result.stdout)["problems"]) >= 2


def test_validate_checks_exercise_content(run, tmp_path):
    """validate reads a file in an exercises/ folder as exercise content, also when given the parent folder."""
    raw = yaml.safe_load((EC.builtin_dir() / "school-brochure.yaml").read_text("utf-8"))
    del raw["example_pitches"]["strong"]["en"]
    (tmp_path / "exercises").mkdir()
    path = write(tmp_path / "exercises", "school-brochure.yaml", yaml.safe_dump(raw, allow_unicode=True))
    for target in (path, tmp_path):
        result = run("validate", target)
        assert result.returncode == 1, result.stderr
        assert json.loads(result.stdout)["problems"] == [
            {"file": str(path), "field": "example_pitches.strong.en", "reason": "is missing or empty text"}]


def test_validate_empty_folder(run, tmp_path):
    """validate on a folder with no scenario files exits 2 with one line."""
    (tmp_path / "empty").mkdir()
    one_line_error(run("validate", tmp_path / "empty"))


# --- play ---

GOLDEN_CASES = [(sid, lang) for sid in S.builtin_ids() for lang in ("sv", "en")]


# The method's consequences, played out for the first scenario in both languages.
CONSEQUENCES = ("override", "changed", "blame")


def test_golden_transcripts_exist(golden):
    """Every shipped scenario has a strong and a weak golden transcript in each language; the first
    scenario also has one per consequence (override, changed, blame)."""
    expected = {f"{sid}.{b}.{lang}.yaml" for sid, lang in GOLDEN_CASES for b in ("strong", "weak")}
    expected |= {f"{S.FIRST_SCENARIO}.{kind}.{lang}.yaml" for kind in CONSEQUENCES for lang in ("sv", "en")}
    assert set(golden) == expected


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_play_strong_transcript(golden, sid, lang):
    """A learner who follows the method scores in the strong band and earns the strong next order."""
    report = golden[f"{sid}.strong.{lang}.yaml"]
    assert report["total"] >= STRONG_MIN
    assert report["next_order"]["band"] == "strong"


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_play_weak_transcript(golden, sid, lang):
    """A learner who skips the method scores in the weak band and earns the weak next order."""
    report = golden[f"{sid}.weak.{lang}.yaml"]
    assert report["total"] <= WEAK_MAX
    assert report["next_order"]["band"] == "weak"


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_weak_transcript_meets_the_reaction_to_its_pitch(golden, sid, lang):
    """The weak learner delivered their own alternative and blamed: the requester answers the blame,
    in the scenario's own words, and trust falls at the delivery and again at the pitch."""
    report = golden[f"{sid}.weak.{lang}.yaml"]
    pitch = report["steps"]["pitch"]
    assert pitch["criteria"]["blame"], pitch["feedback"]
    assert (pitch["reaction_kind"], pitch["reaction"]) == ("blame", S.get(sid).reactions.blame[lang])
    assert report["steps"]["delivery"]["trust"]["change"] < 0
    assert pitch["trust"]["change"] < 0


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", ["override", "changed"])
def test_a_good_pitch_after_not_delivering_the_order_cannot_win_the_strong_band(golden, kind, lang):
    """Asked well and pitched well, but delivered something else: the fair band at most, and the
    requester says why in their own words. Influence is earned by delivering first."""
    report = golden[f"{S.FIRST_SCENARIO}.{kind}.{lang}.yaml"]
    pitch = report["steps"]["pitch"]
    assert not report["steps"]["delivery"]["as_ordered"]
    assert report["steps"]["delivery"]["alternative"] is (kind == "override")
    assert pitch["score"] >= 70, pitch["feedback"]  # the pitch alone would have earned the strong band
    assert (report["next_order"]["band"], pitch["capped"]) == ("fair", True)
    scenario = S.get(S.FIRST_SCENARIO)
    assert (pitch["reaction_kind"], pitch["reaction"]) == (kind, scenario.reactions.get(kind)[lang])
    assert report["steps"]["delivery"]["trust"] == {"change": -20 if kind == "override" else -10,
                                                    "why": f"delivered_{kind}"}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_lecturing_pitch_gets_the_same_order_again(golden, lang):
    """Delivered as ordered, then "As I tried to tell you ... next time let us choose": blame is read,
    the requester reacts as people do, the same order comes back and trust falls."""
    report = golden[f"{S.FIRST_SCENARIO}.blame.{lang}.yaml"]
    pitch = report["steps"]["pitch"]
    assert report["steps"]["delivery"]["as_ordered"]
    assert pitch["criteria"]["blame"]
    shown = texts(findings(pitch["feedback"]), lang)
    assert any(q in f for f in shown for q in ("Som jag försökte", "As I tried", "Nästa gång", "Next time"))
    assert report["next_order"]["band"] == "weak"
    assert pitch["reaction_kind"] == "blame"
    assert pitch["trust"] == {"change": -15, "why": "pitch_blame"}


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_play_strong_beats_weak(golden, sid, lang):
    """The strong transcript beats the weak one by a clear margin."""
    strong = golden[f"{sid}.strong.{lang}.yaml"]["total"]
    weak = golden[f"{sid}.weak.{lang}.yaml"]["total"]
    assert strong > weak + GAP


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_play_report_shape(golden, sid, lang):
    """play prints the full report: scenario, language, the three steps, total and next order."""
    report = golden[f"{sid}.strong.{lang}.yaml"]
    assert (report["scenario"], report["lang"]) == (sid, lang)
    assert set(report["steps"]) == {"questions", "delivery", "pitch"}


@pytest.mark.parametrize(("sid", "lang"), GOLDEN_CASES)
def test_play_explains_every_reply(golden, sid, lang):
    """Each turn says what the turn was (its act) and which topic and fact item the reply came from, or null."""
    turns = golden[f"{sid}.strong.{lang}.yaml"]["steps"]["questions"]["turns"]
    assert turns
    for turn in turns:
        assert {"text", "form", "flags", "topics", "reply", "reply_kind", "act", "answered"} <= set(turn)
        if turn["reply_kind"] in ("answer", "deeper"):
            assert turn["answered"]["topic"] in turn["topics"] or turn["act"] == "follow_up", turn
        elif turn["reply_kind"] == "reflection":  # confirmed; one that names a topic draws out more on it
            assert turn["answered"] is None or turn["answered"]["topic"] in turn["topics"], turn
        elif turn["reply_kind"] in ("redirect", "pushback", "not_a_question", "small_talk"):
            assert turn["answered"] is None, turn


def test_play_is_deterministic(run, golden):
    """Replaying the same transcript prints the same report."""
    result = run("play", "school-brochure", "--transcript", TRANSCRIPTS / "school-brochure.strong.en.yaml")
    assert json.loads(result.stdout) == golden["school-brochure.strong.en.yaml"]


@pytest.mark.parametrize("field", ["lang", "questions", "delivery", "pitch"])
def test_play_transcript_missing_field(run, tmp_path, field):
    """A transcript without a required field exits 2 with one line naming the field."""
    data = yaml.safe_load((TRANSCRIPTS / "school-brochure.strong.sv.yaml").read_text(encoding="utf-8"))
    del data[field]
    path = write(tmp_path, "t.yaml", yaml.safe_dump(data, allow_unicode=True))
    assert field in one_line_error(run("play", "school-brochure", "--transcript", path))


def test_play_unknown_scenario(run):
    """An unknown scenario exits 2 with one line naming it."""
    message = one_line_error(run("play", "no-such-scenario", "--transcript",
                                 TRANSCRIPTS / "school-brochure.strong.sv.yaml"))
    assert "no-such-scenario" in message


def test_play_unknown_delivery_option(run, tmp_path):
    """A transcript delivering an option the scenario does not have exits 2 with one line."""
    data = yaml.safe_load((TRANSCRIPTS / "school-brochure.strong.en.yaml").read_text(encoding="utf-8"))
    data["delivery"] = {"format": "hologram"}
    path = write(tmp_path, "t.yaml", yaml.safe_dump(data, allow_unicode=True))
    assert "hologram" in one_line_error(run("play", "school-brochure", "--transcript", path))


def test_play_invalid_yaml(run, tmp_path):
    """A transcript that is not YAML exits 2 with one line."""
    path = write(tmp_path, "t.yaml", "lang: sv\nquestions: [unclosed\n")
    one_line_error(run("play", "school-brochure", "--transcript", path))


def test_play_missing_transcript(run):
    """A transcript file that does not exist exits 2 with one line."""
    one_line_error(run("play", "school-brochure", "--transcript", "nope.yaml"))


def test_score_questions_ten_thousand_lines(run):
    """10,000 varied lines come back as 10,000 JSON lines in input order (the figure lives in benchmarks/)."""
    gold = yaml.safe_load((Path(__file__).parent / "data" / "questions" / "sv.yaml").read_text("utf-8"))
    texts = [item["text"].replace("\n", " ") for item in gold]
    lines = [texts[i % len(texts)] for i in range(10_000)]
    result = run("score-questions", "--lang", "sv", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == 10_000
    assert [json.loads(out[i])["text"] for i in (0, 4_999, 9_999)] == [lines[0], lines[4_999], lines[9_999]]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_play_second_round(golden, lang):
    """A strong transcript's second round plays the next order, where the film is now what was ordered."""
    report = golden[f"school-brochure.strong.{lang}.yaml"]
    second = report["round2"]
    assert second["round"] == 2
    assert second["opening"] == S.get("school-brochure").next_order["strong"].order[lang]
    assert second["steps"]["delivery"]["as_ordered"] is True
    assert second["steps"]["delivery"]["order"]["format"] == "film"


# --- lab ---

def test_lab_keeps_results_inside_the_course_folder(orderlab_exe, tmp_path):
    """orderlab lab opens JupyterLab in this folder and saves self-paced results in ./.orderlab/."""
    env = {k: v for k, v in os.environ.items() if k != "ORDERLAB_RESULTS"}
    result = subprocess.run([orderlab_exe, "lab", "--dry-run"], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["ORDERLAB_RESULTS"] == str(tmp_path / ".orderlab" / "results.sqlite")
    assert shown["command"][1:3] == ["lab", f"--ServerApp.root_dir={tmp_path}"]
    env["ORDERLAB_RESULTS"] = str(tmp_path / "elsewhere.sqlite")
    result = subprocess.run([orderlab_exe, "lab", "--dry-run"], capture_output=True, text=True, cwd=tmp_path,
                            env=env, timeout=60)
    assert json.loads(result.stdout)["ORDERLAB_RESULTS"] == env["ORDERLAB_RESULTS"]


def test_orderlab_lab_opens_the_notebook_make_lab_opens(orderlab_exe):
    """From the course folder `orderlab lab` opens the same first notebook as `make lab` (it opened none,
    while the README calls the two the same); '' opens none."""
    root = Path(__file__).resolve().parents[1]
    made = subprocess.run(["make", "-n", "lab"], capture_output=True, text=True, cwd=root, timeout=60)
    # The last notebook the recipe names (make -n also lists the set-up steps when .venv is out of date).
    first = next((w for w in reversed(made.stdout.split()) if w.endswith(".ipynb")), "")
    assert first.endswith(".ipynb") and (root / first).is_file(), made.stdout
    shown = json.loads(subprocess.run([orderlab_exe, "lab", "--dry-run"], capture_output=True, text=True,
                                      cwd=root, timeout=60).stdout)
    assert shown["command"][-1] == first
    none = json.loads(subprocess.run([orderlab_exe, "lab", "", "--dry-run"], capture_output=True, text=True,
                                     cwd=root, timeout=60).stdout)
    assert not none["command"][-1].endswith(".ipynb")


def test_make_lab_keeps_results_inside_the_course_folder():
    """make lab sets ORDERLAB_RESULTS to the course folder's .orderlab/ unless it is set already."""
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(["make", "-n", "lab"], capture_output=True, text=True, cwd=root, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f'ORDERLAB_RESULTS="${{ORDERLAB_RESULTS:-{root}/.orderlab/results.sqlite}}"' in result.stdout
