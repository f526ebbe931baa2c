"""Training on one thread: scikit-learn's solvers call BLAS, which starts a thread per core.

On a shared two-core machine (CI, pytest-xdist's two workers) those threads fight each other and a
logistic regression that takes 0.2 s of CPU on one thread took 4-5 s. Every fit runs inside
``one_thread``; training is small enough that more threads never paid off here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def one_thread(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with BLAS and OpenMP held to one thread (threadpoolctl comes with scikit-learn)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        import sklearn.linear_model  # noqa: F401  loads numpy's and scipy's BLAS: a limit reaches only those loaded
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            return fn(*args, **kwargs)

    return wrapper
