"""Scenario files: the only place that reads and validates them.

A scenario is YAML with Swedish and English side by side (``{sv: ..., en: ...}``). Every
problem found is reported with the file, the field and the reason, all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from .errors import Problem, ScenarioError
from .lang import builtin_languages
from .lang import languages as known_languages
from .terms import BANDS, FIRST_SCENARIO, PITCH_READ, TOPICS

T = TypeVar("T")

FUNCTIONS: tuple[str, ...] = (
    "communication", "it", "hr", "finance", "facilities", "administration",
)
MIN_ITEMS = 2  # items a key topic needs
MIN_PHRASINGS = 3  # questions per language that must reach the hidden need

Text = dict[str, str]
Words = dict[str, tuple[str, ...]]


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


class _Reader:
    """Walks the raw YAML, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, languages: tuple[str, ...]):
        self.file = file
        self.languages = languages
        self.problems: list[Problem] = []

    def problem(self, where: str, reason: str) -> None:
        self.problems.append(Problem(self.file, where, reason))

    def finish(self, value: T) -> T:
        """``value``, when the walk found no problem; else every problem found, at once."""
        if self.problems:
            raise ScenarioError(self.problems)
        return value

    def get(self, data: Any, key: str, where: str, kind: type, default: Any = ...) -> Any:
        path = f"{where}.{key}" if where else key
        if not isinstance(data, dict) or key not in data or data[key] is None:
            if default is ...:
                self.problem(path, "is missing")
            return None if default is ... else default
        value = data[key]
        if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
            self.problem(path, f"should be {_KIND_NAMES[kind]}, not {_kind_of(value)}")
            return None if default is ... else default
        return value

    def text(self, data: Any, key: str, where: str) -> Text:
        path = f"{where}.{key}" if where else key
        value = self.get(data, key, where, dict)
        return self.text_value(value, path) if value is not None else {}

    def text_value(self, value: Any, path: str) -> Text:
        if not isinstance(value, dict):
            self.problem(path, f"should be a mapping of languages to text, not {_kind_of(value)}")
            return {}
        out: Text = {}
        for lang in self.languages:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{path}.{lang}", "is missing or empty text")
            else:
                out[lang] = item.strip()
        for extra in sorted(set(value) - set(self.languages)):
            self.problem(f"{path}.{extra}", "is not one of the scenario's languages")
        return out

    def words(self, data: Any, key: str, where: str, required: bool = False, lower: bool = True) -> Words:
        path = f"{where}.{key}" if where else key
        value = self.get(data, key, where, dict, default=... if required else {})
        if not value:
            return {}
        out: Words = {}
        for lang in self.languages:
            items = value.get(lang, [])
            if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
                self.problem(f"{path}.{lang}", "should be a list of words")
                continue
            if required and not items:
                self.problem(f"{path}.{lang}", "needs at least one word")
            out[lang] = tuple(w.strip().lower() if lower else w.strip() for w in items)
        return out

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> None:
        if value is not None and value not in allowed:
            self.problem(path, f"is {value!r}; choose one of: {', '.join(allowed)}")


# PyYAML's C parser is several times faster; the pure-Python one (Pyodide) gives the same data.

_KIND_NAMES = {dict: "a mapping", list: "a list", str: "text", int: "a whole number"}


def _kind_of(value: Any) -> str:
    for kind, name in _KIND_NAMES.items():
        if isinstance(value, kind) and not isinstance(value, bool):
            return name
    return "empty" if value is None else type(value).__name__


def _field_values(r: _Reader, data: Any, key: str, where: str, delivery: list[DeliveryField]) -> dict[str, str]:
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


def _fillers(r: _Reader, requester: Any) -> dict[str, tuple[str, ...]]:
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


def _round_words(r: _Reader, raw: Any, where: str, delivery: list[DeliveryField]) -> dict[str, Any]:
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
            r.problem(path, f"should be a mapping of options to text, not {_kind_of(labels)}")
            continue
        for oid, text in labels.items():
            r.choice(oid, f"{path}.{oid}", tuple(fields[fid].options))
            options.setdefault(fid, {})[str(oid)] = r.text_value(text, f"{path}.{oid}")
    raw_reactions = r.get(raw, "reactions", where, dict, default={}) or {}
    for k in raw_reactions:
        r.choice(k, f"{where}.reactions.{k}", REACTIONS)
    reactions = {k: r.text(raw_reactions, k, f"{where}.reactions") for k in REACTIONS if k in raw_reactions}
    return {**out, "options": options, "reactions": reactions}


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


def _persona(r: _Reader, data: Any, delivery: list[DeliveryField]) -> Persona | None:
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
        adjusted = _field_values(r, raw_g, "adjusted", where, delivery)
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


def _facts(r: _Reader, raw_facts: dict, where: str) -> dict[str, Fact]:
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


def _fact_items(r: _Reader, raw: dict, where: str) -> tuple[FactItem, ...]:
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


def _hidden_need(r: _Reader, data: Any, facts: dict[str, Fact], languages: tuple[str, ...]) -> HiddenNeed | None:
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


def _read_yaml(path: Path) -> Any:
    import yaml  # here, not at the top: PyYAML is slow to import and only reading a file needs it

    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError([Problem(str(path), "(file)", "does not exist")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError([Problem(str(path), "(file)", f"cannot be read: {exc}")]) from None
    try:
        return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe (C where PyYAML has it)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        reason = getattr(exc, "problem", None) or str(exc)
        raise ScenarioError([Problem(str(path), where, f"is not valid YAML: {reason}")]) from None


def parse(data: Any, source: str = "<scenario>") -> Scenario:
    """Validate already-parsed YAML and build a ``Scenario``; raise ``ScenarioError``."""
    if not isinstance(data, dict):
        raise ScenarioError([Problem(source, "(file)", f"should be a mapping, not {_kind_of(data)}")])
    langs = data.get("languages")
    named = isinstance(langs, list) and langs
    languages = tuple(x for x in langs if isinstance(x, str)) if named else builtin_languages()
    r = _Reader(source, languages)
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
                                     _field_values(r, raw, "ordered", where, delivery),
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


def read_validated(path: str | Path, parse: Callable[[Any, str], T]) -> T:
    """Read one YAML content file and validate it with ``parse``, which names the file in its problems."""
    path = Path(path)
    return parse(_read_yaml(path), str(path))


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
