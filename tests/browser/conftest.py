"""Fixtures for the browser tests: a Voila server on a free port and Debian's chromium.

Without chromium the tests are skipped with a visible reason, except under ``CI=true``,
where a missing browser is a failure: CI must never go green by skipping them.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
PAGE_TIMEOUT_MS = 20_000
PAGE_TRIES = 3


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def widget_notebooks() -> list[Path]:
    """The course notebooks (and exercises) that show the course's widgets, relative to the repository."""
    found = [*(ROOT / "notebooks").glob("[se][vn]/*.ipynb"), *(ROOT / "exercises").glob("*/*.ipynb")]
    return sorted(p.relative_to(ROOT) for p in found if "orderlab.ui" in p.read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"voila exited early with status {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"voila did not listen on port {port} within {timeout} s")


def voila_command(target: str, port: int) -> list[str]:
    """The same options ``make workshop`` uses (see the Makefile for why)."""
    return [
        sys.executable, "-m", "voila", target, "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
        "--progressive_rendering=True",
        "--MappingKernelManager.cull_idle_timeout=60", "--MappingKernelManager.cull_interval=30",
    ]


def start_voila(target: str, log_path: Path, **extra_env: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "JUPYTER_PLATFORM_DIRS": "1", **extra_env}
    log = open(log_path, "wb")  # noqa: SIM115 - closed with the process in stop_voila
    proc = subprocess.Popen(voila_command(target, port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    proc.log = log  # type: ignore[attr-defined]
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}/"


def start_lab(folder: Path, **extra_env: str) -> tuple[subprocess.Popen, str]:
    """JupyterLab on ``folder`` (copies of notebooks, so autosave never writes into the repository).

    Settings, runtime files and workspaces stay inside ``folder``; no token on loopback.
    """
    port = free_port()
    env = {**os.environ, "JUPYTER_PLATFORM_DIRS": "1", "JUPYTER_CONFIG_DIR": str(folder / ".config"),
           "JUPYTER_RUNTIME_DIR": str(folder / ".runtime"), "JUPYTERLAB_WORKSPACES_DIR": str(folder / ".ws"),
           **extra_env}
    log = open(folder / "lab.log", "wb")  # noqa: SIM115 - closed by stop_voila
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", f"--port={port}",
         "--IdentityProvider.token=", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={folder}"],
        cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    proc.log = log  # type: ignore[attr-defined]
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}/"


def run_all_in_lab(page, url: str, timeout_ms: int = 90_000) -> None:
    """Open a notebook in JupyterLab at ``url``, Run All Cells, and wait until every code cell has run."""
    page.goto(url, timeout=60_000)
    run_all_cells(page, timeout_ms)


def run_all_cells(page, timeout_ms: int = 90_000) -> None:
    """In the notebook open in JupyterLab, once its kernel is idle, Run All Cells; wait until every code cell ran."""
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
    # "Run All Cells" before the kernel is connected runs nothing: wait for the status bar's Idle.
    page.locator(".jp-StatusBar-TextItem", has_text="| Idle").first.wait_for(timeout=60_000)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_function(
        """() => {
          const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
          return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout_ms,
    )


SHUT_DOWN_KERNELS_JS = """async () => { const r = await fetch('/api/sessions'); for (const s of await r.json())
                         await fetch('/api/sessions/' + s.id, {method: 'DELETE'}); }"""


def shut_down_kernels(page) -> None:
    """Shut down every kernel of the page's JupyterLab, so that kernels do not pile up across tests."""
    page.evaluate(SHUT_DOWN_KERNELS_JS)


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process started with ``start_new_session=True`` and everything it started (make and its servers)."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def stop_voila(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
    proc.log.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but chromium is missing: `make test` installs it as root (apt-get install chromium)")
        pytest.skip("chromium is not installed (as root, `make test` installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """One JupyterLab for every browser test that needs one: its address and its root folder.

    Starting JupyterLab takes several seconds on these machines, so the test files share one
    server; each copies the notebooks it opens into its own folder under the root
    (``lab_folder``), so no test sees another's saved outputs. Results go to a SQLite file there.
    """
    root = tmp_path_factory.mktemp("lab")
    proc, url = start_lab(root, ORDERLAB_RESULTS=str(root / "results.sqlite"))
    yield url, root
    stop_voila(proc)


def lab_folder(lab_server: tuple[str, Path], name: str, notebooks: list[Path]) -> str:
    """Copy ``notebooks`` (relative to the repository) into a new folder ``name`` of the shared
    JupyterLab; return the address that ``lab/tree/`` paths of the copies follow (``.../lab/tree/name/``)."""
    url, root = lab_server
    folder = root / name
    folder.mkdir()
    for notebook in notebooks:
        (folder / notebook).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / notebook, folder / notebook)
    return f"{url}lab/tree/{name}/"


@pytest.fixture(scope="session")
def course_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Voila on the whole repository, as a facilitator would serve a notebook to a room.

    The browser test files share it (a Voila server takes seconds to start on these machines);
    a notebook's page is ``{course_url}voila/render/<path>``. Results go to a SQLite file of its own.
    """
    folder = tmp_path_factory.mktemp("voila-course")
    proc, url = start_voila(".", folder / "voila.log", ORDERLAB_RESULTS=str(folder / "results.sqlite"))
    yield url
    stop_voila(proc)


@pytest.fixture(scope="session")
def roleplay_url(course_url: str) -> str:
    return f"{course_url}voila/render/notebooks/roleplay.ipynb"


def local_only(context) -> None:
    """Abort every request that does not go to 127.0.0.1 (Voila's lab template asks a CDN for fonts)."""
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort(),
    )


def open_app(browser, url: str, ready_selector: str, lang: str = "sv"):
    """Open the Voila page in a fresh context and wait for ``ready_selector``; retry a stalled load.

    Voila's default mode stalls on a few percent of loads on these machines (voila#1395); the
    server runs in progressive mode, which did not stall in trials, but a retry keeps one
    stall from failing the run. Any retry is printed to the test log.
    """
    last: Exception | None = None
    for attempt in range(1, PAGE_TRIES + 1):
        context = browser.new_context()
        local_only(context)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d, seen=dialogs: (seen.append(d.message), d.dismiss()))
        try:
            page.goto(f"{url}?lang={lang}", timeout=PAGE_TIMEOUT_MS)
            page.wait_for_selector(ready_selector, state="visible", timeout=PAGE_TIMEOUT_MS)
            if attempt > 1:
                print(f"open_app: page ready on try {attempt} of {PAGE_TRIES}")
            return context, page, dialogs
        except Exception as exc:  # playwright's TimeoutError and navigation errors
            last = exc
            print(f"open_app: try {attempt} of {PAGE_TRIES} failed: {type(exc).__name__}: {exc}".splitlines()[0])
            context.close()
    raise AssertionError(f"the Voila page never became ready: {last}")
