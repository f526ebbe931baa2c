"""The results store: finished and unfinished role-plays, shared by every kernel of a workshop.

By default one SQLite file per machine (``sqlite.py``); where a workshop spans many servers,
a PostgreSQL database named by a URL (``postgres.py``, an optional extra). Both run the same
SQL (``sql.py``), one transaction per call; a write that finds the store locked is retried with
backoff. Each backend versions its schema and migrates it forward on open (``SCHEMA_VERSION``).
The store meets its backends only through the ``Backend`` protocol (``backend.py``), where a new
kind of store is registered.

Aliases, questions and pitches are personal data: the store keeps nothing else about people,
``delete_workshop`` removes a workshop's rows, and a workshop older than the retention period
(``RETENTION_DAYS``, or ``$ORDERLAB_RETENTION_DAYS``) is deleted the same way (``purge_expired``).
Writes are capped (``Limits``): a flood of saves from one page is refused once a cap is reached,
counted on the workshop (``refused``) for the facilitator to see, and never fills the store.
Anything wrong with the file, its folder or the database raises ``ResultsUnavailable``, whose
``reason`` is one of ``REASONS``, so a UI can explain it in the learner's language and let them play on.

The modules import one way: ``paths``, ``names``, ``limits`` -> ``errors`` -> ``backend`` ->
``sql`` -> ``sqlite`` / ``postgres`` (loaded by name from ``backend.BACKENDS``), and ``export``
-> ``store``.
"""

from .backend import BACKENDS, Backend, NewResult, ProgressRow, ResultRow, WorkshopRow
from .errors import REASONS, Refused, ResultsUnavailable
from .export import CSV_COLUMNS, SCORED_STEPS
from .limits import LIMITS_ENV, RETENTION_DAYS, RETENTION_ENV, Limits, parse_limits, retention_days
from .names import (
    ALIAS_MAX,
    CODE_BYTES,
    SELF_PACED,
    TITLE_MAX,
    WORKSHOP_MAX,
    InvalidName,
    check_code,
    check_name,
    new_result_id,
    new_workshop_code,
    result_id,
    v1_result_id,
)
from .paths import ENV_VAR, PROJECT_DIR, default_path, project_path
from .sql import SCHEMA_VERSION
from .store import REFLECTION, ResultsStore

__all__ = [
    "ALIAS_MAX", "BACKENDS", "CODE_BYTES", "CSV_COLUMNS", "ENV_VAR", "LIMITS_ENV", "PROJECT_DIR", "REASONS",
    "REFLECTION", "RETENTION_DAYS", "RETENTION_ENV", "SCHEMA_VERSION", "SCORED_STEPS", "SELF_PACED", "TITLE_MAX",
    "WORKSHOP_MAX",
    "Backend", "InvalidName", "Limits", "NewResult", "ProgressRow", "Refused", "ResultRow", "ResultsStore",
    "ResultsUnavailable", "WorkshopRow", "check_code", "check_name", "default_path", "new_result_id",
    "new_workshop_code", "parse_limits", "project_path", "result_id", "retention_days", "v1_result_id",
]
