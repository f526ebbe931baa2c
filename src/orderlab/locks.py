"""One process at a time: a lock file for work two processes must not do side by side.

``make test`` runs on two workers, and a facilitator may run ``orderlab site`` while a build is
already going: building ``site/``, unpacking Pyodide into the cache or making Ralph's venv for the
tests are each done by one process while the other waits, then finds the work done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (made if missing) for the ``with`` block; wait for it if taken."""
    try:
        import fcntl
    except ImportError:  # Windows: one user runs one build at a time, and nothing runs these in parallel
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
