"""One rounding rule for every percentage a screen shows, so that two screens never disagree.

A round's share of open questions is stored rounded to three decimals (5 of 11 is 0.455): rounding
that again to a whole percent gave 46 % in notebook 06 where the report had said 45 %. ``percent``
takes the count the share was made of when it is known, and goes back to the exact fraction first.
Halves round up (12.5 % is 13 %), not to the even neighbour as Python's ``round`` does.
"""

from __future__ import annotations

import math


def percent(share: float, of: int = 0) -> int:
    """``share`` (0-1) as a whole percent; ``of``: how many things the share was counted from, if known."""
    if of > 0:
        share = round(share * of) / of  # the exact fraction behind a stored, rounded share
    return math.floor(100 * share + 0.5 + 1e-9)  # 1e-9: 0.145 * 100 is 14.499999999999998 in floats


__all__ = ["percent"]
