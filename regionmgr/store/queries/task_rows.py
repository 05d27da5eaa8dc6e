"""One task's stored values as plain Python, read and written with sqlite3 (no ORM).

The task list's edits (in place, in the detail pane, in bulk) and the detail pane's
read go through here, so clicking and editing a task loads no SQLAlchemy (~30 MiB
and ~0.3 s on the first click). The values are the ORM's: instants as aware UTC
datetimes (stored as naive UTC text), the floating due time as a naive wall-clock
datetime, dates, booleans (decoded and encoded by ``store.codec``); a write stamps
``updated_at`` as the ORM does. A test checks both against ``core.ops`` on the same
rows, and that ``COLUMNS`` is the model's column list.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from regionmgr.store import codec, vocab

COLUMNS = (
    "id", "created_at", "updated_at", "title", "notes", "country_id", "requester", "urgent", "important",
    "status", "due_at", "due_tz", "due_floating", "due_local", "due_all_day", "delegated_to",
    "delegated_contact_id", "delegated_at", "follow_up_on", "parent_id", "position", "start_on", "completed_at",
    "channel", "parked_at", "requested_due_on", "deadline_agreed_on", "deadline_note", "recurrence",
)
INSTANTS = frozenset({"created_at", "updated_at", "due_at", "delegated_at", "completed_at", "parked_at"})
WALL_CLOCK = frozenset({"due_local"})
DATES = frozenset({"follow_up_on", "start_on", "requested_due_on", "deadline_agreed_on"})
BOOLS = frozenset({"urgent", "important", "due_floating", "due_all_day"})
WRITABLE = frozenset(COLUMNS) - {"id", "created_at", "updated_at"}
_CHUNK = 500


class TasksGone(LookupError):
    """Some of the tasks to change no longer exist (``args[0]``: their ids); nothing was written."""


def _python(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in INSTANTS:
        return codec.instant(value)
    if column in WALL_CLOCK:
        return codec.wall(value)
    if column in DATES:
        return codec.day(value)
    if column in BOOLS:
        return bool(value)
    return value


def _stored(column: str, value: Any) -> Any:
    if column not in WRITABLE:
        raise KeyError(f"task has no writable column {column!r}")
    if value is None:
        return None
    if column in INSTANTS:
        if not isinstance(value, dt.datetime):
            raise ValueError(f"{column} needs a datetime")
        return codec.stored_instant(value)  # refuses a naive datetime
    if column in WALL_CLOCK:
        return codec.stored_wall(value)  # the wall-clock fields, whatever zone is attached
    if column in DATES:
        return codec.stored_day(value)
    if column in BOOLS:
        return int(bool(value))
    return value


def read(conn: sqlite3.Connection, task_id: str) -> dict[str, Any] | None:
    """Every column of one task, or None when it no longer exists."""
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM task WHERE id = ?", (task_id,)).fetchone()
    return None if row is None else {c: _python(c, v) for c, v in zip(COLUMNS, row, strict=True)}


def _olds(conn: sqlite3.Connection, ids: list[str], columns: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        for row in conn.execute(f"SELECT id, {', '.join(columns)} FROM task WHERE id IN "
                                f"({','.join('?' * len(chunk))})", chunk):
            out[row[0]] = {c: _python(c, v) for c, v in zip(columns, row[1:], strict=True)}
    return out


def _write(conn: sqlite3.Connection, rows: Iterable[tuple[str, Mapping[str, Any]]], now: dt.datetime,
           ids: list[str] | None = None, columns: list[str] | None = None,
           inserts: Iterable[Mapping[str, Any]] = (), deletes: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """In one durable transaction: read the old values of ``columns`` for ``ids`` (when given),
    then set each row's values and ``updated_at``; add the ``inserts`` rows, delete ``deletes``."""
    stamp = codec.stored_instant(now)
    conn.execute("BEGIN IMMEDIATE")
    try:
        olds = _olds(conn, ids, columns or ["id"]) if ids is not None else {}
        if ids is not None and len(olds) != len(set(ids)):
            raise TasksGone(sorted(set(ids) - set(olds)))  # nothing written
        for task_id, values in rows:
            stored = {c: _stored(c, v) for c, v in values.items()}
            sets = ", ".join(f"{c} = ?" for c in stored)
            conn.execute(f"UPDATE task SET {sets}{', ' if sets else ''}updated_at = ? WHERE id = ?",
                         (*stored.values(), stamp, task_id))
        for values in inserts:
            _insert(conn, values, stamp)
        for task_id in deletes:
            conn.execute("DELETE FROM task WHERE id = ?", (task_id,))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return olds


def update(conn: sqlite3.Connection, ids: list[str], changes: Mapping[str, Any],
           now: dt.datetime) -> dict[str, dict[str, Any]]:
    """The same ``changes`` on every task in ``ids``; returns each task's old values.

    All or nothing: ``TasksGone`` when a task no longer exists."""
    for column, value in changes.items():
        _stored(column, value)  # refuse a bad column or value before writing anything
    return _write(conn, ((i, changes) for i in ids), now, list(ids), list(changes))


def update_each(conn: sqlite3.Connection, changes: Mapping[str, Mapping[str, Any]],
                now: dt.datetime) -> dict[str, dict[str, Any]]:
    """Each task's own ``changes[id]``, in one transaction; returns each task's old values of every
    column changed. All or nothing: ``TasksGone`` when a task no longer exists."""
    columns = sorted({column for values in changes.values() for column in values})
    for values in changes.values():
        for column, value in values.items():
            _stored(column, value)
    return _write(conn, changes.items(), now, list(changes), columns)


def restore(conn: sqlite3.Connection, olds: Mapping[str, Mapping[str, Any]], now: dt.datetime) -> None:
    """Put back per-task values returned by ``update`` (undo); tasks gone since are skipped."""
    _write(conn, olds.items(), now)


# -- recurring tasks (``core.tasks.recurrence``) -----------------------------------------------
NEW_TASK = {  # a new row's values where the caller gives none (the model's defaults)
    "notes": "", "country_id": None, "requester": "", "urgent": False, "important": False, "status": "open",
    "due_at": None, "due_tz": None, "due_floating": False, "due_local": None, "due_all_day": True,
    "delegated_to": "", "delegated_contact_id": None, "delegated_at": None, "follow_up_on": None,
    "parent_id": None, "position": 0, "start_on": None, "completed_at": None, "channel": "", "parked_at": None,
    "requested_due_on": None, "deadline_agreed_on": None, "deadline_note": "", "recurrence": "",
}


def _insert(conn: sqlite3.Connection, values: Mapping[str, Any], stamp: str) -> None:
    row = {**NEW_TASK, **values}
    stored = {"id": str(row.pop("id")), "created_at": codec.stored_instant(row.pop("created_at"))}
    stored.update((c, _stored(c, v)) for c, v in row.items())
    stored["updated_at"] = stamp
    conn.execute(f"INSERT INTO task ({', '.join(stored)}) VALUES ({', '.join('?' * len(stored))})",
                 tuple(stored.values()))


def recurring_among(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Every column of the tasks in ``ids`` that repeat (a rule) and are not finished yet."""
    out: list[dict[str, Any]] = []
    finished = f"'{vocab.DONE}', '{vocab.DROPPED}'"
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM task WHERE recurrence <> '' AND status NOT IN "
                            f"({finished}) AND id IN ({','.join('?' * len(chunk))})", chunk)
        out.extend({c: _python(c, v) for c, v in zip(COLUMNS, row, strict=True)} for row in rows)
    return out


def update_and_insert(conn: sqlite3.Connection, changes: Mapping[str, Mapping[str, Any]],
                      new_rows: Sequence[Mapping[str, Any]], now: dt.datetime) -> dict[str, dict[str, Any]]:
    """``update_each`` and new task rows (``id`` and ``created_at`` given), in one transaction."""
    columns = sorted({column for values in changes.values() for column in values})
    return _write(conn, changes.items(), now, list(changes), columns, inserts=new_rows)


def restore_and_delete(conn: sqlite3.Connection, olds: Mapping[str, Mapping[str, Any]], new_ids: list[str],
                       now: dt.datetime) -> None:
    """Undo ``update_and_insert``: the old values back, the new rows deleted, in one transaction."""
    _write(conn, olds.items(), now, deletes=new_ids)


def recurring_rowids(conn: sqlite3.Connection, rowids: list[int] | None = None) -> dict[int, str]:
    """rowid -> repeat rule text of every recurring task (the list's marker), or of those among
    ``rowids``."""
    if rowids is None:
        return dict(conn.execute("SELECT rowid, recurrence FROM task WHERE recurrence <> ''").fetchall())
    out: dict[int, str] = {}
    for i in range(0, len(rowids), _CHUNK):
        chunk = rowids[i:i + _CHUNK]
        out.update(conn.execute(f"SELECT rowid, recurrence FROM task WHERE recurrence <> '' AND rowid IN "
                                f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return out
