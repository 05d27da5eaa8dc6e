"""The time log: one running timer at a time, manual entries, and recovery of a forgotten timer.

A timer is a ``TimeEntry`` whose ``ended_at`` is None. Starting a timer stops
the running one at the same instant, so at most one entry is ever running.
Each write returns what its undo needs (the UI wraps them in undo commands).

Forgotten timers: while a timer runs, the UI records a heartbeat (the last
instant the app was seen awake) in the ``setting`` table. At the next start, or
when the heartbeat shows a long gap (a laptop sleep), ``find_idle`` reports the
running entry and the user chooses with ``resolve_idle``: keep all the time,
stop at the last activity, or discard the entry.

The toolbar timer reads (``running``, ``find_idle``) and beats (``heartbeat``)
from start-up on with plain SQL (``store.raw()``); SQLAlchemy is imported only
by the writes a user asks for (start, stop, undo, edits) and by the lists.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks.rules import parse_stored_instant, stored_instant
from regionmgr.store.db import Store
from regionmgr.store.queries import tasks as task_queries
from regionmgr.store.queries import time as tq

UTC = dt.UTC
HEARTBEAT_KEY = "timelog/last_activity"
# A running timer older than this at app start is questioned.
MAX_RUN = dt.timedelta(hours=4)
# A gap this long between two heartbeats (sleep, app closed) is questioned.
MAX_GAP = dt.timedelta(minutes=15)
# A manual entry longer than this is almost surely a typing error.
MAX_ENTRY = dt.timedelta(hours=24)


class IdleChoice(enum.Enum):
    KEEP_ALL = "keep_all"  # the timer keeps running, all the time counts
    STOP_AT_LAST_ACTIVITY = "stop_at_last_activity"  # ends when the app was last seen awake
    DISCARD = "discard"  # the entry is deleted


@dataclass(frozen=True)
class RunningTimer:
    entry_id: str
    started_at: dt.datetime
    task_id: str | None
    country_id: str | None
    label: str  # "FR · Task title" or "FR"
    comment: str = ""


@dataclass(frozen=True)
class IdleTimer:
    """A running timer that may have counted time nobody worked."""

    entry_id: str
    started_at: dt.datetime
    last_activity: dt.datetime
    now: dt.datetime
    label: str

    @property
    def idle_for(self) -> dt.timedelta:
        return self.now - self.last_activity


@dataclass(frozen=True)
class StartUndo:
    new_id: str
    stopped_id: str | None


# -- reading -----------------------------------------------------------------------
def new_entry_id() -> str:
    """An id for a time entry about to be started (kept by the undo command, so a redo reuses it)."""
    return str(uuid.uuid4())


def running(store: Store) -> RunningTimer | None:
    """The running timer, or None."""
    row = tq.running_entry(store.raw())
    if row is None:
        return None
    entry_id, started_at, task_id, country_id, comment, title, code = row
    code = code or ""
    if title is not None:  # on a task: "FR · title"
        label = f"{code} · {title}" if code else title
    else:
        label = code
    return RunningTimer(entry_id, parse_stored_instant(started_at), task_id, country_id, label, comment or "")


def country_codes(store: Store) -> list[tuple[str, str]]:
    """(id, code) of every country, in the user's order: what the toolbar timer can be started on."""
    return [(row[1], row[2]) for row in task_queries.countries(store.raw())]


# -- timer -------------------------------------------------------------------------
def start(store: Store, now: dt.datetime, task_id: str | None = None,
          country_id: str | None = None, comment: str = "", new_id: str | None = None) -> StartUndo:
    """Stop the running timer (if any) at ``now`` and start one on a task or a country."""
    from sqlalchemy import select

    from regionmgr.store.models import Country, Task, TimeEntry

    if not task_id and not country_id:
        raise ValidationError("Choose a task or a country to time.")
    new_id = new_id or new_entry_id()
    with store.write() as session:
        if task_id and session.get(Task, task_id) is None:
            raise ValidationError("This task no longer exists.")
        if country_id and session.get(Country, country_id) is None:
            raise ValidationError("This country no longer exists.")
        stopped_id = None
        for entry in session.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))):
            entry.ended_at = max(now, entry.started_at)
            stopped_id = entry.id
        session.add(TimeEntry(id=new_id, task_id=task_id, country_id=country_id,
                              started_at=now, ended_at=None, comment=comment))
    heartbeat(store, now)
    return StartUndo(new_id, stopped_id)


def undo_start(store: Store, undo: StartUndo) -> None:
    """Remove the started entry and let the previously running one run again."""
    from regionmgr.store.models import TimeEntry

    with store.write() as session:
        entry = session.get(TimeEntry, undo.new_id)
        if entry is not None:
            session.delete(entry)
        if undo.stopped_id:
            previous = session.get(TimeEntry, undo.stopped_id)
            if previous is not None:
                previous.ended_at = None


def stop(store: Store, now: dt.datetime) -> str | None:
    """Stop the running timer at ``now``; return its id (None: nothing was running)."""
    from sqlalchemy import select

    from regionmgr.store.models import TimeEntry

    with store.write() as session:
        stopped = None
        for entry in session.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))):
            entry.ended_at = max(now, entry.started_at)
            stopped = entry.id
    return stopped


def undo_stop(store: Store, entry_id: str | None) -> None:
    if entry_id:
        _update_entry(store, entry_id, {"ended_at": None})


def _update_entry(store: Store, entry_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    from regionmgr.core import ops
    from regionmgr.store.models import TimeEntry

    return ops.update(store, TimeEntry, entry_id, values)


# -- manual entries and edits ------------------------------------------------------
def validate_entry(values: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Check a manual entry or an edit; return the values to write (raises ValidationError).

    ``values`` holds task_id and/or country_id, started_at, ended_at (aware), comment.
    """
    out = dict(values)
    if not out.get("task_id") and not out.get("country_id"):
        raise ValidationError("Choose a task or a country for this time.")
    start_at, end_at = out.get("started_at"), out.get("ended_at")
    if start_at is None:
        raise ValidationError("Give the time the work started.")
    if start_at.tzinfo is None or (end_at is not None and end_at.tzinfo is None):
        raise ValidationError("Times need a time zone.")
    if end_at is not None:
        if end_at <= start_at:
            raise ValidationError("The end must be after the start.")
        if end_at - start_at > MAX_ENTRY:
            raise ValidationError("An entry can't be longer than 24 hours; split it by day.")
        if end_at > now + dt.timedelta(minutes=1):
            raise ValidationError("The end is in the future.")
    elif start_at > now:
        raise ValidationError("The start is in the future.")
    out["comment"] = str(out.get("comment") or "")[:500]
    return out


# -- forgotten timers --------------------------------------------------------------
def heartbeat(store: Store, now: dt.datetime) -> None:
    """Record that the app is awake now (the UI calls it every minute while a timer runs)."""
    tq.put_setting(store.raw(), HEARTBEAT_KEY, now.astimezone(UTC).isoformat(), stored_instant(dt.datetime.now(UTC)))


def last_activity(store: Store) -> dt.datetime | None:
    value = tq.setting(store.raw(), HEARTBEAT_KEY)
    if not value:
        return None
    try:
        seen = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return seen if seen.tzinfo else seen.replace(tzinfo=UTC)


def find_idle(store: Store, now: dt.datetime, at_startup: bool = False,
              max_run: dt.timedelta = MAX_RUN, max_gap: dt.timedelta = MAX_GAP) -> IdleTimer | None:
    """The running timer if it may hold idle time, else None.

    Questioned when the last heartbeat is older than ``max_gap`` (the laptop
    slept, or the app was closed with the timer running), or, at start-up, when
    the timer has run for longer than ``max_run``.
    """
    timer = running(store)
    if timer is None:
        return None
    seen = last_activity(store)
    if seen is None or seen < timer.started_at:
        seen = timer.started_at
    seen = min(seen, now)
    gap = now - seen > max_gap
    long_run = at_startup and now - timer.started_at > max_run
    if not (gap or long_run):
        return None
    return IdleTimer(timer.entry_id, timer.started_at, seen, now, timer.label)


def resolve_idle(store: Store, idle: IdleTimer, choice: IdleChoice) -> tuple[str, Any]:
    """Apply the user's choice; return ``(kind, undo data)`` for ``undo_resolve``."""
    if choice is IdleChoice.KEEP_ALL:
        heartbeat(store, idle.now)
        return ("none", None)
    if choice is IdleChoice.STOP_AT_LAST_ACTIVITY:
        end = max(idle.last_activity, idle.started_at)
        return ("update", _update_entry(store, idle.entry_id, {"ended_at": end}))
    from regionmgr.core import ops
    from regionmgr.store.models import TimeEntry

    return ("delete", ops.delete(store, TimeEntry, [idle.entry_id]))


def undo_resolve(store: Store, idle: IdleTimer, data: tuple[str, Any]) -> None:
    kind, payload = data
    if kind == "update":
        _update_entry(store, idle.entry_id, payload)
    elif kind == "delete":
        from regionmgr.core import ops

        ops.restore(store, payload)


# -- listing -----------------------------------------------------------------------
@dataclass(frozen=True)
class EntryRow:
    id: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    task_id: str | None
    task_title: str
    country_id: str | None  # the task's country when on a task
    country_code: str
    comment: str

    def duration(self, now: dt.datetime) -> dt.timedelta:
        return (self.ended_at or now) - self.started_at


def list_entries(store: Store, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 limit: int = 2000) -> list[EntryRow]:
    """Entries overlapping [start, end), newest first."""
    from sqlalchemy import select

    from regionmgr.store.models import Country, Task, TimeEntry

    stmt = (
        select(TimeEntry, Task.title, Task.country_id)
        .outerjoin(Task, Task.id == TimeEntry.task_id)
        .order_by(TimeEntry.started_at.desc())
        .limit(limit)
    )
    if end is not None:
        stmt = stmt.where(TimeEntry.started_at < end)
    if start is not None:
        stmt = stmt.where((TimeEntry.ended_at.is_(None)) | (TimeEntry.ended_at > start))
    with store.session() as session:
        codes = dict(session.execute(select(Country.id, Country.code)).all())
        rows = []
        for entry, title, task_country in session.execute(stmt):
            cid = task_country or entry.country_id
            rows.append(EntryRow(entry.id, entry.started_at, entry.ended_at, entry.task_id,
                                 title or "", cid, codes.get(cid, ""), entry.comment))
    return rows


def targets(store: Store, include_task: str | None = None) -> list[tuple[str, str, str]]:
    """What time can be logged on: ("country", id, "FR") then ("task", id, "FR · title").

    Tasks are the open and waiting ones (plus ``include_task``, e.g. the one an edited entry is on).
    """
    from sqlalchemy import select

    from regionmgr.store.models import Country, Task

    with store.session() as session:
        countries = list(session.execute(select(Country.id, Country.code).order_by(Country.position, Country.code)))
        codes = dict(countries)
        query = select(Task.id, Task.title, Task.country_id).where(
            Task.status.in_(("open", "waiting")) | (Task.id == (include_task or ""))
        ).order_by(Task.title)
        tasks = list(session.execute(query))
    labelled = [("task", tid, f"{codes[cid]} · {title}" if cid in codes else title) for tid, title, cid in tasks]
    return [("country", cid, code) for cid, code in countries] + sorted(labelled, key=lambda t: t[2].lower())
