"""The store as the layers above see it: an opaque handle, how it is opened, why it may not be.

The UI holds a ``Store`` and passes it to core operations; it never reaches into it for SQL.
"""

from __future__ import annotations

import sqlite3

from regionmgr.store.db import (
    STORE_FILENAME,
    DamagedStoreError,
    ForeignFileError,
    NewerSchemaError,
    Store,
    StoreError,
    open_store,
)

__all__ = [
    "STORE_FILENAME", "DamagedStoreError", "ForeignFileError", "NewerSchemaError", "Store",
    "StoreError", "failure_kind", "open_store",
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
