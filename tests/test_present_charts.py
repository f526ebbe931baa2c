"""The charts are SVG drawn in pure Python: well-formed, holding their data, with their text alternative."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

import pytest

import orderlab
from orderlab import lang as L
from orderlab import progress as P
from orderlab.present import charts as C
from orderlab.present.palette import PALETTE

NS = {"svg": "http://www.w3.org/2000/svg"}
EVIL = '<script>alert("x")</script> & co'
LABELS = {"x": "Poäng", "y": "Deltagare", "mean": "Medel {mean}"}


def svg_of(html: str) -> ET.Element:
    """The SVG inside a chart's <img>, parsed as XML (a parse error fails the test)."""
    data = re.fullmatch(r'<img class="[^"]+" src="data:image/svg\+xml;base64,([^"]+)" alt="[^"]*" '
                        r'style="max-width:100%">', html)
    assert data, html[:120]
    return ET.fromstring(base64.b64decode(data.group(1)).decode("utf-8"))


def tips(root: ET.Element, tag: str) -> list[str]:
    """The values the chart's bars (``rect``) or points carry in their <title>."""
    return [el.findtext("svg:title", namespaces=NS) for el in root.iter(f"{{{NS['svg']}}}{tag}")
            if el.find("svg:title", NS) is not None]


def texts(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter(f"{{{NS['svg']}}}text")]


def assert_alternative(html: str, root: ET.Element, alt: str) -> None:
    assert f'alt="{escape(alt)}"' in html
    assert root.get("role") == "img" and root.get("aria-label") == alt
    assert root.findtext("svg:desc", namespaces=NS) == alt and root.findtext("svg:title", namespaces=NS)


def test_histogram_bins_hold_every_value_from_0_to_100_and_drop_the_rest():
    """Values fall in bins of ten; 100 is in the last bin; values outside 0-100 are not counted."""
    assert C._counts([0, 9.9, 10, 55, 100, 100, -1, 101]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_score_histograms_draw_each_step_with_its_counts_mean_and_alternative():
    """Every step gets its title, a bar per filled bin with its count, and the mean in its legend."""
    scores = {"questions": [5, 15, 15, 100], "delivery": [50], "pitch": [], "total": [40, 60]}
    titles = {"questions": "Fråga", "delivery": "Leverera", "pitch": "Påverka", "total": "Totalt"}
    html = C.score_histograms(scores, titles, "Poäng per steg: medel 34", LABELS)
    root = svg_of(html)
    assert_alternative(html, root, "Poäng per steg: medel 34")
    assert tips(root, "rect") == ["0–10: 1", "10–20: 2", "90–100: 1", "50–60: 1", "40–50: 1", "60–70: 1"]
    shown = texts(root)
    assert all(t in shown for t in titles.values()) and {"Poäng", "Deltagare"} <= set(shown)
    assert [t for t in shown if t.startswith("Medel")] == ["Medel 34", "Medel 50", "Medel 50"]  # no mean for pitch
    assert 'class="ol-chart-scores"' in html


def test_open_share_histogram_draws_the_two_thresholds_in_green():
    """The open shares are binned as percentages and the fair and good lines are named in the legend."""
    labels = {"x": "Andel öppna", "y": "Deltagare", "fair": "50 % (godkänt)", "good": "70 % (bra)"}
    html = C.open_share_histogram([0.55, 0.72, 0.75], "Öppna frågor", "tre resultat", labels, (0.5, 0.7))
    root = svg_of(html)
    assert_alternative(html, root, "tre resultat")
    assert tips(root, "rect") == ["50–60: 1", "70–80: 2"]
    assert {"50 % (godkänt)", "70 % (bra)", "Öppna frågor"} <= set(texts(root))
    lines = [el for el in root.iter(f"{{{NS['svg']}}}line") if el.get("stroke") == PALETTE["green"]]
    xs = sorted({float(el.get("x1")) for el in lines if el.get("x1") == el.get("x2")})
    frame = C._Frame(80, 44, 700, 210, (0, 100), (0, 1))  # the chart's plot area
    assert xs == [frame.sx(50), frame.sx(70)]


def _box(el: ET.Element) -> tuple[float, float, float, float]:
    """A text's box (left, top, right, bottom), its width estimated as the charts estimate it."""
    x, y, size = float(el.get("x")), float(el.get("y")), float(el.get("font-size"))
    width = C._CHAR * size * len(el.text or "")
    left = {"start": x, "middle": x - width / 2, "end": x - width}[el.get("text-anchor")]
    return left, y - size / 2, left + width, y + size / 2


def _bars(root: ET.Element) -> list[tuple[float, float, float, float]]:
    return [(float(r.get("x")), float(r.get("y")), float(r.get("x")) + float(r.get("width")),
             float(r.get("y")) + float(r.get("height")))
            for r in root.iter(f"{{{NS['svg']}}}rect") if r.find("svg:title", NS) is not None]


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_no_legend_sits_on_a_bar():
    """The means' and thresholds' names stay clear of every bar: on the projector "Medel 41" sat on the
    0-10 bar. Full bins at both ends and in the middle, with tall bars."""
    full = [5, 5, 45, 55, 95, 95]
    charts = [C.score_histograms({k: full for k in ("q", "d", "p", "t")},
                                 {"q": "Fråga", "d": "Leverera", "p": "Påverka", "t": "Totalt"}, "alt", LABELS),
              C.open_share_histogram([v / 100 for v in full], "Andel öppna frågor per resultat", "alt",
                                     {"x": "x", "y": "y", "fair": "50 %: godkänt", "good": "70 %: bra"})]
    for html in charts:
        root = svg_of(html)
        named = [el for el in root.iter(f"{{{NS['svg']}}}text")
                 if (el.text or "").startswith(("Medel", "50 %", "70 %"))]
        assert len(named) in (2, 4)
        for el in named:
            assert not any(_overlap(_box(el), bar) for bar in _bars(root)), el.text


@pytest.mark.parametrize("title", ["Ämnen som flest missade (andel av deltagarna)",
                                   "Topics most often missed (share of participants, all rounds of this workshop)"])
def test_a_title_fits_inside_its_chart(title):
    """A title is centred on the chart and wraps rather than run off the edge (it was cut off at
    "(andel av deltagarna" when centred on the plot area right of long topic names)."""
    names = ["tidplan", "de som verksamheten finns till för", "vad som är lyckat"]
    root = svg_of(C.missed_topics(names, [1.0, 1.0, 0.5], title, "alt"))
    width = float(root.get("width"))
    lines = [el for el in root.iter(f"{{{NS['svg']}}}text") if (el.text or "") and (el.text in title)
             and el.get("font-size") == str(C.TITLE)]
    assert " ".join(el.text for el in lines) == title
    for el in lines:
        left, top, right, _ = _box(el)
        assert left >= 0 and right <= width and top >= 0, (el.text, left, right, width)
    assert all(_box(el)[3] < min(b[1] for b in _bars(root)) for el in lines)  # above the bars


def test_missed_topics_escape_learner_text_in_labels():
    """A topic label with markup is shown as text: it parses as a text node, never as an element."""
    html = C.missed_topics(["budget", EVIL], [0.8, 0.25], "Ingen frågade om", f"alt {EVIL}")
    root = svg_of(html)
    assert_alternative(html, root, f"alt {EVIL}")
    assert tips(root, "rect") == ["budget: 80 %", f"{EVIL}: 25 %"]
    assert EVIL in texts(root)
    assert not list(root.iter("script")) and not list(root.iter(f"{{{NS['svg']}}}script"))
    assert "<script" not in base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1)).decode()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_skills_chart_holds_this_round_and_the_one_before(lang):
    """A bar per skill for the latest round (a missing value says so) and one per skill for the round before."""
    latest = {**dict.fromkeys(P.SKILLS, 40), "depth": None, "pitch": 100}
    before = dict.fromkeys(P.SKILLS, 20)
    html = C.skills_chart(latest, lang, before)
    root = svg_of(html)
    assert_alternative(html, root, P.skills_alt(latest, lang, before))
    bars = tips(root, "rect")
    assert bars[0::2] == [f"{P.skill_label(s, lang)}: {P.pct(latest[s], lang)}" for s in P.SKILLS]
    assert bars[1::2] == [f"{P.skill_label(s, lang)}: {P.pct(20, lang)}" for s in P.SKILLS]
    assert L.text(lang, "progress.missing") in texts(root)


def test_skills_chart_without_a_round_before_has_no_legend():
    """One round: one bar per skill and no legend naming a round before."""
    html = C.skills_chart(dict.fromkeys(P.SKILLS, 60), "en")
    root = svg_of(html)
    assert len(tips(root, "rect")) == len(P.SKILLS)
    assert not any("before" in t for t in texts(root))


def test_history_chart_marks_every_round_of_every_line():
    """The total and each step get a point per round, carrying the round and its score."""
    reports = [{"total": 10 * i, "steps": {s: {"score": 10 * i + k} for k, s in enumerate(("questions", "delivery",
                                                                                            "pitch"), 1)}}
               for i in range(1, 4)]
    html = C.history_chart(reports, "sv")
    root = svg_of(html)
    hist = P.history(reports)
    assert_alternative(html, root, P.history_alt(hist, "sv"))
    points = tips(root, "circle") + tips(root, "polygon")
    names = P.line_names("sv")
    expected = {f"{names[key]}, {r}: {v}" for key in names for r, v in zip(hist["round"], hist[key], strict=True)}
    assert set(points) == expected and len(points) == 12
    assert {L.text("sv", "progress.history_x"), L.text("sv", "progress.history_y"), *names.values()} <= set(texts(root))


def test_the_palette_is_the_only_place_colours_are_written():
    """No source file outside present/palette.py writes a hex colour: every view takes them from the palette."""
    src = Path(orderlab.__file__).parent
    found = {str(p.relative_to(src)): hits for p in src.rglob("*.py")
             if p.name != "palette.py" and (hits := re.findall(r"#[0-9a-fA-F]{6}\b", p.read_text(encoding="utf-8")))}
    assert found == {}
