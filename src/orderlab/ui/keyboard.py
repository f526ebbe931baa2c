"""Keys typed into the course's widgets stay there: JupyterLab's notebook commands never see them.

In JupyterLab, ArrowDown on the scenario dropdown or on the delivery radios moved the cell
selection, and Enter on a focused button could run a notebook command, because JupyterLab's
command-mode shortcuts match any focused element in a notebook that is not a text field.
Lumino (JupyterLab's toolkit) skips every shortcut for an element that carries
``data-lm-suppress-shortcuts``, and it checks the focused element itself before its parents, so the
attribute goes onto each element inside the course's widgets as it receives focus.

ipywidgets has no way to set an attribute or run a script, so this is a tiny anywidget. It draws
nothing, and outside JupyterLab (Voila, JupyterLite) the attribute is harmless.
"""

from __future__ import annotations

import anywidget

SUPPRESS = "data-lm-suppress-shortcuts"

_ESM = """
const SUPPRESS = "SUPPRESS_ATTRIBUTE";
const mark = (element) => {
  if (element instanceof Element && element.closest(".orderlab") && !element.hasAttribute(SUPPRESS)) {
    element.setAttribute(SUPPRESS, "true");
  }
};
function render({ el }) {
  // One listener per view (a shared function would be added once and removed by the first view to go).
  const onFocus = (event) => mark(event.target);
  el.style.display = "none";
  el.setAttribute("aria-hidden", "true");
  // Capture on the document: focusin comes before the keydown that Lumino would match.
  document.addEventListener("focusin", onFocus, true);
  mark(document.activeElement);
  return () => document.removeEventListener("focusin", onFocus, true);
}

export default { render };
""".replace("SUPPRESS_ATTRIBUTE", SUPPRESS)


class KeyboardGuard(anywidget.AnyWidget):
    """Invisible; put one inside each ``.orderlab`` box (``styles.head()`` does)."""

    _esm = _ESM
