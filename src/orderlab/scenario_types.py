"""What a scenario holds, once read and validated: the order, its facts, the persona, the next order.

``orderlab.scenario`` reads the files; these frozen dataclasses are what the engine plays with.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .content_reader import Text, Words

FUNCTIONS: tuple[str, ...] = (
    "communication", "it", "hr", "finance", "facilities", "administration",
)
MIN_ITEMS = 2  # items a key topic needs
MIN_PHRASINGS = 3  # questions per language that must reach the hidden need


@dataclass(frozen=True)
class FactItem:
    """One thing the requester knows about a topic, said briefly or in full."""

    id: str
    short: Text
    full: Text
    examples: Words = field(default_factory=dict)  # questions, per language, that this item answers


@dataclass(frozen=True)
class Fact:
    """What the requester knows about one topic: its items, told one at a time, first one first."""

    items: tuple[FactItem, ...]
    keywords: Words = field(default_factory=dict)

    @property
    def short(self) -> Text:
        return self.items[0].short

    @property
    def full(self) -> Text:
        return self.items[0].full

    def item(self, item_id: str) -> FactItem:
        return next(i for i in self.items if i.id == item_id)


@dataclass(frozen=True)
class HiddenNeed:
    """What the requester does not say unasked, and how a learner may come to ask for it."""

    topic: str
    item: str
    phrasings: Words  # at least three natural questions per language that reach it


@dataclass(frozen=True)
class ConfirmItem:
    """Something a good order confirmation must mention."""

    id: str
    label: Text
    keywords: Words
    correction: Text
    wrong: Words = field(default_factory=dict)  # words that show the summary got this point wrong


@dataclass(frozen=True)
class DeliveryField:
    """One choice the learner makes when delivering."""

    id: str
    label: Text
    ordered: str
    alternative: str
    options: dict[str, Text]


@dataclass(frozen=True)
class NextOrder:
    """The requester's reaction to a pitch and the order that follows."""

    reaction: Text
    order: Text
    ordered: dict[str, str] = field(default_factory=dict)  # round 2's order, field by field
    facts: dict[str, Fact] = field(default_factory=dict)  # round 2: topics the new order changes
    # Round 2's own words where round 1's no longer fit (each optional; see ``for_round``).
    redirect: Text = field(default_factory=dict)
    pushback: Text = field(default_factory=dict)
    goodbye: Text = field(default_factory=dict)
    options: dict[str, dict[str, Text]] = field(default_factory=dict)  # field id -> option id -> label
    reactions: dict[str, Text] = field(default_factory=dict)  # override | changed | blame -> text


REACTIONS: tuple[str, ...] = ("override", "changed", "blame")


@dataclass(frozen=True)
class Reactions:
    """How the requester takes a pitch after a delivery that was not the order, or a pitch that blames.

    ``override``: the professional delivered their own alternative; ``changed``: the order with some
    details changed; ``blame``: the pitch lectured or blamed the requester. Said in the persona's
    own words, they replace the band's reaction.
    """

    override: Text
    changed: Text
    blame: Text

    def get(self, kind: str) -> Text:
        return getattr(self, kind)


@dataclass(frozen=True)
class Guidance:
    """How the requester takes a professional proposal made with permission and trust."""

    min_trust: int
    outcome: str  # "adjust": the order changes; "hold": the requester keeps the order
    adjusted: dict[str, str]
    accept: Text
    hold: Text


@dataclass(frozen=True)
class Persona:
    """How much time and goodwill the requester brings to the meeting."""

    patience: int
    trust: int
    goodbye: Text
    guidance: Guidance | None


@dataclass(frozen=True)
class Scenario:
    """One validated role-play scenario."""

    id: str
    version: int
    function: str
    core_process: str
    languages: tuple[str, ...]
    title: Text
    setting: Text
    requester_name: str
    requester_role: Text
    requester_unit: Text
    fillers: dict[str, tuple[str, ...]]  # the persona's own lead-ins to a full answer, per language
    confirm_ok: Text  # what the persona says when the learner's summary of the order is right
    professional: Text
    opening: Text
    facts: dict[str, Fact]
    key_topics: tuple[str, ...]
    redirect: Text
    pushback: Text
    confirmation: tuple[ConfirmItem, ...]
    delivery: tuple[DeliveryField, ...]
    alternative: dict[str, Text]
    evidence: tuple[Text, ...]
    pitch_words: dict[str, Words]
    next_order: dict[str, NextOrder]
    reactions: Reactions
    persona: Persona | None = None
    hidden_need: HiddenNeed | None = None
    source: str = ""

    def summary(self) -> dict[str, Any]:
        """The short description ``orderlab scenarios`` prints."""
        return {
            "id": self.id,
            "title": dict(self.title),
            "function": self.function,
            "languages": list(self.languages),
        }



def for_round(scenario: Scenario, previous_band: str | None) -> Scenario:
    """The scenario as round 2 plays it: the next order's own words replace round 1's where it has them.

    Facts and the order itself are applied by the session and the requester; this swaps the words
    that would otherwise be stale: redirect, pushback, goodbye, delivery option labels and reactions.
    """
    if not previous_band:
        return scenario
    nxt = scenario.next_order[previous_band]
    delivery = tuple(
        replace(f, options={**f.options, **nxt.options[f.id]}) if f.id in nxt.options else f
        for f in scenario.delivery)
    persona = scenario.persona
    if persona and nxt.goodbye:
        persona = replace(persona, goodbye=nxt.goodbye)
    reactions = replace(scenario.reactions, **nxt.reactions) if nxt.reactions else scenario.reactions
    return replace(scenario, redirect=nxt.redirect or scenario.redirect, pushback=nxt.pushback or scenario.pushback,
                   delivery=delivery, persona=persona, reactions=reactions)

