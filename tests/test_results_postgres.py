"""The results store on PostgreSQL: URLs and their passwords, errors, migrations, locks and lost connections.

The behaviour both backends share is tested on both in test_results.py; this module holds what
only PostgreSQL has. Tests that take ``postgres`` or ``pg_url`` run against the throw-away server
of pgserver.py (skipped without Debian's PostgreSQL, a failure under CI=true).
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from urllib.parse import quote

import pgserver
import pytest

from orderlab import Session
from orderlab import results as R
from orderlab.results import ResultsStore, ResultsUnavailable
from orderlab.results.postgres import mask

SECRET = pgserver.PASSWORD


@pytest.fixture(scope="module")
def report() -> dict:
    session = Session("school-brochure", "en", seed=2)
    session.ask("What do you want the brochure to achieve?")
    session.deliver("ordered")
    return session.report()


def rid(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pg-{n}"))


def assert_no_secret(exc: ResultsUnavailable, store_repr: str = "") -> None:
    """The password is in none of the places a facilitator or a log could see."""
    shown = " ".join([str(exc), exc.message, str(exc.path), repr(exc), store_repr, str(exc.__cause__ or "")])
    assert SECRET not in shown and "Hemligt" not in shown


def admin_rows(postgres: pgserver.Server, url: str, sql: str) -> list[tuple]:
    return postgres.admin(sql, db=url.split("@/", 1)[1].split("?", 1)[0])


# --- URLs and passwords ---
@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://kim:pw@db.example:5433/orderlab", "postgresql://kim:***@db.example:5433/orderlab"),
    ("postgres://kim:p%40ss@db.example/orderlab", "postgres://kim:***@db.example/orderlab"),
    ("postgresql://kim@db.example/orderlab", "postgresql://kim@db.example/orderlab"),
    ("postgresql:///orderlab?host=/run/postgresql&password=pw&port=5", "postgresql:///orderlab?host=/run/postgresql"
                                                                       "&password=***&port=5"),
])
def test_password_is_masked(url, shown):
    """A URL is shown with its password, in the login or as a parameter, replaced by ***."""
    assert mask(url) == shown


def test_driver_missing(monkeypatch):
    """Without psycopg a URL gives 'driver_missing', and the message says what to install."""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(f"postgresql://orderlab:{SECRET}@db.example/orderlab")
    assert caught.value.reason == "driver_missing"
    assert "pip install 'orderlab[postgres]'" in caught.value.message
    assert_no_secret(caught.value)


def test_sqlite_store_does_not_import_the_driver(tmp_path):
    """A store in a file never imports psycopg (it is an optional extra)."""
    import subprocess

    code = ("import sys\nfrom orderlab.results import ResultsStore\n"
            f"ResultsStore({str(tmp_path / 'r.sqlite')!r}).close()\nassert 'psycopg' not in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_server_that_is_not_running_is_unreachable():
    """A URL whose server is not listening gives 'unreachable', and no password anywhere."""
    url = f"postgresql://orderlab:{SECRET}@127.0.0.1:{pgserver.free_port()}/orderlab"
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(url)
    assert caught.value.reason == "unreachable"
    assert caught.value.path == "postgresql://orderlab:***@127.0.0.1:" + url.rsplit(":", 1)[1]
    assert_no_secret(caught.value)


def test_wrong_password_gives_auth(postgres, pg_url):
    """A password the server refuses gives 'auth'; neither password is shown."""
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(pg_url.replace(quote(SECRET), quote(SECRET + "-fel")))
    assert caught.value.reason == "auth"
    assert_no_secret(caught.value)


def test_missing_database_is_named(postgres):
    """A database that does not exist is 'unavailable', and the message names it."""
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(postgres.url("no_such_db"))
    assert caught.value.reason == "unavailable" and "no_such_db" in caught.value.message
    assert_no_secret(caught.value)


def test_store_shows_the_url_without_its_password(pg_url, monkeypatch):
    """From ORDERLAB_RESULTS, the store's location and repr carry the URL with the password masked."""
    monkeypatch.setenv("ORDERLAB_RESULTS", pg_url)
    with ResultsStore() as store:
        assert store.path is None and store.location == mask(pg_url)
        assert SECRET not in repr(store) and "***" in repr(store)


# --- Schema ---
def test_empty_database_gets_the_latest_schema_once(postgres, pg_url):
    """A new database is migrated to the latest version; opening it again changes nothing."""
    ResultsStore(pg_url).close()
    tables = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    assert admin_rows(postgres, pg_url, tables) == [
        ("orderlab_schema",), ("participants",), ("progress",), ("results",), ("workshops",)]
    ResultsStore(pg_url).close()
    assert admin_rows(postgres, pg_url, "SELECT version FROM orderlab_schema") == [(R.SCHEMA_VERSION,)]


def test_same_number_of_migrations_as_sqlite():
    """Both backends know the same schema versions."""
    from orderlab.results import postgres, sqlite

    assert len(postgres.MIGRATIONS) == len(sqlite.MIGRATIONS) == R.SCHEMA_VERSION


def test_version_1_database_is_migrated(postgres, pg_url, report):
    """A database at version 1 keeps its result, which gets the same id a SQLite file would give it."""
    import psycopg

    from orderlab.results import postgres

    with psycopg.connect(pg_url, autocommit=True) as raw, raw.transaction():
        postgres._v1(postgres.PgDb(raw))
        raw.execute("CREATE TABLE orderlab_schema (version INTEGER NOT NULL)")
        raw.execute("INSERT INTO orderlab_schema VALUES (1)")
        raw.execute("INSERT INTO workshops (id, name, created_at) VALUES (1, 'Old', 1.0)")
        raw.execute("INSERT INTO results (workshop_id, alias, scenario, lang, total, questions, delivery, pitch,"
                    " report, finished_at) VALUES (1, 'Kim', 'school-brochure', 'en', 9, 1, 2, 3, %s, 2.0)",
                    (json.dumps(report),))
    with ResultsStore(pg_url) as store:
        [row] = store.results("Old")
        assert row["report"] == report and row["result_id"] == R.v1_result_id(1)
        assert store.save_result("Old", "Lo", report, rid(1)) and not store.save_result("Old", "Lo", report, rid(1))


def test_database_from_a_newer_version_is_refused(postgres, pg_url):
    """A database whose schema is newer than this code gives 'too_new' and is left alone."""
    ResultsStore(pg_url).close()
    admin_rows(postgres, pg_url, "UPDATE orderlab_schema SET version = 99")
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(pg_url)
    assert caught.value.reason == "too_new"
    assert admin_rows(postgres, pg_url, "SELECT version FROM orderlab_schema") == [(99,)]


def test_user_that_cannot_create_tables_gives_read_only(postgres, pg_url):
    """A user without the right to create the tables gives 'read_only' and a message saying what to grant."""
    admin_rows(postgres, pg_url, "REVOKE CREATE ON SCHEMA public FROM PUBLIC, pg_database_owner")
    with pytest.raises(ResultsUnavailable) as caught:
        ResultsStore(pg_url)
    assert caught.value.reason == "read_only" and "owner" in caught.value.message


# --- Locks and lost connections ---
class Half(random.Random):
    def random(self) -> float:
        return 0.5


def test_table_locked_through_every_retry_gives_locked(postgres, pg_url, report):
    """A write that waits past the lock timeout on every try is retried with doubling delays, then 'locked'."""
    import psycopg

    slept: list[float] = []
    store = ResultsStore(pg_url, rng=Half(), sleep=slept.append, busy_timeout=0.05, retries=3)
    with psycopg.connect(pg_url) as blocker:  # a transaction, open until the block ends
        blocker.execute("LOCK TABLE workshops IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(ResultsUnavailable) as caught:
            store.save_result("W", "Kim", report, rid(1))
    assert caught.value.reason == "locked"
    assert slept == pytest.approx([0.02, 0.04, 0.08])
    assert store.save_result("W", "Kim", report, rid(1)) is True
    store.close()


def test_lost_connection_is_unreachable_then_reconnects(postgres, pg_url, report):
    """When the server drops the connection, the next call says 'unreachable' and the one after reconnects."""
    store = ResultsStore(pg_url)
    store.save_result("W", "Kim", report, rid(1))
    killed = postgres.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'orderlab'"
                            f" AND datname = '{pg_url.split('@/', 1)[1].split('?', 1)[0]}'")
    assert killed == [(True,)]
    with pytest.raises(ResultsUnavailable) as caught:
        store.results("W")
    assert caught.value.reason == "unreachable"
    assert_no_secret(caught.value, repr(store))
    assert len(store.results("W")) == 1
    store.close()


# --- Deletion ---
def files_holding(postgres: pgserver.Server, url: str, text: str) -> list[str]:
    """The tables, indexes and TOAST tables of the store whose files on disk contain ``text``."""
    db = url.split("@/", 1)[1].split("?", 1)[0]
    postgres.admin("CHECKPOINT")  # what is in shared memory goes to the files
    relations = postgres.admin(
        "SELECT c.relname, pg_relation_filepath(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')", db=db)
    found = []
    for name, path in relations:
        files = sorted(postgres.data_dir.glob(f"{path}*")) if path else []
        if any(text.encode() in f.read_bytes() for f in files if f.is_file()):
            found.append(name)
    return sorted(found)


def test_deleted_alias_is_not_left_in_the_tables_files(postgres, pg_url, report):
    """After deletion the alias is in no table or index file of the database (it was, before)."""
    alias = "Zoë-Unique-Alias-7"
    with ResultsStore(pg_url) as store:
        store.save_result("A", alias, report, rid(1))
        store.save_progress("A", alias, "other", "en", {"note": alias})
        store.save_result("B", "Kim", report, rid(2))
        assert {"participants", "progress", "results"} <= set(files_holding(postgres, pg_url, alias))
        assert store.delete_workshop("A") == 1
        assert files_holding(postgres, pg_url, alias) == []
        assert [row["alias"] for row in store.results("B")] == ["Kim"]


def test_reflections_round_trip_and_stay_out_of_unfinished_role_plays(pg_url):
    """In PostgreSQL too, saved reflection answers come back, and asking for any unfinished role-play
    returns the role-play, not the reflection saved after it."""
    with ResultsStore(pg_url) as store:
        store.save_progress("R", "Kim", "school-brochure", "sv", {"asked": 1})
        store.save_reflection("R", "Kim", "sv", ["Syftet först", "", "Rektorn"])
        assert store.load_reflection("R", "Kim") == ["Syftet först", "", "Rektorn"]
        assert store.load_progress("R", "Kim")["scenario"] == "school-brochure"
