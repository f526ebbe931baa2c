"""The workshop apps without a browser, on SQLite and PostgreSQL: joining, saving as you go, resuming, the dashboard."""

from __future__ import annotations

import random
from html import escape

import pytest
from widget_round import play_round

from orderlab import lang as L
from orderlab.results import Limits, ResultsStore, ResultsUnavailable, result_id
from orderlab.session import Session
from orderlab.ui.dashboard import Dashboard
from orderlab.ui.participant import ParticipantApp, workshop_from_query

MADE = ("w1", "rum-7", "workshop")  # the workshops the store fixture makes, as a facilitator would
PITCH = ("<img src=x onerror=alert(1)> Här är broschyren du bad om. Syftet är att barnen får en trygg start. "
         "Förra året kom 31 av 58. Vad tror du?")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """The apps against both stores: a SQLite file, and a PostgreSQL database (JupyterHub rooms), with the
    workshops the facilitator made: participants write only into those."""
    where = str(tmp_path / "results.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with ResultsStore(where) as s:
        for made in MADE:
            s.create_workshop(made)
        yield s


def join(store, alias, seed=0, workshop="w1", lang="sv"):
    app = ParticipantApp(workshop, lang, store=store, rng=random.Random(seed))
    app.alias.value = alias
    app.join.click()
    return app


def play_through(app):
    return play_round(app.roleplay, "Vad vill ni uppnå?", PITCH)


def test_empty_alias_gets_a_hint_and_no_game(store):
    """Joining without an alias shows a hint and starts nothing."""
    app = join(store, "   ")
    assert app.roleplay is None
    assert L.text("sv", "ui.alias_empty") in app.status.value


def test_too_long_alias_gets_its_limit(store):
    """An alias over the limit is refused with the limit in the message."""
    app = join(store, "x" * 41)
    assert app.roleplay is None and "40" in app.status.value


def test_progress_is_saved_after_each_question(store):
    """After a question the unfinished role-play is in the store."""
    app = join(store, "Blåklocka")
    app.roleplay.question.value = "Vad vill ni uppnå?"
    app.roleplay.submit_question()
    saved = store.load_progress("w1", "Blåklocka")
    assert saved["state"]["actions"] == [["ask", "Vad vill ni uppnå?"]]
    assert L.text("sv", "ui.progress_saved") in app.saved.value


def test_rejoining_resumes_where_the_participant_was(store):
    """A reload (a new app, same alias) resumes the unfinished role-play with its transcript."""
    first = join(store, "Blåklocka", seed=3)
    first.roleplay.question.value = "Vad vill ni uppnå?"
    first.roleplay.submit_question()
    again = join(store, "Blåklocka", seed=99)
    assert again.roleplay.session.report() == first.roleplay.session.report()
    assert L.text("sv", "ui.resumed") in again.saved.value


def test_a_finished_round_is_saved_once(store):
    """Finishing saves the result and clears the progress; saving the same session again adds nothing."""
    app = join(store, "Blåklocka")
    rp = play_through(app)
    assert store.summary("w1")["results"] == 1
    assert store.load_progress("w1", "Blåklocka") is None
    rid = result_id("w1", "Blåklocka", rp.session.state())
    assert not store.save_result("w1", "Blåklocka", rp.session.report(), rid)


def test_unusable_store_lets_the_participant_play_on(tmp_path):
    """When the store cannot be opened the participant is told in plain words and still plays."""
    class Broken:
        def __getattr__(self, name):
            raise ResultsUnavailable("no", "read_only", str(tmp_path))

    app = join(Broken(), "Blåklocka")
    play_through(app)
    assert L.text("sv", "ui.results_read_only") in app.saved.value
    assert app.roleplay.session.step == "done"


def test_alias_is_shown_escaped(store):
    """An alias made of HTML shows as text."""
    app = join(store, "<b>x</b>")
    line = next(c.value for c in app.children if "ol-alias-line" in getattr(c, "value", ""))
    assert "&lt;b&gt;x&lt;/b&gt;" in line and "<b>x</b>" not in line


def test_workshop_comes_from_the_page_address(monkeypatch):
    """?workshop=NAME in the Voila address names the workshop."""
    monkeypatch.setenv("QUERY_STRING", "lang=en&workshop=Katrineholm-1")
    assert workshop_from_query() == "Katrineholm-1"


def test_dashboard_shows_both_participants_escaped(store):
    """The dashboard counts both participants, draws the charts with alt text and escapes every pitch."""
    for seed, alias in enumerate(["Blåklocka", "<script>alert(1)</script>"]):
        play_through(join(store, alias, seed=seed))
    board = Dashboard("w1", "sv", store=store)
    assert "2 resultat från 2 deltagare" in board.counts.value
    assert 'alt="Poäng per steg' in board.scores.value
    assert board.gallery.value.count("&lt;img src=x") == 2 and "<img src=x" not in board.gallery.value
    assert "alert(1)&lt;" not in board.gallery.value  # aliases hidden by default
    board.show_aliases.value = True
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in board.gallery.value
    assert "<script>" not in board.gallery.value


def test_dashboard_refresh_picks_up_new_results(store):
    """A result saved after the dashboard opened appears on refresh."""
    board = Dashboard("w1", "sv", store=store)
    play_through(join(store, "Blåklocka"))
    board.refresh()
    assert "1 resultat från 1 deltagare" in board.counts.value


def test_dashboard_charts_the_share_of_open_questions_against_the_miti_thresholds(store):
    """A histogram of each result's open share, its alt text counting who reached 50 % and 70 %."""
    for seed, alias in enumerate(["Blåklocka", "Ekorre"]):
        play_through(join(store, alias, seed=seed))  # one open question each: 100 % open
    board = Dashboard("w1", "en", store=store)
    assert 'class="ol-chart-open"' in board.scores.value
    assert "2 results: 2 reached 70 % (good) and 2 reached 50 % (fair)" in board.scores.value


def test_dashboard_redraws_charts_only_when_something_changed(store, monkeypatch):
    """The 10-second tick keeps the images while nothing changed and redraws on a new result."""
    from orderlab.present import charts

    drawn: list[str] = []
    real = charts.score_histograms
    monkeypatch.setattr(charts, "score_histograms", lambda *a, **k: drawn.append("x") or real(*a, **k))
    play_through(join(store, "Blåklocka"))
    board = Dashboard("w1", "sv", store=store)
    board.refresh()
    board.refresh()
    assert len(drawn) == 1
    play_through(join(store, "Ekorre", seed=1))
    board.refresh()
    assert len(drawn) == 2 and "2 resultat från 2 deltagare" in board.counts.value
    board.show_aliases.value = True
    assert len(drawn) == 3


def test_export_gives_a_csv_download_link(store):
    """Export makes a download link holding one CSV row per result."""
    play_through(join(store, "Blåklocka"))
    link = Dashboard("w1", "sv", store=store).export()
    assert 'download="w1.csv"' in link and "base64," in link


def test_delete_needs_the_confirmation_and_then_removes_everything(store):
    """Deleting is disabled until confirmed, then removes the workshop's results."""
    play_through(join(store, "Blåklocka"))
    board = Dashboard("w1", "sv", store=store)
    assert board.delete_button.disabled and board.delete() == 0
    board.confirm_delete.value = True
    assert not board.delete_button.disabled
    assert board.delete() == 1
    assert store.results("w1") == []
    assert "w1" in board.status.value


@pytest.fixture
def pooled_kernel(monkeypatch):
    """A kernel from Voila's pool: no query string until a page is handed to it (released by the test)."""
    import threading

    import orderlab.ui.participant as participant

    arrived = threading.Event()
    outcome: dict[str, object] = {"query": "workshop=rum-7&lang=en"}

    def wait_for_request():
        arrived.wait(10)
        if isinstance(outcome["query"], Exception):
            raise outcome["query"]
        monkeypatch.setenv("QUERY_STRING", outcome["query"])

    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("ORDERLAB_WORKSHOP", raising=False)
    monkeypatch.setattr(participant, "wait_for_request", wait_for_request)
    return arrived, outcome


def test_pooled_kernel_takes_workshop_and_language_from_the_page_that_arrives(store, pooled_kernel):
    """Built before any request, the app switches to the page's ?workshop= and ?lang= once it arrives."""
    arrived, _ = pooled_kernel
    app = ParticipantApp(store=store, rng=random.Random(1))
    assert (app.workshop, app.lang) == ("workshop", "sv")
    arrived.set()
    app.alias.value = "Ekorre"
    app.join.click()
    assert app.workshop == "rum-7" and app.lang == "en"
    assert app.join.description == L.text("en", "ui.join")
    app.roleplay.question.value = "What do you want to achieve?"
    app.roleplay.submit_question()
    assert store.load_progress("rum-7", "Ekorre") is not None


def test_pooled_kernel_that_never_learns_its_page_still_plays(store, pooled_kernel):
    """If Voila cannot tell the kernel its query string, the participant plays in the default workshop."""
    arrived, outcome = pooled_kernel
    outcome["query"] = ConnectionRefusedError("no voila here")
    app = ParticipantApp(store=store, rng=random.Random(1))
    arrived.set()
    app.alias.value = "Ekorre"
    app.join.click()
    assert app.roleplay is not None and app.workshop == "workshop" and app.lang == "sv"


@pytest.mark.parametrize(("workshop", "reason"), [("x" * 500, "too_long"), ("   ", "empty"),
                                                   ("<script>alert(1)</script>", "malformed"),
                                                   ("w1' OR '1'='1", "malformed"), ("../w1", "malformed")])
def test_a_broken_workshop_name_in_the_address_lets_the_participant_play_and_says_why(store, workshop, reason):
    """A workshop name the store refuses does not stop the game: it is played unsaved, and the participant
    reads what a well-formed code that names no workshop gives (nothing tells the two apart)."""
    app = ParticipantApp(workshop, "en", store=store, rng=random.Random(3))
    app.alias.value = "Ekorre"
    app.join.click()
    assert app.roleplay is not None and app.saved.value == ""
    app.roleplay.question.value = "What do you want to achieve?"
    app.roleplay.submit_question()
    assert escape(L.text("en", "ui.results_unknown")) in app.saved.value
    assert escape(L.text("en", "ui.results_play_on")) in app.saved.value
    assert [w["name"] for w in store.workshops()] == list(MADE)


def test_dashboard_makes_a_workshop_with_a_random_code_and_its_title(store):
    """"New workshop" makes a 22-character random code, shows it, and keeps the title beside it (escaped)."""
    board = Dashboard("", "en", store=store)
    board.new_title.value = "<b>Finance</b>, Tuesday"
    code = board.new_workshop()
    assert len(code) == 22 and board.workshop.value == code and code in board.status.value
    assert store.workshop(code)["title"] == "<b>Finance</b>, Tuesday"
    assert "Workshop: &lt;b&gt;Finance&lt;/b&gt;, Tuesday" in board.notice.value
    assert "deleted for good on" in board.notice.value


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_new_workshop_row_says_what_the_name_is_for(store, lang):
    """The field beside "Skapa workshop" says it names a new workshop and that only the facilitator sees
    it ("Namn (syns bara här)" was unclear); its placeholder is an example, not the label again."""
    board = Dashboard("", lang, store=store)
    assert board.new_title.description == L.text(lang, "ui.new_workshop_title")
    assert board.new_title.placeholder == L.text(lang, "ui.new_workshop_placeholder") != board.new_title.description
    assert {"sv": "ny workshop", "en": "new workshop"}[lang] in board.new_title.description.lower()
    assert board.new_button.description == L.text(lang, "ui.new_workshop")


def test_dashboard_says_when_saves_were_refused_by_the_caps(tmp_path):
    """After a flood from one page, the dashboard still draws and says how many saves were stopped."""
    with ResultsStore(tmp_path / "r.sqlite", limits=Limits(results_per_alias=1)) as capped:
        capped.create_workshop("w1")
        app = join(capped, "Bot")
        play_through(app)
        for seed in range(1, 4):  # the same page sends more finished rounds than the cap allows
            again = join(capped, "Bot", seed=seed)
            play_through(again)
            assert L.text("sv", "ui.results_full") in again.saved.value
        board = Dashboard("w1", "sv", store=capped)
        assert "1 resultat från 1 deltagare" in board.counts.value
        assert "stoppats av taken" in board.notice.value
        assert capped.workshop("w1")["refused"] >= 3


class RecordingStore(ResultsStore):
    """A real store that notes which of its public methods were called."""

    def __getattribute__(self, name):
        if not name.startswith("_") and callable(type(self).__dict__.get(name) or getattr(ResultsStore, name, None)):
            object.__getattribute__(self, "called").add(name)
        return object.__getattribute__(self, name)


def test_the_participant_app_only_writes_and_reads_its_own_progress(tmp_path):
    """Playing, finishing and rejoining calls no store method that lists, reads or deletes others' results."""
    store = RecordingStore(tmp_path / "r.sqlite")
    store.called = set()
    ResultsStore.create_workshop(store, "w1")  # the facilitator's doing, not recorded
    store.called.clear()
    play_through(join(store, "Ekorre"))
    again = join(store, "Ekorre", seed=1)
    again.roleplay.question.value = "Vem ska läsa den?"
    again.roleplay.submit_question()
    rejoined = join(store, "Ekorre", seed=2)  # resumes its own unfinished round
    assert rejoined.roleplay.session.state() == again.roleplay.session.state()
    assert store.called <= {"save_result", "save_progress", "load_progress", "clear_progress", "close"}
    assert {"save_result", "save_progress", "load_progress"} <= store.called
    store.close()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_participant_cannot_write_into_a_workshop_nobody_made(store, lang):
    """A well-formed code that names no workshop: the game goes on, a plain message, nothing is created."""
    app = join(store, "Ekorre", workshop="ZZZZZZZZZZZZZZZZZZZZZZ", lang=lang)
    app.roleplay.question.value = {"sv": "Vad vill ni uppnå?", "en": "What do you want to achieve?"}[lang]
    app.roleplay.submit_question()
    assert escape(L.text(lang, "ui.results_unknown")) in app.saved.value
    assert [w["name"] for w in store.workshops()] == list(MADE)
    assert store.load_progress("ZZZZZZZZZZZZZZZZZZZZZZ", "Ekorre") is None


class FlakyStore:
    """A store whose first save of a result fails as if the file were busy."""

    def __init__(self, store):
        self.store, self.failed = store, False

    def save_result(self, *args, **kwargs):
        if not self.failed:
            self.failed = True
            raise ResultsUnavailable("busy", "locked", "x")
        return self.store.save_result(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_finished_round_that_failed_to_save_is_saved_on_the_next_step(tmp_path):
    """When saving a finished round fails once, it is kept and saved with the next step."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        store.create_workshop("w")
        app = ParticipantApp("w", "sv", store=FlakyStore(store), rng=random.Random(1))
        app.alias.value = "Blåklocka"
        app.start()
        rp = app.roleplay
        rp.finish_asking()
        rp.delivery.value = "ordered"
        rp.submit_delivery()
        rp.pitch.value = "Här är broschyren. Syftet är barnen. Förra året kom 31 av 58. Vad tror du?"
        rp.submit_pitch()
        assert store.results("w") == [] and L.text("sv", "ui.results_locked") in app.saved.value
        rp.start_next_round()
        assert len(store.results("w")) == 1


def test_a_state_from_an_older_version_resumes_as_far_as_it_can(tmp_path):
    """A saved round with an action this version cannot replay resumes up to it, and says so."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        state = Session("school-brochure", "sv").state()
        state["actions"] = [["ask", "Vad vill ni uppnå?"], ["dance"], ["ask", "Varför?"]]
        store.save_progress("w", "Blåklocka", "school-brochure", "sv", state)
        app = ParticipantApp("w", "sv", store=store)
        app.alias.value = "Blåklocka"
        app.start()
        assert len(app.roleplay.session.exchanges) == 1
        assert L.text("sv", "ui.resumed_partly") in app.saved.value


def test_dashboard_export_with_a_bad_name_says_why(tmp_path):
    """Exporting a workshop with a name over the limit shows a message instead of raising."""
    with ResultsStore(tmp_path / "r.sqlite") as store:
        board = Dashboard("w", "sv", store=store)
        board.workshop.value = "x" * 81
        assert board.export() == ""
        assert "80" in board.status.value
