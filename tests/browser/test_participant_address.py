"""Who reaches what, from a device in the room: `make workshop` and `make room` started as a
facilitator starts them, with HOST=127.0.0.2 standing in for the facilitator's network address.

A client connecting to 127.0.0.2 plays a participant's device; the facilitator is on 127.0.0.1.
The participant app must work from there; the dashboard, its CSV and its delete must not be
served at all, and nothing the participant server answers may name a workshop code.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from orderlab.results import ResultsStore, new_workshop_code

from .conftest import ROOT, free_port, stop_group

pytestmark = pytest.mark.browser
PARTICIPANT = "127.0.0.2"  # a device in the room
PATHS_THAT_MUST_NOT_SERVE_THE_DASHBOARD = (
    "voila/render/workshop/facilitator.ipynb", "voila/render/facilitator/dashboard.ipynb",
    "voila/render/../facilitator/dashboard.ipynb", "voila/render/dashboard.ipynb",
    "voila/files/facilitator/dashboard.ipynb", "voila/files/../facilitator/dashboard.ipynb",
    "voila/tree/../facilitator", "voila/api/contents/../facilitator", "voila/api/contents/facilitator",
    "voila/api/contents/workshop/facilitator.ipynb", "api/contents", "api/contents/workshop", "api/kernels", "tree",
)


def wait_for(host: str, port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"make exited early with status {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex((host, port)) == 0:
                return
        time.sleep(0.3)
    raise TimeoutError(f"nothing listened on {host}:{port} within {timeout} s")


def get(url: str, timeout: float = 60) -> tuple[int, str]:
    """Status and body of a GET; a refused connection is status 0."""
    request = urllib.request.Request(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, ConnectionRefusedError):
            return 0, ""
        raise


def raw_get(host: str, port: int, path: str) -> int:
    """The status of ``GET /path`` sent as typed (urllib would resolve ``..`` away)."""
    with socket.create_connection((host, port), timeout=60) as s:
        s.sendall(f"GET /{path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        first = s.makefile("rb").readline().decode()
    return int(first.split()[1])


def raw_request(host: str, port: int, target: str, websocket: bool = False) -> tuple[int, bytes]:
    """Status and body of ``GET target`` sent as typed; with ``websocket``, as a WebSocket handshake
    (101 means the server took the connection). A refused connection is status 0."""
    extra = ""
    if websocket:
        key = base64.b64encode(os.urandom(16)).decode()
        extra = (f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                 "Sec-WebSocket-Version: 13\r\n")
    try:
        s = socket.create_connection((host, port), timeout=60)
    except ConnectionRefusedError:
        return 0, b""
    with s:
        close = "" if websocket else "Connection: close\r\n"
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{close}{extra}\r\n".encode())
        reply = s.makefile("rb")
        status = int(reply.readline().split()[1])
        return status, b"" if websocket or status == 101 else reply.read()


def replay_execution(url: str, kernel_id: str) -> bytes:
    """Ask Voila's execution socket at ``url`` to run ``kernel_id``'s notebook; everything it answers in 5 s."""
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    answers: list[bytes] = []
    with connect(url, open_timeout=30) as ws:
        ws.send(json.dumps({"action": "execute", "payload": {"kernel_id": kernel_id}}))
        deadline = time.monotonic() + 5
        try:
            while time.monotonic() < deadline:
                message = ws.recv(timeout=max(0.1, deadline - time.monotonic()))
                answers.append(message.encode() if isinstance(message, str) else message)
        except (TimeoutError, ConnectionClosed):
            pass
    return b"".join(answers)


@pytest.fixture(scope="module", params=["workshop", "room"])
def served(request, tmp_path_factory):
    """`make workshop` (or `make room`) with HOST=127.0.0.2, and a workshop with a participant's progress."""
    if shutil.which("make") is None or not (ROOT / ".venv/bin/voila").exists():
        pytest.skip("`make workshop` needs make and the project's .venv (created by `make test`)")
    folder = tmp_path_factory.mktemp(f"address-{request.param}")
    store_path = folder / "results.sqlite"
    code = new_workshop_code()
    with ResultsStore(store_path) as store:
        store.create_workshop(code, title="Hemlig grupp")
        store.save_progress(code, "Räv", "school-brochure", "sv", {"secret": "progress"})
    port, dashboard = free_port(), free_port()
    env = {**os.environ, "ORDERLAB_RESULTS": str(store_path)}
    # Every participant page takes a pooled kernel, and the pool refills only after two minutes:
    # one kernel per page these tests open (1 + 2 + 1).
    extra = ["POOL=4"] if request.param == "room" else []
    with open(folder / "make.log", "wb") as log:
        proc = subprocess.Popen(["make", "--no-print-directory", request.param, f"HOST={PARTICIPANT}", f"PORT={port}",
                                 f"DASHBOARD_PORT={dashboard}", *extra], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for(PARTICIPANT, port, proc)
            wait_for("127.0.0.1", dashboard, proc)
            yield {"port": port, "dashboard": dashboard, "code": code, "log": folder / "make.log"}
        finally:
            stop_group(proc)


def test_the_participant_app_is_served_to_the_room(served):
    """From 127.0.0.2 the participant page is served (200), and it does not name the workshop's code."""
    status, body = get(f"http://{PARTICIPANT}:{served['port']}/voila/render/workshop/participant.ipynb")
    assert status == 200
    assert served["code"] not in body


def test_the_dashboard_is_not_served_to_the_room(served):
    """No path on the participants' server serves the dashboard; its own server refuses 127.0.0.2."""
    for path in PATHS_THAT_MUST_NOT_SERVE_THE_DASHBOARD:
        assert raw_get(PARTICIPANT, served["port"], path) in (403, 404), path
    with socket.socket() as s:  # the dashboard's server listens on 127.0.0.1 only
        assert s.connect_ex((PARTICIPANT, served["dashboard"])) != 0
    status, _ = get(f"http://127.0.0.1:{served['dashboard']}/")  # while the facilitator reaches it
    assert status == 200


def test_listing_or_guessing_codes_yields_nothing(served):
    """The participants' tree (the listing its page fetches) names no dashboard and no code; a guessed
    code gets the same page as any other."""
    base = f"http://{PARTICIPANT}:{served['port']}/"
    for folder, expected in (("", "roleplay.ipynb"), ("/workshop", "participant.ipynb")):
        status, tree = get(f"{base}voila/api/contents{folder}")
        assert status == 200 and expected in tree
        assert "facilitator" not in tree and "dashboard" not in tree and served["code"] not in tree
    pages = [get(f"{base}voila/render/workshop/participant.ipynb?workshop={code}")
             for code in (served["code"], new_workshop_code())]
    assert {status for status, _ in pages} == {200}
    assert all(served["code"] not in body for _, body in pages)


def test_make_prints_the_retention_and_a_loopback_dashboard(served):
    """The room check says how long results are kept and gives the dashboard's loopback address only."""
    printed = served["log"].read_text(errors="replace")
    assert f"http://127.0.0.1:{served['dashboard']}/" in printed
    assert f"{PARTICIPANT}:{served['dashboard']}" not in printed
    assert "30 dagar" in printed


def test_a_participant_page_cannot_load_the_dashboard_and_the_facilitator_can(browser, served):
    """In chromium: a page from 127.0.0.2 cannot fetch the dashboard by any address; 127.0.0.1 shows it."""
    context = browser.new_context()
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        ("http://127.0.0.1", f"http://{PARTICIPANT}")) else route.abort())
    try:
        page = context.new_page()
        page.goto(f"http://{PARTICIPANT}:{served['port']}/voila/render/workshop/participant.ipynb", timeout=60_000)
        page.locator("button.ol-join").wait_for(timeout=60_000)
        outcomes = page.evaluate("""async (urls) => Promise.all(urls.map(async (url) => {
            try { const r = await fetch(url); return r.status + ' ' + (await r.text()).includes('ol-counts'); }
            catch (e) { return 'blocked'; }
        }))""", [f"http://{PARTICIPANT}:{served['dashboard']}/",
                 f"http://{PARTICIPANT}:{served['port']}/voila/render/workshop/facilitator.ipynb",
                 "/voila/render/../facilitator/dashboard.ipynb"])
        assert outcomes[0] == "blocked"
        assert outcomes[1].startswith("404 ")
        assert outcomes[2].split()[0] in ("403", "404")
        facilitator = context.new_page()
        facilitator.goto(f"http://127.0.0.1:{served['dashboard']}/?workshop={served['code']}", timeout=60_000)
        facilitator.locator(".ol-counts .ol-total").wait_for(timeout=60_000)
        assert "1" in facilitator.locator(".ol-counts").inner_text()  # the one participant in progress
    finally:
        context.close()


def test_replayed_dashboard_requests_from_the_room_are_refused(browser, served):
    """Every request the facilitator's dashboard made (the page, its kernel's socket that carries the CSV
    export and the delete), replayed from 127.0.0.1's neighbour 127.0.0.2: the dashboard's server is not
    there, and the participants' server neither opens the socket nor answers with the dashboard's data."""
    context = browser.new_context()
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
        "http://127.0.0.1") else route.abort())
    made: list[str] = []
    try:
        page = context.new_page()
        page.on("request", lambda r: made.append(r.url))
        page.on("websocket", lambda ws: made.append(ws.url))
        page.goto(f"http://127.0.0.1:{served['dashboard']}/?workshop={served['code']}", timeout=60_000)
        page.locator(".ol-counts .ol-total").wait_for(timeout=60_000)
        page.locator("button.ol-export").click()
        page.locator("a.ol-download").wait_for(timeout=60_000)
    finally:
        context.close()
    origin = f"127.0.0.1:{served['dashboard']}"
    targets = {(parts.path + (f"?{parts.query}" if parts.query else ""), parts.scheme == "ws")
               for parts in map(urlsplit, made) if parts.netloc == origin}
    sockets = [target for target, ws in targets if ws and "/api/kernels/" in target]
    assert sockets, made  # the kernel's socket was among them: what a delete or an export travels over
    assert (f"/?workshop={served['code']}", False) in targets
    for target, websocket in sorted(targets):
        assert raw_request(PARTICIPANT, served["dashboard"], target, websocket)[0] == 0, target
        status, body = raw_request(PARTICIPANT, served["port"], target, websocket)
        if status == 101:  # Voila's execution socket opens for any id, but this server has no such kernel
            assert "/voila/execution/" in target, target
            body = replay_execution(f"ws://{PARTICIPANT}:{served['port']}{target}", target.rsplit("/", 1)[1])
            assert b"execution_result" not in body, target
        # (the code itself may come back: the tree page repeats the address it was asked for)
        assert not any(data in body for data in (b"ol-counts", b"Hemlig grupp", b"ol-gallery")), target
    # Still refused when forged: the dashboard's kernel socket on the participants' server.
    for target in sockets:
        assert raw_request(PARTICIPANT, served["port"], target, websocket=True)[0] in (403, 404), target
