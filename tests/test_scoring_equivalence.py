"""The clause rules' fast paths give the answers of the plain ones.

Two guards: tricky turns with the form, flags and reflection that the rules gave before they were
made faster, and the word-list matcher against a direct reading of each entry.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderlab import lang as L
from orderlab.questions import score_question
from orderlab.text import Lexicon, LexiconSet, normalise, words
from orderlab.understanding import lang as W
from orderlab.understanding.clauses import TURN_LISTS, parse

# (lang, text, form, flags, reflection): what the clause rules gave before they were made faster and
# before they moved into orderlab.understanding.clauses. Topics are learned now (test_understanding.py).
TRICKY = [
    ('sv', 'Vad vill ni uppnå, och vem ska läsa den?', 'open', ['stacked'], False),
    ('sv', 'Vad vill ni uppnå och vad de behöver?', 'open', [], False),
    ('sv', 'Ni har väl en budget, eller hur?', 'closed', ['leading'], False),
    ('sv', 'Ni har en budget, va?', 'closed', ['leading'], False),
    ('sv', 'Vill ni ha den tryckt, eller på webben?', 'closed', [], False),
    ('sv', 'Vad gör ni, när ni är ute hos brukarna?', 'open', [], False),
    ('sv', 'Okej, så vad vill ni att broschyren ska leda till?', 'open', [], False),
    ('sv', 'Så det viktiga är att föräldrarna känner sig trygga?', 'none', [], True),
    ('sv', 'Så det är rektorn som bestämmer', 'none', [], True),
    ('sv', 'Får jag föreslå något?', 'closed', [], False),
    ('sv', 'Får jag föreslå att vi gör en film i stället för en broschyr?', 'closed', ['solution'], False),
    ('sv', 'Har du funderat på en film?', 'closed', ['solution'], False),
    ('sv', 'Har du funderat på vem som ska läsa den?', 'closed', [], False),
    ('sv', 'Varför inte en film?', 'closed', ['solution'], False),
    ('sv', 'När ska den vara klar?', 'closed', [], False),
    ('sv', 'Och när behöver ni den?', 'closed', [], False),
    ('sv', 'Vad kostar licensen per år?', 'closed', [], False),
    ('sv', 'Vad är datumet?', 'closed', [], False),
    ('sv', 'Fungerar det bra idag?', 'closed', [], False),
    ('sv', 'Utöver er, vilka fler berörs?', 'closed', [], False),
    ('sv', 'Jag undrar om ni har en budget', 'closed', [], False),
    ('sv', 'Broschyren.', 'none', ['not_a_question'], False),
    ('sv', 'okej tack', 'none', ['not_a_question'], False),
    ('sv', 'Vad vill ni uppnå? Vem ska läsa den? När ska den vara klar?', 'open', ['stacked'], False),
    ('sv', 'Berätta om målgruppen; vilka är de och vad behöver de veta', 'open', ['stacked'], False),
    ('sv', 'Hur mycket får det kosta, och vilka ska godkänna den?', 'closed', ['stacked'], False),
    ('sv', 'I slutändan, hur påverkar det eleverna?', 'open', [], False),
    ('sv', 'vad vill ni uppnå me broschyren', 'open', [], False),
    ('sv', 'Kan vi inte göra en app istället?', 'closed', ['leading', 'solution'], False),
    ('sv', 'Om jag förstår dig rätt vill ni nå fler föräldrar, vad är viktigast?', 'none', [], True),
    ('sv', 'Ska vi inte köra en film, eller?', 'closed', ['leading', 'solution'], False),
    ('sv', '', 'none', ['not_a_question'], False),
    ('sv', '😀?', 'none', ['not_a_question'], False),
    ('en', 'What do you want to achieve, and who will read it?', 'open', ['stacked'], False),
    ('en', 'What do you want to achieve and what they need?', 'open', [], False),
    ('en', 'You have a budget, right?', 'closed', ['leading'], False),
    ('en', "It should be printed, isn't it?", 'closed', ['leading'], False),
    ('en', 'Do you want it printed, or on the web?', 'closed', [], False),
    ('en', 'What do you do, when you are out with the clients?', 'open', [], False),
    ('en', 'Okay, so what should the brochure lead to?', 'open', [], False),
    ('en', 'So what matters is that parents feel safe?', 'none', [], True),
    ('en', "So it's the head teacher who decides", 'none', [], True),
    ('en', 'May I suggest something?', 'closed', [], False),
    ('en', 'May I suggest we make a film instead of a brochure?', 'closed', ['solution'], False),
    ('en', 'Have you considered a film?', 'closed', ['solution'], False),
    ('en', 'Have you considered who will read it?', 'closed', [], False),
    ('en', 'Why not a film?', 'closed', ['solution'], False),
    ('en', 'When does it need to be ready?', 'closed', [], False),
    ('en', 'And when do you need it?', 'closed', [], False),
    ('en', 'What does the licence cost per year?', 'closed', [], False),
    ('en', 'What is the date?', 'closed', [], False),
    ('en', 'Does it work well today?', 'closed', [], False),
    ('en', 'I wonder if you have a budget', 'closed', [], False),
    ('en', 'The brochure.', 'none', ['not_a_question'], False),
    ('en', 'ok thanks', 'none', ['not_a_question'], False),
    ('en', 'What do you want to achieve? Who will read it? When is it due?', 'open', ['stacked'], False),
    ('en', 'Tell me about the audience; who are they and what do they need to know', 'open', ['stacked'], False),
    ('en', 'How much may it cost, and who has to approve it?', 'closed', ['stacked'], False),
    ('en', 'In the end, how does it affect the pupils?', 'open', [], False),
    ('en', 'Surely a video would be better?', 'closed', ['leading', 'solution'], False),
    ('en', "Wouldn't it be better to make an app?", 'closed', ['leading', 'solution'], False),
    ('en', 'If I understand you right you want to reach more parents, what matters most?', 'none', [], True),
    ('en', '', 'none', ['not_a_question'], False),
]


@pytest.mark.parametrize(("lang", "text", "form", "flags", "reflection"), TRICKY)
def test_tricky_turns_keep_their_form_and_flags(lang, text, form, flags, reflection):
    """Clause splits, tags, fillers, reflections and proposals get the form and flags they always got."""
    turn = parse(text, lang)
    assert (turn.form, list(dict.fromkeys(turn.flags)), turn.reflection) == (form, flags, reflection)


def test_points_are_the_sum_of_the_findings():
    """Every point a turn earns comes from a finding that says why."""
    for lang, text, *_ in TRICKY:
        score = score_question(text, lang)
        assert score.points == sum(f.points for f in score.findings)


# --- The matcher against a direct reading of each entry ---


def _entry_length_at(entry: str, tokens: list[str], i: int) -> int:
    """Length in words of ``entry`` matched at ``tokens[i]``, or 0: read straight from its syntax."""
    entry = normalise(entry)
    if " " not in entry:
        word = tokens[i]
        if entry.startswith("*") and entry.endswith("*"):
            return int(entry[1:-1] in word)
        if entry.startswith("*"):
            return int(word.endswith(entry[1:]))
        if entry.endswith("*"):
            return int(word.startswith(entry[:-1]))
        return int(word == entry)
    parts = entry.split(" ")
    if i + len(parts) > len(tokens):
        return 0
    for part, word in zip(parts, tokens[i:], strict=False):
        if not any(word.startswith(a[:-1]) if a.endswith("*") else word == a for a in part.split("|")):
            return 0
    return len(parts)


def _reference_first_hits(lists: dict[str, list[str]], tokens: list[str]) -> dict[str, int]:
    found = {}
    for label, entries in lists.items():
        at = [i for i in range(len(tokens)) if any(_entry_length_at(e, tokens, i) for e in entries)]
        if at:
            found[label] = at[0]
    return found


_WORDS = ["a", "ab", "abc", "b", "ba", "bab", "c"]
_entry_word = st.sampled_from(_WORDS).flatmap(
    lambda w: st.sampled_from([w, w + "*", "*" + w, "*" + w + "*"]))
_phrase_word = st.lists(st.sampled_from([*_WORDS, *(w + "*" for w in _WORDS)]), min_size=1, max_size=2).map("|".join)


def _loads(entry: str) -> bool:
    """Whether the entry passes Lexicon's load-time checks (it refuses 'b|bab ab', read as 'idag|i dag')."""
    try:
        Lexicon([entry])
    except ValueError:
        return False
    return True


_entry = st.one_of(_entry_word, st.lists(_phrase_word, min_size=2, max_size=4).map(" ".join).filter(_loads))
_lists = st.dictionaries(st.sampled_from(["x", "y", "z"]), st.lists(_entry, min_size=1, max_size=6), min_size=1)
_tokens = st.lists(st.sampled_from([*_WORDS, "abab", "cab", "d"]), max_size=12)
PROPERTY = settings(max_examples=300, deadline=None, database=None)


@PROPERTY
@given(lists=_lists, tokens=_tokens)
def test_lexicon_set_finds_what_each_entry_says(lists, tokens):
    """Each label's first hit is the first word where one of its entries matches, phrases included."""
    lexicons = LexiconSet(lists)
    assert lexicons.first_hits(tokens) == _reference_first_hits(lists, tokens)
    assert lexicons.first_hits(tokens) == _reference_first_hits(lists, tokens)  # again, from the remembered words


@PROPERTY
@given(lists=_lists, tokens=_tokens)
def test_lexicon_finds_what_each_entry_says(lists, tokens):
    """first_hit and match_length agree with the entries read one by one."""
    entries = [e for es in lists.values() for e in es]
    lex = Lexicon(entries)
    expected_first = _reference_first_hits({"all": entries}, tokens).get("all", -1)
    expected_length = max((_entry_length_at(e, tokens, 0) for e in entries), default=0) if tokens else 0
    for _ in range(2):
        assert lex.first_hit(tokens) == expected_first
        assert lex.match_length(tokens) == expected_length


@pytest.mark.parametrize("lang", L.languages())
def test_real_word_lists_match_as_their_entries_say(lang):
    """The turn's word lists and topics, scanned in one pass, agree with the entries read one by one."""
    lists = {name: W.words(lang)[name] for name in TURN_LISTS} | W.topic_words(lang)
    lexicons = LexiconSet(lists)
    for text in _SAMPLES[lang]:
        tokens = words(normalise(text))
        assert lexicons.first_hits(tokens) == _reference_first_hits(lists, tokens), text


_SAMPLES = {lang: [row[1] for row in TRICKY if row[0] == lang] for lang in L.languages()}


# --- Normalising and splitting into words, against the regular expressions they stand in for ---

def test_normalise_folds_every_white_space_the_regex_knows():
    """normalise folds exactly what ``\\s+`` matches, so its split-and-join is the old substitution."""
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))]
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()] == spaces
    text = f"{''.join(spaces)}Vad{spaces[3]}vill ni\u00a0\u2003uppnå?{''.join(reversed(spaces))}"
    assert normalise(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower()


_WORD = r"[^\W_]+(?:['’-][^\W_]+)*"


@PROPERTY
@given(text=st.text(st.sampled_from([*"ab åÄ1_-'’,.?", "\u00a0", "\t", "\u2028", "\u0301"]), max_size=40))
def test_words_are_the_regex_words(text):
    """words, which remembers each chunk's words, finds what one regular expression pass finds."""
    assert words(text) == re.findall(_WORD, text)
    assert words(text) == re.findall(_WORD, text)  # again, from the remembered chunks
    long = f"{text}-{text}" * 40  # past the length where words are found in one pass
    assert words(long) == re.findall(_WORD, long)
