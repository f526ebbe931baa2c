"""The rules that read a turn's clauses: its form (MITI/MISC) and its flags.

Form follows the MITI/MISC definitions: an *open* question invites elaboration, a *closed*
one can be answered yes/no, by a choice, or with one fact; a wh-word alone decides
nothing ("När ska den vara klar?" is closed). Crisp definitions stay rules: an ordered tuple
of small functions (``RULES``) reads the clauses and sets the form, the reflection and the
flags. Topics and the dialogue act are learned (``model.py``); these rules' word lists are
among their features.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .. import lang as L
from ..text import Lexicon, LexiconSet, normalise, sentences, words
from . import lang as W

# Scoring a paste of a whole document is pointless and slow; the first part decides.
ANALYSED_CHARS = 4000
_CLAUSE_JOINS = {"sv": ("och", "eller", "samt"), "en": ("and", "or")}  # [1] is the "or"
_CLAUSE_JOIN_SETS = {lang: frozenset(joins) for lang, joins in _CLAUSE_JOINS.items()}


@dataclass(slots=True)
class Turn:
    """A turn split into clauses; the rules read it and set its form, reflection and flags."""

    lang: str
    text: str
    clauses: list[tuple[str, list[str]]]  # (normalised clause text, its words)
    forms: list[str] = field(default_factory=list)  # form of each clause
    stripped: list[list[str]] = field(default_factory=list)  # each clause's words after its fillers
    why: list[str] = field(default_factory=list)  # which rule decided each clause's form
    form: str = "none"
    flags: list[str] = field(default_factory=list)
    reflection: bool = False
    permission: bool = False  # asks leave to propose, and proposes nothing yet
    tokens: list[str] = field(default_factory=list)  # every clause's words, in order (``split`` fills it)
    # Where each turn-level word list (reflection, solution, ...) and each topic first matches (``split`` fills it).
    hits: dict[str, int] = field(default_factory=dict)

    @property
    def questions(self) -> list[list[str]]:
        return [ws for (_, ws), f in zip(self.clauses, self.forms, strict=True) if f != "none"]


# Both lists that can open a clause before what it asks ("och", "jag undrar"; "så"), as one list: one
# look-up tells that a clause opens with neither, as most do (``_strip_fillers``).
_OPENERS = "filler or filler_before_wh"


@cache
def _lexicons(lang: str) -> dict[str, Lexicon]:
    lists = W.words(lang)
    lexicons = {name: Lexicon(entries) for name, entries in lists.items()}
    lexicons[_OPENERS] = Lexicon([*lists["filler"], *lists["filler_before_wh"]])
    return lexicons


# Word lists looked for in every turn, in one pass: the rules read some; all are features of the model.
TURN_LISTS = ("reflection", "solution", "considered", "deliverable", "permission", "today", "not_history",
              "why_start", "acknowledgement", "why_not", "leading")


@cache
def scan_lexicons(lang: str) -> LexiconSet:
    """The turn-level word lists and the topics' word lists, found in one pass."""
    lists = {name: W.words(lang)[name] for name in TURN_LISTS}
    topics = {f"topic:{topic}": entries for topic, entries in W.topic_words(lang).items()}
    return LexiconSet({**lists, **topics})


def _strip_fillers(ws: list[str], lex: dict[str, Lexicon]) -> tuple[list[str], str]:
    """Drop leading fillers ("och", "jag undrar"); say what an "om"/"if" after them makes the clause.

    After a verb of asking ("jag undrar om", "I wonder if") it embeds a yes/no question: "closed".
    After "och", "and" alone it asks what happens if ("Och om det inte blir klart?"): "open".
    Otherwise "".
    """
    if not ws or not lex[_OPENERS].may_start(ws[0]):
        return ws, ""  # the common case: no filler, nor "så"/"so", opens the clause
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
            after = rest[size:]
            if not size or not _starts_wh(after[filler.match_length(after):], lex):
                break  # "Så, vad ...?" and "Så egentligen, vad ...?" drop "så"; "Så det viktiga är ..." keeps it
        i += size
        rest = ws[i:]
    if not i or not lex["embedded_yes_no"].starts(rest):
        return rest, ""
    return rest, "closed" if embeds else "open"


@cache
def _wh_endings(lang: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The last words of ``wh_end``'s entries, and its endings by length in words: one, two, three words."""
    entries = [tuple(e.split()) for e in W.words(lang).get("wh_end", ())]
    return frozenset(e[-1] for e in entries), tuple(frozenset(e for e in entries if len(e) == n) for n in (1, 2, 3))


def _ends_with_wh(ws: list[str], lang: str) -> bool:
    """Whether a clause ends in a question word that asks for more: "hur", "hur då", "than what"."""
    last_words, by_length = _wh_endings(lang)
    if not ws or ws[-1] not in last_words:
        return False  # the common case, told by one look-up
    return any(tuple(ws[-n:]) in ends for n, ends in enumerate(by_length, 1) if ends and len(ws) >= n)


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
    form, ws, _ = _clause_form_why(lang, clause, ws)
    return form, ws


def _clause_form_why(lang: str, clause: str, ws: list[str], leading: bool = True) -> tuple[str, list[str], str]:
    """Form of one clause, its words after the leading fillers, and which rule decided (a model feature).

    ``leading``: False when the turn the clause is part of hits no word of the ``leading`` list.
    """
    lex = _lexicons(lang)
    marked = clause.rstrip().endswith("?")
    if marked and lex["go_on"].covers(ws):
        return "open", ws, "go_on"  # "Och sen?", "And?": asks her to go on, though every word is a filler
    ws, after_if = _strip_fillers(ws, lex)
    if not ws:
        return "none", ws, "empty"
    if after_if:
        return after_if, ws, f"if_{after_if}"  # "Jag undrar om ..." closed, "Och om ...?" open
    # The longest opening decides: "vilken" is closed but "vilken sorts" open; "hur" open but "hur många" closed.
    closed_len = lex["closed_start"].match_length(ws)
    open_len = lex["open_start"].match_length(ws)
    if closed_len and closed_len >= open_len:
        return "closed", ws, "closed_start"
    if open_len < 2 and lex["what_word"].word_hit(ws[0]) \
            and (lex["fact_end"].word_hit(ws[-1]) or lex["fact_any"].matches(ws)):
        return "closed", ws, "one_fact"  # "What does it cost?", "Vad är datumet?"; "What about the budget?" is open
    if open_len:
        return "open", ws, "open_start"
    if len(ws) > 1 and _ends_with_wh(ws, lang) and not lex["subject"].word_hit(ws[0].split("'")[0]):
        # "drabbas hur?", "didn't work how" ask for more on what was just said; "That's why", "jag vet inte
        # hur" say something, with a subject first
        return "open", ws, "wh_end"
    # A Swedish noun in its definite form ("menyn", "föreningarna") after a verb is its subject: a question.
    definite = lex.get("definite_end")
    subject_follows = len(ws) > 1 and (lex["subject"].word_hit(ws[1])
                                       or (definite is not None and len(ws[1]) > 4 and definite.word_hit(ws[1])))
    if ws[0] in lex["verb_first"].exact and (subject_follows or marked):
        return "closed", ws, "verb_first"  # "ska skyddsombudet va med?": a Swedish statement never puts its verb first
    if lang == "sv" and subject_follows and ws[0].endswith(("r", "de", "te")) and len(ws[0]) > 3 \
            and not lex["not_verbs"].word_hit(ws[0]):
        return "closed", ws, "verb_first"  # any present or past verb can open a yes/no question: "Fungerar det?"
    if marked or (leading and lex["leading"].matches(ws)) or _ends_with_tag(clause, lang):
        return "closed", ws, "marked"  # "Ni har väl en budget" asks for a yes, with or without its question mark
    return "none", ws, "statement"


Piece = tuple[str, list[str]]  # a clause's text and its words


def _split_at_joins(lang: str, part: str) -> list[Piece]:
    """Split one comma-free part at each join ("och", "or") that starts a second question."""
    ws = part.split(" ")
    if _CLAUSE_JOIN_SETS[lang].isdisjoint(ws):
        return [(part, words(part, ws))]
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
    if not start:  # no join started a question: the part is one piece, and its words are known
        return [(part, words(part, ws))]
    piece = " ".join(ws[start:])
    pieces.append((piece, words(piece)))
    return pieces


def _belongs_to_previous(lang: str, part: str, ws: list[str]) -> bool:
    """Whether a part after a comma continues the clause before it rather than asking again."""
    lex = _lexicons(lang)
    if lex["leading_tag"].covers(ws):
        return True  # a tag: "..., eller hur?"
    if lex["parenthetical"].covers(ws):
        return True  # the requester's view of the same question: "..., tror du?"
    if ws and ws[0] == _CLAUSE_JOINS[lang][1]:
        return True  # an alternative: "..., eller på webben?"
    if len(ws) > 1 and _starts_wh(ws, lex) and lex["subject"].word_hit(ws[1]):
        return True  # "..., när ni är ute hos brukarna?": a subordinate clause
    return _clause_form_why(lang, part.rstrip("?! "), ws)[0] == "none"  # clause_form, two calls shorter


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


def split(text: str, lang: str) -> Turn:
    """Split a turn into clauses and find each clause's form."""
    L.check_lang(lang)
    return _split(text, lang)


@cache
def _spoken(lang: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str] | None] | None:
    """The spoken and texting forms of ``lang`` (``spoken``: "e=är", "u=you"), a pattern that finds them as
    whole words (not inside "e-post" or "u-turn"), and a memory of what it makes of each chunk of text between
    spaces (None when a form spans a space, so that chunks cannot be rewritten one by one)."""
    pairs = dict(entry.split("=", 1) for entry in W.words(lang).get("spoken", ()))
    if not pairs:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True))
    chunks: dict[str, str] | None = None if any(" " in w for w in pairs) else {}
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-])"), pairs, chunks


_CHUNKS_LIMIT = 20_000  # chunks of text remembered by ``written``, per language


def written(norm: str, lang: str) -> str:
    """Normalised text with its spoken and texting forms as written words: "hur stor ska den va o när" ->
    "hur stor ska den va och när", "when u need it" -> "when you need it"."""
    spoken = _spoken(lang)
    if spoken is None:
        return norm
    pattern, pairs, seen = spoken
    if seen is None:
        return pattern.sub(lambda m: pairs[m.group(0)], norm)
    # A form is a whole word, so it never spans the single spaces of normalised text: each chunk between
    # them is rewritten alone, and what a chunk becomes is remembered ("" when it stays as it is). Most
    # turns have no form to rewrite, and then the text is returned as it came, without a search.
    chunks = norm.split(" ")
    found = list(map(seen.get, chunks))
    if None in found:
        if len(seen) >= _CHUNKS_LIMIT:
            seen.clear()
        for k, chunk in enumerate(chunks):
            if found[k] is None:
                new = pattern.sub(lambda m: pairs[m.group(0)], chunk)
                found[k] = seen[chunk] = "" if new == chunk else new
    if not any(found):
        return norm
    return " ".join([new or chunk for new, chunk in zip(found, chunks, strict=True)])


def _split(text: str, lang: str) -> Turn:
    """``split`` of a language already checked."""
    norm = written(normalise(text[:ANALYSED_CHARS]), lang)
    found = sentences(norm)
    if len(found) == 1:
        sentence = found[0]
        pieces = _split_clauses(lang, sentence)
        if len(pieces) == 1:  # the common case: one sentence of one clause, read without the loops below
            piece, ws = pieces[0]
            tokens = ws.copy()
            hits = scan_lexicons(lang).first_hits(tokens)
            if sentence.endswith("?") and not piece.endswith("?"):
                piece += "?"  # the sentence's question mark belongs to its last clause
            form, stripped, why = _clause_form_why(lang, piece, ws, "leading" in hits)
            return Turn(lang, text, [(piece, ws)], [form], [stripped], [why], "none", [], False, False, tokens, hits)
        split_sentences = [(sentence, pieces)]
    else:
        split_sentences = [(sentence, _split_clauses(lang, sentence)) for sentence in found]
    tokens = [w for _, pieces in split_sentences for _, ws in pieces for w in ws]
    # The word lists are found first: a clause's words are some of the turn's, so a list the turn does
    # not hit is not looked for again in each clause (``_clause_form_why``).
    hits = scan_lexicons(lang).first_hits(tokens)
    clauses: list[tuple[str, list[str]]] = []
    forms: list[str] = []
    stripped_words: list[list[str]] = []
    whys: list[str] = []
    leading = "leading" in hits
    for sentence, pieces in split_sentences:
        asked = sentence.endswith("?")
        last = len(pieces) - 1
        for j, (piece, ws) in enumerate(pieces):
            # The sentence's question mark belongs to its last clause and to every clause that is a
            # question by its words; a lead-in ("In the end, how ...?") does not become a question.
            if j == last and asked:
                if not piece.endswith("?"):
                    piece += "?"
                form, stripped, why = _clause_form_why(lang, piece, ws, leading)
            else:
                form, stripped, why = _clause_form_why(lang, piece, ws, leading)
                if j < last and form != "none" and _is_lead_in(lang, ws):
                    form, why = "none", "lead_in"  # "När schemat blir fel, vem får vänta?" asks once, with "vem"
                elif asked and form != "none" and not piece.endswith("?"):
                    piece += "?"
                    form, stripped, why = _clause_form_why(lang, piece, ws, leading)
            clauses.append((piece, ws))
            forms.append(form)
            stripped_words.append(stripped)
            whys.append(why)
    # Every field given: the dataclass's default factories would make lists only to be replaced.
    return Turn(lang, text, clauses, forms, stripped_words, whys, "none", [], False, False, tokens, hits)


# --- The rules, in order. Each reads the turn and may set its form and flags. ---

def rule_form(turn: Turn) -> None:
    """Open if any question in the turn is open; closed if only closed ones; else none."""
    forms = turn.forms  # a clause or two: a list is searched faster than a set is made
    turn.form = "open" if "open" in forms else "closed" if "closed" in forms else "none"


def rule_reflection(turn: Turn) -> None:
    """A summary or reflection of what the requester said counts in the learner's favour."""
    lex = _lexicons(turn.lang)
    at = turn.hits.get("reflection", -1)
    first = turn.clauses[0][1] if turn.clauses else []
    so = at < 0 and lex["filler_before_wh"].match_length(first) > 0  # both readings below open with "så"/"so"
    if so and _is_so_statement(first, lex):
        at = 0  # "Så det är rektorn som bestämmer?" / "So it's mainly older people ..."
    elif so and _is_so_subordinate_statement(turn, lex):
        at = 0  # "Så när schemat blir fel är det brukarna som får vänta": its "när" asks nothing
        turn.forms = ["none"] * len(turn.forms)
    opens_with_it = at == 0 or (at > 0 and lex["filler"].matches(turn.tokens[:at]))
    if at >= 0 and (turn.form != "open" or opens_with_it):
        # A turn that opens with a reflection ("So what matters is ...?") is one, even when a
        # wh-word in it looks like an open question; "What do you mean by ...?" is a question.
        # "Så det viktiga är ...?" is a reflection said with a rising voice, not a question.
        turn.reflection = True
        turn.form = "none"


def _is_so_statement(ws: list[str], lex: dict[str, Lexicon]) -> bool:
    """'Så' or 'so' followed by a statement, not by a question: a reflection of what was said."""
    if not ws or not lex["filler_before_wh"].starts(ws):
        return False
    rest = ws[_match_length(lex["filler_before_wh"], ws):]
    rest = rest[_match_length(lex["filler"], rest):]  # "so basically what ...?" asks; it reflects nothing
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
    if first[size + lex["subordinator"].match_length(first[size:])] in lex["verb_first"].exact:
        return False  # "so when does it need to be ready": a verb right after "when" asks (a clause has a subject)
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
    anywhere = "leading" in turn.hits  # a clause's words are some of the turn's: none match if these do not
    for (clause, ws), form in zip(turn.clauses, turn.forms, strict=True):
        if form == "none":
            continue
        if (anywhere and leading.matches(ws)) or _ends_with_tag(clause, turn.lang):
            turn.flags.append("leading")
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
    hits, lex = turn.hits, _lexicons(turn.lang)
    if "permission" in hits and is_bare_permission(turn.tokens, lex, hits["permission"]):
        turn.permission = True
        return  # "Får jag föreslå något?" asks leave to guide; it proposes nothing yet
    if ("solution" in hits and not _asks_why_not(turn, lex)) or (
            "considered" in hits and _proposes_after_considered(turn.tokens, lex, hits["considered"])):
        turn.flags.append("solution")


def _asks_why_not(turn: Turn, lex: dict[str, Lexicon]) -> bool:
    """'Nobody? Why not?', 'nothing changed - why not, do you think': a bare "why not" asks for the reason.

    "Why not a video?" proposes the video: something follows the "why not" besides "do you think".
    True only when the turn's first solution words are such a "why not" that ends the turn.
    """
    at = turn.hits["solution"]
    tokens = turn.tokens
    if turn.hits.get("why_not", -1) != at:
        return False
    rest = tokens[at + lex["why_not"].match_length(tokens[at:]):]
    rest = rest[lex["parenthetical"].match_length(rest):]
    return not rest or (len(rest) == 1 and lex["filler"].word_hit(rest[0]))


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
    forms = turn.forms
    if len(forms) - forms.count("none") > 1:  # len(turn.questions), without making the list
        turn.flags.append("stacked")


# Order matters: form first (the others read it), and the reflection may change the form.
RULES: tuple[Callable[[Turn], None], ...] = (
    rule_form,
    rule_reflection,
    rule_not_a_question,
    rule_leading,
    rule_solution,
    rule_stacked,
)


def parse(text: str, lang: str) -> Turn:
    """The turn's clauses, form, reflection and flags."""
    L.check_lang(lang)
    return parse_checked(text, lang)


def parse_checked(text: str, lang: str) -> Turn:
    """``parse`` of a language the caller has checked already (``analyse`` does, for every turn)."""
    turn = _split(text, lang)
    for rule in RULES:
        rule(turn)
    return turn
