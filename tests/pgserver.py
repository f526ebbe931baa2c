"""A throw-away PostgreSQL server for the tests, from Debian's packages (``initdb`` and ``pg_ctl``).

The cluster lives in a temporary folder and listens only on a unix socket in that folder, on a
free port number, so it never meets another server on the machine. PostgreSQL refuses to run as
root: as root, the folder belongs to the ``postgres`` user (which Debian's package creates) and
``initdb`` and ``pg_ctl`` run as that user through ``runuser``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
USER, PASSWORD = "orderlab", "Hemligt-lösen-42"  # a password the tests look for in messages


def find_bin(name: str) -> str | None:
    """``name`` on PATH, else the newest of Debian's ``/usr/lib/postgresql/*/bin``."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    candidates.sort(key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def missing() -> str | None:
    """Why no server can be started here, or None if one can."""
    for name in ("initdb", "pg_ctl"):
        if find_bin(name) is None:
            return f"PostgreSQL's {name} is not installed (as root, `make test` installs Debian's postgresql)"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root, and runuser (to run PostgreSQL as the postgres user) is missing"
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return "running as root, and there is no postgres user to run PostgreSQL as"
    return None


_NUMBERS = itertools.count(1)


def unique_name(hint: str) -> str:
    """A database name not used before in this run, readable in the server's log."""
    return f"t{next(_NUMBERS)}_{re.sub(r'[^a-z0-9]+', '_', hint.lower())}"[:60]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running cluster: ``url(db)`` names a database in it as the store's user, with the password."""

    folder: Path
    port: int

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, db: str, user: str = USER, password: str | None = PASSWORD) -> str:
        login = quote(user) + (f":{quote(password)}" if password is not None else "")
        return f"postgresql://{login}@/{db}?host={quote(self.socket_dir)}&port={self.port}"

    def admin(self, sql: str, db: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser (autocommit) and return its rows, if any."""
        import psycopg

        with psycopg.connect(host=self.socket_dir, port=self.port, user=SUPERUSER, dbname=db,
                             autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else []

    def create_db(self, name: str) -> str:
        """A new empty database owned by the store's user; returns its URL."""
        self.admin(f'CREATE DATABASE "{name}" OWNER {USER}')
        return self.url(name)


def _run(cmd: list[str], as_postgres: bool, log: Path) -> None:
    if as_postgres:
        cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
    with open(log, "ab") as out:
        subprocess.run(cmd, check=True, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)


def start(durable: bool = False) -> Server:
    """initdb a cluster in a new temporary folder and start it on a unix socket there.

    For tests the server skips fsync (nothing it holds outlives the run); ``durable=True`` keeps
    PostgreSQL's defaults, for measuring.
    """
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="orderlab-pg-"))
    data, log = folder / "data", folder / "server.log"
    if as_postgres:
        entry = pwd.getpwnam(SUPERUSER)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    port = free_port()
    # The superuser logs in over the socket without a password (peer would need the OS user
    # postgres, and the tests run as root); the store's user must give its password (scram).
    try:
        _run([find_bin("initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
              "--auth-local=trust", "--auth-host=reject"], as_postgres, folder / "initdb.log")
        (data / "pg_hba.conf").write_text(f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n")
        options = f"-c listen_addresses='' -k {folder} -p {port} -c max_connections=120"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _run([find_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start"],
             as_postgres, folder / "pg_ctl.log")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        logs = "\n".join(p.read_text(errors="replace")[-2000:] for p in sorted(folder.glob("*.log")))
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc}\n{logs}") from exc
    server = Server(folder, port)
    server.admin(f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
    return server


def stop(server: Server) -> None:
    as_postgres = os.geteuid() == 0
    try:
        _run([find_bin("pg_ctl"), "-D", str(server.data_dir), "-m", "fast", "-w", "stop"], as_postgres,
             server.folder / "pg_ctl.log")
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)
