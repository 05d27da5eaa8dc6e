"""The store's vocabulary: the values its coded columns hold, defined once.

Task statuses, note kinds and the like are written here and nowhere else; every layer
(queries, core rules, the UI's labels) takes them from this module. A value read from a
store that is not in the vocabulary (a newer app's, or a hand-edited file) is *unknown*:
it is shown as such and counted as active, never silently taken for another value.
No SQLAlchemy here: the start-up path imports this module.
"""

from __future__ import annotations

# Task status: open (to do), waiting (delegated, waiting for someone), done, dropped.
OPEN, WAITING, DONE, DROPPED = "open", "waiting", "done", "dropped"
STATUSES: tuple[str, ...] = (OPEN, WAITING, DONE, DROPPED)
ACTIVE_STATUSES: tuple[str, ...] = (OPEN, WAITING)
# The task list keeps a status as a small int (an index into STATUSES); UNKNOWN_STATUS is
# the index of a status outside the vocabulary.
UNKNOWN_STATUS = len(STATUSES)


def status_index(status: str | None) -> int:
    """The list's small-int code of a stored status (UNKNOWN_STATUS for a value not in STATUSES)."""
    try:
        return STATUSES.index(status)
    except ValueError:
        return UNKNOWN_STATUS


def is_active(status: str | None) -> bool:
    """Open, waiting, or unknown: still on the user's plate (an unknown status is never hidden)."""
    return status not in (DONE, DROPPED)


# SQL fragment giving the status code of column ``t.status`` (see ``status_index``).
STATUS_CODE_SQL = (
    "CASE t.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES))
    + f" ELSE {UNKNOWN_STATUS} END"
)
