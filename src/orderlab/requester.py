"""The simulated requester: a busy colleague from the core process, played from one scenario.

Open questions get the fuller answer, closed ones the short one; a repeated question gets
"as I said"; another "why" digs one layer deeper into the purpose; pushing your own
solution gets polite push-back, unless you asked permission once the purpose was clear and
trust is high, when the requester weighs the proposal (the scenario says whether the order
changes). Every question costs time; good questions build trust and poor ones drain it;
when the time is up the requester ends the meeting. Phrasing varies with the random
generator passed in, so a fixed seed replays a session exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import lang as L
from .questions import QuestionScore, _lexicons, is_bare_permission
from .scenario import Scenario
from .text import normalise, words

# How trust moves with each kind of turn (0-100 scale).
TRUST = {
    "open_new": 6, "closed_new": 3, "deeper": 6, "reflection": 6, "permission": 2,
    "guided": 4, "repeat": -4, "redirect": -6, "not_a_question": -3, "leading": -6, "pushback": -12,
}
_TRUST_KEY = {"permission_yes": "permission", "guided_accept": "guided", "guided_hold": "guided"}
TIME_COST = 8  # patience each question costs
QUICK_COST = 4  # a summary or a permission question is quick
IMPATIENT_BELOW = 30  # below this trust, every question costs extra time
IMPATIENT_EXTRA = 6
DEFAULT_PATIENCE, DEFAULT_TRUST = 100, 50


@dataclass(frozen=True)
class Reply:
    """What the requester says, which topic (if any) it revealed, and the meeting's state after it."""

    text: str
    topic: str | None
    kind: str  # answer | deeper | repeat | pushback | redirect | reflection | not_a_question |
    #            permission_yes | permission_wait | guided_accept | guided_hold
    trust: int = DEFAULT_TRUST
    patience: int = DEFAULT_PATIENCE
    ended: bool = False


@dataclass
class Requester:
    """The requester's side of the meeting: what has been said, trust, patience, permission."""

    scenario: Scenario
    lang: str
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    answered: dict[str, int] = field(default_factory=dict)  # topic -> purpose depth reached
    trust: int = DEFAULT_TRUST
    patience: int = DEFAULT_PATIENCE
    permission: bool = False
    adjusted: dict[str, str] = field(default_factory=dict)  # order changes the requester agreed to
    last_prefix: str = ""

    def __post_init__(self) -> None:
        persona = self.scenario.persona
        if persona:
            self.trust, self.patience = persona.trust, persona.patience

    @property
    def ended(self) -> bool:
        return self.patience <= 0

    @property
    def purpose_known(self) -> bool:
        return "purpose" in self.answered

    def reply(self, question: QuestionScore) -> Reply:
        """Answer one scored question and update trust and patience."""
        text, topic, kind = self._answer(question)
        delta = TRUST.get(_TRUST_KEY.get(kind, kind), 0)
        if kind == "answer":
            delta = TRUST["open_new" if question.form == "open" else "closed_new"]
        if "leading" in question.flags and kind != "pushback":
            delta += TRUST["leading"]
        self.trust = max(0, min(100, self.trust + delta))
        quick = kind in ("reflection", "permission_yes", "permission_wait")
        cost = (QUICK_COST if quick else TIME_COST) + (IMPATIENT_EXTRA if self.trust < IMPATIENT_BELOW else 0)
        self.patience = max(0, self.patience - cost)
        if self.ended and self.scenario.persona:
            text = f"{text} {self.scenario.persona.goodbye[self.lang]}"
        return Reply(text, topic, kind, self.trust, self.patience, self.ended)

    def _answer(self, question: QuestionScore) -> tuple[str, str | None, str]:
        s, lang = self.scenario, self.lang
        if "solution" in question.flags:
            return self._proposal()
        if is_bare_permission(words(normalise(question.text)), _lexicons(lang)):
            if self.purpose_known:
                self.permission = True
                return L.text(lang, "reply_permission_yes"), None, "permission_yes"
            return L.text(lang, "reply_permission_wait"), None, "permission_wait"
        if question.reflection and question.form == "none":
            return L.text(lang, "reply_reflection"), None, "reflection"
        if question.form == "none":
            # A statement, even one that mentions a topic, gives the requester nothing to answer.
            return L.text(lang, "reply_not_question"), None, "not_a_question"
        known = [t for t in question.topics if t in s.facts]
        if not known:
            return s.redirect[lang], None, "redirect"
        fresh = [t for t in known if t not in self.answered]
        topic = fresh[0] if fresh else known[0]
        fact = s.facts[topic]
        if topic not in self.answered:
            self.answered[topic] = 0
            if question.form == "open":
                return self._vary(fact.full[lang]), topic, "answer"
            return fact.short[lang], topic, "answer"
        depth = self.answered[topic]
        if question.form == "open" and depth < len(fact.deeper):
            self.answered[topic] = depth + 1
            return self._vary(fact.deeper[depth][lang]), topic, "deeper"
        return L.text(lang, "reply_repeat", answer=fact.short[lang]), topic, "repeat"

    def _proposal(self) -> tuple[str, None, str]:
        """A professional proposal: weighed if it was asked for and prepared, else pushed back."""
        persona, lang = self.scenario.persona, self.lang
        guidance = persona.guidance if persona else None
        prepared = self.permission and self.purpose_known
        self.permission = False  # one proposal per permission
        if guidance is None or not prepared or self.trust < guidance.min_trust:
            return self.scenario.pushback[lang], None, "pushback"
        if guidance.outcome == "adjust":
            self.adjusted.update(guidance.adjusted)
            return guidance.accept[lang], None, "guided_accept"
        return guidance.hold[lang], None, "guided_hold"

    def _vary(self, answer: str) -> str:
        """Open the answer with a short lead-in, never the same one twice in a row."""
        prefixes = L.text(self.lang, "reply_prefixes").split("|")
        choices = [p for p in prefixes if p != self.last_prefix or not p] or prefixes
        self.last_prefix = self.rng.choice(choices)
        return self.last_prefix + answer
