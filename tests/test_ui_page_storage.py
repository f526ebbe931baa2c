"""The page's storage for the static site's kernel: the participant's statements survive a reload.

The JavaScript half runs only in a browser (tests/browser/test_site_xapi.py); here the page's
answer is what its JavaScript sends (``stored`` and ``state``), and a reload is a new app whose
page sends back what the first one wrote.
"""

from __future__ import annotations

import base64
import json
import random
import re
import urllib.parse

import pytest
from pgserver import free_port
from widget_round import play_round

from orderlab import lang as L
from orderlab.results import ResultsStore
from orderlab.ui.page_storage import PageStorage
from orderlab.ui.participant import ParticipantApp
from orderlab.xapi import profile as P
from orderlab.xapi import statements as X
from orderlab.xapi.client import Config, basic_auth, read_statements
from orderlab.xapi.transport import StorageError, urllib_transport

PITCH = "Syftet är att fler familjer kommer till mötet. Nästa gång börjar vi där?"


def answered(stored: dict[str, str] | None = None, state: str = "ok") -> PageStorage:
    """A page storage after the page's JavaScript answered with what it keeps."""
    storage = PageStorage()
    storage.stored = dict(stored or {})
    storage.state = state
    return storage


@pytest.fixture
def no_store(tmp_path, monkeypatch):
    """No results store, as on the static site (Pyodide has no sqlite3), and no address."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    gone = ResultsStore(tmp_path / "gone.sqlite")
    gone.close()
    return gone


def join(store, storage: PageStorage, alias: str = "Blåklocka", lang: str = "sv", seed: int = 1) -> ParticipantApp:
    app = ParticipantApp("w-keep", lang, store=store, rng=random.Random(seed), page_storage=storage)
    app.alias.value = alias
    app.join.click()
    return app


def shown(lang: str, key: str, **values: object) -> str:
    return L.text(lang, key, **values).replace("'", "&#x27;")


def download(app: ParticipantApp) -> list[dict]:
    found = re.search(r'href="data:application/json;base64,([^"]+)"', app.reporter.widget.value)
    assert found, app.reporter.widget.value
    return json.loads(base64.b64decode(found.group(1)))


def test_the_storage_refuses_before_the_page_answered_and_never_overwrites_what_it_did_not_read():
    storage = PageStorage()
    with pytest.raises(StorageError) as caught:
        storage.get("mine")
    assert caught.value.reason == "page"
    storage.stored, storage.state = {"mine": "older"}, "ok"  # the page answers late
    with pytest.raises(StorageError):
        storage.set("mine", "newer")  # would replace what this page never read
    assert storage.get("other") is None
    storage.set("other", "value")
    assert storage.get("other") == "value"


def test_refused_or_full_storage_raises_the_reason_and_a_full_page_still_gets_the_value():
    with pytest.raises(StorageError) as caught:
        answered(state="off").get("k")
    assert caught.value.reason == "off"
    full = answered({"k": "v"}, state="full")
    with pytest.raises(StorageError) as caught:
        full.set("k", "w")
    assert caught.value.reason == "full" and full.get("k") == "w"  # sent anyway: space may have been freed


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_with_no_lrs_finished_rounds_stay_in_the_browser_across_a_reload(no_store, lang):
    first = answered()
    app = join(no_store, first, lang=lang)
    play_round(app.roleplay, "Vad vill ni uppnå med broschyren?", PITCH)
    assert shown(lang, "ui.xapi_local") in app.reporter.widget.value
    played = download(app)
    assert sum(X.is_round_completed(s) for s in played) == 1 and [P.check(s) for s in played] == [[]] * len(played)

    second = answered(first._values)  # the reloaded page sends what the first one wrote
    again = join(no_store, second, lang=lang, seed=2)
    assert shown(lang, "ui.xapi_kept", rounds=1, count=len(played)) in again.reporter.widget.value
    assert download(again) == played  # before playing anything: the earlier round is there
    play_round(again.roleplay, "Vilka ska läsa den?", PITCH)
    both = download(again)
    assert both[:len(played)] == played and sum(X.is_round_completed(s) for s in both) == 2
    assert shown(lang, "ui.xapi_kept", rounds=2, count=len(both)) in again.reporter.widget.value


def test_another_alias_in_the_same_browser_does_not_see_the_first_ones_results(no_store):
    first = answered()
    play_round(join(no_store, first).roleplay, "Vad vill ni uppnå med broschyren?", PITCH)
    other = join(no_store, answered(first._values), alias="Vitsippa")
    assert "ol-lrs-download" not in other.reporter.widget.value


def test_statements_waiting_in_the_page_go_out_once_after_a_reload(lrs, no_store, monkeypatch):
    auth = basic_auth("participant", lrs.passwords["participant"])
    down = f"http://127.0.0.1:{free_port()}/xAPI/"  # nothing listens there: the LRS is down
    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode({"endpoint": down, "auth": auth}))
    first = answered()
    app = join(no_store, first, alias="Väntar")
    play_round(app.roleplay, "Vad vill ni uppnå med broschyren?", PITCH)
    waiting = download(app)
    assert shown("sv", "ui.xapi_offline") in app.reporter.widget.value
    assert shown("sv", "ui.xapi_waiting", count=len(waiting)) in app.reporter.widget.value

    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode({"endpoint": lrs.endpoint, "auth": auth}))
    again = join(no_store, answered(first._values), alias="Väntar", seed=2)  # reloaded, the LRS is back
    assert shown("sv", "ui.xapi_delivered") in again.reporter.widget.value
    assert "ol-lrs-download" not in again.reporter.widget.value
    third = join(no_store, answered(again.page_storage._values), alias="Väntar", seed=3)  # and reloaded again
    assert "ol-lrs-download" not in third.reporter.widget.value  # nothing waits any more
    facilitator = Config(endpoint=lrs.endpoint, auth=basic_auth("facilitator", lrs.passwords["facilitator"]))
    landed = [s["id"] for s in read_statements(facilitator, urllib_transport(), registration=X.registration("w-keep"))
              if s["actor"]["account"]["name"] == "Väntar"]
    assert sorted(landed) == sorted(s["id"] for s in waiting)  # each exactly once


def test_what_one_alias_left_waiting_goes_out_when_another_joins_and_the_lrs_answers(lrs, no_store, monkeypatch):
    auth = basic_auth("participant", lrs.passwords["participant"])
    down = f"http://127.0.0.1:{free_port()}/xAPI/"
    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode({"endpoint": down, "auth": auth}))
    first = answered()
    app = join(no_store, first, alias="Först")
    app.roleplay.question.value = "Vad vill ni uppnå med broschyren?"
    app.roleplay.submit_question()
    waiting = download(app)
    monkeypatch.setenv("QUERY_STRING", urllib.parse.urlencode({"endpoint": lrs.endpoint, "auth": auth}))
    second = answered(first._values)
    join(no_store, second, alias="Sedan", seed=2)  # a new name in the same browser, the LRS back
    facilitator = Config(endpoint=lrs.endpoint, auth=basic_auth("facilitator", lrs.passwords["facilitator"]))
    landed = [s["id"] for s in read_statements(facilitator, urllib_transport(), registration=X.registration("w-keep"))
              if s["actor"]["account"]["name"] == "Först"]
    assert sorted(landed) == sorted(s["id"] for s in waiting) and len(waiting) == 1
    again = join(no_store, answered(second._values), alias="Först", seed=3)
    assert "ol-lrs-download" not in again.reporter.widget.value  # nothing of Först's waits any more


def test_a_write_the_page_could_not_keep_is_told_in_the_learners_language(no_store):
    storage = answered()
    app = join(no_store, storage, lang="en")
    app.roleplay.question.value = "What is the brochure for?"
    app.roleplay.submit_question()
    storage.state = "full"  # the page's answer to that write: QuotaExceededError
    assert shown("en", "ui.xapi_storage_full") in app.reporter.widget.value
    assert "ol-lrs-download" in app.reporter.widget.value  # still downloadable


class InBrowser:
    """A store as the static site's browser has it (Pyodide, no sqlite3): every call says nothing is saved there."""

    def __getattr__(self, name):
        from orderlab.results import ResultsUnavailable

        raise ResultsUnavailable("no sqlite3", "in_browser")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_with_no_lrs_the_page_does_not_say_both_not_saved_and_kept(lang, monkeypatch):
    """On the static site with no LRS the rounds are kept in this browser, and the page says so once
    ("xapi_local"), not also "results are not saved ... tell the facilitator" (a usability review, session 8)."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    app = join(InBrowser(), answered(), lang=lang)
    play_round(app.roleplay, "Vad vill ni uppnå med broschyren?", PITCH)
    assert shown(lang, "ui.xapi_local") in app.reporter.widget.value
    assert app.saved.value == ""
    assert shown(lang, "ui.results_play_on") not in app.saved.value
