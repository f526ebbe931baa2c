"""Scenario files: the only place that reads and validates them.

A scenario is YAML with Swedish and English side by side (``{sv: ..., en: ...}``). Every
problem found is reported with the file, the field and the reason, all at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .content_reader import Reader, Text, kind_of, read_validated, read_yaml
from .errors import Problem, ScenarioError
from .lang import builtin_languages
from .lang import languages as known_languages
from .scenario_types import (
    FUNCTIONS,
    MIN_ITEMS,
    MIN_PHRASINGS,
    REACTIONS,
    ConfirmItem,
    DeliveryField,
    Fact,
    FactItem,
    Guidance,
    HiddenNeed,
    NextOrder,
    Persona,
    Reactions,
    Scenario,
    for_round,
)
from .terms import BANDS, FIRST_SCENARIO, PITCH_READ, TOPICS


def field_values(r: Reader, data: Any, key: str, where: str, delivery: list[DeliveryField]) -> dict[str, str]:
    """An optional ``{field: option}`` mapping, checked against the delivery fields."""
    raw = r.get(data, key, where, dict, default={})
    fields = {f.id: f for f in delivery}
    out = {}
    for name, value in raw.items():
        path = f"{where}.{key}.{name}" if where else f"{key}.{name}"
        if name not in fields:
            r.problem(path, f"is not a delivery field; the fields are: {', '.join(fields)}")
        elif str(value) not in fields[name].options:
            r.problem(path, f"is {value!r}; choose one of: {', '.join(fields[name].options)}")
        else:
            out[name] = str(value)
    return out


FILLERS = (2, 5)  # how many lead-ins a persona has per language, at least and at most


def _fillers(r: Reader, requester: Any) -> dict[str, tuple[str, ...]]:
    """The persona's own lead-ins ("Ärligt talat …"), two to five per language, each said as written."""
    words = r.words(requester, "fillers", "requester", required=True, lower=False)
    low, high = FILLERS
    for lang, items in words.items():
        if not low <= len(items) <= high:
            r.problem(f"requester.fillers.{lang}", f"has {len(items)}; give {low} to {high} lead-ins")
        for i, item in enumerate(items):
            if not item.endswith((".", "…", "!", "?", ":")):
                r.problem(f"requester.fillers.{lang}[{i}]", "should end like a sentence (. … ! ? :), since the "
                          "answer after it starts with a capital letter")
    return words


def _round_words(r: Reader, raw: Any, where: str, delivery: list[DeliveryField]) -> dict[str, Any]:
    """A next order's optional words for round 2: redirect, pushback, goodbye, option labels, reactions."""
    out: dict[str, Any] = {k: r.text(raw, k, where) for k in ("redirect", "pushback", "goodbye")
                           if isinstance(raw, dict) and raw.get(k) is not None}
    fields = {f.id: f for f in delivery}
    options: dict[str, dict[str, Text]] = {}
    for fid, labels in (r.get(raw, "options", where, dict, default={}) or {}).items():
        path = f"{where}.options.{fid}"
        if fid not in fields:
            r.problem(path, f"is not a delivery field; choose one of: {', '.join(fields)}")
            continue
        if not isinstance(labels, dict):
            r.problem(path, f"should be a mapping of options to text, not {kind_of(labels)}")
            continue
        for oid, text in labels.items():
            r.choice(oid, f"{path}.{oid}", tuple(fields[fid].options))
            options.setdefault(fid, {})[str(oid)] = r.text_value(text, f"{path}.{oid}")
    raw_reactions = r.get(raw, "reactions", where, dict, default={}) or {}
    for k in raw_reactions:
        r.choice(k, f"{where}.reactions.{k}", REACTIONS)
    reactions = {k: r.text(raw_reactions, k, f"{where}.reactions") for k in REACTIONS if k in raw_reactions}
    return {**out, "options": options, "reactions": reactions}



def _persona(r: Reader, data: Any, delivery: list[DeliveryField]) -> Persona | None:
    raw = r.get(data, "persona", "", dict, default=None)
    if raw is None:
        return None
    patience = r.get(raw, "patience", "persona", int, default=100)
    trust = r.get(raw, "trust", "persona", int, default=50)
    for name, value in (("patience", patience), ("trust", trust)):
        if not 1 <= value <= 100:
            r.problem(f"persona.{name}", f"is {value}; use a whole number from 1 to 100")
    guidance = None
    raw_g = r.get(raw, "guidance", "persona", dict, default=None)
    if raw_g is not None:
        where = "persona.guidance"
        outcome = r.get(raw_g, "outcome", where, str)
        r.choice(outcome, f"{where}.outcome", ("adjust", "hold"))
        adjusted = field_values(r, raw_g, "adjusted", where, delivery)
        if outcome == "adjust" and not adjusted:
            r.problem(f"{where}.adjusted", "is needed when the outcome is adjust: which fields change, to what")
        guidance = Guidance(
            min_trust=r.get(raw_g, "min_trust", where, int, default=60),
            outcome=outcome or "hold",
            adjusted=adjusted,
            accept=r.text(raw_g, "accept", where),
            hold=r.text(raw_g, "hold", where),
        )
    return Persona(patience, trust, r.text(raw, "goodbye", "persona"), guidance)


def _facts(r: Reader, raw_facts: dict, where: str) -> dict[str, Fact]:
    """Topics and what the requester knows about each (``facts``, or a next order's ``facts``)."""
    facts: dict[str, Fact] = {}
    for topic, raw in raw_facts.items():
        at = f"{where}.{topic}"
        r.choice(topic, at, TOPICS)
        if not isinstance(raw, dict):
            r.problem(at, "should be a mapping with items (or short and full)")
            continue
        facts[topic] = Fact(items=_fact_items(r, raw, at), keywords=r.words(raw, "keywords", at))
    return facts


def _fact_items(r: Reader, raw: dict, where: str) -> tuple[FactItem, ...]:
    """A topic's items; the older form (short, full and a list of deeper answers) reads as items too."""
    if "items" in raw:
        for old in ("short", "full", "deeper"):
            if old in raw:
                r.problem(f"{where}.{old}", "cannot stand beside items: put it into an item")
        items = []
        seen: set[str] = set()
        for i, item in enumerate(r.get(raw, "items", where, list) or []):
            at = f"{where}.items[{i}]"
            item_id = r.get(item, "id", at, str) or ""
            if item_id and not item_id.replace("-", "").replace("_", "").isalnum():
                r.problem(f"{at}.id", "should contain only letters, digits, '-' and '_'")
            if item_id in seen:
                r.problem(f"{at}.id", f"{item_id!r} is used twice in this topic")
            seen.add(item_id)
            items.append(FactItem(item_id, r.text(item, "short", at), r.text(item, "full", at),
                                  r.words(item, "examples", at, lower=False)))
        if not items:
            r.problem(f"{where}.items", "needs at least one item")
        return tuple(items)
    deeper = r.get(raw, "deeper", where, list, default=[])
    first = FactItem("main", r.text(raw, "short", where), r.text(raw, "full", where))
    more = tuple(FactItem(f"deeper-{i + 1}", text, text)
                 for i, text in enumerate(r.text_value(d, f"{where}.deeper[{i}]") for i, d in enumerate(deeper)))
    return (first, *more)


def _hidden_need(r: Reader, data: Any, facts: dict[str, Fact], languages: tuple[str, ...]) -> HiddenNeed | None:
    raw = r.get(data, "hidden_need", "", dict, default=None)
    if raw is None:
        return None
    topic = r.get(raw, "topic", "hidden_need", str) or ""
    item = r.get(raw, "item", "hidden_need", str) or ""
    if topic and topic not in facts:
        r.problem("hidden_need.topic", f"is {topic!r}, which has no facts; choose one of: {', '.join(facts)}")
    elif topic and item and item not in {i.id for i in facts[topic].items}:
        r.problem("hidden_need.item", f"is {item!r}; the items of {topic} are: "
                  f"{', '.join(i.id for i in facts[topic].items)}")
    phrasings = r.words(raw, "phrasings", "hidden_need", required=True, lower=False)
    for lang in languages:
        if lang in phrasings and len(phrasings[lang]) < MIN_PHRASINGS:
            r.problem(f"hidden_need.phrasings.{lang}", f"needs at least {MIN_PHRASINGS} different questions")
    return HiddenNeed(topic, item, phrasings)



def parse(data: Any, source: str = "<scenario>") -> Scenario:
    """Validate already-parsed YAML and build a ``Scenario``; raise ``ScenarioError``."""
    if not isinstance(data, dict):
        raise ScenarioError([Problem(source, "(file)", f"should be a mapping, not {kind_of(data)}")])
    langs = data.get("languages")
    named = isinstance(langs, list) and langs
    languages = tuple(x for x in langs if isinstance(x, str)) if named else builtin_languages()
    r = Reader(source, languages)
    r.get(data, "languages", "", list)
    if isinstance(langs, list) and any(not isinstance(x, str) for x in langs):
        r.problem("languages", "should be a list of language codes such as sv and en")
    for lang in languages:
        r.choice(lang, "languages", known_languages())
    sid = r.get(data, "id", "", str)
    if sid is not None and not sid.replace("-", "").isalnum():
        r.problem("id", "should contain only letters, digits and '-'")
    function = r.get(data, "function", "", str)
    r.choice(function, "function", FUNCTIONS)
    requester = r.get(data, "requester", "", dict) or {}

    raw_facts = r.get(data, "facts", "", dict) or {}
    facts = _facts(r, raw_facts, "facts")
    if raw_facts and "purpose" not in raw_facts:
        r.problem("facts.purpose", "is missing: every scenario needs a purpose")

    key_topics = tuple(r.get(data, "key_topics", "", list) or ())
    for topic in key_topics:
        r.choice(topic, "key_topics", tuple(facts) or TOPICS)

    confirmation = []
    for i, raw in enumerate(r.get(data, "confirmation", "", list) or []):
        where = f"confirmation[{i}]"
        confirmation.append(ConfirmItem(
            id=r.get(raw, "id", where, str) or "",
            label=r.text(raw, "label", where),
            keywords=r.words(raw, "keywords", where, required=True),
            correction=r.text(raw, "correction", where),
            wrong=r.words(raw, "wrong", where),
        ))

    delivery = []
    raw_delivery = r.get(data, "delivery", "", dict) or {}
    for i, raw in enumerate(r.get(raw_delivery, "fields", "delivery", list) or []):
        where = f"delivery.fields[{i}]"
        options_raw = r.get(raw, "options", where, dict) or {}
        options = {str(k): r.text_value(v, f"{where}.options.{k}") for k, v in options_raw.items()}
        ordered = r.get(raw, "ordered", where, str)
        alternative = r.get(raw, "alternative", where, str)
        r.choice(ordered, f"{where}.ordered", tuple(options))
        r.choice(alternative, f"{where}.alternative", tuple(options))
        delivery.append(DeliveryField(
            id=r.get(raw, "id", where, str) or "",
            label=r.text(raw, "label", where),
            ordered=ordered or "",
            alternative=alternative or "",
            options=options,
        ))
    if raw_delivery and not delivery:
        r.problem("delivery.fields", "needs at least one field to deliver")
    if delivery and all(f.ordered == f.alternative for f in delivery):
        r.problem("delivery.fields", "the alternative must differ from the order in some field")

    raw_alt = r.get(data, "alternative", "", dict) or {}
    alternative = {k: r.text(raw_alt, k, "alternative") for k in ("summary", "why_tempting", "why_not_now")}

    next_order = {}
    raw_next = r.get(data, "next_order", "", dict) or {}
    for band in BANDS:
        raw = r.get(raw_next, band, "next_order", dict) or {}
        where = f"next_order.{band}"
        next_order[band] = NextOrder(r.text(raw, "reaction", where), r.text(raw, "order", where),
                                     field_values(r, raw, "ordered", where, delivery),
                                     _facts(r, r.get(raw, "facts", where, dict, default={}), f"{where}.facts"),
                                     **_round_words(r, raw, where, delivery))
    raw_reactions = r.get(data, "reactions", "", dict)
    reactions = Reactions(*(r.text(raw_reactions, k, "reactions") if raw_reactions is not None else {}
                            for k in REACTIONS))
    persona = _persona(r, data, delivery)
    for topic in key_topics:
        if topic in facts and len(facts[topic].items) < MIN_ITEMS:
            r.problem(f"facts.{topic}.items", f"a key topic needs at least {MIN_ITEMS} items, so that a follow-up "
                      "has something new to say; this one has "
                      f"{len(facts[topic].items)}")
    for band, nxt in next_order.items():
        for topic, fact in nxt.facts.items():
            if topic in key_topics and len(fact.items) < MIN_ITEMS:
                r.problem(f"next_order.{band}.facts.{topic}.items",
                          f"a key topic needs at least {MIN_ITEMS} items in a next order too; this one has "
                          f"{len(fact.items)}")
    hidden_need = _hidden_need(r, data, facts, languages)

    raw_words = r.get(data, "pitch_words", "", dict, default={})
    pitch_words = {k: r.words(raw_words, k, "pitch_words") for k in raw_words}
    for k in raw_words:
        r.choice(k, f"pitch_words.{k}", PITCH_READ)
    evidence = tuple(
        r.text_value(e, f"evidence[{i}]")
        for i, e in enumerate(r.get(data, "evidence", "", list) or [])
    )
    version = r.get(data, "version", "", int, default=1)

    scenario = Scenario(
        id=sid or "",
        version=version,
        function=function or "",
        core_process=r.get(data, "core_process", "", str) or "",
        languages=languages,
        title=r.text(data, "title", ""),
        setting=r.text(data, "setting", ""),
        requester_name=r.get(requester, "name", "requester", str) or "",
        requester_role=r.text(requester, "role", "requester"),
        requester_unit=r.text(requester, "unit", "requester"),
        fillers=_fillers(r, requester),
        confirm_ok=r.text(requester, "confirm_ok", "requester"),
        professional=r.text(data, "professional", ""),
        opening=r.text(data, "opening", ""),
        facts=facts,
        key_topics=key_topics,
        redirect=r.text(data, "redirect", ""),
        pushback=r.text(data, "pushback", ""),
        confirmation=tuple(confirmation),
        delivery=tuple(delivery),
        alternative=alternative,
        evidence=evidence,
        pitch_words=pitch_words,
        next_order=next_order,
        reactions=reactions,
        persona=persona,
        hidden_need=hidden_need,
        source=source,
    )
    return r.finish(scenario)



def load(path: str | Path) -> Scenario:
    """Read and validate one scenario file."""
    return read_validated(path, parse)


def builtin_dir() -> Path:
    """The folder of scenarios shipped with the package."""
    return Path(__file__).parent / "scenarios"  # not importlib.resources: slow to import, and never a zip here


def builtin_ids() -> list[str]:
    """Ids (file stems) of the shipped scenarios, sorted."""
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


_CACHE: dict[str, Scenario] = {}


def get(scenario_id: str) -> Scenario:
    """A shipped scenario by id; ``KeyError`` names the ids there are."""
    if scenario_id not in _CACHE:
        path = builtin_dir() / f"{scenario_id}.yaml"
        if not path.is_file():
            known = ", ".join(builtin_ids()) or "none"
            raise KeyError(f"unknown scenario {scenario_id!r}; known scenarios: {known}")
        _CACHE[scenario_id] = load(path)
    return _CACHE[scenario_id]


def all_scenarios() -> list[Scenario]:
    """Every shipped scenario, validated: the introductory one first, then by id."""
    ids = builtin_ids()
    return [get(i) for i in sorted(ids, key=lambda i: (i != FIRST_SCENARIO, i))]


__all__ = ["BANDS", "FUNCTIONS", "MIN_ITEMS", "MIN_PHRASINGS", "PITCH_READ", "REACTIONS", "TOPICS", "ConfirmItem",
           "DeliveryField", "Fact", "FactItem", "Guidance", "HiddenNeed", "NextOrder", "Persona", "Reactions",
           "Scenario", "Text", "all_scenarios", "builtin_dir", "builtin_ids", "field_values", "for_round", "get",
           "load", "parse", "read_validated", "read_yaml"]
