"""The course's CSS: readable on a projector, WCAG 2.1 AA contrast (at least 4.5:1 for text)."""

CSS = """
<style>
.orderlab { font-size: 15px; line-height: 1.45; color: #1b1b1b; max-width: 60em; }
.orderlab h2 { font-size: 1.4em; margin: 0.2em 0; color: #1b1b1b; }
.orderlab h3 { font-size: 1.1em; margin: 0.6em 0 0.2em; color: #1b1b1b; }
.orderlab .ol-requester { color: #3d3d3d; font-style: italic; }
.orderlab .ol-steps ol { list-style: none; display: flex; gap: 1.5em; padding: 0; margin: 0.3em 0; }
.orderlab .ol-steps li { color: #4a4a4a; }
.orderlab .ol-steps li.ol-current { color: #003f73; font-weight: bold; text-decoration: underline; }
.orderlab .ol-steps li.ol-done { color: #1d5b2a; }
.orderlab .ol-progress { height: 0.6em; background: #e3e3e3; border: 1px solid #767676; border-radius: 3px; }
.orderlab .ol-progress-bar { height: 100%; background: #005a9c; }
.orderlab .ol-transcript { border: 1px solid #767676;
  border-radius: 4px; padding: 0.5em; background: #ffffff; }
.orderlab .ol-bubble { margin: 0.35em 0; padding: 0.4em 0.7em; border-radius: 8px; max-width: 85%;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.orderlab .ol-them { background: #f1f1f1; color: #1b1b1b; }
.orderlab .ol-me { background: #dde9f7; color: #0b1f44; margin-left: auto; }
.orderlab .ol-who { display: block; font-weight: bold; font-size: 0.85em; color: #333333; }
.orderlab .ol-note { display: block; font-size: 0.85em; color: #4a4a4a; }
.orderlab .ol-score { border-left: 4px solid #005a9c; padding: 0.2em 0.8em; background: #f7f9fc; }
.orderlab .ol-flag { margin-left: 0.6em; padding: 0 0.4em; border-radius: 3px; background: #fbe3d6;
  color: #6b2400; font-size: 0.9em; }
.orderlab .ol-form-open { color: #1d5b2a; font-weight: bold; }
.orderlab .ol-form-closed { color: #6b4a00; font-weight: bold; }
.orderlab .ol-status { min-height: 1.4em; }
.orderlab .ol-page-notice { color: #6b2400; font-weight: bold; margin: 0.3em 0; }
.orderlab .ol-hint { color: #6b2400; }
.orderlab .ol-ok { border-left: 4px solid #1d5b2a; padding-left: 0.8em; }
.orderlab .ol-warn { border-left: 4px solid #a33a00; padding-left: 0.8em; }
.orderlab .ol-next-order { border: 2px solid #005a9c; border-radius: 6px; padding: 0.4em 0.8em;
  background: #f2f7fc; }
.orderlab .ol-bar-row { display: flex; align-items: center; gap: 0.6em; margin: 0.2em 0; }
.orderlab .ol-bar-label { flex: 0 0 22em; }
.orderlab .ol-bar { flex: 1; height: 0.9em; background: #e3e3e3; border: 1px solid #767676; }
.orderlab .ol-bar span { display: block; height: 100%; background: #005a9c; }
.orderlab .ol-meters .ol-bar-label { flex: 0 0 8em; }
.orderlab .ol-meter_trust .ol-bar span { background: #1d5b2a; }
.orderlab .ol-round { font-weight: bold; color: #003f73; }
.orderlab .ol-trust-line { margin: 0.3em 0; font-size: 0.95em; }
.orderlab .ol-trust-line.ol-up { color: #1d5b2a; }
.orderlab .ol-trust-line.ol-down { color: #8a2c00; }
.orderlab .ol-trust-line.ol-same { color: #3d3d3d; }
.orderlab .ol-capped { border-left: 4px solid #a33a00; padding-left: 0.8em; }
.orderlab .ol-legend summary { cursor: pointer; color: #003f73; }
.orderlab .ol-legend p { margin: 0.3em 0; max-width: 45em; }
.orderlab .ol-total { font-size: 1.2em; font-weight: bold; }
.orderlab .widget-label { color: #1b1b1b; }
/* Buttons as wide as their label ("Ta emot nästa beställning" is not cut off), wrapping if narrow. */
.orderlab .widget-button, .orderlab .jupyter-button { width: auto; max-width: 100%; min-width: 8em;
  height: auto; min-height: var(--jp-widgets-inline-height, 28px); white-space: normal; padding: 0.2em 1em; }
/* Inputs stay inside their panel: the label and the box share the width. */
/* (ipywidgets adds a 2px margin on each side of a box that is 100% wide: take it off the width.) */
.orderlab .widget-text, .orderlab .widget-textarea, .orderlab .widget-radio, .orderlab .widget-dropdown {
  box-sizing: border-box; max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); flex-wrap: wrap; }
.orderlab .widget-text input, .orderlab .widget-textarea textarea { min-width: 0; box-sizing: border-box; }
/* Text areas in the course's font, growing with what is written. */
.orderlab textarea { font-family: inherit; font-size: 1em; line-height: 1.45; min-height: 6em;
  field-sizing: content; max-height: 30em; resize: vertical; }
/* ipywidgets gives each radio label a fixed height; a wrapped option then ran under the next one
   and under the Deliver button. */
.orderlab .widget-radio-box { height: auto; min-width: 0; }
.orderlab .widget-radio-box label { white-space: normal; line-height: 1.35; margin: 0.2em 0; height: auto;
  min-height: var(--jp-widgets-radio-item-height, 24px); display: flex; align-items: flex-start; gap: 0.4em; }
.orderlab .widget-radio-box input { flex: none; margin-top: 0.25em; }
/* Long labels (a reflection question, an answer box) wrap above their box instead of being cut off. */
.orderlab .widget-text > .widget-label, .orderlab .widget-textarea > .widget-label,
.orderlab .widget-radio > .widget-label, .orderlab .widget-dropdown > .widget-label { white-space: normal;
  height: auto; max-width: 100%; line-height: 1.35; }
/* Links look like links. */
.orderlab a, .ol-links a { color: #0b57a4; text-decoration: underline; }
.orderlab a:hover, .ol-links a:hover { color: #003f73; }
.orderlab button:focus-visible, .orderlab input:focus-visible, .orderlab textarea:focus-visible {
  outline: 3px solid #005a9c; outline-offset: 2px; }
</style>
"""


def head() -> list:
    """The first children of every ``.orderlab`` box: the CSS, and the guard that keeps keys in the widgets."""
    import ipywidgets as W

    from .keyboard import KeyboardGuard

    return [W.HTML(CSS), KeyboardGuard()]
