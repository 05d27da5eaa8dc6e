"""What the task views read, as the UI may see it: the list's plain rows and the task vocabulary.

The Tasks page, its detail pane and the "waiting for" view read through here, never the
store: the list's fast plain-row reads (``store.queries.tasks``, re-exported), one task's
values (``read_task``), the contacts and countries to choose from, the statuses
(``store.vocab``) and the decoder of stored values (``store.codec``). No SQLAlchemy on this
path: the list's start-up imports it.

A list row is a tuple (see ``R_*``); its status is a small int, ``status_code``, with
``UNKNOWN_STATUS`` for a value this version does not know (shown as such, kept active).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from regionmgr.store import codec, vocab
from regionmgr.store.queries import task_rows
from regionmgr.store.queries.tasks import (
    F_ALL_DAY,
    F_FLOATING,
    F_IMPORTANT,
    F_PARKED,
    F_TRANCHE,
    F_URGENT,
    R_CHANNEL,
    R_COUNTRY,
    R_DELEGATED_AT,
    R_DELEGATED_TO,
    R_DUE,
    R_DUE_TZ,
    R_FLAGS,
    R_FOLLOW_UP,
    R_REQUESTER,
    R_ROWID,
    R_STATUS,
    R_TITLE,
    all_rowids,
    first_rows,
    fold_search,
    ids_of,
    list_snapshot,
    rowid_of,
    rows_by_id,
    rows_by_rowid,
    search_rowids,
    search_texts,
    tranche_links,
    tranche_stats,
)
from regionmgr.store.queries.tasks import contacts as _contacts
from regionmgr.store.queries.tasks import countries as _countries
from regionmgr.store.queries.tasks import reader as _reader

if TYPE_CHECKING:
    from regionmgr.store.db import Store

# -- the status vocabulary, as the views use it ----------------------------------------------
OPEN, WAITING, DONE, DROPPED = vocab.OPEN, vocab.WAITING, vocab.DONE, vocab.DROPPED
STATUSES = vocab.STATUSES
ACTIVE_STATUSES = vocab.ACTIVE_STATUSES
UNKNOWN_STATUS = vocab.UNKNOWN_STATUS
status_code = vocab.status_index
is_active = vocab.is_active
DONE_CODE, DROPPED_CODE = STATUSES.index(DONE), STATUSES.index(DROPPED)
FINISHED_CODES = frozenset({DONE_CODE, DROPPED_CODE})  # every other code is still on the user's plate

# -- the stored values' decoder, for the list's plain rows ------------------------------------
instant = codec.instant
wall = codec.wall
day = codec.day
stored_instant = codec.stored_instant



def connection(store: Store) -> sqlite3.Connection:
    """The store's plain sqlite3 connection, for the list's reads on the UI thread."""
    return store.raw()


def reader(store: Store) -> sqlite3.Connection:
    """A separate read-only connection to the store (for a worker thread); the caller closes it."""
    return _reader(str(store.path))


def read_task(store: Store, task_id: str) -> dict[str, Any] | None:
    """Every stored value of one task (as ``ops.get`` gives them), or None (plain sqlite3: no ORM
    on a click)."""
    return task_rows.read(store.raw(), task_id)


def countries(store: Store) -> list[tuple[int, str, str, str, str, int, int]]:
    """(rowid, id, code, timezone, work_days, work_start_min, work_end_min) in the user's order."""
    return _countries(store.raw())


def contacts(store: Store) -> list[tuple[str, str, str]]:
    """(id, name, country code) of every contact, by name (to delegate to)."""
    return _contacts(store.raw())


def contact_named(store: Store, name: str) -> str | None:
    """The id of the contact called ``name`` (trimmed), or None for a free name."""
    wanted = " ".join((name or "").split())
    return next((cid for cid, n, _code in contacts(store) if n == wanted), None)


__all__ = [
    "ACTIVE_STATUSES", "DONE", "DONE_CODE", "DROPPED", "DROPPED_CODE", "FINISHED_CODES", "F_ALL_DAY",
    "F_FLOATING", "F_IMPORTANT", "F_PARKED", "F_TRANCHE", "F_URGENT", "OPEN", "R_CHANNEL", "R_COUNTRY", "R_DELEGATED_AT",
    "R_DELEGATED_TO", "R_DUE", "R_DUE_TZ", "R_FLAGS", "R_FOLLOW_UP", "R_REQUESTER", "R_ROWID", "R_STATUS",
    "R_TITLE", "STATUSES", "UNKNOWN_STATUS", "WAITING", "all_rowids", "connection", "contact_named",
    "contacts", "countries", "day", "first_rows", "fold_search", "ids_of", "instant", "is_active", "list_snapshot",
    "read_task", "reader", "rowid_of", "rows_by_id", "rows_by_rowid", "search_rowids", "search_texts", "status_code",
    "stored_instant", "tranche_links", "tranche_stats", "wall",
]
