"""Step 2: confirming the order and checking the delivery against it."""

import pytest

from orderlab import delivery as D
from orderlab import lang as L
from orderlab.errors import InputError
from orderlab.findings import texts

FULL_SUMMARY = {
    "sv": ("En tryckt broschyr i A5 till vårdnadshavarna, klar till besöksdagen i maj, "
           "så att fler kommer på introduktionsmötet – målet är 80 procent."),
    "en": ("A printed A5 brochure for the guardians, ready for the visit day on 27 May, "
           "so that more families come to the introduction meeting – the target is 80 per cent."),
}


# --- Resolving a choice ---

def test_ordered_resolves_to_every_ordered_option(scenario):
    """'ordered' picks the ordered option of every field."""
    assert D.resolve(scenario, "sv", "ordered") == {f.id: f.ordered for f in scenario.delivery}


def test_alternative_resolves_to_every_alternative_option(scenario):
    """'alternative' picks the alternative option of every field."""
    assert D.resolve(scenario, "sv", "alternative") == {f.id: f.alternative for f in scenario.delivery}


def test_dict_changes_only_named_fields(scenario):
    """A dict sets the fields it names and keeps the order for the rest."""
    delivered = D.resolve(scenario, "sv", {"languages": "five-languages"})
    assert delivered["languages"] == "five-languages"
    assert delivered["format"] == "printed"


@pytest.mark.parametrize("lang", L.languages())
def test_unknown_field_raises(scenario, lang):
    """A field the scenario does not have raises InputError naming it, in the learner's language."""
    with pytest.raises(InputError) as info:
        D.resolve(scenario, lang, {"colour": "red"})
    assert info.value.key == "unknown_field"
    assert "colour" in info.value.message
    assert info.value.message == L.text(lang, "ui.unknown_field", field="colour",
                                        fields=", ".join(f.id for f in scenario.delivery))


def test_unknown_option_raises(scenario):
    """An option a field does not have raises InputError naming the value and the choices."""
    with pytest.raises(InputError) as info:
        D.resolve(scenario, "en", {"format": "hologram"})
    assert info.value.key == "unknown_option"
    assert "hologram" in info.value.message and "printed" in info.value.message


@pytest.mark.parametrize("choice", ["something-else", 3, None])
def test_unknown_choice_raises(scenario, choice):
    """A choice that is neither 'ordered', 'alternative' nor a mapping raises InputError."""
    with pytest.raises(InputError):
        D.resolve(scenario, "sv", choice)


# --- Checking a delivery ---

def test_ordered_delivery_is_as_ordered(scenario):
    """Delivering what was ordered matches the order and says so."""
    result = D.check(scenario, "sv", "ordered")
    assert result.as_ordered and result.mismatched == ()
    assert L.text("sv", "ui.delivered_ok") in texts(result.feedback, "sv")


def test_alternative_delivery_breaks_step_two(scenario):
    """Delivering one's own alternative mismatches every field and explains why not now."""
    result = D.check(scenario, "en", "alternative")
    assert not result.as_ordered
    assert result.alternative
    assert set(result.mismatched) == {f.id for f in scenario.delivery}
    assert any(scenario.alternative["why_not_now"]["en"] in f for f in texts(result.feedback, "en"))


def test_partly_changed_delivery_names_the_fields(scenario):
    """Changing one field is a mismatch on that field only, named by its label in lower case mid-sentence."""
    result = D.check(scenario, "sv", {"languages": "five-languages"})
    assert result.mismatched == ("languages",)
    assert not result.alternative
    label = next(f.label["sv"] for f in scenario.delivery if f.id == "languages")
    assert label == "Språk"
    assert "Du levererade inte det som beställts: språk." in texts(result.feedback, "sv")


def test_ordered_scores_higher_than_alternative(scenario):
    """Delivering as ordered scores higher than delivering the alternative."""
    assert D.check(scenario, "sv", "ordered").score > D.check(scenario, "sv", "alternative").score


def test_confirmation_raises_the_score(scenario):
    """An order confirmation raises the delivery score, and its reply joins the feedback."""
    confirmation = D.confirm(scenario, "sv", FULL_SUMMARY["sv"])
    without = D.check(scenario, "sv", "ordered")
    with_confirmation = D.check(scenario, "sv", "ordered", confirmation)
    assert without.score < with_confirmation.score
    assert confirmation.reply in texts(with_confirmation.feedback, "sv")


# --- Confirming the order ---

@pytest.mark.parametrize("lang", L.languages())
def test_full_confirmation_covers_everything(scenario, lang):
    """A summary naming what, audience, time, purpose and target is accepted."""
    result = D.confirm(scenario, lang, FULL_SUMMARY[lang])
    assert result.missing == ()
    assert set(result.covered) == {item.id for item in scenario.confirmation}
    assert result.reply == scenario.confirm_ok[lang]
    assert result.share == 1.0


def test_partial_confirmation_lists_corrections(scenario):
    """A summary that misses points gets the requester's correction for each."""
    result = D.confirm(scenario, "sv", "En tryckt broschyr till vårdnadshavarna.")
    assert result.covered == ("what", "audience")
    assert result.missing == ("deadline", "purpose", "success")
    corrections = {item.id: item.correction["sv"] for item in scenario.confirmation}
    assert all(corrections[m] in result.reply for m in result.missing)


def test_empty_confirmation_raises(scenario):
    """An empty summary raises InputError with the localised message."""
    with pytest.raises(InputError) as info:
        D.confirm(scenario, "en", "  ")
    assert info.value.message == L.text("en", "ui.empty_summary")


def test_choices_label_both_deliveries(scenario):
    """The two delivery choices are labelled with their options' text."""
    choices = D.choices(scenario, "en")
    assert set(choices) == {"ordered", "alternative"}
    assert scenario.delivery[0].options["printed"]["en"] in choices["ordered"]
    assert scenario.delivery[0].options["film"]["en"] in choices["alternative"]


def test_to_dict_shapes(scenario):
    """Delivery and confirmation serialise to plain dicts."""
    confirmation = D.confirm(scenario, "sv", FULL_SUMMARY["sv"])
    result = D.check(scenario, "sv", "ordered", confirmation)
    assert result.to_dict()["as_ordered"] is True
    assert set(confirmation.to_dict()) == {"covered", "missing", "reply"}


def test_unrelated_confirmation_misses_everything(scenario):
    """A summary that names none of the points misses every one of them."""
    result = D.confirm(scenario, "sv", "Jag fixar det.")
    assert result.covered == ()
    assert result.share == 0.0


def test_confirmation_word_lists_are_built_once(scenario):
    """A confirmation's keyword matchers are made once per word list, not again for every summary."""
    D.stems.cache_clear()
    for _ in range(3):
        D.confirm(scenario, "sv", "En broschyr på svenska till vårdnadshavarna.")
    info = D.stems.cache_info()
    assert info.currsize > 0 and info.hits == 2 * info.currsize
