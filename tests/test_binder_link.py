"""tools/binder_link.py: the Binder badge comes from the repository's own remote; no placeholder is left."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("binder_link", ROOT / "tools" / "binder_link.py")
binder_link = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(binder_link)


@pytest.mark.parametrize("url", ["https://github.com/kommun-x/orderlab.git", "https://github.com/kommun-x/orderlab",
                                 "git@github.com:kommun-x/orderlab.git", "ssh://git@github.com/kommun-x/orderlab.git\n"])
def test_github_remotes_in_every_form(url):
    assert binder_link.github_repo(url) == ("kommun-x", "orderlab")


@pytest.mark.parametrize("url", ["", "https://gitlab.com/kommun-x/orderlab.git", "/srv/git/orderlab"])
def test_other_remotes_are_refused(url):
    assert binder_link.github_repo(url) is None


def test_the_badge_goes_between_the_markers_of_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = binder_link.badge("kommun-x", "orderlab")
    assert "mybinder.org/v2/gh/kommun-x/orderlab/HEAD?urlpath=lab/tree/notebooks/sv/" in line
    written = binder_link.with_badge(readme, line)
    assert written.count(line) == 1 and binder_link.with_badge(written, line) == written


def test_no_placeholder_link_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "OWNER" not in readme and "gh/OWNER" not in readme
    assert binder_link.START in readme and binder_link.END in readme
