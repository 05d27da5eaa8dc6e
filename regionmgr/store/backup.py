"""Automatic backups of the store: taken, checked, rotated, listed and restored.

A backup is a complete copy made with SQLite's online backup API (a consistent
snapshot even while the app writes), written under a temporary name, then
*opened and checked* (``PRAGMA integrity_check``, stamped as ours, row counts)
before it takes its final name. Older copies are rotated out only after a copy
passed that check, and only our own backup files (named
``regionmgr-backup-<UTC stamp>-<reason>.sqlite3``) are ever deleted. Retention
keeps the newest copy of each of the 12 most recent days, 10 most recent ISO
weeks and 9 most recent months that have copies, the 12 newest copies, and
always the newest verified copy. Copies taken before a schema upgrade
(``before-upgrade-*``) are never rotated out.

Restoring never overwrites the current file without a copy: the current file
and its journal are first moved aside (renamed, not rewritten) to
``<store folder>/replaced/``.

The check of a copy (``verify_copy``) lives in ``store.db``, which needs it before a migration.
No Qt here: the UI schedules these functions in worker threads (through ``core.data.backups``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from regionmgr.store.atomic import atomic_path, sync_dir
from regionmgr.store.db import Verification, table_counts, verify_copy

UTC = dt.UTC
PREFIX = "regionmgr-backup-"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
NAME_RE = re.compile(r"^regionmgr-backup-(\d{8}T\d{12}Z)-([a-z]+)\.sqlite3$")
UPGRADE_RE = re.compile(r"^before-upgrade-from-.+-(\d{8}T\d{6}Z)\.sqlite3$")
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
KEEP_RECENT = 12


class BackupError(Exception):
    """A backup could not be made, checked or restored; ``str()`` names the file and the cause."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # aware UTC
    size: int
    reason: str  # start | auto | close | manual | upgrade

    @property
    def is_upgrade_copy(self) -> bool:
        return self.reason == "upgrade"


@dataclass(frozen=True)
class BackupResult:
    info: BackupInfo
    verification: Verification
    source_counts: dict[str, int]
    alert: str = ""  # non-empty: a copy that looks wrong (e.g. lost every task)
    removed: tuple[Path, ...] = ()


# -- checking ----------------------------------------------------------------------
def source_counts(store_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(Path(store_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return table_counts(conn)
    finally:
        conn.close()


def suspicious(copy: dict[str, int], source: dict[str, int]) -> str:
    """A short technical reason when a checked copy still looks wrong, else ''."""
    if source.get("task", 0) > 0 and copy.get("task", 0) == 0:
        return f"the copy holds no tasks while the store holds {source['task']}"
    lost = [t for t, n in source.items() if n > 0 and copy.get(t, 0) == 0]
    if lost:
        return "the copy holds no rows of " + ", ".join(lost)
    return ""


# -- naming and listing ------------------------------------------------------------
def backup_name(taken_at: dt.datetime, reason: str) -> str:
    return f"{PREFIX}{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}{SUFFIX}"


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    m = NAME_RE.match(path.name)
    if m:
        return dt.datetime.strptime(m.group(1), STAMP_FORMAT).replace(tzinfo=UTC), m.group(2)
    m = UPGRADE_RE.match(path.name)
    if m:
        return dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC), "upgrade"
    return None


def list_backups(folders: Iterable[Path]) -> list[BackupInfo]:
    """Every backup file of ours in ``folders``, newest first."""
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            parsed = parse_name(path)
            if parsed is None or not path.is_file():
                continue
            found[path.resolve()] = BackupInfo(path, parsed[0], path.stat().st_size, parsed[1])
    return sorted(found.values(), key=lambda b: b.taken_at, reverse=True)


def newest_backup_time(folders: Iterable[Path]) -> dt.datetime | None:
    backups = list_backups(folders)
    return backups[0].taken_at if backups else None


# -- taking ------------------------------------------------------------------------
def make_backup(
    store_path: Path,
    folder: Path,
    reason: str = "auto",
    now: dt.datetime | None = None,
    rotate_after: bool = True,
) -> BackupResult:
    """Copy the store at ``store_path`` into ``folder``, check the copy, then rotate.

    Raises BackupError if the copy can't be written or fails its check (the
    failed copy is not kept under a backup name, and nothing is rotated out).
    """
    now = now or dt.datetime.now(UTC)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        counts = source_counts(store_path)
        target = folder / backup_name(now, reason)
        with atomic_path(target, 0o600) as tmp:
            src = sqlite3.connect(Path(store_path).resolve().as_uri() + "?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(str(tmp))
                try:
                    src.backup(dst)
                    # A standalone copy: no -wal beside it, opens anywhere.
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
            verification = verify_copy(tmp)
            if not verification.ok:
                raise BackupError(f"the copy failed its check: {verification.problem}")
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(str(exc)) from exc
    info = BackupInfo(target, now, target.stat().st_size, reason)
    alert = suspicious(verification.counts, counts)
    removed: tuple[Path, ...] = ()
    if rotate_after and not alert:
        removed = tuple(rotate(folder, protect=target))
    return BackupResult(info, verification, counts, alert, removed)


# -- rotation ----------------------------------------------------------------------
def to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Which of ``backups`` the retention rules keep (the rest may be deleted)."""
    regular = sorted((b for b in backups if not b.is_upgrade_copy), key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in backups if b.is_upgrade_copy}
    keep |= {b.path for b in regular[:KEEP_RECENT]}
    for key_fn, limit in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for b in regular:  # newest first: the first of each period is its newest copy
            key = key_fn(b.taken_at)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(key)
            keep.add(b.path)
    return keep


def rotate(folder: Path, protect: Path | None = None) -> list[Path]:
    """Delete the backups of ours in ``folder`` that retention no longer needs.

    ``protect`` (the copy just verified) is never deleted.
    """
    backups = list_backups([folder])
    keep = to_keep(backups)
    if protect is not None:
        keep.add(Path(protect))
    removed = []
    for b in backups:
        if b.path not in keep and Path(b.path).resolve() != (Path(protect).resolve() if protect else None):
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


# -- watching for changes ----------------------------------------------------------
class ChangeWatch:
    """Tells whether anything was committed to the store since ``mark()``.

    Uses ``PRAGMA data_version`` on a connection of its own: its value changes
    whenever another connection commits. Use from one thread only.
    """

    def __init__(self, store_path: Path):
        self.store_path = Path(store_path)
        self._conn: sqlite3.Connection | None = None
        self._marked: int | None = None

    def _version(self) -> int:
        if self._conn is None:
            self._conn = sqlite3.connect(str(self.store_path))
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def mark(self) -> None:
        self._marked = self._version()

    def changed(self) -> bool:
        return self._marked is None or self._version() != self._marked

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._marked = None


# -- restoring ---------------------------------------------------------------------
def set_aside(store_path: Path, why: str, now: dt.datetime | None = None) -> Path | None:
    """Move the store file and its journal files aside (renamed, never rewritten).

    Returns the new path of the main file, or None if there was no file.
    """
    store_path = Path(store_path)
    if not store_path.exists():
        return None
    now = now or dt.datetime.now(UTC)
    aside_dir = store_path.parent / "replaced"
    aside_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(aside_dir, 0o700)
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    aside = aside_dir / f"{store_path.stem}-{why}-{stamp}{store_path.suffix}"
    n = 1
    while aside.exists():
        aside = aside_dir / f"{store_path.stem}-{why}-{stamp}-{n}{store_path.suffix}"
        n += 1
    for extra in ("-wal", "-shm", "-journal"):
        side = Path(str(store_path) + extra)
        if side.exists():
            os.replace(side, Path(str(aside) + extra))
    os.replace(store_path, aside)
    sync_dir(store_path.parent)
    return aside


def restore_backup(backup: Path, store_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in place of the (closed) store at ``store_path``.

    The backup is checked first; the current file is moved aside (returned)
    before the copy takes its place. Raises BackupError if the backup is not a
    good copy; then nothing was changed.
    """
    backup = Path(backup)
    check = verify_copy(backup)
    if not check.ok:
        raise BackupError(f"“{backup}” is not a good copy ({check.problem})")
    store_path = Path(store_path)
    try:
        with atomic_path(store_path.with_name(store_path.name + ".restoring"), 0o600) as tmp:
            shutil.copyfile(backup, tmp)
        staged = store_path.with_name(store_path.name + ".restoring")
        aside = set_aside(store_path, "before-restore", now)
        os.replace(staged, store_path)
        sync_dir(store_path.parent)
    except OSError as exc:
        raise BackupError(str(exc)) from exc
    return aside


def newest_good_backup(folders: Iterable[Path]) -> BackupInfo | None:
    """The newest backup in ``folders`` that passes its check, or None."""
    for b in list_backups(folders):
        if verify_copy(b.path).ok:
            return b
    return None
