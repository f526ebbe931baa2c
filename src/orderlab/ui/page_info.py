"""What only the browser knows about the page: its address's query, its storage, and the site's build.

Voila hands the kernel the page's query string (``QUERY_STRING``); Voici and JupyterLite run the
kernel in the browser and hand it nothing, so ``?lang=en`` and ``?workshop=`` were ignored there.
This tiny anywidget reads ``location.search`` and passes it on. On the static site it also checks
two things the learner must be told about, in plain words and in their language:

- a **stale site**: the page names the build it came from (``<meta name="orderlab-build">``, written
  by ``orderlab.static_site``); the widget asks the server for the current build
  (``orderlab-site.json``, never from the cache). Different builds: reload to get the update.
- **browser storage** that is disabled (private modes, policies) or full: play continues, and the
  learner is told that the game lives only in this page.

The notice is drawn as text (``textContent``), never as HTML.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import anywidget
import traitlets

from .. import lang as L

_ESM = """
function probeStorage() {
  try {
    const key = "orderlab-probe";
    window.localStorage.setItem(key, "1");
    window.localStorage.removeItem(key);
    return "ok";
  } catch (e) {
    return e && (e.name === "QuotaExceededError" || e.code === 22) ? "full" : "disabled";
  }
}

async function builds() {
  const meta = document.querySelector('meta[name="orderlab-build"]');
  if (!meta) return ["", ""];
  try {
    const answer = await fetch(new URL(meta.dataset.stamp, location.href), { cache: "no-store" });
    return [meta.content, (await answer.json()).build || ""];
  } catch (e) {
    return [meta.content, ""];  // the server cannot say: no notice
  }
}

async function render({ model, el }) {
  el.setAttribute("role", "status");
  el.classList.add("ol-page-notice");
  const show = () => {
    el.textContent = model.get("notice");
    el.style.display = model.get("notice") ? "" : "none";
  };
  model.on("change:notice", show);
  show();
  model.set("search", window.location.search || "");
  model.set("storage", probeStorage());
  const [page, site] = await builds();
  model.set("build_page", page);
  model.set("build_site", site);
  model.save_changes();
  return () => model.off("change:notice", show);
}

export default { render };
"""


class PageInfo(anywidget.AnyWidget):
    """Reads the page's query, storage and build in the browser; shows a notice when the learner must act."""

    _esm = _ESM
    search = traitlets.Unicode("").tag(sync=True)
    storage = traitlets.Unicode("").tag(sync=True)
    build_page = traitlets.Unicode("").tag(sync=True)
    build_site = traitlets.Unicode("").tag(sync=True)
    notice = traitlets.Unicode("").tag(sync=True)

    def __init__(self, on_query: Callable[[], None] | None = None, lang: str = "sv"):
        super().__init__()
        self.lang = lang
        self._on_query = on_query
        self.observe(self._query, names="search")
        self.observe(lambda _: self.relabel(self.lang), names=["storage", "build_page", "build_site"])

    def _query(self, change: dict) -> None:
        # Voila sets QUERY_STRING (late in a pooled kernel, to the same value); Voici and JupyterLite never do.
        if change["new"] and os.environ.get("QUERY_STRING") is None:
            os.environ["QUERY_STRING"] = change["new"].lstrip("?")
            if self._on_query:
                self._on_query()

    def problems(self) -> list[str]:
        """The keys of the notices that apply (``site_stale``, ``storage_disabled``, ``storage_full``)."""
        keys = []
        if self.build_page and self.build_site and self.build_page != self.build_site:
            keys.append("site_stale")
        if self.storage in ("disabled", "full"):
            keys.append(f"storage_{self.storage}")
        return keys

    def relabel(self, lang: str) -> None:
        """Show the notices in ``lang``."""
        self.lang = lang
        self.notice = " ".join(L.text(lang, f"ui.{key}") for key in self.problems())
