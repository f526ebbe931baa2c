"""Scenario files: the shipped one loads; broken ones fail naming file, field and reason."""

from pathlib import Path

import pytest
import yaml

from orderlab import scenario as S
from orderlab.errors import ScenarioError

SOURCE = "broken.yaml"


def problems_of(data, source: str = SOURCE):
    with pytest.raises(ScenarioError) as info:
        S.parse(data, source)
    return info.value.problems


def only(problems, field: str):
    found = [p for p in problems if p.field == field]
    assert found, f"no problem for {field!r} in {[str(p) for p in problems]}"
    return found[0]


# --- The shipped scenario ---

def test_shipped_scenario_loads(scenario):
    """The school-brochure scenario loads with both languages and its id."""
    assert scenario.id == "school-brochure"
    assert set(scenario.languages) == {"sv", "en"}


def test_shipped_scenario_is_listed():
    """The shipped scenarios can be found by id from any working directory."""
    assert "school-brochure" in S.builtin_ids()
    assert S.get("school-brochure").id == "school-brochure"


def test_every_shipped_scenario_validates():
    """all_scenarios loads every file in the package's scenarios folder, the introductory one first."""
    ids = [s.id for s in S.all_scenarios()]
    assert sorted(ids) == S.builtin_ids()
    assert ids[0] == S.FIRST_SCENARIO


def test_shipped_scenario_has_every_band_of_next_order(scenario):
    """The scenario has a reaction and next order for weak, fair and strong pitches."""
    assert set(scenario.next_order) == {"weak", "fair", "strong"}


def test_shipped_key_topics_have_facts(scenario):
    """Every key topic of the shipped scenario has a fact the requester can answer from."""
    assert set(scenario.key_topics) <= set(scenario.facts)


def test_summary_shape(scenario):
    """summary has exactly the keys the scenarios command prints."""
    assert set(scenario.summary()) == {"id", "title", "function", "languages"}


def test_get_unknown_id_raises_key_error():
    """An unknown scenario id raises KeyError naming the known ids."""
    with pytest.raises(KeyError, match="school-brochure"):
        S.get("no-such-scenario")


def test_shipped_data_parses(raw_scenario):
    """The raw YAML copy used by the tests below is valid as it stands."""
    assert S.parse(raw_scenario, SOURCE).id == "school-brochure"


# --- Broken data ---

def test_missing_field(raw_scenario):
    """A removed required field is reported as missing, with file and field."""
    del raw_scenario["opening"]
    problem = only(problems_of(raw_scenario), "opening")
    assert problem.file == SOURCE
    assert "missing" in problem.reason


def test_missing_nested_field(raw_scenario):
    """A field missing inside a fact item is reported with its full path."""
    del raw_scenario["facts"]["budget"]["items"][0]["short"]
    assert "missing" in only(problems_of(raw_scenario), "facts.budget.items[0].short").reason


def test_key_topic_needs_two_items(raw_scenario):
    """A key topic with one item is refused: a follow-up would have nothing new to say."""
    raw_scenario["facts"]["audience"]["items"] = raw_scenario["facts"]["audience"]["items"][:1]
    reason = only(problems_of(raw_scenario), "facts.audience.items").reason
    assert "at least 2 items" in reason and "has 1" in reason


def test_topic_outside_the_key_topics_may_have_one_item(raw_scenario):
    """Only key topics need several items."""
    assert "budget" not in raw_scenario["key_topics"]
    raw_scenario["facts"]["budget"]["items"] = raw_scenario["facts"]["budget"]["items"][:1]
    assert len(S.parse(raw_scenario, "test").facts["budget"].items) == 1


def test_item_ids_are_unique_within_a_topic(raw_scenario):
    """Two items of one topic may not share an id: the requester remembers what it told by id."""
    items = raw_scenario["facts"]["format"]["items"]
    items[1]["id"] = items[0]["id"]
    assert "used twice" in only(problems_of(raw_scenario), "facts.format.items[1].id").reason


def test_items_and_the_older_form_do_not_mix(raw_scenario):
    """A topic written with items cannot also carry the older short/full."""
    raw_scenario["facts"]["budget"]["short"] = {"sv": "x", "en": "x"}
    assert "beside items" in only(problems_of(raw_scenario), "facts.budget.short").reason


def test_the_older_form_still_reads_as_items(raw_scenario):
    """short, full and deeper (the format before items) become a first item and one item per deeper answer."""
    purpose = raw_scenario["facts"]["purpose"]
    first, *rest = purpose.pop("items")
    purpose.update(short=first["short"], full=first["full"], deeper=[i["full"] for i in rest])
    fact = S.parse(raw_scenario, "test").facts["purpose"]
    assert [i.id for i in fact.items] == ["main", *(f"deeper-{k + 1}" for k in range(len(rest)))]
    assert fact.items[0].full == first["full"] and fact.items[1].full == rest[0]["full"]


def test_hidden_need_names_an_existing_item(raw_scenario):
    """The hidden need must point at a topic and item the scenario has."""
    raw_scenario["hidden_need"]["item"] = "nowhere"
    reason = only(problems_of(raw_scenario), "hidden_need.item").reason
    assert "nowhere" in reason and "languages" in reason


def test_hidden_need_needs_three_phrasings(raw_scenario):
    """Fewer than three questions per language that reach the hidden need is refused."""
    raw_scenario["hidden_need"]["phrasings"]["en"] = raw_scenario["hidden_need"]["phrasings"]["en"][:2]
    assert "at least 3" in only(problems_of(raw_scenario), "hidden_need.phrasings.en").reason


def test_wrong_type(raw_scenario):
    """A field of the wrong type names the expected and the actual kind."""
    raw_scenario["key_topics"] = "purpose"
    reason = only(problems_of(raw_scenario), "key_topics").reason
    assert "list" in reason and "text" in reason


def test_version_must_be_a_number(raw_scenario):
    """A boolean is not accepted where a whole number is expected."""
    raw_scenario["version"] = True
    assert "whole number" in only(problems_of(raw_scenario), "version").reason


def test_missing_swedish_text(raw_scenario):
    """A text with its Swedish version removed is reported at the language's path."""
    del raw_scenario["pushback"]["sv"]
    assert "missing" in only(problems_of(raw_scenario), "pushback.sv").reason


def test_empty_english_text(raw_scenario):
    """A blank English text counts as missing."""
    raw_scenario["facts"]["purpose"]["items"][0]["full"]["en"] = "   "
    assert only(problems_of(raw_scenario), "facts.purpose.items[0].full.en")


def test_unknown_topic(raw_scenario):
    """A fact under a topic that is not one of the ten is reported with the choices."""
    raw_scenario["facts"]["weather"] = raw_scenario["facts"]["budget"]
    reason = only(problems_of(raw_scenario), "facts.weather").reason
    assert "weather" in reason and "purpose" in reason


def test_unknown_key_topic(raw_scenario):
    """A key topic without a fact is reported."""
    raw_scenario["key_topics"].append("weather")
    assert "weather" in only(problems_of(raw_scenario), "key_topics").reason


def test_ordered_option_not_among_options(raw_scenario):
    """A delivery field whose ordered value is not one of its options is reported."""
    raw_scenario["delivery"]["fields"][0]["ordered"] = "hologram"
    reason = only(problems_of(raw_scenario), "delivery.fields[0].ordered").reason
    assert "hologram" in reason and "printed" in reason


def test_unknown_function(raw_scenario):
    """A support function outside the brief's list is reported."""
    raw_scenario["function"] = "marketing"
    assert "marketing" in only(problems_of(raw_scenario), "function").reason


def test_missing_purpose_fact(raw_scenario):
    """Every scenario needs a purpose fact."""
    del raw_scenario["facts"]["purpose"]
    raw_scenario["key_topics"].remove("purpose")
    assert only(problems_of(raw_scenario), "facts.purpose")


def test_several_problems_reported_at_once(raw_scenario):
    """All problems in a file are reported together, not only the first."""
    del raw_scenario["opening"]
    raw_scenario["function"] = "marketing"
    del raw_scenario["redirect"]["en"]
    fields = {p.field for p in problems_of(raw_scenario)}
    assert {"opening", "function", "redirect.en"} <= fields


def test_error_message_names_file_field_and_reason(raw_scenario):
    """The error's text has one 'file: field: reason' line per problem."""
    del raw_scenario["opening"]
    with pytest.raises(ScenarioError) as info:
        S.parse(raw_scenario, SOURCE)
    assert f"{SOURCE}: opening: " in str(info.value)


def test_not_a_mapping():
    """Data that is not a mapping at all is one problem about the whole file."""
    problem = only(problems_of([1, 2, 3]), "(file)")
    assert "mapping" in problem.reason


# --- Files ---

def test_invalid_yaml(tmp_path: Path):
    """A file that is not YAML is reported with its line and the file name."""
    path = tmp_path / "bad.yaml"
    path.write_text("id: school\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        S.load(path)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert problem.field.startswith("line ")
    assert "YAML" in problem.reason


def test_file_does_not_exist(tmp_path: Path):
    """A path with no file behind it is reported as not existing."""
    path = tmp_path / "missing.yaml"
    with pytest.raises(ScenarioError) as info:
        S.load(path)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert "does not exist" in problem.reason


def test_empty_file(tmp_path: Path):
    """An empty file is reported as not being a mapping."""
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        S.load(path)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert "mapping" in problem.reason


def test_load_names_the_file_in_field_problems(tmp_path: Path, raw_scenario):
    """Problems found after reading a file carry that file's path."""
    del raw_scenario["title"]["sv"]
    path = tmp_path / "no-title.yaml"
    path.write_text(yaml.safe_dump(raw_scenario, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        S.load(path)
    assert [(p.file, p.field) for p in info.value.problems] == [(str(path), "title.sv")]


def test_persona_outcome_must_be_adjust_or_hold(raw_scenario):
    """A guidance outcome other than adjust or hold is named with its field."""
    raw_scenario["persona"]["guidance"]["outcome"] = "maybe"
    assert "adjust" in only(problems_of(raw_scenario), "persona.guidance.outcome").reason


def test_guidance_adjustment_must_name_a_delivery_field(raw_scenario):
    """An adjustment to a field the delivery does not have is reported."""
    raw_scenario["persona"]["guidance"]["adjusted"] = {"colour": "blue"}
    only(problems_of(raw_scenario), "persona.guidance.adjusted.colour")


def test_next_order_ordered_must_use_known_options(raw_scenario):
    """Round 2's order may only use the delivery field's options."""
    raw_scenario["next_order"]["strong"]["ordered"] = {"format": "hologram"}
    assert "printed" in only(problems_of(raw_scenario), "next_order.strong.ordered.format").reason


def test_patience_must_be_between_1_and_100(raw_scenario):
    """Patience outside 1-100 is reported."""
    raw_scenario["persona"]["patience"] = 0
    only(problems_of(raw_scenario), "persona.patience")


def test_scenario_without_persona_still_loads(raw_scenario):
    """The persona is optional: without it the requester has the default time and trust."""
    del raw_scenario["persona"]
    assert S.parse(raw_scenario, SOURCE).persona is None


# --- Personas: each their own ---

def test_fillers_are_required(raw_scenario):
    """A requester without lead-ins of their own is a problem naming requester.fillers."""
    del raw_scenario["requester"]["fillers"]
    assert "missing" in only(problems_of(raw_scenario), "requester.fillers").reason


def test_confirm_ok_is_required_in_both_languages(raw_scenario):
    """A requester's confirmation needs both languages."""
    del raw_scenario["requester"]["confirm_ok"]["en"]
    only(problems_of(raw_scenario), "requester.confirm_ok.en")


def test_a_filler_ends_like_a_sentence(raw_scenario):
    """A lead-in is followed by an answer that starts with a capital, so it ends with . … ! ? or :."""
    raw_scenario["requester"]["fillers"]["sv"] = ["Ja, alltså", "Okej."]
    only(problems_of(raw_scenario), "requester.fillers.sv[0]")


def test_a_persona_has_two_to_five_fillers(raw_scenario):
    """One lead-in would repeat; six would blur the persona."""
    raw_scenario["requester"]["fillers"]["en"] = ["Well."]
    only(problems_of(raw_scenario), "requester.fillers.en")


EMPHASIS = ("viktig", "important", "matter")


def test_a_lead_in_fits_any_answer():
    """A lead-in may open the full answer on any topic: "Ja, det här är viktigt för oss." in front of a
    print deadline or last year's letter rang false, so no shipped lead-in says the answer is important."""
    for sc in S.all_scenarios():
        for lang, fillers in sc.fillers.items():
            for filler in fillers:
                assert not any(w in filler.lower() for w in EMPHASIS), (sc.id, lang, filler)


def test_no_two_personas_share_a_filler():
    """Each persona's lead-ins are their own: no lead-in is used by two scenarios, in either language."""
    seen: dict[str, str] = {}
    for sc in S.all_scenarios():
        for lang, fillers in sc.fillers.items():
            for f in fillers:
                key = f"{lang}:{f.lower().rstrip('.…!?: ')}"
                assert key not in seen, f"{sc.id} and {seen.get(key)} both say {f!r}"
                seen[key] = sc.id


def test_no_persona_says_kor():
    """'Kör!' jars from most of the personas, so no confirmation or lead-in says it any more."""
    for sc in S.all_scenarios():
        said = [*sc.confirm_ok.values(), *(f for fs in sc.fillers.values() for f in fs)]
        assert not [s for s in said if "kör!" in s.lower()], sc.id


def test_persona_names_and_surnames_are_unique():
    """No two scenarios share a requester's full name or surname, so learners never mix them up."""
    names = [sc.requester_name for sc in S.all_scenarios()]
    surnames = [n.split()[-1] for n in names]
    assert len(set(names)) == len(names), names
    assert len(set(surnames)) == len(surnames), surnames


def test_a_scenario_with_no_delivery_fields_is_refused(raw_scenario):
    """An empty delivery is a validation problem, not a crash when delivering."""
    raw_scenario["delivery"]["fields"] = []
    with pytest.raises(S.ScenarioError) as err:
        S.parse(raw_scenario, "x.yaml")
    assert any(p.field == "delivery.fields" for p in err.value.problems)


def test_unknown_pitch_word_criteria_are_refused(raw_scenario):
    """pitch_words may only add words to the pitch's own criteria."""
    raw_scenario["pitch_words"]["end-customer"] = {"sv": ["barn"], "en": ["children"]}
    with pytest.raises(S.ScenarioError) as err:
        S.parse(raw_scenario, "x.yaml")
    assert any(p.field == "pitch_words.end-customer" for p in err.value.problems)
