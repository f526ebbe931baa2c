"""Every catalogue's texts are usable, and each language stays itself (the parity test: test_catalogue.py)."""

import json
import re
from pathlib import Path

import pytest

from orderlab import lang as L
from orderlab.scenario import TOPICS
from orderlab.understanding import lang as W


@pytest.mark.parametrize("lang", L.languages())
def test_topic_tables_cover_the_ten_topics(lang):
    """The topic tables name exactly the brief's ten topics."""
    assert set(W.topic_words(lang)) == set(TOPICS)
    assert set(L.topic_names(lang)) == set(TOPICS)


@pytest.mark.parametrize("lang", L.languages())
def test_open_rewrites_cover_every_topic_and_a_default(lang):
    """There is an open rewrite for each topic and one for questions without a topic."""
    assert set(L.table(lang, "open_rewrites")) == {"default", *TOPICS}


@pytest.mark.parametrize("code", L.languages())
def test_every_template_formats(code):
    """Every text formats without error given its own placeholders."""
    for ns, table in L.catalogue(code).items():
        if ns == "language":
            continue
        for key, template in table.items():
            values = {name: "X" for name in L.placeholders(template)}
            assert isinstance(L.text(code, f"{ns}.{key}", **values), str), f"{ns}.{key}"


@pytest.mark.parametrize("code", L.languages())
def test_no_empty_strings(code):
    """No UI string, topic name, rewrite or word-list entry is empty."""
    for ns in ("ui", "topic_names", "topic_objects", "open_rewrites"):
        for key, value in L.table(code, ns).items():
            assert value.strip(), f"{ns}.{key}"
    for lists in (W.words(code), W.topic_words(code)):
        for key, entries in lists.items():
            assert entries, f"{key!r} is an empty list"
            assert all(e.strip() for e in entries), f"{key!r} has an empty entry"


@pytest.mark.parametrize(
    "call",
    [
        lambda: L.check_lang("de"),
        lambda: L.text("de", "ui.start"),
        lambda: W.words("fr"),
        lambda: W.topic_words(""),
        lambda: L.topic_names("SV"),
        lambda: L.open_rewrite("no", None),
    ],
)
def test_unknown_language_raises_value_error(call):
    """Asking for a language the course does not have raises ValueError."""
    with pytest.raises(ValueError, match="unknown language"):
        call()


def test_open_rewrite_falls_back_to_default():
    """open_rewrite without a topic gives the general rewrite."""
    assert L.open_rewrite("en", None) == "What would you like this to achieve?"
    assert L.open_rewrite("sv", "budget") == "Hur ser förutsättningarna ut när det gäller pengar och resurser?"
    assert L.open_rewrite("sv", "no_such_topic") == L.open_rewrite("sv", None)


def test_every_results_reason_has_a_message_in_both_languages():
    """Each reason the results store can give has a plain-language message in Swedish and English."""
    from orderlab.results import REASONS

    for lang in L.languages():
        for reason in REASONS:
            assert L.text(lang, f"ui.results_{reason}").strip()


@pytest.mark.parametrize("lang", L.languages())
def test_topics_read_naturally_in_sentences(lang):
    """Feedback names a topic in the form a sentence needs: "Du frågar om budgeten", "You ask about the budget"."""
    from orderlab.findings import texts
    from orderlab.questions import score_question

    text = {"sv": "Har ni en budget?", "en": "Do you have a budget?"}[lang]
    said = {"sv": "Du frågar om budgeten", "en": "You ask about the budget"}[lang]
    assert any(f.startswith(said) for f in texts(score_question(text, lang=lang).feedback, lang))
    assert set(L.topic_objects(lang)) == set(L.topic_names(lang))


# --- Each language stays itself ---

# Common function words of the other language: one of them in a learner-visible string means a line
# was left untranslated or half translated.
ENGLISH_IN_SWEDISH = re.compile(r"\b(the|you|your|and|with|what|this|is|are|of|to)\b", re.IGNORECASE)
SWEDISH_IN_ENGLISH = re.compile(r"\b(och|att|är|inte|det|som|vad|jag|du|för|med|på|av)\b|[åäöÅÄÖ]", re.IGNORECASE)
# Place names that keep their Swedish spelling in English (the personas' own names are allowed too).
NAMES_ALLOWED = ("Lärkan", "Lärkvägen")
# Word lists in scenarios that recognise what learners type; learners never see them.
RECOGNISERS = frozenset({"keywords", "wrong", "pitch_words"})


def _texts_by_language(node, out: dict[str, list[str]]) -> None:
    """Every {sv: ..., en: ...} text (or list of texts) in a scenario file, sorted by language."""
    if isinstance(node, dict):
        if node and set(node) <= set(L.languages()):
            for lang, value in node.items():
                out[lang].extend(v for v in ([value] if isinstance(value, str) else value) if isinstance(v, str))
            return
        for key, value in node.items():
            if key not in RECOGNISERS:
                _texts_by_language(value, out)
    elif isinstance(node, list):
        for value in node:
            _texts_by_language(value, out)


ROOT = Path(__file__).resolve().parents[1]
# What in a notebook's Markdown is not prose: code, HTML comments (the examples' markup), link targets.
NOT_PROSE = re.compile(r"```.*?```|`[^`]*`|<!--.*?-->|\]\([^)]*\)|https?://\S+", re.DOTALL)


def _notebook_prose(lang: str) -> list[str]:
    """The Markdown paragraphs of the course's notebooks, exercises and solutions in ``lang``."""
    paragraphs = []
    for folder in ("notebooks", "exercises", "solutions"):
        for path in sorted((ROOT / folder / lang).glob("*.ipynb")):
            for cell in json.loads(path.read_text("utf-8"))["cells"]:
                if cell["cell_type"] == "markdown":
                    prose = NOT_PROSE.sub(" ", "".join(cell["source"]))
                    paragraphs += [f"{path.name}: {p.strip()}" for p in prose.split("\n\n") if p.strip()]
    return paragraphs


def _learner_visible() -> dict[str, list[str]]:
    import yaml

    from orderlab import scenario as S

    out: dict[str, list[str]] = {lang: [] for lang in L.languages()}
    folder = S.builtin_dir()
    for path in [*sorted(folder.glob("*.yaml")), *sorted((folder / "exercises").glob("*.yaml"))]:
        _texts_by_language(yaml.safe_load(path.read_text("utf-8")), out)
    for path in sorted((folder.parent / "content").glob("*.yaml")):
        _texts_by_language(yaml.safe_load(path.read_text("utf-8")), out)
    for lang in L.languages():
        out[lang].extend(_notebook_prose(lang))
    for lang in L.languages():
        for ns, table in L.catalogue(lang).items():
            if ns != "language":
                out[lang].extend(table.values())
    return out


def test_swedish_strings_carry_no_english():
    """No Swedish string a learner sees (lang tables, scenarios, content, notebooks) has English function words."""
    found = [s for s in _learner_visible()["sv"] if ENGLISH_IN_SWEDISH.search(s)]
    assert found == []


def test_english_strings_carry_no_swedish():
    """No English string a learner sees contains Swedish function words or å/ä/ö, names apart."""
    from orderlab import scenario as S

    names = [*NAMES_ALLOWED, *(part for sc in S.all_scenarios() for part in sc.requester_name.split())]
    found = []
    for s in _learner_visible()["en"]:
        bare = s
        for name in names:
            bare = bare.replace(name, "")
        if SWEDISH_IN_ENGLISH.search(bare):
            found.append(s)
    assert found == [], found


def test_the_check_catches_a_mixed_line():
    """The two checks above would catch a half-translated line in either direction."""
    assert ENGLISH_IN_SWEDISH.search("Du frågar om the purpose.")
    assert SWEDISH_IN_ENGLISH.search("You ask about syftet och budgeten.")
    assert not ENGLISH_IN_SWEDISH.search("Du frågar om syftet och budgeten.")
    assert not SWEDISH_IN_ENGLISH.search("You ask about the purpose and the budget.")
