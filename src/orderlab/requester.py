"""The simulated requester: a busy colleague from the core process, played from one scenario.

The requester reads the one analysis of each turn (``QuestionScore.analysis``) and answers from
the scenario's facts. A topic holds several items, told one at a time:
- a closed question gets the item that best matches what was asked, briefly;
- an open one gets the best-matching item not yet told in full, in full;
- a follow-up ("Berätta mer", "How come?") continues the last topic with the next item not yet told;
- "as I said" comes only when nothing new remains on that topic, and then, if trust allows, a hint
  at something not yet asked.

Pushing your own solution gets polite push-back, unless you asked permission once the purpose was
clear and trust is high, when the requester weighs the proposal (the scenario says whether the
order changes). Every question costs time; good questions build trust and poor ones drain it; when
the time is up the requester ends the meeting. Phrasing varies with the random generator passed
in, so a fixed seed replays a session exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import lang as L
from .questions import QuestionScore
from .scenario import Fact, FactItem, Scenario
from .text import normalise, words
from .understanding import Context, TopicEvidence
from .understanding import lang as W
from .understanding.analysis import LIKELIEST
from .understanding.features import featuriser
from .understanding.langid import MARKERS

# How trust moves with each kind of turn (0-100 scale).
TRUST = {
    "open_new": 6, "closed_new": 3, "deeper": 6, "reflection": 6, "permission": 2, "small_talk": 1,
    "guided": 4, "repeat": -4, "redirect": -6, "not_a_question": -3, "leading": -6, "pushback": -12,
}
_TRUST_KEY = {"permission_yes": "permission", "guided_accept": "guided", "guided_hold": "guided"}
TIME_COST = 8  # patience each question costs
QUICK_COST = 4  # a summary, a permission question or a pleasantry is quick
QUICK = frozenset({"reflection", "permission_yes", "permission_wait", "small_talk"})
IMPATIENT_BELOW = 30  # below this trust, every question costs extra time
IMPATIENT_EXTRA = 6
HINT_TRUST = 50  # from this trust on, "as I said" comes with a hint at what has not been asked
DEFAULT_PATIENCE, DEFAULT_TRUST = 100, 50
SHORT, FULL = 1, 2  # how much of an item has been told
_MATCH_LETTERS = 3  # words shorter than this do not count when matching a question to an item
CONTINUE_BONUS = 1.0  # an open question prefers the item told only briefly so far
# With no topic she has facts on found in a question, she answers the likeliest one she has facts on from
# this probability (the analysis's own bar for the likeliest topic of a question): a question asks
# something, and she knows what she can tell (measured leave-one-scenario-out on the training turns:
# the first question of a meeting is answered from a right topic more often).
ANSWERABLE = LIKELIEST
RECOGNISE = 3.0  # how clearly a question must match one of her items for the requester to know it (see _match)


@dataclass(frozen=True)
class Reply:
    """What the requester says, which topic and item it came from, and the meeting's state after it."""

    text: str
    topic: str | None
    kind: str  # answer | deeper | repeat | pushback | redirect | reflection | not_a_question |
    #            small_talk | permission_yes | permission_wait | guided_accept | guided_hold
    trust: int = DEFAULT_TRUST
    patience: int = DEFAULT_PATIENCE
    ended: bool = False
    item: str | None = None  # the fact item the answer came from
    trust_change: int = 0  # how this turn moved trust
    why: str = ""  # the reason, as a key: lang's trust_why_<why> says it

    @property
    def answered(self) -> dict | None:
        """The topic and item this reply told, for the report (``None`` when it told none)."""
        return {"topic": self.topic, "item": self.item} if self.topic and self.item else None


@dataclass
class Requester:
    """The requester's side of the meeting: what has been told, trust, patience, permission."""

    scenario: Scenario
    lang: str
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    told: dict[str, dict[str, int]] = field(default_factory=dict)  # topic -> item -> SHORT or FULL
    asked: list[str] = field(default_factory=list)  # topics the learner has asked about, in order
    trust: int = DEFAULT_TRUST
    patience: int = DEFAULT_PATIENCE
    permission: bool = False
    adjusted: dict[str, str] = field(default_factory=dict)  # order changes the requester agreed to
    last_prefix: str = ""
    last_topic: str | None = None
    last_reply: str = ""
    # A later round: trust carried over from the round before, the topics the new order changes, and
    # the items told in earlier rounds (said again only briefly, as said before).
    start_trust: int | None = None
    changed: dict[str, Fact] = field(default_factory=dict)
    told_before: dict[str, frozenset[str]] = field(default_factory=dict)
    facts: dict[str, Fact] = field(init=False)

    def __post_init__(self) -> None:
        persona = self.scenario.persona
        if persona:
            self.trust, self.patience = persona.trust, persona.patience
        if self.start_trust is not None:
            self.trust = max(0, min(100, self.start_trust))
        self.facts = {**self.scenario.facts, **self.changed}
        self.told_before = {t: frozenset(items) for t, items in self.told_before.items() if t not in self.changed}

    @property
    def ended(self) -> bool:
        return self.patience <= 0

    @property
    def purpose_known(self) -> bool:
        return "purpose" in self.told

    @property
    def context(self) -> Context:
        """What the next turn is read against: the last topic answered and the last reply."""
        return Context(self.last_topic, self.last_reply)

    def reply(self, question: QuestionScore) -> Reply:
        """Answer one scored question and update trust and patience."""
        text, topic, kind, item = self._answer(question)
        why = "open_new" if kind == "answer" and question.form == "open" else \
            "closed_new" if kind == "answer" else _TRUST_KEY.get(kind, kind)
        delta = TRUST.get(why, 0)
        if "leading" in question.flags and kind != "pushback":
            delta += TRUST["leading"]
            why = "leading"
        before = self.trust
        self.trust = max(0, min(100, self.trust + delta))
        cost = (QUICK_COST if kind in QUICK else TIME_COST) + (IMPATIENT_EXTRA if self.trust < IMPATIENT_BELOW else 0)
        self.patience = max(0, self.patience - cost)
        if topic:
            self.last_topic = topic
        self.last_reply = text
        if self.ended and self.scenario.persona:
            text = f"{text} {self.scenario.persona.goodbye[self.lang]}"
        return Reply(text, topic, kind, self.trust, self.patience, self.ended, item, self.trust - before, why)

    def adjust_trust(self, delta: int) -> int:
        """Move trust by ``delta`` (a delivery, a pitch), within 0-100; return how much it moved."""
        before = self.trust
        self.trust = max(0, min(100, self.trust + delta))
        return self.trust - before

    def told_so_far(self) -> dict[str, frozenset[str]]:
        """Every item told in this round and the rounds before it, per topic (for the next round)."""
        out = dict(self.told_before)
        for topic, items in self.told.items():
            out[topic] = out.get(topic, frozenset()) | frozenset(items)
        return out

    def _answer(self, question: QuestionScore) -> tuple[str, str | None, str, str | None]:
        s, lang, a = self.scenario, self.lang, question.analysis
        if "solution" in question.flags:
            return (*self._proposal(), None)
        if a.permission:
            if self.purpose_known:
                self.permission = True
                return L.text(lang, "ui.reply_permission_yes"), None, "permission_yes", None
            return L.text(lang, "ui.reply_permission_wait"), None, "permission_wait", None
        if question.reflection and question.form == "none":
            return self._reflected(a.topics, words(normalise(question.text)))
        if a.act == "small_talk":
            return L.text(lang, "ui.reply_small_talk"), None, "small_talk", None
        if question.form == "none":
            # A statement, even one that mentions a topic, gives the requester nothing to answer.
            return L.text(lang, "ui.reply_not_question"), None, "not_a_question", None
        if a.act == "follow_up" and a.refers_to in self.facts:
            return self._go_on(a.refers_to, words(normalise(question.text)))
        level = FULL if question.form == "open" else SHORT
        tokens = words(normalise(question.text))
        known = [t for t in question.topics if t in self.facts]
        if not known:  # she knows her own facts: "Which decisions is the report meant to support?"
            recognised = self._recognised(tokens, level)
            known = [recognised] if recognised else []
        if not known:  # what she has facts on, if the model finds it likely enough that it is asked
            known = [t for t, p in sorted(a.probabilities, key=lambda tp: -tp[1])
                     if t in self.facts and p >= ANSWERABLE][:1]
        if not known:
            return s.redirect[lang], None, "redirect", None
        self.asked.extend(t for t in known if t not in self.asked)
        # The topic whose untold item the question matches best; else one not touched yet; else the first.
        topic = max(known, key=lambda t: (self._best_untold(t, tokens, level), t not in self.told,
                                          -known.index(t)))
        return self._tell(topic, tokens, level)

    def _recognised(self, tokens: list[str], level: int) -> str | None:
        """The topic of an item not yet told that the question matches clearly, by the item's own words.

        The model reads topics in general; the requester also knows her own facts. When the model
        finds no topic she has facts on, a question that shares distinctive words with one of her
        items (counted as in ``_match``) is about that item's topic rather than off the subject.
        """
        best, best_score = None, RECOGNISE
        for topic in self.facts:
            score = self._best_untold(topic, tokens, level)
            if score >= best_score:
                best, best_score = topic, score
        return best

    def _best_untold(self, topic: str, tokens: list[str], level: int) -> float:
        return max((_match(self.lang, tokens, i, self.facts[topic]) for i in self._untold(topic, level)),
                   default=0.0)

    def _untold(self, topic: str, level: int) -> list[FactItem]:
        told = self.told.get(topic, {})
        return [i for i in self.facts[topic].items if told.get(i.id, 0) < level]

    def _tell(self, topic: str, tokens: list[str], level: int) -> tuple[str, str | None, str, str | None]:
        """Answer from the item that best matches the question (the first on a tie).

        An open question prefers an item told only briefly so far: it asks for the whole of it. When
        the item asked about has been told already, the requester says so and adds the next item not
        yet told; "as I said" alone comes only when nothing new remains on the topic.
        """
        told = self.told.get(topic, {})
        items = self.facts[topic].items
        fact = self.facts[topic]
        scores = [_match(self.lang, tokens, i, fact) + (CONTINUE_BONUS if level == FULL and told.get(i.id) == SHORT
                                                        else 0)
                  for i in items]
        best = items[scores.index(max(scores))] if max(scores) > 0 else None
        if best is not None and told.get(best.id, 0) >= level:
            more = [i for i in self._untold(topic, level)]
            if not more:
                return self._as_i_said(topic, best)
            again = best.short[self.lang]
            text, _, _, item = self._say(topic, more[0], level)
            return L.text(self.lang, "ui.reply_repeat_more", answer=again, more=text), topic, "deeper", item
        untold = self._untold(topic, level)
        if not untold:
            return self._as_i_said(topic, best)
        return self._say(topic, best if best is not None else untold[0], level)

    def _say(self, topic: str, item: FactItem, level: int) -> tuple[str, str, str, str]:
        told = self.told.setdefault(topic, {})
        kind = "deeper" if told else "answer"
        if item.id in self.told_before.get(topic, ()):
            # Told in an earlier round: she says so, briefly, rather than word for word again.
            told[item.id] = FULL
            return L.text(self.lang, "ui.reply_as_last_time", answer=item.short[self.lang]), topic, kind, item.id
        told[item.id] = max(told.get(item.id, 0), level)
        if level == FULL:
            return self._vary(item.full[self.lang]), topic, kind, item.id
        return item.short[self.lang], topic, kind, item.id

    def _go_on(self, topic: str, tokens: list[str]) -> tuple[str, str, str, str | None]:
        """A follow-up: the item of the topic not yet told in full that it matches best, else the next one."""
        if topic not in self.asked:
            self.asked.append(topic)
        untold = self._untold(topic, FULL)
        if not untold:
            return self._as_i_said(topic)
        return self._say(topic, self._best_match(topic, tokens, untold), FULL)

    def _best_match(self, topic: str, tokens: list[str], items: list[FactItem]) -> FactItem:
        """Of ``items`` (of ``topic``), the one the turn matches best; the first on a tie."""
        fact = self.facts[topic]
        scores = [_match(self.lang, tokens, i, fact) for i in items]
        return items[scores.index(max(scores))]

    def _reflected(self, topics: tuple[TopicEvidence, ...],
                   tokens: list[str]) -> tuple[str, str | None, str, str | None]:
        """A reflection: she confirms it. One that names a topic she has facts on draws out the next thing on
        it not yet told in full (the item it matches best), as a good reflection does in a real meeting."""
        plain = L.text(self.lang, "ui.reply_reflection")
        topic = next((t.topic for t in topics if t.topic in self.facts), None)
        if topic is None:
            return plain, None, "reflection", None
        told_before = self.told_before.get(topic, ())
        untold = [i for i in self._untold(topic, FULL) if i.id not in told_before]
        if not untold:
            return plain, None, "reflection", None
        if topic not in self.asked:
            self.asked.append(topic)
        chosen = self._best_match(topic, tokens, untold)
        self.told.setdefault(topic, {})[chosen.id] = FULL
        # Her own words, without the lead-in an answer to a question gets ("Bra att du frågar").
        return L.text(self.lang, "ui.reply_reflection_more", more=chosen.full[self.lang]), topic, "reflection", \
            chosen.id

    def _as_i_said(self, topic: str, item: FactItem | None = None) -> tuple[str, str, str, str | None]:
        """Nothing new remains on the topic: say so, and hint at what has not been asked if trust allows."""
        fact: Fact = self.facts[topic]
        text = L.text(self.lang, "ui.reply_repeat", answer=(item or fact.items[0]).short[self.lang])
        if self.trust >= HINT_TRUST:
            unasked = [t for t in self.scenario.key_topics if t not in self.asked and t not in self.told]
            if unasked:
                text = f"{text} {L.text(self.lang, f'ui.hint_{unasked[0]}')}"
        return text, topic, "repeat", None

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
        """Open the answer with one of the persona's own lead-ins (or none), never the same one twice in a row."""
        prefixes = ["", *(f"{f} " for f in self.scenario.fillers.get(self.lang, ()))]
        choices = [p for p in prefixes if p != self.last_prefix or not p] or prefixes
        self.last_prefix = self.rng.choice(choices)
        return self.last_prefix + answer


def _content_stems(lang: str, text_words: list[str]) -> set[str]:
    lang = W.code(lang)  # a language that borrows another's scorer data reads with it
    stem = featuriser(lang).stem
    small = MARKERS[lang]
    return {stem(w) for w in text_words if len(w) >= _MATCH_LETTERS and w not in small}


_ITEM_STEMS: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}


def _item_stems(lang: str, item: FactItem) -> tuple[frozenset[str], frozenset[str]]:
    """The content stems of an item's example questions, and of what it says (remembered per item)."""
    key = (id(item), lang)
    found = _ITEM_STEMS.get(key)
    if found is None:
        examples = _content_stems(lang, [w for q in item.examples.get(lang, ()) for w in words(normalise(q))])
        said = _content_stems(lang, words(normalise(f"{item.short[lang]} {item.full[lang]}")))
        found = _ITEM_STEMS[key] = (frozenset(examples), frozenset(said))
    return found


def _match(lang: str, tokens: list[str], item: FactItem, fact: Fact) -> float:
    """How well a question matches one item of a topic: shared content words, those in its example
    questions counting double, and each weighed by how few of the topic's items share it.

    "Vad vet du om familjerna?" shares "familj" with every audience item, so it decides little;
    "Vilka språk talar de?" shares "språk" with one, which decides.
    """
    asked = _content_stems(lang, tokens)
    if not asked:
        return 0.0
    stems = [_item_stems(lang, i) for i in fact.items]
    examples, said = _item_stems(lang, item)
    score = 0.0
    for stem in asked & (examples | said):
        share = sum(stem in e or stem in s for e, s in stems)
        score += (2.0 if stem in examples else 1.0) / share
    return score
