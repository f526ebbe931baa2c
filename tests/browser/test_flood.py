"""A flood from one participant page, in chromium: a script in the page drives the widget models.

What someone could paste into the browser's console: it opens its own connection to the page's
kernel, finds the alias box and the Join button among the widget models, and then joins under a
new alias and asks questions, as fast as the kernel takes them, so that every step tries to save.
The caps (here ``ORDERLAB_LIMITS`` makes the room small, so the test takes seconds) must hold:
afterwards the store holds no more than they allow, a known participant can still save, and the
dashboard loads and tells the facilitator how many saves were refused.
"""

from __future__ import annotations

import time

import pytest

from orderlab import lang as L
from orderlab.results import ResultsStore, new_workshop_code

from .conftest import open_app, start_voila, stop_voila

pytestmark = pytest.mark.browser
ALIASES_CAP = 5
# 240 saves tried from one page, eight times the alias cap: the caps are what is tested, not the size
# (150 x 12 took about two minutes of the suite and showed nothing more).
FLOOD_ALIASES, ASKS = 40, 6

# Runs inside the participant page: its own WebSocket to the page's kernel, Jupyter's JSON messages.
FLOOD = """async ({url, aliases, asks}) => {
  const session = 'flood-' + Math.random().toString(16).slice(2);
  const ws = new WebSocket(url.replace(/session_id=[^&]*/, 'session_id=' + session));
  const models = {};  // a widget's CSS class -> the id of the newest model that has it
  const wake = [];
  let count = 0;
  const send = (msg_type, content) => ws.send(JSON.stringify({
    header: {msg_id: session + '-' + (count++), msg_type, username: 'x', session, date: new Date().toISOString(),
             version: '5.3'},
    parent_header: {}, metadata: {}, content, channel: 'shell', buffers: []}));
  const note = (id, state) => { for (const c of (state && state._dom_classes) || []) models[c] = id; };
  ws.onmessage = (event) => {
    if (typeof event.data !== 'string') return;
    const m = JSON.parse(event.data), type = m.header.msg_type, data = m.content.data || {};
    if (type === 'comm_open') note(m.content.comm_id, data.state);
    if (type === 'comm_msg' && data.method === 'update') note(m.content.comm_id, data.state);
    if (type === 'comm_info_reply') {
      for (const id of Object.keys(m.content.comms)) send('comm_msg', {comm_id: id, data: {method: 'request_state'}});
    }
    wake.splice(0).forEach((f) => f());
  };
  const until = async (test) => {
    const end = Date.now() + 60000;
    while (!test()) {
      if (Date.now() > end) throw new Error('no widget arrived: ' + JSON.stringify(models));
      await new Promise((r) => { wake.push(r); setTimeout(r, 250); });
    }
  };
  await new Promise((r) => { ws.onopen = r; });
  send('comm_info_request', {target_name: 'jupyter.widget'});
  await until(() => models['ol-alias'] && models['ol-join']);
  const update = (id, state) => send('comm_msg', {comm_id: id, data: {method: 'update', state, buffer_paths: []}});
  const click = (id) => send('comm_msg', {comm_id: id, data: {method: 'custom', content: {event: 'click'}}});
  let tried = 0;
  for (let i = 0; i < aliases; i++) {
    const [question, button] = [models['ol-question'], models['ol-send']];
    update(models['ol-alias'], {value: 'bot' + i});
    click(models['ol-join']);
    await until(() => models['ol-question'] !== question && models['ol-send'] !== button);
    for (let k = 0; k < asks; k++) {
      update(models['ol-question'], {value: 'Fråga ' + k + ': vad vill ni uppnå med del ' + k + '?'});
      click(models['ol-send']);
      tried++;
    }
  }
  ws.close();
  return tried;
}"""


def settled(store: ResultsStore, code: str, quiet: float = 8.0, timeout: float = 240.0) -> dict:
    """The workshop once its refused count has not moved for ``quiet`` seconds (the kernel has caught up)."""
    deadline, last, since = time.monotonic() + timeout, None, time.monotonic()
    while time.monotonic() < deadline:
        info = store.workshop(code)
        seen = (info["refused"], info["participants"])
        if seen != last:
            last, since = seen, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return info
        time.sleep(0.5)
    raise AssertionError(f"the kernel was still saving after {timeout} s: {last}")


def test_a_flood_from_one_page_stays_within_the_caps_and_the_dashboard_says_so(browser, tmp_path):
    store_path = tmp_path / "results.sqlite"
    code = new_workshop_code()
    with ResultsStore(store_path) as store:
        store.create_workshop(code, title="Flod")
    env = {"ORDERLAB_RESULTS": str(store_path), "ORDERLAB_LIMITS": f"aliases_per_workshop={ALIASES_CAP}"}
    participants, url = start_voila("notebooks/workshop", tmp_path / "voila.log", **env)
    board_server, board_url = start_voila("facilitator/dashboard.ipynb", tmp_path / "dashboard.log", **env)
    try:
        context, page, dialogs = open_app(browser, f"{url}voila/render/participant.ipynb?workshop={code}&",
                                          "button.ol-join")
        try:
            # The address of the page's kernel socket, as a console script would find it (the page names it).
            sockets: list[str] = []
            page.on("websocket", lambda ws: sockets.append(ws.url))
            page.reload(timeout=60_000)
            page.locator("button.ol-join").wait_for(timeout=60_000)
            [ws_url] = [u for u in sockets if "/api/kernels/" in u and "/channels" in u][-1:]
            tried = page.evaluate(FLOOD, {"url": ws_url, "aliases": FLOOD_ALIASES, "asks": ASKS})
            assert tried == FLOOD_ALIASES * ASKS
            with ResultsStore(store_path) as store:
                info = settled(store, code)
                assert info["participants"] == ALIASES_CAP
                assert len(store.results(code)) == 0
                progress = [store.load_progress(code, f"bot{i}") for i in range(FLOOD_ALIASES)]
                assert sum(p is not None for p in progress) == ALIASES_CAP
                assert all(p is None for p in progress[ALIASES_CAP:])
                # every blocked alias tried at least its first question's save
                assert info["refused"] >= FLOOD_ALIASES - ALIASES_CAP
                store.save_progress(code, "bot0", "school-brochure", "sv", {"still": "works"}, create=False)
                refused = store.workshop(code)["refused"]
            assert dialogs == []
        finally:
            context.close()
        board, board_page, board_dialogs = open_app(browser, f"{board_url}?workshop={code}&", ".ol-counts .ol-total")
        try:
            notice = board_page.locator(".ol-notice").inner_text()
            assert f"{refused}" in notice and "Flod" in notice
            assert L.text("sv", "ui.dashboard_refused", n=refused, when="").split(str(refused))[0].strip() in notice
            assert board_dialogs == []
        finally:
            board.close()
    finally:
        stop_voila(participants)
        stop_voila(board_server)
