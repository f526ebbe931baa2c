"""Settings for every test run, notebooks included: results go to a throwaway store, never the user's.

``make test`` runs the suite on two workers (pytest-xdist, ``--dist loadfile``): each test file stays
whole on one worker, so nbval runs a notebook's cells in order in one kernel and a module's servers
start once. Work that must not run twice at once (building ``site/``, unpacking Pyodide, making
Ralph's venv) waits on a lock file (``orderlab.locks``).
"""

import os
import tempfile

_OURS = "ORDERLAB_TEST_STORE"  # set when the store below is this run's own throwaway one


def pytest_configure(config):
    # Kernels started by nbval and servers started by the browser tests inherit this. Each xdist
    # worker gets its own store: tests that count what a store holds must not see the other's rounds.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if "ORDERLAB_RESULTS" not in os.environ or (worker and os.environ.get(_OURS)):
        folder = tempfile.mkdtemp(prefix=f"orderlab-test-{worker or 'main'}-")
        os.environ["ORDERLAB_RESULTS"] = os.path.join(folder, "results.sqlite")
        os.environ[_OURS] = "1"
