"""The page's own widget: the address's query where no server passes it, and the notices it raises."""

from orderlab import lang as L
from orderlab.ui.page_info import PageInfo
from orderlab.ui.participant import ParticipantApp


def test_the_query_from_the_browser_sets_language_and_workshop(monkeypatch):
    """On the static site (no QUERY_STRING) ?lang=en&workshop=W from the browser relabel the app in English."""
    monkeypatch.delenv("QUERY_STRING", raising=False)
    app = ParticipantApp(store=None)
    assert app.lang == "sv"
    app.page.search = "?lang=en&workshop=room-7"  # what the browser sends
    assert app.lang == "en" and app.join.description == L.text("en", "ui.join")
    assert app.workshop == "room-7"


def test_voilas_query_string_wins(monkeypatch):
    """Under Voila the server's QUERY_STRING is already there: the browser's copy changes nothing."""
    monkeypatch.setenv("QUERY_STRING", "lang=sv")
    called = []
    page = PageInfo(lambda: called.append(1))
    page.search = "?lang=en"
    assert called == [] and page.search == "?lang=en"


def test_notices_in_the_learners_language():
    """A stale build and refused or full storage are told as plain text, in the chosen language."""
    page = PageInfo(lang="en")
    assert page.notice == ""
    page.build_page, page.build_site = "aaa", "aaa"
    assert page.notice == ""
    page.build_site = "bbb"
    assert page.notice == L.text("en", "ui.site_stale")
    page.storage = "full"
    assert page.notice == f"{L.text('en', 'ui.site_stale')} {L.text('en', 'ui.storage_full')}"
    page.relabel("sv")
    assert page.notice == f"{L.text('sv', 'ui.site_stale')} {L.text('sv', 'ui.storage_full')}"
    page.build_site = ""  # the server could not say: no notice about the build
    page.storage = "disabled"
    assert page.notice == L.text("sv", "ui.storage_disabled")
