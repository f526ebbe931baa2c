"""Question scoring: form, flags and topics of one turn, each point with its reason.

Form follows the MITI/MISC definitions: an *open* question invites elaboration, a *closed*
one can be answered yes/no, by a choice, or with one fact; a wh-word alone decides
nothing ("När ska den vara klar?" is closed). The scorer is a tuple of small rules
(``RULES``) applied in order to an analysed turn; each returns findings with points and a
reason in the learner's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from . import lang as L
from .text import Lexicon, LexiconSet, normalise, sentences, words

FORMS: tuple[str, ...] = ("open", "closed", "none")
FLAGS: tuple[str, ...] = ("leading", "solution", "stacked", "not_a_question")
POINTS = {"open": 2, "closed": 1, "reflection": 1, "topic": 1,
          "leading": -1, "solution": -2, "stacked": -1, "guided": 1}
# Scoring a paste of a whole document is pointless and slow; the first part decides.
ANALYSED_CHARS = 4000
_CLAUSE_JOINS = {"sv": ("och", "eller", "samt"), "en": ("and", "or")}  # [1] is the "or"
_CLAUSE_JOIN_SETS = {lang: frozenset(joins) for lang, joins in _CLAUSE_JOINS.items()}


@dataclass(frozen=True)
class Finding:
    """One rule's verdict: which rule, how many points, and why."""

    rule: str
    points: int
    reason: str


@dataclass(frozen=True)
class QuestionScore:
    """The score of one learner turn."""

    text: str
    form: str
    flags: tuple[str, ...]
    topics: tuple[str, ...]
    points: int
    feedback: tuple[str, ...]
    findings: tuple[Finding, ...] = ()
    reflection: bool = False
    guided: bool = False  # a proposal made with permission once the purpose was clear: guiding, not pushing

    def as_guidance(self, lang: str) -> QuestionScore:
        """This proposal scored as guiding: the penalty for pushing a solution becomes credit."""
        findings = tuple(
            Finding("guided", POINTS["guided"], L.text(lang, "reason_guided", points=POINTS["guided"]))
            if f.rule == "solution" else f
            for f in self.findings
        )
        return replace(self, findings=findings, points=sum(f.points for f in findings),
                       feedback=tuple(f.reason for f in findings), guided=True)

    def to_dict(self) -> dict:
        """The JSON shape of ``orderlab score-questions``."""
        return {
            "text": self.text,
            "form": self.form,
            "flags": list(self.flags),
            "topics": list(self.topics),
            "points": self.points,
            "feedback": list(self.feedback),
        }


@dataclass
class Turn:
    """A turn analysed into clauses; the rules read it and add findings."""

    lang: str
    text: str
    clauses: list[tuple[str, list[str]]]  # (normalised clause text, its words)
    forms: list[str] = field(default_factory=list)  # form of each clause
    stripped: list[list[str]] = field(default_factory=list)  # each clause's words after its fillers
    form: str = "none"
    flags: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    reflection: bool = False
    findings: list[Finding] = field(default_factory=list)
    extra: TopicWords = ()  # a scenario's own words per topic
    _tokens: list[str] | None = None
    _hits: dict[str, int] | None = None

    @property
    def questions(self) -> list[list[str]]:
        return [ws for (_, ws), f in zip(self.clauses, self.forms, strict=True) if f != "none"]

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = [w for _, ws in self.clauses for w in ws]
        return self._tokens

    @property
    def hits(self) -> dict[str, int]:
        """Where each turn-level word list (reflection, solution, ...) and each topic first matches."""
        if self._hits is None:
            self._hits = _scan_lexicons(self.lang, self.extra).first_hits(self.tokens)
        return self._hits


@cache
def _lexicons(lang: str) -> dict[str, Lexicon]:
    return {name: Lexicon(entries) for name, entries in L.words(lang).items()}


TURN_LISTS = ("reflection", "solution", "considered", "deliverable", "permission", "today", "not_history")
TopicWords = tuple[tuple[str, tuple[str, ...]], ...]  # (topic, extra words), sorted by topic


@cache
def _scan_lexicons(lang: str, extra: TopicWords) -> LexiconSet:
    """The turn-level word lists and the topics' lists (with a scenario's words), found in one pass."""
    extra_map = dict(extra)
    lists = {name: L.words(lang)[name] for name in TURN_LISTS}
    topics = {topic: [*entries, *extra_map.get(topic, ())] for topic, entries in L.topic_words(lang).items()}
    if not lists.keys().isdisjoint(topics):
        raise ValueError("a topic may not share its name with a turn-level word list")
    return LexiconSet({**lists, **topics})


def _frozen(extra: dict[str, Sequence[str]] | None) -> TopicWords:
    return tuple(sorted((k, tuple(v)) for k, v in (extra or {}).items()))


def _strip_fillers(ws: list[str], lex: dict[str, Lexicon]) -> tuple[list[str], str]:
    """Drop leading fillers ("och", "jag undrar"); say what an "om"/"if" after them makes the clause.

    After a verb of asking ("jag undrar om", "I wonder if") it embeds a yes/no question: "closed".
    After "och", "and" alone it asks what happens if ("Och om det inte blir klart?"): "open".
    Otherwise "".
    """
    filler, before_wh, embedding = lex["filler"], lex["filler_before_wh"], lex["embedding"]
    i, n = 0, len(ws)
    rest = ws
    embeds = False
    while i < n:
        size = filler.match_length(rest)
        if size:
            embeds = embeds or embedding.match_length(rest) == size
        else:
            size = before_wh.match_length(rest)
            if not size or not _starts_wh(rest[size:], lex):
                break  # "Så, vad vill ni?" drops its "så", but not "Så det viktiga är ..."
        i += size
        rest = ws[i:]
    if not i or not lex["embedded_yes_no"].starts(rest):
        return rest, ""
    return rest, "closed" if embeds else "open"


def _starts_wh(ws: list[str], lex: dict[str, Lexicon]) -> bool:
    return bool(ws) and (lex["open_start"].starts(ws) or lex["closed_start"].starts(ws))


def _match_length(lex: Lexicon, ws: list[str]) -> int:
    """Length in words of the longest entry of ``lex`` at the start of ``ws``."""
    return lex.match_length(ws)


def clause_form(lang: str, clause: str, ws: list[str]) -> str:
    """Form of one clause: ``open``, ``closed`` or ``none``."""
    return _clause_form(lang, clause, ws)[0]


def _clause_form(lang: str, clause: str, ws: list[str]) -> tuple[str, list[str]]:
    """Form of one clause and its words after the leading fillers."""
    lex = _lexicons(lang)
    marked = clause.rstrip().endswith("?")
    ws, after_if = _strip_fillers(ws, lex)
    if not ws:
        return "none", ws
    if after_if:
        return after_if, ws
    # The longest opening decides: "vilken" is closed but "vilken sorts" open; "hur" open but "hur många" closed.
    closed_len = lex["closed_start"].match_length(ws)
    open_len = lex["open_start"].match_length(ws)
    if closed_len and closed_len >= open_len:
        return "closed", ws
    if open_len < 2 and lex["what_word"].word_hit(ws[0]) \
            and (lex["fact_end"].word_hit(ws[-1]) or lex["fact_any"].matches(ws)):
        return "closed", ws  # "What does it cost?", "Vad är datumet?": one fact; "What about the budget?" is open
    if open_len:
        return "open", ws
    subject_follows = len(ws) > 1 and lex["subject"].word_hit(ws[1])
    if ws[0] in lex["verb_first"].exact and (subject_follows or marked):
        return "closed", ws
    if lang == "sv" and subject_follows and ws[0].endswith("r") and len(ws[0]) > 3 \
            and not lex["not_verbs"].word_hit(ws[0]):
        return "closed", ws  # any present-tense verb can open a yes/no question: "Fungerar det?"
    if marked or lex["leading"].matches(ws) or _ends_with_tag(clause, lang):
        return "closed", ws  # "Ni har väl en budget" asks for a yes, with or without its question mark
    return "none", ws


Piece = tuple[str, list[str]]  # a clause's text and its words


def _split_at_joins(lang: str, part: str) -> list[Piece]:
    """Split one comma-free part at each join ("och", "or") that starts a second question."""
    ws = part.split(" ")
    if _CLAUSE_JOIN_SETS[lang].isdisjoint(ws):
        return [(part, words(part))]
    lex = _lexicons(lang)
    pieces: list[Piece] = []
    start = 0
    for i in range(1, len(ws)):
        if ws[i] in _CLAUSE_JOIN_SETS[lang]:
            tail = words(" ".join(ws[i + 1 : i + 4]))
            # "... och vad de behöver" is embedded (subject before verb); "... och vem ska läsa?" asks again.
            embedded = len(tail) > 1 and lex["subject"].word_hit(tail[1])
            if _starts_wh(tail, lex) and not embedded:
                piece = " ".join(ws[start:i])
                pieces.append((piece, words(piece)))
                start = i
    piece = " ".join(ws[start:])
    pieces.append((piece, words(piece)))
    return pieces


def _belongs_to_previous(lang: str, part: str, ws: list[str]) -> bool:
    """Whether a part after a comma continues the clause before it rather than asking again."""
    lex = _lexicons(lang)
    if ws and lex["leading_tag"].match_length(ws) == len(ws):
        return True  # a tag: "..., eller hur?"
    if ws and lex["parenthetical"].match_length(ws) == len(ws):
        return True  # the requester's view of the same question: "..., tror du?"
    if ws and ws[0] == _CLAUSE_JOINS[lang][1]:
        return True  # an alternative: "..., eller på webben?"
    if len(ws) > 1 and _starts_wh(ws, lex) and lex["subject"].word_hit(ws[1]):
        return True  # "..., när ni är ute hos brukarna?": a subordinate clause
    return clause_form(lang, part.rstrip("?! "), ws) == "none"


_DASHES = (" - ", " – ", " — ")


def _split_clauses(lang: str, sentence: str) -> list[Piece]:
    """Split 'vad vill ni, och vem ska läsa?' at a join that starts a second question."""
    if " -" in sentence or "–" in sentence or "—" in sentence:
        for dash in _DASHES:  # a dash between two questions joins them like a comma
            sentence = sentence.replace(dash, ", ")
    parts = sentence.split(",")
    if len(parts) == 1:  # the common case: no comma, and mostly no join either
        out = _split_at_joins(lang, sentence.strip())
        if len(out) == 1:
            return out if out[0][1] else []
    else:
        out = [piece for part in parts for piece in _split_at_joins(lang, part.strip())]
    # A comma alone does not make a new question unless the next part is one by its words.
    merged: list[Piece] = []
    for part, ws in out:
        if merged and _belongs_to_previous(lang, part, ws):
            before, before_ws = merged[-1]
            merged[-1] = (f"{before}, {part}", before_ws + ws)  # words never span ", "
        else:
            merged.append((part, ws))
    return [(m, ws) for m, ws in merged if ws]


def _is_lead_in(lang: str, ws: list[str]) -> bool:
    """Whether a clause before a comma is a subordinate clause that leads into the question after it.

    "Om det blir sent, ...", "When the schedule goes wrong, ...": subordinator, then subject, then
    verb. "När ska den vara klar, ...", "When do you need it, ..." put the verb first: a question.
    """
    lex = _lexicons(lang)
    rest, after_if = _strip_fillers(ws, lex)
    size = lex["subordinator"].match_length(rest)
    if not size or after_if == "closed" or len(rest) < size + 2:
        return False  # "Jag undrar om ..." embeds a question of its own
    if not _starts_wh(rest, lex):
        return True
    first, second = rest[size], rest[size + 1]
    if lex["subject"].word_hit(first):
        return True
    return not _is_verb(lang, first, lex) or (lang == "sv" and _is_verb(lang, second, lex)
                                              and first not in lex["verb_first"].exact)


def _is_verb(lang: str, word: str, lex: dict[str, Lexicon]) -> bool:
    """A finite verb that can open a question: an auxiliary, or in Swedish any present tense ("börjar")."""
    if word in lex["verb_first"].exact:
        return True
    return lang == "sv" and word.endswith("r") and len(word) > 3 and not lex["not_verbs"].word_hit(word)


def analyse(text: str, lang: str) -> Turn:
    """Split a turn into clauses and find each clause's form."""
    L.check_lang(lang)
    norm = normalise(text[:ANALYSED_CHARS])
    turn = Turn(lang=lang, text=text, clauses=[], _tokens=[])
    for sentence in sentences(norm):
        pieces = _split_clauses(lang, sentence)
        asked = sentence.endswith("?")
        last = len(pieces) - 1
        for j, (piece, ws) in enumerate(pieces):
            # The sentence's question mark belongs to its last clause and to every clause that is a
            # question by its words; a lead-in ("In the end, how ...?") does not become a question.
            form, stripped = _clause_form(lang, piece, ws) if j < last or not asked else ("", ws)
            if j < last and form != "none" and _is_lead_in(lang, ws):
                form = "none"  # "När schemat blir fel, vem får vänta?" asks once, with "vem"
            if asked and not piece.endswith("?") and (j == last or form != "none"):
                piece += "?"
                form, stripped = _clause_form(lang, piece, ws)
            elif not form:
                form, stripped = _clause_form(lang, piece, ws)
            turn.clauses.append((piece, ws))
            turn.tokens.extend(ws)
            turn.forms.append(form)
            turn.stripped.append(stripped)
    return turn


# --- The rules, in order. Each reads the turn and may add flags, topics and findings. ---

@cache
def _finding(lang: str, rule: str, key: str, points: int) -> Finding:
    """A finding whose reason says only its points: made once per language (findings are frozen)."""
    return Finding(rule, points, L.text(lang, key, points=points))


@lru_cache(maxsize=1024)
def _topic_finding(lang: str, topics: tuple[str, ...]) -> Finding:
    """The finding that names the topics a turn raises, in its language."""
    names = ", ".join(L.topic_names(lang)[t] for t in topics)
    return Finding("topic", POINTS["topic"], L.text(lang, "reason_topic", points=POINTS["topic"], topics=names))


def _add(turn: Turn, rule: str) -> None:
    """Record that ``rule`` fired, with its points and its reason in the learner's language."""
    turn.findings.append(_finding(turn.lang, rule, f"reason_{rule}", POINTS.get(rule, 0)))


def rule_form(turn: Turn) -> None:
    """Open if any question in the turn is open; closed if only closed ones; else none."""
    forms = set(turn.forms)
    turn.form = "open" if "open" in forms else "closed" if "closed" in forms else "none"
    key = {"open": "reason_open", "closed": "reason_closed", "none": "reason_none"}[turn.form]
    turn.findings.append(_finding(turn.lang, "form", key, POINTS.get(turn.form, 0)))


def rule_reflection(turn: Turn) -> None:
    """A summary or reflection of what the requester said counts in the learner's favour."""
    lex = _lexicons(turn.lang)
    at = turn.hits.get("reflection", -1)
    first = turn.clauses[0][1] if turn.clauses else []
    if at < 0 and _is_so_statement(first, lex):
        at = 0  # "Så det är rektorn som bestämmer?" / "So it's mainly older people ..."
    elif at < 0 and _is_so_subordinate_statement(turn, lex):
        at = 0  # "Så när schemat blir fel är det brukarna som får vänta": its "när" asks nothing
        turn.forms = ["none"] * len(turn.forms)
    opens_with_it = at == 0 or (at > 0 and lex["filler"].matches(turn.tokens[:at]))
    if at >= 0 and (turn.form != "open" or opens_with_it):
        # A turn that opens with a reflection ("So what matters is ...?") is one, even when a
        # wh-word in it looks like an open question; "What do you mean by ...?" is a question.
        # "Så det viktiga är ...?" is a reflection said with a rising voice, not a question.
        turn.reflection = True
        turn.form = "none"
        turn.findings[-1] = _finding(turn.lang, "reflection", "reason_reflection", POINTS["reflection"])


def _is_so_statement(ws: list[str], lex: dict[str, Lexicon]) -> bool:
    """'Så' or 'so' followed by a statement, not by a question: a reflection of what was said."""
    if not ws or not lex["filler_before_wh"].starts(ws):
        return False
    rest = ws[_match_length(lex["filler_before_wh"], ws):]
    if not rest or _starts_wh(rest, lex) or rest[0] in lex["verb_first"].exact:
        return False
    return len(rest) >= 3


def _is_so_subordinate_statement(turn: Turn, lex: dict[str, Lexicon]) -> bool:
    """'Så när X, är det Y' / 'So when X, it's Y': 'så' and a subordinate clause before a statement.

    A later clause that asks ("..., vem får vänta?", "..., do parents read it?") makes it a question;
    in Swedish a statement puts its verb first after the subordinate clause too, so there only the
    question mark tells a yes/no question ("..., läser föräldrarna den?") from the statement.
    """
    first = turn.clauses[0][1] if turn.clauses else []
    size = lex["filler_before_wh"].match_length(first)
    if not size or not lex["subordinator"].starts(first[size:]) or len(first) - size < 3:
        return False
    # What follows the subordinate clause: the rest of a first clause that a comma joined to it, then the others.
    later = [(*_clause_form(turn.lang, part, words(part)), part) for part in turn.clauses[0][0].split(", ")[1:]]
    later += zip(turn.forms[1:], turn.stripped[1:], [clause for clause, _ in turn.clauses[1:]], strict=True)
    for form, stripped, clause in later:
        if form == "open" or _starts_wh(stripped, lex):
            return False
        if form == "closed" and (turn.lang != "sv" or clause.endswith("?")):
            return False
    return True


def rule_not_a_question(turn: Turn) -> None:
    """A statement or an 'okej' is flagged so the requester can answer it as such."""
    if turn.form == "none" and not turn.reflection:
        turn.flags.append("not_a_question")


def rule_leading(turn: Turn) -> None:
    """Tags ('..., eller hur?') and particles ('väl', 'surely') assume the answer."""
    leading = _lexicons(turn.lang)["leading"]
    for (clause, ws), form in zip(turn.clauses, turn.forms, strict=True):
        if form == "none":
            continue
        if leading.matches(ws) or _ends_with_tag(clause, turn.lang):
            turn.flags.append("leading")
            _add(turn, "leading")
            return


@cache
def _tag_endings(lang: str) -> tuple[tuple[str, ...], tuple[tuple[int, dict[str, bool]], ...]]:
    """The leading tags, and the same by length in characters, each saying whether it is a phrase."""
    tags = _lexicons(lang)["leading_tag"]
    by_length: dict[int, dict[str, bool]] = {}
    for tag_words in [*([w] for w in tags.exact), *tags.raw_phrases]:
        tag = " ".join(tag_words)
        by_length.setdefault(len(tag), {})[tag] = len(tag_words) > 1
    return tuple(t for _, ts in by_length.items() for t in ts), tuple(sorted(by_length.items()))


def _ends_with_tag(clause: str, lang: str) -> bool:
    """Whether the clause ends in a tag: a phrase anywhere at the end, one word only after a comma."""
    body = clause.rstrip(" ?!.")
    any_tag, by_length = _tag_endings(lang)
    if not body.endswith(any_tag):
        return False
    size = len(body)
    for length, tags in by_length:
        if length > size:
            break
        is_phrase = tags.get(body[size - length:])
        if is_phrase is None:
            continue
        before = body[: size - length]
        if before and before[-1].isalnum():
            continue  # part of a longer word
        if is_phrase or before.rstrip().endswith(","):
            return True
    return False


def rule_solution(turn: Turn) -> None:
    """Proposing your own solution while exploring the order."""
    lex = _lexicons(turn.lang)
    if is_bare_permission(turn.tokens, lex, turn.hits.get("permission", -1)):
        return  # "Får jag föreslå något?" asks leave to guide; it proposes nothing yet
    if "solution" in turn.hits or _proposes_after_considered(turn.tokens, lex, turn.hits.get("considered", -1)):
        turn.flags.append("solution")
        _add(turn, "solution")


def is_bare_permission(tokens: list[str], lex: dict[str, Lexicon], i: int | None = None) -> bool:
    """'May I suggest something?': permission asked, with at most two words of what follows."""
    i = lex["permission"].first_hit(tokens) if i is None else i
    return i >= 0 and len(tokens) - i - lex["permission"].match_length(tokens[i:]) <= 2


def _proposes_after_considered(tokens: list[str], lex: dict[str, Lexicon], i: int) -> bool:
    """'Har du funderat på en film?' proposes; 'Har du funderat på vem som ska läsa?' explores."""
    if i < 0:
        return False
    rest = tokens[i + _match_length(lex["considered"], tokens[i:]):]
    return bool(rest) and not _starts_wh(rest, lex) and rest[0] not in lex["embedded_yes_no"].exact


def rule_stacked(turn: Turn) -> None:
    """Several questions in one turn: the requester can answer only one."""
    if len(turn.questions) > 1:
        turn.flags.append("stacked")
        _add(turn, "stacked")


def rule_topics(turn: Turn) -> None:
    """Which of the ten topics the turn raises, in order of first mention."""
    lex = _lexicons(turn.lang)
    tokens = turn.tokens
    hits = turn.hits
    names = L.topic_names(turn.lang)
    found = {topic: i for topic, i in hits.items() if topic in names}
    if "deadline" not in found:
        starts = lex["deadline_start"]
        for form, stripped in zip(turn.forms, turn.stripped, strict=True):
            if form != "none" and starts.starts(stripped):
                found["deadline"] = tokens.index(stripped[0]) if stripped[0] in tokens else 0
                break
    if "history" in found and "not_history" in hits:
        _drop_if_only_within(turn, found, "history", "not_history")  # "... som ni inte kan göra idag"
    if "history" not in found and "today" in hits and _how_it_is_done_today(turn, lex):
        found["history"] = hits["today"]  # "Hur hanterar ni ansökningarna idag?"
    deliverable = hits.get("deliverable", -1)
    if deliverable >= 0 and "format" not in found and (not found or "solution" in turn.flags):
        # Naming the deliverable ("broschyren") is about its form only when nothing else is
        # asked, or when the learner proposes another one.
        found["format"] = deliverable
    elif deliverable >= 0 and "format" in found and len(found) > 1 and "solution" not in turn.flags:
        # The app or tablet being ordered ("Vilka ska använda skolappen?") is not its format.
        scan = _scan_lexicons(turn.lang, turn.extra).lexicons
        if not scan["format"].matches([w for w in tokens if not scan["deliverable"].word_hit(w)]):
            del found["format"]
    if "solution" in turn.flags and lex["why_not"].starts(tokens):
        found.pop("purpose", None)  # "Varför inte en film?" asks no why
    turn.topics = [t for _, t in sorted([(i, t) for t, i in found.items()])]
    if turn.topics and turn.form != "none":
        turn.findings.append(_topic_finding(turn.lang, tuple(turn.topics)))


def _drop_if_only_within(turn: Turn, found: dict[str, int], topic: str, context: str) -> None:
    """Drop ``topic`` when its words occur only inside a phrase of ``context`` ("can't do today")."""
    scan = _scan_lexicons(turn.lang, turn.extra).lexicons
    at = turn.hits[context]
    end = at + scan[context].match_length(turn.tokens[at:])
    if not scan[topic].matches([*turn.tokens[:at], "", *turn.tokens[end:]]):
        del found[topic]


def _how_it_is_done_today(turn: Turn, lex: dict[str, Lexicon]) -> bool:
    """A clause with 'hur'/'how', then a verb of doing, then 'idag'/'today': how it is done now."""
    today, how, doing = lex["today"], lex["how_word"], lex["doing"]
    for _, ws in turn.clauses:
        at = today.first_hit(ws)
        if at > 1:
            h = how.first_hit(ws[:at])
            if h >= 0 and doing.first_hit(ws[h + 1 : at]) >= 0:
                return True
    return False


def rule_suggest(turn: Turn) -> None:
    """Closed and leading questions get a concrete open rewrite."""
    if turn.form == "closed" or "leading" in turn.flags:
        turn.findings.append(_suggestion(turn.lang, turn.topics[0] if turn.topics else None))


@cache
def _suggestion(lang: str, topic: str | None) -> Finding:
    """The open rewrite suggested for a closed question about ``topic``."""
    return Finding("suggest", 0, L.text(lang, "suggest_open", example=L.open_rewrite(lang, topic)))


# Order matters: form first (others read it), reflection may replace the form finding,
# topics before the suggestion (the rewrite is chosen by topic).
RULES: tuple[Callable[[Turn], None], ...] = (
    rule_form,
    rule_reflection,
    rule_not_a_question,
    rule_leading,
    rule_solution,
    rule_stacked,
    rule_topics,
    rule_suggest,
)


def score_question(
    text: str, lang: str, topic_keywords: dict[str, Sequence[str]] | None = None
) -> QuestionScore:
    """Score one learner turn; ``topic_keywords`` adds a scenario's own words per topic."""
    turn = analyse(text, lang)
    turn.extra = _frozen(topic_keywords) if topic_keywords else ()
    for rule in RULES:
        rule(turn)
    findings = tuple(turn.findings)
    return QuestionScore(
        text=text,
        form=turn.form,
        flags=tuple(dict.fromkeys(turn.flags)),
        topics=tuple(turn.topics),
        points=sum([f.points for f in findings]),
        feedback=tuple([f.reason for f in findings]),
        findings=findings,
        reflection=turn.reflection,
    )
