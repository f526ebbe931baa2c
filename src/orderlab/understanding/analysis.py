"""One analysis of a learner's turn, which the scorer, the conversation score and the requester all read.

``analyse(text, lang, context)`` returns an ``Analysis``:
- form and flags, from the rules in ``clauses.py`` (crisp definitions stay rules);
- topics, each with a confidence and the words that carried it, from the learned model;
- the dialogue act (question, follow-up, reflection, permission, proposal, statement, small talk);
- what it refers back to in the conversation (``context``): the topic a follow-up continues;
- the language the text seems to be written in, when it is clearly the other one.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import ge
from typing import NamedTuple

from .. import lang as L
from ..terms import FLAGS, FORMS, TOPICS
from ..text import normalise, words
from . import lang as W
from . import langid
from . import model as M
from . import vocabulary as V
from .clauses import ANALYSED_CHARS, Turn, parse_checked
from .clauses import _lexicons as word_lists
from .features import RULE_FEATURES, Featuriser, featuriser
from .langid import MARKERS
from .vocabulary import Vocabulary

ACTS: tuple[str, ...] = ("question", "follow_up", "reflection", "permission", "proposal", "statement", "small_talk")
# The flags a head of the model decides, with the rules' flags among its features; not_a_question follows the form.
LEARNED_FLAGS: tuple[str, ...] = ("leading", "solution", "stacked")
FLAG_THRESHOLD = 0.5
M.EXPECTED["model"] = {"topics": TOPICS, "act": ACTS, "form": FORMS, "flags": LEARNED_FLAGS}
ASKING_ACTS = frozenset({"question", "follow_up"})  # acts that need a question's form
FORM_OVERRULES = 0.5  # how sure the model's form must be to overrule the rules' (docs/understanding-model.md)
# Rule reasons (clauses.Turn.why) right in every labelled turn they decide, and too rare to learn from.
PRECISE_FORM_RULES = frozenset({"if_open", "if_closed", "lead_in"})
NO_TOPIC_ACTS = frozenset({"small_talk", "statement", "permission"})  # they ask nothing about the order
# Small talk or a statement that surely names a topic is read as asking.
SURE_TOPIC_ACTS = frozenset({"small_talk", "statement"})
_ECHO_LETTERS = 5  # a word must be this long before repeating it counts as picking it up
ECHO_WORDS = 2  # a follow-up this short that repeats her word is an echo, and open
MAX_EVIDENCE = 3  # words shown as the evidence for one topic
# Decoding, chosen leave-one-scenario-out on the training turns (docs/understanding-model.md):
GUESSING_ACTS = frozenset({"question", "reflection"})  # with no topic over its threshold, the likeliest may do
LIKELIEST = 0.3  # ... when it is at least this likely
SECOND = 0.75  # a topic beside a surer one stays only when it is at least this likely
_LIKELIEST_LOGIT = math.log(LIKELIEST / (1 - LIKELIEST))
TOPIC_INDEX = {t: k for k, t in enumerate(TOPICS)}
# A turn the act head calls small talk or a statement, but that names a topic this surely (in logits over
# the topic's threshold), asks about the order after all ("is any client data gonna end up on the devices").
SURE_TOPIC_MARGIN = 2.0
# A follow-up whose own topic (not the one just answered) is this sure (in logits over its threshold) asks a
# new question. Chosen leave-one-scenario-out: lower, and "Vad hände då?" stops going on with her story
# (follow-ups continue 95.4 -> 93.1 % sv at 2.5); higher, and "jaha, vilka fler berörs då" (2.9) is not heard.
NEW_TOPIC_MARGIN = 2.75
# ... unless the act head is this sure (in logits over a question) that it follows up: "and how did that go?"
FOLLOW_UP_SURE = 4.0


class TopicEvidence(NamedTuple):
    """A topic the turn asks about, how sure the model is, and the words that carried it."""

    topic: str
    confidence: float
    evidence: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"topic": self.topic, "confidence": round(self.confidence, 3), "evidence": list(self.evidence)}


@dataclass(frozen=True)
class Context:
    """The conversation so far, as much as reading the next turn needs."""

    last_topic: str | None = None  # the topic of the requester's last answer
    last_reply: str = ""  # what the requester said last


_NO_CONTEXT = Context()
# Makes a named tuple from a tuple of all its fields without the Python-level ``__new__`` the class has:
# an analysis and its topics are made for every turn, and this is about twice as fast.
_make = tuple.__new__


class Analysis(NamedTuple):
    """What one turn is: its form, flags, topics with evidence, act and what it refers back to.

    A named tuple rather than a dataclass: one is made for every turn, and this is faster to make.
    """

    text: str
    lang: str
    form: str
    flags: tuple[str, ...]
    topics: tuple[TopicEvidence, ...]
    act: str
    refers_to: str | None
    reflection: bool
    permission: bool
    other_language: str | None  # the other course language, when the text is clearly written in it
    logits: tuple[float, ...] = ()  # every topic's score before the threshold, in the order of TOPICS
    act_logits: tuple[float, ...] = ()  # every act's score, in the order of ACTS

    @property
    def probabilities(self) -> tuple[tuple[str, float], ...]:
        """Every topic's probability, found or not."""
        return tuple((t, M.sigmoid(x)) for t, x in zip(TOPICS, self.logits, strict=True))

    @property
    def act_confidence(self) -> float:
        """The probability of the act, among all acts."""
        return M.softmax(self.act_logits)[ACTS.index(self.act)] if self.act_logits else 1.0

    @property
    def topic_names(self) -> tuple[str, ...]:
        return tuple(t.topic for t in self.topics)

    def evidence(self, topic: str) -> tuple[str, ...]:
        return next((t.evidence for t in self.topics if t.topic == topic), ())

    def to_dict(self) -> dict:
        return {"form": self.form, "flags": list(self.flags), "topics": [t.to_dict() for t in self.topics],
                "act": self.act, "refers_to": self.refers_to, "other_language": self.other_language}


# Languages whose catalogue and scorer data ship with the package: known whatever ORDERLAB_LANG_PATH says
# (the package's own folder is searched first), so they need no check for every turn.
_SHIPPED = frozenset(p.stem for p in L.BUILTIN.glob("*.yaml") if (W.BUILTIN / p.name).exists())


@lru_cache(maxsize=64)
def _keyword_vocabulary(lang: str, keywords: tuple[tuple[str, tuple[str, ...]], ...]) -> Vocabulary:
    return V.build(lang, dict(keywords))


def freeze_keywords(keywords: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in (keywords or {}).items()))


def analyse(text: str, lang: str, context: Context | None = None,
            keywords: Mapping[str, Sequence[str]] | None = None, vocabulary: Vocabulary | None = None) -> Analysis:
    """Read one learner turn once.

    ``vocabulary`` is what a scenario says about its topics (``vocabulary.of_scenario``); ``keywords``
    alone (a scenario's own words per topic) is the short way to give only those.
    """
    if not isinstance(lang, str) or lang not in _SHIPPED:
        lang = W.code(L.check_lang(lang))  # a language that borrows another's scorer data reads with it
    turn = parse_checked(text, lang)
    if vocabulary is None and keywords:
        vocabulary = _keyword_vocabulary(lang, freeze_keywords(keywords))
    return _read(turn, lang, context or _NO_CONTEXT, vocabulary)


def _read(turn: Turn, lang: str, context: Context, vocabulary: Vocabulary | None,
          model: M.LinearModel | None = None) -> Analysis:
    """The analysis of a parsed turn (``model``: another than the shipped one, when training)."""
    model = model or M.get(lang)
    feats = featuriser(lang)
    tokens = turn.tokens
    # Sums of weights are remembered per word with its two neighbours, and per shape of turn: reading a
    # turn is then one look-up per word, and adding up (benchmarks/understanding.py).
    seen, remembered = model.seen, model.remembered
    get = seen.get
    padded = [*tokens, "", ""]
    word_rows = list(map(get, zip(tokens, padded[1:], padded[2:], strict=False)))
    if None in word_rows:  # a word among neighbours not seen before (a row is an array: never None)
        keys = zip(tokens, padded[1:], padded[2:], strict=False)
        word_rows = [row or remembered(key, feats.window_of) for row, key in zip(word_rows, keys, strict=True)]
    # The turn-wide features (its shape, its opening words, which word lists it hits) are few and
    # discrete: their sum is remembered by them together. Where each cue sits matters only for the
    # evidence, so that is worked out only when a topic is found.
    a, b, at = feats.opening(turn)
    whole_key = (feats.shape_key(turn), a, b, tuple(turn.hits))
    whole = get(whole_key) or remembered(whole_key, lambda _: (
        *feats.shape(turn), *feats.opening_features(a, b), *(f for f, _, _ in feats.cues(turn))))
    # A tuple, so the heads' slices of it are tuples too.
    if vocabulary is None:
        scenario: list[tuple[str, int]] = []
        totals = tuple(map(sum, zip(model.bias, whole, *word_rows, strict=True)))
    else:
        weight = model.weights.get
        scenario = vocabulary.features(tokens, lang)  # read once: the sum and the evidence both need it
        extra = [r for r in (weight(f) for f, _ in scenario) if r is not None]
        totals = tuple(map(sum, zip(model.bias, whole, *word_rows, *extra, strict=True)))

    heads = model.heads
    head, act_head = heads["topics"], heads["act"]
    logits = totals[head.span]
    form, flags = _form(model, totals, turn)
    flags = _learned_flags(model, totals, turn, flags)
    talked = bool(context.last_topic or context.last_reply)
    over = _over(head, logits)
    act = _act(act_head, totals, turn, form, follow_up=talked, flags=flags)
    proposes = _proposes(turn)  # its own phrases are no topic's evidence
    # The topics over their thresholds with their evidence (``found``) are worked out only when needed: a turn
    # read as asking nothing about the order needs them only to tell whether it surely names a topic.
    found: tuple[TopicEvidence, ...] | None = None
    # Whether the turn is about the order matters only when the model reads it as small talk or a statement,
    # or as a request for permission that also asks something ("Får jag föreslå att vi börjar med syftet:
    # vad vill du uppnå?"); "Can I come with one idea about the pictures?" asks leave, whatever it is about.
    # So the margin is worked out only then; the found topics are some of those over their thresholds, so
    # when none of those is sure enough, neither is any found one.
    if over and (act in SURE_TOPIC_ACTS or (act == "permission" and not turn.permission and _asks(turn, lang))) \
            and _margin(head, logits, over) >= SURE_TOPIC_MARGIN:
        found = _checked(_topics(head, over, logits, tokens, word_rows,
                                 _positioned(model, feats, turn, scenario, (a, b, at)), lang, proposes), turn, lang)
        if found and _margin(head, logits, [TOPIC_INDEX[t.topic] for t in found]) >= SURE_TOPIC_MARGIN:
            act = _act(act_head, totals, turn, form, follow_up=talked, about_the_order=True, flags=flags)
    if act == "question" and context.last_topic and not over and _echoes(tokens, context.last_reply, lang):
        act = "follow_up"  # "Vad menar du med trygg start?": it picks up the requester's own words
    # "Hur mår du idag?" and "Får jag föreslå något?" ask nothing about the order (GUIDE.md).
    if act in NO_TOPIC_ACTS:
        topics: tuple[TopicEvidence, ...] = ()
    elif over:
        topics = found if found is not None else _checked(_topics(
            head, over, logits, tokens, word_rows, _positioned(model, feats, turn, scenario, (a, b, at)), lang,
            proposes), turn, lang)
    else:  # nothing over its threshold: a question may still take the likeliest topic
        chosen = _chosen(head, logits, act)
        topics = _checked(_topics(head, chosen, logits, tokens, word_rows,
                                  _positioned(model, feats, turn, scenario, (a, b, at)), lang, proposes), turn, lang) \
            if chosen else ()
    if act == "question" and not topics and context.last_topic and _refers_back(turn, lang):
        act = "follow_up"  # "Two years... whats the story there?": no topic of its own, about what she just said
    if act == "follow_up" and topics and context.last_topic and all(t.topic != context.last_topic for t in topics) \
            and _margin(head, logits, [TOPIC_INDEX[t.topic] for t in topics]) >= NEW_TOPIC_MARGIN \
            and _follow_up_lead(act_head, totals) < FOLLOW_UP_SURE:
        # "men hur gick det förra året då" after an answer on the purpose: a sure topic of its own is a new
        # subject, asked in the tone of a follow-up (GUIDE.md: a follow-up goes on with what she just said).
        act = "question"
    refers_to = None
    if act == "follow_up":
        refers_to = context.last_topic or (topics[0].topic if topics else None)
        if form == "closed" and len(tokens) <= ECHO_WORDS and _echoes(tokens, context.last_reply, lang):
            form = "open"  # an echo, "Slutkörd?" after "Personalen är slutkörd": she is asked to say more (GUIDE.md)
    return _make(Analysis, (
        turn.text, lang, form, flags, topics, act, refers_to, turn.reflection or act == "reflection",
        turn.permission or act == "permission", langid.mismatch(tokens, lang, turn.text), logits,
        totals[act_head.span],
    ))


def _positioned(model: M.LinearModel, feats: Featuriser, turn: Turn, scenario: list[tuple[str, int]],
                opening: tuple[str, str, int]) -> list[tuple[Sequence[float], int, int]]:
    """The rows of the turn-wide features that sit at a word (its opening pair, its word lists' hits, the
    scenario's words in ``scenario``), and where (and where the second word of a pair is, or -1); in the
    order ``Featuriser.cues`` gives them."""
    a, b, at = opening
    key = ("^", a, b)
    row = model.seen.get(key) or model.remembered(key, lambda _: feats.opening_features(a, b))
    # Only the cues at a word: a turn-wide one (form, length) has no word to show.
    out = [(row, at, at + 1 if b else -1)] if at >= 0 else []
    get, rule = model.weights.get, RULE_FEATURES
    # ``Featuriser.cues`` without its list of names: the word lists' features are named once, in RULE_FEATURES.
    out += [(r, i, -1) for label, i in turn.hits.items() if (r := get(rule[label])) is not None]
    if scenario:
        out += [(r, i, -1) for f, i in scenario if i >= 0 and (r := get(f)) is not None]
    return out


def _over(head: M.Head, logits: tuple[float, ...]) -> tuple[int, ...]:
    """The topics over their thresholds, by index."""
    thresholds = head.logit_thresholds
    return tuple([k for k in range(len(thresholds)) if logits[k] >= thresholds[k]])


def _margin(head: M.Head, logits: tuple[float, ...], indices: Sequence[int]) -> float:
    """How far the surest of some topics (by index) is over its threshold, in logits."""
    thresholds = head.logit_thresholds
    return max([logits[k] - thresholds[k] for k in indices])


def _chosen(head: M.Head, logits: tuple[float, ...], act: str) -> tuple[int, ...]:
    """The topics over their thresholds; for a question or a reflection with none, the likeliest one if it
    is at least ``LIKELIEST`` likely: a question asks about something, and the requester should answer
    what it most likely asks rather than change the subject (measured leave-one-scenario-out)."""
    over = _over(head, logits)
    if over or act not in GUESSING_ACTS:
        return over
    best = max(range(len(logits)), key=logits.__getitem__)
    return (best,) if logits[best] >= _LIKELIEST_LOGIT else ()


def _topics(head: M.Head, chosen: Sequence[int], logits: tuple[float, ...], tokens: list[str],
            word_rows: list[Sequence[float]], positioned: list[tuple[Sequence[float], int, int]],
            lang: str, proposes: bool = False) -> tuple[TopicEvidence, ...]:
    small = MARKERS[lang]
    meaning = [i for i, w in enumerate(tokens) if w not in small]  # the words of meaning, by index
    if proposes:  # "Har du funderat på en film i stället?" is about the film, not about "funderat" or "stället"
        own = _proposal_words(tokens, lang)
        meaning = [i for i in meaning if i not in own] or meaning
    offset, labels = head.offset, head.labels
    if len(chosen) == 1:  # the common case: nothing to order
        k = chosen[0]
        return (_make(TopicEvidence, (labels[k], M.sigmoid(logits[k]),
                                      _evidence(offset + k, tokens, word_rows, positioned, meaning)[0])),)
    found: list[tuple[int, TopicEvidence]] = []
    for k in chosen:
        evidence, first = _evidence(offset + k, tokens, word_rows, positioned, meaning)
        found.append((first, TopicEvidence(labels[k], M.sigmoid(logits[k]), evidence)))
    found.sort(key=_FIRST)  # in the order the turn raises them
    return tuple([t for _, t in found])


_FIRST = operator.itemgetter(0)


def _proposes(turn: Turn) -> bool:
    """Whether the turn uses a proposal's own phrases ("Har du funderat på ...", "i stället", "How about")."""
    return "solution" in turn.hits or "considered" in turn.hits


def _proposal_words(tokens: list[str], lang: str) -> set[int]:
    """Where the words of a proposal's own phrases are ("har du funderat på", "i stället", "why not")."""
    lex = word_lists(lang)
    out: set[int] = set()
    for name in ("solution", "considered"):
        for i in range(len(tokens)):
            n = lex[name].match_length(tokens[i:])
            out.update(range(i, i + n))
    return out


def _evidence(j: int, tokens: list[str], word_rows: list[Sequence[float]],
              positioned: list[tuple[Sequence[float], int, int]], meaning: list[int]) -> tuple[tuple[str, ...], int]:
    """The words that pushed label ``j`` up the most, as phrases in turn order, and where the first is.

    A word counts with the pairs it starts; a cue of two words (the opening pair) counts for both.
    ``positioned``: the cues that sit at a word (``_positioned``). ``meaning``: the indices of the words
    that carry meaning (not the small words of the language).
    """
    # Plain loops: over a dozen words they are faster than map and compress in Python 3.11.
    weight = [row[j] for row in word_rows]
    for row, i, k in positioned:
        w = row[j]
        if w > 0:  # only what pushed the topic up
            weight[i] += w
            if k >= 0:
                weight[k] += w
    # Show the words that carry meaning ("leda till"), not "vad ska", when any of them pushed the topic up.
    top = 0.0
    for i in meaning:
        if weight[i] > top:
            top = weight[i]
    if top > 0:
        floor = top / 3
        chosen = [i for i in meaning if weight[i] >= floor]
    else:
        top = max(weight, default=0.0)
        if top <= 0:
            return (), len(weight)
        floor = top / 3
        chosen = [i for i, w in enumerate(weight) if w >= floor]
    first = chosen[0]
    if len(chosen) == 1:
        return (tokens[first],), first
    if len(chosen) > MAX_EVIDENCE:
        chosen = sorted(sorted(chosen, key=weight.__getitem__)[-MAX_EVIDENCE:])
        first = chosen[0]
    phrases: list[str] = []  # neighbouring words make one phrase
    last = -2
    for i in chosen:
        if i == last + 1:
            phrases[-1] += " " + tokens[i]
        else:
            phrases.append(tokens[i])
        last = i
    return tuple(phrases), first


def _form(model: M.LinearModel, totals: Sequence[float], turn: Turn) -> tuple[str, Sequence[str]]:
    """The form, and the rules' flags as the form leaves them.

    The rules' form is one of the model's features; the model's form head has the last word, so
    "wdym by that" or "hm go on", which ask without looking like a question, are read as questions.
    A reflection stays form none (the rules know it), and so do the few constructions the rules read
    precisely and the data seldom shows ("Och om ...?", "Jag undrar om ...", a lead-in clause).
    not_a_question goes with form none; the other flags are the flag head's (``_learned_flags``).
    """
    head = model.heads.get("form")
    if head is None or turn.reflection or not PRECISE_FORM_RULES.isdisjoint(turn.why):
        return turn.form, turn.flags
    logits = totals[head.span]
    best = logits.index(max(logits))
    form = head.labels[best]
    if form == turn.form or M.softmax(logits)[best] < FORM_OVERRULES:
        return turn.form, turn.flags
    flags = [f for f in turn.flags if f != "not_a_question"]
    if form == "none":
        flags.append("not_a_question")
    return form, flags


def _learned_flags(model: M.LinearModel, totals: Sequence[float], turn: Turn, flags: Sequence[str]) -> tuple[str, ...]:
    """Leading, solution and stacked as the flag head reads them, the rules' flags among its features.

    Measured leave-one-scenario-out, the head finds them far better than the rules alone: "Templates?
    Who owns them?" and "Hur ser det ut – är det främst inför sommaren?" ask one question, "när ska den
    va klar o vem läser den" two. A request for permission proposes nothing yet: never a solution.
    """
    head = model.heads.get("flags")
    if head is None:
        return tuple(flags)
    learned = set(compress(head.labels, map(ge, totals[head.span], head.logit_thresholds)))
    # Where the rules read a construction precisely, they keep the last word (as for the form). Their
    # "leading" is precise (a tag, "väl", "surely": 6 wrong of 228 in the training turns): it stays.
    if "leading" in flags:
        learned.add("leading")
    if not learned:  # the common case: the rules' flags that the head does not decide, in the order of FLAGS
        return _rules_only(head.labels, tuple(flags)) if flags else ()
    if "lead_in" in turn.why:  # "När schemat blir fel, vem får vänta?" asks once
        learned.discard("stacked")
    if turn.permission or ("solution" not in turn.flags and ("considered" in turn.hits or "why_not" in turn.hits)):
        learned.discard("solution")  # "Får jag föreslå något?", "Har du funderat på vem ...?", "Nobody? Why not?"
    return tuple([f for f in FLAGS if f in learned or (f in flags and f not in head.labels)])


@lru_cache(maxsize=256)
def _rules_only(decided: tuple[str, ...], flags: tuple[str, ...]) -> tuple[str, ...]:
    """The rules' ``flags`` that the flag head (its labels ``decided``) does not decide, in the order of FLAGS."""
    return tuple([f for f in FLAGS if f in flags and f not in decided])


def _act(head: M.Head, totals: Sequence[float], turn: Turn, form: str, follow_up: bool = True,
         about_the_order: bool = False, flags: Sequence[str] | None = None) -> str:
    """The dialogue act: what the rules know for sure first, then the model's best that fits the form.

    Without a conversation so far (``follow_up`` false) nothing can be followed up: "Berätta om
    familjerna" opening a meeting asks something new. A turn ``about_the_order`` (a topic well over
    its threshold) is neither small talk nor a bare statement when another act fits its form.
    ``flags`` are the turn's flags as read (the rules' own when not given): a solution is a proposal.
    """
    if turn.permission:
        return "permission"
    if "solution" in (turn.flags if flags is None else flags):
        return "proposal"
    if turn.reflection:
        return "reflection"
    excluded = _EXCLUDED[form == "none", follow_up]
    best = _best(head, totals, excluded)
    if about_the_order and best in NO_TOPIC_ACTS:
        return _best(head, totals, excluded | NO_TOPIC_ACTS) or best
    return best


def _best(head: M.Head, totals: Sequence[float], excluded: frozenset[str]) -> str:
    """The act the head scores highest, of those not excluded ("" when all are); the first on a tie."""
    labels = head.labels
    allowed = _ALLOWED.get((labels, excluded))
    if allowed is None:
        allowed = _ALLOWED[labels, excluded] = tuple(k for k, a in enumerate(labels) if a not in excluded)
    if not allowed:
        return ""
    return labels[max(allowed, key=totals[head.span].__getitem__)]


_ALLOWED: dict[tuple[tuple[str, ...], frozenset[str]], tuple[int, ...]] = {}  # the labels' indices not excluded


# A turn that asks nothing: the model may still find a reflection the rules' phrases miss ("Du söker
# alltså socionomer som ...", "minst 30% fler samtal e målet, om jag förstod dig rätt").
_NOT_IF_NONE = frozenset({"proposal", "permission", *ASKING_ACTS})
# The rules find proposals and reflections. A request for permission is a question, and the model may
# find one the rules' phrases miss ("Can I come with one idea about the pictures?", "Do you mind if I
# give one suggestion?"): leave-one-scenario-out, act accuracy rose from 0.894 to 0.917 (sv) and from
# 0.882 to 0.903 (en) when it could.
_NOT_IF_ASKING = frozenset({"proposal", "reflection", "statement"})
# The acts ``_act`` leaves out, by (form is none, a conversation so far): made once, not per turn.
_EXCLUDED = {(none, talked): (_NOT_IF_NONE if none else _NOT_IF_ASKING) | (set() if talked else {"follow_up"})
             for none in (False, True) for talked in (False, True)}


def _checked(topics: tuple[TopicEvidence, ...], turn: Turn, lang: str) -> tuple[TopicEvidence, ...]:
    """Readings the rules know better than word weights, applied to what the model found.

    - A topic that only the small words of the language carry ("hur många") goes when another topic,
      at least as likely, is carried by a word of meaning ("sidor"). A surer one stays: in "Berätta om
      vilka fler som berörs" the stakeholders ("vilka fler") are surer than the end customer ("berörs").
    - A topic the model is less than even about goes when all its evidence is the evidence of a surer
      topic: in "Hur många sidor?" the word "sidor" is evidence of format, not of audience.
    - The thing being ordered, named in passing ("Vad ska broschyren leda till?"), is not a question
      about its format when the turn asks about something else: format goes when all its evidence is
      the deliverable's name. A proposal's deliverable is what it proposes ("How about a newsletter?").
    - "idag"/"today" is how things are done now only near a verb of doing ("Hur gör ni idag?"); said
      of a date ("Vad ska vara klart idag?") it is no history: history goes when all its evidence is
      that word and no verb of doing is near.
    - A topic beside a surer one stays only when it is likely (``SECOND``): "Vilka språk ska
      affischerna ha?" asks about the format; the audience is only brushed.
    """
    if not topics or (len(topics) == 1 and topics[0].topic != "history"):
        return topics
    lex = word_lists(lang)
    small = MARKERS[lang]
    carried = [t for t in topics if any(w not in small for phrase in t.evidence for w in phrase.split(" "))]
    surest_carried = max((t.confidence for t in carried), default=0.0)
    # "Hur många sidor?": format is carried by "sidor"; audience only by "hur många", and less surely.
    topics = tuple(t for t in topics if t in carried or t.confidence > surest_carried)
    top = max(t.confidence for t in topics)
    out = []
    for t in topics:
        words_ = [w for phrase in t.evidence for w in phrase.split(" ")]
        if t.confidence < 0.5 and any(u.confidence > t.confidence and set(t.evidence) <= set(u.evidence)
                                      for u in topics if u is not t):
            continue
        if t.confidence < SECOND and t.confidence < top:
            continue
        if t.topic == "format" and len(topics) > 1 and words_ and all(lex["deliverable"].word_hit(w) for w in words_) \
                and not _proposes(turn):  # a proposal's newsletter is its format
            continue
        if t.topic == "history" and words_ and all(lex["today"].word_hit(w) for w in words_) \
                and not lex["doing"].matches(turn.tokens):
            continue
        out.append(t)
    return tuple(out)


def _asks(turn: Turn, lang: str) -> bool:
    """Whether a question word starts somewhere after the turn's first word ("..., vad vill du uppnå?")."""
    lex = word_lists(lang)
    rest = turn.tokens[1:]
    return lex["open_start"].matches(rest) or lex["closed_start"].matches(rest)  # ``_starts_wh`` anywhere


# The rules that make a clause a request to go on ("Och sen?", "drabbas hur", "Oroliga för vad?").
_GO_ON_RULES = frozenset({"go_on", "wh_end"})


_FOLLOW_UP, _QUESTION = ACTS.index("follow_up"), ACTS.index("question")


def _follow_up_lead(head: M.Head, totals: Sequence[float]) -> float:
    """How much surer the act head is of a follow-up than of a question, in logits."""
    acts = totals[head.span]
    return acts[_FOLLOW_UP] - acts[_QUESTION]


def _refers_back(turn: Turn, lang: str) -> bool:
    """Whether a turn points back at what the requester just said: a word such as "det", "there", "those",
    a clause that only asks her to go on, or at most three words ("Varför?", "do you know why")."""
    return len(turn.tokens) <= 3 or not _GO_ON_RULES.isdisjoint(turn.why) \
        or word_lists(lang)["refers_back"].matches(turn.tokens)


def _echoes(tokens: list[str], reply: str, lang: str) -> bool:
    """Whether the turn repeats a longer word of the requester's last reply (stem against stem)."""
    if not reply:
        return False
    feats = featuriser(lang)
    said = {feats.stem(w) for w in words(normalise(reply)) if len(w) >= _ECHO_LETTERS}
    return any(len(w) >= _ECHO_LETTERS and feats.stem(w) in said for w in tokens)


__all__ = ["ACTS", "ANALYSED_CHARS", "Analysis", "Context", "TopicEvidence", "analyse"]
