"""What participants may write (``Limits``) and how long a workshop is kept (the retention period)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

LIMITS_ENV = "ORDERLAB_LIMITS"  # e.g. "aliases_per_workshop=800,results_per_workshop=8000" for a bigger room
RETENTION_ENV = "ORDERLAB_RETENTION_DAYS"
RETENTION_DAYS = 30.0  # a workshop's data is deleted this long after it was created (GDPR storage limitation)


@dataclass(frozen=True)
class Limits:
    """Caps on what participants can write, per alias and per workshop (defaults: a room of 40, with margin)."""

    results_per_alias: int = 100  # finished rounds one alias can save in a workshop
    results_per_workshop: int = 4000
    aliases_per_workshop: int = 500
    report_chars: int = 200_000  # one finished round's report as JSON (a real one is about 10-20 kB)
    state_chars: int = 200_000  # one unfinished round's saved state as JSON

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults, with each ``name=number`` of ``$ORDERLAB_LIMITS`` (comma-separated) that names a
        cap and gives it a positive whole number; anything else in it is ignored (``parse_limits`` names it)."""
        env = os.environ if environ is None else environ
        given, _ = parse_limits(env.get(LIMITS_ENV, ""))
        return replace(cls(), **given)


def parse_limits(text: str) -> tuple[dict[str, int], list[str]]:
    """The caps ``text`` sets (``name=number, ...``) and the parts of it that set none."""
    names = {f.name for f in fields(Limits)}
    given: dict[str, int] = {}
    ignored: list[str] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, number = part.partition("=")
        if name.strip() in names and number.strip().isdigit() and int(number) > 0:
            given[name.strip()] = int(number)
        else:
            ignored.append(part)
    return given, ignored


def retention_days(environ: Mapping[str, str] | None = None) -> float:
    """``$ORDERLAB_RETENTION_DAYS`` when it is a positive number, else ``RETENTION_DAYS``."""
    env = os.environ if environ is None else environ
    try:
        days = float(env.get(RETENTION_ENV, ""))
    except ValueError:
        return RETENTION_DAYS
    return days if days > 0 else RETENTION_DAYS
