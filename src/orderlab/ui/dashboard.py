"""The facilitator's dashboard: the group's results as they come in, for the debrief.

Shows how many have finished, each step's spread of scores, the share of open questions,
the topics most often missed and an anonymised gallery of pitches (aliases hidden unless
the facilitator shows them); exports CSV; deletes a workshop's data (personal data); makes new
workshops with long random codes; says when the data expires and when participants' writes were
refused by the store's caps (a flood from one page). It is served only on 127.0.0.1 (Makefile).
"""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime
from html import escape

import ipywidgets as W

from .. import lang as L
from ..conversation import FAIR_OPEN, GOOD_OPEN
from ..percent import percent
from ..play import StoreHandle
from ..present import charts
from ..results import InvalidName, ResultsStore, ResultsUnavailable, new_workshop_code
from ..session import WEIGHTS
from ..terms import SCORED_LABELS
from ..text import clip
from .app import lang_from_query
from .guard import guarded
from .participant import workshop_from_query
from .render import message
from .styles import head

REFRESH_MS = 10_000  # how often the dashboard looks for new results


class Dashboard(W.VBox):
    """One workshop's results for the facilitator; ``refresh()`` redraws from the store."""

    def __init__(self, workshop: str | None = None, lang: str | None = None, store: ResultsStore | None = None):
        self.lang = lang or lang_from_query()
        t = lambda key, **kw: L.text(self.lang, f"ui.{key}", **kw)  # noqa: E731
        self._stores = StoreHandle(store)
        self.workshop = W.Combobox(value=workshop or workshop_from_query(), description=t("workshop_label"),
                                   style={"description_width": "initial"}, ensure_option=False)
        self.workshop.add_class("ol-workshop")
        self.refresh_button = W.Button(description=t("refresh"), icon="refresh")
        self.refresh_button.add_class("ol-refresh")
        self.refresh_button.on_click(guarded(self.refresh, self))
        # Said in full: "Namn (syns bara här)" beside "Ny workshop" left it unclear what the name was for.
        self.new_title = W.Text(placeholder=t("new_workshop_placeholder"), description=t("new_workshop_title"),
                                style={"description_width": "initial"}, layout=W.Layout(width="auto"))
        self.new_title.add_class("ol-new-title")
        self.new_button = W.Button(description=t("new_workshop"), icon="plus")
        self.new_button.add_class("ol-new-workshop")
        self.new_button.on_click(guarded(self.new_workshop, self))
        self.notice = W.HTML()
        self.notice.add_class("ol-notice")
        # Ticks in the browser every REFRESH_MS while the page is open; each tick redraws.
        self.ticker = W.Play(interval=REFRESH_MS, max=10**9, repeat=True, playing=True,
                             layout=W.Layout(display="none"))
        self.ticker.observe(guarded(self.refresh, self), names="value")
        self.counts = W.HTML()
        self.counts.add_class("ol-counts")
        self.scores = W.HTML()
        self.missed = W.HTML()
        # width auto: a checkbox is 300 px wide by default, and a longer label was cut off with "…"
        self.show_aliases = W.Checkbox(description=t("show_aliases"), value=False, indent=False,
                                       layout=W.Layout(width="auto"))
        self.show_aliases.add_class("ol-show-aliases")
        self.show_aliases.observe(guarded(self.refresh, self), names="value")
        self.gallery = W.HTML()
        self.gallery.add_class("ol-gallery")
        self.export_button = W.Button(description=t("export_csv"), icon="download")
        self.export_button.add_class("ol-export")
        self.export_button.on_click(guarded(self.export, self))
        self.export_link = W.HTML()
        self.confirm_delete = W.Checkbox(description=t("confirm_delete"), value=False, indent=False,
                                         layout=W.Layout(width="auto"))
        self.confirm_delete.add_class("ol-confirm-delete")
        self.delete_button = W.Button(description=t("delete_workshop"), button_style="danger", disabled=True)
        self.delete_button.add_class("ol-delete")
        self.confirm_delete.observe(lambda c: setattr(self.delete_button, "disabled", not c["new"]), names="value")
        self.delete_button.on_click(guarded(self.delete, self))
        self.status = W.HTML(message(""))
        super().__init__([
            *head(), W.HTML(f"<h2>{t('dashboard_title')}</h2>"),
            W.HBox([self.workshop, self.refresh_button]), W.HBox([self.new_title, self.new_button]), self.ticker,
            self.status, self.notice, self.counts, self.scores,
            self.missed, W.HTML(f"<h3>{t('gallery_title')}</h3>"), self.show_aliases, self.gallery,
            W.HTML(f"<h3>{t('data_title')}</h3><p>{t('data_help')}</p>"),
            W.HBox([self.export_button, self.export_link]), W.HBox([self.confirm_delete, self.delete_button]),
        ])
        self.add_class("orderlab")
        self._drawn: tuple | None = None  # what the charts show now: language, aliases, count, last result
        self.refresh()

    def store(self) -> ResultsStore | None:
        return self._stores.open(self._failed)

    def refresh(self) -> None:
        """Redraw everything from the store."""
        store, name = self.store(), self.workshop.value.strip()
        if store is None or not name:
            return
        try:
            with store.snapshot():  # on an LRS: the workshop's statements are read once, not three times
                listing = store.workshops()  # also deletes what has passed the retention period
                results = store.results(name)
                summary = store.summary(name, rows=results)
            self.workshop.options = [w["name"] for w in listing]
        except (ResultsUnavailable, InvalidName) as exc:
            self._failed(exc)
            return
        self.status.value = message("")
        self.notice.value = self._notice(next((w for w in listing if w["name"] == name), None), store.retention)
        self.counts.value = self._counts(summary)
        if not summary["results"]:
            self.scores.value = self.missed.value = self.gallery.value = ""
            self._drawn = None
            return
        drawn = (self.lang, self.show_aliases.value, len(results), results[-1]["result_id"])
        if drawn == self._drawn:  # nothing new: keep the images (a redraw costs time and flickers)
            return
        self._drawn = drawn
        self.scores.value = self._scores(summary) + self._open_shares(summary)
        self.missed.value = self._missed(summary)
        self.gallery.value = self._gallery(results)

    def _notice(self, info: dict | None, days: float) -> str:
        """The workshop's title, when its data expires, and how many writes the caps refused."""
        if info is None:
            return ""
        lang, when = self.lang, lambda t: datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M")
        lines = [L.text(lang, "ui.dashboard_title_line", title=info["title"])] if info["title"] else []
        lines.append(L.text(lang, "ui.dashboard_expires", when=when(info["expires_at"]), days=f"{days:g}"))
        if info["refused"]:
            lines.append(L.text(lang, "ui.dashboard_refused", n=info["refused"], when=when(info["last_refused_at"])))
        return "".join(f"<p>{escape(line)}</p>" for line in lines)

    def new_workshop(self) -> str:
        """Make a workshop with a new random code (and the title typed beside it), and show it."""
        store = self.store()
        if store is None:
            return ""
        code = new_workshop_code()
        try:
            store.create_workshop(code, self.new_title.value)
        except (ResultsUnavailable, InvalidName) as exc:
            self._failed(exc)
            return ""
        self.new_title.value = ""
        self.workshop.value = code
        self.refresh()
        self.status.value = message(L.text(self.lang, "ui.new_workshop_made", code=code), "ok")
        return code

    def _counts(self, summary: dict) -> str:
        lang = self.lang
        line = L.text(lang, "ui.dashboard_counts", results=summary["results"], participants=summary["participants"],
                      in_progress=summary["in_progress"])
        if summary["results"]:
            line += " " + L.text(lang, "ui.dashboard_open_share", pct=percent(summary["open_share"] or 0))
        return f'<p class="ol-total" aria-live="polite">{escape(line)}</p>'

    def _scores(self, summary: dict) -> str:
        lang = self.lang
        titles = {key: L.text(lang,
                              f"ui.{SCORED_LABELS[key]}") for key in WEIGHTS} | {"total": L.text(lang, "ui.total")}
        means = summary["mean"]
        alt = L.text(lang, "ui.chart_scores_alt", **{k: round(means.get(k) or 0) for k in ("questions", "delivery",
                                                                                          "pitch", "total")})
        labels = {"x": L.text(lang, "ui.chart_points"), "y": L.text(lang, "ui.chart_participants"),
                  "mean": L.text(lang, "ui.chart_mean")}
        return charts.score_histograms(summary["scores"], titles, alt, labels)

    def _open_shares(self, summary: dict) -> str:
        lang, shares = self.lang, summary["open_shares"]
        if not shares:
            return ""
        alt = L.text(lang, "ui.chart_open_alt", n=len(shares), good=sum(s >= GOOD_OPEN for s in shares),
                     fair=sum(s >= FAIR_OPEN for s in shares))
        labels = {"x": L.text(lang, "ui.chart_open_x"), "y": L.text(lang, "ui.chart_participants"),
                  "fair": L.text(lang, "ui.chart_open_fair"), "good": L.text(lang, "ui.chart_open_good")}
        return charts.open_share_histogram(shares, L.text(lang, "ui.chart_open_title"), alt, labels,
                                           (FAIR_OPEN, GOOD_OPEN))

    def _missed(self, summary: dict) -> str:
        lang, names = self.lang, L.topic_names(self.lang)
        rows = summary["missed"][:6]
        if not rows:
            return f"<p>{escape(L.text(lang, 'ui.nothing_missed'))}</p>"
        labels = [names.get(r["topic"], r["topic"]) for r in rows]
        alt = L.text(lang, "ui.chart_missed_alt", topics=", ".join(
            L.text(lang, "ui.topic_share", topic=label, pct=percent(r["share"]))
            for label, r in zip(labels, rows, strict=True)))
        return charts.missed_topics(labels, [r["share"] for r in rows], L.text(lang, "ui.missed_title"), alt)

    def _gallery(self, results: list[dict]) -> str:
        items = []
        for row in reversed(results[-30:]):
            pitch = (row["report"].get("steps", {}).get("pitch") or {})
            text = pitch.get("text")
            if not text:
                continue
            who = f'<span class="ol-who">{escape(row["alias"])}</span>' if self.show_aliases.value else ""
            score = escape(L.text(self.lang, "ui.gallery_score", score=pitch.get("score", 0)))
            items.append(f'<div class="ol-bubble ol-them">{who}<span class="ol-said">{escape(clip(text))}</span>'
                         f'<span class="ol-note">{score}</span></div>')
        return "".join(items) or f"<p>{escape(L.text(self.lang, 'ui.no_pitches'))}</p>"

    def _failed(self, exc: Exception) -> None:
        """Say in plain words why the store could not do what was asked."""
        if isinstance(exc, InvalidName):
            self.status.value = message(L.text(self.lang, f"ui.workshop_{exc.reason}", limit=exc.limit), "hint")
        else:
            self.status.value = message(L.text(self.lang,
                                               f"ui.results_{getattr(exc, 'reason', 'unavailable')}"), "hint")

    def export(self) -> str:
        """A download link to the workshop's results as CSV."""
        store, name = self.store(), self.workshop.value.strip()
        if store is None or not name:
            return ""
        buf = io.StringIO()
        try:
            rows = store.export_csv(name, buf)
        except (ResultsUnavailable, InvalidName) as exc:
            self._failed(exc)
            return ""
        data = base64.b64encode(("\ufeff" + buf.getvalue()).encode("utf-8")).decode("ascii")
        filename = escape("".join(c if c.isalnum() or c in "-_" else "-" for c in name) + ".csv")
        self.export_link.value = (f'<a class="ol-download" download="{filename}" '
                                  f'href="data:text/csv;charset=utf-8;base64,{data}">'
                                  f'{escape(L.text(self.lang, "ui.download_csv", n=rows))}</a>')
        return self.export_link.value

    def delete(self) -> int:
        """Delete the workshop's data for good (only after the facilitator ticked the confirmation)."""
        store, name = self.store(), self.workshop.value.strip()
        if store is None or not name or not self.confirm_delete.value:
            return 0
        try:
            removed = store.delete_workshop(name)
        except (ResultsUnavailable, InvalidName) as exc:
            self._failed(exc)
            return 0
        self.confirm_delete.value = False
        self.export_link.value = ""
        self.refresh()
        self.status.value = message(L.text(self.lang, "ui.deleted", n=removed, workshop=name), "ok")
        return removed


def facilitator_dashboard(workshop: str | None = None) -> Dashboard:
    """The facilitator dashboard, ready to display (facilitator/dashboard.ipynb, served on 127.0.0.1 only)."""
    return Dashboard(workshop)
