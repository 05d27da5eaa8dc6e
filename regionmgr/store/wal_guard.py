"""A store's write-ahead log (``<store>-wal``) is replayed into it when it is opened: only ours.

SQLite replays any log with valid checksums found beside a database, whatever database wrote
it: a stale log, or one from another store (a sync tool, a copied folder), rewrites pages of
ours with pages of another file, and ``quick_check`` may not notice. SQLite keeps no link
between a database and its log, so we keep one: a small hidden record beside the store
(``.<store>.state``, JSON) says whether the store was closed cleanly (and the file's size,
change time and inode then) or is open, with the salts of the log the app last saw (the
salts change each time SQLite starts the log afresh).

On opening, a log is

* replayed as usual when the record says the store is open and names this log's salts (after
  a crash: the user's last commits are in it), or when another running process of ours has the
  store open (its log is live);
* set aside without a look when the record says the store was closed cleanly and the file has
  not changed since: SQLite removes the log on a clean close, so this one is not ours;
* otherwise (no record, other salts: an older version, or a crash just after SQLite started a
  new log) checked first: applied to a *copy* of the store, which must pass ``integrity_check``,
  ``foreign_key_check`` and the schema check; only then is it replayed.

A log that is set aside is moved (renamed, never rewritten) to ``quarantine/`` beside the
store, with a copy of the store as it was, and a notice tells the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regionmgr.store.atomic import sync_dir, write_text

WAL_HEADER = 32
WAL_MAGIC = (0x377F0682, 0x377F0683)
NOTICE_STRAY_LOG = "stray-log"  # a log beside a store that was closed cleanly: not ours
NOTICE_BAD_LOG = "bad-log"  # a log of unknown origin that failed its check on a copy
QUARANTINE = "quarantine"


@dataclass(frozen=True)
class StoreNotice:
    """Something the user must be told about after the store opened (technical ``problem``)."""

    kind: str
    path: Path  # where the log was set aside
    problem: str = ""


def state_path(store_path: Path) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(f".{store_path.name}.state")


def _wal(store_path: Path) -> Path:
    return Path(str(store_path) + "-wal")


def read_state(store_path: Path) -> dict[str, Any]:
    try:
        value = json.loads(state_path(store_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write_state(store_path: Path, **fields: Any) -> None:
    try:
        write_text(state_path(store_path), json.dumps(fields))
    except OSError:  # e.g. a full disk: no record at all (a log is then checked before replay)
        with contextlib.suppress(OSError):
            state_path(store_path).unlink(missing_ok=True)


def _file_id(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def wal_salts(store_path: Path) -> str | None:
    """The salts of the log beside ``store_path`` (hex), or None if there is no valid log."""
    try:
        with open(_wal(store_path), "rb") as fh:
            head = fh.read(WAL_HEADER)
    except OSError:
        return None
    if len(head) < WAL_HEADER or int.from_bytes(head[:4], "big") not in WAL_MAGIC:
        return None
    return head[16:24].hex()


# -- the record kept while the app works ----------------------------------------------
_LIVE: Counter[str] = Counter()  # stores open in this process (their log is live)


def _key(store_path: Path) -> str:
    return str(Path(store_path).resolve())


def register(store_path: Path) -> None:
    _LIVE[_key(store_path)] += 1


def unregister(store_path: Path) -> None:
    key = _key(store_path)
    _LIVE[key] -= 1
    if _LIVE[key] <= 0:
        del _LIVE[key]


def mark_open(store_path: Path) -> str | None:
    """Record (durably, before any write) that the store is open; return the log's salts."""
    salts = wal_salts(store_path)
    _write_state(store_path, state="open", pid=os.getpid(), salts=salts)
    return salts


def note_salts(store_path: Path, known: str | None) -> str | None:
    """After a commit: record the log's salts if SQLite started a new log since ``known``."""
    salts = wal_salts(store_path)
    if salts is not None and salts != known:
        _write_state(store_path, state="open", pid=os.getpid(), salts=salts)
    return salts


def mark_closed(store_path: Path, backup: str | None = None) -> bool:
    """After the last connection closed: record a clean close if no log is left (else nothing).

    ``backup``: the name of a copy the store is known to equal (nothing changed since it was
    taken); the next start needs no copy of its own if the file is still as recorded here."""
    if _key(store_path) in _LIVE:
        return False
    try:
        if _wal(store_path).stat().st_size > 0:
            return False  # another connection still has it open: not a clean close
    except FileNotFoundError:
        pass
    except OSError:
        return False
    fields: dict[str, Any] = {"state": "closed", "file": _file_id(store_path)}
    if backup:
        fields["backup"] = backup
    _write_state(store_path, **fields)
    return True


def backed_up_as(store_path: Path) -> str | None:
    """The copy the store equals, as recorded at its last clean close, if the file is still exactly
    as it was then (same size, change time and inode, no log beside it); else None."""
    state = read_state(store_path)
    backup = state.get("backup")
    if state.get("state") != "closed" or not isinstance(backup, str) or state.get("file") != _file_id(store_path):
        return None
    try:
        if _wal(store_path).stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    return backup


def _pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name != "posix":
        return True  # can't tell safely: assume the log is live (SQLite replays it, as before)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _in_use(store_path: Path, state: dict[str, Any]) -> bool:
    if _key(store_path) in _LIVE:
        return True
    pid = state.get("pid")
    return state.get("state") == "open" and pid != os.getpid() and _pid_alive(pid)


# -- on opening ---------------------------------------------------------------------------
def screen(store_path: Path, check: Callable[[sqlite3.Connection], str],
           now: dt.datetime | None = None) -> list[StoreNotice]:
    """Decide whether the log beside ``store_path`` may be replayed; set it aside if not.

    ``check(conn)`` returns why a copy with the log applied is not a good store ('' if it is).
    Never writes to the store itself.
    """
    store_path = Path(store_path)
    wal = _wal(store_path)
    try:
        st = os.lstat(wal)
    except FileNotFoundError:
        return []
    state = read_state(store_path)
    problem = ""
    if stat.S_ISREG(st.st_mode):
        if st.st_size <= WAL_HEADER or _in_use(store_path, state):
            return []  # nothing to replay, or the live log of a running app
        salts = wal_salts(store_path)
        if salts is None:
            return []  # not a log: SQLite ignores it
        if state.get("state") == "open" and state.get("salts") == salts:
            return []  # ours, after a crash: the user's last commits
        known_foreign = not store_path.exists() or (
            state.get("state") == "closed" and state.get("file") == _file_id(store_path))
        if not known_foreign:
            problem = _check_on_copy(store_path, check)
            if not problem:
                return []
    elif _in_use(store_path, state):
        return []
    kind = NOTICE_BAD_LOG if problem else NOTICE_STRAY_LOG
    return [StoreNotice(kind, quarantine(store_path, now), problem)]


def _check_on_copy(store_path: Path, check: Callable[[sqlite3.Connection], str]) -> str:
    fd, name = tempfile.mkstemp(prefix=f".{store_path.name}.", suffix=".check", dir=store_path.parent)
    os.close(fd)
    copy = Path(name)
    try:
        shutil.copyfile(store_path, copy)
        shutil.copyfile(_wal(store_path), Path(name + "-wal"))
        conn = sqlite3.connect(copy)
        try:
            return check(conn)
        except sqlite3.DatabaseError as exc:
            return str(exc)
        finally:
            conn.close()
    except OSError as exc:
        return str(exc)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)


def quarantine(store_path: Path, now: dt.datetime | None = None) -> Path:
    """Move the log (and its index) aside into ``quarantine/``, beside a copy of the store."""
    now = now or dt.datetime.now(dt.UTC)
    folder = store_path.parent / QUARANTINE
    folder.mkdir(exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    stem = f"{store_path.name}-{now.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
    base, n = folder / stem, 1
    while os.path.lexists(str(base) + "-wal") or os.path.lexists(base):
        base, n = folder / f"{stem}-{n}", n + 1
    if store_path.is_file():
        shutil.copy2(store_path, base)  # the store as it was, to study the pair later
    aside = Path(str(base) + "-wal")
    os.replace(_wal(store_path), aside)
    shm = Path(str(store_path) + "-shm")
    if os.path.lexists(shm):
        os.replace(shm, Path(str(base) + "-shm"))
    sync_dir(store_path.parent)
    sync_dir(folder)
    return aside
