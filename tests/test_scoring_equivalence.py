"""The scorer's fast paths give the answers of the plain ones.

Two guards: tricky turns with the form, flags, topics, points and reflection that the scorer
gave before it was made faster, and the word-list matcher against a direct reading of each entry.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderlab import lang as L
from orderlab.questions import TURN_LISTS, score_question
from orderlab.scenario import get as get_scenario
from orderlab.text import Lexicon, LexiconSet, normalise, words

# (lang, text, with the school-brochure scenario's own topic words, form, flags, topics, points, reflection)
TRICKY = [
    ("sv", "Vad vill ni uppnå, och vem ska läsa den?", False, "open", ["stacked"], ["purpose", "audience"], 2, False),
    ("sv", "Vad vill ni uppnå och vad de behöver?", False, "open", [], ["purpose"], 3, False),
    ("sv", "Ni har väl en budget, eller hur?", False, "closed", ["leading"], ["budget"], 1, False),
    ("sv", "Ni har en budget, va?", False, "closed", ["leading"], ["budget"], 1, False),
    ("sv", "Vill ni ha den tryckt, eller på webben?", False, "closed", [], ["format"], 2, False),
    ("sv", "Vad gör ni, när ni är ute hos brukarna?", False, "open", [], ["end_customer"], 3, False),
    ("sv", "Okej, så vad vill ni att broschyren ska leda till?", False, "open", [], ["purpose"], 3, False),
    ("sv", "Så det viktiga är att föräldrarna känner sig trygga?", False, "none", [], ["purpose"], 1, True),
    ("sv", "Så det viktiga är att föräldrarna känner sig trygga?", True,
     "none", [], ["purpose", "audience"], 1, True),
    ("sv", "Så det är rektorn som bestämmer", False, "none", [], [], 1, True),
    ("sv", "Får jag föreslå något?", False, "closed", [], [], 1, False),
    ("sv", "Får jag föreslå att vi gör en film i stället för en broschyr?", False,
     "closed", ["solution"], ["format"], 0, False),
    ("sv", "Har du funderat på en film?", False, "closed", ["solution"], ["format"], 0, False),
    ("sv", "Har du funderat på vem som ska läsa den?", False, "closed", [], ["audience"], 2, False),
    ("sv", "Varför inte en film?", False, "closed", ["solution"], ["format"], 0, False),
    ("sv", "När ska den vara klar?", False, "closed", [], ["deadline"], 2, False),
    ("sv", "Och när behöver ni den?", False, "closed", [], ["deadline"], 2, False),
    ("sv", "Vad kostar licensen per år?", False, "closed", [], ["budget"], 2, False),
    ("sv", "Vad är datumet?", False, "closed", [], ["deadline"], 2, False),
    ("sv", "Fungerar det bra idag?", False, "closed", [], [], 1, False),
    ("sv", "Utöver er, vilka fler berörs?", False, "closed", [], ["stakeholders"], 2, False),
    ("sv", "Jag undrar om ni har en budget", False, "closed", [], ["budget"], 2, False),
    ("sv", "Broschyren.", False, "none", ["not_a_question"], ["format"], 0, False),
    ("sv", "okej tack", False, "none", ["not_a_question"], [], 0, False),
    ("sv", "Vad vill ni uppnå? Vem ska läsa den? När ska den vara klar?", False,
     "open", ["stacked"], ["purpose", "audience", "deadline"], 2, False),
    ("sv", "Berätta om målgruppen; vilka är de och vad behöver de veta", False,
     "open", ["stacked"], ["audience"], 2, False),
    ("sv", "Hur mycket får det kosta, och vilka ska godkänna den?", False,
     "closed", ["stacked"], ["budget", "stakeholders"], 1, False),
    ("sv", "I slutändan, hur påverkar det eleverna?", False, "open", [], ["end_customer"], 3, False),
    ("sv", "vad vill ni uppnå me broschyren", False, "open", [], ["purpose"], 3, False),
    ("sv", "Kan vi inte göra en app istället?", False, "closed", ["leading", "solution"], ["format"], -1, False),
    ("sv", "Om jag förstår dig rätt vill ni nå fler föräldrar, vad är viktigast?", False,
     "none", [], ["purpose"], 1, True),
    ("sv", "Om jag förstår dig rätt vill ni nå fler föräldrar, vad är viktigast?", True,
     "none", [], ["audience", "purpose"], 1, True),
    ("sv", "Ska vi inte köra en film, eller?", False, "closed", ["leading", "solution"], ["format"], -1, False),
    ("sv", "", False, "none", ["not_a_question"], [], 0, False),
    ("sv", "😀?", False, "none", ["not_a_question"], [], 0, False),
    ("en", "What do you want to achieve, and who will read it?", False,
     "open", ["stacked"], ["purpose", "audience"], 2, False),
    ("en", "What do you want to achieve and what they need?", False, "open", [], ["purpose"], 3, False),
    ("en", "You have a budget, right?", False, "closed", ["leading"], ["budget"], 1, False),
    ("en", "It should be printed, isn't it?", False, "closed", ["leading"], ["format"], 1, False),
    ("en", "Do you want it printed, or on the web?", False, "closed", [], ["format"], 2, False),
    ("en", "What do you do, when you are out with the clients?", False, "open", [], [], 2, False),
    ("en", "Okay, so what should the brochure lead to?", False, "open", [], ["format"], 3, False),
    ("en", "So what matters is that parents feel safe?", False, "none", [], ["purpose"], 1, True),
    ("en", "So what matters is that parents feel safe?", True, "none", [], ["purpose", "audience"], 1, True),
    ("en", "So it's the head teacher who decides", False, "none", [], ["stakeholders"], 1, True),
    ("en", "May I suggest something?", False, "closed", [], [], 1, False),
    ("en", "May I suggest we make a film instead of a brochure?", False,
     "closed", ["solution"], ["format"], 0, False),
    ("en", "Have you considered a film?", False, "closed", ["solution"], ["format"], 0, False),
    ("en", "Have you considered who will read it?", False, "closed", [], ["audience"], 2, False),
    ("en", "Why not a film?", False, "closed", ["solution"], ["format"], 0, False),
    ("en", "When does it need to be ready?", False, "closed", [], ["deadline"], 2, False),
    ("en", "And when do you need it?", False, "closed", [], ["deadline"], 2, False),
    ("en", "What does the licence cost per year?", False, "closed", [], ["budget"], 2, False),
    ("en", "What is the date?", False, "closed", [], ["deadline"], 2, False),
    ("en", "Does it work well today?", False, "closed", [], ["success"], 2, False),
    ("en", "I wonder if you have a budget", False, "closed", [], ["budget"], 2, False),
    ("en", "The brochure.", False, "none", ["not_a_question"], ["format"], 0, False),
    ("en", "ok thanks", False, "none", ["not_a_question"], [], 0, False),
    ("en", "What do you want to achieve? Who will read it? When is it due?", False,
     "open", ["stacked"], ["purpose", "audience", "deadline"], 2, False),
    ("en", "Tell me about the audience; who are they and what do they need to know", False,
     "open", ["stacked"], ["audience"], 2, False),
    ("en", "How much may it cost, and who has to approve it?", False,
     "closed", ["stacked"], ["budget", "stakeholders"], 1, False),
    ("en", "In the end, how does it affect the pupils?", False, "open", [], ["end_customer"], 3, False),
    ("en", "Surely a video would be better?", False, "closed", ["leading", "solution"], ["format"], -1, False),
    ("en", "Wouldn't it be better to make an app?", False, "closed", ["leading", "solution"], ["format"], -1, False),
    ("en", "If I understand you right you want to reach more parents, what matters most?", False,
     "none", [], ["audience", "purpose"], 1, True),
    ("en", "", False, "none", ["not_a_question"], [], 0, False),
]


@pytest.mark.parametrize(("lang", "text", "scenario", "form", "flags", "topics", "points", "reflection"), TRICKY)
def test_tricky_turns_keep_their_scores(lang, text, scenario, form, flags, topics, points, reflection):
    """Clause splits, tags, fillers, reflections, proposals and scenario words score as they did."""
    facts = get_scenario("school-brochure").facts
    keywords = {t: tuple(f.keywords.get(lang, ())) for t, f in facts.items()} if scenario else None
    score = score_question(text, lang, keywords)
    assert (score.form, list(score.flags), list(score.topics), score.points, score.reflection) == (
        form, flags, topics, points, reflection)
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


@pytest.mark.parametrize("lang", L.LANGUAGES)
def test_real_word_lists_match_as_their_entries_say(lang):
    """The turn's word lists and topics, scanned in one pass, agree with the entries read one by one."""
    lists = {name: L.words(lang)[name] for name in TURN_LISTS} | L.topic_words(lang)
    lexicons = LexiconSet(lists)
    for text in _SAMPLES[lang]:
        tokens = words(normalise(text))
        assert lexicons.first_hits(tokens) == _reference_first_hits(lists, tokens), text


_SAMPLES = {lang: [row[1] for row in TRICKY if row[0] == lang] for lang in L.LANGUAGES}


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
