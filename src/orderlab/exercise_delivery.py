"""Notebook 03 and exercise 03: the temptation, the confirmation, the delivery.

Engine side: every function returns an ``orderlab.panel.Panel`` (data); ``orderlab.present``
draws it. Importable from ``orderlab.exercise`` as well.
"""

from __future__ import annotations

from . import delivery as D
from . import lang as L
from .errors import InputError
from .exercise_common import DELIVERIES, EXAMPLE_CONFIRMATION, SCENARIO, is_unfinished
from .findings import texts
from .panel import CheckResult, Item, Panel
from .scenario import Scenario
from .scenario import get as get_scenario
from .session import Session


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
    return "; ".join(
        L.text(lang, "exercises.delivery_mixed", field=fields[k].label[lang].lower(), option=fields[k].options[v][lang])
        for k, v in choice.items()
    )


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
    items = tuple(
        Item(L.text(lang, "exercises.delivery_n", letter=letter), "info", None, (_delivery_details(lang, s, letter),))
        for letter in DELIVERIES
    )
    return Panel(lang, L.text(lang, "exercises.options_title"), items)


def compare_deliveries(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """How ``Session.deliver`` judges each of the deliveries A, B and C after a complete confirmation."""
    s = get_scenario(scenario)
    items = []
    for letter, choice in DELIVERIES.items():
        session = Session(s, lang)
        session.confirm(EXAMPLE_CONFIRMATION[lang])
        result = session.deliver(choice)
        judged = texts(result.verdict, lang)
        items.append(
            Item(
                L.text(lang, "exercises.delivery_n", letter=letter),
                "good" if result.as_ordered else "poor",
                None,
                (
                    _delivery_details(lang, s, letter),
                    L.text(lang, "exercises.delivery_score", score=result.score),
                    *judged,
                    *_delivery_why(lang, s, letter),
                ),
            )
        )
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
                (_delivery_details(lang, s, letter), *texts(result.feedback, lang), *_delivery_why(lang, s, letter)))
    return CheckResult(
        lang,
        title,
        (item,),
        L.text(lang, "exercises.choice_passed" if passed else "exercises.choice_fix"),
        True,
        passed,
    )


__all__ = ["check_confirmation", "check_delivery", "compare_deliveries", "delivery_options", "show_alternative"]
