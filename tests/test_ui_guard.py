"""An unexpected error in a button's handler is shown in plain words and logged, never silently lost.

In Voila a handler's exception does not reach the page: without the guard the button would
simply do nothing.
"""

from __future__ import annotations

import logging
import random
import sys
from html import escape

import ipywidgets as W

from orderlab import lang as L
from orderlab.ui.app import App
from orderlab.ui.guard import guarded
from orderlab.ui.participant import ParticipantApp
from orderlab.ui.roleplay import RolePlay


def boom(*_args, **_kwargs):
    raise RuntimeError("a bug nobody foresaw")


def test_a_failing_question_says_so_and_the_next_one_works(monkeypatch, caplog):
    rp = RolePlay("school-brochure", "en", seed=1)
    monkeypatch.setattr(rp.session, "ask", boom)
    rp.question.value = "What do you want to achieve?"
    with caplog.at_level(logging.ERROR, logger="orderlab.ui"):
        rp.send.click()
    assert escape(L.text("en", "ui.unexpected_error")) in rp.status.value
    assert "a bug nobody foresaw" in caplog.text
    monkeypatch.undo()
    rp.send.click()
    assert len(rp.session.exchanges) == 1 and rp.status.value.count("ol-hint") == 0


def test_a_failing_join_is_reported_in_the_participants_language(monkeypatch):
    app = ParticipantApp("w1", "sv", rng=random.Random(1))
    monkeypatch.setattr(app._stores, "get", boom)  # opening the results store fails unexpectedly
    app.alias.value = "Ekorre"
    app.join.click()
    assert escape(L.text("sv", "ui.unexpected_error")) in app.status.value


def test_a_failing_start_in_the_course_app_is_reported(monkeypatch):
    app = App("en")
    monkeypatch.setattr(sys.modules[App.__module__], "RolePlay", boom)
    app.start.click()
    assert escape(L.text("en", "ui.unexpected_error")) in app.status.value
    assert app.roleplay is None


def test_without_a_usable_language_the_message_comes_in_both():
    class Broken:
        status = W.HTML()
        lang = "xx"

    guarded(boom, Broken())()
    assert escape(L.text("sv", "ui.unexpected_error")) in Broken.status.value
    assert escape(L.text("en", "ui.unexpected_error")) in Broken.status.value



def test_a_failing_question_sent_with_enter_is_reported_too(monkeypatch):
    rp = RolePlay("school-brochure", "sv", seed=1)
    monkeypatch.setattr(rp.session, "ask", boom)
    rp.question.value = "Vad vill ni uppnå?"
    rp._on_text_message(rp.question, {"event": "submit"}, [])
    assert escape(L.text("sv", "ui.unexpected_error")) in rp.status.value
