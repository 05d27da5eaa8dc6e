"""The store as the layers above see it: an opaque handle, how it is opened, why it may not be.

The UI holds a ``Store`` and passes it to core operations; it never reaches into it for SQL.
"""

from __future__ import annotations

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
    "StoreError", "open_store",
]
