"""What to remind the user of now: due tasks, follow-ups of delegated items, the next meeting.

Plain Python over the store, given the current instant, the user's zone and the
lead times. A reminder has a ``key`` naming the item *and* its time (a task
moved to another day is reminded again; the same one never twice, the UI keeps
the keys already shown). Nothing leaves the computer: the UI turns reminders
into desktop notifications.

When a reminder is due:
- a task with a due time: ``task_lead_min`` before it; an all-day task: at
  ``morning_hour`` on its day (user's zone); still reminded while overdue, for
  ``OVERDUE_DAYS`` days (an old backlog does not flood the desktop at start);
- a delegated task's follow-up date: at ``morning_hour`` that day (and the days
  after, while it is not done, within the same window);
- the next held meeting of each active series (weeks in MeetingSkip are not
  held, a moved week is held at its new time): ``meeting_lead_min`` before it starts, until it ends.

A task or follow-up reminder about a country that is in one of its protected periods at that
moment (its lunch, Friday prayer, outside its Ramadan hours: ``core.calendar.protected``)
carries it in ``busy`` and ``busy_until``, so the notification can say "lunch time in
France until 14:00" before the user picks up the phone.

It runs every minute from start-up, so it reads plain rows (``store.raw()``, or a
read-only connection of its own in a worker thread: ``reader``), imports neither
SQLAlchemy nor icalendar, and looks each time zone up once (``zone_named``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sqlite3
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from regionmgr.core.calendar import protected, weekly
from regionmgr.core.tasks.rules import due_instant, due_view
from regionmgr.store import codec
from regionmgr.store.db import Store
from regionmgr.store.queries import meeting_move_rows
from regionmgr.store.queries import reminders as rq
from regionmgr.store.vocab import ACTIVE_STATUSES

UTC = dt.UTC
OVERDUE_DAYS = 7
MARGIN = dt.timedelta(days=3)
KEYS = {  # QSettings keys of the lead times (read by the UI)
    "enabled": "reminders/enabled",
    "task_lead_min": "reminders/task_lead_min",
    "meeting_lead_min": "reminders/meeting_lead_min",
    "morning_hour": "reminders/morning_hour",
}


@dataclass(frozen=True)
class LeadTimes:
    task_min: int = 60
    meeting_min: int = 15
    morning_hour: int = 9  # local hour for all-day deadlines and follow-ups

    def __post_init__(self) -> None:
        if not (0 <= self.task_min <= 7 * 24 * 60 and 0 <= self.meeting_min <= 24 * 60
                and 0 <= self.morning_hour <= 23):
            raise ValueError("lead time out of range")


Source = Store | sqlite3.Connection  # the store (read on its own connection) or a reader's connection


def _conn(source: Source) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.raw()


def reader(store: Store) -> sqlite3.Connection:
    """A separate read-only connection to the store, for a check in a worker thread; the caller closes it."""
    return rq.reader(store.path)


@functools.lru_cache(maxsize=1024)  # zone names are a few hundred; a lookup reads a file
def zone_named(name: str) -> ZoneInfo:
    """The zone called ``name``, looked up once (ZoneInfo's own cache keeps only a few strongly)."""
    return ZoneInfo(name)


@dataclass(frozen=True)
class Reminder:
    key: str  # identifies the item and its time: shown once
    kind: str  # "task" | "follow_up" | "meeting"
    ref_id: str
    title: str
    at: dt.datetime  # the deadline, follow-up day morning or meeting start (aware UTC)
    remind_at: dt.datetime
    country_code: str = ""
    who: str = ""  # the person a follow-up is about
    busy: str = ""  # the country's protected period at the reminder's moment (its label), if any
    busy_until: dt.datetime | None = None  # when it ends (aware UTC; None: the rest of the working day)
    busy_kind: str = ""  # that period's kind ("" when not busy)


def _morning(day: dt.date, zone: ZoneInfo, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).replace(tzinfo=zone).astimezone(UTC)


def task_reminders(store: Source, now: dt.datetime, zone: ZoneInfo, leads: LeadTimes) -> list[Reminder]:
    out: list[Reminder] = []
    oldest = now - dt.timedelta(days=OVERDUE_DAYS)
    # Only what can be due now is read (a big list has years of dues). The margins cover an all-day
    # deadline's morning in another zone (up to 26 hours apart) and a floating time's offset.
    first, last = oldest - MARGIN, now + dt.timedelta(minutes=leads.task_min) + MARGIN
    wall = (codec.stored_wall(first), codec.stored_wall(last))
    rows = rq.task_rows(_conn(store), ACTIVE_STATUSES, (codec.stored_instant(first), codec.stored_instant(last)),
                        wall, (codec.stored_day(first.date()), codec.stored_day(last.date())))
    for (task_id, title, due_text, due_tz, floating, local_text, all_day, follow_text, delegated_to, code) in rows:
        code = code or ""
        due_at, due_local, follow_up = codec.instant(due_text), codec.wall(local_text), codec.day(follow_text)
        instant = due_instant(due_at, bool(floating), due_local, zone)
        if instant is not None:
            if all_day:
                view = due_view(due_at, due_tz, bool(floating), due_local, True, zone, zone_named)
                day = view.day if view is not None else instant.astimezone(zone).date()
                at = _morning(day, zone, leads.morning_hour)
                remind_at = at
                stale = instant < oldest
            else:
                at = instant
                remind_at = instant - dt.timedelta(minutes=leads.task_min)
                stale = instant < oldest
            if remind_at <= now and not stale:
                out.append(Reminder(f"task:{task_id}:{instant.isoformat()}", "task", task_id, title, at,
                                    remind_at, code))
        if follow_up is not None and (delegated_to or "").strip():
            at = _morning(follow_up, zone, leads.morning_hour)
            if at <= now and at >= oldest:
                out.append(Reminder(f"follow_up:{task_id}:{follow_up.isoformat()}", "follow_up", task_id,
                                    title, at, at, code, delegated_to.strip()))
    return out


def active_series(store: Source) -> list[weekly.WeeklySeries]:
    """The active meeting series with their skipped weeks, as plain values."""
    conn = _conn(store)
    skipped: dict[str, set[dt.date]] = {}
    for series_id, on_date in rq.skipped_days(conn):
        skipped_day = codec.day(on_date)
        if skipped_day is not None:
            skipped.setdefault(series_id, set()).add(skipped_day)
    moved: dict[str, dict[dt.date, tuple[dt.datetime, int | None]]] = {}
    for series_id, on_date, moved_to, moved_minutes in meeting_move_rows.moved_rows(conn):
        try:
            moved_day, moved_start = codec.day(on_date), codec.instant(moved_to)
        except codec.Unreadable:  # a damaged row: the week stays skipped
            continue
        if moved_day is not None and moved_start is not None:
            moved.setdefault(series_id, {})[moved_day] = (moved_start, moved_minutes)
    out: list[weekly.WeeklySeries] = []
    for sid, name, day, start, minutes, zone, first, end_kind, until, count in rq.active_series(conn):
        start_at, first_day = codec.clock(start), codec.day(first)
        if start_at is None or first_day is None:  # NOT NULL columns: a damaged row is no meeting
            continue
        out.append(weekly.WeeklySeries(sid, name, int(day), start_at, int(minutes), zone, first_day,
                                       end_kind or "never", codec.day(until),
                                       None if count is None else int(count), frozenset(skipped.get(sid, ())),
                                       {d: (at, int(m or minutes)) for d, (at, m) in moved.get(sid, {}).items()}))
    return out


def meeting_reminders(store: Source, now: dt.datetime, leads: LeadTimes) -> list[Reminder]:
    out: list[Reminder] = []
    for series in active_series(store):
        day = weekly.next_occurrence(series, now, series.skipped, series.moved)
        if day is None:
            continue
        held, length = weekly.held_at(series, day, series.moved)  # a moved week: its new time
        start = held.astimezone(UTC)
        remind_at = start - dt.timedelta(minutes=leads.meeting_min)
        key = f"meeting:{series.id}:{day.isoformat()}" + (f"@{start.isoformat()}" if day in series.moved else "")
        if remind_at <= now < start + dt.timedelta(minutes=length):
            out.append(Reminder(key, "meeting", series.id, series.name, start, remind_at))
    return out


def due_reminders(store: Source, now: dt.datetime, zone_name: str, leads: LeadTimes | None = None,
                  already: set[str] | frozenset[str] = frozenset()) -> list[Reminder]:
    """Reminders whose time has come at ``now`` and whose key is not in ``already``, soonest first.
    ``store``: the store, or a connection from ``reader`` (in a worker thread)."""
    leads = leads or LeadTimes()
    zone = zone_named(zone_name)
    found = task_reminders(store, now, zone, leads) + meeting_reminders(store, now, leads)
    found = with_protection(store, [r for r in found if r.key not in already], now)
    return sorted(found, key=lambda r: (r.at, r.title))


def with_protection(store: Source, found: list[Reminder], now: dt.datetime) -> list[Reminder]:
    """``found`` with ``busy`` set on the reminders about a country in a protected period ``now``."""
    if not any(r.country_code and r.kind in ("task", "follow_up") for r in found):
        return found
    conn = _conn(store)
    periods = protected.by_code(conn)
    if not periods:
        return found
    weeks = protected.weeks_by_code(conn)
    out = []
    for r in found:
        week = weeks.get(r.country_code)
        hit = (protected.protection_at(week, periods.get(r.country_code, ()), now)
               if week is not None and r.kind in ("task", "follow_up") else None)
        out.append(r if hit is None else dataclasses.replace(
            r, busy=hit.label, busy_until=hit.until, busy_kind=hit.kind))
    return out
