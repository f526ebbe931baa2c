"""What the requester makes of a delivery and a pitch: influence is earned by delivering what was ordered.

The method's order of things, as the game plays it:
- Delivering what was ordered builds trust; delivering something else costs it, most of all when
  the professional delivered their own alternative instead.
- After a delivery that was not the order, even a good pitch cannot earn the strong band: the
  requester says, in their own words (the scenario's ``reactions``), why they are not persuaded.
- A pitch that lectures or blames gets the reaction such a pitch gets: the same order again, and
  less trust.
- Trust carries over to the next round, up or down.

Each change of trust comes with a reason key (``trust_why_*`` in ``lang``), so the game can say why
trust moved.
"""

from __future__ import annotations

from typing import NamedTuple

from .delivery import Delivery
from .scenario import BANDS, Scenario

# How a delivery moves trust (0-100 scale), by what was delivered.
DELIVERY_TRUST: dict[str, int] = {"as_ordered": 8, "changed": -10, "override": -20}
# How a pitch moves trust, by the band it earns; blame costs trust whatever the band.
PITCH_TRUST: dict[str, int] = {"strong": 8, "fair": 4, "weak": 0}
BLAME_TRUST = -15
CAP_AFTER_OVERRIDE = "fair"  # the best band a pitch can earn after a delivery that was not the order
STRONG_FROM, FAIR_FROM = 70, 40  # pitch scores where the strong and fair bands begin


class TrustChange(NamedTuple):
    """How much trust moved, and the key of the sentence that says why (``trust_why_<reason>``)."""

    delta: int
    reason: str


NO_CHANGE = TrustChange(0, "")


def delivered(delivery: Delivery | None) -> str:
    """``as_ordered``, ``changed`` (the order with some details changed) or ``override`` (the alternative)."""
    if delivery is None or delivery.as_ordered:
        return "as_ordered"
    return "override" if delivery.alternative else "changed"


def delivery_trust(delivery: Delivery) -> TrustChange:
    """How the delivery moves the requester's trust."""
    kind = delivered(delivery)
    return TrustChange(DELIVERY_TRUST[kind], f"delivered_{kind}")


def band(score: int, blame: bool = False, delivery: str = "as_ordered") -> str:
    """Which next-order variant a pitch earns.

    A pitch that lectures gets the same order again; after a delivery that was not the order, the
    pitch can earn at most the fair band.
    """
    if blame:
        return "weak"
    earned = "strong" if score >= STRONG_FROM else "fair" if score >= FAIR_FROM else "weak"
    if delivery != "as_ordered" and BANDS.index(earned) > BANDS.index(CAP_AFTER_OVERRIDE):
        return CAP_AFTER_OVERRIDE
    return earned


def capped(score: int, blame: bool, delivery: str) -> bool:
    """Whether the delivery, not the pitch, kept this pitch from a higher band."""
    return band(score, blame, delivery) != band(score, blame)


class Reaction(NamedTuple):
    """The requester's reaction to a pitch, the band it earns, and how trust moves."""

    band: str
    text: str
    kind: str  # band | override | changed | blame: which of the scenario's reactions was said
    trust: TrustChange
    capped: bool


def react(scenario: Scenario, lang: str, score: int, blame: bool, delivery: str) -> Reaction:
    """The requester's reaction to a pitch of ``score`` after a delivery of kind ``delivery``.

    Blame is answered first: being lectured is what the requester hears. After a delivery that was
    not the order, the requester says so in their own words. Otherwise the band's reaction stands.
    """
    which = band(score, blame, delivery)
    if blame:
        kind = "blame"
        trust = TrustChange(BLAME_TRUST, "pitch_blame")
    else:
        kind = delivery if delivery != "as_ordered" else "band"
        trust = TrustChange(PITCH_TRUST[which], f"pitch_{which}")
    text = scenario.next_order[which].reaction[lang] if kind == "band" else scenario.reactions.get(kind)[lang]
    return Reaction(which, text, kind, trust, capped(score, blame, delivery))


__all__ = [
    "BLAME_TRUST", "CAP_AFTER_OVERRIDE", "DELIVERY_TRUST", "NO_CHANGE", "PITCH_TRUST", "Reaction", "TrustChange",
    "band", "capped", "delivered", "delivery_trust", "react",
]
