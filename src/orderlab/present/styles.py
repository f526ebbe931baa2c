"""The course's CSS, with every colour from the one palette: readable on a projector, WCAG 2.1 AA contrast.

``CSS`` styles every ``.orderlab`` box (the widgets add it first, ``orderlab.ui.styles.head``);
``SUMMARY_CSS`` the printable summary shown inside a notebook (the downloaded page carries its own).
"""

from __future__ import annotations

from string import Template

from .palette import PALETTE

CSS: str = Template("""
<style>
.orderlab { font-size: 15px; line-height: 1.45; color: ${ink}; max-width: 60em; }
.orderlab h2 { font-size: 1.4em; margin: 0.2em 0; color: ${ink}; }
.orderlab h3 { font-size: 1.1em; margin: 0.6em 0 0.2em; color: ${ink}; }
.orderlab .ol-requester { color: ${muted}; font-style: italic; }
.orderlab .ol-steps ol { list-style: none; display: flex; gap: 1.5em; padding: 0; margin: 0.3em 0; }
.orderlab .ol-steps li { color: ${muted_soft}; }
.orderlab .ol-steps li.ol-current { color: ${blue_dark}; font-weight: bold; text-decoration: underline; }
.orderlab .ol-steps li.ol-done { color: ${green}; }
.orderlab .ol-progress { height: 0.6em; background: ${rule}; border: 1px solid ${grey}; border-radius: 3px; }
.orderlab .ol-progress-bar { height: 100%; background: ${blue}; }
.orderlab .ol-transcript { border: 1px solid ${grey};
  border-radius: 4px; padding: 0.5em; background: ${white}; }
.orderlab .ol-bubble { margin: 0.35em 0; padding: 0.4em 0.7em; border-radius: 8px; max-width: 85%;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.orderlab .ol-them { background: ${bubble}; color: ${ink}; }
.orderlab .ol-me { background: ${blue_pale}; color: ${navy}; margin-left: auto; }
.orderlab .ol-who { display: block; font-weight: bold; font-size: 0.85em; color: ${ink_soft}; }
.orderlab .ol-note { display: block; font-size: 0.85em; color: ${muted_soft}; }
.orderlab .ol-score { border-left: 4px solid ${blue}; padding: 0.2em 0.8em; background: ${blue_faint}; }
.orderlab .ol-flag { margin-left: 0.6em; padding: 0 0.4em; border-radius: 3px; background: ${orange_pale};
  color: ${orange_dark}; font-size: 0.9em; }
.orderlab .ol-form-open { color: ${green}; font-weight: bold; }
.orderlab .ol-form-closed { color: ${amber_dark}; font-weight: bold; }
.orderlab .ol-status { min-height: 1.4em; }
.orderlab .ol-page-notice { color: ${orange_dark}; font-weight: bold; margin: 0.3em 0; }
.orderlab .ol-hint { color: ${orange_dark}; }
.orderlab .ol-ok { border-left: 4px solid ${green}; padding-left: 0.8em; }
.orderlab .ol-warn { border-left: 4px solid ${orange}; padding-left: 0.8em; }
.orderlab .ol-next-order, .orderlab .ol-order { border: 2px solid ${blue}; border-radius: 6px; padding: 0.4em 0.8em;
  background: ${blue_wash}; }
.orderlab .ol-bar-row { display: flex; align-items: center; gap: 0.6em; margin: 0.2em 0; }
.orderlab .ol-bar-label { flex: 0 0 22em; }
.orderlab .ol-bar { flex: 1; height: 0.9em; background: ${rule}; border: 1px solid ${grey}; }
.orderlab .ol-bar span { display: block; height: 100%; background: ${blue}; }
.orderlab .ol-meters .ol-bar-label { flex: 0 0 8em; }
.orderlab .ol-meter_trust .ol-bar span { background: ${green}; }
.orderlab .ol-round { font-weight: bold; color: ${blue_dark}; }
.orderlab .ol-trust-line { margin: 0.3em 0; font-size: 0.95em; }
.orderlab .ol-trust-line.ol-up { color: ${green}; }
.orderlab .ol-trust-line.ol-down { color: ${rust}; }
.orderlab .ol-trust-line.ol-same { color: ${muted}; }
.orderlab .ol-capped { border-left: 4px solid ${orange}; padding-left: 0.8em; }
.orderlab .ol-legend summary { cursor: pointer; color: ${blue_dark}; }
.orderlab .ol-legend p { margin: 0.3em 0; max-width: 45em; }
.orderlab .ol-total { font-size: 1.2em; font-weight: bold; }
.orderlab .widget-label { color: ${ink}; }
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
   and under the Deliver button. It also puts the button after its text, at a ragged right edge:
   here every button stands first, in one column on the left, with its text beside it. */
.orderlab .widget-radio-box { height: auto; min-width: 0; }
.orderlab .widget-radio-box label { white-space: normal; line-height: 1.35; margin: 0.2em 0; height: auto;
  min-height: var(--jp-widgets-radio-item-height, 24px); display: flex; align-items: flex-start; gap: 0.4em;
  justify-content: flex-start; text-align: left; }
.orderlab .widget-radio-box input { flex: none; order: -1; margin: 0.25em 0 0 0; }
/* Long labels (a reflection question, an answer box) wrap above their box instead of being cut off. */
.orderlab .widget-text > .widget-label, .orderlab .widget-textarea > .widget-label,
.orderlab .widget-radio > .widget-label, .orderlab .widget-dropdown > .widget-label { white-space: normal;
  height: auto; max-width: 100%; line-height: 1.35; }
/* Links look like links. */
.orderlab a, .ol-links a { color: ${link}; text-decoration: underline; }
.orderlab a:hover, .ol-links a:hover { color: ${blue_dark}; }
.orderlab button:focus-visible, .orderlab input:focus-visible, .orderlab textarea:focus-visible {
  outline: 3px solid ${blue}; outline-offset: 2px; }
</style>
""").substitute(PALETTE)

SUMMARY_CSS: str = Template("""<style>
.orderlab .ol-summary-doc { max-width: 46em; }
.orderlab .ol-summary-doc h1 { font-size: 1.3em; margin: 0.6em 0 0.3em; }
.orderlab .ol-summary-doc h2 { font-size: 1.1em; margin: 1em 0 0.3em; }
.orderlab .ol-summary-doc h3 { font-size: 1em; margin: 0.8em 0 0.2em; }
.orderlab .ol-summary-doc table { border-collapse: collapse; margin: 0.3em 0; }
.orderlab .ol-summary-doc th, .orderlab .ol-summary-doc td { border: 1px solid ${grey}; padding: 0.15em 0.6em;
  text-align: left; }
.orderlab .ol-summary-doc td.n { text-align: right; }
.orderlab .ol-summary-doc blockquote { border-left: 4px solid ${blue}; margin: 0.4em 0; padding: 0.2em 1em;
  white-space: pre-wrap; }
.orderlab .ol-download { font-weight: normal; color: ${link}; text-decoration: underline; margin-right: 1.5em; }
.orderlab .ol-download::before { content: "⤓ "; text-decoration: none; display: inline-block; }
</style>""").substitute(PALETTE)

__all__ = ["CSS", "SUMMARY_CSS"]
