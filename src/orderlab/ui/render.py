"""HTML for the role-play's panels. Every piece of text is escaped here, once.

Pure functions of engine objects, so tests can render to a string and compare.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .. import lang as L
from ..findings import texts
from ..terms import SCORED_LABELS, STEP_LABELS
from ..text import DISPLAY_LIMIT, clip

# The session and its scorers are imported where a panel needs them, not here: `import orderlab.ui`
# stays quick (benchmarks/import_time.py), and the engine loads when the first role-play starts.
if TYPE_CHECKING:
    from ..consequences import TrustChange
    from ..conversation import ConversationScore
    from ..delivery import Delivery
    from ..questions import QuestionScore
    from ..session import Session

STEP_KEYS = tuple(STEP_LABELS.values())


def _p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def bubble(who: str, text: str, mine: bool, lang: str) -> str:
    """One chat bubble; long text is cut for display with a note."""
    shown = clip(text)
    note = f'<span class="ol-note">{escape(L.text(lang, "ui.input_cut"))}</span>' if len(text) > DISPLAY_LIMIT else ""
    side = "ol-me" if mine else "ol-them"
    return (f'<div class="ol-bubble {side}"><span class="ol-who">{escape(who)}</span>'
            f'<span class="ol-said">{escape(shown)}</span>{note}</div>')


def header(session: Session) -> str:
    s, lang = session.scenario, session.lang
    who = f"{s.requester_name}, {s.requester_role[lang]}, {s.requester_unit[lang]}"
    round_line = _p(L.text(lang, "ui.round", n=session.round), "ol-round")
    # The setting tells round 1's order; a later round is about its own order, in the requester's words.
    setting = _p(s.setting[lang])
    if session.round > 1:
        round_line += _p(L.text(lang, "ui.trust_start", value=session.start_trust), "ol-trust-start")
        setting = (_p(L.text(lang, "ui.round_order", name=s.requester_name), "ol-round-order")
                   + f'<div class="ol-order">{_p(session.opening)}</div>')
    return (f'<div class="ol-header"><h2>{escape(s.title[lang])}</h2>'
            f'{setting}<p class="ol-requester">{escape(who)}</p>{round_line}</div>')


def trust_line(change: TrustChange | None, lang: str) -> str:
    """One line on how trust just moved and why ("Förtroende +6: en öppen fråga om något nytt.")."""
    if change is None or not change.reason:
        return ""
    sign = f"+{change.delta}" if change.delta > 0 else f"−{-change.delta}" if change.delta < 0 else "±0"
    cls = "ol-up" if change.delta > 0 else "ol-down" if change.delta < 0 else "ol-same"
    text = L.text(lang, "ui.trust_line", change=sign, why=L.text(lang, f"ui.trust_why_{change.reason}"))
    return _p(text, f"ol-trust-line {cls}")


def steps(session: Session) -> str:
    """The three steps with the current one marked, and a progress bar."""
    from ..session import STEPS

    lang = session.lang
    current = min(STEPS.index(session.step), 3)
    items = []
    for i, key in enumerate(STEP_KEYS):
        state = "ol-done" if i < current else "ol-current" if i == current else "ol-todo"
        aria = ' aria-current="step"' if i == current else ""
        items.append(f'<li class="{state}"{aria}>{i + 1}. {escape(L.text(lang, f"ui.{key}"))}</li>')
    label = L.text(lang, "ui.steps_label")
    now = (L.text(lang, "ui.step_now", n=current + 1, name=L.text(lang, f"ui.{STEP_KEYS[current]}"))
           if current < 3 else L.text(lang, "ui.report_title"))
    pct = round(100 * current / 3)
    return (f'<nav class="ol-steps" aria-label="{escape(label)}"><ol>{"".join(items)}</ol>'
            f'<div class="ol-progress" role="progressbar" aria-label="{escape(label)}" '
            f'aria-valuemin="0" aria-valuemax="3" aria-valuenow="{current}" '
            f'aria-valuetext="{escape(now)}"><div class="ol-progress-bar" style="width:{pct}%">'
            f'</div></div></nav>')


def transcript(session: Session) -> str:
    """The conversation so far, as a live log for screen readers."""
    lang, s = session.lang, session.scenario
    them = s.requester_name
    parts = [bubble(them, session.opening, False, lang)]
    for e in session.exchanges:
        parts.append(bubble(L.text(lang, "ui.you"), e.question.text, True, lang))
        parts.append(bubble(them, e.reply.text, False, lang))
    return f'<div class="ol-transcript" role="log" aria-live="polite">{"".join(parts)}</div>'


def meters(session: Session) -> str:
    """The requester's time and trust, as labelled bars a screen reader can read."""
    lang, r = session.lang, session.requester
    rows = []
    for key, value in (("meter_time", r.patience), ("meter_trust", r.trust)):
        label = L.text(lang, f"ui.{key}")
        said = escape(L.text(lang, "ui.meter_value", name=label, value=value))
        rows.append(f'<div class="ol-bar-row ol-{key}" role="img" aria-label="{said}">'
                    f'<span class="ol-bar-label" aria-hidden="true">{escape(label)}</span>'
                    f'<span class="ol-bar" aria-hidden="true"><span style="width:{value}%"></span></span>'
                    f'<span class="ol-bar-value" aria-hidden="true">{value}</span></div>')
    left = _p(L.text(lang, "ui.questions_left", n=session.questions_left), "ol-left")
    legend = (f'<details class="ol-legend"><summary>{escape(L.text(lang, "ui.trust_legend_title"))}</summary>'
              f'{_p(L.text(lang, "ui.trust_legend"))}</details>')
    return f'<div class="ol-meters">{"".join(rows)}{left}{legend}</div>'


def question_score(score: QuestionScore | None, session: Session) -> str:
    """The score panel for the latest question."""
    from ..consequences import TrustChange

    lang = session.lang
    left = meters(session)
    if score is None:
        return f'<div class="ol-score">{left}</div>'
    form = L.text(lang, f"ui.form_{score.form}")
    flags = "".join(f'<span class="ol-flag">{escape(L.text(lang, f"ui.flag_{f}"))}</span>' for f in score.flags)
    names = L.topic_names(lang)
    topics = ", ".join(names[t] for t in score.topics) or L.text(lang, "ui.no_topics")
    reasons = "".join(f"<li>{escape(r)}</li>" for r in texts(score.feedback, lang))
    form_line = escape(L.text(lang, "ui.score_form", form=form))
    reply = session.exchanges[-1].reply if session.exchanges else None
    moved = trust_line(TrustChange(reply.trust_change, reply.why), lang) if reply else ""
    return (f'<div class="ol-score"><h3>{escape(L.text(lang, "ui.score_panel_title"))}</h3>'
            f'<p><span class="ol-form ol-form-{score.form}">{form_line}</span>{flags}</p>'
            f'{_p(L.text(lang, "ui.score_topics", topics=topics))}'
            f'{_p(L.text(lang, "ui.score_points", points=score.points))}<ul>{reasons}</ul>{moved}{left}</div>')


def conversation(score: ConversationScore, lang: str) -> str:
    items = "".join(f"<li>{escape(f)}</li>" for f in texts(score.feedback, lang))
    tips = "".join(f"<li><strong>{escape(t)}</strong></li>" for t in texts(score.tips, lang))
    return f'<div class="ol-score"><ul>{items}{tips}</ul></div>'


def delivery(result: Delivery, change: TrustChange | None = None, lang: str = "sv") -> str:
    """The delivery's verdict, and how it moved the requester's trust. The requester's reply to the
    summary is not repeated here: it stays where she said it, in her bubble under the summary."""
    cls = "ol-ok" if result.as_ordered else "ol-warn"
    return (f'<div class="ol-result {cls}">{"".join(_p(f) for f in texts(result.verdict, lang))}'
            f'{trust_line(change, lang)}</div>')


def _bar(label: str, score: int) -> str:
    return (f'<div class="ol-bar-row"><span class="ol-bar-label">{escape(label)}</span>'
            f'<span class="ol-bar"><span style="width:{max(0, min(100, score))}%"></span></span>'
            f'<span class="ol-bar-value">{score}</span></div>')


def report(session: Session) -> str:
    """The pitch's feedback, the requester's reaction, the next order and the step scores."""
    from ..session import WEIGHTS

    lang, inf = session.lang, session.influence
    if inf is None:
        return ""
    crit = "".join(f"<li>{escape(f)}</li>" for f in texts(inf.pitch.feedback, lang))
    scores = session.step_scores()
    names = {k: L.text(lang, f"ui.{v}") for k, v in SCORED_LABELS.items()}
    bars = "".join(_bar(L.text(lang, "ui.report_step", name=names[k], score=scores[k], weight=w), scores[k])
                   for k, w in WEIGHTS.items())
    capped = _p(L.text(lang, "ui.pitch_capped"), "ol-capped") if inf.capped else ""
    return (f'<div class="ol-report"><ul class="ol-criteria">{crit}</ul>'
            f'<h3>{escape(L.text(lang, "ui.reaction"))}</h3>'
            f'{bubble(session.scenario.requester_name, inf.reaction, False, lang)}{capped}'
            f'{trust_line(inf.trust, lang)}'
            f'<h3>{escape(L.text(lang, "ui.next_order"))}</h3>'
            f'<div class="ol-next-order">{_p(inf.next_order)}</div>'
            f'<h3>{escape(L.text(lang, "ui.report_title"))}</h3>{bars}'
            f'<p class="ol-total">{escape(L.text(lang, "ui.report_total", score=session.total()))}</p></div>')


def message(text: str, kind: str = "hint") -> str:
    """A status line (hints and errors), announced by screen readers."""
    if not text:
        return '<div role="status" class="ol-status"></div>'
    return f'<div role="status" class="ol-status ol-{kind}">{escape(text)}</div>'
