"""The message catalogues: one per language, as data, the same keys everywhere, and a third language as data."""

import json
from pathlib import Path

import pytest
import yaml

from orderlab import lang as L
from orderlab import scenario as S
from orderlab.findings import texts
from orderlab.report_format import findings
from orderlab.session import Session
from orderlab.understanding import lang as W

QUESTIONS = ["What do you want to achieve?", "Tell me about the families.", "Why does it matter?",
             "What would a good result look like?"]
SUMMARY = "A printed brochure for the parents, ready for the open day in May."
PITCH = ("Thanks for the order! The brochure is delivered as you ordered, 150 copies for the open day. "
         "I have thought about the purpose: that more parents come to the introduction meeting so the "
         "children get a safe start. Last year 31 of 58 families came, and 17 of those who stayed away "
         "speak another language than Swedish. Next time I suggest we test a short film in five languages "
         "sent by text message. What do you think? We could meet and talk about it.")


def _shape(lang: str) -> dict[str, dict[str, frozenset[str]]]:
    """Every key of a catalogue with the placeholders of its text."""
    return {ns: {key: L.placeholders(str(value)) for key, value in table.items()}
            for ns, table in L.catalogue(lang).items() if ns != "language"}


@pytest.mark.parametrize("lang", [code for code in L.languages() if code != L.languages()[0]])
def test_every_catalogue_has_the_same_keys_and_placeholders(lang):
    """The parity test: each catalogue has the first one's keys, each text the same {placeholders}."""
    first, other = _shape(L.languages()[0]), _shape(lang)
    assert set(other) == set(first)
    for ns, keys in first.items():
        assert set(other[ns]) == set(keys), ns
        for key, names in keys.items():
            assert other[ns][key] == names, f"{ns}.{key}"


def test_a_catalogue_names_its_language():
    """Each catalogue says its code and name; the language menu's order is Swedish, then English."""
    assert L.languages()[:2] == ("sv", "en")
    assert [L.text(code, "language.name") for code in ("sv", "en")] == ["Svenska", "English"]
    assert L.builtin_languages() == ("sv", "en")


def test_text_fills_in_placeholders_and_names_a_missing_key():
    """``text`` is the one lookup: "ns.key" and parameters; a missing key names the file and the key."""
    assert L.text("en", "ui.questions_left", n=3) == "Questions left: 3"
    assert L.text("sv", "ui.questions_left", n=3) == "Frågor kvar: 3"
    with pytest.raises(L.CatalogueError, match=r"sv\.yaml: ui\.no_such_key: is missing"):
        L.text("sv", "ui.no_such_key")
    with pytest.raises(L.CatalogueError, match=r"en\.yaml: nowhere: is missing"):
        L.text("en", "nowhere.start")


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("sv", "Som mest ställde du 1 följdfråga i rad.", "Som mest ställde du 3 följdfrågor i rad."),
    ("en", "At most you asked 1 follow-up question in a row.", "At most you asked 3 follow-up questions in a row."),
])
def test_a_count_of_one_takes_the_singular_form(lang, one, three):
    """``n=1`` picks the key's ``_one`` form when it has one: "1 följdfråga", never "1 följdfrågor"."""
    assert L.text(lang, "ui.conv_depth", n=1).startswith(one)
    assert L.text(lang, "ui.conv_depth", n=3).startswith(three)
    assert L.text(lang, "ui.conv_depth", n=0).startswith(three.replace("3", "0"))
    assert L.text(lang, "ui.conv_reflections", n=1) != L.text(lang, "ui.conv_reflections", n=2).replace("2", "1")
    assert L.text(lang, "ui.questions_left", n=1).endswith(" 1")  # no singular form: the one text for any count


def _write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "where", "reason"),
    [
        (lambda c: c.pop("language"), "language", "is missing"),
        (lambda c: c["language"].update(code="yy"), "language.code", "file is named for 'xx'"),
        (lambda c: c["language"].pop("order"), "language.order", "should be a number"),
        (lambda c: c["ui"].update(start=3), "ui.start", "should be text, not int"),
        (lambda c: c["ui"].update(start="Go {now"), "ui.start", "broken {placeholder}"),
        (lambda c: c.update(ui=["start"]), "ui", "should be a namespace"),
        (lambda c: c["ui"].update({"Start Now": "Go"}), "ui.Start Now", "is not a key"),
        (lambda c: c["ui"].update(nowhere_one="Go"), "ui.nowhere_one", "ui.nowhere is missing"),
        (lambda c: c["ui"].update(conv_depth_one="{n} in a row of {m}"), "ui.conv_depth_one", "placeholder"),
    ],
)
def test_a_broken_catalogue_is_named_by_file_and_key(tmp_path, monkeypatch, change, where, reason):
    """A broken catalogue on the search path fails with its file, the key and what is wrong."""
    data = {ns: dict(table) for ns, table in L.catalogue("en").items()}
    data["language"] = {**data["language"], "code": "xx", "order": 3}
    change(data)
    path = _write(tmp_path, "xx.yaml", data)
    monkeypatch.setenv(L.ENV, str(tmp_path))
    with pytest.raises(L.CatalogueError) as caught:
        L.catalogue("xx")
    assert caught.value.path == str(path) and caught.value.where == where
    assert reason in caught.value.reason


def test_borrowing_scorer_data_that_does_not_exist_is_named(tmp_path, monkeypatch):
    """A catalogue that borrows the scorer data of a language without any says which, and the choices."""
    data = {**_toy_catalogue(), "language": {"code": TOY, "name": "Xx", "order": 3, "understanding": TOY}}
    _write(tmp_path, f"{TOY}.yaml", data)
    monkeypatch.setenv(L.ENV, str(tmp_path))
    with pytest.raises(L.CatalogueError, match=r"xx\.yaml: language\.understanding: is 'xx', .*: choose one of en, sv"):
        W.words(TOY)


def test_broken_yaml_is_named_by_line(tmp_path, monkeypatch):
    """A catalogue that is not YAML at all names its file and line."""
    (tmp_path / "xx.yaml").write_text("language: {code: xx\nui: [", encoding="utf-8")
    monkeypatch.setenv(L.ENV, str(tmp_path))
    with pytest.raises(L.CatalogueError, match=r"xx\.yaml: line \d+, column \d+: is not valid YAML"):
        L.catalogue("xx")


# --- The proof: a third language, purely as data ---

TOY = "xx"
MARK = "‹xx› "


def _toy_catalogue() -> dict:
    """English with every text marked, so a test can see which catalogue a sentence came from."""
    out: dict = {"language": {"code": TOY, "name": "Xx-lang", "order": 3, "understanding": "en"}}
    for ns, table in L.catalogue("en").items():
        if ns != "language":
            out[ns] = {key: MARK + value for key, value in table.items()}
    return out


def _toy_texts(node: object) -> object:
    """A scenario's {sv: ..., en: ...} texts as {xx: ...}: the English words, marked."""
    if isinstance(node, dict):
        if node and set(node) <= {"sv", "en"} and "en" in node:
            value = node["en"]
            return {TOY: [MARK + v for v in value] if isinstance(value, list) else MARK + value
                    if isinstance(value, str) else value}
        return {k: _toy_texts(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_toy_texts(v) for v in node]
    return node


def _toy_scenario(folder: Path) -> Path:
    raw = yaml.safe_load((S.builtin_dir() / "school-brochure.yaml").read_text("utf-8"))
    raw = _toy_texts(raw)
    raw["languages"] = [TOY]
    # What learners type is recognised as typed: the word lists keep the English words, unmarked.
    for lists in _word_lists(raw):
        for key, value in lists.items():
            lists[key] = [v.removeprefix(MARK) for v in value] if isinstance(value, list) else \
                value.removeprefix(MARK)
    return _write(folder, "school-brochure-xx.yaml", raw)


def _word_lists(node: object):
    """Every {xx: ...} map below a recogniser key (keywords, wrong, examples, ...)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("keywords", "wrong", "pitch_words", "examples", "phrasings"):
                yield from _maps(value)
            else:
                yield from _word_lists(value)
    elif isinstance(node, list):
        for value in node:
            yield from _word_lists(value)


def _maps(node: object):
    if isinstance(node, dict):
        if TOY in node:
            yield node
        else:
            for value in node.values():
                yield from _maps(value)
    elif isinstance(node, list):
        for value in node:
            yield from _maps(value)


def _play(scenario: S.Scenario | str, lang: str) -> dict:
    session = Session(scenario, lang, seed=1)
    replies = [session.ask(q).reply.text for q in QUESTIONS]
    session.finish_consulting()
    session.confirm(SUMMARY)
    session.deliver("ordered")
    session.pitch(PITCH)
    return {"replies": replies, "report": session.report()}


@pytest.fixture
def toy(tmp_path, monkeypatch):
    """The toy language on ``ORDERLAB_LANG_PATH``, and its scenario (both written as YAML, no Python)."""
    langs = tmp_path / "langs"
    langs.mkdir()
    _write(langs, f"{TOY}.yaml", _toy_catalogue())
    monkeypatch.setenv(L.ENV, str(langs))
    return S.load(_toy_scenario(tmp_path))


def test_a_third_language_is_found_from_its_catalogue(toy):
    """A catalogue on the search path is a language: listed, named, checked and borrowing scorer data."""
    assert L.languages() == ("sv", "en", TOY)
    assert L.builtin_languages() == ("sv", "en")
    assert L.text(TOY, "language.name") == "Xx-lang"
    assert L.check_lang(TOY) == TOY and W.code(TOY) == "en"
    assert W.words(TOY) == W.words("en")
    assert toy.languages == (TOY,)


def test_a_round_plays_in_a_third_language_added_as_data(toy):
    """Ask, deliver, pitch and report in the toy language: its texts, English's reading of turns."""
    played = _play(toy, TOY)
    report = played["report"]
    assert report["lang"] == TOY
    # The requester speaks the toy scenario's texts; the engine's sentences come from the toy catalogue.
    english_round = _play("school-brochure", "en")
    assert all(r.startswith(MARK) for r in played["replies"])
    assert [r.replace(MARK, "") for r in played["replies"]] == english_round["replies"]
    steps = report["steps"]
    # Findings are stored as keys and parameters; shown in the toy language they read as its catalogue.
    stored = [*steps["questions"]["feedback"], *steps["questions"]["tips"], *steps["delivery"]["feedback"],
              *steps["pitch"]["feedback"]]
    shown = [*texts(findings(stored), TOY), steps["pitch"]["reaction"], report["next_order"]["order"]]
    assert len(shown) > 10 and all(MARK in t for t in shown), shown
    # The turns were read as English reads them: the same scores as the same round in English.
    english = english_round["report"]
    assert {k: v["score"] for k, v in steps.items()} == {k: v["score"] for k, v in english["steps"].items()}
    assert report["total"] == english["total"] > 0
    json.dumps(report)  # and the report is stored as it always is


def test_a_third_language_leaves_the_shipped_content_alone(toy):
    """With a toy catalogue on the path, the shipped scenarios still load: their languages are sv and en."""
    assert all(sc.languages == ("sv", "en") for sc in S.all_scenarios())


def test_the_editors_schema_knows_a_third_language(toy, tmp_path, capsys):
    """``orderlab schema`` writes the editors' schema for every language the course has, the toy one included:
    the toy scenario passes it, and fails the shipped schema, which knows only sv and en."""
    import jsonschema

    from orderlab import scenario_schema
    from orderlab.cli import main

    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    raw = yaml.safe_load(Path(toy.source).read_text("utf-8"))
    assert [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(raw)] == []
    assert list(jsonschema.Draft202012Validator(scenario_schema.shipped()).iter_errors(raw))
    raw["title"] = {}  # a text in no language at all is still caught
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(raw))
