"""The participant app for a workshop: an alias, a language and a scenario, then the role-play.

Saving is ``orderlab.play.SavedPlay``'s: progress after every step, so a reload or a restarted
kernel resumes where the participant was; a finished round once (its id is derived from the
session, so a retry cannot duplicate it). This app only turns its status keys into text: when
the results store cannot be used, or the address names no workshop, the participant is told in
plain words and plays on without saving.

Served from a pool of preheated kernels (``make room``), the notebook runs before anyone
asks for it, so ``?workshop=`` and ``?lang=`` are not known when the app is built. The app
then waits for the request in a background thread and applies them when it arrives.
"""

from __future__ import annotations

import json
import logging
import os
import random
import threading
from html import escape
from urllib.parse import parse_qs

import ipywidgets as W

from .. import lang as L
from ..play import SENT, SavedPlay, Status, StoreHandle
from ..results import InvalidName, ResultsStore, check_name
from .app import lang_from_query, language_toggle, relabel_scenarios, scenario_picker
from .guard import guarded
from .page_info import PageInfo
from .page_storage import PageStorage
from .render import message
from .reporting import IN_BROWSER, reporter_for
from .roleplay import RolePlay
from .styles import head

DEFAULT_WORKSHOP = "workshop"
REQUEST_WAIT = 5.0  # seconds "Join" waits for a pooled kernel to learn its page's query string
log = logging.getLogger(__name__)


def preheated() -> bool:
    """True in a kernel Voila started for its pool, before (or after) a page was given to it."""
    return os.environ.get("VOILA_PREHEAT") == "True"


def wait_for_request(timeout: float = 10.0) -> None:
    """Block until Voila hands this pooled kernel to a page, then put the page's request info
    (``QUERY_STRING`` among it) into the environment.

    This is what ``voila.utils.wait_for_request`` does, without importing ``voila.utils``,
    which would add about 45 MB to every kernel in the pool.
    """
    from websockets.sync.client import connect

    env = os.environ
    base = env.get("VOILA_WS_BASE_URL", env.get("VOILA_SERVER_URL", "/"))
    url = (f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
           f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env.get('VOILA_KERNEL_ID', '')}")
    with connect(url, open_timeout=timeout) as socket:
        info = json.loads(socket.recv())
    for key, value in info.items():
        if isinstance(value, str):
            os.environ[key] = value


def workshop_from_query(default: str = DEFAULT_WORKSHOP) -> str:
    """The workshop named by ``?workshop=`` (Voila's QUERY_STRING), else ``ORDERLAB_WORKSHOP``, else a default."""
    values = parse_qs(os.environ.get("QUERY_STRING", "")).get("workshop", [])
    return values[0] if values and values[0].strip() else os.environ.get("ORDERLAB_WORKSHOP", default)


class ParticipantApp(W.VBox):
    """Join a workshop under an alias and play; results and progress are saved as you go."""

    def __init__(self, workshop: str | None = None, lang: str | None = None,
                 store: ResultsStore | None = None, rng: random.Random | None = None,
                 page_storage: PageStorage | None = None):
        self._fixed_workshop = workshop
        self.workshop = workshop or workshop_from_query()
        self.rng = rng or random.Random()
        self._stores = StoreHandle(store)
        self.alias_name = ""
        self.roleplay: RolePlay | None = None
        lang = lang or lang_from_query()
        self.language = language_toggle(lang)
        self.page = PageInfo(self.apply_query, lang)  # ?lang= on the static site, and its notices
        self.alias = W.Text(style={"description_width": "initial"}, layout=W.Layout(width="30em"))
        self.alias.add_class("ol-alias")
        self.scenario = scenario_picker()
        self.join = W.Button(button_style="primary")
        self.join.add_class("ol-join")
        self.join.on_click(guarded(self.start, self))
        self.title = W.HTML()
        self.status = W.HTML(message(""))
        self.saved = W.HTML()
        self.saved.add_class("ol-saved")
        self._saved_key: str | None = None  # the status key the "saved" line shows
        self.language.observe(lambda _: self._relabel(), names="value")
        self.picker = W.VBox([self.title, self.language, self.alias, self.scenario, self.join, self.status])
        # The static site's kernel has no localStorage: the page's keeps the statements across reloads.
        self.page_storage = page_storage if page_storage is not None else PageStorage() if IN_BROWSER else None
        kept = [self.page_storage] if self.page_storage is not None else []
        self._top = (*head(), self.page, *kept)  # stays when the role-play replaces the picker
        super().__init__([*self._top, self.picker])
        self.add_class("orderlab")
        self._relabel()
        self._request: threading.Thread | None = None
        if preheated():
            self._request = threading.Thread(target=self._await_request, name="orderlab-request", daemon=True)
            self._request.start()

    def _await_request(self) -> None:
        try:
            wait_for_request()
        except Exception:  # the page still works; only ?workshop= and ?lang= are lost
            log.exception("could not read the page's query string from Voila")
            return
        self.apply_query()

    def apply_query(self) -> None:
        """Take ``?workshop=`` and ``?lang=`` from the environment (a pooled kernel learns them late)."""
        if not self._fixed_workshop:
            self.workshop = workshop_from_query()
        self.language.value = lang_from_query(self.language.value)

    @property
    def lang(self) -> str:
        return self.language.value

    def _relabel(self) -> None:
        lang = self.lang
        self.title.value = (f"<h2>{L.text(lang, 'ui.app_title')}</h2>"
                            f"<p>{L.text(lang, 'ui.workshop_intro')}</p>")
        self.alias.description = L.text(lang, "ui.alias_label")
        self.alias.placeholder = L.text(lang, "ui.alias_placeholder")
        relabel_scenarios(self.scenario, lang)
        self.join.description = L.text(lang, "ui.join")
        self.page.relabel(lang)

    def _say(self, text: str, kind: str = "hint") -> None:
        self.status.value = message(text, kind)

    def start(self) -> RolePlay | None:
        """Check the alias, resume an unfinished role-play if there is one, else start a new one."""
        try:
            self.alias_name = check_name(self.alias.value)
        except InvalidName as exc:
            self._say(L.text(self.lang, f"ui.alias_{exc.reason}", limit=exc.limit))
            return None
        if self._request is not None:  # a pooled kernel: make sure the workshop name has arrived
            self._request.join(REQUEST_WAIT)
        # Participants write only into a workshop the facilitator made (make workshop, or the dashboard).
        self.play = SavedPlay(self._stores, self.workshop, self.alias_name, create=False)
        options = {"storage": self.page_storage} if self.page_storage is not None else {}
        self.reporter = reporter_for(self.play.workshop, self.alias_name, **options)  # an LRS, or the browser
        if self.reporter is not None and self.reporter.lrs:
            self.play.sender = self.reporter.deliver
            self.reporter.on_delivered.append(self._sent_later)
        if self.reporter is not None:  # what waited from before a reload goes out now, or is shown as kept
            self.reporter.resume(self.lang)
        session, status = self.play.begin(self.scenario.value, self.lang, self.rng.randrange(1_000_000))
        self._show(status)
        self.roleplay = RolePlay(session=session)
        if self.reporter is not None and not self.reporter.lrs:  # no LRS: keep the statements in the browser
            self.roleplay.on_change.append(self.reporter.send)
        self.roleplay.on_change.append(lambda session: self._show(self.play.save(session)))
        lrs = [self.reporter.widget] if self.reporter is not None else []
        line = (f"<p class='ol-alias-line'>{escape(L.text(session.lang, 'ui.playing_as'))} "
                f"<strong>{escape(self.alias_name)}</strong></p>")
        self.children = (*self._top, W.HTML(line), self.saved, *lrs, self.roleplay)
        self.roleplay.question.focus()
        return self.roleplay

    def _sent_later(self) -> None:
        """The reporter's timer sent what waited: a line saying the results wait to be sent now says sent."""
        if self._saved_key == SENT[1]:
            self._show(Status(SENT[0]))

    def _show(self, status: Status | None) -> None:
        if status is None:
            return
        self._saved_key = status.key
        if status.key == "results_in_browser" and self.reporter is not None and not self.reporter.lrs:
            # The static site with no LRS: the reporter keeps the rounds in this browser and says so
            # ("xapi_local"); "not saved ... tell the facilitator" would contradict it.
            self.saved.value = ""
            return
        text = L.text(self.lang, f"ui.{status.key}")
        if status.play_on:
            text = f"{text} {L.text(self.lang, 'ui.results_play_on')}"
        self.saved.value = message(text, status.kind)


def participant_app(workshop: str | None = None) -> ParticipantApp:
    """The participant app, ready to display (notebooks/workshop/participant.ipynb)."""
    return ParticipantApp(workshop)
