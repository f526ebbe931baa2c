"""The course's one palette: every colour the CSS, the panels, the summary and the charts use.

Text colours reach at least 4.5:1 against white (WCAG 2.1 AA); the chart colours at least 3:1
(non-text contrast). Change a colour here and every view follows.
"""

from __future__ import annotations

PALETTE: dict[str, str] = {
    "ink": "#1b1b1b",         # body text, the total's line
    "ink_soft": "#333333",    # who speaks in a bubble
    "muted": "#3d3d3d",       # the requester's words, an unchanged trust line
    "muted_soft": "#4a4a4a",  # notes, steps not reached yet
    "todo": "#6b6b6b",        # an answer not written yet
    "grey": "#767676",        # borders, the round before, the mean
    "rule": "#e3e3e3",        # empty bars
    "bubble": "#f1f1f1",      # the requester's bubble
    "white": "#ffffff",
    "blue": "#005a9c",        # information, focus, the latest round
    "blue_dark": "#003f73",   # the current step, the round number
    "link": "#0b57a4",
    "navy": "#0b1f44",        # text in the learner's bubble
    "blue_pale": "#dde9f7",   # the learner's bubble
    "blue_faint": "#f7f9fc",  # the score box
    "blue_wash": "#f2f7fc",   # the next order
    "green": "#1d5b2a",       # right, done, trust up
    "orange": "#a33a00",      # to fix, the pitch's line
    "orange_dark": "#6b2400", # hints, flags
    "rust": "#8a2c00",        # trust down
    "orange_pale": "#fbe3d6", # a flag's background
    "amber_dark": "#6b4a00",  # a closed question
}

# What each status of a panel item is drawn in (orderlab.panel.STATUSES).
STATUS_COLOUR: dict[str, str] = {
    "ok": PALETTE["green"], "good": PALETTE["green"], "fix": PALETTE["orange"], "poor": PALETTE["orange"],
    "todo": PALETTE["todo"], "info": PALETTE["blue"],
}

__all__ = ["PALETTE", "STATUS_COLOUR"]
