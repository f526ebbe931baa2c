"""Exercises: friendly checks of a learner's answers, and question scores made readable.

Engine side: never imports ipywidgets or IPython. Every function returns a plain object that
Jupyter shows as HTML (``_repr_html_``, learner text escaped with ``html.escape``) and that
prints as plain text (``str``). Unfinished answers (``...``, empty or blank strings) give a
"not yet" result, never an exception.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from types import EllipsisType
from typing import Any

from . import lang as L
from .errors import InputError
from .pitch import PitchScore, score_pitch
from .questions import QuestionScore, score_question
from .scenario import get as get_scenario
from .session import band
from .text import clip

SCENARIO = "school-brochure"
# Flags that make a rewrite fail even when its form is open, in the order they are reported.
TRAPS: tuple[str, ...] = ("leading", "solution", "stacked")
# The lowest pitch score in the role-play's "strong" band: the pitch that changes the next order.
STRONG_PITCH: int = next(s for s in range(101) if band(s) == "strong")

# The strings of this module, both languages with the same keys (candidates for orderlab.lang).
STRINGS: dict[str, dict[str, str]] = {
    "sv": {
        "quote": "”{text}”",
        "status_ok": "klar",
        "status_fix": "skriv om",
        "status_todo": "inte klart än",
        "status_info": "",
        "scores_title": "Så bedöms frågorna",
        "try_title": "Din egen fråga",
        "try_todo": "Inte klart än: skriv en fråga mellan citattecknen och tryck Shift+Enter.",
        "rewrites_title": "Del 1: Öppna frågor",
        "question_n": "Fråga {n}",
        "closed_was": "Den slutna frågan: ”{text}”",
        "todo_empty": "Skriv din öppna fråga mellan citattecknen.",
        "todo_not_text": "Svaret ska vara text mellan citattecken, till exempel \"Vad vill du uppnå?\".",
        "todo_missing": "Svaret saknas i listan.",
        "todo_not_list": (
            "Inte klart än: answers ska vara en lista med en fråga per rad, inom hakparenteser, "
            "till exempel [\"Vad …?\", \"Hur …?\"]. Öppna övningen på nytt om listan har gått sönder."
        ),
        "item_ok": "Bra: en öppen fråga utan fällor.",
        "item_closed": (
            "Frågan är fortfarande sluten. Börja till exempel med Vad, Hur eller Berätta, "
            "och be om en beskrivning i stället för ett enskilt faktum."
        ),
        "item_none": "Det här är ingen fråga än. Skriv den som en fråga eller som en uppmaning: ”Berätta om …”.",
        "item_leading": "Ta bort det som förutsätter svaret, så att beställaren kan svara fritt.",
        "item_solution": "Spara din egen idé till steg 3, när du vill påverka nästa beställning.",
        "item_stacked": "Ställ en fråga i taget – annars svarar beställaren bara på en av dem.",
        "item_duplicate": "Samma fråga som nummer {n}. Skriv en ny.",
        "topic_kept": "Frågan handlar fortfarande om {topic}.",
        "topic_changed": (
            "Den slutna frågan gällde {topic}. Det ämnet syns inte i din fråga. Det går bra, "
            "men se till att det kommer upp någon gång i samtalet."
        ),
        "rewrites_passed": (
            "Klart! Alla {n} frågor är öppna. Jämför gärna med lösningen i solutions/sv/01-oppna-fragor.ipynb."
        ),
        "rewrites_not_yet": "Inte klart än: {done} av {n} frågor är ifyllda. Skriv resten och kör cellen igen.",
        "rewrites_fix": (
            "{ok} av {n} frågor är öppna och fria från fällor. "
            "Skriv om dem som är markerade och kör cellen igen."
        ),
        "pitch_title": "Del 2: Syftespitch",
        "pitch_label": "Din pitch",
        "pitch_todo": "Inte klart än: skriv din pitch mellan de tre citattecknen och tryck Shift+Enter.",
        "pitch_not_text": "Inte klart än: pitchen ska vara text mellan citattecknen.",
        "pitch_score": "Poäng: {score} av 100. Antal ord: {words}.",
        "pitch_passed": (
            "Klart! Med {score} poäng är pitchen stark nog för att nästa beställning ska utgå från syftet."
        ),
        "pitch_fix": (
            "Pitchen behöver minst {need} poäng och en ton som inte skuldbelägger. "
            "Lägg till det som är markerat med ✗ och kör cellen igen."
        ),
    },
    "en": {
        "quote": "“{text}”",
        "status_ok": "done",
        "status_fix": "rewrite",
        "status_todo": "not yet",
        "status_info": "",
        "scores_title": "How the questions are scored",
        "try_title": "Your own question",
        "try_todo": "Not yet: write a question between the quotation marks and press Shift+Enter.",
        "rewrites_title": "Part 1: Open questions",
        "question_n": "Question {n}",
        "closed_was": "The closed question: “{text}”",
        "todo_empty": "Write your open question between the quotation marks.",
        "todo_not_text": "The answer should be text between quotation marks, such as \"What do you want to achieve?\".",
        "todo_missing": "This answer is missing from the list.",
        "todo_not_list": (
            "Not yet: answers should be a list with one question per line, inside square brackets, "
            "such as [\"What …?\", \"How …?\"]. Open the exercise again if the list has been broken."
        ),
        "item_ok": "Good: an open question with no traps.",
        "item_closed": (
            "The question is still closed. Start with What, How or Tell me, for example, "
            "and ask for a description rather than a single fact."
        ),
        "item_none": "This is not a question yet. Write it as a question or as an invitation: “Tell me about …”.",
        "item_leading": "Take out whatever assumes the answer, so the requester can answer freely.",
        "item_solution": "Save your own idea for step 3, when you want to influence the next order.",
        "item_stacked": "Ask one question at a time, or the requester will answer only one of them.",
        "item_duplicate": "The same question as number {n}. Write a new one.",
        "topic_kept": "The question is still about {topic}.",
        "topic_changed": (
            "The closed question was about {topic}. That topic does not show in your question. That is fine, "
            "but make sure it comes up at some point in the conversation."
        ),
        "rewrites_passed": (
            "Done! All {n} questions are open. Compare with the solution in solutions/en/01-open-questions.ipynb."
        ),
        "rewrites_not_yet": "Not yet: {done} of {n} questions are filled in. Write the rest and run the cell again.",
        "rewrites_fix": (
            "{ok} of {n} questions are open and free of traps. "
            "Rewrite the ones that are marked and run the cell again."
        ),
        "pitch_title": "Part 2: Purpose pitch",
        "pitch_label": "Your pitch",
        "pitch_todo": "Not yet: write your pitch between the triple quotation marks and press Shift+Enter.",
        "pitch_not_text": "Not yet: the pitch should be text between the quotation marks.",
        "pitch_score": "Score: {score} out of 100. Words: {words}.",
        "pitch_passed": (
            "Done! At {score} points the pitch is strong enough for the next order to start from the purpose."
        ),
        "pitch_fix": (
            "The pitch needs at least {need} points and a tone that does not blame. "
            "Add what is marked ✗ and run the cell again."
        ),
    },
}

# The closed questions of exercise 1, each with the topic it is about (school-brochure scenario).
CLOSED_QUESTIONS: tuple[tuple[str, dict[str, str]], ...] = (
    ("purpose", {"sv": "Är syftet att informera om skolstarten?",
                 "en": "Is the purpose to inform families about the school start?"}),
    ("audience", {"sv": "Är det föräldrarna som ska läsa den?",
                  "en": "Is it the parents who will read it?"}),
    ("deadline", {"sv": "När ska broschyren vara klar?",
                  "en": "When does the brochure need to be ready?"}),
    ("format", {"sv": "Hur många sidor ska den ha?",
                "en": "How many pages should it have?"}),
)

# Three questions for the first notebook: closed, open, and one that proposes a solution.
EXAMPLE_QUESTIONS: dict[str, tuple[str, str, str]] = {
    "sv": ("Har du en budget för det här?", "Hur ser ett lyckat resultat ut för dig?",
           "Har du funderat på en film i stället?"),
    "en": ("Do you have a budget for this?", "What would a good result look like for you?",
           "Have you thought about a film instead?"),
}


def _s(lang: str, key: str, **values: object) -> str:
    template = STRINGS[L.check_lang(lang)][key]
    return template.format(**values) if values else template


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
            status = _s(self.lang, f"status_{item.status}")
            head = f"{_MARK[item.status]} {item.label}" + (f" ({status})" if status else "")
            if item.quote is not None:
                head += ": " + _s(self.lang, "quote", text=clip(item.quote))
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
            status = _s(self.lang, f"status_{item.status}")
            head = f"{_MARK[item.status]} <strong>{escape(item.label)}</strong>"
            if status:
                head += f" ({escape(status)})"
            if item.quote is not None:
                head += ": " + escape(_s(self.lang, "quote", text=clip(item.quote)))
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


_MARK = {"ok": "✓", "fix": "✗", "todo": "…", "info": "•"}
_COLOUR = {"ok": "#1d5b2a", "fix": "#a33a00", "todo": "#6b6b6b", "info": "#005a9c"}


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
    form = L.text(lang, "score_form", form=L.text(lang, f"form_{score.form}"))
    points = L.text(lang, "score_points", points=score.points)
    return Item(label, "info", score.text, (form, points, *score.feedback))


def show_scores(*scores: QuestionScore, lang: str = "sv") -> Panel:
    """Show scored questions one below the other: form, points and every reason."""
    items = tuple(_score_item(s, lang, _s(lang, "question_n", n=i)) for i, s in enumerate(scores, 1))
    return Panel(lang, _s(lang, "scores_title"), items)


def try_question(text: object, lang: str = "sv") -> Panel:
    """Score the learner's own question, or say "not yet" while it is still empty."""
    title = _s(lang, "try_title")
    if is_unfinished(text) or not isinstance(text, str):
        return Panel(lang, title, (), _s(lang, "try_todo"))
    return Panel(lang, title, (_score_item(score_question(text, lang), lang, _s(lang, "question_n", n=1)),))


# --- Exercise 01, part 1: closed questions rewritten as open ones ---

def closed_questions(lang: str = "sv") -> tuple[str, ...]:
    """The closed questions that exercise 1 asks the learner to rewrite."""
    L.check_lang(lang)
    return tuple(texts[lang] for _, texts in CLOSED_QUESTIONS)


def _topic_keywords(lang: str) -> dict[str, tuple[str, ...]]:
    return {t: tuple(f.keywords.get(lang, ())) for t, f in get_scenario(SCENARIO).facts.items()}


def _rewrite_item(n: int, answer: object, earlier: dict[str, int], lang: str) -> Item:
    topic, originals = CLOSED_QUESTIONS[n - 1] if n <= len(CLOSED_QUESTIONS) else (None, None)
    label = _s(lang, "question_n", n=n)
    was = (_s(lang, "closed_was", text=originals[lang]),) if originals else ()
    if is_unfinished(answer):
        return Item(label, "todo", None, (*was, _s(lang, "todo_empty")))
    if not isinstance(answer, str):
        return Item(label, "todo", None, (*was, _s(lang, "todo_not_text")))
    score = score_question(answer, lang, _topic_keywords(lang))
    problems = []
    if score.form == "closed":
        problems.append(_s(lang, "item_closed"))
    elif score.form == "none":
        problems.append(_s(lang, "item_none"))
    problems.extend(_s(lang, f"item_{flag}") for flag in TRAPS if flag in score.flags)
    first = earlier.setdefault(_same(answer), n)
    if first != n:
        problems.append(_s(lang, "item_duplicate", n=first))
    notes = []
    if topic and score.form == "open":
        name = L.topic_names(lang)[topic]
        notes.append(_s(lang, "topic_kept" if topic in score.topics else "topic_changed", topic=name))
    verdict = problems or [_s(lang, "item_ok")]
    return Item(label, "fix" if problems else "ok", answer.strip(), (*was, *verdict, *score.feedback, *notes))


def check_open_rewrites(answers: Sequence[object] | object, lang: str = "sv") -> CheckResult:
    """Check the learner's open rewrites of ``closed_questions(lang)``, one answer per question."""
    title = _s(lang, "rewrites_title")
    n = len(CLOSED_QUESTIONS)
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        return CheckResult(lang, title, (), _s(lang, "todo_not_list"))
    given = list(answers)
    earlier: dict[str, int] = {}
    items = [_rewrite_item(i, a, earlier, lang) for i, a in enumerate(given, 1)]
    items += [Item(_s(lang, "question_n", n=i), "todo", None,
                   (_s(lang, "closed_was", text=CLOSED_QUESTIONS[i - 1][1][lang]), _s(lang, "todo_missing")))
              for i in range(len(given) + 1, n + 1)]
    done = sum(item.status != "todo" for item in items)
    ok = sum(item.status == "ok" for item in items)
    finished = done == len(items)
    passed = finished and ok == len(items)
    if passed:
        verdict = _s(lang, "rewrites_passed", n=len(items))
    elif not finished:
        verdict = _s(lang, "rewrites_not_yet", done=done, n=len(items))
    else:
        verdict = _s(lang, "rewrites_fix", ok=ok, n=len(items))
    return CheckResult(lang, title, tuple(items), verdict, finished, passed)


# --- Exercise 01, part 2: the purpose pitch ---

def _pitch_words(lang: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v.get(lang, ())) for k, v in get_scenario(SCENARIO).pitch_words.items()}


def pitch_passes(score: PitchScore) -> bool:
    """A pitch passes when it reaches the role-play's strong band and does not blame."""
    return band(score.score) == "strong" and not score.criteria["blame"]


def check_pitch(pitch: object, lang: str = "sv") -> CheckResult:
    """Score the learner's purpose pitch with the role-play's rules and say what is missing."""
    title = _s(lang, "pitch_title")
    label = _s(lang, "pitch_label")
    if is_unfinished(pitch):
        return CheckResult(lang, title, (), _s(lang, "pitch_todo"))
    if not isinstance(pitch, str):
        return CheckResult(lang, title, (), _s(lang, "pitch_not_text"))
    try:
        score = score_pitch(pitch, lang, _pitch_words(lang))
    except InputError as exc:  # punctuation only: no words to score
        return CheckResult(lang, title, (Item(label, "todo", pitch.strip(), (exc.message,)),), _s(lang, "pitch_todo"))
    passed = pitch_passes(score)
    lines = (_s(lang, "pitch_score", score=score.score, words=score.words), *score.feedback)
    verdict = (_s(lang, "pitch_passed", score=score.score) if passed
               else _s(lang, "pitch_fix", need=STRONG_PITCH))
    item = Item(label, "ok" if passed else "fix", pitch.strip(), lines)
    return CheckResult(lang, title, (item,), verdict, True, passed)


__all__ = [
    "CLOSED_QUESTIONS",
    "EXAMPLE_QUESTIONS",
    "STRINGS",
    "CheckResult",
    "Item",
    "Panel",
    "check_open_rewrites",
    "check_pitch",
    "closed_questions",
    "example_questions",
    "is_unfinished",
    "pitch_passes",
    "show_scores",
    "try_question",
]
