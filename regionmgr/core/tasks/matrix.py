"""The open tasks sorted into the urgent/important matrix, read fast as plain rows.

One query (``store.queries.tasks.matrix_rows``) reads every open task the matrix
shows, as plain rows (no ORM objects), with what ``priority.place`` needs: the flags, the due instant and
the task's country's working week. Parents of a split task are left out while
they have unfinished parts: the parts (each with its own due date) are what
gets done, and they say which request they belong to.

A drag to another quadrant sets the flags of that quadrant (``move_outcome``
says what will happen); urgency that comes from the deadline cannot be dragged
away: the task keeps showing in the urgent quadrant of its new importance until
its due date changes, and the page says why.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.tasks.priority import (
    URGENT_WITHIN_WORKING_DAYS,
    Placement,
    Quadrant,
    flags_for,
    place,
)
from regionmgr.store import codec
from regionmgr.store.queries import tasks as tq

UTC = dt.UTC
log = logging.getLogger(__name__)


class Matrix(dict[Quadrant, list["MatrixRow"]]):
    """The quadrants' rows; ``unreadable``: the ids of open tasks left out because a stored date
    can't be read back (``store.codec``), so the page can say so."""

    unreadable: list[str]

    def __init__(self) -> None:
        super().__init__({q: [] for q in Quadrant})
        self.unreadable = []


@dataclass(frozen=True)
class MatrixRow:
    """One open task as the matrix shows it."""

    id: str
    title: str
    urgent: bool  # the stored flags
    important: bool
    due_at: dt.datetime | None  # aware UTC (a floating time placed in the user's zone)
    country_code: str
    zone: str  # the country's zone (the user's when the task has no country)
    requester: str
    parent_title: str
    placement: Placement
    parent_id: str | None = None
    requested_due_on: dt.date | None = None  # the deadline asked for (``due_at`` is the agreed one)

    @property
    def quadrant(self) -> Quadrant:
        return self.placement.quadrant

    @property
    def urgent_by_deadline(self) -> bool:
        """Would the deadline alone make it urgent (whatever its flag says)?"""
        left = self.placement.working_days_left
        return left is not None and left <= URGENT_WITHIN_WORKING_DAYS


def count_open(store) -> int:
    """How many open tasks there are (to decide whether to load in the background)."""
    return tq.count_open(store.raw())


def load_matrix_at(path, now: dt.datetime, user_zone: str = "UTC") -> Matrix:
    """``load_matrix`` on its own read-only connection to the store file (for a worker thread)."""
    conn = tq.reader(str(path))
    try:
        return load_matrix(conn, now, user_zone)
    finally:
        conn.close()


def load_matrix(store, now: dt.datetime, user_zone: str = "UTC") -> Matrix:
    """Every open task placed in its quadrant at ``now``; each list ordered by due date, then title.
    A task whose due time can't be read back is left out, logged and listed in ``unreadable``.

    ``store`` is a ``Store`` or a plain sqlite3 connection.
    """
    conn = store if isinstance(store, sqlite3.Connection) else store.raw()
    out = Matrix()
    weeks: dict[tuple, WorkWeek] = {}
    user = ZoneInfo(user_zone)
    by_zone: dict[str, WorkWeek] = {}
    for (tid, title, urgent, important, due_at, _due_tz, floating, due_local, requester,
         code, zone, work_days, start_min, end_min, parent_title, parent_id, requested) in tq.matrix_rows(conn):
        if code:
            key = (code, zone, work_days, start_min, end_min)
            week = weeks.get(key)
            if week is None:
                week = weeks[key] = WorkWeek(code, zone, work_days, start_min, end_min)
        else:
            week = by_zone.setdefault(user_zone, WorkWeek(code="", timezone=user_zone))
        due: dt.datetime | None
        try:
            wall = codec.wall(due_local) if floating else None
            due = wall.replace(tzinfo=user).astimezone(UTC) if wall is not None else codec.instant(due_at)
            asked = codec.day(requested) if requested else None
        except codec.Unreadable as exc:
            log.warning("task %s left out of the matrix: %s", tid, exc)
            out.unreadable.append(tid)
            continue
        placement = place(bool(urgent), bool(important), due, week, now)
        row = MatrixRow(tid, title, bool(urgent), bool(important), due, code or "",
                        week.timezone, requester or "", parent_title or "", placement, parent_id, asked)
        out[placement.quadrant].append(row)
    far = dt.datetime.max.replace(tzinfo=UTC)
    for rows in out.values():
        rows.sort(key=lambda r: (r.due_at or far, r.title.casefold()))
    return out


@dataclass(frozen=True)
class MoveOutcome:
    """What dragging tasks into ``target`` does."""

    changes: dict[str, dict[str, bool]]  # task id -> new flags (only tasks whose flags change)
    kept_urgent: list[MatrixRow]  # tasks that stay urgent because of their deadline

    @property
    def writes(self) -> bool:
        return bool(self.changes)


def move_outcome(rows: list[MatrixRow], target: Quadrant) -> MoveOutcome:
    """The flag changes a drag of ``rows`` to ``target`` makes, and who stays urgent regardless."""
    flags = flags_for(target)
    changes = {
        r.id: flags for r in rows if (r.urgent, r.important) != (flags["urgent"], flags["important"])
    }
    kept = [r for r in rows if not target.urgent and r.urgent_by_deadline]
    return MoveOutcome(changes, kept)
