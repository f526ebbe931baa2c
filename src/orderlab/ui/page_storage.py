"""The page's ``localStorage`` for a kernel that has none: Pyodide runs in a web worker, the storage is the page's.

``PageStorage`` is a tiny anywidget with the interface of the xAPI transport's storages
(``get``/``set``, ``StorageError``). Its JavaScript runs in the page's main thread: when the widget
is created it sends every value this site keeps (keys under ``orderlab:<site path>:``, so two
courses on one origin do not mix), and it writes each value the kernel sets. What the browser
answers is ``state``: ``ok``, ``off`` (disabled: private modes, policies) or ``full``; a write
that fails turns ``state`` to ``full`` (or ``off``) and the ``on_problem`` callbacks run.

Writes cannot wait for the page's answer (the kernel handles one message at a time), so a value
asked for before the page has answered raises ``StorageError("page")`` and is never written from
this page: an older value kept there is not overwritten by a newer, shorter one.
"""

from __future__ import annotations

from collections.abc import Callable

import anywidget
import traitlets

from ..xapi.transport import StorageError

_ESM = """
function sitePrefix() {
  const path = window.location.pathname;
  const cut = ["/voici/", "/lab/", "/notebooks/"].map((p) => path.indexOf(p)).filter((i) => i >= 0);
  const site = cut.length ? path.slice(0, Math.min(...cut)) : path.slice(0, path.lastIndexOf("/"));
  return "orderlab:" + site + ":";
}

function reason(e) {
  return e && (e.name === "QuotaExceededError" || e.code === 22) ? "full" : "off";
}

function initialize({ model }) {
  const prefix = sitePrefix();
  let store = null, stored = {}, state = "ok";
  try {
    store = window.localStorage;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key && key.startsWith(prefix)) stored[key.slice(prefix.length)] = store.getItem(key);
    }
  } catch (e) {
    store = null, stored = {}, state = reason(e);
  }
  model.set("namespace", prefix);
  model.set("stored", stored);
  model.set("state", state);
  model.save_changes();
  const write = (msg) => {
    if (!msg || typeof msg.key !== "string" || typeof msg.value !== "string") return;
    let now = "ok";
    try {
      if (store === null) throw new DOMException("no storage", "SecurityError");
      store.setItem(prefix + msg.key, msg.value);
    } catch (e) {
      now = state === "off" ? "off" : reason(e);
    }
    if (now !== model.get("state")) {
      model.set("state", now);
      model.save_changes();
    }
  };
  model.on("msg:custom", write);
  return () => model.off("msg:custom", write);
}

function render({ el }) {
  el.style.display = "none";  // nothing to see: the notices are the reporter's
}

export default { initialize, render };
"""


class PageStorage(anywidget.AnyWidget):
    """``get``/``set`` on the page's ``localStorage``, from a kernel in a web worker."""

    _esm = _ESM
    namespace = traitlets.Unicode("").tag(sync=True)  # the page's prefix for this site's keys
    stored = traitlets.Dict().tag(sync=True)  # sent once by the page: key -> value under the prefix
    state = traitlets.Unicode("").tag(sync=True)  # "" until the page answered; then ok, off or full

    def __init__(self) -> None:
        super().__init__()
        self._values: dict[str, str] = {}
        self._unread: set[str] = set()  # asked for before the page answered: never written from here
        self._callbacks: list[Callable[[str], None]] = []
        self.observe(self._loaded, names="stored")
        self.observe(self._changed, names="state")

    def _loaded(self, change: dict) -> None:
        self._values = {str(k): str(v) for k, v in change["new"].items() if isinstance(v, str)}

    def _changed(self, change: dict) -> None:
        if change["new"] in ("off", "full"):
            for callback in list(self._callbacks):
                callback(change["new"])

    def on_problem(self, callback: Callable[[str], None]) -> None:
        """Call ``callback("off" | "full")`` whenever the page says its storage is refused or full."""
        self._callbacks.append(callback)

    def _check(self, key: str) -> None:
        if not self.state or key in self._unread:
            self._unread.add(key)
            raise StorageError("page", "the page has not answered yet")
        if self.state == "off":
            raise StorageError("off", "the browser refuses storage")

    def kept(self) -> list[str]:
        """The keys this site keeps in the page (none before the page answered)."""
        return list(self._values)

    def get(self, key: str) -> str | None:
        self._check(key)
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        """Keep ``value`` here and send it to the page; ``StorageError("full")`` once the page said it is full
        (the value is sent anyway: space may have been freed)."""
        self._check(key)
        self._values[key] = value
        self.send({"key": key, "value": value})
        if self.state == "full":
            raise StorageError("full", "the browser's storage is full")
