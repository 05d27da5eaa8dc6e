"""A weekly meeting's dates and times, in plain Python (no icalendar, no ORM).

Shared by ``core.meetings`` (the series as the user edits it), ``core.ics``
(the invites) and ``core.reminders`` (which runs every minute from start-up
and must stay light). Any object with the fields of ``Weekly`` will do.

A series is held on ``weekday`` at ``start_local`` (wall clock in
``timezone``), from the first such weekday on or after ``first_date``; it ends
never, after ``count`` meetings, or on ``until_date``. Skipped weeks are still
*scheduled*; ``next_occurrence`` leaves them out. A moved week (usual local date -> its new
start, aware, and length: ``Moved``) is held at its new time; this module gets the moves as
data (``core.meetings.moves`` stores them and imports this module, never the other way).
A "moved" date that is not an occurrence of the rule (``is_occurrence`` false) is an *extra*
meeting (RFC 5545 RDATE): held at its new time like a moved week, on top of the rule's ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

WEEK = dt.timedelta(days=7)
LOOK_AHEAD_WEEKS = 60  # how far ``next_occurrence`` looks
Moved = Mapping[dt.date, tuple[dt.datetime, int]]  # usual local date -> (new start, aware; minutes)


class Weekly(Protocol):
    @property
    def weekday(self) -> int: ...  # ISO, Monday=1
    @property
    def start_local(self) -> dt.time: ...
    @property
    def duration_min(self) -> int: ...
    @property
    def timezone(self) -> str: ...  # IANA zone of ``start_local``
    @property
    def first_date(self) -> dt.date: ...
    @property
    def end_kind(self) -> str: ...  # never | until | count
    @property
    def until_date(self) -> dt.date | None: ...
    @property
    def count(self) -> int | None: ...


@dataclass(frozen=True)
class WeeklySeries:
    """A series as plain values, with the local dates of its skipped weeks."""

    id: str
    name: str
    weekday: int
    start_local: dt.time
    duration_min: int
    timezone: str
    first_date: dt.date
    end_kind: str = "never"
    until_date: dt.date | None = None
    count: int | None = None
    skipped: frozenset[dt.date] = field(default_factory=frozenset)
    moved: Moved = field(default_factory=dict, hash=False)  # held at another time (also in ``skipped``)


def first_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first date on or after ``day`` that falls on ISO ``weekday``."""
    return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)


def first_occurrence(series: Weekly) -> dt.date:
    return first_on_or_after(series.first_date, series.weekday)


def start_at(series: Weekly, day: dt.date) -> dt.datetime:
    """The occurrence on local ``day`` as an aware datetime in the series' zone."""
    return dt.datetime.combine(day, series.start_local, ZoneInfo(series.timezone))


def scheduled(series: Weekly, start: dt.date, end: dt.date) -> list[dt.date]:
    """Local dates of the occurrences between ``start`` and ``end`` inclusive (skipped weeks included)."""
    out = []
    day, n = first_occurrence(series), 0
    while day <= end:
        n += 1
        if series.end_kind == "count" and series.count is not None and n > series.count:
            break
        if series.end_kind == "until" and series.until_date is not None and day > series.until_date:
            break
        if day >= start:
            out.append(day)
        day += WEEK
    return out


def is_occurrence(series: Weekly, day: dt.date) -> bool:
    """Whether local ``day`` is one of the rule's occurrences (skipped ones included)."""
    first = first_occurrence(series)
    if day.isoweekday() != series.weekday or day < first:
        return False
    if series.end_kind == "count" and series.count is not None:
        return (day - first).days // 7 < series.count
    if series.end_kind == "until" and series.until_date is not None:
        return day <= series.until_date
    return True


def held_at(series: Weekly, day: dt.date, moved: Moved | None = None) -> tuple[dt.datetime, int]:
    """When the occurrence of usual local ``day`` is held: its start (aware) and length in minutes."""
    if moved and day in moved:
        return moved[day]
    return start_at(series, day), series.duration_min


def next_occurrence(series: Weekly, now: dt.datetime, skipped: Container[dt.date] = (),
                    moved: Moved | None = None) -> dt.date | None:
    """The usual local date of the next held meeting that has not ended at ``now``: not in
    ``skipped`` unless it is in ``moved``, which is held at its new time (the earliest start wins);
    a ``moved`` date off the rule is an extra meeting, held too."""
    moved = moved or {}
    today = now.astimezone(ZoneInfo(series.timezone)).date()
    since = today - (2 * WEEK if moved else dt.timedelta(days=1))  # a week moved a few days later
    best: tuple[dt.datetime, dt.date] | None = None
    horizon = today + LOOK_AHEAD_WEEKS * WEEK
    extras = {d for d in moved if since <= d <= horizon and not is_occurrence(series, d)}  # RDATE meetings
    for day in sorted(set(scheduled(series, since, horizon)) | extras):
        if day in skipped and day not in moved:
            continue
        start, minutes = held_at(series, day, moved)
        if start + dt.timedelta(minutes=minutes) <= now:
            continue
        if best is None or start < best[0]:
            best = (start, day)
        if day not in moved and not any(m > day for m in moved):
            break  # a week held at its usual time: the later ones are held later
    return best[1] if best else None
