"""Pre-parsed JSON copies of YAML files (``orderlab.parsed_yaml``) and the site build that adds them to the wheel."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import yaml

from orderlab import lang as L
from orderlab import parsed_yaml, site_wheels
from orderlab.content_reader import read_yaml
from orderlab.scenario import builtin_dir

SRC = Path(__file__).resolve().parents[1] / "src" / "orderlab"


def write(folder: Path, text: str, copy: dict | None = None) -> Path:
    path = folder / "content.yaml"
    path.write_text(text, encoding="utf-8")
    if copy is not None:
        (folder / "content.yaml.json").write_text(json.dumps(copy), encoding="utf-8")
    return path


def test_a_matching_copy_is_read_instead_of_the_yaml(tmp_path):
    """The copy names the YAML text's hash; its data is what the reader returns (here marked to tell)."""
    text = "greeting: {sv: Hej, en: Hello}\n"
    copy = json.loads(parsed_yaml.copy_text(text))
    assert copy["data"] == {"greeting": {"sv": "Hej", "en": "Hello"}}
    copy["data"]["from_the_copy"] = True
    path = write(tmp_path, text, copy)
    assert read_yaml(path) == {"greeting": {"sv": "Hej", "en": "Hello"}, "from_the_copy": True}


def test_a_copy_of_older_text_is_ignored(tmp_path):
    """After the YAML is edited, its old copy no longer matches: the edited YAML is what counts."""
    copy = json.loads(parsed_yaml.copy_text("greeting: old\n"))
    path = write(tmp_path, "greeting: new\n", copy)
    assert read_yaml(path) == {"greeting": "new"}


@pytest.mark.parametrize("broken", ["not json", '{"sha256": 1}', "[]"])
def test_a_broken_copy_is_ignored(tmp_path, broken):
    path = write(tmp_path, "a: 1\n")
    (tmp_path / "content.yaml.json").write_text(broken, encoding="utf-8")
    assert read_yaml(path) == {"a": 1}


@pytest.mark.parametrize("text", ["when: 2026-12-06\n", "1: one\n", "x: .nan\n"])
def test_no_copy_when_json_would_change_the_data(text):
    """Dates, keys that are not text and NaN do not come back the same from JSON: such a file gets no copy."""
    assert parsed_yaml.copy_text(text) is None


def test_invalid_yaml_gets_no_copy_but_the_error():
    with pytest.raises(yaml.YAMLError):
        parsed_yaml.copy_text("a: [unclosed\n")


def test_the_site_wheel_carries_a_matching_copy_of_every_yaml_file(tmp_path):
    """``site_wheels.add_parsed_yaml`` adds, for each YAML file of the wheel, a copy whose data equals the
    parsed file, and lists it in the wheel's RECORD."""
    wheel = tmp_path / "orderlab-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path in [*(builtin_dir()).glob("*.yaml"), L.BUILTIN / "sv.yaml"]:
            zf.write(path, f"orderlab/{path.relative_to(SRC)}")
        zf.writestr("orderlab/dates.yaml", "when: 2026-12-06\n")
        zf.writestr("orderlab-0.1.0.dist-info/RECORD", "orderlab-0.1.0.dist-info/RECORD,,\n")
    yamls = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".yaml")]
    assert site_wheels.add_parsed_yaml(wheel) == len(yamls) - 1  # all but the one with a date
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        record = zf.read("orderlab-0.1.0.dist-info/RECORD").decode()
        for name in yamls:
            if name == "orderlab/dates.yaml":
                assert name + ".json" not in names
                continue
            copy = json.loads(zf.read(name + ".json"))
            assert copy["data"] == yaml.safe_load(zf.read(name).decode("utf-8")), name
            assert f"{name}.json,sha256=" in record
        assert names[-1] == "orderlab-0.1.0.dist-info/RECORD"
