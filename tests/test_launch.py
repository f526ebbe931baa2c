"""``orderlab lab``, ``workshop``, ``room`` and ``site``: each starts its servers and stops cleanly.

Every process a command starts inherits a marker in its environment; after Ctrl+C (SIGINT) or
SIGTERM to the command, no process with the marker may be left (no server, no kernel) and every
port it listened on is free again.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARK = "ORDERLAB_LAUNCH_TEST"
START_S = 120
pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc (Linux)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def marked(mark: str) -> list[str]:
    """The command lines of the processes that carry ``mark`` (the command and all it started)."""
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if f"{MARK}={mark}".encode() in environ.read_bytes().split(b"\0"):
                found.append((environ.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


class Launched:
    def __init__(self, orderlab_exe: str, args: list[str], tmp_path: Path, **env: str):
        self.mark = uuid.uuid4().hex
        self.log = tmp_path / "launch.log"
        full_env = {**os.environ, MARK: self.mark, "ORDERLAB_RESULTS": str(tmp_path / "results.sqlite"), **env}
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen([orderlab_exe, *args], cwd=ROOT, env=full_env, stdout=log,
                                         stderr=subprocess.STDOUT)

    def wait_for(self, *ports: int, timeout: float = START_S) -> None:
        deadline = time.monotonic() + timeout
        while not all(listening(p) for p in ports):
            assert self.proc.poll() is None, f"exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"ports {ports} not listening: {self.log.read_text()[-2000:]}"
            time.sleep(0.3)

    def kernels(self) -> list[str]:
        return [c for c in marked(self.mark) if "ipykernel" in c]

    def stop(self, sig: int, *ports: int) -> None:
        """Send ``sig`` to the command only; it must stop everything it started and free ``ports``."""
        self.proc.send_signal(sig)
        self.proc.wait(timeout=60)
        # At once, not after a while: a killed server's kernels notice their orphaning only within a
        # second (ipykernel's parent poller); a server stopped cleanly has shut them down before exiting.
        assert marked(self.mark) == [], self.log.read_text()[-2000:]
        assert not [p for p in ports if listening(p)]


def get(url: str, **headers: str) -> str:
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=90) as answer:
        return answer.read().decode()


def test_workshop_starts_both_servers_and_ctrl_c_stops_them_and_their_kernels(orderlab_exe, tmp_path):
    """orderlab workshop: the room's Voila and the dashboard on 127.0.0.1; a page's kernel; Ctrl+C ends all."""
    port, dash = free_port(), free_port()
    run = Launched(orderlab_exe, ["workshop", "--port", str(port), "--dashboard-port", str(dash)], tmp_path)
    run.wait_for(port, dash)
    get(f"http://127.0.0.1:{port}/voila/render/roleplay.ipynb")  # runs the notebook in a kernel
    assert run.kernels(), "the page started no kernel"
    assert "Voila" in get(f"http://127.0.0.1:{dash}/") or listening(dash)
    run.stop(signal.SIGINT, port, dash)


def test_room_starts_a_pool_and_sigterm_stops_it(orderlab_exe, tmp_path):
    """orderlab room: kernels started in advance; SIGTERM (a service manager's stop) ends them too."""
    port, dash = free_port(), free_port()
    run = Launched(orderlab_exe, ["room", "--room", "1", "--pool", "1", "--port", str(port),
                                  "--dashboard-port", str(dash)], tmp_path)
    run.wait_for(port, dash)
    deadline = time.monotonic() + START_S
    while not run.kernels():
        assert time.monotonic() < deadline, "the pool started no kernel"
        time.sleep(0.5)
    run.stop(signal.SIGTERM, port, dash)


def test_lab_starts_jupyterlab_and_ctrl_c_stops_its_kernels(orderlab_exe, tmp_path):
    """orderlab lab: JupyterLab on the course folder; a kernel started in it is stopped with it."""
    port = free_port()
    run = Launched(orderlab_exe, ["lab", "--port", str(port), "--no-browser"], tmp_path, JUPYTER_TOKEN="launch-test")
    run.wait_for(port)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/kernels", data=b"{}", method="POST",
                                     headers={"Authorization": "token launch-test"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        assert json.loads(answer.read())["id"]
    deadline = time.monotonic() + 60
    while not run.kernels():
        assert time.monotonic() < deadline, "JupyterLab started no kernel"
        time.sleep(0.3)
    run.stop(signal.SIGINT, port)


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is missing: the static site cannot be built")
def test_site_builds_serves_and_stops(orderlab_exe, tmp_path):
    """orderlab site --serve: the site is built (or found up to date) and served on 127.0.0.1 until Ctrl+C."""
    port = free_port()
    run = Launched(orderlab_exe, ["site", "--serve", str(port)], tmp_path)
    run.wait_for(port, timeout=1200)  # a first build downloads Pyodide and the wheels
    assert "orderlab-build" in get(f"http://127.0.0.1:{port}/voici/render/workshop/participant.html")
    run.stop(signal.SIGINT, port)
