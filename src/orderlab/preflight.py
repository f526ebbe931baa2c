"""What a facilitator checks before a room arrives: the addresses to write on the board, a free
port, a results store that can be written, and enough memory for the participants' kernels.

``make workshop`` and ``make room`` print this before they start Voila (``orderlab
room-check``). Nothing here stops the server: every problem is a warning in plain words.
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

from . import lang as L
from .results import ENV_VAR, ResultsStore, ResultsUnavailable, default_path, retention_days

KERNEL_MB = 60  # one participant's kernel, measured 53-58 MB (docs/workshop-serving.md)
SERVER_MB = 150  # the Voila server itself, 100-150 MB
PARTICIPANT_PATH = "voila/render/workshop/participant.ipynb"
DASHBOARD_PATH = ""  # facilitator/dashboard.ipynb, the only notebook of its own server on 127.0.0.1


@dataclass
class Check:
    """The outcome of a pre-flight check; ``warnings`` are UI keys with their values."""

    participant_urls: list[str]
    dashboard_url: str
    only_this_computer: bool
    results: str
    memory_needed_mb: int
    memory_available_mb: int | None
    room: int = 0
    pool: int = 0
    retention_days: float = 30.0
    code_made: str = ""
    warnings: list[tuple[str, dict]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def lan_addresses(run: Callable[..., str] | None = None) -> list[str]:
    """This computer's IPv4 addresses other than loopback (``hostname -I``), or [] if unknown."""
    run = run or (lambda cmd: subprocess.run(cmd, capture_output=True, text=True, timeout=5, check=True).stdout)
    try:
        out = run(["hostname", "-I"])
    except (OSError, subprocess.SubprocessError):
        return []
    return [a for a in out.split() if "." in a and not a.startswith("127.")]


def available_mb(meminfo: str | None = None) -> int | None:
    """``MemAvailable`` from /proc/meminfo in MB, or None where there is no such file."""
    if meminfo is None:
        try:
            meminfo = Path("/proc/meminfo").read_text()
        except OSError:
            return None
    for line in meminfo.splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) // 1024
    return None


def port_in_use(host: str, port: int) -> bool:
    """True when something already listens on ``port`` (Voila would fail to start)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def memory_needed_mb(room: int, pool: int = 0) -> int:
    """Memory for ``room`` participants: one kernel each, or a pool of ``pool`` kernels that refills after use."""
    kernels = 2 * pool if pool else room
    return SERVER_MB + KERNEL_MB * kernels


def _url(address: str, port: int, path: str, workshop: str, lang: str) -> str:
    query = f"?workshop={quote(workshop)}" if workshop else ""
    if lang != "sv":
        query += f"{'&' if query else '?'}lang={lang}"
    return f"http://{address}:{port}/{path}{query}"


def check(room: int, host: str = "127.0.0.1", port: int = 8866, workshop: str = "", pool: int = 0,
          lang: str = "sv", environ: Mapping[str, str] | None = None, addresses: Sequence[str] | None = None,
          meminfo: str | None = None, dashboard_port: int | None = None) -> Check:
    """Everything ``room-check`` reports, for a room of ``room`` participants."""
    env = os.environ if environ is None else environ
    local, everywhere = host in ("127.0.0.1", "localhost", "::1"), host in ("0.0.0.0", "::")
    if local:
        found = ["127.0.0.1"]
    elif everywhere:
        found = list(addresses if addresses is not None else lan_addresses())
    else:
        found = [host]
    warnings: list[tuple[str, dict]] = []
    if not found:
        found = ["127.0.0.1"]
        warnings.append(("check_no_address", {}))
    if port_in_use("" if everywhere else host, port):
        warnings.append(("check_port_busy", {"port": port}))
    if port_in_use("127.0.0.1", dashboard_port or port + 1):  # the dashboard's own server would not start
        warnings.append(("check_port_busy", {"port": dashboard_port or port + 1}))
    try:  # the store shows its own location, a URL without its password
        with ResultsStore(env.get(ENV_VAR) or None) as store:  # None: the default folder is created
            results = store.location
    except ResultsUnavailable as exc:
        results = exc.path or str(default_path(env))
        warnings.append((f"results_{exc.reason}", {}))
    needed, free = memory_needed_mb(room, pool), available_mb(meminfo)
    if free is not None and free < needed:
        warnings.append(("check_memory_short", {"needed": needed, "free": free, "room": room}))
    return Check(
        participant_urls=[_url(a, port, PARTICIPANT_PATH, workshop, lang) for a in found],
        # Always loopback: `make workshop` binds the dashboard's server to 127.0.0.1 whatever HOST is.
        dashboard_url=_url("127.0.0.1", dashboard_port or port + 1, DASHBOARD_PATH, workshop, lang),
        only_this_computer=local, results=results, memory_needed_mb=needed, memory_available_mb=free,
        room=room, pool=pool, retention_days=retention_days(env), warnings=warnings,
    )


RETENTION_SETTING = "RETENTION_DAYS="  # how make changes the retention period; orderlab workshop: --retention-days


def report_lines(result: Check, lang: str = "sv", retention_setting: str = RETENTION_SETTING) -> list[str]:
    """The check as lines for a terminal, in ``lang``; ``retention_setting``: how the command that ran the
    check changes the retention period (make's variable, or ``orderlab workshop``'s flag)."""
    lines = [L.text(lang, "ui.check_pool", pool=result.pool, room=result.room)] if result.pool else []
    lines += [L.text(lang, "ui.check_participants")] + [f"    {u}" for u in result.participant_urls]
    if result.only_this_computer:
        lines.append(L.text(lang, "ui.check_local_only"))
    if result.code_made:
        lines.append(L.text(lang, "ui.check_code", code=result.code_made))
    lines += [L.text(lang, "ui.check_dashboard"), f"    {result.dashboard_url}",
              L.text(lang, "ui.check_dashboard_only_here"),
              L.text(lang, "ui.check_results", where=result.results),
              L.text(lang, "ui.check_retention", days=f"{result.retention_days:g}", setting=retention_setting)]
    if result.memory_available_mb is not None:
        lines.append(L.text(lang, "ui.check_memory", needed=result.memory_needed_mb, free=result.memory_available_mb))
    lines += [f"!  {L.text(lang, f'ui.{key}', **values)}" for key, values in result.warnings]
    return lines
