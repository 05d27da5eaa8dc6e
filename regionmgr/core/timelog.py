"""The time log: one running timer at a time, manual entries, and recovery of a forgotten timer.

A timer is a ``TimeEntry`` whose ``ended_at`` is None. Starting a timer stops
the running one at the same instant, so at most one entry is ever running.
Each write returns what its undo needs (the UI wraps them in undo commands).

Forgotten timers: while a timer runs, the UI records a heartbeat (the last
instant the app was seen awake) in the ``setting`` table. At the next start, or
when the heartbeat shows a long gap (a laptop sleep), ``find_idle`` reports the
running entry and the user chooses with ``resolve_idle``: keep all the time,
stop at the last activity, or discard the entry.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from regionmgr.core import ops
from regionmgr.store.db import Store
from regionmgr.store.models import Country, Setting, Task, TimeEntry, new_uuid

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
def _label(session, task_id: str | None, country_id: str | None) -> str:
    task = session.get(Task, task_id) if task_id else None
    cid = (task.country_id if task is not None else None) or country_id
    country = session.get(Country, cid) if cid else None
    code = country.code if country is not None else ""
    if task is not None:
        return f"{code} · {task.title}" if code else task.title
    return code


def running(store: Store) -> RunningTimer | None:
    """The running timer, or None."""
    with store.session() as session:
        entry = session.scalars(
            select(TimeEntry).where(TimeEntry.ended_at.is_(None)).order_by(TimeEntry.started_at.desc())
        ).first()
        if entry is None:
            return None
        return RunningTimer(entry.id, entry.started_at, entry.task_id, entry.country_id,
                            _label(session, entry.task_id, entry.country_id), entry.comment)


# -- timer -------------------------------------------------------------------------
def start(store: Store, now: dt.datetime, task_id: str | None = None,
          country_id: str | None = None, comment: str = "", new_id: str | None = None) -> StartUndo:
    """Stop the running timer (if any) at ``now`` and start one on a task or a country."""
    if not task_id and not country_id:
        raise ops.ValidationError("Choose a task or a country to time.")
    new_id = new_id or new_uuid()
    with store.write() as session:
        if task_id and session.get(Task, task_id) is None:
            raise ops.ValidationError("This task no longer exists.")
        if country_id and session.get(Country, country_id) is None:
            raise ops.ValidationError("This country no longer exists.")
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
    with store.write() as session:
        stopped = None
        for entry in session.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))):
            entry.ended_at = max(now, entry.started_at)
            stopped = entry.id
    return stopped


def undo_stop(store: Store, entry_id: str | None) -> None:
    if entry_id:
        ops.update(store, TimeEntry, entry_id, {"ended_at": None})


# -- manual entries and edits ------------------------------------------------------
def validate_entry(values: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Check a manual entry or an edit; return the values to write (raises ValidationError).

    ``values`` holds task_id and/or country_id, started_at, ended_at (aware), comment.
    """
    out = dict(values)
    if not out.get("task_id") and not out.get("country_id"):
        raise ops.ValidationError("Choose a task or a country for this time.")
    start_at, end_at = out.get("started_at"), out.get("ended_at")
    if start_at is None:
        raise ops.ValidationError("Give the time the work started.")
    if start_at.tzinfo is None or (end_at is not None and end_at.tzinfo is None):
        raise ops.ValidationError("Times need a time zone.")
    if end_at is not None:
        if end_at <= start_at:
            raise ops.ValidationError("The end must be after the start.")
        if end_at - start_at > MAX_ENTRY:
            raise ops.ValidationError("An entry can't be longer than 24 hours; split it by day.")
        if end_at > now + dt.timedelta(minutes=1):
            raise ops.ValidationError("The end is in the future.")
    elif start_at > now:
        raise ops.ValidationError("The start is in the future.")
    out["comment"] = str(out.get("comment") or "")[:500]
    return out


# -- forgotten timers --------------------------------------------------------------
def heartbeat(store: Store, now: dt.datetime) -> None:
    """Record that the app is awake now (the UI calls it every minute while a timer runs)."""
    with store.write() as session:
        row = session.get(Setting, HEARTBEAT_KEY)
        value = now.astimezone(UTC).isoformat()
        if row is None:
            session.add(Setting(key=HEARTBEAT_KEY, value=value))
        else:
            row.value = value


def last_activity(store: Store) -> dt.datetime | None:
    with store.session() as session:
        row = session.get(Setting, HEARTBEAT_KEY)
    if row is None or not row.value:
        return None
    try:
        value = dt.datetime.fromisoformat(row.value)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


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
        return ("update", ops.update(store, TimeEntry, idle.entry_id, {"ended_at": end}))
    return ("delete", ops.delete(store, TimeEntry, [idle.entry_id]))


def undo_resolve(store: Store, idle: IdleTimer, data: tuple[str, Any]) -> None:
    kind, payload = data
    if kind == "update":
        ops.update(store, TimeEntry, idle.entry_id, payload)
    elif kind == "delete":
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
    with store.session() as session:
        countries = list(session.execute(select(Country.id, Country.code).order_by(Country.position, Country.code)))
        codes = dict(countries)
        query = select(Task.id, Task.title, Task.country_id).where(
            Task.status.in_(("open", "waiting")) | (Task.id == (include_task or ""))
        ).order_by(Task.title)
        tasks = list(session.execute(query))
    labelled = [("task", tid, f"{codes[cid]} · {title}" if cid in codes else title) for tid, title, cid in tasks]
    return [("country", cid, code) for cid, code in countries] + sorted(labelled, key=lambda t: t[2].lower())
