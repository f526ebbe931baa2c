"""Is this Swedish or English? Enough to notice a turn written in the course's other language.

Counts the different small words of each language that a text uses. A few words are not enough to tell, and
then nothing is claimed: "Budget?" and "OK" are the same in both.
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent function words that the other language does not use (checked in tests/test_langid.py).
MARKERS: dict[str, frozenset[str]] = {
    "sv": _words(
        "och att det som en ett är på för med har inte jag du ni vi vad hur när vem vilka vilken ska kan "
        "den de dem om till av så vill varför mer berätta skulle kunna också eller vara blir finns här där "
        "nu bara mycket många någon något alla efter innan sedan hon han era er ert din ditt dina mig dig oss "
        "vår vårt våra ju väl då från hos under över fler hade var varit behöver tror tycker tänker"
    ),
    "en": _words(
        "the and to of is are it you we what how when who which will can do does did for with have has "
        "not why more tell about that this they them there their would could should be been was were "
        "your our us my me he she his her any some all after before then only much many also or if "
        "from at by need think want who's what's it's don't doesn't"
    ),
}
_SWEDISH_LETTERS = frozenset("åäöÅÄÖ")
MIN_MARKERS = 2  # fewer marker words than this and the text is too short to tell
MARGIN = 2  # how many more markers one language needs than the other


def detect(tokens: Sequence[str], text: str = "") -> str | None:
    """``"sv"`` or ``"en"`` when the words say so clearly, else ``None`` (``text``: the words as typed)."""
    sv = len(MARKERS["sv"].intersection(tokens))
    en = len(MARKERS["en"].intersection(tokens))
    if sv + en < MIN_MARKERS - 1:
        return None  # too few small words to tell, whatever the letters
    if _SWEDISH_LETTERS.intersection(text or " ".join(tokens)):
        sv += 1
    if max(sv, en) < MIN_MARKERS:
        return None
    if sv >= en + MARGIN:
        return "sv"
    if en >= sv + MARGIN:
        return "en"
    return None


def mismatch(tokens: Sequence[str], lang: str, text: str = "") -> str | None:
    """The other language, when a turn sent as ``lang`` is clearly written in it; else ``None``."""
    other = "en" if lang == "sv" else "sv"
    if len(MARKERS[other].intersection(tokens)) < MIN_MARKERS:
        return None  # the common case, decided by one look: too few of the other language's small words
    found = detect(tokens, text)
    return found if found is not None and found != lang else None
