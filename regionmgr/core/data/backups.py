"""Backups as the UI uses them: take, list, check and restore copies of the store.

The work is done in ``store.backup`` (copies, checks, retention) and ``store.db`` (opening);
this is the face the UI sees, so it never imports the store. ``restore_in_place`` is the whole
restore of the running app's store: the backup is checked, the store closed, the file replaced
(the current one moved aside), the copy opened once (migrated if it is older, checked), and
the same ``Store`` object reconnected to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from regionmgr.core.changes import Change
from regionmgr.core.storage import Store, open_store
from regionmgr.store import backup as _backup
from regionmgr.store.backup import (
    BackupError,
    BackupInfo,
    BackupResult,
    ChangeWatch,
    ensure_store_id,
    list_backups,
    newest_backup,
    newest_backup_time,
    newest_good_backup,
    read_store_id,
    store_identity,
)

__all__ = [
    "RESTORED", "BackupError", "BackupInfo", "BackupResult", "ChangeWatch", "check_copy", "ensure_store_id",
    "list_backups", "make_backup", "newest_backup", "newest_backup_time", "newest_good_backup", "note_in_sync",
    "read_store_id", "restore_file", "restore_in_place", "set_aside", "start_copy_needed", "store_identity",
]

# What a restore changed: every row of every table ("" is the UI's "reload everything").
RESTORED = Change.everything(("",))


def make_backup(store_path: Path, folder: Path, reason: str = "auto",
                now: dt.datetime | None = None, known_folders: Iterable[Path] = ()) -> BackupResult:
    """A checked copy of the store in ``folder``, this store's older copies rotated out (BackupError
    if not). Its sequence number follows the store's copies in ``folder`` and ``known_folders``."""
    return _backup.make_backup(store_path, folder, reason, now, known_folders=tuple(known_folders))


def start_copy_needed(store: Store, newest: BackupInfo | None) -> bool:
    """False when the store, as opened, is exactly the newest copy (recorded at its last clean close,
    the file untouched since): a start copy would only duplicate it."""
    return not (newest is not None and store.backup_in_sync == newest.path.name and newest.path.is_file())


def note_in_sync(store: Store, newest: BackupInfo | None) -> None:
    """Record, at the store's coming clean close, that it equals ``newest`` (None: it may not)."""
    store.backed_up = newest.path.name if newest is not None else None


def check_copy(backup_path: Path) -> None:
    """Raise BackupError (naming the file and the problem) unless ``backup_path`` is a good copy."""
    check = _backup.verify_copy(backup_path)
    if not check.ok:
        raise BackupError(f"{backup_path}: {check.problem}")


def restore_in_place(store: Store, backup_path: Path) -> Path | None:
    """Put ``backup_path`` (see ``check_copy``) in place of the open ``store``; return where the
    replaced file went. Whatever happens, ``store`` is reconnected to the file in place when
    this returns; a BackupError from the copy's own check means nothing was changed.
    """
    store.close()
    try:
        aside = _backup.restore_backup(backup_path, store.path)
        open_store(store.path).close()  # migrates an older copy, checks it
    finally:
        store.raw()  # the same Store object reconnects to the file now in place
    return aside


def restore_file(backup_path: Path, store_path: Path) -> Path | None:
    """Put ``backup_path`` in place of the (closed) store file; return where it was moved."""
    return _backup.restore_backup(backup_path, store_path)


def set_aside(store_path: Path, why: str) -> Path | None:
    """Move the store file and its journal aside (renamed, never rewritten)."""
    return _backup.set_aside(store_path, why)

