"""The results store: round trips, de-duplication, progress, deletion, CSV, migration, bad files, concurrency.

Tests that take ``location`` or ``store`` run twice: on a SQLite file and on a PostgreSQL database
of the throw-away server in pgserver.py. What only concerns one backend is tested once; the rest
of PostgreSQL's own behaviour is in test_results_postgres.py.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import multiprocessing
import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from collections import Counter
from pathlib import Path

import pytest

from orderlab import Session
from orderlab import results as R
from orderlab.results import InvalidName, ResultsStore, ResultsUnavailable, new_result_id

WORKERS, PER_WORKER = 40, 50
_IDS = uuid.UUID("2b0c5a8e-93a4-4b57-8a8e-0f6f4f1b7c11")


@pytest.fixture(scope="module")
def report() -> dict:
    """A real report: the school brochure in Swedish, two questions, delivered as ordered, one pitch."""
    session = Session("school-brochure", "sv", seed=1)
    session.ask("Vad vill ni uppnå med broschyren?")
    session.ask("Vilka ska läsa den?")
    session.deliver("ordered")
    session.pitch("Vi levererade broschyren som ni beställde. Syftet är att fler familjer kommer på mötet, "
                  "så att barnen får en trygg start. Nästa gång kan vi prata om hur vi når dem. Vad tror du?")
    return session.report()


@pytest.fixture
def store(location: str, clock) -> ResultsStore:
    """An empty store, on a fixed clock."""
    with ResultsStore(location, clock=clock) as opened:
        yield opened


def raw_rows(location: str, sql: str) -> list[tuple]:
    """Rows of ``sql`` read past the store: with sqlite3 from the file, or with psycopg from the database."""
    if "://" not in location:
        with contextlib.closing(sqlite3.connect(location)) as raw:
            return raw.execute(sql).fetchall()
    import psycopg

    with psycopg.connect(location) as raw:
        return raw.execute(sql).fetchall()


def fake(report: dict, total: int, questions: int, open_share: float, missed: list[str]) -> dict:
    """A copy of ``report`` with the numbers a summary reads replaced."""
    out = copy.deepcopy(report)
    out["total"] = total
    out["steps"]["questions"].update(score=questions, open_share=open_share, missed=missed)
    return out


def rid(n: int) -> str:
    return str(uuid.uuid5(_IDS, str(n)))


# --- Round trip and de-duplication ---
def test_report_round_trip(store, report):
    """A played session's report comes back unchanged, with its scores in their own columns."""
    assert store.save_result("Workshop 1", "Kim", report, rid(1)) is True
    [row] = store.results("Workshop 1")
    assert row["report"] == report
    assert (row["alias"], row["scenario"], row["lang"]) == ("Kim", "school-brochure", "sv")
    assert row["total"] == report["total"]
    assert [row[k] for k in R.SCORED_STEPS] == [report["steps"][k]["score"] for k in R.SCORED_STEPS]


def test_finished_at_comes_from_the_clock(store, report, clock):
    """The time a result is saved is read from the injected clock."""
    store.save_result("W", "Kim", report, rid(1))
    assert store.results("W")[0]["finished_at"] == clock.now


def test_wal_mode_is_on(tmp_path):
    """A SQLite file is in write-ahead-log mode, as another connection sees it."""
    ResultsStore(tmp_path / "results.sqlite").close()
    assert raw_rows(str(tmp_path / "results.sqlite"), "PRAGMA journal_mode") == [("wal",)]


def test_same_result_id_is_stored_once(store, report):
    """Saving the same result_id again returns False and adds no row."""
    assert store.save_result("W", "Kim", report, rid(1)) is True
    assert store.save_result("W", "Kim", report, rid(1)) is False
    assert len(store.results("W")) == 1


def test_result_id_must_be_a_uuid(store, report):
    """A result_id that is not a UUID is refused."""
    with pytest.raises(ValueError):
        store.save_result("W", "Kim", report, "attempt-1")


def test_new_result_id_is_reproducible_with_rng():
    """Two generators with the same seed give the same version-4 UUID."""
    first, second = new_result_id(random.Random(3)), new_result_id(random.Random(3))
    assert first == second and uuid.UUID(first).version == 4


# --- Aliases ---
@pytest.mark.parametrize(("alias", "reason"), [("", "empty"), ("   ", "empty"), ("x" * 41, "too_long")])
def test_bad_alias_is_rejected(store, report, alias, reason):
    """An empty alias or one over 40 characters is refused with a reason code and a plain message."""
    with pytest.raises(InvalidName) as caught:
        store.save_result("W", alias, report, rid(1))
    assert (caught.value.field, caught.value.reason) == ("alias", reason)
    assert "alias" in str(caught.value)


def test_alias_of_40_characters_is_accepted(store, report):
    """An alias of exactly 40 characters, trimmed, is stored."""
    store.save_result("W", " " + "å" * 40 + " ", report, rid(1))
    assert store.results("W")[0]["alias"] == "å" * 40


# --- Progress ---
def test_progress_round_trip(store):
    """An unfinished role-play's state comes back as it was saved."""
    state = {"seed": 1, "asked": ["Vad vill ni uppnå?"], "step": "consult"}
    store.save_progress("W", "Kim", "school-brochure", "sv", state)
    loaded = store.load_progress("W", "Kim")
    assert (loaded["scenario"], loaded["lang"], loaded["state"]) == ("school-brochure", "sv", state)


def test_progress_is_replaced_by_a_later_save(store, clock):
    """Saving progress again for the same scenario keeps only the latest state."""
    store.save_progress("W", "Kim", "school-brochure", "sv", {"asked": 1})
    clock.advance(5)
    store.save_progress("W", "Kim", "school-brochure", "en", {"asked": 2})
    loaded = store.load_progress("W", "Kim", "school-brochure")
    assert (loaded["lang"], loaded["state"], loaded["updated_at"]) == ("en", {"asked": 2}, clock.now)


def test_clear_progress(store):
    """Cleared progress is gone and another alias's progress stays."""
    store.save_progress("W", "Kim", "school-brochure", "sv", {"asked": 1})
    store.save_progress("W", "Lo", "school-brochure", "sv", {"asked": 1})
    assert store.clear_progress("W", "Kim") == 1
    assert store.load_progress("W", "Kim") is None
    assert store.load_progress("W", "Lo") is not None


def test_saving_a_result_clears_progress_of_that_scenario(store, report):
    """A finished role-play is no longer offered for resuming."""
    store.save_progress("W", "Kim", "school-brochure", "sv", {"asked": 2})
    store.save_result("W", "Kim", report, rid(1))
    assert store.load_progress("W", "Kim") is None


# --- Workshops and deletion ---
def test_workshops_lists_counts(store, report):
    """Each workshop is listed with its numbers of participants and results."""
    store.create_workshop("Empty")
    store.save_result("Full", "Kim", report, rid(1))
    store.save_progress("Full", "Lo", "school-brochure", "sv", {})
    assert [(w["name"], w["participants"], w["results"]) for w in store.workshops()] == [
        ("Empty", 0, 0), ("Full", 2, 1)]


def test_reads_do_not_create_a_workshop(store):
    """Asking about an unknown workshop returns nothing and leaves no trace."""
    assert store.results("Nope") == [] and store.load_progress("Nope", "Kim") is None
    assert store.workshops() == []


def test_delete_workshop_removes_it_and_nothing_else(location, store, report):
    """Deleting a workshop removes its results, progress and participants, and keeps the others'."""
    for name in ("A", "B"):
        store.save_result(name, "Kim", report, rid(hash(name)))
        store.save_progress(name, "Lo", "school-brochure", "sv", {"asked": 1})
    assert store.delete_workshop("A") == 1
    assert [w["name"] for w in store.workshops()] == ["B"]
    assert store.results("A") == [] and store.load_progress("A", "Lo") is None
    assert len(store.results("B")) == 1 and store.load_progress("B", "Lo") is not None
    assert raw_rows(location, "SELECT count(*) FROM participants") == [(2,)]
    assert raw_rows(location, "SELECT count(*) FROM results") == [(1,)]


def test_deleted_alias_is_not_left_in_the_files(tmp_path, report):
    """After deletion the alias's bytes are in neither the database file nor its write-ahead log."""
    alias, path = "Zoë-Unique-Alias-7", tmp_path / "results.sqlite"
    with ResultsStore(path) as first:  # closing writes the rows into the main file
        first.save_result("A", alias, report, rid(1))
        first.save_progress("A", alias, "other", "sv", {"note": alias})
    assert alias.encode() in path.read_bytes()
    with ResultsStore(path) as store:
        store.delete_workshop("A")
        files = [p for p in tmp_path.iterdir() if p.name.startswith(path.name)]
        assert len(files) == 3 and all(alias.encode() not in p.read_bytes() for p in files)


# --- Summary ---
def test_summary_counts_and_means(store, report):
    """The summary counts results and participants and averages each step."""
    store.save_result("W", "Kim", fake(report, 60, 40, 0.5, []), rid(1))
    store.save_result("W", "Lo", fake(report, 80, 61, 1.0, []), rid(2))
    store.save_progress("W", "Ann", "school-brochure", "sv", {})
    summary = store.summary("W")
    assert (summary["results"], summary["participants"], summary["in_progress"]) == (2, 2, 1)
    assert summary["mean"]["total"] == 70.0 and summary["mean"]["questions"] == 50.5
    assert summary["scores"]["total"] == [60, 80]


def test_summary_open_share_and_most_missed_topics(store, report):
    """The summary averages the share of open questions and ranks missed topics by how often."""
    store.save_result("W", "Kim", fake(report, 60, 40, 0.25, ["budget", "purpose"]), rid(1))
    store.save_result("W", "Lo", fake(report, 80, 60, 0.75, ["purpose"]), rid(2))
    summary = store.summary("W")
    assert summary["open_shares"] == [0.25, 0.75]
    assert summary["open_share"] == 0.5
    assert summary["missed"] == [{"topic": "purpose", "count": 2, "share": 1.0},
                                 {"topic": "budget", "count": 1, "share": 0.5}]


def test_summary_from_rows_already_read_matches_reading_them(store, report):
    """Given the workshop's results, the summary is the same as when it reads them itself."""
    store.save_result("W", "Kim", fake(report, 60, 40, 0.25, ["budget"]), rid(1))
    store.save_result("W", "Lo", fake(report, 80, 60, 0.75, ["purpose"]), rid(2))
    rows = store.results("W")
    assert store.summary("W", rows=rows) == store.summary("W")
    assert store.summary("W", rows=rows[:1])["results"] == 1


def test_summary_of_an_empty_workshop(store):
    """An unknown workshop summarises to zero counts and no means."""
    summary = store.summary("Nope")
    assert (summary["results"], summary["mean"]["total"]) == (0, None)
    assert (summary["open_share"], summary["missed"]) == (None, [])


# --- CSV ---
def read_csv(store: ResultsStore, workshop: str) -> list[list[str]]:
    out = io.StringIO(newline="")
    store.export_csv(workshop, out)
    return list(csv.reader(io.StringIO(out.getvalue(), newline="")))


def test_csv_has_a_header_and_one_row_per_result(store, report):
    """The export starts with the column names and has one row for each result."""
    for n, alias in enumerate(("Kim", "Lo", "Kim")):
        store.save_result("W", alias, report, rid(n))
    rows = read_csv(store, "W")
    assert rows[0] == list(R.CSV_COLUMNS)
    assert [row[0] for row in rows[1:]] == ["Kim", "Lo", "Kim"]


def test_csv_escapes_commas_quotes_and_newlines(store, report):
    """Aliases with commas and quotes survive the export intact; line breaks never reach it (names drop them)."""
    aliases = ['Kim, "KK"', "Lo\nLo", 'a"b,c\r\nd']
    for n, alias in enumerate(aliases):
        store.save_result("W", alias, report, rid(n))
    assert [row[0] for row in read_csv(store, "W")[1:]] == ['Kim, "KK"', "LoLo", 'a"b,cd']


def test_csv_neutralises_spreadsheet_formulas(store, report):
    """An alias that a spreadsheet would run as a formula is exported with a leading apostrophe."""
    store.save_result("W", "=HYPERLINK(1)", report, rid(1))
    assert read_csv(store, "W")[1][0] == "'=HYPERLINK(1)"


def test_csv_leaves_out_the_report(store, report):
    """The export holds no question text or pitch feedback, only the facilitator's columns."""
    store.save_result("W", "Kim", report, rid(1))
    out = io.StringIO()
    store.export_csv("W", out)
    assert "Vilka ska läsa den?" not in out.getvalue()
    assert len(read_csv(store, "W")[1]) == len(R.CSV_COLUMNS)


def test_csv_to_a_path_has_a_byte_order_mark(store, report, tmp_path):
    """A CSV file written to a path starts with the UTF-8 byte-order mark spreadsheets look for."""
    store.save_result("W", "Åsa", report, rid(1))
    assert store.export_csv("W", tmp_path / "w.csv") == 1
    assert (tmp_path / "w.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# --- Migration ---
V1_SCHEMA = (  # the v1 layout typed out by hand, as a file made by that version would have it
    "CREATE TABLE workshops (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at REAL NOT NULL)",
    "CREATE TABLE participants (workshop_id INTEGER NOT NULL REFERENCES workshops(id), alias TEXT NOT NULL,"
    " PRIMARY KEY (workshop_id, alias))",
    "CREATE TABLE results (id INTEGER PRIMARY KEY, workshop_id INTEGER NOT NULL REFERENCES workshops(id),"
    " alias TEXT NOT NULL, scenario TEXT NOT NULL, lang TEXT NOT NULL, total INTEGER NOT NULL,"
    " questions INTEGER NOT NULL, delivery INTEGER NOT NULL, pitch INTEGER NOT NULL, report TEXT NOT NULL,"
    " finished_at REAL NOT NULL)",
    "CREATE INDEX results_by_workshop ON results(workshop_id)",
)


@pytest.fixture
def v1_file(tmp_path: Path, report: dict) -> Path:
    """A version-1 file with one workshop and one result, made without the store."""
    import json

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as raw:
        for sql in V1_SCHEMA:
            raw.execute(sql)
        raw.execute("INSERT INTO workshops VALUES (1, 'Old', 1.0)")
        raw.execute("INSERT INTO participants VALUES (1, 'Kim')")
        raw.execute("INSERT INTO results VALUES (1, 1, 'Kim', 'school-brochure', 'sv', 65, 53, 70, 75, ?, 2.0)",
                    (json.dumps(report),))
        raw.execute("PRAGMA user_version = 1")
    raw.close()
    return path


def test_v1_file_is_migrated_with_its_results(v1_file, report):
    """Opening a v1 file brings it to the latest version and keeps its result, now with a result_id."""
    with ResultsStore(v1_file) as store:
        [row] = store.results("Old")
        assert row["report"] == report and uuid.UUID(row["result_id"])
    with sqlite3.connect(v1_file) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == R.SCHEMA_VERSION == 3


def test_migrated_file_takes_progress_and_deduplicates(v1_file, report):
    """A migrated file has the progress table and the unique result_id of the latest schema."""
    with ResultsStore(v1_file) as store:
        store.save_progress("Old", "Kim", "school-brochure", "sv", {"asked": 1})
        assert store.save_result("Old", "Lo", report, rid(1)) is True
        assert store.save_result("Old", "Lo", report, rid(1)) is False
        assert store.load_progress("Old", "Kim")["state"] == {"asked": 1}


def test_file_from_a_newer_version_is_refused(tmp_path):
    """A file whose schema is newer than this code gives the reason 'too_new' and is left alone."""
    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(path)
    assert caught.value.reason == "too_new"


# --- Bad environments ---
def reason_as_unprivileged_user(path: Path) -> str:
    """Open a store at ``path`` as a user that file permissions apply to, and return the reason it failed.

    Root ignores permission bits, so when the tests run as root the check runs in a forked child
    that has dropped to the user ``nobody`` (uid 65534): a real read-only folder, not a simulation.
    """
    if os.geteuid() != 0:
        try:
            ResultsStore(path).close()
        except ResultsUnavailable as exc:
            return exc.reason
        return "opened"
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        out = "opened"
        try:
            os.setgid(65534)
            os.setuid(65534)
            ResultsStore(path).close()
        except ResultsUnavailable as exc:
            out = exc.reason
        except BaseException as exc:
            out = f"error: {exc!r}"
        finally:
            os.write(write, out.encode())
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return pipe.read()


@pytest.fixture
def shared_tmp() -> Path:
    """A folder under /tmp that an unprivileged user can reach (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="orderlab-results-"))
    yield folder
    for path in (folder, *folder.rglob("*")):
        path.chmod(0o777 if path.is_dir() else 0o666)
    shutil.rmtree(folder)


def test_read_only_folder(shared_tmp):
    """A results folder that cannot be written gives the reason 'read_only'."""
    shared_tmp.chmod(0o555)
    assert reason_as_unprivileged_user(shared_tmp / "results.sqlite") == "read_only"


def test_read_only_file(shared_tmp):
    """An existing results file that cannot be written gives the reason 'read_only'."""
    ResultsStore(shared_tmp / "results.sqlite").close()
    shared_tmp.chmod(0o777)
    (shared_tmp / "results.sqlite").chmod(0o444)
    assert reason_as_unprivileged_user(shared_tmp / "results.sqlite") == "read_only"


def test_missing_folder_is_reported_not_created(tmp_path):
    """A given path in a folder that does not exist gives 'missing_folder' and creates nothing."""
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(tmp_path / "nope" / "results.sqlite")
    assert caught.value.reason == "missing_folder"
    assert not (tmp_path / "nope").exists()


def test_folder_that_is_a_regular_file(tmp_path):
    """A path whose folder is a regular file gives 'missing_folder', even as root."""
    (tmp_path / "afile").write_text("x")
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(tmp_path / "afile" / "results.sqlite")
    assert caught.value.reason == "missing_folder"


def test_path_that_is_a_folder(tmp_path):
    """A path naming a folder gives 'not_a_file'."""
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(tmp_path)
    assert caught.value.reason == "not_a_file"


def test_corrupt_file(tmp_path):
    """A file of garbage bytes gives 'corrupt' and a message naming the file."""
    path = tmp_path / "results.sqlite"
    path.write_bytes(b"\x00garbage, not SQLite\xff" * 500)
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(path)
    assert caught.value.reason == "corrupt" and str(path) in caught.value.message


def test_results_unavailable_is_a_runtime_error(tmp_path):
    """Callers can catch the store's one error type as a RuntimeError."""
    with pytest.raises(RuntimeError):
        ResultsStore(tmp_path)


def test_other_database_url_is_unsupported(tmp_path, monkeypatch):
    """A URL of another database gives 'unsupported', shows no password and creates no file."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore("mysql://kim:Hemligt99@db.example/orderlab")
    assert caught.value.reason == "unsupported"
    assert "Hemligt99" not in f"{caught.value} {caught.value.path}" and list(tmp_path.iterdir()) == []


def test_closed_store_raises_unavailable(store):
    """Using a closed store raises ResultsUnavailable, not a sqlite3 error."""
    store.close()
    with pytest.raises(ResultsUnavailable):
        store.workshops()


# --- Location ---
def test_environment_variable_sets_the_path(tmp_path, monkeypatch):
    """With no path given, ORDERLAB_RESULTS names the file."""
    monkeypatch.setenv("ORDERLAB_RESULTS", str(tmp_path / "room.sqlite"))
    with ResultsStore() as store:
        assert store.path == tmp_path / "room.sqlite" and store.path.exists()


def test_default_is_under_xdg_data_home_and_created(tmp_path, monkeypatch):
    """Without the variable the file goes under $XDG_DATA_HOME/orderlab, whose folder is created."""
    monkeypatch.delenv("ORDERLAB_RESULTS", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with ResultsStore() as store:
        assert store.path == tmp_path / "data" / "orderlab" / "results.sqlite" and store.path.exists()


def test_default_falls_back_to_local_share():
    """Without either variable the file goes under ~/.local/share/orderlab."""
    assert R.default_path({"HOME": "/home/kim"}) == Path("/home/kim/.local/share/orderlab/results.sqlite")


def test_default_folder_that_cannot_be_made(tmp_path, monkeypatch):
    """A default folder that cannot be created gives a ResultsUnavailable, not an OSError."""
    monkeypatch.delenv("ORDERLAB_RESULTS", raising=False)
    (tmp_path / "data").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore()
    assert caught.value.reason == "missing_folder"


# --- Locks and retries ---
class Half(random.Random):
    """A generator whose jitter is always the middle, so backoff delays are exact."""

    def random(self) -> float:
        return 0.5


def test_lock_held_through_every_retry_gives_locked(tmp_path, report):
    """A write that stays locked is retried with doubling delays, then gives 'locked'."""
    slept: list[float] = []
    store = ResultsStore(tmp_path / "r.sqlite", rng=Half(), sleep=slept.append, busy_timeout=0.01, retries=3)
    blocker = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    with pytest.raises(ResultsUnavailable) as caught:
        store.save_result("W", "Kim", report, rid(1))
    blocker.execute("ROLLBACK")
    assert caught.value.reason == "locked"
    assert slept == pytest.approx([0.02, 0.04, 0.08])


def test_write_succeeds_once_the_lock_is_released(tmp_path, report):
    """A write that finds the file locked succeeds on the retry after the lock goes away."""
    blocker = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    store = ResultsStore(tmp_path / "r.sqlite", rng=Half(), sleep=lambda _: blocker.execute("COMMIT"),
                         busy_timeout=0.01, retries=3)
    blocker.execute("BEGIN IMMEDIATE")
    assert store.save_result("W", "Kim", report, rid(1)) is True
    assert len(store.results("W")) == 1


# --- Many kernels at once ---
def _write_many(location: str, worker: int, report: dict, start) -> None:
    """One kernel: open the store, wait for the others, save its results and retry one of them."""
    store = ResultsStore(location)
    start.wait()
    alias = f"p{worker:02d}"
    for n in range(PER_WORKER):
        assert store.save_result("room", alias, report, rid(worker * 1000 + n)), n
        if n == PER_WORKER // 2:  # the same save again, as after a lost acknowledgement
            assert not store.save_result("room", alias, report, rid(worker * 1000)), "duplicate stored"
    store.close()


def test_forty_processes_lose_and_duplicate_nothing(location, report):
    """40 processes opening one new store at once and writing 50 results each leave exactly 2,000 results."""
    ctx = multiprocessing.get_context("spawn")
    # Generous bounds: they only stop a deadlock from hanging the run. How fast it goes is
    # measured in benchmarks/results_store.py, not asserted here.
    start = ctx.Barrier(WORKERS, timeout=240)
    procs = [ctx.Process(target=_write_many, args=(location, w, report, start)) for w in range(WORKERS)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=250)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    with ResultsStore(location) as store:
        rows = store.results("room")
    assert len(rows) == WORKERS * PER_WORKER
    assert len({row["result_id"] for row in rows}) == WORKERS * PER_WORKER
    assert set(Counter(row["alias"] for row in rows).values()) == {PER_WORKER}
    if "://" in location:  # PostgreSQL: the processes that found no schema migrated once, under the advisory lock
        assert raw_rows(location, "SELECT version FROM orderlab_schema") == [(R.SCHEMA_VERSION,)]


def _save_same_ids(location: str, ids: list[str], report: dict, start, out) -> None:
    """One kernel: wait for the others, then save results whose ids every other kernel saves too."""
    store = ResultsStore(location)
    start.wait()
    out.put([store.save_result("room", "Kim", report, result) for result in ids])
    store.close()


def test_processes_saving_the_same_ids_at_once_store_each_once(location, report):
    """8 processes saving the same 30 result ids at the same moment: each id is stored once, one save says so."""
    workers, ids = 8, [rid(n) for n in range(30)]
    ResultsStore(location).close()  # the schema exists, so the processes race on the rows only
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(workers, timeout=240), ctx.Queue()
    procs = [ctx.Process(target=_save_same_ids, args=(location, ids, report, start, out)) for _ in range(workers)]
    for proc in procs:
        proc.start()
    answers = [out.get(timeout=250) for _ in procs]
    for proc in procs:
        proc.join(timeout=250)
    assert [p.exitcode for p in procs] == [0] * workers
    assert [sum(answer[n] for answer in answers) for n in range(len(ids))] == [1] * len(ids)
    with ResultsStore(location) as store:
        assert sorted(row["result_id"] for row in store.results("room")) == sorted(ids)


def test_reflections_stay_out_of_unfinished_role_plays(store):
    """A reflection saved after a role-play is not what 'any unfinished role-play' returns."""
    store.save_progress("W", "Kim", "school-brochure", "sv", {"asked": 1})
    store.save_reflection("W", "Kim", "sv", ["Syftet först", "", "Rektorn"])
    assert store.load_progress("W", "Kim")["scenario"] == "school-brochure"
    assert store.load_reflection("W", "Kim") == ["Syftet först", "", "Rektorn"]
    assert store.load_reflection("W", "Ali") == []


def test_invisible_characters_are_removed_from_aliases():
    """Zero-width and direction-override characters are stripped; an alias of only those is empty."""
    assert R.check_name("\u202eevil") == "evil"
    with pytest.raises(InvalidName):
        R.check_name("\u200b\u200b")
