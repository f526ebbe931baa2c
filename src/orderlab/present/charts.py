"""Every chart of the course, drawn as SVG in pure Python: the static site runs in Pyodide, without matplotlib.

Large type and the palette's plain colours, so the charts read on a projector. Each SVG carries
its text alternative (``role="img"``, ``aria-label``, ``<title>`` and ``<desc>``), every bar and
point its value in a ``<title>``, and ``image`` wraps it in an ``<img>`` with the same alt text.
Every piece of text is escaped.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from typing import Any

from .. import lang as L
from .. import progress as P
from ..percent import percent
from .escape import html as e
from .palette import PALETTE as C

FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif"
TEXT, TITLE, SMALL = 17, 19, 15  # font sizes in px
BAR = "bar"  # in a legend entry instead of a dash: the entry is a bar, drawn as a swatch
_CHAR = 0.62  # about how wide a character is drawn, in em: room for labels is estimated with it
BINS: tuple[int, ...] = tuple(range(0, 101, 10))  # histogram bins of ten points; the last one holds 100


def _n(v: float) -> str:
    return f"{v:.1f}".removesuffix(".0")


def _text(x: float, y: float, s: object, *, size: int = TEXT, anchor: str = "start", bold: bool = False,
          fill: str = C["ink"], rotate: bool = False) -> str:
    extra = f' transform="rotate(-90 {_n(x)} {_n(y)})"' if rotate else ""
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}" text-anchor="{anchor}" dominant-baseline="middle" '
            f'fill="{fill}"{weight}{extra}>{e(s)}</text>')


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1.5, dash: str = "") -> str:
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}" '
            f'stroke-width="{width}"{dashed}/>')


def _rect(x: float, y: float, w: float, h: float, fill: str, value: str) -> str:
    """A bar, its value in a ``<title>`` (a tooltip, and what the tests read)."""
    return (f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0))}" height="{_n(max(h, 0))}" fill="{fill}" '
            f'stroke="{C["white"]}"><title>{e(value)}</title></rect>')


def svg(width: float, height: float, title: str, alt: str, body: Sequence[str]) -> str:
    """A whole SVG document: its text alternative first, then ``body`` on a white ground."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
            f'viewBox="0 0 {_n(width)} {_n(height)}" role="img" aria-label="{e(alt)}" font-family="{e(FONT)}">'
            f"<title>{e(title)}</title><desc>{e(alt)}</desc>"
            f'<rect width="100%" height="100%" fill="{C["white"]}"/>' + "".join(body) + "</svg>")


def image(svg_text: str, alt: str, cls: str) -> str:
    """An ``<img>`` of the SVG with its text alternative (escaped), as wide as its container at most."""
    data = base64.b64encode(svg_text.encode("utf-8")).decode("ascii")
    return f'<img class="{e(cls)}" src="data:image/svg+xml;base64,{data}" alt="{e(alt)}" style="max-width:100%">'


def _step(top: float, most: int = 5) -> int:
    """A whole-number tick step that puts at most ``most`` ticks above zero up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if top / step <= most:
            return step
    return int(top // most) + 1


class _Frame:
    """A plot area at (x, y) of size (w, h) showing ``xlim`` by ``ylim``: maps values to the page."""

    def __init__(self, x: float, y: float, w: float, h: float, xlim: tuple[float, float],
                 ylim: tuple[float, float]):
        self.x, self.y, self.w, self.h, self.xlim, self.ylim = x, y, w, h, xlim, ylim

    def sx(self, v: float) -> float:
        return self.x + (v - self.xlim[0]) / (self.xlim[1] - self.xlim[0]) * self.w

    def sy(self, v: float) -> float:
        return self.y + self.h - (v - self.ylim[0]) / (self.ylim[1] - self.ylim[0]) * self.h

    def axes(self, xticks: Sequence[float], yticks: Sequence[float], xnames: Sequence[str] | None = None,
             ynames: Sequence[str] | None = None) -> list[str]:
        """The left and bottom axes with their ticks and tick labels."""
        bottom, left = self.y + self.h, self.x
        out = [_line(left, self.y, left, bottom, C["ink"]), _line(left, bottom, left + self.w, bottom, C["ink"])]
        for i, t in enumerate(xticks):
            x = self.sx(t)
            out += [_line(x, bottom, x, bottom + 6, C["ink"]),
                    _text(x, bottom + 18, xnames[i] if xnames else _n(t), size=SMALL, anchor="middle")]
        for i, t in enumerate(yticks):
            y = self.sy(t)
            out += [_line(left - 6, y, left, y, C["ink"]),
                    _text(left - 10, y, ynames[i] if ynames else _n(t), size=SMALL, anchor="end")]
        return out


def _counts(values: Sequence[float]) -> list[int]:
    """How many of ``values`` fall in each of ``BINS`` (0-100; values outside are not counted)."""
    counts = [0] * (len(BINS) - 1)
    for v in values:
        if BINS[0] <= v <= BINS[-1]:
            counts[min(int((v - BINS[0]) // (BINS[1] - BINS[0])), len(counts) - 1)] += 1
    return counts


def _wide(s: str, size: int) -> float:
    """About how wide ``s`` is drawn at ``size`` px."""
    return _CHAR * size * len(s)


def _title(width: float, y: float, title: str) -> tuple[list[str], float]:
    """A chart's title centred on the whole chart, on two lines when one would not fit (a long title
    centred on the plot area alone ran off the right edge); returns the texts and the height used."""
    lines = [title]
    if _wide(title, TITLE) > width - 20 and " " in title:
        middle = len(title) / 2
        cut = min((i for i, c in enumerate(title) if c == " "), key=lambda i: abs(i - middle))
        lines = [title[:cut], title[cut + 1:]]
    return [_text(width / 2, y + 24 * i, line, size=TITLE, anchor="middle") for i, line in enumerate(lines)], \
        24 * (len(lines) - 1)


def _legend_row(cx: float, y: float, entries: Sequence[tuple[str, str, str]]) -> list[str]:
    """Legend entries side by side, centred on ``cx``, in the margin above a plot: inside it they hid bars."""
    widths = [38 + _wide(name, SMALL) for name, _, _ in entries]
    x = cx - (sum(widths) + 24 * (len(entries) - 1)) / 2
    out = []
    for (name, colour, dash), w in zip(entries, widths, strict=True):
        out += [_line(x, y, x + 30, y, colour, 3, dash), _text(x + 38, y, name, size=SMALL)]
        x += w + 24
    return out


def _histogram(frame: _Frame, values: Sequence[float], title: str, ticks: Sequence[int],
               title_y: float | None = None) -> list[str]:
    y = frame.y - 16 if title_y is None else title_y
    out = [_text(frame.x + frame.w / 2, y, title, size=TITLE, anchor="middle")]
    for lo, hi, n in zip(BINS, BINS[1:], _counts(values), strict=False):
        if n:
            out.append(_rect(frame.sx(lo), frame.sy(n), frame.sx(hi) - frame.sx(lo), frame.sy(0) - frame.sy(n),
                             C["blue"], f"{lo}–{hi}: {n}"))
    top = frame.ylim[1]
    return out + frame.axes(ticks, range(0, int(top) + 1, _step(top)))


def _legend(x: float, y: float, entries: Sequence[tuple[str, str, str]]) -> list[str]:
    """Legend lines from (x, y) downwards: a short stroke in each entry's colour and dash (or a bar's
    swatch, for ``BAR``), then its name.

    A light backdrop keeps the names readable where they cross a bar.
    """
    width = 46 + _CHAR * SMALL * max((len(name) for name, _, _ in entries), default=0)
    out = [f'<rect x="{_n(x - 4)}" y="{_n(y - 12)}" width="{_n(width)}" height="{22 * len(entries) + 2}" '
           f'fill="{C["white"]}" fill-opacity="0.85"/>']
    for i, (name, colour, dash) in enumerate(entries):
        yy = y + 22 * i
        mark = (f'<rect x="{_n(x)}" y="{_n(yy - 7)}" width="30" height="14" fill="{colour}"/>' if dash == BAR
                else _line(x, yy, x + 30, yy, colour, 3, dash))
        out += [mark, _text(x + 38, yy, name, size=SMALL)]
    return out


def score_histograms(scores: Mapping[str, Sequence[float]], titles: Mapping[str, str], alt: str,
                     labels: Mapping[str, str] | None = None) -> str:
    """One histogram per step (0-100) in a grid of two columns, each with a dashed line at its mean.

    ``labels`` gives the axis labels and the mean's legend in the learner's language:
    ``{"x": ..., "y": ..., "mean": ...}`` (``mean`` with a ``{mean}`` placeholder).
    """
    labels = labels or {"x": "", "y": "", "mean": "{mean}"}
    rows = (len(titles) + 1) // 2
    top = max([1, *(max(_counts(scores.get(k, [])), default=0) for k in titles)]) * 1.05
    w, h, row_h = 320, 180, 294
    out = []
    for i, (key, title) in enumerate(titles.items()):
        row, col = divmod(i, 2)
        frame = _Frame(80 + col * 390, 64 + row * row_h, w, h, (0, 100), (0, top))
        values = list(scores.get(key, []))
        out += _histogram(frame, values, title, (0, 25, 50, 75, 100), frame.y - 42)
        if values:  # the mean's dashed line, named in the margin between the title and the plot
            mean = sum(values) / len(values)
            out.append(_line(frame.sx(mean), frame.y, frame.sx(mean), frame.y + h, C["grey"], 2.5, "7 5"))
            out += _legend_row(frame.x + w / 2, frame.y - 16,
                               [(labels["mean"].format(mean=round(mean)), C["grey"], "7 5")])
        if col == 0:
            out.append(_text(24, frame.y + h / 2, labels["y"], anchor="middle", rotate=True))
        if row == rows - 1 or i + 2 >= len(titles):
            out.append(_text(frame.x + w / 2, frame.y + h + 44, labels["x"], anchor="middle"))
    return image(svg(820, 64 + rows * row_h - 24, " · ".join(titles.values()), alt, out), alt, "ol-chart-scores")


def open_share_histogram(shares: Sequence[float], title: str, alt: str, labels: Mapping[str, str],
                         thresholds: tuple[float, float] = (0.5, 0.7)) -> str:
    """The share of open questions per result (0-100 %), with the MITI thresholds drawn in.

    ``labels``: ``{"x": ..., "y": ..., "fair": ..., "good": ...}``, the last two naming the
    thresholds' lines.
    """
    values = [100 * s for s in shares]
    frame = _Frame(80, 72, 700, 210, (0, 100), (0, max([1, *_counts(values)]) * 1.05))
    out = _histogram(frame, values, title, (0, 25, 50, 70, 100), 22)
    entries = []
    for value, key, dash in ((thresholds[0], "fair", "2 4"), (thresholds[1], "good", "8 5")):
        x = frame.sx(100 * value)
        out.append(_line(x, frame.y, x, frame.y + frame.h, C["green"], 3, dash))
        entries.append((labels[key], C["green"], dash))
    out += _legend_row(frame.x + frame.w / 2, 50, entries)
    out += [_text(frame.x + frame.w / 2, frame.y + frame.h + 44, labels["x"], anchor="middle"),
            _text(24, frame.y + frame.h / 2, labels["y"], anchor="middle", rotate=True)]
    return image(svg(820, 348, title, alt, out), alt, "ol-chart-open")


def _label_width(names: Sequence[str], size: int = TEXT) -> float:
    """About how wide the longest name is drawn, with a margin, kept between 80 and 400 px."""
    return min(400, max(80, _CHAR * size * max((len(n) for n in names), default=0) + 30))


def missed_topics(names: Sequence[str], shares: Sequence[float], title: str, alt: str) -> str:
    """A horizontal bar per topic, the first on top: the share of participants who never asked about it."""
    left, bar = _label_width(names), 34
    out, extra = _title(780, 20, title)
    frame = _Frame(left, 44 + extra, 740 - left, bar * max(len(names), 1), (0, 100), (0, max(len(names), 1)))
    for i, (name, share) in enumerate(zip(names, shares, strict=True)):
        y = frame.y + i * bar
        out += [_rect(frame.x, y + 5, frame.sx(100 * share) - frame.x, bar - 10, C["green"],
                      f"{name}: {percent(share)} %"),
                _text(frame.x - 10, y + bar / 2, name, anchor="end")]
    out += frame.axes(range(0, 101, 20), ())
    out.append(_text(frame.x + frame.w / 2, frame.y + frame.h + 44, "%", anchor="middle"))
    return image(svg(780, frame.y + frame.h + 64, title, alt, out), alt, "ol-chart-missed")


def skills_chart(values: Mapping[str, int | None], lang: str, previous: Mapping[str, int | None] | None = None) -> str:
    """One bar per skill (0-100) for the latest round, with the round before beside it if given."""
    names = [P.skill_label(s, lang) for s in P.SKILLS]
    left, row = _label_width(names), 50
    title = L.text(lang, "progress_view.skills_title")
    out, extra = _title(760, 20, title)
    frame = _Frame(left, 44 + extra, 720 - left, row * len(names), (0, 115), (0, len(names)))
    bar = 18 if previous else 28
    for i, (skill, name) in enumerate(zip(P.SKILLS, names, strict=True)):
        y = frame.y + i * row + (row - (2 * bar if previous else bar)) / 2
        v = values.get(skill)
        out += [_rect(frame.x, y, frame.sx(v or 0) - frame.x, bar, C["blue"], f"{name}: {P.pct(v, lang)}"),
                _text(frame.sx(v or 0) + 8, y + bar / 2, P.pct(v, lang), size=SMALL),
                _text(frame.x - 10, frame.y + (i + 0.5) * row, name, anchor="end")]
        if previous:
            p = previous.get(skill)
            out.append(_rect(frame.x, y + bar, frame.sx(p or 0) - frame.x, bar, C["grey"],
                             f"{name}: {P.pct(p, lang)}"))
    out += frame.axes((0, 50, 100), ())
    height = frame.y + frame.h + 40
    if previous:
        out += _legend(frame.x, height, [(L.text(lang, "progress_view.legend_latest"), C["blue"], BAR),
                                         (L.text(lang, "progress_view.legend_previous"), C["grey"], BAR)])
        height += 44
    alt = P.skills_alt(values, lang, previous)
    return image(svg(760, height + 10, title, alt, out), alt, "ol-chart-skills")


# How each line of the chart over time is drawn: colour, width, marker and dash (none is solid).
LINES: dict[str, dict[str, Any]] = {
    "total": {"colour": C["ink"], "width": 3.5, "marker": "circle", "dash": ""},
    "questions": {"colour": C["blue"], "width": 2.5, "marker": "square", "dash": "9 5"},
    "delivery": {"colour": C["green"], "width": 2.5, "marker": "triangle", "dash": "10 4 3 4"},
    "pitch": {"colour": C["orange"], "width": 2.5, "marker": "diamond", "dash": "3 4"},
}


def _marker(kind: str, x: float, y: float, colour: str, value: str) -> str:
    tip = f"<title>{e(value)}</title>"
    if kind == "circle":
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="5.5" fill="{colour}">{tip}</circle>'
    r = 6
    points = {"square": [(-r, -r), (r, -r), (r, r), (-r, r)], "triangle": [(0, -r - 1), (r + 1, r), (-r - 1, r)],
              "diamond": [(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]}[kind]
    return (f'<polygon points="{" ".join(f"{_n(x + dx)},{_n(y + dy)}" for dx, dy in points)}" '
            f'fill="{colour}">{tip}</polygon>')


def history_chart(reports: Sequence[Mapping[str, Any]], lang: str) -> str:
    """The total and each step's score per round, in the order played, one line each."""
    hist = P.history(list(reports))
    names = P.line_names(lang)
    rounds = hist["round"]
    xlim = (rounds[0] - 0.5, rounds[-1] + 0.5) if len(rounds) == 1 else (rounds[0] - 0.4, rounds[-1] + 0.4)
    frame = _Frame(80, 44, 560, 300, xlim, (-4, 104))
    title = L.text(lang, "progress.history_title")
    out = [_text(frame.x + frame.w / 2, 20, title, size=TITLE, anchor="middle")]
    for key, name in names.items():
        style = LINES[key]
        points = [(frame.sx(r), frame.sy(v)) for r, v in zip(rounds, hist[key], strict=True)]
        dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
        out.append(f'<polyline points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in points)}" fill="none" '
                   f'stroke="{style["colour"]}" stroke-width="{style["width"]}"{dash}/>')
        out += [_marker(style["marker"], x, y, style["colour"], f"{name}, {r}: {v}")
                for (x, y), r, v in zip(points, rounds, hist[key], strict=True)]
    out += frame.axes(rounds, range(0, 101, 20))
    out += [_text(frame.x + frame.w / 2, frame.y + frame.h + 44, L.text(lang, "progress.history_x"), anchor="middle"),
            _text(24, frame.y + frame.h / 2, L.text(lang, "progress.history_y"), anchor="middle", rotate=True)]
    out += _legend(frame.x + frame.w + 24, frame.y + 12,
                   [(name, LINES[key]["colour"], LINES[key]["dash"]) for key, name in names.items()])
    alt = P.history_alt(hist, lang)
    return image(svg(860, frame.y + frame.h + 70, title, alt, out), alt, "ol-chart-history")


__all__ = ["BINS", "LINES", "history_chart", "image", "missed_topics", "open_share_histogram",
           "score_histograms", "skills_chart", "svg"]
