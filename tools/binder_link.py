"""The Binder link for this repository, derived from its own git remote (no placeholder to edit).

    python tools/binder_link.py            print the badge's Markdown
    python tools/binder_link.py --write    put the badge at the top of README.md (between the markers)

Binder builds the environment from environment.yml. Only GitHub remotes are understood; for another
host, see https://mybinder.org and paste its link between the markers by hand.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_NOTEBOOK = "notebooks/sv/01-metoden-och-rollspelet.ipynb"
START, END = "<!-- binder-badge -->", "<!-- /binder-badge -->"
GITHUB = re.compile(r"^(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)([\w.-]+)/([\w.-]+?)(?:\.git)?/?$")


def github_repo(remote_url: str) -> tuple[str, str] | None:
    """``(owner, name)`` of a GitHub remote address (https or ssh), else None."""
    match = GITHUB.match(remote_url.strip())
    return (match.group(1), match.group(2)) if match else None


def badge(owner: str, name: str, branch: str = "HEAD") -> str:
    url = f"https://mybinder.org/v2/gh/{owner}/{name}/{branch}?urlpath=lab/tree/{FIRST_NOTEBOOK}"
    return f"[![Binder](https://mybinder.org/badge_logo.svg)]({url})"


def with_badge(readme: str, line: str) -> str:
    """``readme`` with ``line`` between the badge markers (which must be there)."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README.md has no {START} ... {END} markers")
    return pattern.sub(lambda _: f"{START}\n{line}\n{END}", readme, count=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--write", action="store_true", help="put the badge into README.md")
    args = parser.parse_args(argv)
    found = subprocess.run(["git", "remote", "get-url", args.remote], cwd=ROOT, capture_output=True, text=True)
    repo = github_repo(found.stdout) if found.returncode == 0 else None
    if repo is None:
        print(f"binder_link: the git remote {args.remote!r} is not a GitHub repository "
              f"({(found.stdout or found.stderr).strip() or 'none'}); Binder needs one", file=sys.stderr)
        return 2
    line = badge(*repo)
    if args.write:
        readme = ROOT / "README.md"
        readme.write_text(with_badge(readme.read_text(encoding="utf-8"), line), encoding="utf-8")
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
