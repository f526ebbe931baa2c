"""Rules the question scorer applies beyond single word lists, each in several phrasings and both languages.

Written before each fix (a failing test first), then kept as the guard of that rule.
"""

from __future__ import annotations

import pytest

from orderlab.questions import score_question
from orderlab.understanding.clauses import parse, written

# --- 1. The longest opening decides the form ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vilken sorts person letar ni efter?"),
        ("sv", "Vilka typer av frågor brukar ni få?"),
        ("sv", "Vilket slags stöd behöver ni?"),
        ("sv", "vilken typ av utbildning tänker ni er"),
        ("sv", "Hur är det med budgeten?"),
        ("en", "Which kind of person are you looking for?"),
        ("en", "What kind of budget are we talking about?"),
        ("en", "What about the budget?"),
        ("en", "what about the deadline"),
        ("en", "What's driving the tight deadline?"),
        ("en", "What happened to costs when you switched supplier?"),
    ],
)
def test_longest_opening_makes_it_open(lang, text):
    """'What kind of', 'vilken sorts', 'What about the budget?' invite a description: the longer opening wins."""
    assert score_question(text, lang).form == "open"


@pytest.mark.parametrize(
    ("lang", "text", "flags"),
    [
        ("sv", "Vilken dag ska den vara klar?", []),
        ("sv", "Vilken budget har ni?", []),
        ("sv", "Vad kostar det?", []),
        ("sv", "Hur många sidor?", []),
        ("en", "What about a film?", ["solution"]),
        ("en", "what about putting the info on the platform instead", ["solution"]),
        ("en", "What about running a pilot on one ward first?", ["solution"]),
        ("en", "What's the budget?", []),
        ("en", "Which day suits you?", []),
        ("en", "What does it cost?", []),
    ],
)
def test_a_longer_closed_opening_still_wins(lang, text, flags):
    """A fact, a choice or the learner's own idea ('What about running a pilot?') stays closed."""
    score = score_question(text, lang)
    assert (score.form, list(score.flags)) == ("closed", flags)


# --- 2. "Och om ...?" asks what happens if; "Jag undrar om ...?" embeds a yes/no question ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Och om det inte blir klart i tid?"),
        ("sv", "och om ingen läser den"),
        ("sv", "Men om budgeten inte räcker?"),
        ("sv", "Okej, och om chefen säger nej?"),
        ("en", "And if it's not ready in time?"),
        ("en", "and if nobody reads it"),
        ("en", "But if the budget runs out?"),
        ("en", "Okay, and if the manager says no?"),
    ],
)
def test_and_if_asks_what_happens(lang, text):
    """After 'och', 'and', 'men', 'but' the 'om'/'if' clause means 'what happens if': an open question."""
    assert score_question(text, lang).form == "open"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Jag undrar om ni har en budget?"),
        ("sv", "Och jag undrar om ni har budget?"),
        ("sv", "Vet du om appen hanterar personuppgifter?"),
        ("sv", "Kan du säga om chefen har godkänt det?"),
        ("sv", "undrar om det finns en mall"),
        ("en", "I wonder if you have a budget?"),
        ("en", "And I was wondering whether you have a budget"),
        ("en", "Do you know if the app handles personal data?"),
        ("en", "Could you tell me whether your manager has approved it?"),
        ("en", "I'm curious if there is a template"),
    ],
)
def test_if_after_a_verb_of_asking_is_yes_no(lang, text):
    """After 'undrar', 'vet du', 'I wonder', 'do you know' the 'om'/'if' clause is an embedded yes/no question."""
    assert score_question(text, lang).form == "closed"


# --- 3. A trailing "..., tror du?" is a parenthetical, not a second question ---


@pytest.mark.parametrize(
    ("lang", "text", "form"),
    [
        ("sv", "Hur får vi upp svarsfrekvensen jämfört med förra året, tänker du?", "open"),
        ("sv", "Vad är viktigast för föräldrarna, tror du?", "open"),
        ("sv", "vad skulle göra skillnad, tycker du", "open"),
        ("sv", "Vem läser den egentligen, tror ni?", "closed"),
        ("sv", "Hur ser det ut om ett år, skulle du säga?", "open"),
        ("en", "How do we raise the response rate, do you think?", "open"),
        ("en", "What matters most to parents, do you think?", "open"),
        ("en", "what would make a difference, would you say", "open"),
        ("en", "Who actually reads it, do you reckon?", "closed"),
        ("en", "Why is that, in your view?", "open"),
    ],
)
def test_trailing_do_you_think_is_one_question(lang, text, form):
    """'..., tänker du?', '..., do you think?' ask the requester's view of the same question: not stacked or leading."""
    score = score_question(text, lang)
    assert (score.form, list(score.flags)) == (form, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Det blir bra, tycker du inte?"),
        ("en", "It'll be fine, don't you think?"),
    ],
)
def test_a_negated_do_you_think_tag_is_still_leading(lang, text):
    """'..., tycker du inte?', '..., don't you think?' push the answer."""
    assert "leading" in score_question(text, lang).flags


# --- 4. "Så när X, är det Y": a reflection that opens with a subordinate clause ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Så när schemat blir fel är det brukarna i hemtjänsten som får vänta."),
        ("sv", "Så när schemat blir fel, är det brukarna som får vänta."),
        ("sv", "så när föräldrarna inte läser lappen missar barnen utflykten"),
        ("sv", "Så eftersom ingen läser mejlen blir det fel hela tiden?"),
        ("en", "So when the schedule goes wrong, it's the clients who have to wait."),
        ("en", "so when parents don't read the note the children miss the trip"),
        ("en", "So since nobody reads the emails, things go wrong all the time?"),
        ("en", "So once the form is online, the office gets fewer calls."),
    ],
)
def test_so_when_statement_is_a_reflection(lang, text):
    """'Så när X, är det Y', 'So when X, it's Y' reflect what was said: form none, not flagged."""
    score = score_question(text, lang)
    assert (score.form, list(score.flags), score.reflection) == ("none", [], True)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Så när schemat blir fel, vem får vänta då?"),
        ("sv", "Så när ni skickar ut den, hur når den föräldrarna?"),
        ("sv", "Så när lappen kommer hem, läser föräldrarna den?"),
        ("en", "So when the schedule goes wrong, who has to wait?"),
        ("en", "So when you send it out, how does it reach parents?"),
        ("en", "So when the note goes home, do parents read it?"),
    ],
)
def test_so_when_followed_by_a_question_is_a_question(lang, text):
    """After the subordinate clause a question follows: not a reflection."""
    score = score_question(text, lang)
    assert score.form != "none" and not score.reflection


@pytest.mark.parametrize(
    ("lang", "text", "form"),
    [
        ("sv", "så egentligen vad vill ni uppnå", "open"),
        ("sv", "Så i princip, vad vill ni undvika?", "open"),
        ("sv", "Så typ vem ska läsa den?", "closed"),
        ("en", "so basically what r u trying to avoid here", "open"),
        ("en", "so like what's the deadline", "closed"),
        ("en", "So basically, who decides?", "closed"),
    ],
)
def test_so_and_a_filler_before_a_question_is_a_question(lang, text, form):
    """'Så egentligen vad ...', 'so basically what ...': a filler between "so" and the wh-word
    leaves a question, not a reflection (chatty writing puts one there)."""
    score = score_question(text, lang)
    assert (score.form, score.reflection) == (form, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Så egentligen är det föräldrarna ni vill nå."),
        ("en", "So basically it's the parents you want to reach."),
    ],
)
def test_so_and_a_filler_before_a_statement_is_a_reflection(lang, text):
    score = score_question(text, lang)
    assert (score.form, score.reflection) == ("none", True)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "drabbas hur"),
        ("sv", "skeptiska hur då"),
        ("sv", "Oroliga för vad?"),
        ("sv", "ett helt år. och sen?"),
        ("sv", "Och?"),
        ("en", "didn't work how"),
        ("en", "earlier than what"),
        ("en", "And then?"),
    ],
)
def test_a_clause_that_only_asks_her_to_go_on_is_open(lang, text):
    """An echo ending in a question word, or "Och sen?", asks for more on what was said: open."""
    assert score_question(text, lang).form == "open"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("sv", "jag vet inte hur"), ("en", "I don't know how"), ("en", "I'm not sure why"),
     ("sv", "Och sen vill jag veta en sak")],
)
def test_a_statement_ending_in_a_question_word_stays_a_statement(lang, text):
    assert score_question(text, lang).form == "none"


@pytest.mark.parametrize(
    ("lang", "text", "proposes"),
    [
        ("en", "Nobody? Why not?", False),
        ("en", "nothing changed - why not, do you think", False),
        ("sv", "ingen? varför inte", False),
        ("en", "Why not a video?", True),
        ("sv", "Varför inte en film?", True),
    ],
)
def test_a_bare_why_not_asks_for_the_reason(lang, text, proposes):
    """"Why not?" with nothing after it asks why; "Why not a video?" proposes the video."""
    assert ("solution" in score_question(text, lang).flags) is proposes


@pytest.mark.parametrize(
    ("lang", "text", "written_form"),
    [
        ("sv", "hur stor ska den va o när ska den ut?", "hur stor ska den va och när ska den ut?"),
        ("sv", "90 000 e det inklusive fika", "90 000 är det inklusive fika"),
        ("sv", "skicka en e-post", "skicka en e-post"),
        ("en", "when u need it by", "when you need it by"),
        ("en", "who r the readers n when is it due", "who are the readers and when is it due"),
        ("en", "a u-turn", "a u-turn"),
    ],
)
def test_spoken_and_texting_forms_are_read_as_written_words(lang, text, written_form):
    """"e", "o", "u", "r" are whole words only: "e-post" and "u-turn" stay as they are."""
    assert written(text, lang) == written_form


@pytest.mark.parametrize(
    ("lang", "text", "form", "stacked"),
    [
        ("sv", "hur stor ska den va o när ska den ut?", "closed", True),
        ("sv", "å varför tror du dom stod kvar", "open", False),
        ("sv", "mm fortsätt", "open", False),
        ("en", "hi, can u tell me the background", "open", False),
        ("en", "who r the readers n when is it due", "closed", True),
    ],
)
def test_chat_turns_keep_their_form(lang, text, form, stacked):
    score = score_question(text, lang)
    assert (score.form, "stacked" in score.flags) == (form, stacked)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("ska skyddsombudet va med i processen", "closed"),
        ("har föreningarna fått tycka till", "closed"),
        ("märkte ni någon skillnad", "closed"),
        ("Kan bli svårt", "none"),
        ("Blir nog bra", "none"),
    ],
)
def test_a_swedish_verb_before_a_definite_noun_asks(text, form):
    """Swedish puts the verb first only in a question: "har föreningarna ..." asks without a question mark;
    a chat statement that drops its subject ("Kan bli svårt") does not."""
    assert parse(text, "sv").form == form


# --- 5. Context decides a topic: "idag" near how it is done; the deliverable being ordered ---


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Berätta hur ni använder lokalerna i dag."),
        ("sv", "Hur hanterar ni ansökningarna idag?"),
        ("sv", "hur sköter ni bokningen av rummen idag"),
        ("sv", "hur har ni gjort hittills"),  # a usability review, session 8: read as no topic
        ("sv", "Hur har ni skött bokningen hittills?"),
        ("en", "Tell me how you use the premises today."),
        ("en", "How do you handle the applications today?"),
        ("en", "how do people book the rooms today"),
    ],
)
def test_today_near_how_it_is_done_is_history(lang, text):
    """'Hur ... idag' about how something is done asks what is done now, before the change."""
    assert "history" in score_question(text, lang).topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vem ska läsa den idag?"),
        ("sv", "Vad ska vara klart idag?"),
        ("en", "Who will read it today?"),
        ("en", "What has to be ready today?"),
    ],
)
def test_today_elsewhere_is_not_history(lang, text):
    """'idag' that says when, not how things are done now, says nothing about the past.

    ("Vad kan ni inte göra idag?" asks what is not working now: purpose and history, by the labelling
    guide's ruling, so it is no longer an example here.)
    """
    assert "history" not in score_question(text, lang).topics


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("sv", "Vad vet ni om hur eleverna använder skolappen?", "audience"),
        ("sv", "Vilka ska använda surfplattorna?", "audience"),
        ("sv", "Vad vill ni uppnå med intranätet?", "purpose"),
        ("sv", "Vad ska broschyren leda till?", "purpose"),
        ("en", "What should teachers be able to do with the laptops?", "purpose"),
        ("en", "Who will use the tablets?", "audience"),
        ("en", "What do you want to achieve with the intranet?", "purpose"),
        ("en", "What's the idea behind the brochure?", "purpose"),
    ],
)
def test_the_deliverable_being_ordered_is_not_a_format_question(lang, text, topic):
    """The app, tablet or brochure the requester orders, named in passing, is not a question about the format."""
    topics = score_question(text, lang).topics
    assert topic in topics and "format" not in topics, topics


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Ska det vara en app eller en webbsida?"),
        ("sv", "Ska appen fungera på mobilen?"),
        ("sv", "Vilka ska använda appen, och på vilka plattformar?"),
        ("sv", "Ska det vara en skolapp?"),
        ("en", "Should it be an app or a web page?"),
        ("en", "Does the app need to work on mobile?"),
        pytest.param("en", "Who will use the tablets, and on paper as well?", marks=pytest.mark.xfail(
            strict=True, reason="a known miss of the topic model: it reads audience only")),
        ("en", "Should it be on the intranet?"),
    ],
)
def test_format_is_still_found_beside_a_deliverable(lang, text):
    """A deliverable beside another format word, or asked about alone, keeps the format topic.

    One example is a known miss of the learned model (docs/understanding-model.md), marked strictly:
    when the model reads it right, the mark must go.
    """
    assert "format" in score_question(text, lang).topics


# --- 6. A subordinate clause leads into one question; a dash joins two like a comma ---


@pytest.mark.parametrize(
    ("lang", "text", "form"),
    [
        ("sv", "När schemat blir fel, vem får vänta?", "closed"),
        ("sv", "Om det blir försenat, vad händer då?", "open"),
        ("sv", "När kunder ringer, vem svarar?", "closed"),
        ("sv", "När ni skickar ut den, hur når den föräldrarna?", "open"),
        ("sv", "Och om det blir sent, vem får vänta?", "closed"),
        ("sv", "När lappen kommer hem, läser föräldrarna den?", "closed"),
        ("en", "When the schedule goes wrong, who has to wait?", "closed"),
        ("en", "If it's late, what happens then?", "open"),
        ("en", "When staff leave, who takes over their accounts?", "closed"),
        ("en", "When you send it out, how does it reach parents?", "open"),
        ("en", "And if it's late, who has to wait?", "closed"),
        ("en", "When the note goes home, do parents read it?", "closed"),
    ],
)
def test_a_leading_subordinate_clause_is_part_of_the_question(lang, text, form):
    """'När X, vem ...?', 'If X, what ...?': one question, whose form is the main question's."""
    score = score_question(text, lang)
    assert (score.form, list(score.flags)) == (form, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "När ska den vara klar? Och vem ska läsa den?"),
        ("sv", "När ska den vara klar, och vem ska läsa den?"),
        ("sv", "När behöver ni den, vem ska läsa den?"),
        ("sv", "När börjar projektet, vem leder det?"),
        ("en", "When is it due? And who will read it?"),
        ("en", "When do you need it, who will read it?"),
        ("en", "When can we start, and who signs off?"),
    ],
)
def test_a_wh_question_before_another_is_still_stacked(lang, text):
    """'När ska den vara klar, vem ...?' asks twice: 'när' with its verb first is a question of its own."""
    assert "stacked" in score_question(text, lang).flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Vad vill ni uppnå — vem ska läsa den?"),
        ("sv", "När ska den vara klar – och vem ska läsa den?"),
        ("en", "What do you want to achieve — who will read it?"),
        ("en", "When do you need it – and who will read it?"),
    ],
)
def test_two_questions_joined_by_a_dash_are_stacked(lang, text):
    """A dash between two separate questions works like a comma: the requester can answer only one."""
    assert "stacked" in score_question(text, lang).flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Berätta hur finansieringen fungerar - är det projektpengar eller ordinarie budget?"),
        ("en", "Tell me how the funding works - is it project money or the regular budget?"),
        ("en", "Templates? Who owns them, you or the system people?"),
    ],
)
def test_a_question_narrowed_after_a_dash_or_an_echo_is_not_stacked(lang, text):
    """GUIDE.md: an alternative or a rephrasing of the same question does not stack. The labelled turns
    read "Tell me how X works – is it A or B?" and "Templates? Who owns them?" as one question, and the
    flag head learns it; the rules alone called them stacked."""
    assert "stacked" not in score_question(text, lang).flags


@pytest.mark.parametrize(
    ("lang", "text", "form"),
    [
        ("sv", "Vad är målet – på sikt?", "open"),
        ("sv", "Hur många sidor - ungefär?", "closed"),
        ("sv", "Vem ska läsa den – internt eller externt?", "closed"),
        ("en", "What is the goal – in the long run?", "open"),
        ("en", "How many pages - roughly?", "closed"),
        ("en", "Who will read it – staff or the public?", "closed"),
    ],
)
def test_a_dash_inside_one_question_does_not_stack(lang, text, form):
    """'Vad är målet – på sikt?' adds to the same question: one question, not stacked."""
    score = score_question(text, lang)
    assert (score.form, list(score.flags)) == (form, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Ni har väl en budget"),
        ("sv", "Vi ses i morgon. Ni har väl en budget"),  # the particle in the second sentence only
        ("en", "You surely have a budget"),
    ],
)
def test_a_particle_that_assumes_the_answer_asks_without_a_question_mark(lang, text):
    """'Ni har väl en budget' asks for a yes: the rules read its clause as closed by its word 'väl',
    which the turn's one pass over its word lists finds before the clauses are read."""
    turn = parse(text, lang)
    assert (turn.forms[-1], turn.why[-1], turn.flags) == ("closed", "marked", ["leading"])
