"""Where a results file lives when no location is given."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "ORDERLAB_RESULTS"
PROJECT_DIR = ".orderlab"  # inside the course folder, when started with make lab or orderlab lab


def project_path(folder: str | os.PathLike[str]) -> Path:
    """Where self-paced results go when the course is started from ``folder``: ``folder/.orderlab/``."""
    return Path(folder) / PROJECT_DIR / "results.sqlite"


def default_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$ORDERLAB_RESULTS`` if set, else ``$XDG_DATA_HOME`` or ``~/.local/share``, then ``orderlab/results.sqlite``."""
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    data = env.get("XDG_DATA_HOME", "")
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    return (Path(data) if os.path.isabs(data) else home / ".local" / "share") / "orderlab" / "results.sqlite"
