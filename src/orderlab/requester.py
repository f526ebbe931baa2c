"""The simulated requester: answers each question from the scenario's facts.

Open questions get the fuller answer, closed ones the short one; a repeated question gets
"as I said"; another "why" about the purpose digs one layer deeper; pushing your own
solution gets polite push-back; off-topic questions get a redirect. Phrasing varies with
the random generator passed in, so a fixed seed replays a session exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import lang as L
from .questions import QuestionScore
from .scenario import Scenario


@dataclass(frozen=True)
class Reply:
    """What the requester says, and which topic (if any) it revealed."""

    text: str
    topic: str | None
    kind: str  # answer | deeper | repeat | pushback | redirect | reflection | not_a_question


@dataclass
class Requester:
    """A busy colleague from the core process, played from one scenario."""

    scenario: Scenario
    lang: str
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    answered: dict[str, int] = field(default_factory=dict)  # topic -> purpose depth reached

    def reply(self, question: QuestionScore) -> Reply:
        """Answer one scored question."""
        s, lang = self.scenario, self.lang
        if "solution" in question.flags:
            return Reply(s.pushback[lang], None, "pushback")
        if question.reflection and question.form == "none":
            return Reply(L.text(lang, "reply_reflection"), None, "reflection")
        if question.form == "none":
            # A statement, even one that mentions a topic, gives the requester nothing to answer.
            return Reply(L.text(lang, "reply_not_question"), None, "not_a_question")
        known = [t for t in question.topics if t in s.facts]
        if not known:
            return Reply(s.redirect[lang], None, "redirect")
        fresh = [t for t in known if t not in self.answered]
        topic = fresh[0] if fresh else known[0]
        fact = s.facts[topic]
        if topic not in self.answered:
            self.answered[topic] = 0
            if question.form == "open":
                return Reply(self._vary(fact.full[lang]), topic, "answer")
            return Reply(fact.short[lang], topic, "answer")
        depth = self.answered[topic]
        if question.form == "open" and depth < len(fact.deeper):
            self.answered[topic] = depth + 1
            return Reply(self._vary(fact.deeper[depth][lang]), topic, "deeper")
        return Reply(L.text(lang, "reply_repeat", answer=fact.short[lang]), topic, "repeat")

    def _vary(self, answer: str) -> str:
        prefixes = L.text(self.lang, "reply_prefixes").split("|")
        return self.rng.choice(prefixes) + answer
