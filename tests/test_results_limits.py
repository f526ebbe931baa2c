"""The results store's protections, on SQLite and PostgreSQL: caps, a flood of saves, retention, codes.

Every test that takes ``location`` runs twice, on a SQLite file and on a database of the throw-away
PostgreSQL server in pgserver.py: the same rules must hold on both (``location`` is in conftest.py).
"""

from __future__ import annotations

import re
import uuid

import pytest
from test_results import raw_rows

from orderlab import Session
from orderlab import results as R
from orderlab.results import Limits, ResultsStore, ResultsUnavailable, new_result_id, new_workshop_code

DAY = 86400.0


@pytest.fixture(scope="module")
def report() -> dict:
    """A short real report: one question, delivered as ordered, one pitch."""
    session = Session("school-brochure", "sv", seed=2)
    for step in (lambda: session.ask("Vilka ska läsa den?"), lambda: session.deliver("ordered"),
                 lambda: session.pitch("Syftet är barnen. Vad tror du?")):
        step()
    return session.report()


def small(location: str, clock, **caps) -> ResultsStore:
    """A store on ``location`` with small caps, so a test reaches them in a few saves."""
    limits = Limits(**{"results_per_alias": 3, "results_per_workshop": 5, "aliases_per_workshop": 4,
                       "report_chars": 50_000, "state_chars": 1_000, **caps})
    return ResultsStore(location, clock=clock, limits=limits)


def refused_reason(call) -> str:
    with pytest.raises(ResultsUnavailable) as caught:
        call()
    return caught.value.reason


def test_one_alias_saves_no_more_than_its_cap_and_others_still_can(location, clock, report):
    """Past ``results_per_alias`` an alias's saves are refused as "full"; another alias still saves."""
    with small(location, clock) as store:
        store.create_workshop("w")
        for _ in range(3):
            assert store.save_result("w", "Kim", report, new_result_id())
        assert refused_reason(lambda: store.save_result("w", "Kim", report, new_result_id())) == "full"
        assert store.save_result("w", "Ana", report, new_result_id())
        assert [r["alias"] for r in store.results("w")] == ["Kim"] * 3 + ["Ana"]


def test_a_workshop_saves_no_more_than_its_cap(location, clock, report):
    """Past ``results_per_workshop`` every alias is refused; what was saved stays."""
    with small(location, clock) as store:
        for alias in ("A", "B", "C", "D", "A"):
            store.save_result("w", alias, report, new_result_id())
        assert len(store.results("w")) == 5
        assert refused_reason(lambda: store.save_result("w", "B", report, new_result_id())) == "full"
        assert len(store.results("w")) == 5


def test_new_aliases_stop_at_the_cap_while_known_ones_play_on(location, clock):
    """A fifth alias cannot start saving progress; the four known ones can."""
    with small(location, clock) as store:
        for alias in "ABCD":
            store.save_progress("w", alias, "school-brochure", "sv", {"n": 1})
        assert refused_reason(lambda: store.save_progress("w", "E", "school-brochure", "sv", {"n": 1})) == "full"
        store.save_progress("w", "A", "school-brochure", "sv", {"n": 2})
        assert store.load_progress("w", "A")["state"] == {"n": 2}
        assert store.load_progress("w", "E") is None


def test_oversized_texts_are_refused_and_the_earlier_progress_kept(location, clock, report):
    """A state or report longer than the caps is refused as "too_big"; the previous progress is untouched."""
    with small(location, clock, report_chars=len(str(report)) // 4) as store:
        store.save_progress("w", "Kim", "school-brochure", "sv", {"n": 1})
        big = {"pitch": "x" * 2_000}
        assert refused_reason(lambda: store.save_progress("w", "Kim", "school-brochure", "sv", big)) == "too_big"
        assert store.load_progress("w", "Kim")["state"] == {"n": 1}
        assert refused_reason(lambda: store.save_result("w", "Kim", report, new_result_id())) == "too_big"
        assert store.results("w") == []


def test_a_flood_of_saves_leaves_the_store_usable_and_is_counted(location, clock, report):
    """1,000 saves from one page store no more than the caps allow, the dashboard's reads still work,
    and the workshop counts every refused save with the time of the last."""
    with small(location, clock) as store:
        store.create_workshop("w", title="Måndagsgruppen")
        stored = 0
        for n in range(1_000):
            clock.advance(1)
            try:
                store.save_result("w", f"bot{n % 7}", report, new_result_id())
                stored += 1
            except ResultsUnavailable as exc:
                assert exc.reason == "full"
        assert stored == 5
        [info] = store.workshops()
        assert info["title"] == "Måndagsgruppen"
        assert info["refused"] == 995 and info["last_refused_at"] == clock()
        assert store.summary("w")["results"] == 5
        assert raw_rows(location, "SELECT count(*) FROM results") == [(5,)]


def test_expired_workshops_are_deleted_for_good(location, clock, report):
    """A workshop older than the retention period disappears, rows and all; a younger one stays."""
    with ResultsStore(location, clock=clock, retention=30) as store:
        store.save_result("old", "Kim", report, new_result_id())
        store.save_progress("old", "Ana", "school-brochure", "sv", {"n": 1})
        clock.advance(29 * DAY)
        store.save_result("young", "Kim", report, new_result_id())
        assert [w["name"] for w in store.workshops()] == ["old", "young"]
        clock.advance(1 * DAY + 1)
        assert [w["name"] for w in store.workshops()] == ["young"]
        assert store.results("old") == [] and store.load_progress("old", "Ana") is None
    for table in ("results", "progress", "participants"):
        assert raw_rows(location, f"SELECT count(*) FROM {table} WHERE workshop_id NOT IN"
                                  " (SELECT id FROM workshops)") == [(0,)]
    assert raw_rows(location, "SELECT name FROM workshops") == [("young",)]
    assert raw_rows(location, "SELECT count(*) FROM results") == [(1,)]


def test_the_retention_period_spares_the_self_paced_rounds(location, clock, report):
    """A learner's own rounds (``SELF_PACED``) are not a workshop: a dashboard listing the same store
    a year later deletes the expired workshop beside them, never them."""
    with ResultsStore(location, clock=clock, retention=30) as store:
        store.save_result(R.SELF_PACED, "Kim", report, new_result_id())
        store.save_progress(R.SELF_PACED, "Kim", "school-brochure", "sv", {"n": 1})
        store.save_result("room", "Ana", report, new_result_id())
        clock.advance(365 * DAY)
        assert store.purge_expired() == 1
        assert [w["name"] for w in store.workshops()] == [R.SELF_PACED]
        assert len(store.results(R.SELF_PACED)) == 1 and store.load_progress(R.SELF_PACED, "Kim") is not None
        assert store.results("room") == []


def test_the_retention_period_comes_from_the_environment(location, clock, monkeypatch):
    """``ORDERLAB_RETENTION_DAYS`` sets the period; nonsense falls back to 30 days."""
    monkeypatch.setenv(R.RETENTION_ENV, "2")
    with ResultsStore(location, clock=clock) as store:
        store.create_workshop("w")
        assert store.workshops()[0]["expires_at"] == clock() + 2 * DAY
        clock.advance(2 * DAY + 1)
        assert store.purge_expired() == 1 and store.workshops() == []
    for bad in ("", "soon", "-1", "0"):
        assert R.retention_days({R.RETENTION_ENV: bad}) == 30.0


def test_the_caps_come_from_the_environment(location, clock, monkeypatch, report):
    """``ORDERLAB_LIMITS`` sets caps by name (a bigger room, or a test's small one); the rest keep their defaults."""
    monkeypatch.setenv(R.LIMITS_ENV, "aliases_per_workshop=2, results_per_alias=1")
    with ResultsStore(location, clock=clock) as store:
        assert store.limits == Limits(aliases_per_workshop=2, results_per_alias=1)
        assert store.save_result("w", "Kim", report, new_result_id())
        assert refused_reason(lambda: store.save_result("w", "Kim", report, new_result_id())) == "full"
        store.save_progress("w", "Ana", "school-brochure", "sv", {})
        assert refused_reason(lambda: store.save_progress("w", "Bo", "school-brochure", "sv", {})) == "full"


def test_nonsense_in_the_caps_variable_is_ignored_and_named():
    """Unknown names, zero, negative or non-whole numbers set no cap, and ``parse_limits`` says which parts."""
    given, ignored = R.parse_limits(
        "report_chars=5000,speed=3,state_chars=0,results_per_alias=-1,x,aliases_per_workshop=2.5")
    assert given == {"report_chars": 5000}
    assert ignored == ["speed=3", "state_chars=0", "results_per_alias=-1", "x", "aliases_per_workshop=2.5"]
    assert Limits.from_environ({R.LIMITS_ENV: "nonsense"}) == Limits()
    assert Limits.from_environ({}) == Limits()


def test_workshop_codes_are_long_random_and_url_safe():
    """Codes carry 128 bits from ``secrets``: 22 URL-safe characters, never the same twice."""
    codes = {new_workshop_code() for _ in range(1_000)}
    assert len(codes) == 1_000
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{22}", code) for code in codes)


def test_a_title_sits_beside_the_code_and_is_checked(location, clock):
    """``create_workshop`` keeps a friendly title; an overlong one is refused like a name."""
    with ResultsStore(location, clock=clock) as store:
        code = new_workshop_code()
        assert store.create_workshop(code, title="  Ekonomi, tisdag  ")
        assert store.workshop(code)["title"] == "Ekonomi, tisdag"
        with pytest.raises(R.InvalidName):
            store.create_workshop(new_workshop_code(), title="x" * (R.TITLE_MAX + 1))


def test_a_refused_save_is_not_half_written(location, clock, report):
    """A refused save of a new alias leaves no participant row behind (the transaction is rolled back)."""
    with small(location, clock, aliases_per_workshop=1) as store:
        store.save_result("w", "Kim", report, str(uuid.uuid4()))
        with pytest.raises(ResultsUnavailable):
            store.save_result("w", "Ana", report, str(uuid.uuid4()))
        assert store.workshop("w")["participants"] == 1
