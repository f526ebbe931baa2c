"""Notebook 03 and exercise 03: the temptation, the confirmation, the delivery.

Engine side: every function returns an ``orderlab.panel.Panel`` (data); ``orderlab.present``
draws it. Importable from ``orderlab.exercise`` as well.
"""

from __future__ import annotations

from . import delivery as D
from .errors import InputError
from .exercise_common import DELIVERIES, EXAMPLE_CONFIRMATION, SCENARIO, is_unfinished
from .exercise_common import say as _s
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
    items = (Item(_s(lang, "alt_order"), "info", None, (ordered,)),
             Item(_s(lang, "alt_yours"), "info", None, (s.alternative["summary"][lang],)),
             Item(_s(lang, "alt_why"), "info", None, (s.alternative["why_tempting"][lang],)),
             Item(_s(lang, "alt_pushback", name=name), "info", s.pushback[lang], ()))
    return Panel(lang, _s(lang, "alternative_title"), items)


def check_confirmation(summary: object, lang: str = "sv", scenario: str = SCENARIO) -> CheckResult:
    """Check an order confirmation with ``orderlab.delivery.confirm``: each point, and the requester's reply."""
    title = _s(lang, "confirmation_title")
    if is_unfinished(summary):
        return CheckResult(lang, title, (), _s(lang, "confirmation_todo"))
    if not isinstance(summary, str):
        return CheckResult(lang, title, (), _s(lang, "confirmation_not_text"))
    s = get_scenario(scenario)
    try:
        result = D.confirm(s, lang, summary)
    except InputError:  # punctuation only: nothing to confirm
        return CheckResult(lang, title, (), _s(lang, "confirmation_todo"))
    items = [Item(point.label[lang], "good" if point.id in result.covered else "poor", None,
                  (_s(lang, "point_ok" if point.id in result.covered else "point_missing"),))
             for point in s.confirmation]
    items.append(Item(_s(lang, "confirmation_reply", name=s.requester_name), "info", result.reply, ()))
    n = len(s.confirmation)
    passed = not result.missing
    verdict = (_s(lang, "confirmation_passed", n=n, name=s.requester_name) if passed
               else _s(lang, "confirmation_fix", ok=len(result.covered), n=n))
    return CheckResult(lang, title, tuple(items), verdict, True, passed)


def _delivery_details(lang: str, scenario: Scenario, letter: str) -> str:
    choice = DELIVERIES[letter]
    if isinstance(choice, str):
        return D.choices(scenario, lang)[choice]
    fields = {f.id: f for f in scenario.delivery}
    return "; ".join(_s(lang, "delivery_mixed", field=fields[k].label[lang].lower(), option=fields[k].options[v][lang])
                     for k, v in choice.items())


def _delivery_why(lang: str, scenario: Scenario, letter: str) -> tuple[str, ...]:
    """What the method says about a delivery, beyond the delivery check's own feedback."""
    if letter == "A":
        return (_s(lang, "delivery_ordered_why"),)
    if letter == "C":
        return (_s(lang, "delivery_mixed_why", name=scenario.requester_name),)
    return ()


def delivery_options(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """The deliveries A, B and C to choose between, with their details."""
    s = get_scenario(scenario)
    items = tuple(Item(_s(lang, "delivery_n", letter=letter), "info", None, (_delivery_details(lang, s, letter),))
                  for letter in DELIVERIES)
    return Panel(lang, _s(lang, "options_title"), items)


def compare_deliveries(lang: str = "sv", scenario: str = SCENARIO) -> Panel:
    """How ``Session.deliver`` judges each of the deliveries A, B and C after a complete confirmation."""
    s = get_scenario(scenario)
    items = []
    for letter, choice in DELIVERIES.items():
        session = Session(s, lang)
        session.confirm(EXAMPLE_CONFIRMATION[lang])
        result = session.deliver(choice)
        judged = texts(result.verdict, lang)
        items.append(Item(_s(lang, "delivery_n", letter=letter), "good" if result.as_ordered else "poor", None,
                          (_delivery_details(lang, s, letter), _s(lang, "delivery_score", score=result.score),
                           *judged, *_delivery_why(lang, s, letter))))
    return Panel(lang, _s(lang, "deliveries_title"), tuple(items),
                 _s(lang, "deliveries_verdict", weight=D.CONFIRM_WEIGHT))


def check_delivery(choice: object, lang: str = "sv", scenario: str = SCENARIO) -> CheckResult:
    """Check the learner's delivery, written as the letter A, B or C of ``delivery_options``."""
    title = _s(lang, "choice_title")
    if is_unfinished(choice):
        return CheckResult(lang, title, (), _s(lang, "choice_todo"))
    letter = choice.strip().strip(".):").upper() if isinstance(choice, str) else ""
    if letter not in DELIVERIES:
        return CheckResult(lang, title, (), _s(lang, "choice_unknown"))
    s = get_scenario(scenario)
    result = D.check(s, lang, DELIVERIES[letter])
    passed = result.as_ordered
    item = Item(_s(lang, "delivery_n", letter=letter), "good" if passed else "poor", None,
                (_delivery_details(lang, s, letter), *texts(result.feedback, lang), *_delivery_why(lang, s, letter)))
    return CheckResult(lang, title, (item,), _s(lang, "choice_passed" if passed else "choice_fix"), True, passed)


__all__ = ["check_confirmation", "check_delivery", "compare_deliveries", "delivery_options", "show_alternative"]
