"""The role-play widget: a thin layer of ipywidgets over ``orderlab.Session``.

Tests drive it without a browser: set ``.question.value`` and call ``submit_question()``
(or ``.send.click()``); likewise ``submit_summary()``, ``submit_delivery()`` and
``submit_pitch()``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import ipywidgets as W

from .. import lang as L
from .. import learner_text
from ..errors import InputError
from ..terms import FIRST_SCENARIO
from ..text import normalise, words
from . import render
from .guard import guarded
from .styles import head

# Not imported here: asyncio (with ssl), which a kernel has loaded already, and the session with its
# scorers, which load when the first role-play starts; `import orderlab.ui` stays quick.
if TYPE_CHECKING:
    import asyncio

    from ..scenario import Scenario
    from ..session import Session

FULL = W.Layout(width="100%")
ENTER_GRACE_S = 0.3  # how long Enter waits for the text typed just before it
LABEL = {"description_width": "initial"}
# A shown box's ``layout.display``: "" removes the inline style. None would too in Voila and
# JupyterLab, but Voici's widget manager (Pyodide kernel) leaves the old "none" in place.
SHOWN = ""
T = TypeVar("T")


def _kernel_loop() -> asyncio.AbstractEventLoop | None:
    """The running event loop when inside a Jupyter kernel with a browser attached, else None."""
    import asyncio

    if sys.platform == "emscripten":  # Pyodide (Voici, JupyterLite): its loop runs timers as setTimeout
        return asyncio.get_event_loop()
    try:
        from ipykernel.kernelbase import Kernel
    except ImportError:  # no kernel at all: driven from plain Python
        return None

    if not Kernel.initialized():
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class RolePlay(W.VBox):
    """One role-play session as a widget: ask, confirm and deliver, influence."""

    def __init__(
        self, scenario: Scenario | str = FIRST_SCENARIO, lang: str = "sv", seed: int = 0,
        session: Session | None = None,
    ):
        if session is None:
            from ..session import Session

            session = Session(scenario, lang, seed=seed)
        self.session = session
        lang = self.session.lang
        # Called with the session after every step the learner takes (the workshop app saves here).
        self.on_change: list[Callable[[Session], None]] = []
        t = lambda key, **kw: L.text(lang, f"ui.{key}", **kw)  # noqa: E731
        self.lang = lang
        self.header = W.HTML(render.header(self.session))
        self.steps = W.HTML()
        self.transcript = W.HTML()
        self.status = W.HTML(render.message(""))
        self.score = W.HTML()

        # Step 1: questions. Enter in the text box sends, like the button.
        self.question = W.Text(description=t("question_label"), placeholder=t("question_placeholder"),
                               layout=FULL, style=LABEL)
        # The browser sends Enter as a message that can overtake the last typed characters
        # (value updates are throttled, messages are not). So the value is sent on Enter or
        # blur only, and Enter waits for it: see _on_text_message.
        self.question.continuous_update = False
        self.question.add_class("ol-question")
        self.question.on_msg(self._on_text_message)
        self.question.observe(self._on_question_value, names="value")
        self._enter_pending: asyncio.TimerHandle | bool = False
        self._submit_guarded = guarded(self.submit_question, self)  # Enter goes the same way
        self.send = self._button(t("send"), "ol-send", self._submit_guarded, "primary", icon="paper-plane")
        self.done_asking = self._button(t("done_asking"), "ol-done-asking", guarded(self.finish_asking, self))
        self.consult_box = W.VBox([self.question, W.HBox([self.send, self.done_asking])])

        # Step 2: confirm the order, then deliver.
        self.summary = W.Textarea(description=t("summary_label"), layout=FULL, style=LABEL, rows=3)
        self.summary.add_class("ol-summary")
        self.confirm = self._button(t("confirm"), "ol-confirm", guarded(self.submit_summary, self))
        self.confirm_reply = W.HTML()
        self.delivery = W.RadioButtons(description=t("delivery_label"), layout=FULL, style=LABEL)
        self.delivery.add_class("ol-delivery")
        self.deliver = self._button(t("deliver"), "ol-deliver", guarded(self.submit_delivery, self), "primary")
        self.delivery_result = W.HTML()
        self.deliver_box = W.VBox([
            W.HTML(f"<h3>{t('deliver_title')}</h3><p>{t('deliver_help')}</p>"),
            self.delivery, self.deliver, self.delivery_result,
        ])

        # Step 3: the purpose pitch.
        self.pitch = W.Textarea(description=t("pitch_label"), layout=FULL, style=LABEL, rows=6)
        self.pitch.add_class("ol-pitch")
        self.word_count = W.HTML(t("word_count", n=0))
        self.pitch.observe(self._count_words, names="value")
        self.send_pitch = self._button(t("pitch_send"), "ol-send-pitch", guarded(self.submit_pitch, self), "primary")
        self.influence_box = W.VBox([
            W.HTML(f"<h3>{t('pitch_title')}</h3><p>{t('pitch_help')}</p>"),
            self.pitch, self.word_count, self.send_pitch,
        ])
        self.report = W.HTML()
        self.report.add_class("ol-report-panel")
        self.next_round = self._button(t("next_round"), "ol-next-round", guarded(self.start_next_round, self),
                                       "primary")
        self.confirm_box = W.VBox([
            W.HTML(f"<h3>{t('confirm_title')}</h3><p>{t('confirm_help')}</p>"),
            self.summary, self.confirm, self.confirm_reply,
        ])

        super().__init__([
            *head(), self.header, self.steps, self.transcript, self.status,
            self.consult_box, self.score, self.confirm_box, self.deliver_box, self.influence_box, self.report,
            self.next_round,
        ])
        self.add_class("orderlab")
        self._new_round()

    # --- Actions (called by buttons, Enter, and tests) ---
    def submit_question(self) -> None:
        """Send the text box's question; the requester replies and the score panel updates."""
        if self.session.step != "consult":
            return  # a second click after the last question: nothing to do
        exchange = self._attempt(self.session.ask, self.question.value)
        if exchange is None:
            return
        self.question.value = ""
        self.score.value = render.question_score(exchange.question, self.session)
        if self.session.meeting_over:
            key = "meeting_over" if self.session.requester.ended else "no_questions_left"
            self._say(L.text(self.lang, f"ui.{key}"))
            self.finish_asking()
        self._update()

    def finish_asking(self) -> None:
        """Close step 1 and show its score."""
        if self.session.step != "consult":
            return
        result = self.session.finish_consulting()
        self.score.value = render.conversation(result, self.lang)
        self._update()

    def submit_summary(self) -> None:
        """Send the order confirmation; the requester confirms or corrects."""
        if self.session.step not in ("consult", "deliver"):
            return
        result = self._attempt(self.session.confirm, self.summary.value)
        if result is None:
            return
        self.confirm_reply.value = render.bubble(self.session.scenario.requester_name, result.reply, False, self.lang)
        self._update()

    def submit_delivery(self) -> None:
        """Deliver the chosen option."""
        if self.session.step not in ("consult", "deliver"):
            return  # already delivered: a double click changes nothing
        if self.delivery.value is None:
            self._say(L.text(self.lang, "ui.choose_delivery"))  # nothing is chosen for the learner
            return
        result = self._attempt(self.session.deliver, self.delivery.value)
        if result is None:
            return
        self.delivery_result.value = render.delivery(result, self.session.delivery_trust, self.lang)
        self._update()

    def submit_pitch(self) -> None:
        """Send the purpose pitch; show the reaction, the next order and the report."""
        if self.session.step == "done":
            return
        if self._attempt(self.session.pitch, self.pitch.value) is None:
            return
        self.report.value = render.report(self.session)
        self._update()

    def _last_round(self) -> bool:
        from ..session import ROUNDS  # loaded with the session already

        return self.session.round >= ROUNDS

    def start_next_round(self) -> None:
        """Play the requester's next order, shaped by the pitch just sent."""
        if self.session.step != "done" or self._last_round():
            return
        try:
            self.session = self.session.next_round()
        except InputError as exc:
            self._say(exc.message)
            return
        self._new_round()
        self._changed()
        self.question.focus()

    # --- Internals ---
    @staticmethod
    def _button(label: str, css_class: str, action: Callable, style: str = "", **kw) -> W.Button:
        """A button with its own CSS class (tests and styles find it by that) that runs ``action``."""
        button = W.Button(description=label, button_style=style, **kw)
        button.add_class(css_class)
        button.on_click(action)
        return button

    def _attempt(self, step: Callable[[str], T], value: str) -> T | None:
        """Take one step of the session: a refused input is said in the status line and stays in its box,
        else the status line is cleared (or notes that web code in the text is shown as text)."""
        if refused := learner_text.too_long(value, self.lang):
            self._say(refused)  # as the answer forms do: nothing is scored and no turn is spent
            return None
        try:
            result = step(value)
        except InputError as exc:
            self._say(exc.message)
            return None
        self._say(learner_text.markup_note(self.lang) if learner_text.has_markup(value) else "")
        return result

    def _update(self) -> None:
        """Show the session as it is now and tell the listeners (the workshop app saves)."""
        self._refresh()
        self._changed()

    def _changed(self) -> None:
        for callback in self.on_change:
            callback(self.session)

    def _new_round(self) -> None:
        """Reset the inputs for the current session's round."""
        self.header.value = render.header(self.session)
        for w in (self.question, self.summary, self.pitch):
            w.value = ""
        for w in (self.question, self.send, self.done_asking, self.summary, self.confirm, self.delivery,
                  self.deliver, self.pitch, self.send_pitch):
            w.disabled = False
        self.delivery.options = [(v, k) for k, v in self.session.delivery_choices().items()]
        self.delivery.index = None  # the learner chooses: no answer is preselected
        for w in (self.confirm_reply, self.delivery_result, self.report):
            w.value = ""
        self.score.value = render.question_score(None, self.session)
        # A resumed session shows where it had got to.
        session = self.session
        if session.exchanges:
            self.score.value = render.question_score(session.exchanges[-1].question, session)
        if session.conversation:
            self.score.value = render.conversation(session.conversation, self.lang)
        if session.confirmation:
            self.confirm_reply.value = render.bubble(session.scenario.requester_name, session.confirmation.reply,
                                                     False, self.lang)
        if session.delivery:
            self.delivery_result.value = render.delivery(session.delivery, session.delivery_trust, self.lang)
        if session.influence:
            self.report.value = render.report(session)
        self._say("")
        self._refresh()

    def _on_text_message(self, _widget, content, _buffers) -> None:
        """Enter pressed: send now if no newer text can follow, else wait briefly for it."""
        if content.get("event") != "submit":
            return
        if self._enter_pending:
            return  # Enter pressed twice quickly: the first one is already waiting for the text
        loop = _kernel_loop()
        if loop is None:  # driven from plain Python (tests): the value is already current
            self._submit_guarded()
            return
        # When the box's text changed since the last sync, its new value follows this message;
        # _on_question_value sends it. If nothing follows, the text was current all along.
        self._enter_pending = loop.call_later(ENTER_GRACE_S, self._enter_timeout)

    def _enter_timeout(self) -> None:
        if self._enter_pending:
            self._enter_pending = False
            self._submit_guarded()

    def _on_question_value(self, change) -> None:
        if self._enter_pending and change["new"]:
            if not isinstance(self._enter_pending, bool):  # a timer handle from the kernel's loop
                self._enter_pending.cancel()
            self._enter_pending = False
            self._submit_guarded()

    def _count_words(self, change) -> None:
        self.word_count.value = L.text(self.lang, "ui.word_count", n=len(words(normalise(change["new"]))))

    def _say(self, text: str) -> None:
        self.status.value = render.message(text)

    def _refresh(self) -> None:
        step = self.session.step
        self.steps.value = render.steps(self.session)
        self.transcript.value = render.transcript(self.session)
        if step == "deliver":
            # Guidance may have changed the order since the round began: offer what is ordered now.
            options = [(v, k) for k, v in self.session.delivery_choices().items()]
            if list(self.delivery.options) != options:
                self.delivery.options = options
                self.delivery.index = None
        show = {"consult": self.consult_box, "deliver": self.deliver_box, "influence": self.influence_box}
        for name, box in show.items():
            box.layout.display = SHOWN if name == step else "none"
        # Round 1 confirms the order before delivering; later rounds go straight to delivery. Once
        # delivered, the summary and the requester's reply to it stay in view, above the delivery.
        confirmed = step in ("influence", "done") and self.session.confirmation is not None
        self.confirm_box.layout.display = (SHOWN if self.session.round == 1 and (step == "deliver" or confirmed)
                                           else "none")
        # The delivery feedback stays visible while the learner writes the pitch.
        if step in ("influence", "done"):
            self.deliver_box.layout.display = SHOWN
            for w in (self.summary, self.confirm, self.delivery, self.deliver):
                w.disabled = True
        if step == "done":
            for w in (self.pitch, self.send_pitch):
                w.disabled = True
            self.influence_box.layout.display = SHOWN
        last_round = self._last_round()
        self.next_round.layout.display = SHOWN if step == "done" and not last_round else "none"
