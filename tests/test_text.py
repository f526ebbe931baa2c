"""Plain-text helpers: normalising, sentences, clipping and word-list matching."""

import pytest

from orderlab.text import DISPLAY_LIMIT, Lexicon, clip, normalise, sentences, words
from orderlab.understanding import lang as W


def toks(text: str) -> list[str]:
    return words(normalise(text))


def test_normalise_folds_case_and_space():
    """normalise lower-cases text and folds runs of white space to one space."""
    assert normalise("  Vad   VILL\n\tni? ") == "vad vill ni?"


def test_normalise_composes_unicode():
    """normalise turns a decomposed 'å' into the composed character."""
    assert normalise("ma\u030al") == "mål"


def test_words_drop_punctuation_and_keep_apostrophes():
    """words splits on punctuation but keeps contractions such as "what's" whole."""
    assert words("what's the plan, then?") == ["what's", "the", "plan", "then"]


def test_lexicon_exact_word():
    """An exact entry matches only the whole word."""
    lex = Lexicon(["mål"])
    assert lex.matches(toks("Vad är målet med det?")) is False
    assert lex.matches(toks("Vilket mål har ni?")) is True


def test_lexicon_prefix():
    """An entry ending in '*' matches any word starting with it."""
    lex = Lexicon(["syfte*"])
    assert lex.matches(toks("Vad är syftet?"))
    assert not lex.matches(toks("Vad är det för sylt?"))


def test_lexicon_phrase_needs_words_in_order():
    """A phrase entry matches only its words adjacent and in order."""
    lex = Lexicon(["hur många"])
    assert lex.matches(toks("Och hur många sidor?"))
    assert not lex.matches(toks("Många, men hur?"))


def test_lexicon_phrase_alternatives():
    """A phrase word with '|' matches any of its alternatives."""
    lex = Lexicon(["funderat på en|ett|att"])
    assert lex.matches(toks("Har du funderat på ett annat format?"))
    assert lex.matches(toks("Har du funderat på att göra en film?"))
    assert not lex.matches(toks("Har du funderat på vem som ska läsa?"))


def test_lexicon_phrase_with_prefix_word():
    """A phrase word ending in '*' matches as a prefix."""
    lex = Lexicon(["kan du berätta*"])
    assert lex.starts(toks("Kan du berättar om det?"))


def test_lexicon_alternatives_on_first_word():
    """Alternatives on a phrase's first word are each looked up."""
    lex = Lexicon(["what|how about a|an"])
    assert lex.matches(toks("How about a video?"))
    assert lex.matches(toks("What about an app?"))
    assert not lex.matches(toks("Why about a video?"))


def test_lexicon_first_hit_index():
    """first_hit gives the index of the first matching token, or -1."""
    lex = Lexicon(["budget*"])
    assert lex.first_hit(["har", "ni", "en", "budget"]) == 3
    assert lex.first_hit(["har", "ni", "pengar"]) == -1


def test_lexicon_starts_only_at_start():
    """starts is true only when an entry matches at the first token."""
    lex = Lexicon(["vad"])
    assert lex.starts(["vad", "vill", "ni"])
    assert not lex.starts(["och", "vad", "vill", "ni"])
    assert not lex.starts([])


@pytest.mark.parametrize(("word", "expected"), [
    ("och", True),  # a one-word entry
    ("jag", True),  # the first word of a phrase, though it matches nothing alone
    ("syftet", True),  # a prefix entry
    ("undrar", False),  # a later word of a phrase does not start it
    ("budget", False),
])
def test_lexicon_may_start_says_whether_an_entry_can_begin_at_a_word(word, expected):
    """The one look-up that lets a clause skip its fillers (clauses._strip_fillers) must never say no
    where an entry starts."""
    lex = Lexicon(["och", "jag undrar", "syfte*"])
    assert lex.may_start(word) is expected
    assert (lex.match_length([word]) > 0 or lex.match_length([word, "undrar"]) > 0) is expected


@pytest.mark.parametrize(("tokens", "expected"), [
    (["och", "sen"], True),  # a phrase, all of it
    (["och", "sen", "då"], True),  # the longest entry
    (["och"], True),  # a one-word entry
    (["och", "sen", "då", "då"], False),  # longer than any entry: told without a look-up
    (["och", "vad"], False),  # an entry matches only the start
    ([], False),
])
def test_lexicon_covers_only_when_one_entry_matches_every_word(tokens, expected):
    """covers (a clause that only asks to go on, a bare tag) is match_length == len, also past the longest entry."""
    lex = Lexicon(["och", "och sen", "och sen då"])
    assert lex.longest == 3
    assert lex.covers(tokens) is expected
    assert lex.covers(tokens) is (bool(tokens) and lex.match_length(tokens) == len(tokens))


def test_lexicon_entries_are_normalised():
    """Entries are matched case-insensitively."""
    assert Lexicon(["GDPR"]).matches(["gdpr"])


def test_clip_leaves_short_text():
    """clip returns text within the limit unchanged."""
    assert clip("kort", limit=10) == "kort"


def test_clip_cuts_long_text_with_ellipsis():
    """clip cuts long text to the limit and ends it with an ellipsis."""
    cut = clip("x" * 1000)
    assert len(cut) <= DISPLAY_LIMIT
    assert cut.endswith("…")


def test_sentences_split_and_keep_question_mark():
    """sentences splits at sentence ends and keeps the '?' on a question."""
    assert sentences("okej. vad vill ni uppnå? och när") == ["okej.", "vad vill ni uppnå?", "och när"]


def test_sentences_skip_bare_punctuation():
    """sentences drops pieces that are only punctuation."""
    assert sentences("?!. ...") == []


@pytest.mark.parametrize(
    "entry",
    ["much | a lot", "much |a lot", "much| a lot", "how much|", "|how much", "kan du|| ni", "vad | hur", "*"],
)
def test_lexicon_rejects_an_alternative_with_a_space_or_nothing(entry):
    """'a | b' splits at the spaces into empty alternatives, which would silently match nothing: refused at load."""
    with pytest.raises(ValueError, match="alternative"):
        Lexicon([entry])


def test_lexicon_alternatives_of_one_word():
    """'mycket|mkt' is two one-word entries, not the literal word 'mycket|mkt'."""
    lex = Lexicon(["mycket|mkt", "syfte*|mål"])
    assert lex.matches(["hur", "mkt"]) and lex.matches(["mycket"])
    assert lex.matches(["syftet"]) and lex.matches(["mål"])
    assert not lex.matches(["mycket|mkt"])



@pytest.mark.parametrize("entry", ["använder idag|i dag", "gör det istället|i stället"])
def test_lexicon_rejects_a_two_word_spelling_among_alternatives(entry):
    """'idag|i dag' reads as 'idag|i' then 'dag', so 'använder idag' would silently never match: refused at load."""
    with pytest.raises(ValueError, match="alternative"):
        Lexicon([entry])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_word_lists_load(lang):
    """Every word list of the scorers passes the load-time checks."""
    for entries in (*W.words(lang).values(), *W.topic_words(lang).values()):
        Lexicon(entries)
