"""Step 2: confirming the order and checking that what was delivered is what was ordered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from . import lang as L
from .errors import InputError
from .findings import Finding
from .scenario import Scenario
from .text import Lexicon, normalise, words

CONFIRM_WEIGHT = 30  # share of the delivery step's score that the confirmation carries
REPLY_KEYS = frozenset({"confirm_missing", "requester_said"})  # the requester's reply among a delivery's findings


@dataclass(frozen=True)
class Confirmation:
    """Which points of the order the learner's summary covered, and the requester's reply."""

    covered: tuple[str, ...]
    missing: tuple[str, ...]
    reply: str

    @property
    def share(self) -> float:
        total = len(self.covered) + len(self.missing)
        return len(self.covered) / total if total else 1.0

    def to_dict(self) -> dict:
        return {"covered": list(self.covered), "missing": list(self.missing), "reply": self.reply}


@dataclass(frozen=True)
class Delivery:
    """What was delivered, field by field, and whether it matches the order."""

    delivered: dict[str, str]
    as_ordered: bool
    mismatched: tuple[str, ...]
    alternative: bool
    score: int
    feedback: tuple[Finding, ...]  # the verdict, then the requester's reply to the confirmation if there was one

    @property
    def verdict(self) -> tuple[Finding, ...]:
        """What the method says about the delivery, without the requester's reply to the confirmation."""
        return tuple(f for f in self.feedback if f.key not in REPLY_KEYS)

    def to_dict(self) -> dict:
        return {
            "as_ordered": self.as_ordered,
            "score": self.score,
            "delivered": dict(self.delivered),
            "mismatched": list(self.mismatched),
            "alternative": self.alternative,
            "feedback": [f.to_dict() for f in self.feedback],
        }


@lru_cache(maxsize=512)  # built once per word list, not on every confirmation (a scenario has a few dozen)
def stems(keywords: tuple[str, ...]) -> Lexicon:
    """Confirmation keywords match as stems: 'vårdnadshavare' also finds 'vårdnadshavarna'."""
    return Lexicon(k if k.endswith("*") else k + "*" for k in keywords)


def confirm(scenario: Scenario, lang: str, summary: str) -> Confirmation:
    """Check a learner's order confirmation against what a good one mentions."""
    tokens = words(normalise(summary))
    if not tokens:
        raise InputError(lang, "summary_no_words" if summary.strip() else "empty_summary")
    covered, missing, corrections = [], [], []
    for item in scenario.confirmation:
        # A point is covered when the summary names it and does not name something else instead
        # ("en film" when a brochure was ordered): either way the requester corrects it.
        wrong = item.wrong.get(lang) and stems(item.wrong[lang]).matches(tokens)
        if stems(item.keywords.get(lang, ())).matches(tokens) and not wrong:
            covered.append(item.id)
        else:
            missing.append(item.id)
            corrections.append(item.correction[lang])
    reply = (
        scenario.confirm_ok[lang] if not missing
        else L.text(lang, "ui.confirm_missing", corrections=" ".join(corrections))
    )
    return Confirmation(tuple(covered), tuple(missing), reply)


def _reply(scenario: Scenario, confirmation: Confirmation) -> Finding:
    """The requester's reply to a confirmation as a finding, in every language the scenario has."""
    if not confirmation.missing:
        return Finding.of("requester_said", reply=dict(scenario.confirm_ok))
    corrections = {item.id: dict(item.correction) for item in scenario.confirmation}
    return Finding.of("confirm_missing", corrections=tuple(corrections[m] for m in confirmation.missing))


def ordered(scenario: Scenario, changes: Mapping[str, str] | None = None) -> dict[str, str]:
    """What was ordered, field by field: the scenario's order with any agreed changes."""
    return {**{f.id: f.ordered for f in scenario.delivery}, **(changes or {})}


def alternative(scenario: Scenario) -> dict[str, str]:
    """The professional's tempting alternative, field by field."""
    return {f.id: f.alternative for f in scenario.delivery}


def choices(scenario: Scenario, lang: str, order: Mapping[str, str] | None = None) -> dict[str, str]:
    """The deliveries a learner picks between, labelled with their details.

    When the order has become the alternative (the requester asked for your proposal), only
    the order is offered.
    """
    order = dict(order or ordered(scenario))

    def details(values: Mapping[str, str]) -> str:
        return "; ".join(f.options[values[f.id]][lang] for f in scenario.delivery)

    offered = {"ordered": L.text(lang, "ui.deliver_as_ordered", details=details(order))}
    if alternative(scenario) != order:
        offered["alternative"] = L.text(lang, "ui.deliver_alternative", details=details(alternative(scenario)))
    return offered


def resolve(
    scenario: Scenario, lang: str, choice: str | Mapping[str, str], order: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Turn ``ordered``, ``alternative`` or ``{field: option}`` (changes to the order) into a full delivery."""
    fields = {f.id: f for f in scenario.delivery}
    order = dict(order or ordered(scenario))
    if choice == "ordered":
        return order
    if choice == "alternative":
        return alternative(scenario)
    if not isinstance(choice, Mapping):
        raise InputError(lang, "unknown_delivery", choice=choice)
    delivered = dict(order)
    for key, value in choice.items():
        if key not in fields:
            raise InputError(lang, "unknown_field", field=key, fields=", ".join(fields))
        if str(value) not in fields[key].options:
            raise InputError(lang, "unknown_option", value=value, field=key,
                             options=", ".join(fields[key].options))
        delivered[key] = str(value)
    return delivered


def check(
    scenario: Scenario, lang: str, choice: str | Mapping[str, str],
    confirmation: Confirmation | None = None, order: Mapping[str, str] | None = None,
    confirm_weight: int = CONFIRM_WEIGHT,
) -> Delivery:
    """Score a delivery: what matches the order, and why anything else breaks step 2.

    ``order`` is what was finally ordered (after guidance or in a later round);
    ``confirm_weight`` is the share of the score the order confirmation carries.
    """
    order = dict(order or ordered(scenario))
    delivered = resolve(scenario, lang, choice, order)
    mismatched = tuple(f.id for f in scenario.delivery if delivered[f.id] != order[f.id])
    alt = alternative(scenario)
    differing = [f.id for f in scenario.delivery if alt[f.id] != order[f.id]]
    chose_alternative = bool(differing) and all(delivered[f] == alt[f] for f in differing)
    match_share = 1 - len(mismatched) / len(scenario.delivery)
    confirm_share = confirmation.share if confirmation else 0.0
    score = round((100 - confirm_weight) * match_share + confirm_weight * confirm_share)
    if not mismatched:
        feedback = [Finding("delivered_ok")]
    elif chose_alternative:
        feedback = [Finding.of("delivered_alternative", why=dict(scenario.alternative["why_not_now"]))]
    else:
        labels = {f.id: dict(f.label) for f in scenario.delivery}
        feedback = [Finding.of("delivered_changed", fields=tuple(labels[m] for m in mismatched))]
    if confirmation:
        feedback.append(_reply(scenario, confirmation))
    return Delivery(delivered, not mismatched, mismatched, bool(mismatched) and chose_alternative,
                    score, tuple(feedback))
