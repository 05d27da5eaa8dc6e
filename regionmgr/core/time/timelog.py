"""The time log: one running timer at a time, manual entries, and recovery of a forgotten timer.

A timer is a ``TimeEntry`` whose ``ended_at`` is None. Starting a timer stops
the running one at the same instant, so at most one entry is ever running.
The reads and the rules are here; the writes (start, stop, entries, idle answers) are
the named operations of ``core.time.operations``, which say what they changed.

Forgotten timers: while a timer runs, the UI records a heartbeat (the last
instant the app was seen awake) in the ``setting`` table. At the next start, or
when the heartbeat shows a long gap (a laptop sleep), ``find_idle`` reports the
running entry and the user chooses with ``resolve_idle``: keep all the time,
stop at the last activity, or discard the entry.

The toolbar timer reads (``running``, ``find_idle``) and beats (``heartbeat``)
from start-up on with plain SQL (``store.raw()``, in ``store.queries.time``);
SQLAlchemy is loaded only by the writes a user asks for (``core.time.operations``)
and by the lists.
Every message for the user is marked for translation (context "Core").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.store import codec
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
    label = code
    if title is not None:  # on a task: "FR · title"
        label = f"{code} · {title}" if code else title
    started = codec.instant(started_at)
    if started is None:  # the column is NOT NULL: a damaged row is not a running timer
        return None
    return RunningTimer(entry_id, started, task_id, country_id, label, comment or "")


def country_codes(store: Store) -> list[tuple[str, str]]:
    """(id, code) of every country, in the user's order: what the toolbar timer can be started on."""
    return [(row[1], row[2]) for row in task_queries.countries(store.raw())]


# -- manual entries and edits ------------------------------------------------------
_CLOCK = re.compile(r"^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?$|^(\d{2})(\d{2})$")


def read_clock(text: str) -> dt.time:
    """A typed time of day: "08:15", "8:15", "8h15", "8h", "8.15", "0815" (ValidationError if none)."""
    typed = (text or "").strip()
    m = _CLOCK.match(typed)
    if not m:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{0}” is not a time of day (write 08:15)."), typed)
    hour, minute = (int(m.group(1)), int(m.group(2) or 0)) if m.group(1) else (int(m.group(3)), int(m.group(4)))
    if hour > 23 or minute > 59:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "“{0}” is not a time of day (write 08:15)."), typed)
    return dt.time(hour, minute)


def validate_entry(values: Mapping[str, Any], now: dt.datetime) -> dict[str, Any]:
    """Check a manual entry or an edit; return the values to write (raises ValidationError).

    ``values`` holds task_id and/or country_id, started_at, ended_at (aware), comment.
    """
    out = dict(values)
    if not out.get("task_id") and not out.get("country_id"):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose a task or a country for this time."))
    start_at, end_at = out.get("started_at"), out.get("ended_at")
    if start_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Give the time the work started."))
    if start_at.tzinfo is None or (end_at is not None and end_at.tzinfo is None):
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "Times need a time zone."))
    if end_at is not None:
        if end_at <= start_at:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The end must be after the start."))
        if end_at - start_at > MAX_ENTRY:
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "An entry can't be longer than 24 hours; split it by day."))
        if end_at > now + dt.timedelta(minutes=1):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "The end is in the future."))
    elif start_at > now:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "The start is in the future."))
    out["comment"] = str(out.get("comment") or "")[:500]
    return out


def overlapping(store: Store, start: dt.datetime, end: dt.datetime | None,
                exclude_id: str | None = None) -> EntryRow | None:
    """The first logged entry sharing time with [start, end) (``end`` None: open-ended), or None.

    A running entry counts as running on; entries that only touch (one ends when the other starts) don't overlap.
    """
    for row in sorted(list_entries(store, start, end), key=lambda r: r.started_at):
        if row.id != exclude_id and (end is None or row.started_at < end):
            return row
    return None


def overlap_error(row: EntryRow, zone: dt.tzinfo | None = None) -> ValidationError:
    """The refusal naming ``row`` (what it was on, its times in ``zone``; UTC when none is given)."""
    shown = zone or UTC
    suffix = "" if zone is not None else " UTC"
    what = f"{row.country_code} · {row.task_title}" if row.country_code and row.task_title else (
        row.task_title or row.country_code)
    start = row.started_at.astimezone(shown)
    fields = {"what": what, "start": start.strftime("%Y-%m-%d %H:%M") + suffix}
    if row.ended_at is None:
        return ValidationError(QT_TRANSLATE_NOOP(
            "Core", "This time overlaps the running timer ({what}, since {start}). Stop it first; nothing was saved."),
            **fields)
    end = row.ended_at.astimezone(shown)
    fields["end"] = end.strftime("%H:%M" if end.date() == start.date() else "%Y-%m-%d %H:%M") + suffix
    if suffix:
        fields["start"] = start.strftime("%Y-%m-%d %H:%M")
    return ValidationError(QT_TRANSLATE_NOOP(
        "Core", "This time overlaps an entry already logged: {what}, {start} – {end}. Change that entry or "
        "these times; nothing was saved."), **fields)


def check_no_overlap(store: Store, values: Mapping[str, Any], zone: dt.tzinfo | None = None,
                     exclude_id: str | None = None) -> None:
    """Refuse (ValidationError) checked entry ``values`` that share time with another logged entry."""
    row = overlapping(store, values["started_at"], values.get("ended_at"), exclude_id)
    if row is not None:
        raise overlap_error(row, zone)


def left_running(values: Mapping[str, Any], was_running: bool, now: dt.datetime) -> dict[str, Any]:
    """An edit of the running entry whose end was left at "now": the timer keeps running."""
    out = dict(values)
    if was_running and out.get("ended_at") is not None and out["ended_at"] >= now - dt.timedelta(minutes=1):
        out["ended_at"] = None
    return out


# -- forgotten timers --------------------------------------------------------------
def heartbeat(store: Store, now: dt.datetime) -> None:
    """Record that the app is awake now (the UI calls it every minute while a timer runs)."""
    tq.put_setting(store.raw(), HEARTBEAT_KEY, codec.stored_instant(now), codec.stored_instant(dt.datetime.now(UTC)))


def last_activity(store: Store) -> dt.datetime | None:
    """When the app was last seen awake (None: never, or an unreadable value)."""
    try:
        return codec.instant(tq.setting(store.raw(), HEARTBEAT_KEY))
    except ValueError:
        return None


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
    return [EntryRow(*row) for row in tq.entries(store, start, end, limit)]


def targets(store: Store, include_task: str | None = None) -> list[tuple[str, str, str]]:
    """What time can be logged on: ("country", id, "FR") then ("task", id, "FR · title").

    Tasks are the open and waiting ones (plus ``include_task``, e.g. the one an edited entry is on).
    """
    countries = tq.country_codes(store)
    codes = dict(countries)
    labelled = [("task", tid, f"{codes[cid]} · {title}" if cid in codes else title)
                for tid, title, cid in tq.active_tasks(store, include_task)]
    return [("country", cid, code) for cid, code in countries] + sorted(labelled, key=lambda t: t[2].lower())
