"""Charts for the debrief, drawn with matplotlib and shown as PNG images with a text alternative.

Large type and plain colours, so they read on a projector; every chart has an alt text that
says what it shows in words, for screen readers and for when the image does not load.
"""

from __future__ import annotations

import base64
import io
from html import escape

import matplotlib

matplotlib.use("Agg")  # no screen: draw to memory
import matplotlib.pyplot as plt  # after the backend is chosen
from matplotlib.ticker import MaxNLocator

BLUE, GREEN, GREY = "#005a9c", "#1d5b2a", "#767676"
plt.rcParams.update({"font.size": 15, "axes.titlesize": 17, "axes.spines.top": False, "axes.spines.right": False})


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def image(png_b64: str, alt: str, cls: str) -> str:
    """An <img> with its text alternative (escaped)."""
    return f'<img class="{cls}" src="data:image/png;base64,{png_b64}" alt="{escape(alt)}" style="max-width:100%">'


def _histogram(ax, values: list[float], title: str, ticks: list[int]) -> None:
    """Counts of 0-100 values in bins of ten, whole-number counts, ``ticks`` on the x axis."""
    ax.hist(values, bins=range(0, 101, 10), color=BLUE, edgecolor="white")
    ax.set_title(title)
    ax.set_xlim(0, 100)
    ax.set_xticks(ticks)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def score_histograms(scores: dict[str, list[float]], titles: dict[str, str], alt: str,
                     labels: dict[str, str] | None = None) -> str:
    """One histogram per step (0-100) in a grid of two columns, each with a dashed line at its mean.

    ``labels`` gives the axis labels and the mean's legend in the learner's language:
    ``{"x": ..., "y": ..., "mean": ...}`` (``mean`` with a ``{mean}`` placeholder).
    """
    labels = labels or {"x": "", "y": "", "mean": "{mean}"}
    rows = (len(titles) + 1) // 2
    fig, axes = plt.subplots(rows, 2, figsize=(9, 3.3 * rows), sharey=True, squeeze=False)
    for ax, (key, title) in zip(axes.flat, titles.items(), strict=False):
        values = scores.get(key, [])
        _histogram(ax, values, title, [0, 25, 50, 75, 100])
        if values:
            mean = sum(values) / len(values)
            ax.axvline(mean, color=GREY, linestyle="--", linewidth=2,
                       label=labels["mean"].format(mean=round(mean)))
            ax.legend(loc="upper left", frameon=False, fontsize=13)
    for ax in list(axes.flat)[len(titles):]:
        ax.set_visible(False)
    for ax in axes[:, 0]:
        ax.set_ylabel(labels["y"])
    for ax in axes[-1]:
        ax.set_xlabel(labels["x"])
    fig.tight_layout()
    return image(_png(fig), alt, "ol-chart-scores")


def open_share_histogram(shares: list[float], title: str, alt: str, labels: dict[str, str],
                         thresholds: tuple[float, float] = (0.5, 0.7)) -> str:
    """The share of open questions per result (0-100 %), with the MITI thresholds drawn in.

    ``labels``: ``{"x": ..., "y": ..., "fair": ..., "good": ...}``, the last two naming the
    thresholds' lines.
    """
    fig, ax = plt.subplots(figsize=(9, 3.6))
    _histogram(ax, [100 * s for s in shares], title, [0, 25, 50, 70, 100])
    for value, key, style in ((thresholds[0], "fair", ":"), (thresholds[1], "good", "--")):
        ax.axvline(100 * value, color=GREEN, linestyle=style, linewidth=2.5, label=labels[key])
    ax.legend(loc="upper left", frameon=False, fontsize=13)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    fig.tight_layout()
    return image(_png(fig), alt, "ol-chart-open")


def missed_topics(names: list[str], shares: list[float], title: str, alt: str) -> str:
    """A horizontal bar per topic: the share of participants who never asked about it."""
    fig, ax = plt.subplots(figsize=(8, 0.55 * max(len(names), 1) + 1.2))
    ax.barh(names[::-1], [100 * s for s in shares[::-1]], color=GREEN)
    ax.set_xlim(0, 100)
    ax.set_xlabel("%")
    ax.set_title(title)
    return image(_png(fig), alt, "ol-chart-missed")
