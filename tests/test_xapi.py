"""The xAPI statements, their profile, the client's configuration and its outbox without an LRS."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path

import pytest
from pgserver import free_port

from orderlab import lang as L
from orderlab.session import Session
from orderlab.xapi import profile as P
from orderlab.xapi import statements as X
from orderlab.xapi.client import Config, ConfigError, Outbox, site_config
from orderlab.xapi.transport import FileStorage, MemoryStorage, urllib_transport

RID = "5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11"
QUESTIONS = ("Vad vill ni uppnå med broschyren?", "Vilka ska läsa den?")


@pytest.fixture(scope="module")
def finished() -> Session:
    session = Session("school-brochure", "sv", seed=1)
    for question in QUESTIONS:
        session.ask(question)
    session.deliver("ordered")
    session.pitch("Syftet är att fler familjer kommer på mötet, så att barnen får en trygg start. Vad tror du?")
    return session


@pytest.fixture
def statements(finished: Session) -> list[dict]:
    return X.session_statements(finished, alias="Anna", workshop="w-1", when=1_700_000_000.0, result_id=RID)


def by_kind(statements: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for s in statements:
        key = s["verb"]["id"].rsplit("/", 1)[-1] + ":" + s["object"]["id"].rsplit("/", 1)[-1]
        out.setdefault(key, []).append(s)
    return out


def test_a_finished_round_makes_one_statement_per_question_per_step_and_one_completed(statements, finished):
    kinds = by_kind(statements)
    assert [s["result"]["response"] for s in kinds["asked:consult"]] == list(QUESTIONS)
    assert {k: len(v) for k, v in kinds.items()} == {"asked:consult": 2, "completed:consult": 1,
                                                     "completed:deliver": 1, "completed:influence": 1,
                                                     "completed:school-brochure": 1}
    round_ = kinds["completed:school-brochure"][0]
    scores = round_["result"]["extensions"][X.ext("scores")]
    assert scores == finished.step_scores()
    assert round_["result"]["score"]["raw"] == finished.total()
    assert round_["result"]["extensions"][X.ext("report")] == finished.report()


def test_every_statement_fits_the_profile(statements):
    assert [P.check(s) for s in statements] == [[] for _ in statements]


def test_questions_carry_form_flags_and_topics_from_the_scorer(statements, finished):
    asked = by_kind(statements)["asked:consult"]
    for statement, exchange in zip(asked, finished.exchanges, strict=True):
        extensions = statement["result"]["extensions"]
        assert extensions[X.ext("form")] == exchange.question.form
        assert extensions[X.ext("topics")] == list(exchange.question.topics)
        assert extensions[X.ext("flags")] == list(exchange.question.flags)


def test_the_actor_is_the_alias_and_the_registration_comes_from_the_workshop(statements):
    assert {json.dumps(s["actor"]) for s in statements} == {json.dumps(X.actor("Anna"))}
    assert {s["context"]["registration"] for s in statements} == {X.registration("w-1")}
    assert X.registration("w-1") != X.registration("w-2")


def test_the_same_round_makes_the_same_statement_ids(finished, statements):
    again = X.session_statements(finished, alias="Anna", workshop="w-1", when=1_800_000_000.0, result_id=RID)
    assert [s["id"] for s in again] == [s["id"] for s in statements]
    other = X.session_statements(finished, alias="Bo", workshop="w-1", when=1_700_000_000.0, result_id=RID)
    assert not {s["id"] for s in other} & {s["id"] for s in statements}


def test_an_unfinished_round_has_its_questions_but_no_completed_round():
    session = Session("school-brochure", "en", seed=3)
    session.ask("What is the brochure for?")
    made = X.session_statements(session, alias="Anna", workshop="w-1", when=1.7e9, result_id=RID)
    assert [s["verb"]["id"] for s in made] == [X.VERBS["asked"]]
    assert P.check(made[0]) == []


@pytest.mark.parametrize(("break_it", "problem"), [
    (lambda s: s["verb"].update(id="http://adlnet.gov/expapi/verbs/liked"), "verb"),
    (lambda s: s["context"].update(registration=str(uuid.uuid4())), "context.registration"),
    (lambda s: s.update(actor={"objectType": "Agent", "mbox": "mailto:a@example.org"}), "actor"),
    (lambda s: s["result"]["extensions"].update({X.ext("points"): "3"}), "points must be a int"),
    (lambda s: s["result"]["extensions"].pop(X.ext("form")), "form is missing"),
    (lambda s: s["result"].update(response=" "), "result.response"),
    (lambda s: s["result"]["extensions"].update({X.ext("form"): "rhetorical"}), "form must be one of"),
    (lambda s: s["result"]["extensions"].update({X.ext("flags"): ["rude"]}), "flags must be among"),
    (lambda s: s["object"].update(id=f"{X.BASE}/scenarios/school-brochure/deliver"), "object"),
    (lambda s: s["context"]["extensions"].update({f"{X.BASE}/extensions/mood": 1}), "not in the profile"),
])
def test_the_profile_names_what_a_broken_asked_statement_breaks(statements, break_it, problem):
    broken = copy.deepcopy(by_kind(statements)["asked:consult"][0])
    break_it(broken)
    problems = P.check(broken)
    assert any(problem in p for p in problems), problems
    with pytest.raises(P.ProfileError):
        P.validate(broken)


@pytest.mark.parametrize(("break_it", "problem"), [
    (lambda s: s["result"]["score"].update(raw=140), "result.score"),
    (lambda s: s["result"]["score"].update(scaled=0.9), "scaled"),
    (lambda s: s["result"]["extensions"][X.ext("scores")].pop("pitch"), "scores"),
    (lambda s: s["context"]["extensions"].pop(X.ext("result-id")), "result-id"),
    (lambda s: s["result"].pop("completion"), "completion"),
])
def test_the_profile_names_what_a_broken_completed_statement_breaks(statements, break_it, problem):
    broken = copy.deepcopy(by_kind(statements)["completed:school-brochure"][0])
    break_it(broken)
    assert any(problem in p for p in P.check(broken)), P.check(broken)


def test_a_workshop_statement_fits_the_profile_and_hides_the_code_in_its_id():
    made = X.workshop_statement("secret-code", "Tuesday", facilitator="fac", when=1.7e9)
    assert P.check(made) == []
    assert "secret-code" not in made["object"]["id"]


# --- Configuration ---
def test_the_address_configures_the_lrs_with_cmi5_parameters():
    actor = json.dumps({"objectType": "Agent", "account": {"homePage": "https://lms.example.org", "name": "anna"}})
    config = Config.load({"endpoint": "https://lrs.example.org/xapi", "auth": "Basic abc", "workshop": "w-1",
                          "registration": X.registration("w-1"), "actor": actor, "activityId": "https://x.example"})
    assert (config.endpoint, config.auth, config.workshop) == ("https://lrs.example.org/xapi/", "Basic abc", "w-1")
    assert (config.alias, config.home_page) == ("anna", "https://lms.example.org")


def test_the_address_overrides_config_json():
    site = json.dumps({"xapi": {"endpoint": "https://a.example/xapi/", "auth": "Basic site"}})
    config = Config.load("?endpoint=https%3A%2F%2Fb.example%2Fxapi%2F&workshop=w", site)
    assert (config.endpoint, config.auth, config.workshop) == ("https://b.example/xapi/", "Basic site", "w")
    assert not Config.load("", json.dumps({"other": 1})).configured


@pytest.mark.parametrize(("query", "site", "key"), [
    ("endpoint=javascript:alert(1)", None, "xapi_bad_endpoint"),
    ("endpoint=lrs.example.org", None, "xapi_bad_endpoint"),
    ("workshop=w&registration=" + str(uuid.UUID(int=1)), None, "xapi_bad_registration"),
    ("actor=%7Bnot+json", None, "xapi_bad_actor"),
    ("", "{broken", "xapi_bad_config"),
])
def test_a_bad_setting_is_a_message_in_both_languages(query, site, key):
    with pytest.raises(ConfigError) as caught:
        Config.load(query, site)
    assert caught.value.key == key
    assert L.text("sv", f"ui.{key}") != L.text("en", f"ui.{key}")


# --- The outbox with no LRS configured, and storage ---
def _nowhere(*_args):
    raise AssertionError("with no endpoint, nothing is sent")


def test_with_no_lrs_results_stay_in_storage_and_can_be_downloaded(statements, tmp_path):
    outbox = Outbox(Config(workshop="w-1"), _nowhere, FileStorage(tmp_path))
    first = outbox.add(statements[:2])
    assert (first.state, first.notice, first.waiting) == ("local", "xapi_local", 2)
    second = outbox.add(statements)
    assert (second.notice, second.waiting) == (None, len(statements))  # told once
    reloaded = Outbox(Config(workshop="w-1"), _nowhere, FileStorage(tmp_path))  # the page is opened again
    assert json.loads(reloaded.export()) == statements


def test_storage_that_cannot_write_is_said_once_and_play_goes_on(statements, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    outbox = Outbox(Config(workshop="w-1"), _nowhere, FileStorage(blocker))
    status = outbox.add(statements)
    assert (status.notice, status.waiting) == ("xapi_storage_off", len(statements))
    assert outbox.add(statements[:1]).notice is None
    assert json.loads(outbox.export()) == statements  # still in the page: downloadable


def test_storage_keeps_at_most_the_limit_and_says_so_once_but_the_page_keeps_everything(statements):
    storage = MemoryStorage()
    outbox = Outbox(Config(workshop="w-1"), _nowhere, storage, limit=3)
    assert outbox.add(statements[:3]).notice == "xapi_local"
    status = outbox.add(statements)
    assert (status.notice, status.waiting) == ("xapi_storage_cap", len(statements))
    assert outbox.add(statements).notice is None  # told once
    assert json.loads(outbox.export()) == statements  # nothing dropped from the page or the download
    reloaded = Outbox(Config(workshop="w-1"), _nowhere, storage)
    assert json.loads(reloaded.export()) == statements[:3]
    refused = Outbox(Config(workshop="w-2"), _nowhere, MemoryStorage(), limit=3, rejected=list(statements[:4]))
    assert refused.flush().notice == "xapi_storage_cap"  # refused ones count too
    for lang in ("sv", "en"):
        assert "3" in L.text(lang, "ui.xapi_storage_cap", limit=3)


def test_an_unreachable_lrs_is_retried_only_after_a_pause(statements):
    port = free_port()  # a loopback port nobody listens on
    real, calls = urllib_transport(timeout=2), []

    def counted(*args):
        calls.append(args[1])
        return real(*args)

    now = [100.0]
    outbox = Outbox(Config(endpoint=f"http://127.0.0.1:{port}/xAPI/"), counted, MemoryStorage(), clock=lambda: now[0],
                    retry_after=10)
    assert outbox.add(statements).notice == "xapi_offline"
    assert outbox.flush(force=False).waiting == len(statements) and len(calls) == 1
    now[0] += 11
    assert outbox.flush(force=False).notice is None and len(calls) == 2  # tried again, not told again


def test_the_build_writes_config_json_from_its_environment(tmp_path, monkeypatch):
    from orderlab.static_site import write_config

    monkeypatch.setenv("ORDERLAB_XAPI_ENDPOINT", "https://lrs.example.org/xapi")
    monkeypatch.setenv("ORDERLAB_XAPI_AUTH", "Basic d3JpdGU6b25seQ==")
    written = (write_config(tmp_path) / "config.json").read_text(encoding="utf-8")
    config = Config.load("?workshop=w-1", written)
    assert config.endpoint == "https://lrs.example.org/xapi/"
    assert (config.auth, config.workshop) == ("Basic d3JpdGU6b25seQ==", "w-1")
    assert site_config({}) == {"xapi": {}}
    with pytest.raises(ConfigError):
        site_config({"ORDERLAB_XAPI_ENDPOINT": "ftp://lrs.example.org"})


def test_the_documented_examples_fit_the_profile_and_every_extension_is_documented():
    text = (Path(__file__).parents[1] / "docs" / "xapi-profile.md").read_text(encoding="utf-8")
    examples = [json.loads(block) for block in re.findall(r"```json\n(.*?)\n```", text, re.S)]
    assert len(examples) == 4
    assert [P.check(example) for example in examples] == [[]] * 4
    assert [name for name in X.EXTENSIONS if f"| {name} |" not in text] == []
    assert [iri for iri in X.VERBS.values() if iri not in text] == []


def test_orderlab_results_names_an_lrs_with_its_password_masked(monkeypatch):
    from orderlab.results import ResultsStore, ResultsUnavailable
    from orderlab.xapi.backend import XapiBackend

    monkeypatch.setenv("ORDERLAB_RESULTS", "xapi+https://fac:s3cret-pw@lrs.example.org/xapi/")
    store = ResultsStore()
    assert isinstance(store._backend, XapiBackend)
    assert store.location == "xapi+https://fac:***@lrs.example.org/xapi/" and "s3cret" not in repr(store)
    assert store._backend.config.endpoint == "https://lrs.example.org/xapi/"
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore("xapi+ftp://lrs.example.org/xapi/")
    assert caught.value.reason == "unsupported" and "xapi+https://" in caught.value.message
