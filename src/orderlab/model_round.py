"""The model round of notebook 05: a strong first round, played in the engine and annotated.

The learner's side and why each step works are content (``content/model-round.yaml``, both
languages). The requester's replies, the scores and the next order are not written anywhere:
``play`` runs the round through ``Session`` every time, so the annotation always sits beside
what the role-play really answers. Engine side: no ipywidgets; ``show_model_round`` returns an
``orderlab.panel.Panel`` (data); notebook 05 shows it through ``orderlab.present.show``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import lang as L
from .content_reader import read_yaml
from .errors import Problem, ScenarioError
from .findings import texts
from .lang import languages
from .panel import Item, Panel
from .session import Session


@dataclass(frozen=True)
class Step:
    """One step of the round: what the learner said or did, the reply, and why it works."""

    kind: str  # question | confirmation | delivery | pitch
    said: str
    reply: str
    why: str
    points: int | None = None
    mentions: tuple[str, ...] = ()  # words the reply must hold for ``why`` to be true
    by_requester: bool = True  # False: the role-play's own verdict (the delivery check), not a reply


@dataclass(frozen=True)
class ModelRound:
    """The played round, its steps in order, and the order it leads to."""

    lang: str
    requester: str
    opening: str
    steps: tuple[Step, ...]
    band: str
    next_order: str


def _path() -> Path:
    return Path(str(resources.files("orderlab") / "content" / "model-round.yaml"))


def _texts(data: Any, field: str, path: Path, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(data.get(lang), str) and data[lang].strip()
                                             for lang in languages()):
        problems.append(Problem(str(path), field, f"needs text in {', '.join(languages())}"))
        return {lang: "" for lang in languages()}
    return {lang: data[lang] for lang in languages()}


def load(path: Path | None = None) -> dict[str, Any]:
    """Read and check the model round; every problem names the file and the field."""
    path = path or _path()
    data = read_yaml(path)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise ScenarioError([Problem(str(path), "(file)", "should be a mapping")])
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        problems.append(Problem(str(path), "questions", "needs at least one question"))
        questions = []
    for i, q in enumerate(questions):
        _texts(q, f"questions[{i}]", path, problems)
        _texts(q.get("why") if isinstance(q, dict) else None, f"questions[{i}].why", path, problems)
    for field in ("confirmation", "pitch"):
        _texts(data.get(field), field, path, problems)
        _texts((data.get(field) or {}).get("why") if isinstance(data.get(field), dict) else None,
               f"{field}.why", path, problems)
    _texts(data.get("delivery_why"), "delivery_why", path, problems)
    if not isinstance(data.get("scenario"), str) or not isinstance(data.get("delivery"), str):
        problems.append(Problem(str(path), "scenario/delivery", "both should be text"))
    if problems:
        raise ScenarioError(problems)
    return data


@cache
def _content() -> dict[str, Any]:
    return load()


def play(lang: str = "sv", content: dict[str, Any] | None = None) -> ModelRound:
    """Play the model round in ``lang`` through the engine and pair each step with why it works."""
    lang = L.check_lang(lang)
    data = content or _content()
    session = Session(data["scenario"], lang, seed=int(data.get("seed", 0)))
    opening = session.opening
    steps: list[Step] = []
    for q in data["questions"]:
        exchange = session.ask(q[lang])
        mentions = tuple((q.get("reply_mentions") or {}).get(lang, ()))
        steps.append(Step("question", q[lang], exchange.reply.text, q["why"][lang], exchange.question.points,
                          mentions))
    confirmed = session.confirm(data["confirmation"][lang])
    steps.append(Step("confirmation", data["confirmation"][lang], confirmed.reply, data["confirmation"]["why"][lang]))
    delivered = session.deliver(data["delivery"])
    choice = session.delivery_choices().get(data["delivery"], data["delivery"])
    verdict = " ".join(texts(delivered.verdict, lang))
    steps.append(Step("delivery", choice, verdict, data["delivery_why"][lang], delivered.score, by_requester=False))
    influence = session.pitch(data["pitch"][lang])
    steps.append(Step("pitch", data["pitch"][lang], influence.reaction, data["pitch"]["why"][lang],
                      influence.pitch.score))
    return ModelRound(lang, session.scenario.requester_name, opening, tuple(steps), influence.band,
                      influence.next_order)


def show_model_round(lang: str = "sv") -> Panel:
    """The model round as a panel: each step's words, the requester's real reply and why it works."""
    played = play(lang)
    name = played.requester
    items = [Item(L.text(lang, "model_round.opening"), "info", None,
                  (L.text(lang, "model_round.reply", name=name, text=played.opening),))]
    asked = 0
    for step in played.steps:
        if step.kind == "question":
            asked += 1
            label = L.text(lang, "model_round.question_n", n=asked)
        else:
            label = L.text(lang, f"model_round.{step.kind}")
        lines = [L.text(lang, "model_round.reply", name=name, text=step.reply) if step.by_requester else step.reply]
        if step.points is not None:
            lines.append(
                L.text(
                    lang, "model_round.points" if step.kind == "question" else "model_round.score", points=step.points
                )
            )
        lines.append(L.text(lang, "model_round.why", text=step.why))
        items.append(Item(label, "good", step.said, tuple(lines)))
    items.append(Item(L.text(lang, "model_round.next_order"), "info", None,
                      (L.text(lang, "model_round.reply", name=name, text=played.next_order),)))
    return Panel(lang, L.text(lang, "model_round.title"), tuple(items), L.text(lang, "model_round.verdict", name=name))
