"""Automatic backups of the store: taken, checked, rotated, listed and restored.

A backup is a complete copy made with SQLite's online backup API (a consistent
snapshot even while the app writes), written under a temporary name, then
*opened and checked* (``PRAGMA integrity_check``, stamped as ours, row counts)
before it takes its final name. Older copies are rotated out only after a copy
passed that check, and only this store's own copies are ever deleted: regular files (never a
symbolic link) named ``regionmgr-<store id, 8 hex>-<sequence>-<UTC stamp>-<reason>.sqlite3``
whose inside holds the same store id (a ``setting`` row written on the first backup). Several
stores may share one folder; none touches another's copies. Copies are ordered by their
sequence number, which never goes back with the computer's clock. Retention
keeps the newest copy of each of the 12 most recent days, 10 most recent ISO
weeks and 9 most recent months that have copies, the 12 newest copies, and
always the newest verified copy. Copies taken before a schema upgrade
(``before-upgrade-*``) and copies of earlier versions (``regionmgr-backup-*``, no id inside) are
never rotated out. A backup folder that is a symbolic link is refused, never followed or chmodded.

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
import stat
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from regionmgr.store import codec
from regionmgr.store.atomic import atomic_path, sync_dir
from regionmgr.store.db import Verification, table_counts, verify_copy

UTC = dt.UTC
PREFIX = "regionmgr-"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# regionmgr-<first 8 hex of the store id>-<sequence>-<UTC stamp>-<reason>.sqlite3
NAME_RE = re.compile(r"^regionmgr-([0-9a-f]{8})-(\d{8,})-(\d{8}T\d{12}Z)-([a-z]+)\.sqlite3$")
LEGACY_RE = re.compile(r"^regionmgr-backup-(\d{8}T\d{12}Z)-([a-z]+)\.sqlite3$")  # earlier versions
# The store's id: a ``setting`` row written on its first backup, so every copy holds it too.
STORE_ID_KEY = "store_id"
ID_PREFIX = "rgm-store-"
ID_RE = re.compile(r"^rgm-store-[0-9a-f]{32}$")
ID_SCAN_RE = re.compile(rb"rgm-store-[0-9a-f]{32}")
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
    reason: str  # start | auto | close | manual | upgrade | import
    store_id: str = ""  # the id kept inside the copy ("" : a copy of an earlier version, no id)
    sequence: int = 0  # the store's backup counter when taken (0: an earlier version's copy)

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


# -- whose copy is it ----------------------------------------------------------------
def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row and row[0] else None


def _scan_for_id(path: Path) -> str | None:
    """The store id found in the raw bytes of a file SQLite can't read (and of its -wal), if one."""
    found: set[str] = set()
    for part in (Path(path), Path(str(path) + "-wal")):
        try:
            with open(part, "rb") as fh:
                tail = b""
                while chunk := fh.read(1 << 20):
                    found.update(m.decode() for m in ID_SCAN_RE.findall(tail + chunk))
                    tail = chunk[-64:]
        except OSError:
            continue
    return found.pop() if len(found) == 1 else None


def read_store_id(store_path: Path) -> str | None:
    """The id kept in the store (or a copy of it), or None if it has none or can't be read.

    A damaged file SQLite refuses is scanned for the id's bytes, so the copies of a damaged
    store can still be told from another store's.
    """
    try:
        conn = _ro(store_path)
        try:
            value = _setting(conn, STORE_ID_KEY)
        finally:
            conn.close()
    except sqlite3.Error:
        return _scan_for_id(store_path)
    return value if value and ID_RE.match(value) else None


def ensure_store_id(store_path: Path, now: dt.datetime | None = None, value: str | None = None) -> str:
    """The store's id, written once (a ``setting`` row) the first time it is asked for.

    ``value``: the id to give a store that has none (e.g. a copy of an earlier version just
    restored keeps the id of the store it replaced); a new random id if None.
    """
    found = read_store_id(store_path)
    if found:
        return found
    if value is None or not ID_RE.match(value):
        value = ID_PREFIX + uuid.uuid4().hex
    stamp = codec.stored_instant(now or dt.datetime.now(UTC))
    conn = sqlite3.connect(str(store_path), timeout=10)
    try:
        with conn:
            conn.execute("INSERT OR IGNORE INTO setting (key, value, updated_at) VALUES (?, ?, ?)",
                         (STORE_ID_KEY, value, stamp))
        return str(_setting(conn, STORE_ID_KEY))
    finally:
        conn.close()


def store_identity(store_path: Path) -> str | None:
    """The store's id, given on first use; None if it has none and can't be given one (read-only)."""
    try:
        return ensure_store_id(store_path)
    except (OSError, sqlite3.Error):
        return read_store_id(store_path)


_owner_cache: dict[tuple[str, int, int, int], str | None] = {}


def copy_owner(path: Path, st: os.stat_result) -> str | None:
    """The store id kept inside the copy at ``path`` (None: none, or not a database of ours)."""
    key = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _owner_cache:
        owner = None
        try:
            with open(path, "rb") as fh:
                if fh.read(16) == b"SQLite format 3\x00":
                    conn = _ro(path)
                    try:
                        owner = _setting(conn, STORE_ID_KEY)
                    finally:
                        conn.close()
        except (OSError, sqlite3.Error):
            owner = None
        _owner_cache[key] = owner
    return _owner_cache[key]


# -- naming and listing ------------------------------------------------------------
def copy_name(store_id: str, sequence: int, taken_at: dt.datetime, reason: str) -> str:
    """The name of a copy: ``regionmgr-<id, 8 hex>-<sequence>-<UTC stamp>-<reason>.sqlite3``."""
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{PREFIX}{short_id(store_id)}-{sequence:08d}-{stamp}-{reason}{SUFFIX}"


def backup_name(taken_at: dt.datetime, reason: str) -> str:
    """The name earlier versions gave their copies (no store id, no sequence); read, never written."""
    return f"regionmgr-backup-{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}{SUFFIX}"


def short_id(store_id: str) -> str:
    return store_id.removeprefix(ID_PREFIX)[:8]


@dataclass(frozen=True)
class ParsedName:
    short_id: str  # "" for the names of earlier versions
    sequence: int  # 0 for the names of earlier versions
    taken_at: dt.datetime
    reason: str


def parse_name(path: Path) -> ParsedName | None:
    m = NAME_RE.match(path.name)
    if m:
        when = dt.datetime.strptime(m.group(3), STAMP_FORMAT).replace(tzinfo=UTC)
        return ParsedName(m.group(1), int(m.group(2)), when, m.group(4))
    m = LEGACY_RE.match(path.name)
    if m:
        return ParsedName("", 0, dt.datetime.strptime(m.group(1), STAMP_FORMAT).replace(tzinfo=UTC), m.group(2))
    m = UPGRADE_RE.match(path.name)
    if m:
        return ParsedName("", 0, dt.datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC), "upgrade")
    return None


def _real_folder(folder: Path) -> bool:
    """A folder we may read: a directory that is not itself a symbolic link."""
    return folder.is_dir() and not folder.is_symlink()


def list_backups(folders: Iterable[Path], store_id: str | None = None, legacy: bool = True) -> list[BackupInfo]:
    """The backups of the store ``store_id`` in ``folders``, newest first (by sequence).

    Only regular files (never a symbolic link, never inside a linked folder) named like our
    copies count, and only if the id kept inside them is ``store_id`` (any id when None).
    With ``legacy``, copies of earlier versions that hold no id are listed too (after the rest):
    they can't be told apart, so they are listed but never rotated out.
    """
    found: dict[tuple[int, int], BackupInfo] = {}
    for folder in folders:
        folder = Path(folder)
        if not _real_folder(folder):
            continue
        for path in folder.iterdir():
            parsed = parse_name(path)
            if parsed is None:
                continue
            try:
                st = path.lstat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            owner = copy_owner(path, st)
            if parsed.sequence and (owner is None or short_id(owner) != parsed.short_id):
                continue  # named as a copy of one store: its inside must say the same
            if owner is None and not legacy:
                continue
            if owner is not None and store_id is not None and owner != store_id:
                continue
            found[(st.st_dev, st.st_ino)] = BackupInfo(
                path, parsed.taken_at, st.st_size, parsed.reason, owner or "", parsed.sequence)
    return sorted(found.values(), key=order_key, reverse=True)


def order_key(b: BackupInfo) -> tuple[int, dt.datetime]:
    """Newest first: by sequence (never goes back with the clock), then by the recorded time."""
    return (b.sequence, b.taken_at)


def newest_backup(folders: Iterable[Path], store_id: str | None) -> BackupInfo | None:
    backups = list_backups(folders, store_id)
    return backups[0] if backups else None


def newest_backup_time(folders: Iterable[Path], store_id: str | None = None) -> dt.datetime | None:
    """When the newest copy (by sequence, not by wall time) was taken, by the clock of then."""
    newest = newest_backup(folders, store_id)
    return newest.taken_at if newest else None


def next_sequence(folders: Iterable[Path], store_id: str) -> int:
    return max((b.sequence for b in list_backups(folders, store_id, legacy=False)), default=0) + 1


# -- taking ------------------------------------------------------------------------
def _prepare_folder(folder: Path) -> None:
    """Create the folder (private when we create it); refuse a folder that is a symbolic link."""
    if folder.is_symlink():
        raise BackupError(f"the backup folder {folder} is a symbolic link (to {os.readlink(folder)}); "
                          "backups are never written through a link: choose the folder it points to")
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and not folder.is_symlink():
        os.chmod(folder, 0o700)


def make_backup(
    store_path: Path,
    folder: Path,
    reason: str = "auto",
    now: dt.datetime | None = None,
    rotate_after: bool = True,
    known_folders: Iterable[Path] = (),
) -> BackupResult:
    """Copy the store at ``store_path`` into ``folder``, check the copy, then rotate.

    The copy is named with the store's id and the next sequence number of its copies in
    ``folder`` and ``known_folders``, and holds the id inside (the store's own ``setting`` row).
    Raises BackupError if the copy can't be written or fails its check (the
    failed copy is not kept under a backup name, and nothing is rotated out).
    """
    now = now or dt.datetime.now(UTC)
    folder = Path(folder)
    try:
        _prepare_folder(folder)
        store_id = ensure_store_id(store_path, now)
        sequence = next_sequence([folder, *known_folders], store_id)
        counts = source_counts(store_path)
        target = folder / copy_name(store_id, sequence, now, reason)
        with atomic_path(target, 0o600) as tmp:
            src = _ro(store_path)
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
    info = BackupInfo(target, now, target.stat().st_size, reason, store_id, sequence)
    alert = suspicious(verification.counts, counts)
    removed: tuple[Path, ...] = ()
    if rotate_after and not alert:
        removed = tuple(rotate(folder, store_id, protect=target))
    return BackupResult(info, verification, counts, alert, removed)


# -- rotation ----------------------------------------------------------------------
def to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Which of ``backups`` the retention rules keep (the rest may be deleted).

    Copies are taken newest first by sequence, so a clock set back never makes the current
    work look old: the newest copies are kept whatever time they carry.
    """
    regular = sorted((b for b in backups if not b.is_upgrade_copy), key=order_key, reverse=True)
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


def rotate(folder: Path, store_id: str, protect: Path | None = None) -> list[Path]:
    """Delete the copies of store ``store_id`` in ``folder`` that retention no longer needs.

    Only files named as this store's copies whose inside holds this store's id are ever
    deleted: never another store's copy, a copy of an earlier version, a copy taken before
    an upgrade, a symbolic link or a file that merely looks like a backup. ``protect``
    (the copy just verified) is never deleted.
    """
    backups = [b for b in list_backups([folder], store_id, legacy=False) if b.sequence and b.store_id == store_id]
    keep = to_keep(backups)
    protected = Path(protect).resolve() if protect is not None else None
    removed = []
    for b in backups:
        if b.path in keep or b.path.resolve() == protected:
            continue
        try:
            if not stat.S_ISREG(b.path.lstat().st_mode):
                continue
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


def newest_good_backup(folders: Iterable[Path], store_path: Path | None = None) -> BackupInfo | None:
    """The newest copy of the store at ``store_path`` in ``folders`` that passes its check, or None.

    Only copies that hold the store's id are offered (read from the store, or from its bytes
    when it is damaged); if the store's id can't be found at all, none is (it could be another
    store's). Without ``store_path``: any copy (the behaviour of earlier versions).
    """
    if store_path is None:
        candidates = list_backups(folders)
    else:
        store_id = read_store_id(store_path)
        if store_id is None:
            return None
        candidates = list_backups(folders, store_id, legacy=False)
    for b in candidates:
        if verify_copy(b.path).ok:
            return b
    return None
