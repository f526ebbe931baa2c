"""One role-play from the opening order to the next order, as a serialisable record.

A session is one round: consult, confirm and deliver, influence. ``next_round()`` starts the
requester's next order, shaped by the pitch, so the learner sees influence working. Every
action is logged, so ``Session.from_state(session.state())`` rebuilds a session exactly
(the seed fixes the requester's phrasing): an unfinished role-play survives a reload.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import consequences as C
from . import delivery as D
from . import lang as L
from . import scenario as S
from . import terms as T
from .conversation import ConversationScore, score_conversation
from .errors import InputError
from .pitch import PitchScore, score_pitch
from .questions import QuestionScore, score_question
from .requester import Reply, Requester
from .text import normalise, words
from .understanding import vocabulary as V

STEPS: tuple[str, ...] = (*T.STEPS, "done")  # where a round is: a step of the method, or done
WEIGHTS: dict[str, int] = dict(zip(T.SCORED_STEPS, (40, 30, 30), strict=True))  # questions, delivery, pitch
MAX_QUESTIONS = 12
ROUNDS = 2  # rounds the course plays: the order, then the next order
STEP_NAMES = {**T.STEP_LABELS, "done": "report_title"}


def band(score: int, blame: bool = False, delivered: str = "as_ordered") -> str:
    """Which next-order variant a pitch earns (``consequences.band``)."""
    return C.band(score, blame, delivered)


@dataclass(frozen=True)
class Exchange:
    """One question and the requester's reply."""

    question: QuestionScore
    reply: Reply

    def to_dict(self) -> dict:
        return {**self.question.to_dict(), "feedback": [f.to_dict() for f in self.question.feedback],
                "reply": self.reply.text, "reply_kind": self.reply.kind,
                "answered": self.reply.answered, "trust": self.reply.trust, "patience": self.reply.patience,
                "trust_change": self.reply.trust_change, "trust_why": self.reply.why}


@dataclass(frozen=True)
class Influence:
    """The pitch's score, the requester's reaction and the next order."""

    pitch: PitchScore
    band: str
    reaction: str
    next_order: str
    text: str = ""  # the pitch as the learner wrote it (the debrief's gallery shows it, escaped)
    reaction_kind: str = "band"  # band | override | changed | blame (consequences.react)
    capped: bool = False  # the delivery, not the pitch, kept it from a higher band
    trust: C.TrustChange = C.NO_CHANGE


class Session:
    """The three steps of the method, in order, for one scenario, language and round.

    Randomness is passed in (``seed``), so a test replays a session exactly.
    """

    def __init__(
        self,
        scenario: S.Scenario | str,
        lang: str = "sv",
        seed: int = 0,
        max_questions: int = MAX_QUESTIONS,
        round: int = 1,
        previous_band: str | None = None,
        previous_trust: int | None = None,
        told_before: Mapping[str, Iterable[str]] | None = None,
    ):
        self.scenario = S.get(scenario) if isinstance(scenario, str) else scenario
        self.lang = L.check_lang(lang)
        if lang not in self.scenario.languages:
            raise ValueError(f"scenario {self.scenario.id!r} has no {lang!r} text")
        if round > 1 and previous_band not in S.BANDS:
            raise ValueError(f"round {round} needs the previous round's band: one of {', '.join(S.BANDS)}")
        self.seed = seed
        self.max_questions = max_questions
        self.round = round
        self.previous_band = previous_band
        # Round 2 speaks the next order's own words where round 1's would be stale.
        self.scenario = S.for_round(self.scenario, previous_band)
        nxt = self.scenario.next_order[previous_band] if previous_band else None
        self.order: dict[str, str] = D.ordered(self.scenario, nxt.ordered if nxt else {})
        # A later round remembers the one before: trust carries over, and what was told is known.
        self.requester = Requester(
            self.scenario, lang, random.Random(seed), start_trust=previous_trust,
            changed=dict(nxt.facts) if nxt else {},
            told_before={t: frozenset(items) for t, items in (told_before or {}).items()})
        self.start_trust = self.requester.trust
        self.delivery_trust: C.TrustChange | None = None
        self.exchanges: list[Exchange] = []
        self.actions: list[list[Any]] = []
        self.conversation: ConversationScore | None = None
        self.confirmation: D.Confirmation | None = None
        self.delivery: D.Delivery | None = None
        self.influence: Influence | None = None
        self.step = "consult"

    # --- Step 1 ---
    @property
    def opening(self) -> str:
        if self.previous_band:
            return self.scenario.next_order[self.previous_band].order[self.lang]
        return self.scenario.opening[self.lang]

    @property
    def questions_left(self) -> int:
        return self.max_questions - len(self.exchanges)

    @property
    def meeting_over(self) -> bool:
        """The requester has run out of time or the learner out of questions."""
        return self.requester.ended or self.questions_left <= 0

    def ask(self, text: str) -> Exchange:
        """Ask the requester one question; empty input costs no turn."""
        self._require("consult")
        if not text or not text.strip():
            raise InputError(self.lang, "empty_question")
        if not words(normalise(text)):
            raise InputError(self.lang, "question_no_words")  # "?" or "😀": no turn spent
        if self.requester.ended:
            raise InputError(self.lang, "meeting_over")
        if self.questions_left <= 0:
            raise InputError(self.lang, "no_questions_left")
        question = score_question(text, self.lang, context=self.requester.context,
                                  vocabulary=V.of_scenario(self.scenario, self.lang, self.requester.changed,
                                                           self.previous_band or ""))
        if question.analysis.other_language:
            # Read in the wrong language, the turn would be misunderstood: say so, and spend nothing.
            raise InputError(self.lang, "other_language",
                             other=L.text(self.lang, f"ui.language_{question.analysis.other_language}"))
        reply = self.requester.reply(question)
        if reply.kind in ("guided_accept", "guided_hold"):
            question = question.as_guidance()
            self.order.update(self.requester.adjusted)
        exchange = Exchange(question, reply)
        self.exchanges.append(exchange)
        self.actions.append(["ask", text])
        return exchange

    def finish_consulting(self) -> ConversationScore:
        """Close step 1 and score it."""
        if self.conversation is None:
            self._require("consult")
            self.conversation = score_conversation(
                [e.question for e in self.exchanges], self.scenario.key_topics, self.lang,
                replies=[e.reply.text for e in self.exchanges],
            )
            self.step = "deliver"
            self.actions.append(["finish"])
        return self.conversation

    # --- Step 2 ---
    def confirm(self, summary: str) -> D.Confirmation:
        """Sum up the order; the requester confirms or corrects it."""
        self.finish_consulting() if self.step == "consult" else self._require("deliver")
        self.confirmation = D.confirm(self.scenario, self.lang, summary)
        self.actions.append(["confirm", summary])
        return self.confirmation

    def delivery_choices(self) -> dict[str, str]:
        return D.choices(self.scenario, self.lang, self.order)

    def deliver(self, choice: str | Mapping[str, str]) -> D.Delivery:
        """Deliver: ``ordered``, ``alternative`` or ``{field: option}``."""
        if self.step == "consult":
            self.finish_consulting()
        self._require("deliver")
        # Round 1 is checked against the scenario's confirmation points; later rounds have none.
        weight = D.CONFIRM_WEIGHT if self.round == 1 else 0
        self.delivery = D.check(self.scenario, self.lang, choice, self.confirmation, self.order, weight)
        change = C.delivery_trust(self.delivery)
        self.delivery_trust = C.TrustChange(self.requester.adjust_trust(change.delta), change.reason)
        self.step = "influence"
        self.actions.append(["deliver", dict(choice) if isinstance(choice, Mapping) else choice])
        return self.delivery

    # --- Step 3 ---
    def pitch(self, text: str) -> Influence:
        """Send the purpose pitch; the requester reacts and places the next order."""
        if self.step in ("consult", "deliver"):
            raise InputError(self.lang, "deliver_before_pitch")
        self._require("influence")
        extra = {k: v.get(self.lang, ()) for k, v in self.scenario.pitch_words.items()}
        scored = score_pitch(text, self.lang, extra)
        reaction = C.react(self.scenario, self.lang, scored.score, scored.criteria["blame"],
                           C.delivered(self.delivery))
        moved = C.TrustChange(self.requester.adjust_trust(reaction.trust.delta), reaction.trust.reason)
        self.influence = Influence(scored, reaction.band, reaction.text,
                                   self.scenario.next_order[reaction.band].order[self.lang], text,
                                   reaction.kind, reaction.capped, moved)
        self.step = "done"
        self.actions.append(["pitch", text])
        return self.influence

    def next_round(self) -> Session:
        """The requester's next order, shaped by this round's pitch."""
        if self.influence is None:
            raise InputError(self.lang, "deliver_before_pitch")
        return Session(self.scenario, self.lang, seed=self.seed + 1, max_questions=self.max_questions,
                       round=self.round + 1, previous_band=self.influence.band,
                       previous_trust=self.requester.trust, told_before=self.requester.told_so_far())

    def _require(self, step: str) -> None:
        if self.step != step:
            raise InputError(self.lang, "wrong_step", step=L.text(self.lang, f"ui.{STEP_NAMES[step]}"))

    # --- Results ---
    def step_scores(self) -> dict[str, int]:
        """Each step's score so far (0 for steps not reached)."""
        return {
            "questions": self.conversation.score if self.conversation else 0,
            "delivery": self.delivery.score if self.delivery else 0,
            "pitch": self.influence.pitch.score if self.influence else 0,
        }

    def total(self) -> int:
        """The weighted total, 0-100."""
        scores = self.step_scores()
        return round(sum(WEIGHTS[k] * scores[k] for k in WEIGHTS) / sum(WEIGHTS.values()))

    def report(self) -> dict:
        """The full report: every step, the total, the next order (JSON-serialisable)."""
        steps: dict[str, dict] = {}
        if self.conversation:
            steps["questions"] = {**self.conversation.to_dict(),
                                  "turns": [e.to_dict() for e in self.exchanges]}
        if self.delivery:
            steps["delivery"] = {**self.delivery.to_dict(), "order": dict(self.order),
                                 "confirmation": self.confirmation.to_dict() if self.confirmation else None,
                                 "trust": _trust(self.delivery_trust)}
        if self.influence:
            inf = self.influence
            steps["pitch"] = {**inf.pitch.to_dict(), "feedback": [f.to_dict() for f in inf.pitch.feedback],
                              "band": inf.band, "reaction": inf.reaction, "text": inf.text,
                              "reaction_kind": inf.reaction_kind, "capped": inf.capped, "trust": _trust(inf.trust)}
        return {
            "scenario": self.scenario.id,
            "lang": self.lang,
            "seed": self.seed,
            "round": self.round,
            "opening": self.opening,
            "steps": steps,
            "weights": dict(WEIGHTS),
            "total": self.total(),
            "meeting": {"trust": self.requester.trust, "patience": self.requester.patience,
                        "ended_early": self.requester.ended, "start_trust": self.start_trust},
            "next_order": {"band": self.influence.band, "reaction": self.influence.reaction,
                           "order": self.influence.next_order} if self.influence else None,
        }

    # --- Saving and resuming ---
    def state(self) -> dict:
        """Everything needed to rebuild this session: the scenario, language, seed, round and actions."""
        state = {"scenario": self.scenario.id, "lang": self.lang, "seed": self.seed, "round": self.round,
                 "previous_band": self.previous_band, "max_questions": self.max_questions,
                 "actions": [list(a) for a in self.actions]}
        if self.round > 1:
            state["previous_trust"] = self.start_trust
            state["told_before"] = {t: sorted(items) for t, items in sorted(self.requester.told_before.items())}
        return state

    @classmethod
    def from_state(cls, state: Mapping[str, Any], partial: bool = False) -> Any:
        """Rebuild a session by replaying its actions (deterministic for the same seed).

        With ``partial=True``, replay stops at the first action this version cannot replay
        (a state saved by an older version) and ``(session, complete)`` is returned.
        """
        session = cls(state["scenario"], state["lang"], seed=int(state["seed"]),
                      max_questions=int(state.get("max_questions", MAX_QUESTIONS)),
                      round=int(state.get("round", 1)), previous_band=state.get("previous_band"),
                      previous_trust=_int_or_none(state.get("previous_trust")),
                      told_before=_told(state.get("told_before")))
        replay = {"ask": session.ask, "finish": session.finish_consulting, "confirm": session.confirm,
                  "deliver": session.deliver, "pitch": session.pitch}
        complete = True
        for name, *args in state.get("actions", []):
            try:
                if name not in replay:
                    raise ValueError(f"unknown action {name!r} in a saved session")
                replay[name](*args)
            except (InputError, ValueError, TypeError, KeyError):
                if not partial:
                    raise
                complete = False
                break
        return (session, complete) if partial else session


def _trust(change: C.TrustChange | None) -> dict | None:
    return {"change": change.delta, "why": change.reason} if change else None


def _int_or_none(value: Any) -> int | None:
    """A saved number, or ``None`` for a state saved before trust carried over."""
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _told(value: Any) -> dict[str, list[str]]:
    """The saved items told in earlier rounds, ignoring anything malformed (an older or edited state)."""
    if not isinstance(value, Mapping):
        return {}
    return {str(t): [str(i) for i in items] for t, items in value.items() if isinstance(items, list)}
