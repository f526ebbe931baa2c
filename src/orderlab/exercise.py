"""Exercises: friendly checks of a learner's answers, and question scores made readable.

Engine side: never imports ipywidgets, IPython or the presentation. Every function returns an
``orderlab.panel.Panel`` (or ``CheckResult``): data that ``orderlab.present`` draws as escaped
HTML for Jupyter and as plain text. Unfinished answers (``...``, empty or blank strings) give a
"not yet" result, never an exception. This module holds notebooks 01 and 02 and exercises 01-02;
``exercise_delivery`` (03) and ``exercise_pitch`` (04) hold the rest, and every public name of
all three is importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lang as L
from .conversation import GOOD_OPEN, ConversationScore, score_conversation
from .exercise_common import (
    CLOSED_QUESTIONS,
    CONTENT,
    DELIVERIES,
    EXAMPLE_CONFIRMATION,
    EXAMPLE_PITCHES,
    EXAMPLE_QUESTIONS,
    EXAMPLES,
    PLANS,
    SCENARIO,
    TOPIC_GUIDE,
    TRAPS,
    WEAK_QUESTIONS,
    is_unfinished,
    same_text,
    scenario_vocabulary,
)
from .exercise_delivery import (
    check_confirmation,
    check_delivery,
    compare_deliveries,
    delivery_options,
    show_alternative,
)
from .exercise_pitch import (
    check_pitch,
    compare_pitches,
    example_pitch,
    pitch_passes,
    show_draft,
    show_evidence,
    show_next_order,
    show_pitch_criteria,
)
from .findings import join_and, texts
from .panel import CheckResult, Item, Panel
from .percent import percent
from .questions import QuestionScore, score_question
from .scenario import get as get_scenario

# --- Notebook 01: readable question scores ---

def example_questions(lang: str = "sv") -> tuple[str, str, str]:
    """A closed question, an open one and one that proposes a solution, in ``lang``."""
    return EXAMPLE_QUESTIONS[L.check_lang(lang)]


def _score_item(score: QuestionScore, lang: str, label: str) -> Item:
    form = L.text(lang, "ui.score_form", form=L.text(lang, f"ui.form_{score.form}"))
    points = L.text(lang, "ui.score_points", points=score.points)
    return Item(label, "info", score.text, (form, points, *texts(score.feedback, lang)))


def show_scores(*scores: QuestionScore, lang: str = "sv") -> Panel:
    """Show scored questions one below the other: form, points and every reason."""
    items = tuple(_score_item(s, lang, L.text(lang, "exercises.question_n", n=i)) for i, s in enumerate(scores, 1))
    return Panel(lang, L.text(lang, "exercises.scores_title"), items)


def try_question(text: object, lang: str = "sv") -> Panel:
    """Score the learner's own question, or say "not yet" while it is still empty."""
    title = L.text(lang, "exercises.try_title")
    if is_unfinished(text) or not isinstance(text, str):
        return Panel(lang, title, (), L.text(lang, "exercises.try_todo"))
    return Panel(lang, title,
                 (_score_item(score_question(text, lang), lang, L.text(lang, "exercises.question_n", n=1)),))


# --- Exercise 01, part 1: closed questions rewritten as open ones ---

def closed_questions(lang: str = "sv") -> tuple[str, ...]:
    """The closed questions that exercise 1 asks the learner to rewrite."""
    L.check_lang(lang)
    return tuple(texts[lang] for _, texts in CLOSED_QUESTIONS)


def _rewrite_item(n: int, answer: object, earlier: dict[str, int], lang: str) -> Item:
    topic, originals = CLOSED_QUESTIONS[n - 1] if n <= len(CLOSED_QUESTIONS) else (None, None)
    label = L.text(lang, "exercises.question_n", n=n)
    was = (L.text(lang, "exercises.closed_was", text=originals[lang]),) if originals else ()
    if is_unfinished(answer):
        return Item(label, "todo", None, (*was, L.text(lang, "exercises.todo_empty")))
    if not isinstance(answer, str):
        return Item(label, "todo", None, (*was, L.text(lang, "exercises.todo_not_text")))
    score = score_question(answer, lang, vocabulary=scenario_vocabulary(lang))
    problems = []
    if score.form == "closed":
        problems.append(L.text(lang, "exercises.item_closed"))
    elif score.form == "none":
        problems.append(L.text(lang, "exercises.item_none"))
    problems.extend(L.text(lang, f"exercises.item_{flag}") for flag in TRAPS if flag in score.flags)
    first = earlier.setdefault(same_text(answer), n)
    if first != n:
        problems.append(L.text(lang, "exercises.item_duplicate", n=first))
    notes = []
    if topic and score.form == "open":
        name = L.topic_objects(lang)[topic]
        notes.append(L.text(lang,
                            "exercises.topic_kept" if topic in score.topics else "exercises.topic_changed", topic=name))
    verdict = problems or [L.text(lang, "exercises.item_ok")]
    return Item(label, "fix" if problems else "ok", answer.strip(),
                (*was, *verdict, *texts(score.feedback, lang), *notes))


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
    vocabulary = scenario_vocabulary(lang)
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
    vocabulary = scenario_vocabulary(lang, scenario)
    items = []
    for which in ("weak", "strong"):
        questions = PLANS[which][L.check_lang(lang)]
        conv = score_conversation([score_question(q, lang, vocabulary=vocabulary) for q in questions],
                                  s.key_topics, lang)
        items.append(Item(L.text(lang, f"exercises.plan_{which}"), "good" if which == "strong" else "poor", None,
                          (*_numbered(lang, questions), L.text(lang, "exercises.plan_score", score=conv.score),
                           *texts(conv.feedback, lang))))
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
    first = earlier.setdefault(same_text(score.text), n)
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
    return Item(label, status, score.text.strip(), (*verdict, *texts(score.feedback, lang)))


def _plan_criteria(conv: ConversationScore, lang: str) -> list[Item]:
    """The four requirements of a plan, each an item that is ok or to fix."""
    names = L.topic_names(lang)
    need_pct = percent(GOOD_OPEN)
    pct = percent(conv.open_share)
    opened = conv.open_share >= GOOD_OPEN
    open_item = Item(
        L.text(lang, "exercises.crit_open_label"),
        "good" if opened else "poor",
        None,
        (L.text(lang, "exercises.crit_open_ok" if opened else "exercises.crit_open_fix", pct=pct, need=need_pct),),
    )
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
    vocabulary = scenario_vocabulary(lang, scenario) if scenario else None
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
    "CONTENT",
    "DELIVERIES",
    "EXAMPLES",
    "EXAMPLE_CONFIRMATION",
    "EXAMPLE_PITCHES",
    "EXAMPLE_QUESTIONS",
    "MIN_QUESTIONS",
    "MIN_TOPICS",
    "PLANS",
    "SCENARIO",
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
