"""Atomic file writes: a temporary name beside the target, flushed, synced, then renamed.

A crash or a full disk leaves either the previous file or the complete new one
under the final name, never a truncated one; the temporary file is removed on
failure.

It lives in the store layer so the backups use it too; ``regionmgr.core.atomic``
gives the same functions to core and the UI.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_path(target: Path | str, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    For writers that want a file name (QPdfWriter, sqlite3 backup, zipfile).
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        sync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path | str, data: bytes, mode: int = 0o600) -> Path:
    with atomic_path(target, mode) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: Path | str, text: str, encoding: str = "utf-8", mode: int = 0o600) -> Path:
    return write_bytes(target, text.encode(encoding), mode)


def write_with(target: Path | str, writer: Callable[[IO[bytes]], None], mode: int = 0o600) -> Path:
    """Stream into ``target`` through ``writer(fileobj)``, atomically."""
    with atomic_path(target, mode) as tmp, open(tmp, "wb") as fh:
        writer(fh)
    return Path(target)


def sync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- our own leftovers ------------------------------------------------------------------
# A writer killed mid-way (a backup, a restore, the check of a store's log) leaves its hidden
# temporary file: ``.<target>.<8 random characters>.part`` (``atomic_path``; SQLite may add
# ``-journal``, ``-wal`` or ``-shm`` beside it) or ``.check`` (the copy a store's log is checked on).
TEMP_RE = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.(?:part|check)(?:-journal|-wal|-shm)?$")
LEFTOVER_AGE = 10 * 60  # seconds: younger files may belong to a writer still at work


def remove_leftovers(folder: Path | str, targets: tuple[str, ...], min_age: float = LEFTOVER_AGE,
                     now: float | None = None) -> list[Path]:
    """Delete our own temporary files left in ``folder`` by killed writers; return them.

    Only regular files (never symlinks, never folders) whose name is exactly our temporary
    pattern for a target whose name starts with one of ``targets``, last changed more than
    ``min_age`` seconds ago. Errors are ignored (the next start tries again).
    """
    folder = Path(folder)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = TEMP_RE.match(entry.name)
        if m is None or not m.group("target").startswith(targets):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < min_age:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
