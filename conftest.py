"""Settings for every test run, notebooks included: results go to a throwaway store, never the user's."""

import os
import tempfile


def pytest_configure(config):
    # Kernels started by nbval and servers started by the browser tests inherit this.
    if "ORDERLAB_RESULTS" not in os.environ:
        os.environ["ORDERLAB_RESULTS"] = os.path.join(tempfile.mkdtemp(prefix="orderlab-test-"), "results.sqlite")
