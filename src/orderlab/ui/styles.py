"""The first children of every ``.orderlab`` box: the course's CSS (``orderlab.present.styles``) and the key guard."""

from ..present.styles import CSS


def head() -> list:
    """The first children of every ``.orderlab`` box: the CSS, and the guard that keeps keys in the widgets."""
    import ipywidgets as W

    from .keyboard import KeyboardGuard

    return [W.HTML(CSS), KeyboardGuard()]


__all__ = ["CSS", "head"]
