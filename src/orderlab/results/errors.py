"""Why the results store cannot be used: ``ResultsUnavailable`` and its ``REASONS``, in plain English.

The UI never shows these English messages to a learner: it shows its own text for the ``reason``,
in the learner's language. The messages are for logs and for the facilitator's terminal.
"""

from __future__ import annotations

import errno
from pathlib import Path

from .paths import ENV_VAR

REASONS: tuple[str, ...] = (
    "missing_folder",  # the folder of the file does not exist (or is not a folder)
    "not_a_file",  # the path names a folder
    "read_only",  # the folder or the file cannot be written
    "corrupt",  # the file is damaged or is not a database
    "too_new",  # written by a newer orderlab, with a schema this version does not know
    "locked",  # other kernels kept the file busy through every retry
    "disk_full",  # no space left for the file
    "unreachable",  # PostgreSQL: the server cannot be reached, or the connection was lost
    "auth",  # PostgreSQL: the server refused the user or its password
    "driver_missing",  # PostgreSQL: the optional driver psycopg is not installed
    "unsupported",  # a URL of a database other than PostgreSQL or an LRS
    "kept",  # a learning record store keeps its statements: a workshop is deleted in the LRS's own administration
    "full",  # a cap on results or participants (Limits) is reached: the save was refused and counted
    "too_big",  # a report or a saved state is larger than Limits allows: refused and counted
    "unknown",  # a participant's save names no workshop the facilitator made (create=False)
    "in_browser",  # Pyodide in the static site: no sqlite3 and no server; results stay in the page
    "unavailable",  # anything else, or the store was closed
)


class ResultsUnavailable(RuntimeError):
    """The store cannot be used; ``message`` is plain English, ``reason`` one of ``REASONS``."""

    def __init__(self, message: str, reason: str = "unavailable", path: str | None = None):
        super().__init__(message)
        self.message, self.reason, self.path = message, reason, path


class Refused(Exception):
    """Rolls back a capped write inside a backend, which counts it and raises ``ResultsUnavailable``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def file_message(reason: str, path: Path | str, detail: str = "") -> str:
    """The English message for ``reason`` about the results file (or shown location) ``path``."""
    folder = Path(path).parent
    return {
        "missing_folder": f"The results folder {folder} does not exist. Create it, or set {ENV_VAR} "
                          "to a file in a folder that exists.",
        "not_a_file": f"{path} is a folder, not a results file. Set {ENV_VAR} to a file path such as "
                      f"{Path(path) / 'results.sqlite'}.",
        "read_only": f"Results cannot be saved: the folder {folder} or the file {Path(path).name} in it is read-only.",
        "corrupt": f"The results file {path} is damaged or is not an orderlab results file. "
                   "Move it aside and a new one will be made.",
        "too_new": f"The results file {path} was written by a newer version of orderlab ({detail}). "
                   "Update orderlab to use it.",
        "locked": f"The results file {path} is busy: other kernels kept it locked. Try again in a moment.",
        "disk_full": f"The disk that holds {path} is full.",
        "unsupported": f"{path}: only PostgreSQL URLs (postgresql://) and learning record stores "
                       f"(xapi+https://) are supported. Set {ENV_VAR} to one of those or to a file path.",
        "full": f"The results store {path} refused the write: {detail or 'a cap on writes was reached'}.",
        "too_big": f"The results store {path} refused the write: {detail or 'it is too large'}.",
        "unknown": f"The results store {path} refused the write: {detail or 'no such workshop'}.",
    }.get(reason, f"The results file {path} cannot be used: {detail}")


_OS_REASONS = {
    errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EROFS: "read_only", errno.ENOENT: "missing_folder",
    errno.ENOTDIR: "missing_folder", errno.EEXIST: "missing_folder", errno.EISDIR: "not_a_file",
    errno.ENOSPC: "disk_full",
}


def os_reason(exc: BaseException) -> str:
    """The reason for a file-system error, by its ``errno``."""
    return _OS_REASONS.get(getattr(exc, "errno", None) or 0, "unavailable")


def file_unavailable(exc: BaseException, path: Path) -> ResultsUnavailable:
    """A file-system error (writing a CSV file, opening a results file) as a ``ResultsUnavailable``."""
    reason = os_reason(exc)
    return ResultsUnavailable(file_message(reason, path, str(exc)), reason, str(path))
