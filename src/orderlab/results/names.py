"""Names the store accepts (aliases, workshop codes, titles) and the ids of results.

Every result id is a UUID. ``result_id`` derives one from what identifies a result (a finished
session, or a row saved before ids existed), so saving the same thing twice stores it once;
``new_result_id`` makes a fresh one for a caller that has no such key.
"""

from __future__ import annotations

import json
import random
import re
import secrets
import unicodedata
import uuid

ALIAS_MAX = 40
WORKSHOP_MAX = 80
TITLE_MAX = 80
CODE_BYTES = 16  # a workshop code carries 128 random bits: nobody guesses one
# Self-paced learners have no workshop: their rounds are saved under this name, whatever the language.
# They are the learner's own record, not a room's, so the retention period never deletes them.
SELF_PACED = "egen-takt"
_CODE = re.compile(r"[A-Za-z0-9_-]+")
# The namespace of derived result ids. Never change it: a finished round saved again after an
# update must get the id it got before, or the store would keep it twice.
_RESULTS = uuid.UUID("5b0c8a59-3c56-4f7e-9d55-6f1d0a9f2b11")


class InvalidName(ValueError):
    """An alias or workshop name that cannot be stored; ``field`` and ``reason`` pick a UI string."""

    def __init__(self, field: str, reason: str, limit: int):
        self.field, self.reason, self.limit = field, reason, limit
        what = "an alias" if field == "alias" else "a workshop name"
        super().__init__({"empty": f"Please enter {what}.",
                          "malformed": f"That is not {what}: only letters a-z, digits, - and _ can be in one."}.get(
            reason, f"That is too long: {what} can have at most {limit} characters."))


def check_name(text: str, field: str = "alias") -> str:
    """``text`` trimmed and NFC-normalised, or ``InvalidName`` if it is empty or too long.

    Control and format characters (zero-width spaces, direction overrides, line breaks) are
    removed first: a name must look like what is stored.
    """
    limit = {"alias": ALIAS_MAX, "title": TITLE_MAX}.get(field, WORKSHOP_MAX)
    raw = unicodedata.normalize("NFC", text if isinstance(text, str) else "")
    name = "".join(c for c in raw if unicodedata.category(c) not in ("Cc", "Cf")).strip()
    if not name:
        raise InvalidName(field, "empty", limit)
    if len(name) > limit:
        raise InvalidName(field, "too_long", limit)
    return name


def check_code(text: str) -> str:
    """A workshop code from a page's address: ``check_name``, and only ASCII letters, digits, ``-``
    and ``_`` (what ``new_workshop_code`` makes); anything else raises ``InvalidName`` "malformed"."""
    name = check_name(text, "workshop")
    if not _CODE.fullmatch(name):
        raise InvalidName("workshop", "malformed", WORKSHOP_MAX)
    return name


def new_workshop_code() -> str:
    """A fresh workshop code: 22 URL-safe characters from ``secrets`` (128 bits), not a guessable name."""
    return secrets.token_urlsafe(CODE_BYTES)


def result_id(*key: object) -> str:
    """The id of the result that ``key`` (JSON-serialisable parts) identifies: the same key, the same id."""
    return str(uuid.uuid5(_RESULTS, json.dumps(list(key), sort_keys=True, ensure_ascii=False)))


def v1_result_id(row_id: int) -> str:
    """The id given, when a store is migrated to version 2, to a row saved without one."""
    return result_id("v1-row", row_id)


def new_result_id(rng: random.Random | None = None) -> str:
    """A fresh random UUID for a result with no natural key; pass ``rng`` for a reproducible one."""
    return str(uuid.uuid4() if rng is None else uuid.UUID(int=rng.getrandbits(128), version=4))
