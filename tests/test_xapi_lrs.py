"""A real LRS (Ralph, on loopback) receives a round as statements, and the xapi results backend reads them back."""

from __future__ import annotations

import http.server
import io
import json
import threading
import urllib.parse

import pytest
import ralphserver

from orderlab import lang as L
from orderlab.results import ResultsStore, ResultsUnavailable, result_id
from orderlab.session import Session
from orderlab.xapi import profile as P
from orderlab.xapi import statements as X
from orderlab.xapi.backend import XapiBackend
from orderlab.xapi.client import Config, Outbox, basic_auth, read_statements
from orderlab.xapi.transport import FileStorage, urllib_transport

WORKSHOP = "Xq3-workshop_code"



def config(server: ralphserver.Server, user: str = "participant", workshop: str = WORKSHOP) -> Config:
    return Config(endpoint=server.endpoint, auth=basic_auth(user, server.passwords[user]), workshop=workshop)


def play(lang: str, seed: int, questions: tuple[str, ...], pitch: str) -> Session:
    session = Session("school-brochure", lang, seed=seed)
    for question in questions:
        session.ask(question)
    session.deliver("ordered")
    session.pitch(pitch)
    return session


ROUNDS = {
    "Anna": play("sv", 1, ("Vad vill ni uppnå med broschyren?", "Vilka ska läsa den?"),
                 "Syftet är att fler familjer kommer på mötet. Nästa gång kan vi börja där. Vad tror du?"),
    "Bo": play("en", 2, ("What is the brochure for?", "Who will read it?", "When is it needed?"),
               "We delivered what you ordered. The goal is that more families come; shall we start there next time?"),
}


def everything(server: ralphserver.Server, workshop: str = WORKSHOP) -> list[dict]:
    return list(read_statements(config(server, "facilitator"), urllib_transport(),
                                registration=X.registration(workshop)))


def test_a_round_played_through_the_engine_lands_as_statements_that_fit_the_profile(lrs):
    session = ROUNDS["Anna"]
    made = X.session_statements(session, alias="Anna", workshop="played", when=1_700_000_000.0,
                                result_id=result_id("played", "Anna", session.state()))
    status = Outbox(config(lrs, workshop="played")).add(made)
    assert (status.state, status.waiting, status.notice, status.sent) == ("sent", 0, None, len(made))
    stored = everything(lrs, "played")
    assert sorted(s["id"] for s in stored) == sorted(s["id"] for s in made)
    assert [P.check(s) for s in stored] == [[] for _ in stored]
    assert len([s for s in stored if s["verb"]["id"] == X.VERBS["asked"]]) == len(session.exchanges)


def test_sending_the_same_round_again_stores_it_once(lrs):
    session = ROUNDS["Bo"]
    rid = result_id("twice", "Bo", session.state())
    for when in (1_700_000_000.0, 1_700_000_500.0):  # a reload: a new page, a new outbox, later timestamps
        made = X.session_statements(session, alias="Bo", workshop="twice", when=when, result_id=rid)
        assert Outbox(config(lrs, workshop="twice")).add(made).waiting == 0
    stored = everything(lrs, "twice")
    assert len(stored) == len({s["id"] for s in stored}) == len(made)


def test_the_dashboard_reads_the_same_results_summary_and_csv_as_from_sqlite(lrs, tmp_path, clock):
    with ResultsStore(tmp_path / "r.sqlite", clock=clock) as sqlite, \
            ResultsStore(lrs.url("facilitator"), clock=clock) as dashboard, \
            ResultsStore(lrs.url("participant"), clock=clock) as participant:
        assert isinstance(dashboard._backend, XapiBackend)
        sqlite.create_workshop("same", "Tisdag")
        assert dashboard.create_workshop("same", "Tisdag") is True
        assert dashboard.create_workshop("same", "Tisdag") is False
        for alias, session in ROUNDS.items():
            for store in (sqlite, participant):
                rid = result_id("same", alias, session.state())
                store.save_result("same", alias, session.report(), rid, create=False)
            clock.advance(60)
        assert dashboard.results("same") == sqlite.results("same")
        assert dashboard.summary("same") == sqlite.summary("same")
        assert dashboard.summary("same", "school-brochure") == sqlite.summary("same", "school-brochure")
        csv_lrs, csv_file = io.StringIO(), io.StringIO()
        assert dashboard.export_csv("same", csv_lrs) == sqlite.export_csv("same", csv_file) == 2
        assert csv_lrs.getvalue() == csv_file.getvalue()
        listed = {w["name"]: w for w in dashboard.workshops()}["same"]
        assert (listed["title"], listed["results"], listed["participants"]) == ("Tisdag", 2, 2)


def test_progress_is_sent_step_by_step_and_counted_as_in_progress(lrs, clock):
    session = Session("school-brochure", "en", seed=7)
    with ResultsStore(lrs.url("participant"), clock=clock) as participant, \
            ResultsStore(lrs.url("facilitator"), clock=clock) as dashboard:
        session.ask("What is the brochure for?")
        participant.save_progress("steps", "Cleo", session.scenario.id, "en", session.state(), create=False)
        assert dashboard.summary("steps")["in_progress"] == 1
        session.deliver("ordered")
        participant.save_progress("steps", "Cleo", session.scenario.id, "en", session.state(), create=False)
        stored = everything(lrs, "steps")
        assert sorted(s["object"]["id"].rsplit("/", 1)[-1] for s in stored) == ["consult", "consult", "deliver"]
        assert [P.check(s) for s in stored] == [[] for _ in stored]
        session.pitch("The goal is that more families come. Next time, shall we start from the purpose?")
        participant.save_result("steps", "Cleo", session.report(), result_id("steps", "Cleo", session.state()))
        summary = dashboard.summary("steps")
        assert (summary["in_progress"], summary["results"]) == (0, 1)


def test_a_participant_only_writes_and_is_refused_reading(lrs):
    with ResultsStore(lrs.url("participant")) as participant:
        assert participant.load_progress(WORKSHOP, "Anna") is None  # never asks the LRS
        with pytest.raises(ResultsUnavailable) as caught:
            participant.results(WORKSHOP)
    assert caught.value.reason == "auth"


def test_a_wrong_password_is_a_plain_message_that_does_not_show_it(lrs):
    wrong = lrs.url("facilitator").replace(lrs.passwords["facilitator"], "not-it-123")
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(wrong).results(WORKSHOP)
    assert caught.value.reason == "auth"
    assert "refused" in caught.value.message and "not-it-123" not in str(caught.value)


def test_a_wrong_token_or_endpoint_is_told_in_the_learners_language_and_nothing_is_lost(lrs, statements_of_anna):
    wrong_token = Outbox(Config(endpoint=lrs.endpoint, auth=basic_auth("participant", "expired"), workshop="w"))
    assert wrong_token.add(statements_of_anna).notice == "xapi_refused"
    wrong_path = Outbox(Config(endpoint=lrs.endpoint.replace("/xAPI/", "/no-lrs-here/"),
                               auth=basic_auth("participant", lrs.passwords["participant"]), workshop="w"))
    assert wrong_path.add(statements_of_anna).notice == "xapi_bad_endpoint"
    for outbox in (wrong_token, wrong_path):
        assert json.loads(outbox.export()) == statements_of_anna
    for key in ("xapi_refused", "xapi_bad_endpoint"):
        assert "LRS" in L.text("sv", f"ui.{key}") and "LRS" in L.text("en", f"ui.{key}")


@pytest.fixture
def statements_of_anna() -> list[dict]:
    session = ROUNDS["Anna"]
    return X.session_statements(session, alias="Anna", workshop="w", when=1.7e9,
                                result_id=result_id("w", "Anna", session.state()))


def test_when_the_lrs_is_down_play_goes_on_told_once_and_statements_go_out_when_it_is_back(tmp_path):
    server = ralphserver.start_or_skip(tmp_path / "ralph")
    try:
        session = Session("school-brochure", "sv", seed=4)
        outbox = Outbox(config(server, workshop="outage"), urllib_transport(timeout=3), FileStorage(tmp_path / "page"))
        session.ask("Vad vill ni uppnå med broschyren?")
        assert outbox.add(X.session_statements(session, alias="Dan", workshop="outage", when=1.7e9)).waiting == 0
        server.stop()
        notices = []
        session.ask("Vilka ska läsa den?")  # the learner plays on while the LRS is away
        notices.append(outbox.add(X.session_statements(session, alias="Dan", workshop="outage", when=1.7e9)).notice)
        session.deliver("ordered")
        status = outbox.add(X.session_statements(session, alias="Dan", workshop="outage", when=1.7e9))
        notices.append(status.notice)
        assert notices == ["xapi_offline", None] and status.waiting == 3  # asked, consult and deliver done
        server.start()
        back = outbox.flush()
        assert (back.state, back.waiting, back.notice) == ("sent", 0, "xapi_delivered")
        stored = everything(server, "outage")
        assert len(stored) == 4 and [P.check(s) for s in stored] == [[]] * 4
    finally:
        server.stop()


def test_statements_waiting_in_storage_go_out_from_the_next_page(tmp_path):
    server = ralphserver.start_or_skip(tmp_path / "ralph")
    try:
        session = ROUNDS["Bo"]
        made = X.session_statements(session, alias="Bo", workshop="later", when=1.7e9,
                                    result_id=result_id("later", "Bo", session.state()))
        server.stop()
        assert Outbox(config(server, workshop="later"), storage=FileStorage(tmp_path / "page")).add(made).waiting
        server.start()
        reopened = Outbox(config(server, workshop="later"), storage=FileStorage(tmp_path / "page"))
        assert reopened.flush().waiting == 0
        assert len(everything(server, "later")) == len(made)
    finally:
        server.stop()


class _TokenOnce(http.server.BaseHTTPRequestHandler):
    """cmi5's fetch URL: the first POST gets the token, every later one an error (as cmi5 requires)."""

    token = ""
    given = 0

    def do_POST(self):
        type(self).given += 1
        body = json.dumps({"auth-token": self.token} if self.given == 1 else
                          {"error-code": "1", "error-text": "already fetched"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_cmi5_fetch_url_gives_the_token_once_and_the_statements_go_out_with_it(lrs):
    _TokenOnce.token = basic_auth("participant", lrs.passwords["participant"]).split(" ", 1)[1]
    server = http.server.HTTPServer(("127.0.0.1", 0), _TokenOnce)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        fetch = f"http://127.0.0.1:{server.server_port}/fetch"
        query = urllib.parse.urlencode({"endpoint": lrs.endpoint, "fetch": fetch, "workshop": "fetched",
                                        "registration": X.registration("fetched")})
        outbox = Outbox(Config.load(query))
        session = ROUNDS["Anna"]
        made = X.session_statements(session, alias="Anna", workshop="fetched", when=1.7e9)
        assert outbox.add(made[:1]).waiting == 0
        assert outbox.add(made).waiting == 0  # the token is kept: the fetch URL is asked once
        assert _TokenOnce.given == 1
        assert len(everything(lrs, "fetched")) == len(made)
        again = Outbox(Config.load(query))  # a second page with the same address: the token is spent
        assert again.add(made).notice == "xapi_refused"
    finally:
        server.shutdown()
        server.server_close()


def test_another_tools_statements_in_the_same_registration_are_left_out(lrs):
    session = ROUNDS["Anna"]
    made = X.session_statements(session, alias="Anna", workshop="shared", when=1.7e9,
                                result_id=result_id("shared", "Anna", session.state()))
    foreign = json.loads(json.dumps(made[-1]))
    foreign.update(id="0b6a4f9e-7d0c-4c55-8f0e-3a1b2c3d4e5f",
                   actor={"objectType": "Agent", "mbox": "mailto:x@example.org"})
    foreign["context"]["extensions"][X.ext("result-id")] = "1c7b5a0f-8e1d-4d66-9a1f-4b2c3d4e5f60"
    assert Outbox(config(lrs, workshop="shared")).add([*made, foreign]).waiting == 0
    with ResultsStore(lrs.url("facilitator")) as dashboard:
        assert [row["alias"] for row in dashboard.results("shared")] == ["Anna"]


def test_one_dashboard_refresh_reads_each_query_from_the_lrs_once(lrs, clock):
    """A refresh lists the workshops, reads one workshop's results and counts its unfinished rounds; on an LRS
    each of those used to read the workshop's statements again. Now the GET requests of one refresh are
    exactly those of reading each query once (every page of it: Ralph answers 7 statements a page)."""
    from orderlab.ui.dashboard import Dashboard

    with ResultsStore(lrs.url("facilitator"), clock=clock) as store, \
            ResultsStore(lrs.url("participant"), clock=clock) as participant:
        store.create_workshop("once", "Onsdag")
        store.create_workshop("once-other")
        for alias, session in ROUNDS.items():
            participant.save_result("once", alias, session.report(), result_id("once", alias, session.state()),
                                    create=False)
            clock.advance(60)
        board = Dashboard("once", "sv", store=store)
        names = [w["name"] for w in store.workshops()]
        real, gets = store._backend.transport, []

        def counted(method, url, body, headers):
            if method == "GET":
                gets.append(url)
            return real(method, url, body, headers)

        store._backend.transport = counted
        board.refresh()
        refresh, gets[:] = list(gets), []
        reader = config(lrs, "facilitator")
        list(read_statements(reader, counted, agent=json.dumps(X.actor("facilitator"))))
        for name in names:
            list(read_statements(reader, counted, registration=X.registration(name)))
        assert len(refresh) == len(gets) and sorted(refresh) == sorted(gets)
        assert len([url for url in refresh if X.registration("once") in url]) >= 2  # its pages, read once
        assert "2" in board.counts.value  # and the refresh still shows both rounds
