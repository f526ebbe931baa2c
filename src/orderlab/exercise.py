"""Exercises: friendly checks of a learner's answers, and question scores made readable.

Engine side: never imports ipywidgets or IPython. Every function returns a plain object that
Jupyter shows as HTML (``_repr_html_``, learner text escaped with ``html.escape``) and that
prints as plain text (``str``). Unfinished answers (``...``, empty or blank strings) give a
"not yet" result, never an exception. The examples, plans and pitches shown are data, read by
``orderlab.exercise_content`` from ``scenarios/exercises/school-brochure.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from types import EllipsisType
from typing import Any

from . import delivery as D
from . import exercise_content
from . import lang as L
from .conversation import GOOD_OPEN, ConversationScore, score_conversation
from .errors import InputError
from .exercise_content import ExerciseContent
from .pitch import BLAME_PENALTY, LENGTH_PENALTY, MAX_WORDS, MIN_WORDS, PitchScore, score_pitch
from .pitch import WEIGHTS as PITCH_WEIGHTS
from .questions import QuestionScore, join_and, score_question
from .scenario import Scenario
from .scenario import get as get_scenario
from .session import Session, band
from .text import clip
from .understanding.vocabulary import Vocabulary, of_scenario

SCENARIO = "school-brochure"
# Flags that make a rewrite fail even when its form is open, in the order they are reported.
TRAPS: tuple[str, ...] = ("leading", "solution", "stacked")
# The lowest pitch score in the role-play's "strong" band: the pitch that changes the next order.
STRONG_PITCH: int = next(s for s in range(101) if band(s) == "strong")


# The course content for SCENARIO (examples, plans, pitches, ...) is data, read once from
# scenarios/exercises/school-brochure.yaml; the names below keep it importable from here.
CONTENT: ExerciseContent = exercise_content.get(SCENARIO)
# Closed questions for exercise 1 to rewrite, each with the topic it is about.
CLOSED_QUESTIONS: tuple[tuple[str, dict[str, str]], ...] = CONTENT.closed_questions
# By language: a closed question, an open one and one that proposes a solution (notebook 01).
EXAMPLE_QUESTIONS: dict[str, tuple[str, str, str]] = CONTENT.example_questions
# Scored examples for notebook 02 by kind, each with the label that says what it shows.
EXAMPLES: dict[str, tuple[tuple[str, dict[str, str]], ...]] = CONTENT.examples
# The ten topics: why each matters and an open question about it, by language.
TOPIC_GUIDE: dict[str, dict[str, tuple[str, str]]] = CONTENT.topic_guide
# Two ways to prepare for the meeting: a colleague's questions (weak) and consultative ones (strong).
PLANS: dict[str, dict[str, tuple[str, ...]]] = CONTENT.plans
# A delivery that changes one field of the order on the professional's own initiative.
MIXED_DELIVERY: dict[str, str] = CONTENT.mixed_delivery
# The three deliveries of notebook 03 and exercise 03, by the letter the learner writes.
DELIVERIES: dict[str, str | dict[str, str]] = {"A": "ordered", "B": "alternative", "C": MIXED_DELIVERY}
# A complete confirmation of the order, used to compare deliveries.
EXAMPLE_CONFIRMATION: dict[str, str] = CONTENT.example_confirmation
# Notebook 04's pitches: one that lectures, one that only thanks, and one that influences.
EXAMPLE_PITCHES: dict[str, dict[str, str]] = CONTENT.example_pitches
# What a hurried support colleague asks about any order: closed, leading or selling a solution.
WEAK_QUESTIONS: dict[str, tuple[str, ...]] = CONTENT.weak_questions


@dataclass(frozen=True)
class Item:
    """One answer's feedback: a label, a status (ok, fix, todo, info), the quoted text and reasons."""

    label: str
    status: str
    quote: str | None
    lines: tuple[str, ...]


@dataclass(frozen=True, repr=False)
class Panel:
    """A titled list of items with an optional verdict; shown as escaped HTML or plain text."""

    lang: str
    title: str
    items: tuple[Item, ...]
    verdict: str = ""

    def text(self) -> str:
        """The panel as plain text."""
        out = [self.title]
        if self.verdict:
            out.append(self.verdict)
        for item in self.items:
            status = L.text(self.lang, f"exercises.status_{item.status}")
            head = f"{_MARK[item.status]} {item.label}" + (f" ({status})" if status else "")
            if item.quote is not None:
                head += ": " + L.text(self.lang, "exercises.quote", text=clip(item.quote))
            out.append(head)
            out.extend(f"    - {line}" for line in item.lines)
        return "\n".join(out)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title!r}: {self.verdict!r}>"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Plain-text display in IPython without importing it."""
        printer.text(self.text())

    def _repr_html_(self) -> str:
        """The panel as HTML; every piece of text is escaped."""
        parts = [f'<div class="orderlab-check" lang="{escape(self.lang)}" style="max-width:60em;line-height:1.45">',
                 f'<h4 style="margin:0.3em 0">{escape(self.title)}</h4>']
        if self.verdict:
            parts.append(f'<p style="font-weight:bold;margin:0.3em 0">{escape(self.verdict)}</p>')
        for item in self.items:
            status = L.text(self.lang, f"exercises.status_{item.status}")
            head = f"{_MARK[item.status]} <strong>{escape(item.label)}</strong>"
            if status:
                head += f" ({escape(status)})"
            if item.quote is not None:
                head += ": " + escape(L.text(self.lang, "exercises.quote", text=clip(item.quote)))
            lines = "".join(f"<li>{escape(line)}</li>" for line in item.lines)
            parts.append(
                f'<div class="orderlab-check-{item.status}" style="border-left:4px solid {_COLOUR[item.status]};'
                f'padding:0.1em 0.8em;margin:0.5em 0"><p style="margin:0.2em 0">{head}</p>'
                + (f'<ul style="margin:0.2em 0">{lines}</ul>' if lines else "") + "</div>"
            )
        parts.append("</div>")
        return "".join(parts)


@dataclass(frozen=True, repr=False)
class CheckResult(Panel):
    """A checked exercise: ``finished`` when every answer is written, ``passed`` when all are right."""

    finished: bool = False
    passed: bool = False


# ok/fix judge an answer the learner can change; good/poor judge without asking for a rewrite.
_MARK = {"ok": "✓", "fix": "✗", "todo": "…", "info": "•", "good": "✓", "poor": "✗"}
_COLOUR = {"ok": "#1d5b2a", "fix": "#a33a00", "todo": "#6b6b6b", "info": "#005a9c",
           "good": "#1d5b2a", "poor": "#a33a00"}


def is_unfinished(answer: object) -> bool:
    """True for the placeholders a learner has not replaced yet: ``...``, ``""`` or blanks."""
    return isinstance(answer, EllipsisType) or (isinstance(answer, str) and not answer.strip())


def _same(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" ?!.")


# --- Notebook 01: readable question scores ---

def example_questions(lang: str = "sv") -> tuple[str, str, str]:
    """A closed question, an open one and one that proposes a solution, in ``lang``."""
    return EXAMPLE_QUESTIONS[L.check_lang(lang)]


def _score_item(score: QuestionScore, lang: str, label: str) -> Item:
    form = L.text(lang, "ui.score_form", form=L.text(lang, f"ui.form_{score.form}"))
    points = L.text(lang, "ui.score_points", points=score.points)
    return Item(label, "info", score.text, (form, points, *score.feedback))


def show_scores(*scores: QuestionScore, lang: str = "sv") -> Panel:
    """Show scored questions one below the other: form, points and every reason."""
    items = tuple(_score_item(s, lang, L.text(lang, "exercises.question_n", n=i)) for i, s in enumerate(scores, 1))
    return Panel(lang, L.text(lang, "exercises.scores_title"), items)


def try_question(text: object, lang: str = "sv") -> Panel:
    """Score the learner's own question, or say "not yet" while it is still empty."""
    title = L.text(lang, "exercises.try_title")
    if is_unfinished(text) or not isinstance(text, str):
        return Panel(lang, title, (), L.text(lang, "exercises.try_todo"))
    item = _score_item(score_question(text, lang), lang, L.text(lang, "exercises.question_n", n=1))
    return Panel(lang, title, (item,))


# --- Exercise 01, part 1: closed questions rewritten as open ones ---

def closed_questions(lang: str = "sv") -> tuple[str, ...]:
    """The closed questions that exercise 1 asks the learner to rewrite."""
    L.check_lang(lang)
    return tuple(texts[lang] for _, texts in CLOSED_QUESTIONS)


def _vocabulary(lang: str, scenario: str = SCENARIO) -> Vocabulary:
    """What the scenario says about its topics: the role-play reads questions with it, so the exercises do too."""
    return of_scenario(get_scenario(scenario), lang)


def _rewrite_item(n: int, answer: object, earlier: dict[str, int], lang: str) -> Item:
    topic, originals = CLOSED_QUESTIONS[n - 1] if n <= len(CLOSED_QUESTIONS) else (None, None)
    label = L.text(lang, "exercises.question_n", n=n)
    was = (L.text(lang, "exercises.closed_was", text=originals[lang]),) if originals else ()
    if is_unfinished(answer):
        return Item(label, "todo", None, (*was, L.text(lang, "exercises.todo_empty")))
    if not isinstance(answer, str):
        return Item(label, "todo", None, (*was, L.text(lang, "exercises.todo_not_text")))
    score = score_question(answer, lang, vocabulary=_vocabulary(lang))
    problems = []
    if score.form == "closed":
        problems.append(L.text(lang, "exercises.item_closed"))
    elif score.form == "none":
        problems.append(L.text(lang, "exercises.item_none"))
    problems.extend(L.text(lang, f"exercises.item_{flag}") for flag in TRAPS if flag in score.flags)
    first = earlier.setdefault(_same(answer), n)
    if first != n:
        problems.append(L.text(lang, "exercises.item_duplicate", n=first))
    notes = []
    if topic and score.form == "open":
        name = L.topic_objects(lang)[topic]
        notes.append(L.text(lang,
                            "exercises.topic_kept" if topic in score.topics else "exercises.topic_changed", topic=name))
    verdict = problems or [L.text(lang, "exercises.item_ok")]
    return Item(label, "fix" if problems else "ok", answer.strip(), (*was, *verdict, *score.feedback, *notes))


def check_open_rewrites(answers: Sequence[object] | object, lang: str = "sv") -> CheckResult:
    """Check the learner's open rewrites of ``closed_questions(lang)``, one answer per question."""
    title = L.text(lang, "exercises.rewrites_title")
    n = len(CLOSED_QUESTIONS)
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        return CheckResult(lang, title, (), L.text(lang, "exercises.todo_not_list"))
    given = list(answers)
    earlier: dict[str, int] = {}
    items = [_rewrite_item(i, a, earlier, lang) for i, a in enumerate(given, 1)]
    items += [Item(L.text(lang, "exercises.question_n", n=i), "todo", None,
                   (L.text(lang, "exercises.closed_was", text=CLOSED_QUESTIONS[i - 1][1][lang]),
                    L.text(lang, "exercises.todo_missing")))
              for i in range(len(given) + 1, n + 1)]
    done = sum(item.status != "todo" for item in items)
    ok = sum(item.status == "ok" for item in items)
    finished = done == len(items)
    passed = finished and ok == len(items)
    if passed:
        verdict = L.text(lang, "exercises.rewrites_passed", n=len(items))
    elif not finished:
        verdict = L.text(lang, "exercises.rewrites_not_yet", done=done, n=len(items))
    else:
        verdict = L.text(lang, "exercises.rewrites_fix", ok=ok, n=len(items))
    return CheckResult(lang, title, tuple(items), verdict, finished, passed)


# --- Exercise 01, part 2: the purpose pitch ---

def _pitch_words(lang: str, scenario: str = SCENARIO) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.get(lang, ())) for k, v in get_scenario(scenario).pitch_words.items()}


def pitch_passes(score: PitchScore) -> bool:
    """A pitch passes when it reaches the role-play's strong band and does not blame."""
    return band(score.score) == "strong" and not score.criteria["blame"]


def check_pitch(pitch: object, lang: str = "sv") -> CheckResult:
    """Score the learner's purpose pitch with the role-play's rules and say what is missing."""
    title = L.text(lang, "exercises.pitch_title")
    label = L.text(lang, "exercises.pitch_label")
    if is_unfinished(pitch):
        return CheckResult(lang, title, (), L.text(lang, "exercises.pitch_todo"))
    if not isinstance(pitch, str):
        return CheckResult(lang, title, (), L.text(lang, "exercises.pitch_not_text"))
    try:
        score = score_pitch(pitch, lang, _pitch_words(lang))
    except InputError as exc:  # punctuation only: no words to score
        return CheckResult(lang, title, (Item(label, "todo", pitch.strip(), (exc.message,)),),
                           L.text(lang, "exercises.pitch_todo"))
    passed = pitch_passes(score)
    lines = (L.text(lang, "exercises.pitch_score", score=score.score, words=score.words), *score.feedback)
    verdict = (L.text(lang, "exercises.pitch_passed", score=score.score) if passed
               else L.text(lang, "exercises.pitch_fix", need=STRONG_PITCH))
    item = Item(label, "ok" if passed else "fix", pitch.strip(), lines)
    return CheckResult(lang, title, (item,), verdict, True, passed)


# --- Notebook 02: the story, scored examples, the ten topics, two ways to prepare ---

def show_story(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The scenario's situation and the requester's opening order."""
    s = get_scenario(scenario)
    items = (Item(L.text(lang, "exercises.story_setting"), "info", None, (s.setting[lang],)),
             Item(L.text(lang, "exercises.story_opening", name=s.requester_name), "info", s.opening[lang], ()))
    return Panel(lang, s.title[lang], items)


def show_examples(kind: str, lang: str = "sv") -> Panel:
    """Scored examples of one kind (``open_closed``, ``traps``, ``reflections``), each with its label."""
    if kind not in EXAMPLES:
        raise ValueError(f"unknown kind of example {kind!r}: choose one of {', '.join(EXAMPLES)}")
    vocabulary = _vocabulary(lang)
    items = tuple(_score_item(score_question(texts[L.check_lang(lang)], lang, vocabulary=vocabulary), lang,
                              L.text(lang, f"exercises.{label}"))
                  for label, texts in EXAMPLES[kind])
    return Panel(lang, L.text(lang, f"exercises.examples_{kind}"), items)


def show_topics(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The ten topics of step 1: why each matters, an open question about it, and the scenario's key ones."""
    s = get_scenario(scenario)
    items = []
    for topic, name in L.topic_names(lang).items():
        why, example = TOPIC_GUIDE[topic][lang]
        key = (L.text(lang, "exercises.topic_key", title=s.title[lang]),) if topic in s.key_topics else ()
        items.append(Item(name[:1].upper() + name[1:], "info", None,
                          (why, L.text(lang, "exercises.topic_example", text=example), *key)))
    return Panel(lang, L.text(lang, "exercises.topics_title"), tuple(items))


def _numbered(lang: str, questions: Sequence[str]) -> tuple[str, ...]:
    return tuple(L.text(lang, "exercises.numbered", n=i, text=q) for i, q in enumerate(questions, 1))


def compare_plans(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """A colleague's questions and consultative ones, each scored as step 1 of the role-play scores them."""
    s = get_scenario(scenario)
    vocabulary = _vocabulary(lang, scenario)
    items = []
    for which in ("weak", "strong"):
        questions = PLANS[which][L.check_lang(lang)]
        conv = score_conversation([score_question(q, lang, vocabulary=vocabulary) for q in questions],
                                  s.key_topics, lang)
        items.append(Item(L.text(lang, f"exercises.plan_{which}"), "good" if which == "strong" else "poor", None,
                          (*_numbered(lang, questions), L.text(lang, "exercises.plan_score", score=conv.score),
                           *conv.feedback)))
    return Panel(lang, L.text(lang, "exercises.plans_title"), tuple(items), L.text(lang, "exercises.plan_no_depth"))


# --- Exercise 02: the questions you would ask ---

MIN_QUESTIONS = 5  # a plan shorter than this is not finished
MIN_TOPICS = 4  # of the ten topics, how many a plan must cover


def _plan_item(n: int, score: QuestionScore, earlier: dict[str, int], lang: str) -> Item:
    label = L.text(lang, "exercises.question_n", n=n)
    problems = []
    if score.form == "none" and not score.reflection:
        problems.append(L.text(lang, "exercises.item_none"))
    problems.extend(L.text(lang, f"exercises.item_{flag}") for flag in TRAPS if flag in score.flags)
    first = earlier.setdefault(_same(score.text), n)
    if first != n:
        problems.append(L.text(lang, "exercises.item_duplicate", n=first))
    if problems:
        status, verdict = "fix", problems
    elif score.form == "closed":
        status, verdict = "info", [L.text(lang, "exercises.item_closed_ok")]
    elif score.form == "none":
        status, verdict = "info", [L.text(lang, "exercises.item_reflection")]
    else:
        status, verdict = "ok", [L.text(lang, "exercises.item_ok")]
    return Item(label, status, score.text.strip(), (*verdict, *score.feedback))


def _plan_criteria(conv: ConversationScore, lang: str) -> list[Item]:
    """The four requirements of a plan, each an item that is ok or to fix."""
    names = L.topic_names(lang)
    need_pct = round(100 * GOOD_OPEN)
    pct = round(100 * conv.open_share)
    opened = conv.open_share >= GOOD_OPEN
    open_item = Item(L.text(lang, "exercises.crit_open_label"), "good" if opened else "poor", None,
                     (L.text(lang, "exercises.crit_open_ok" if opened else "exercises.crit_open_fix",
                             pct=pct, need=need_pct),))
    asked_purpose = "purpose" in conv.covered
    purpose_key = ("crit_purpose_ok" if conv.purpose_first
                   else "crit_purpose_late" if asked_purpose else "crit_purpose_missing")
    purpose_item = Item(L.text(lang, "exercises.crit_purpose_label"), "good" if conv.purpose_first else "poor", None,
                        (L.text(lang, f"exercises.{purpose_key}"),))
    enough = len(conv.covered) >= MIN_TOPICS
    topic_lines = [L.text(lang, "exercises.crit_topics_count", n=len(conv.covered), need=MIN_TOPICS)]
    if conv.covered:
        topic_lines.append(L.text(lang, "exercises.crit_topics_covered",
                                  topics=", ".join(names[t] for t in conv.covered)))
    if not enough:
        topic_lines.append(L.text(lang, "exercises.crit_topics_more",
                              topics=join_and(lang, [L.topic_objects(lang)[t] for t in conv.missed[:3]])))
    topics_item = Item(L.text(lang, "exercises.crit_topics_label"), "good" if enough else "poor",
                       None, tuple(topic_lines))
    restrained = not conv.solutions and not conv.leading
    restraint_lines = [L.text(lang, "exercises.crit_restraint_ok")] if restrained else []
    if conv.solutions:
        restraint_lines.append(L.text(lang, "exercises.crit_restraint_solutions", n=conv.solutions))
    if conv.leading:
        restraint_lines.append(L.text(lang, "exercises.crit_restraint_leading", n=conv.leading))
    restraint_item = Item(L.text(lang, "exercises.crit_restraint_label"), "good" if restrained else "poor", None,
                          tuple(restraint_lines))
    return [open_item, purpose_item, topics_item, restraint_item]


def check_questions(questions: Sequence[object] | object, lang: str = "sv", scenario: str | None = None) -> CheckResult:
    """Check a plan of questions: open share, purpose before form, at least four topics, no traps.

    The plan is scored with ``score_conversation`` over all ten topics. ``scenario`` adds that
    scenario's own topic words; without it only the general word lists are used.
    """
    title = L.text(lang, "exercises.questions_title")
    if isinstance(questions, str | bytes) or not isinstance(questions, Sequence):
        return CheckResult(lang, title, (), L.text(lang, "exercises.questions_not_list"))
    vocabulary = _vocabulary(lang, scenario) if scenario else None
    given = list(questions)
    earlier: dict[str, int] = {}
    items: list[Item] = []
    scores: list[QuestionScore] = []
    for n, question in enumerate(given, 1):
        if is_unfinished(question) or not isinstance(question, str):
            why = "questions_todo" if is_unfinished(question) else "todo_not_text"
            items.append(Item(L.text(lang, "exercises.question_n", n=n), "todo", None,
                              (L.text(lang, f"exercises.{why}"),)))
            continue
        score = score_question(question, lang, vocabulary=vocabulary)
        scores.append(score)
        items.append(_plan_item(n, score, earlier, lang))
    items += [Item(L.text(lang, "exercises.question_n", n=n), "todo", None, (L.text(lang, "exercises.questions_todo"),))
              for n in range(len(given) + 1, MIN_QUESTIONS + 1)]
    if len(scores) < len(items):
        verdict = L.text(lang, "exercises.rewrites_not_yet", done=len(scores), n=len(items))
        return CheckResult(lang, title, tuple(items), verdict)
    conv = score_conversation(scores, tuple(L.topic_names(lang)), lang)
    criteria = _plan_criteria(conv, lang)
    met = sum(c.status == "good" for c in criteria)
    to_fix = sum(item.status == "fix" for item in items)
    passed = met == len(criteria) and not to_fix
    if passed:
        verdict = L.text(lang, "exercises.questions_passed", n=len(conv.covered))
    elif met == len(criteria):
        verdict = L.text(lang, "exercises.questions_fix_items", n=to_fix)
    else:
        verdict = L.text(lang, "exercises.questions_fix", ok=met, n=len(criteria))
    return CheckResult(lang, title, (*criteria, *items), verdict, True, passed)


# --- Notebook 03 and exercise 03: the temptation, the confirmation, the delivery ---

def show_alternative(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """What was ordered, the professional's tempting alternative, and the requester's push-back."""
    s = get_scenario(scenario)
    ordered = "; ".join(f.options[f.ordered][lang] for f in s.delivery)
    name = s.requester_name
    items = (Item(L.text(lang, "exercises.alt_order"), "info", None, (ordered,)),
             Item(L.text(lang, "exercises.alt_yours"), "info", None, (s.alternative["summary"][lang],)),
             Item(L.text(lang, "exercises.alt_why"), "info", None, (s.alternative["why_tempting"][lang],)),
             Item(L.text(lang, "exercises.alt_pushback", name=name), "info", s.pushback[lang], ()))
    return Panel(lang, L.text(lang, "exercises.alternative_title"), items)


def check_confirmation(summary: object, lang: str = "sv", scenario: str = SCENARIO) -> CheckResult:
    """Check an order confirmation with ``orderlab.delivery.confirm``: each point, and the requester's reply."""
    title = L.text(lang, "exercises.confirmation_title")
    if is_unfinished(summary):
        return CheckResult(lang, title, (), L.text(lang, "exercises.confirmation_todo"))
    if not isinstance(summary, str):
        return CheckResult(lang, title, (), L.text(lang, "exercises.confirmation_not_text"))
    s = get_scenario(scenario)
    try:
        result = D.confirm(s, lang, summary)
    except InputError:  # punctuation only: nothing to confirm
        return CheckResult(lang, title, (), L.text(lang, "exercises.confirmation_todo"))
    items = [Item(point.label[lang], "good" if point.id in result.covered else "poor", None,
                  (L.text(lang, "exercises.point_ok" if point.id in result.covered else "exercises.point_missing"),))
             for point in s.confirmation]
    items.append(Item(L.text(lang, "exercises.confirmation_reply", name=s.requester_name), "info", result.reply, ()))
    n = len(s.confirmation)
    passed = not result.missing
    verdict = (L.text(lang, "exercises.confirmation_passed", n=n, name=s.requester_name) if passed
               else L.text(lang, "exercises.confirmation_fix", ok=len(result.covered), n=n))
    return CheckResult(lang, title, tuple(items), verdict, True, passed)


def _delivery_details(lang: str, scenario: Scenario, letter: str) -> str:
    choice = DELIVERIES[letter]
    if isinstance(choice, str):
        return D.choices(scenario, lang)[choice]
    fields = {f.id: f for f in scenario.delivery}
    return "; ".join(L.text(lang, "exercises.delivery_mixed", field=fields[k].label[lang].lower(),
                            option=fields[k].options[v][lang])
                     for k, v in choice.items())


def _delivery_why(lang: str, scenario: Scenario, letter: str) -> tuple[str, ...]:
    """What the method says about a delivery, beyond the delivery check's own feedback."""
    if letter == "A":
        return (L.text(lang, "exercises.delivery_ordered_why"),)
    if letter == "C":
        return (L.text(lang, "exercises.delivery_mixed_why", name=scenario.requester_name),)
    return ()


def delivery_options(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The deliveries A, B and C to choose between, with their details."""
    s = get_scenario(scenario)
    items = tuple(Item(L.text(lang, "exercises.delivery_n", letter=letter), "info", None,
                       (_delivery_details(lang, s, letter),))
                  for letter in DELIVERIES)
    return Panel(lang, L.text(lang, "exercises.options_title"), items)


def compare_deliveries(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """How ``Session.deliver`` judges each of the deliveries A, B and C after a complete confirmation."""
    s = get_scenario(scenario)
    items = []
    for letter, choice in DELIVERIES.items():
        session = Session(s, lang)
        confirmed = session.confirm(EXAMPLE_CONFIRMATION[lang])
        result = session.deliver(choice)
        judged = tuple(line for line in result.feedback if line != confirmed.reply)
        items.append(Item(L.text(lang, "exercises.delivery_n", letter=letter),
                          "good" if result.as_ordered else "poor", None,
                          (_delivery_details(lang, s, letter),
                           L.text(lang, "exercises.delivery_score", score=result.score),
                           *judged, *_delivery_why(lang, s, letter))))
    return Panel(lang, L.text(lang, "exercises.deliveries_title"), tuple(items),
                 L.text(lang, "exercises.deliveries_verdict", weight=D.CONFIRM_WEIGHT))


def check_delivery(choice: object, lang: str = "sv", scenario: str = SCENARIO) -> CheckResult:
    """Check the learner's delivery, written as the letter A, B or C of ``delivery_options``."""
    title = L.text(lang, "exercises.choice_title")
    if is_unfinished(choice):
        return CheckResult(lang, title, (), L.text(lang, "exercises.choice_todo"))
    letter = choice.strip().strip(".):").upper() if isinstance(choice, str) else ""
    if letter not in DELIVERIES:
        return CheckResult(lang, title, (), L.text(lang, "exercises.choice_unknown"))
    s = get_scenario(scenario)
    result = D.check(s, lang, DELIVERIES[letter])
    passed = result.as_ordered
    item = Item(L.text(lang, "exercises.delivery_n", letter=letter), "good" if passed else "poor", None,
                (_delivery_details(lang, s, letter), *result.feedback, *_delivery_why(lang, s, letter)))
    return CheckResult(lang, title, (item,),
                       L.text(lang, "exercises.choice_passed" if passed else "exercises.choice_fix"), True, passed)


# --- Notebook 04 and exercise 04: the pitch, the evidence, and where the pitch leads ---

def show_pitch_criteria(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The pitch criteria with what each is worth, as the role-play scores them."""
    name = get_scenario(scenario).requester_name
    items = [Item(L.text(lang, f"ui.crit_{c}"), "info", None,
                  (L.text(lang, f"exercises.crit_help_{c}"), L.text(lang, "exercises.crit_points", n=w)))
             for c, w in PITCH_WEIGHTS.items()]
    items.append(Item(L.text(lang, "ui.crit_blame"), "poor", None,
                      (L.text(lang, "exercises.crit_help_blame"),
                       L.text(lang, "exercises.crit_penalty", n=BLAME_PENALTY))))
    items.append(Item(L.text(lang, "ui.crit_length"), "poor", None,
                      (L.text(lang, "exercises.crit_help_length", min=MIN_WORDS, max=MAX_WORDS),
                       L.text(lang, "exercises.crit_penalty", n=LENGTH_PENALTY))))
    return Panel(lang, L.text(lang, "exercises.criteria_title"), tuple(items),
                 L.text(lang, "exercises.criteria_verdict", need=STRONG_PITCH, name=name))


def show_evidence(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The facts and figures the scenario offers as evidence for a pitch."""
    s = get_scenario(scenario)
    items = tuple(Item(L.text(lang, "exercises.evidence_n", n=i), "info", None, (e[lang],)) for i,
                  e in enumerate(s.evidence, 1))
    return Panel(lang, L.text(lang, "exercises.evidence_title"), items)


def example_pitch(kind: str, lang: str = "sv") -> str:
    """One of notebook 04's example pitches: ``lecture``, ``thin`` or ``strong``."""
    if kind not in EXAMPLE_PITCHES:
        raise ValueError(f"unknown example pitch {kind!r}: choose one of {', '.join(EXAMPLE_PITCHES)}")
    return EXAMPLE_PITCHES[kind][L.check_lang(lang)]


def _outcome_lines(pitch: str, lang: str, scenario: Scenario) -> tuple[str, str, tuple[str, ...]]:
    """Deliver as ordered, send the pitch, and return the band, the score line and what happens next."""
    session = Session(scenario, lang)
    session.deliver("ordered")
    influence = session.pitch(pitch)
    name = scenario.requester_name
    return influence.band, L.text(lang, f"exercises.band_{influence.band}", score=influence.pitch.score, name=name), (
        L.text(lang, "exercises.reaction_line", name=name, text=influence.reaction),
        L.text(lang, "exercises.next_order_line", text=influence.next_order),
    )


_BAND_STATUS = {"strong": "good", "fair": "info", "weak": "poor"}


def compare_pitches(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The three example pitches, each sent after delivering as ordered: score, reaction and next order."""
    s = get_scenario(scenario)
    items = []
    for kind in EXAMPLE_PITCHES:
        text = example_pitch(kind, lang)
        which, score_line, lines = _outcome_lines(text, lang, s)
        feedback = score_pitch(text, lang, _pitch_words(lang, scenario)).feedback
        items.append(Item(L.text(lang, f"exercises.pitch_ex_{kind}"), _BAND_STATUS[which], text,
                          (score_line, *feedback, *lines)))
    return Panel(lang, L.text(lang, "exercises.pitches_title"), tuple(items))


def show_draft(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """Exercise 04's starting point: a colleague's lecturing draft, scored, with where it would lead."""
    s = get_scenario(scenario)
    text = example_pitch("lecture", lang)
    which, score_line, lines = _outcome_lines(text, lang, s)
    feedback = score_pitch(text, lang, _pitch_words(lang, scenario)).feedback
    item = Item(L.text(lang, "exercises.draft_label"), _BAND_STATUS[which], text, (score_line, *feedback, *lines))
    return Panel(lang, L.text(lang, "exercises.draft_title"), (item,))


def show_next_order(pitch: object, lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """What the requester replies to the learner's pitch, and what she orders next time."""
    title = L.text(lang, "exercises.next_title")
    if is_unfinished(pitch) or not isinstance(pitch, str):
        return Panel(lang, title, (), L.text(lang, "exercises.next_todo"))
    s = get_scenario(scenario)
    try:
        which, score_line, lines = _outcome_lines(pitch, lang, s)
    except InputError:  # punctuation only
        return Panel(lang, title, (), L.text(lang, "exercises.next_todo"))
    return Panel(lang, title,
                 (Item(L.text(lang, "exercises.pitch_label"), _BAND_STATUS[which], None, (score_line, *lines)),))


# --- Notebook 02, stretch: role reversal ---

# The topics whose example questions would have let the requester talk about the purpose.
REVERSAL_TOPICS: tuple[str, ...] = ("purpose", "end_customer", "success", "history")


def role_reversal(order: object, purpose: object, lang: str = "sv") -> Panel:
    """The learner's own order met with the usual weak questions, and what they never let the learner say."""
    title = L.text(lang, "exercises.reversal_title")
    if is_unfinished(order) or is_unfinished(purpose) or not isinstance(order, str) or not isinstance(purpose, str):
        return Panel(lang, title, (), L.text(lang, "exercises.reversal_todo"))
    asked = tuple(L.text(lang, "exercises.reversal_form", question=L.text(lang, "exercises.quote", text=q),
                     form=L.text(lang, f"ui.form_{score_question(q, lang).form}"))
                  for q in WEAK_QUESTIONS[L.check_lang(lang)])
    better = tuple(L.text(lang, "exercises.quote", text=TOPIC_GUIDE[t][lang][1]) for t in REVERSAL_TOPICS)
    items = (Item(L.text(lang, "exercises.reversal_order"), "info", order.strip(), ()),
             Item(L.text(lang, "exercises.reversal_weak"), "poor", None, asked),
             Item(L.text(lang, "exercises.reversal_unsaid"), "poor", purpose.strip(),
                  (L.text(lang, "exercises.reversal_unsaid_why"),)),
             Item(L.text(lang, "exercises.reversal_better"), "good", None, better))
    return Panel(lang, title, items)


__all__ = [
    "CLOSED_QUESTIONS",
    "DELIVERIES",
    "EXAMPLES",
    "EXAMPLE_CONFIRMATION",
    "EXAMPLE_PITCHES",
    "EXAMPLE_QUESTIONS",
    "MIN_QUESTIONS",
    "MIN_TOPICS",
    "PLANS",
    "TOPIC_GUIDE",
    "WEAK_QUESTIONS",
    "CheckResult",
    "Item",
    "Panel",
    "check_confirmation",
    "check_delivery",
    "check_open_rewrites",
    "check_pitch",
    "check_questions",
    "closed_questions",
    "compare_deliveries",
    "compare_pitches",
    "compare_plans",
    "delivery_options",
    "example_pitch",
    "example_questions",
    "is_unfinished",
    "pitch_passes",
    "role_reversal",
    "show_alternative",
    "show_draft",
    "show_evidence",
    "show_examples",
    "show_next_order",
    "show_pitch_criteria",
    "show_scores",
    "show_story",
    "show_topics",
    "try_question",
]
