"""The xAPI statements, profile and outbox run in Pyodide (the static site's Python), under Node.js."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from orderlab import static_site

SRC = Path(__file__).resolve().parents[1] / "src"
SCRIPT = """
import { loadPyodide } from "%(pyodide)s/pyodide.mjs";
const py = await loadPyodide({ indexURL: "%(pyodide)s/" });
for (const [where, root] of [["/mnt/src", "%(src)s"], ["/mnt/lib", "%(lib)s"]]) {
  py.FS.mkdirTree(where); py.FS.mount(py.FS.filesystems.NODEFS, { root }, where);
}
console.log(py.runPython(`
import sys, json
sys.path[:0] = ["/mnt/src", "/mnt/lib"]
sys.dont_write_bytecode = True
from orderlab.session import Session
from orderlab.xapi import statements as X, profile as P
from orderlab.xapi.client import Config, Outbox
s = Session("school-brochure", "sv", seed=1)
s.ask("Vad vill ni uppnå med broschyren?"); s.deliver("ordered"); s.pitch("Syftet är att fler familjer kommer.")
made = X.session_statements(s, alias="anna", workshop="w", when=1.7e9, result_id="5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11")
status = Outbox(Config(workshop="w")).add(made)
json.dumps({"platform": sys.platform, "problems": [P.check(x) for x in made], "ids": [x["id"] for x in made],
            "status": [status.state, status.notice, status.waiting]})
`));
"""


@pytest.fixture(scope="module")
def pyodide(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The site's Pyodide (the npm package, in the site's download cache) and the course's pure wheels."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but Node.js is not installed")
        pytest.skip("Node.js is not installed")
    cache = static_site.ROOT / ".site-cache"
    lib = tmp_path_factory.mktemp("lib")
    stemmer = static_site.pip_download(f"snowballstemmer=={static_site.version('snowballstemmer')}", cache / "wheels")
    for wheel in (static_site.pure_yaml_wheel(cache), stemmer):  # as the site's build takes them
        zipfile.ZipFile(wheel).extractall(lib)
    return static_site.pyodide_runtime(cache), lib


def test_a_round_becomes_the_same_valid_statements_in_pyodide(pyodide, tmp_path):
    runtime, lib = pyodide
    script = tmp_path / "check.mjs"
    script.write_text(SCRIPT % {"pyodide": runtime, "src": SRC, "lib": lib}, encoding="utf-8")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    from orderlab.session import Session
    from orderlab.xapi import statements as X

    here = Session("school-brochure", "sv", seed=1)
    here.ask("Vad vill ni uppnå med broschyren?")
    here.deliver("ordered")
    here.pitch("Syftet är att fler familjer kommer.")
    expected = X.session_statements(here, alias="anna", workshop="w", when=1.7e9,
                                    result_id="5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11")
    assert found["platform"] == "emscripten"
    assert found["problems"] == [[]] * len(expected)
    assert found["ids"] == [s["id"] for s in expected]
    assert found["status"] == ["local", "xapi_local", len(expected)]


RETRY = """
import { loadPyodide } from "%(pyodide)s/pyodide.mjs";
const py = await loadPyodide({ indexURL: "%(pyodide)s/" });
py.FS.mkdirTree("/mnt/src"); py.FS.mount(py.FS.filesystems.NODEFS, { root: "%(src)s" }, "/mnt/src");
console.log(await py.runPythonAsync(`
import asyncio, json, sys
sys.path[:0] = ["/mnt/src"]
sys.dont_write_bytecode = True
from orderlab.xapi.retry import Retry, loop_schedule
tries = []
retry = Retry(lambda: tries.append(len(tries)) or len(tries) < 3, loop_schedule(), first=0.01)
retry.wait()
for _ in range(500):
    if len(tries) == 3 and not retry.pending:
        break
    await asyncio.sleep(0.01)
json.dumps({"loop": type(asyncio.get_event_loop()).__name__, "tries": tries, "pending": retry.pending})
`));
"""


def test_the_retry_timer_runs_on_pyodides_event_loop(pyodide, tmp_path):
    """Pyodide's WebLoop (``setTimeout``) fires the timer, again after a failed try, and stops when done."""
    runtime, _ = pyodide
    script = tmp_path / "retry.mjs"
    script.write_text(RETRY % {"pyodide": runtime, "src": SRC}, encoding="utf-8")
    done = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"loop": "WebLoop", "tries": [0, 1, 2], "pending": False}
