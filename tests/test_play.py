"""The play-and-save service without widgets, on SQLite and PostgreSQL: resume, save, retry, replay,
and what a participant learns (nothing) about whether a workshop exists.

Tests that take ``location`` run on a SQLite file and on a PostgreSQL database (see conftest.py).
"""

from __future__ import annotations

import inspect

import pytest

from orderlab.play import SavedPlay, Status, StoreHandle
from orderlab.results import REASONS, Backend, ResultsStore, ResultsUnavailable, new_workshop_code, result_id
from orderlab.results.postgres import PostgresBackend
from orderlab.results.sqlite import SqliteBackend
from orderlab.session import Session
from orderlab.xapi.backend import XapiBackend

CODE = "Kod_7-abcdefghijklmnopq"  # a workshop the facilitator made
PITCH = ("Vi levererade broschyren som ni beställde. Syftet är att fler familjer kommer, så att barnen får "
         "en trygg start. Förra året kom 31 av 58. Vad tror du?")


@pytest.fixture
def store(location):
    with ResultsStore(location) as opened:
        opened.create_workshop(CODE)
        yield opened


def finished(seed: int = 1) -> Session:
    session = Session("school-brochure", "sv", seed=seed)
    session.ask("Vad vill ni uppnå med broschyren?")
    session.deliver("ordered")
    session.pitch(PITCH)
    return session


def test_a_replayed_finished_round_is_stored_once_and_says_saved(store):
    """The same finished round saved again (a double click, a resent message): one row, no error shown."""
    play = SavedPlay(StoreHandle(store), CODE, "Räv", create=False)
    session = finished()
    statuses = [play.save(session) for _ in range(5)]
    assert statuses == [Status("result_saved")] * 5
    [row] = store.results(CODE)
    assert row["report"] == session.report() and not play.pending
    assert row["result_id"] == result_id(CODE, "Räv", session.state())


def test_a_replayed_round_from_a_new_page_is_stored_once(store):
    """A reload that plays the same round again (same seed, same moves) makes the same id: still one row."""
    for _ in range(2):
        SavedPlay(StoreHandle(store), CODE, "Räv", create=False).save(finished(seed=4))
    assert len(store.results(CODE)) == 1
    SavedPlay(StoreHandle(store), CODE, "Räv", create=False).save(finished(seed=5))  # another round is kept
    assert len(store.results(CODE)) == 2


def test_replayed_progress_keeps_one_unfinished_round(store):
    """Progress saved twice is one row that resumes where the player was."""
    play = SavedPlay(StoreHandle(store), CODE, "Räv", create=False)
    session = Session("school-brochure", "sv", seed=2)
    session.ask("Vilka ska läsa den?")
    assert [play.save(session), play.save(session)] == [Status("progress_saved")] * 2
    assert store.summary(CODE)["in_progress"] == 1
    resumed, status = SavedPlay(StoreHandle(store), CODE, "Räv", create=False).begin("school-brochure", "sv", 9)
    assert status == Status("resumed") and resumed.state() == session.state()


@pytest.mark.parametrize("code", ["ZZZZZZZZZZZZZZZZZZZZZZ", "<script>alert(1)</script>", "w1' OR '1'='1", "../w",
                                  "   ", "x" * 500, ""])
def test_unknown_and_malformed_codes_give_the_same_status_and_lose_nothing(store, code):
    """A code nobody made and a code that cannot be one: the same key at the same moment, the round kept in
    memory, nothing written anywhere."""
    known = SavedPlay(StoreHandle(store), new_workshop_code(), "Räv", create=False)  # well-formed, unknown
    play = SavedPlay(StoreHandle(store), code, "Räv", create=False)
    session, status = play.begin("school-brochure", "sv", 1)
    assert status is None and known.begin("school-brochure", "sv", 1)[1] is None
    session.ask("Vad vill ni uppnå?")
    assert play.save(session) == known.save(session) == Status("results_unknown", "hint", play_on=True)
    done = finished()
    assert play.save(done) == Status("results_unknown", "hint", play_on=True)
    assert list(play.pending.values()) == [done.report()]  # still there for a retry
    assert [w["name"] for w in store.workshops()] == [CODE]
    assert store.results(CODE) == []


def test_a_finished_round_waits_for_a_busy_store_and_is_saved_later(store):
    """A save that finds the store busy is kept and stored by the next save; 'saved' only when nothing waits."""
    class Busy:
        busy = True

        def __getattr__(self, name):
            if self.busy:
                raise ResultsUnavailable("busy", "locked")
            return getattr(store, name)

    busy = Busy()
    play = SavedPlay(StoreHandle(busy), CODE, "Räv", create=False)  # type: ignore[arg-type]
    done = finished()
    assert play.save(done) == Status("results_locked", "hint", play_on=False)
    assert len(play.pending) == 1 and store.results(CODE) == []
    busy.busy = False
    nxt = Session("school-brochure", "sv", seed=3)
    assert play.save(nxt) == Status("progress_saved")
    assert not play.pending and [r["report"] for r in store.results(CODE)] == [done.report()]


def test_a_store_that_cannot_be_opened_says_why_and_the_round_plays_on(tmp_path):
    """Opening fails: the reason as a key, 'play on', a new round, and the next save tries to open again."""
    missing = tmp_path / "no" / "such" / "results.sqlite"
    play = SavedPlay(StoreHandle(opener=lambda: ResultsStore(missing)), "ego", "Räv")
    session, status = play.begin("school-brochure", "en", 1)
    assert status == Status("results_missing_folder", "hint", play_on=True) and session.step == "consult"
    missing.parent.mkdir(parents=True)
    assert play.save(session) == Status("progress_saved")


def test_the_self_paced_player_writes_its_own_workshop(tmp_path):
    """create=True (self-paced): the workshop is made on the first save; the code check is only for participants."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        play = SavedPlay(StoreHandle(store), "självstudier", "Räv")
        assert play.save(finished()) == Status("result_saved")
        assert [w["name"] for w in store.workshops()] == ["självstudier"]


def test_a_sender_gets_every_step_and_says_where_a_round_went_that_the_store_cannot_keep(tmp_path):
    """With a sender (the page's LRS): a working store still says "saved"; a store that cannot keep the
    round says "sent" or "waiting to be sent" by what the sender reports, never "not saved"."""
    given: list[str] = []

    def sender(delivered: bool):
        return lambda session: given.append(session.step) or delivered

    with ResultsStore(tmp_path / "ok.sqlite") as ok:
        ok.create_workshop(CODE)
        assert SavedPlay(StoreHandle(ok), CODE, "Räv", create=False, sender=sender(True)).save(finished()) == \
            Status("result_saved")
    gone = ResultsStore(tmp_path / "gone.sqlite")
    gone.close()
    play = SavedPlay(StoreHandle(gone), CODE, "Räv", create=False, sender=sender(True))
    assert play.begin("school-brochure", "sv", 1)[1] is None  # not "cannot be saved" before the first step
    assert play.save(finished()) == Status("results_sent")
    play.sender = sender(False)
    assert play.save(finished()) == Status("results_sending", "hint")
    assert given == ["done"] * 3 and len(play.pending) == 1  # the store gets it later, when it is back
    assert SavedPlay(StoreHandle(gone), CODE, "Räv").save(finished()) == Status("results_unavailable", "hint", True)


def test_every_status_key_is_a_known_one():
    """The keys the service reports are the lang keys the UIs look up."""
    from orderlab import lang as L
    from orderlab.play import RESUMED, SAVED, SENT, UNKNOWN_WORKSHOP

    for lang in ("sv", "en"):
        for key in (*SAVED, *RESUMED, *SENT, UNKNOWN_WORKSHOP, *(f"results_{r}" for r in REASONS)):
            assert L.text(lang, f"ui.{key}") and L.text(lang, f"ui.{key}") != key


@pytest.mark.parametrize("backend", [SqliteBackend, PostgresBackend, XapiBackend])
def test_both_backends_implement_the_protocol(backend):
    """Every method of ``Backend`` is on each backend class, with the same parameters."""
    wanted = {name: member for name, member in vars(Backend).items()
              if callable(member) and not name.startswith("_")}
    assert {"save_result", "results", "delete_workshop", "save_progress"} <= set(wanted)
    for name, member in wanted.items():
        assert list(inspect.signature(getattr(backend, name)).parameters) == list(
            inspect.signature(member).parameters), name
