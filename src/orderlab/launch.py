"""``orderlab workshop``, ``orderlab room`` and ``orderlab site``: the make targets without make.

Windows laptops rarely have ``make``; after ``pip install`` these commands start the same servers
with the same options as the Makefile (see its comments for why each option is there). Run them
from the course folder (the one with ``notebooks/`` and ``facilitator/``). Ctrl+C stops every
server they started, and each server stops its kernels.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any, TextIO

from .cli import UsageError

CULL = ("--MappingKernelManager.cull_idle_timeout=600", "--MappingKernelManager.cull_interval=60",
        "--VoilaConfiguration.show_tracebacks=False")
STOP_WAIT_S = 20


def jupyter_env(folder: Path) -> dict[str, str]:
    """The environment the Makefile exports: Jupyter's files stay inside the course folder."""
    env = dict(os.environ)
    jupyter = folder / ".jupyter"
    env.update({"JUPYTER_CONFIG_DIR": str(jupyter / "config"), "JUPYTER_DATA_DIR": str(jupyter / "data"),
                "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"), "IPYTHONDIR": str(jupyter / "ipython"),
                "JUPYTER_PLATFORM_DIRS": "1"})
    return env


def course_folder() -> Path:
    folder = Path.cwd()
    if not (folder / "notebooks").is_dir() or not (folder / "facilitator" / "dashboard.ipynb").is_file():
        raise UsageError(f"{folder} is not the course folder (it has no notebooks/ and facilitator/): "
                          "run the command where you unpacked or cloned the course")
    return folder


def dashboard_command(port: int) -> list[str]:
    """The facilitator's dashboard: always on 127.0.0.1, whatever the room's address."""
    return [sys.executable, "-m", "voila", "facilitator/dashboard.ipynb", "--no-browser", f"--port={port}",
            "--Voila.ip=127.0.0.1", "--progressive_rendering=True", *CULL]


def room_command(args: argparse.Namespace, pool: int) -> list[str]:
    """The participants' server; with ``pool`` kernels started in advance (``room``) or progressive rendering."""
    argv = [sys.executable, "-m", "voila", "notebooks", "--no-browser", f"--port={args.port}",
            f"--Voila.ip={args.host}"]
    if pool:
        argv += ["--preheat_kernel=True", f"--pool_size={pool}", "--VoilaKernelManager.fill_delay=120",
                 *(f"--VoilaKernelManager.preheat_denylist={d}" for d in ("en/", "sv/", "roleplay"))]
    else:
        argv.append("--progressive_rendering=True")
    return argv + list(CULL)


def room_check_args(args: argparse.Namespace, pool: int) -> list[str]:
    argv = ["room-check", "--text", "--room", str(args.room), "--host", args.host, "--port", str(args.port),
            "--workshop", args.workshop, "--lang", args.lang, "--dashboard-port", str(dashboard_port(args)),
            "--new-code", "--retention-setting=--retention-days"]
    return argv + (["--pool", str(pool)] if pool else [])


def dashboard_port(args: argparse.Namespace) -> int:
    return args.dashboard_port or args.port + 1


def run_servers(commands: list[list[str]], env: dict[str, str], cwd: Path) -> int:
    """Start the servers; when the last one ends, or on Ctrl+C or SIGTERM, stop them all (last first)."""
    procs: list[subprocess.Popen] = []

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    status = 0
    try:
        for argv in commands:
            procs.append(subprocess.Popen(argv, env=env, cwd=cwd))
        status = procs[-1].wait()
    except KeyboardInterrupt:
        status = 130
    finally:
        signal.signal(signal.SIGTERM, previous)
        for proc in reversed(procs):
            stop_server(proc)
    return status


def stop_server(proc: subprocess.Popen) -> None:
    """Ask the server to stop (it then shuts its kernels down); kill it only if it does not."""
    if proc.poll() is not None:
        return
    # SIGTERM, not SIGINT: Jupyter servers without a terminal die on SIGINT without stopping their
    # kernels, and with one they ask for confirmation; on SIGTERM both Voila and JupyterLab shut
    # their kernels down and exit. (On Windows terminate() is TerminateProcess.)
    proc.terminate()
    try:
        proc.wait(timeout=STOP_WAIT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _serve(args: argparse.Namespace, out: TextIO, pool: int) -> int:
    from .cli import main as cli_main

    folder = course_folder()
    env = jupyter_env(folder)
    env.setdefault("ORDERLAB_RETENTION_DAYS", str(args.retention_days))
    commands = [dashboard_command(dashboard_port(args)), room_command(args, pool)]
    if args.dry_run:
        _dump({"room_check": room_check_args(args, pool), "commands": commands}, out)
        return 0
    os.environ["ORDERLAB_RETENTION_DAYS"] = env["ORDERLAB_RETENTION_DAYS"]
    try:
        cli_main(room_check_args(args, pool), out)  # as in make: a failed check does not stop the start
    except Exception as exc:
        print(f"orderlab: room check failed: {exc}", file=sys.stderr)
    return run_servers(commands, env, folder)


def cmd_workshop(args: argparse.Namespace, out: TextIO) -> int:
    return _serve(args, out, pool=0)


def cmd_room(args: argparse.Namespace, out: TextIO) -> int:
    return _serve(args, out, pool=args.pool if args.pool is not None else args.room + 5)


def cmd_site(args: argparse.Namespace, out: TextIO) -> int:
    """Build the static site (as ``make site``); with ``--serve PORT`` serve it on 127.0.0.1 afterwards."""
    import shutil

    from . import static_site

    if not (static_site.ROOT / "notebooks").is_dir():
        raise UsageError("the site is built from the course folder: there, run pip install -e '.[site]' "
                         "and then orderlab site")
    if shutil.which("npm") is None:
        raise UsageError("the site needs npm (Node.js) to fetch Pyodide from the npm registry: install Node.js")
    folder = static_site.build(force=args.force)
    if args.serve is None:
        return 0
    server = [sys.executable, "-m", "http.server", str(args.serve), "--bind", "127.0.0.1", "--directory",
              str(folder)]
    print(f"orderlab: the site is at http://127.0.0.1:{args.serve}/voici/render/workshop/participant.html",
          file=out, flush=True)
    return run_servers([server], dict(os.environ), folder)


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def add_parsers(sub: Any) -> None:
    """The launch commands, for ``orderlab.cli.build_parser``."""
    from .lang import languages

    for name, func, what in (
        ("workshop", cmd_workshop, "serve the course for a room through Voila, and the facilitator's dashboard "
                                   "on 127.0.0.1 (as make workshop)"),
        ("room", cmd_room, "the same with kernels started in advance, for a room that opens it at once "
                           "(as make room)"),
    ):
        p = sub.add_parser(name, help=what)
        p.add_argument("--port", type=int, default=8866)
        p.add_argument("--host", default="127.0.0.1", help="the address the room reaches (default 127.0.0.1)")
        p.add_argument("--dashboard-port", type=int, default=None, help="default: port + 1, on 127.0.0.1 only")
        p.add_argument("--workshop", default="", help="the workshop code; without it a new one is made")
        p.add_argument("--lang", choices=languages(), default="sv")
        p.add_argument("--room", type=int, default=40, help="number of participants (default 40)")
        p.add_argument("--retention-days", type=float, default=30, help="days a workshop's results are kept")
        if name == "room":
            p.add_argument("--pool", type=int, default=None, help="kernels started in advance (default room + 5)")
        p.add_argument("--dry-run", action="store_true", help="print the commands as JSON and start nothing")
        p.set_defaults(run=func)
    p = sub.add_parser("site", help="build the static site into site/ (as make site); needs npm")
    p.add_argument("--force", action="store_true", help="rebuild even when nothing it is built from changed")
    p.add_argument("--serve", type=int, default=None, metavar="PORT", help="then serve it on 127.0.0.1:PORT")
    p.set_defaults(run=cmd_site)
