"""Statements that wait are sent again on their own: ``orderlab.xapi.retry`` on fake timers, then the
participant page's ``Reporter`` on fake timers against a real LRS (Ralph on loopback) that is away and
comes back, and the event loop a kernel or Pyodide gives it."""

from __future__ import annotations

import asyncio
import gc
import http.server
import random
import threading
import urllib.parse
from dataclasses import dataclass
from html import escape

import pytest
import ralphserver
from pgserver import free_port

from orderlab import lang as L
from orderlab.results import ResultsStore
from orderlab.session import Session
from orderlab.ui.participant import ParticipantApp
from orderlab.ui.reporting import Reporter
from orderlab.xapi import statements as X
from orderlab.xapi.client import Config, basic_auth, read_statements
from orderlab.xapi.retry import LONGEST, Retry, loop_schedule
from orderlab.xapi.transport import MemoryStorage, urllib_transport


@dataclass
class Timer:
    delay: float
    callback: object
    cancelled: bool = False
    fired: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class Timers:
    """A fake clock's timers: ``schedule`` records each one; ``fire()`` runs the one that is set."""

    def __init__(self) -> None:
        self.made: list[Timer] = []

    def __call__(self, delay: float, callback) -> Timer:
        self.made.append(Timer(delay, callback))
        return self.made[-1]

    def live(self) -> list[Timer]:
        return [t for t in self.made if not (t.cancelled or t.fired)]

    def fire(self) -> None:
        (timer,) = self.live()
        timer.fired = True
        timer.callback()


def test_one_timer_at_a_time_however_often_statements_are_said_to_wait():
    timers = Timers()
    retry = Retry(lambda: True, timers, first=10)
    for _ in range(3):
        retry.wait()
    assert [t.delay for t in timers.made] == [10] and retry.pending
    timers.fire()
    retry.wait()  # a learner's step that failed while the next timer is set
    assert len(timers.live()) == 1


def test_each_failed_try_doubles_the_pause_up_to_the_longest():
    timers, tries = Timers(), []
    retry = Retry(lambda: tries.append(1) or True, timers, first=10, longest=300)
    retry.wait()
    for _ in range(7):
        timers.fire()
    assert len(tries) == 7
    assert [t.delay for t in timers.made] == [10, 20, 40, 80, 160, 300, 300, 300]
    assert LONGEST == 300 and len(timers.live()) == 1


def test_the_timer_stops_when_nothing_waits_and_the_next_outage_starts_again_from_the_first_pause():
    timers, answers = Timers(), [True, True, False]
    retry = Retry(lambda: answers.pop(0), timers, first=10)
    retry.wait()
    for _ in range(3):
        timers.fire()
    assert timers.live() == [] and not retry.pending
    retry.wait()
    assert timers.live()[0].delay == 10


def test_stop_cancels_the_pending_timer_and_without_a_way_to_set_one_nothing_happens():
    timers = Timers()
    retry = Retry(lambda: True, timers, first=10)
    retry.wait()
    timers.fire()
    retry.stop()  # a learner's step sent everything
    assert timers.live() == [] and timers.made[-1].cancelled and retry.delay == 10
    idle = Retry(lambda: True, None)
    idle.wait()
    assert not idle.pending


def test_a_try_that_raises_is_logged_and_tried_again_later(caplog):
    timers = Timers()

    def broken() -> bool:
        raise RuntimeError("a bug")

    retry = Retry(broken, timers, first=10)
    retry.wait()
    timers.fire()
    assert "a bug" in caplog.text
    assert [t.delay for t in timers.live()] == [20]


def on_a_thread_of_its_own(test):
    """Run ``test`` on a new thread: it has no event loop, whatever an earlier test in this process left
    running on the main one (in the full suite one did, and these tests then saw its loop)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            test()
        except BaseException as exc:  # handed back to the test's thread
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    assert not thread.is_alive(), "the test did not finish in 120 s"
    if failed:
        raise failed[0]


def test_the_running_event_loops_timer_fires_and_without_a_running_loop_there_is_none():
    on_a_thread_of_its_own(_timer_fires)


def _timer_fires():
    assert loop_schedule() is None

    async def main() -> list[str]:
        fired: list[str] = []
        retry = Retry(lambda: fired.append("try") or len(fired) < 2, loop_schedule(), first=0.01)
        retry.wait()
        for _ in range(500):  # a bounded wait: the two tries come after 0.01 s and 0.02 s
            if len(fired) == 2 and not retry.pending:
                break
            await asyncio.sleep(0.01)
        return fired

    assert asyncio.run(main()) == ["try", "try"]


# The participant page's reporter, on fake timers, against a real LRS that is away and comes back.

def played(lang: str = "sv") -> Session:
    session = Session("school-brochure", lang, seed=5)
    session.ask({"sv": "Vad vill ni uppnå med broschyren?", "en": "What is the brochure for?"}[lang])
    return session


def participant(server: ralphserver.Server, workshop: str) -> Config:
    return Config(endpoint=server.endpoint, auth=basic_auth("participant", server.passwords["participant"]),
                  workshop=workshop)


def in_lrs(server: ralphserver.Server, workshop: str) -> list[dict]:
    facilitator = Config(endpoint=server.endpoint, auth=basic_auth("facilitator", server.passwords["facilitator"]))
    return list(read_statements(facilitator, urllib_transport(), registration=X.registration(workshop)))


@pytest.fixture
def away(tmp_path):
    """A Ralph that has been started once (its port and users are known), then stopped."""
    server = ralphserver.start_or_skip(tmp_path / "ralph")
    server.stop()
    yield server
    server.stop()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_what_waits_for_an_lrs_that_is_away_goes_out_on_the_timer_once_it_is_back(away, lang):
    timers, storage, delivered = Timers(), MemoryStorage(), []
    reporter = Reporter("w-timer", "Ek", participant(away, "w-timer"), urllib_transport(timeout=3), storage,
                        schedule=timers)
    reporter.on_delivered.append(lambda: delivered.append(True))
    status = reporter.send(played(lang))
    assert status.notice == "xapi_offline" and status.waiting == 1  # the question asked
    assert [t.delay for t in timers.live()] == [reporter.outbox.retry_after]
    timers.fire()  # still away: nothing lost, in the page or in its storage; the next try comes later
    (waited,) = [s["id"] for s in reporter.outbox.queue]
    assert waited in storage.values[reporter.outbox.key]
    assert [t.delay for t in timers.live()] == [2 * reporter.outbox.retry_after]
    assert "ol-lrs-download" in reporter.widget.value and delivered == []
    away.start()
    timers.fire()  # no step by the learner
    assert [s["id"] for s in in_lrs(away, "w-timer")] == [waited]
    assert escape(L.text(lang, "ui.xapi_delivered")) in reporter.widget.value
    assert "ol-lrs-download" not in reporter.widget.value
    assert timers.live() == [] and delivered == [True] and reporter.outbox.queue == []


class _Refuses(http.server.BaseHTTPRequestHandler):
    """An LRS that answers 400 to every statement it is sent (it will never take them)."""

    posts = 0

    def do_POST(self):
        type(self).posts += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(400)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_statements_the_lrs_refused_are_kept_for_the_download_and_never_tried_again():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Refuses)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        timers = Timers()
        config = Config(endpoint=f"http://127.0.0.1:{server.server_port}/xAPI/", auth="Basic eDp5")
        reporter = Reporter("w-refused", "Ek", config, urllib_transport(timeout=3), MemoryStorage(), schedule=timers)
        status = reporter.send(played())
        assert status.notice == "xapi_rejected" and len(reporter.outbox.rejected) == 1
        assert timers.made == [] and _Refuses.posts == 1
        assert "ol-lrs-download" in reporter.widget.value
    finally:
        server.shutdown()
        server.server_close()


def test_the_timer_keeps_no_page_alive_and_ends_with_a_closed_widget():
    nowhere = Config(endpoint=f"http://127.0.0.1:{free_port()}/xAPI/")
    sent: list[str] = []
    real = urllib_transport(timeout=2)

    def counted(*args):
        sent.append(args[1])
        return real(*args)

    timers = Timers()
    reporter = Reporter("w-gone", "Ek", nowhere, counted, MemoryStorage(), schedule=timers)
    reporter.send(played())
    assert len(sent) == 1 and len(timers.live()) == 1
    del reporter
    gc.collect()
    timers.fire()  # the page's reporter is gone: no try, no new timer
    assert len(sent) == 1 and timers.live() == []

    closed = Reporter("w-gone", "Ek", nowhere, counted, MemoryStorage(), schedule=timers)
    closed.send(played())
    closed.widget.close()
    timers.fire()
    assert len(sent) == 2 and timers.live() == []


def test_a_reporter_made_inside_a_running_loop_uses_its_timer():
    on_a_thread_of_its_own(_reporter_uses_the_loop)


def _reporter_uses_the_loop():
    config = Config(endpoint=f"http://127.0.0.1:{free_port()}/xAPI/")

    async def main() -> bool:
        reporter = Reporter("w-loop", "Ek", config, urllib_transport(timeout=2), MemoryStorage())
        return reporter.retry.schedule == asyncio.get_running_loop().call_later

    assert asyncio.run(main())
    assert Reporter("w-loop", "Ek", config, urllib_transport(timeout=2), MemoryStorage()).retry.schedule is None


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_pages_saved_line_says_sent_once_the_timer_has_sent_what_waited(away, tmp_path, monkeypatch, lang):
    """The participant app: no results store, the LRS away; the line says the results wait, then, after the
    timer's try with the LRS back and no step by the learner, that they are sent."""
    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode(
        {"endpoint": away.endpoint, "auth": basic_auth("participant", away.passwords["participant"]),
         "workshop": "w-line"}))
    gone = ResultsStore(tmp_path / "gone.sqlite")
    gone.close()
    app = ParticipantApp("w-line", lang, store=gone, rng=random.Random(2))
    app.alias.value = "Lind"
    app.join.click()
    timers = Timers()
    app.reporter.retry.schedule = timers  # outside a kernel there is no event loop: the test's timers
    question = {"sv": "Vad vill ni uppnå?", "en": "What is it for?"}[lang]
    app.roleplay.question.value = question
    app.roleplay.submit_question()
    assert escape(L.text(lang, "ui.results_sending")) in app.saved.value
    away.start()
    timers.fire()
    assert escape(L.text(lang, "ui.results_sent")) in app.saved.value
    assert escape(L.text(lang, "ui.results_sending")) not in app.saved.value
    assert [s["result"]["response"] for s in in_lrs(away, "w-line") if s["verb"]["id"] == X.VERBS["asked"]] == [
        question]


def test_a_saved_line_that_says_the_store_has_it_stays_when_the_timer_sends(away, tmp_path, monkeypatch):
    """With a results store that keeps the round, the line says so; the timer's send does not change it."""
    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode(
        {"endpoint": away.endpoint, "auth": basic_auth("participant", away.passwords["participant"]),
         "workshop": "w-kept"}))
    with ResultsStore(tmp_path / "kept.sqlite") as store:
        store.create_workshop("w-kept")
        app = ParticipantApp("w-kept", "en", store=store, rng=random.Random(2))
        app.alias.value = "Alm"
        app.join.click()
        timers = Timers()
        app.reporter.retry.schedule = timers
        app.roleplay.question.value = "What is it for?"
        app.roleplay.submit_question()
        line = app.saved.value
        assert escape(L.text("en", "ui.progress_saved")) in line and len(timers.live()) == 1
        away.start()
        timers.fire()
        assert app.reporter.outbox.queue == [] and app.saved.value == line
