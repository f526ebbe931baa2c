"""A learner's progress over their own rounds: skills per round, scores over time, what to practise, a summary.

Pure functions over ``Session.report()`` dicts (as ``ResultsStore.results`` returns them under
``"report"``), in the order the rounds were played. Engine side: never imports ipywidgets or
IPython. Texts come back in the learner's language, as data: ``orderlab.present.summary`` draws
the printable summary (escaping learner text) and ``orderlab.present.charts`` the charts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from . import lang as L
from .conversation import FULL_DEPTH, GOOD_OPEN
from .exercise_common import TOPIC_GUIDE
from .findings import Finding, render
from .panel import Item, Panel
from .percent import percent
from .pitch import BLAME_PENALTY, LENGTH_PENALTY, MAX_WORDS, MIN_WORDS
from .pitch import WEIGHTS as PITCH_WEIGHTS
from .report_format import findings as stored_findings
from .results.names import SELF_PACED
from .scenario import all_scenarios
from .scenario import get as get_scenario
from .session import WEIGHTS as STEP_WEIGHTS
from .terms import SCORED_LABELS, SCORED_STEPS, TIP_KEYS

# Self-paced learners have no workshop: their rounds are saved under this one, whatever the
# language, so rounds played in Swedish and English meet in section 6 (the retention period spares it).
WORKSHOP = SELF_PACED
# The skills on the chart, top to bottom: step 1 (four), step 2, step 3.
SKILLS: tuple[str, ...] = ("open_share", "topics", "purpose_first", "depth", "as_ordered", "pitch")
# The pitch's criteria as things to get right: the six that earn points, no blame, a readable length.
PITCH_CHECKS: tuple[str, ...] = (*PITCH_WEIGHTS, "no_blame", "length")
# Among criteria missed equally often, the one with the most points at stake comes first.
_STAKE: dict[str, int] = {**PITCH_WEIGHTS, "no_blame": BLAME_PENALTY, "length": LENGTH_PENALTY}
_CHECK_ORDER: tuple[str, ...] = tuple(sorted(PITCH_CHECKS, key=lambda c: -_STAKE[c]))
HISTORY_LIMIT = 20  # rounds on the chart over time; the oldest drop off first
TOP_TIPS, TOP_MISSED = 2, 3


def counted(lang: str, what: str, n: int) -> str:
    """``n`` rounds or scenarios in words: "1 omgång", "3 omgångar" (``what`` is rounds or scenarios)."""
    return L.text(lang, f"progress.{what}", n=n)


def pct(value: int | None, lang: str) -> str:
    """A 0-100 value as a percentage in ``lang`` ("75 %" or "75%"), or "missing"."""
    return L.text(lang, "progress.missing") if value is None else L.text(lang, "progress.pct", value=value)


def _step(report: Mapping[str, Any], step: str) -> Mapping[str, Any] | None:
    found = (report.get("steps") or {}).get(step)
    return found if isinstance(found, Mapping) else None


def _title(scenario_id: str, lang: str) -> str:
    try:
        return get_scenario(scenario_id).title[lang]
    except (KeyError, ValueError):  # a scenario no longer shipped
        return scenario_id


# --- Skills: one round on the chart ---

def skills(report: Mapping[str, Any]) -> dict[str, int | None]:
    """Each of ``SKILLS`` from 0 to 100 for one round, or None where the round has no data for it."""
    asked, delivered, pitched = (_step(report, s) for s in SCORED_STEPS)
    out: dict[str, int | None] = dict.fromkeys(SKILLS)
    if asked is not None:
        out["open_share"] = percent(float(asked.get("open_share", 0.0)), int(asked.get("questions", 0) or 0))
        covered, missed = len(asked.get("covered", ())), len(asked.get("missed", ()))
        out["topics"] = percent(covered / (covered + missed)) if covered + missed else None
        out["purpose_first"] = 100 if asked.get("purpose_first") else 0
        out["depth"] = percent(min(int(asked.get("depth", 0)), FULL_DEPTH) / FULL_DEPTH)
    if delivered is not None:
        out["as_ordered"] = 100 if delivered.get("as_ordered") else 0
    if pitched is not None and isinstance(pitched.get("criteria"), Mapping):
        met = pitch_checks(pitched["criteria"])
        out["pitch"] = percent(sum(met.values()) / len(met))
    return out


def pitch_checks(criteria: Mapping[str, bool]) -> dict[str, bool]:
    """The pitch's criteria as things got right: ``PITCH_CHECKS``, with blame turned into no_blame."""
    return {c: (not criteria.get("blame", False)) if c == "no_blame" else bool(criteria.get(c, False))
            for c in PITCH_CHECKS}


def skill_label(skill: str, lang: str) -> str:
    """The name of a skill on the chart."""
    return L.text(lang, f"progress.skill_{skill}")


def skills_alt(latest: Mapping[str, int | None], lang: str, previous: Mapping[str, int | None] | None = None) -> str:
    """The chart's text alternative: every skill's value, and the round before's if given."""
    def values(v: Mapping[str, int | None]) -> str:
        return ", ".join(L.text(lang, "progress.skill_value", label=skill_label(s, lang), value=pct(v.get(s), lang))
                         for s in SKILLS)
    alt = L.text(lang, "progress.skills_alt", values=values(latest))
    return alt + (" " + L.text(lang, "progress.skills_alt_previous", values=values(previous)) if previous else "")


def weakest(values: Mapping[str, int | None]) -> str | None:
    """The skill with the lowest value below 100 (the first of ``SKILLS`` on a tie), or None."""
    known = [(v, i, s) for i, s in enumerate(SKILLS) if (v := values.get(s)) is not None and v < 100]
    return min(known)[2] if known else None


def weakest_line(values: Mapping[str, int | None], lang: str) -> str:
    """A sentence that points at the lowest bar, or says that every bar is full."""
    skill = weakest(values)
    return L.text(lang, "progress.all_full") if skill is None else L.text(lang, "progress.weakest",
                                                                          label=skill_label(skill, lang))


def show_skill_guide(lang: str = "sv") -> Panel:
    """What each bar of the skills chart measures."""
    helps = {"open_share": {"need": percent(GOOD_OPEN)}, "depth": {"full": FULL_DEPTH},
             "pitch": {"n": len(PITCH_CHECKS)}}
    items = tuple(Item(skill_label(s, lang), "info", None, (L.text(lang, f"progress.help_{s}", **helps.get(s, {})),))
                  for s in SKILLS)
    return Panel(lang, L.text(lang, "progress.guide_title"), items, L.text(lang, "progress.guide_verdict"))


def show_scenarios(lang: str = "sv") -> Panel:
    """Every shipped scenario in ``lang``: its title and the situation, as the role-play offers them."""
    items = tuple(Item(s.title[lang], "info", None, (s.setting[lang],))
                  for s in all_scenarios() if lang in s.languages)
    return Panel(lang, L.text(lang, "progress.scenarios_title"), items,
                 L.text(lang, "progress.scenarios_verdict", n=len(items)))


# --- Scores over time ---

def history(reports: Sequence[Mapping[str, Any]], limit: int = HISTORY_LIMIT) -> dict[str, list[int]]:
    """The latest ``limit`` rounds in order: their numbers (1 = the first ever played), totals and step scores."""
    start = max(0, len(reports) - limit)
    shown = list(reports)[start:]
    out: dict[str, list[int]] = {"round": list(range(start + 1, len(reports) + 1)),
                                 "total": [int(r.get("total", 0)) for r in shown]}
    for step in STEP_WEIGHTS:
        out[step] = [int((_step(r, step) or {}).get("score", 0)) for r in shown]
    return out


def line_names(lang: str) -> dict[str, str]:
    """The names of the history chart's lines: the total and each step."""
    return {"total": L.text(lang, "ui.total"), **{k: L.text(lang, f"ui.{v}") for k, v in SCORED_LABELS.items()}}


def history_alt(hist: Mapping[str, Sequence[int]], lang: str) -> str:
    """The history chart's text alternative: every line's values, in the order played."""
    names = line_names(lang)
    lines = " ".join(L.text(lang, "progress.history_line", name=names[key], values=", ".join(str(v) for v in hist[key]))
                     for key in names)
    return L.text(lang, "progress.history_alt", rounds=counted(lang, "rounds", len(hist["total"])), lines=lines)


# --- What to practise ---

def _ranked(counts: Counter, order: Sequence[Any], top: int) -> list[tuple[Any, int]]:
    """The ``top`` most counted, most first; ties keep ``order``."""
    rank = {k: i for i, k in enumerate(order)}
    return sorted(counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank))))[:top]


def practice(reports: Sequence[Mapping[str, Any]], lang: str) -> dict[str, Any]:
    """What to practise, from every round: the most frequent tips, the missed topics, the missed pitch criteria.

    Each entry has ``text`` (in ``lang``), ``count`` and ``of`` (the rounds it could appear in).
    """
    L.check_lang(lang)
    seen: list[Finding] = []
    tips, topics, checks = Counter(), Counter(), Counter()
    asked = [q for r in reports if (q := _step(r, "questions")) is not None]
    pitched = [p for r in reports if isinstance((p := _step(r, "pitch") or {}).get("criteria"), Mapping)]
    for q in asked:
        for tip in dict.fromkeys(stored_findings(q.get("tips"))):  # stored by any version: see report_format
            tips[tip] += 1
            seen.append(tip)
        topics.update(set(str(t) for t in q.get("missed", ())))
    for p in pitched:
        checks.update(c for c, ok in pitch_checks(p["criteria"]).items() if not ok)
    names = L.topic_names(lang)
    helps = {**{c: L.text(lang, f"exercises.crit_help_{c}") if L.has(lang, f"exercises.crit_help_{c}") else ""
                for c in PITCH_WEIGHTS},
             "no_blame": L.text(lang, "exercises.crit_help_blame"),
             "length": L.text(lang, "progress.help_length", min=MIN_WORDS, max=MAX_WORDS)}
    return {
        "rounds": len(reports),
        "tips": [{"text": render(t, lang), "count": n, "of": len(asked)}
                 for t, n in _ranked(tips, list(dict.fromkeys(seen)), TOP_TIPS)],
        "topics": [{"topic": t, "text": names.get(t, t), "count": n, "of": len(asked),
                    "example": TOPIC_GUIDE[t][lang][1] if t in TOPIC_GUIDE else ""}
                   for t, n in _ranked(topics, list(names), TOP_MISSED)],
        "criteria": [{"criterion": c, "text": _check_label(c, lang), "count": n, "of": len(pitched),
                      "help": helps.get(c, "")}
                     for c, n in _ranked(checks, _CHECK_ORDER, TOP_MISSED)],
    }


def _check_label(check: str, lang: str) -> str:
    return L.text(lang, "progress.crit_no_blame") if check == "no_blame" else L.text(lang, f"ui.crit_{check}")


def _times(entry: Mapping[str, Any], lang: str, line: str | None = None) -> str:
    said = line or entry["text"]
    return said if entry["of"] <= 1 else L.text(lang, "progress.times", text=said, n=entry["count"], total=entry["of"])


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def practice_lines(found: Mapping[str, Any], lang: str) -> list[tuple[str, list[str]]]:
    """The three lists of ``practice()`` as (heading, lines), each with a kind line when it is empty."""
    topic_lines = [_times(t, lang, L.text(lang, "progress.topic_line", name=_cap(t["text"]), example=t["example"])
                          if t["example"] else _cap(t["text"])) for t in found["topics"]]
    criteria_lines = [_times(c, lang) + (f". {c['help']}" if c["help"] else "") for c in found["criteria"]]
    return [
        (L.text(lang, "progress.practice_tips"),
         [_times(t, lang) for t in found["tips"]] or [L.text(lang, "progress.none_tips")]),
        (L.text(lang, "progress.practice_topics"), topic_lines or [L.text(lang, "progress.none_topics")]),
        (L.text(lang, "progress.practice_criteria"), criteria_lines or [L.text(lang, "progress.none_criteria")]),
    ]


def practice_panel(reports: Sequence[Mapping[str, Any]], lang: str = "sv") -> Panel:
    """What to practise at work, as a panel; a friendly "play a round first" when there are no rounds."""
    if not reports:
        return Panel(lang, L.text(lang, "progress.practice_title"), (), L.text(lang, "progress.no_rounds"))
    found = practice(reports, lang)
    items = tuple(Item(heading, "info", None, tuple(lines)) for heading, lines in practice_lines(found, lang))
    return Panel(lang, L.text(lang, "progress.practice_title"), items, counted(lang, "practice_based", len(reports)))


# --- The printable summary's facts (drawn as Markdown and HTML by orderlab.present.summary) ---

def _best_pitch(reports: Sequence[Mapping[str, Any]]) -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    best = None
    for r in reports:  # the highest score; the latest of equals
        p = _step(r, "pitch")
        if p and str(p.get("text", "")).strip() and (best is None or p.get("score", 0) >= best[1].get("score", 0)):
            best = (r, p)
    return best


# Section 6's reflection questions, in the order asked (strings in lang's REFLECTION table).
REFLECTION_QUESTIONS: tuple[str, ...] = ("q1", "q2", "q3")


def reflection_questions(lang: str) -> tuple[str, ...]:
    """Section 6's reflection questions in ``lang``."""
    return tuple(L.text(lang, f"reflection.{key}") for key in REFLECTION_QUESTIONS)


def _reflection(answers: Sequence[str], lang: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The reflection questions the learner answered, with the answers, or None if none were."""
    pairs = [(q, str(a).strip()) for q, a in zip(reflection_questions(lang), answers, strict=False) if str(a).strip()]
    return (L.text(lang, "reflection.summary_title"), pairs) if pairs else None


def summary_facts(reports: Sequence[Mapping[str, Any]], lang: str, name: str, when: date | None,
           reflection: Sequence[str] = ()) -> dict[str, Any]:
    """Everything the printable summary says, as plain text (not yet escaped).

    ``orderlab.present.summary`` draws it; ``name`` is the learner's alias, ``reflection`` their
    answers to section 6's questions.
    """
    L.check_lang(lang)
    meta = ([L.text(lang, "progress.summary_alias", name=name.strip())] if name.strip() else []) + (
        [L.text(lang, "progress.summary_date", date=when.isoformat())] if when else [])
    facts: dict[str, Any] = {"title": L.text(lang, "progress.summary_title"), "meta": meta, "empty": None}
    facts["method"] = (L.text(lang, "progress.summary_method"),
                       [L.text(lang, f"progress.method_{i}") for i in (1, 2, 3)])
    facts["reflection"] = _reflection(reflection, lang)
    if not reports:
        facts["empty"] = L.text(lang, "progress.summary_empty")
        return facts
    names = line_names(lang)
    facts["played"] = L.text(lang, "progress.summary_played", rounds=counted(lang, "rounds", len(reports)),
                           scenarios=counted(lang, "scenarios", len({r.get("scenario") for r in reports})))
    facts["table"] = (
        L.text(lang, "progress.summary_rounds"),
        [L.text(lang, "progress.col_n"), L.text(lang, "progress.col_scenario"), L.text(lang, "progress.col_round"),
         *(names[s] for s in STEP_WEIGHTS), names["total"]],
        [[str(i), _title(str(r.get("scenario", "")), lang), str(r.get("round", 1)),
          *(str((_step(r, s) or {}).get("score", 0)) for s in STEP_WEIGHTS), str(r.get("total", 0))]
         for i, r in enumerate(reports, 1)],
    )
    first, last = skills(reports[0]), skills(reports[-1])
    if len(reports) == 1:
        lines = [f"{skill_label(s, lang)}: {pct(last[s], lang)}" for s in SKILLS]
    else:
        lines = [f"{skill_label(s, lang)}: {pct(first[s], lang)} → {pct(last[s], lang)}" for s in SKILLS]
    facts["skills"] = (L.text(lang, "progress.summary_skills", n=len(reports)), lines)
    facts["practice"] = (L.text(lang, "progress.summary_practice"), practice_lines(practice(reports, lang), lang))
    best = _best_pitch(reports)
    if best:
        r, p = best
        facts["pitch"] = (L.text(lang, "progress.summary_pitch"),
                          L.text(lang, "progress.summary_pitch_meta", score=p.get("score", 0),
                               scenario=_title(str(r.get("scenario", "")), lang), round=r.get("round", 1)),
                          str(p["text"]))
    return facts


__all__ = [
    "HISTORY_LIMIT",
    "PITCH_CHECKS",
    "REFLECTION_QUESTIONS",
    "SKILLS",
    "TIP_KEYS",
    "WORKSHOP",
    "counted",
    "history",
    "history_alt",
    "line_names",
    "pct",
    "pitch_checks",
    "practice",
    "practice_lines",
    "practice_panel",
    "reflection_questions",
    "show_scenarios",
    "show_skill_guide",
    "skill_label",
    "skills",
    "skills_alt",
    "summary_facts",
    "weakest",
    "weakest_line",
]
