"""How well the course understands learners, on text it never learned from; floors just under the figures.

The figures come from `benchmarks/understanding.py` (docs/understanding-model.md has them all):
- the blind turns and pitches (tests/data/{turns,pitches}/blind.*.yaml), written by writers whose
  text nobody trained or tuned on;
- the fresh turns (tests/data/turns/fresh.*.yaml), session 7's second blind set, by a writer who saw
  none of the other turns, written after the model was last changed;
- the earlier held-out half (tests/data/turns/heldout.*.yaml), session 2's blind set;
- leave-one-scenario-out: the model retrained without each scenario and measured on it.
A change that makes the course understand learners worse fails here. Where a floor sits under the
issue's goal, the model card says so: the floor records what is reached, not what is wished for.
"""

from __future__ import annotations

import pytest

from orderlab import measure as X
from orderlab.understanding import train as T
from orderlab.understanding import train_pitch as TP

TURNS, PITCHES = X.DATA / "turns", X.DATA / "pitches"

# Each floor sits about 0.02 under the figure measured for the shipped models (docs/understanding-model.md).
# follow_ups in English has 20 blind follow-ups, so one turn is 0.05: its floor allows one miss.
# strong_above_weak is the share of (strong, weak) blind pitch pairs where the strong one scores higher:
# the goal is 1.0; in Swedish one pair ties (70 and 70), so the floor there records 0.99.
# fresh_*: session 7's second blind set (writer 8), measured once after the model was last changed; its
# English writer wrote like non-native and texting colleagues, and the English figures are lower there.
FLOORS = {
    "sv": {"blind_topics": 0.82, "blind_form": 0.95, "blind_act": 0.89, "blind_flags": 0.91, "held_topics": 0.67,
           "held_form": 0.92, "pitch_blind": 0.92, "strong_above_weak": 0.99, "first_question": 0.89,
           "follow_ups": 0.94, "loso_topics": 0.77, "loso_pitches": 0.91,
           "fresh_topics": 0.84, "fresh_form": 0.94, "fresh_act": 0.88, "fresh_flags": 0.90, "fresh_first": 0.84,
           "fresh_follow": 0.92},
    "en": {"blind_topics": 0.82, "blind_form": 0.96, "blind_act": 0.90, "blind_flags": 0.93, "held_topics": 0.69,
           "held_form": 0.92, "pitch_blind": 0.90, "strong_above_weak": 1.0, "first_question": 0.90,
           "follow_ups": 0.95, "loso_topics": 0.77, "loso_pitches": 0.90,
           "fresh_topics": 0.76, "fresh_form": 0.94, "fresh_act": 0.84, "fresh_flags": 0.84, "fresh_first": 0.86,
           "fresh_follow": 0.90},
}
LANGS = ("sv", "en")


@pytest.fixture(scope="module", params=LANGS)
def blind(request):
    lang = request.param
    return lang, X.turns(TURNS / f"blind.{lang}.yaml")


def test_the_blind_sets_are_apart_from_training():
    """No blind or held-out text is among the turns the model learns from."""
    for lang in LANGS:
        trained = {t.text.strip().casefold() for t in X.turns(TURNS / f"gold.{lang}.yaml")}
        for name in ("blind", "heldout", "fresh"):
            apart = {t.text.strip().casefold() for t in X.turns(TURNS / f"{name}.{lang}.yaml")}
            assert len(apart) >= 100 and not apart & trained, (lang, name, sorted(apart & trained)[:5])
        trained_pitches = {p.text.strip() for p in X.pitches(PITCHES / f"gold.{lang}.yaml")}
        assert not trained_pitches & {p.text.strip() for p in X.pitches(PITCHES / f"blind.{lang}.yaml")}


def _turn_floors(items, lang: str, name: str) -> None:
    """Topics, form, act and flags on a held-out set (``name``: blind, fresh) reach that set's floors."""
    r = X.turn_figures(items, lang)
    f = FLOORS[lang]
    assert r["topic_f1"] >= f[f"{name}_topics"], r
    assert r["form"] >= f[f"{name}_form"], r
    assert r["act"] >= f[f"{name}_act"], r
    assert r["flags"] >= f[f"{name}_flags"], r


def test_blind_turns(blind):
    """Topics, form, act and flags on the blind turns reach their floors."""
    lang, items = blind
    _turn_floors(items, lang, "blind")


@pytest.mark.parametrize("lang", LANGS)
def test_fresh_turns(lang):
    """Topics, form, act, flags, first questions and follow-ups on the fresh turns (session 7's second blind set)
    reach their floors."""
    items = X.turns(TURNS / f"fresh.{lang}.yaml")
    _turn_floors(items, lang, "fresh")
    f = FLOORS[lang]
    first, n_first = X.first_question_topic(items, lang)
    assert n_first >= 80 and first >= f["fresh_first"], (first, n_first)
    follow, n_follow = X.follow_ups_continue(items, lang)
    assert n_follow >= 40 and follow >= f["fresh_follow"], (follow, n_follow)


@pytest.mark.parametrize("lang", LANGS)
def test_earlier_held_out_half(lang):
    """Topics and form on session 2's held-out half reach their floors."""
    r = X.turn_figures(X.turns(TURNS / f"heldout.{lang}.yaml"), lang)
    assert r["topic_f1"] >= FLOORS[lang]["held_topics"], r
    assert r["form"] >= FLOORS[lang]["held_form"], r


@pytest.mark.parametrize("lang", LANGS)
def test_blind_pitches(lang):
    """Pitch criteria on the blind pitches reach their floor, and strong pitches score above weak ones."""
    r = X.pitch_figures(X.pitches(PITCHES / f"blind.{lang}.yaml"), lang)
    assert r["accuracy"]["mean"] >= FLOORS[lang]["pitch_blind"], r
    assert r["strong_above_weak"] >= FLOORS[lang]["strong_above_weak"], r


def test_the_first_question_is_answered_from_the_right_topic(blind):
    """Asked first in a meeting, blind questions are answered from a topic they ask about."""
    lang, items = blind
    share, n = X.first_question_topic(items, lang)
    assert n >= 100 and share >= FLOORS[lang]["first_question"], (share, n)


def test_follow_ups_continue_with_something_new(blind):
    """Blind follow-ups, asked after an answer, continue its topic with something not told yet."""
    lang, items = blind
    share, n = X.follow_ups_continue(items, lang)
    assert n >= 20 and share >= FLOORS[lang]["follow_ups"], (share, n)


@pytest.mark.parametrize("lang", LANGS)
# Retraining once per scenario takes under a minute for both languages on one thread (threads.py), more
# on a shared, loaded machine; the limit is for hangs, not for speed (figures live in benchmarks/).
@pytest.mark.timeout(1500)
def test_leave_one_scenario_out(lang):
    """Retrained without each scenario in turn, the model reads that scenario's turns and pitches to their floors.

    The shipped topic thresholds are kept fixed here, so each fold trains once (inner tuning is for
    `make train`); on 6 December 2026 both ways gave the same figures (0.790 sv, 0.791 en; with writer 9's
    turns, session 7: 0.786 and 0.782).
    """
    items = T.load_items([TURNS / f"gold.{lang}.yaml"], lang)
    thresholds = T.shipped_thresholds(lang)
    turns = T.leave_one_group_out(items, lang, thresholds=thresholds)
    assert turns["topic_f1"] >= FLOORS[lang]["loso_topics"], turns
    pitches = TP.leave_one_group_out(TP.load_pitches([PITCHES / f"gold.{lang}.yaml"], lang), lang, tune=False,
                                     thresholds=TP.shipped_thresholds(lang))
    assert pitches["accuracy"]["mean"] >= FLOORS[lang]["loso_pitches"], pitches
