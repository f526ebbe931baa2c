"""A throw-away Ralph LRS (``ralph-malph`` from PyPI) for the tests, on loopback, with basic auth.

Ralph pins FastAPI, httpx and uvicorn exactly, so it lives in its own venv (``.venv-ralph`` in the
repository, or ``$ORDERLAB_RALPH_PYTHON``), made on first use with pip. Its file-system backend
keeps statements in one JSON-lines file and needs no database server. Two users are written to
its auth file: the facilitator may read and write; the participant may only write (Ralph checks
scopes). Two things are set that Ralph 5.1 does not do by itself: ``requests`` is installed
(its API imports it for OpenID Connect even when that is off), and the file-system backend
appends (by default it refuses every write after the first: the file exists).
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pgserver import free_port

from orderlab.locks import held

RALPH = "ralph-malph[lrs]==5.1.0"  # the file-system backend needs no extra
HOME_PAGE = "https://w3id.org/xapi/orderlab/learners"
REPO = Path(__file__).resolve().parents[1]
LAUNCH = """
import sys
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND  # Ralph 5.1: else only the first write lands
import uvicorn
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""
AUTH = """
import bcrypt, json, sys
users = json.loads(sys.stdin.read())
for user in users:
    user["hash"] = bcrypt.hashpw(user.pop("password").encode(), bcrypt.gensalt(4)).decode()
print(json.dumps(users))
"""


def python() -> Path:
    """Ralph's interpreter: ``$ORDERLAB_RALPH_PYTHON``, or ``.venv-ralph`` (made now if missing)."""
    given = os.environ.get("ORDERLAB_RALPH_PYTHON")
    if given:
        return Path(given)
    venv = REPO / ".venv-ralph"
    exe = venv / "bin" / "python"
    done = venv / ".installed"  # written last: a venv half made by an interrupted run is made again
    with held(REPO / ".venv-ralph.lock"):  # the other test worker may be making it right now
        if not done.exists():
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
            subprocess.run([str(exe), "-m", "pip", "install", "-q", RALPH, "requests"], check=True,
                           stdout=subprocess.DEVNULL)
            done.touch()
    return exe


def missing() -> str | None:
    """Why Ralph cannot be started here, or None if it can."""
    try:
        exe = python()
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"Ralph could not be installed in its own venv: {exc}"
    found = subprocess.run([str(exe), "-c", "import ralph.backends.lrs.fs, bcrypt, requests, uvicorn, fastapi"],
                           capture_output=True, text=True)
    return None if found.returncode == 0 else f"Ralph does not import: {found.stderr.strip()[-300:]}"


@dataclass
class Server:
    """A running (or stopped) Ralph: its folder, port and the two users' passwords."""

    folder: Path
    port: int
    passwords: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    origins: tuple[str, ...] = ()  # pages on other origins that may call it (CORS), e.g. the static site

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def url(self, user: str = "facilitator") -> str:
        """The ``xapi+http://`` results URL with ``user``'s credentials."""
        return f"xapi+http://{user}:{self.passwords[user]}@127.0.0.1:{self.port}/xAPI/"

    def statements_file(self) -> Path:
        return self.folder / "data" / "fs_lrs.jsonl"

    def start(self) -> None:
        """Start (or restart, on the same port and data) and wait until it answers."""
        env = {**os.environ, "RALPH_APP_DIR": str(self.folder / "app"),
               "RALPH_AUTH_FILE": str(self.folder / "auth.json"), "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
               "RALPH_LRS_RESTRICT_BY_SCOPES": "true", "RALPH_LRS_RESTRICT_BY_AUTHORITY": "true",
               "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": "7"}  # small pages: every read follows `more`
        if self.origins:
            env["RALPH_RUNSERVER_CORS_ALLOW_ORIGINS"] = json.dumps(list(self.origins))
        log = open(self.folder / "ralph.log", "ab")  # noqa: SIM115 (the server keeps it open)
        self.process = subprocess.Popen([str(python()), "-c", LAUNCH, str(self.port)], env=env, stdout=log,
                                        stderr=subprocess.STDOUT, cwd=self.folder)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped: {(self.folder / 'ralph.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("Ralph did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def start_or_skip(folder: Path, origins: tuple[str, ...] = ()) -> Server:
    """``start``, or skip the test with the reason Ralph cannot run here (a failure under ``CI=true``)."""
    import pytest

    why = missing()
    if why is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {why}")
        pytest.skip(why)
    return start(folder, origins)


def start(folder: Path, origins: tuple[str, ...] = ()) -> Server:
    """A new Ralph in ``folder`` with fresh random passwords for its two users."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    server = Server(folder, free_port(), {"facilitator": secrets.token_urlsafe(12),
                                          "participant": secrets.token_urlsafe(12)}, origins=origins)
    users = [{"username": name, "password": server.passwords[name], "scopes": scopes,
              "agent": {"objectType": "Agent", "account": {"homePage": HOME_PAGE, "name": name}}}
             for name, scopes in (("facilitator", ["statements/read", "statements/write"]),
                                  ("participant", ["statements/write"]))]
    hashed = subprocess.run([str(python()), "-c", AUTH], input=json.dumps(users), capture_output=True, text=True,
                            check=True)
    (folder / "auth.json").write_text(hashed.stdout, encoding="utf-8")
    server.start()
    return server
