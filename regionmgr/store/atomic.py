"""Atomic file writes: a temporary name beside the target, flushed, synced, then renamed.

A crash or a full disk leaves either the previous file or the complete new one
under the final name, never a truncated one; the temporary file is removed on
failure.

It lives in the store layer so the backups use it too; ``regionmgr.core.atomic``
gives the same functions to core and the UI.
"""

from __future__ import annotations

import os
import tempfile
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
