"""A whole round played through the role-play widget's own controls, for the UI tests."""

from __future__ import annotations

from orderlab.ui import RolePlay


def play_round(rp: RolePlay, question: str, pitch: str, delivery: str = "ordered") -> RolePlay:
    """Ask one question, finish asking, deliver and pitch, as a learner filling in the boxes would."""
    rp.question.value = question
    rp.submit_question()
    rp.finish_asking()
    rp.delivery.value = delivery
    rp.submit_delivery()
    rp.pitch.value = pitch
    rp.submit_pitch()
    return rp
