"""The facilitator guides: notes on every section's challenges, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = {"sv": ROOT / "docs" / "facilitator-guide.sv.md", "en": ROOT / "docs" / "facilitator-guide.md"}
WORDS = {"sv": ("Avsnitt", "Här fastnar de.", "Fråga gruppen."),
         "en": ("Section", "Where they get stuck.", "Ask the room.")}


def sections(lang: str) -> dict[str, str]:
    """The guide's notes by section number: the text under each ``### Section N: ...`` heading."""
    text = GUIDES[lang].read_text(encoding="utf-8")
    word = WORDS[lang][0]
    parts = re.split(rf"^### {word} (\d+): .*$", text, flags=re.MULTILINE)
    return {number: body.split("\n## ", 1)[0] for number, body in zip(parts[1::2], parts[2::2], strict=True)}


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_section_of_the_course_has_notes_on_its_challenges(lang: str):
    """Each numbered notebook has a subsection saying where learners get stuck and what to ask the room."""
    numbers = sorted(p.name[:2].lstrip("0") for p in (ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb"))
    notes = sections(lang)
    assert sorted(notes) == numbers
    _, stuck, ask = WORDS[lang]
    for number, body in notes.items():
        assert f"**{stuck}**" in body and f"**{ask}**" in body, f"{lang} section {number}"
        assert body.count("?") >= 2, f"{lang} section {number}: the room should be asked something"


def test_both_guides_cover_the_same_sections():
    """The Swedish and English notes cover the same sections."""
    assert sorted(sections("sv")) == sorted(sections("en"))
