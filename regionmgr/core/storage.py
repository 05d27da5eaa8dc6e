"""The store as the layers above see it: an opaque handle, how it is opened, why it may not be.

The UI holds a ``Store`` and passes it to core operations; it never reaches into it for SQL.
``store.notices`` (``StoreNotice``: ``NOTICE_STRAY_LOG``, ``NOTICE_BAD_LOG``) are what opening
found and set aside, for the UI to tell the user; ``remove_leftover_temps(folder)`` clears our
own temporary files left in a backup folder chosen in the settings by killed backups.
"""

from __future__ import annotations

import sqlite3

from regionmgr.store.db import (
    NOTICE_BAD_LOG,
    NOTICE_STRAY_LOG,
    STORE_FILENAME,
    DamagedStoreError,
    ForeignFileError,
    NewerSchemaError,
    Store,
    StoreError,
    StoreNotice,
    open_store,
    remove_leftover_temps,
)

__all__ = [
    "NOTICE_BAD_LOG", "NOTICE_STRAY_LOG", "STORE_FILENAME", "DamagedStoreError", "ForeignFileError",
    "NewerSchemaError", "Store", "StoreError", "StoreNotice", "failure_kind", "open_store",
    "remove_leftover_temps",
]

FULL, READ_ONLY, IO, STORE = "full", "read-only", "io", "store"


def failure_kind(exc: BaseException) -> str | None:
    """Why a write failed, as the user needs to know it: ``"full"`` (no space left),
    ``"read-only"`` (the folder or file can't be written), ``"io"`` (the disk failed, or the
    file is too large), ``"store"`` (any other error of the database), or None when the error
    is not the store's (the UI words each kind; it never looks at sqlite3 itself)."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return FULL
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open database" in text:
        return READ_ONLY
    if "disk i/o error" in text or "file too large" in text:
        return IO
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy"):
        return STORE
    return None
