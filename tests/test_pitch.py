"""Purpose-pitch scoring: the brief's criteria, blame, length, and a localised empty error."""

import json

import pytest

from orderlab import lang as L
from orderlab.errors import InputError
from orderlab.findings import texts
from orderlab.pitch import CRITERIA, MAX_WORDS, MIN_WORDS, score_pitch

STRONG = {
    "sv": (
        "Tack för beställningen! Broschyren är levererad som du beställde, 150 exemplar till besöksdagen. "
        "Jag har funderat på syftet: att fler vårdnadshavare kommer på introduktionsmötet så att barnen "
        "får en trygg start. Förra året kom 31 av 58 familjer, och 17 av dem som uteblev har ett annat "
        "modersmål än svenska. Till nästa gång föreslår jag att vi testar en kort film på fem språk som "
        "skickas med sms. Vad tror du? Vi kan gärna ses och prata om det."
    ),
    "en": (
        "Thank you for the order: the brochure is delivered as you asked, 150 copies for the visit day. "
        "I keep thinking about the purpose: getting more guardians to the introduction meeting so that "
        "the children get a safe start. Last year only 31 of 58 families came, and 17 of the 27 who "
        "stayed away speak another language at home. Next time I suggest we try a short film in five "
        "languages sent by text message. What do you think? Happy to talk it over together."
    ),
}
BLAME = {
    "sv": " Ärligt talat var broschyren fel val, ingen läser sådant och det är slöseri med pengar.",
    "en": " Frankly the brochure was the wrong choice, nobody reads those and it is a waste of money.",
}
# Bare one-sentence pitches the learned model still misreads (docs/understanding-model.md, known misses).
# Strict: the day the model reads one of them right, the test fails and the mark must go.
KNOWN_MISS = pytest.mark.xfail(strict=True, reason="a known miss of the pitch model on a bare one-line pitch")
POSITIVE = ("acknowledge", "purpose", "end_customer", "evidence", "proposal", "invite")


@pytest.mark.parametrize("lang", L.languages())
def test_strong_pitch_meets_every_criterion(lang):
    """A strong pitch meets all six positive criteria and the length, and does not blame."""
    criteria = score_pitch(STRONG[lang], lang).criteria
    assert all(criteria[name] for name in (*POSITIVE, "length")), criteria
    assert not criteria["blame"]


@pytest.mark.parametrize("lang", L.languages())
def test_each_criterion_quotes_its_sentence_or_says_none_did(lang):
    """A met criterion quotes the sentence that met it; a missed one says that no sentence does it."""
    plain = {"sv": "Här är broschyren som du beställde.", "en": "Here is the brochure you ordered."}[lang]
    findings = {f.criterion: f for f in score_pitch(plain, lang).findings}
    met = findings["acknowledge"]
    assert met.met and plain in met.text(lang)
    none_did = L.text(lang, "ui.pitch_missed", criterion="X").split("X", 1)[1].strip(" :")
    assert len(none_did) > 10
    missed = [f for f in findings.values() if not f.met and f.criterion in POSITIVE]
    assert missed and all(none_did in f.text(lang) for f in missed)


@pytest.mark.parametrize("lang", L.languages())
def test_strong_pitch_scores_high(lang):
    """A pitch that meets every criterion scores 100."""
    assert score_pitch(STRONG[lang], lang).score == 100


@pytest.mark.parametrize("lang", L.languages())
def test_blame_loses_points(lang):
    """Adding a blaming sentence sets the blame criterion and lowers the score."""
    blamed = score_pitch(STRONG[lang] + BLAME[lang], lang)
    assert blamed.criteria["blame"]
    assert blamed.score < score_pitch(STRONG[lang], lang).score


@pytest.mark.parametrize("lang", L.languages())
def test_blame_has_feedback(lang):
    """A blaming pitch gets the tone feedback line, quoting the sentence that blames."""
    feedback = texts(score_pitch(STRONG[lang] + BLAME[lang], lang).feedback, lang)
    assert L.text(lang, "ui.pitch_blame_found_in", sentence=BLAME[lang].strip()) in feedback


@pytest.mark.parametrize(
    ("lang", "sentence", "criterion"),
    [
        ("sv", "Här är broschyren som du bad om.", "acknowledge"),
        ("sv", "Syftet är att fler ska komma.", "purpose"),
        ("sv", "Det handlar om eleverna.", "end_customer"),
        ("sv", "Hälften av familjerna kom inte.", "evidence"),
        ("sv", "Nästa gång kan vi prova något annat.", "proposal"),
        ("sv", "Vad tycker du?", "invite"),
        ("en", "Here is the brochure you asked for.", "acknowledge"),
        ("en", "The purpose is that more people come.", "purpose"),
        pytest.param("en", "It is about the pupils.", "end_customer", marks=KNOWN_MISS),
        pytest.param("en", "A survey showed half the families stayed away.", "evidence", marks=KNOWN_MISS),
        ("en", "Next time we could try something else.", "proposal"),
        ("en", "What do you think?", "invite"),
    ],
)
def test_single_criterion(lang, sentence, criterion):
    """A sentence written for one criterion meets it."""
    assert score_pitch(sentence, lang).criteria[criterion]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("sv", "Broschyren har åtta sidor."), pytest.param("en", "The brochure has eight pages.", marks=KNOWN_MISS),
     ("sv", "Det var roligt att jobba med den."), ("en", "It was fun to work on."),
     # A vague hope states no purpose, and a stock sign-off invites no conversation (GUIDE.md):
     ("sv", "Hoppas att den blir bra."), ("sv", "Hör av dig om du behöver något mer."),
     ("en", "Let me know if you need anything else.")],
)
def test_plain_statement_meets_no_positive_criterion(lang, text):
    """A plain statement about the product meets none of the positive criteria."""
    criteria = score_pitch(text, lang).criteria
    assert not any(criteria[name] for name in POSITIVE), criteria


def test_scenario_words_raise_their_criterion():
    """A scenario's own words for a criterion make the model surer that a sentence meets it."""
    text = "Det gäller sexåringarna."

    def p(extra):
        return dict(score_pitch(text, "sv", extra).sentences[0].probabilities)["end_customer"]

    assert p({"end_customer": ["sexåringarna"]}) > p(None)


def test_criteria_are_the_briefs():
    """The criteria are exactly the brief's six, blame and length."""
    assert set(score_pitch(STRONG["sv"], "sv").criteria) == set(CRITERIA) == {*POSITIVE, "blame", "length"}


@pytest.mark.parametrize("lang", L.languages())
def test_too_short(lang):
    """A pitch under the minimum length fails the length criterion and says it is too short."""
    result = score_pitch("Syftet är barnen.", lang)
    assert not result.criteria["length"]
    assert L.text(lang, "ui.pitch_too_short", n=result.words) in texts(result.feedback, lang)


@pytest.mark.parametrize("lang", L.languages())
def test_too_long(lang):
    """A pitch over the maximum length fails the length criterion and says it is too long."""
    result = score_pitch(" ".join([STRONG[lang]] * 3), lang)
    assert result.words > MAX_WORDS
    assert not result.criteria["length"]
    assert L.text(lang, "ui.pitch_too_long", n=result.words) in texts(result.feedback, lang)


def test_length_costs_points():
    """The same strong content scores less when it is far too long."""
    assert score_pitch(" ".join([STRONG["sv"]] * 3), "sv").score < score_pitch(STRONG["sv"], "sv").score


def test_word_count_bounds():
    """Exactly MIN_WORDS and MAX_WORDS words both pass the length criterion; one fewer does not."""
    assert score_pitch("ord " * MIN_WORDS, "sv").criteria["length"]
    assert score_pitch("ord " * MAX_WORDS, "sv").criteria["length"]
    assert not score_pitch("ord " * (MIN_WORDS - 1), "sv").criteria["length"]


@pytest.mark.parametrize("lang", L.languages())
@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_pitch_raises_localised_error(lang, text):
    """An empty pitch raises InputError with the message in the learner's language."""
    with pytest.raises(InputError) as info:
        score_pitch(text, lang)
    assert info.value.message == L.text(lang, "ui.empty_pitch")


@pytest.mark.parametrize("lang", L.languages())
def test_pitch_without_words_asks_for_words(lang):
    """A pitch of punctuation only raises InputError asking for words, in the learner's language."""
    with pytest.raises(InputError) as info:
        score_pitch("?!...", lang)
    assert info.value.message == L.text(lang, "ui.pitch_no_words")


def test_score_within_bounds():
    """A pitch that only blames still scores 0-100."""
    assert 0 <= score_pitch("Fel, dåligt och slöseri.", "sv").score <= 100


def test_feedback_line_per_positive_criterion():
    """Every positive criterion has a feedback line, met or missed."""
    result = score_pitch("Syftet är barnen.", "sv")
    for name in POSITIVE:
        crit = L.text("sv", f"ui.crit_{name}")
        met = L.text("sv", "ui.pitch_met_by", criterion=crit, sentence=result.evidence.get(name, ""))
        assert {met, L.text("sv", "ui.pitch_missed", criterion=crit)} & set(texts(result.feedback, "sv")), name


def test_a_met_criterion_quotes_its_sentence():
    """A criterion that is met quotes the sentence of the pitch that met it."""
    result = score_pitch("Hej Annika! Syftet är att fler familjer kommer på mötet. Vad tror du?", "sv")
    assert result.evidence["invite"] == "Vad tror du?"
    assert any(line.endswith("”Vad tror du?”") for line in texts(result.feedback, "sv"))


def test_to_dict_is_json():
    """to_dict serialises to JSON with score, criteria and feedback."""
    data = json.loads(json.dumps(score_pitch(STRONG["en"], "en").to_dict()))
    assert {"score", "criteria", "feedback"} <= set(data)


@pytest.mark.parametrize("lang", L.languages())
def test_very_long_pitch_is_scored(lang):
    """A 50,000-character pitch is scored without error."""
    result = score_pitch((STRONG[lang] + " ") * (50_000 // len(STRONG[lang]) + 1), lang)
    assert 0 <= result.score <= 100
