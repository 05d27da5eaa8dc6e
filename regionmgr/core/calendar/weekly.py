"""A weekly meeting's dates and times, in plain Python (no icalendar, no ORM).

Shared by ``core.meetings`` (the series as the user edits it), ``core.ics``
(the invites) and ``core.reminders`` (which runs every minute from start-up
and must stay light). Any object with the fields of ``Weekly`` will do.

A series is held on ``weekday`` at ``start_local`` (wall clock in
``timezone``), from the first such weekday on or after ``first_date``; it ends
never, after ``count`` meetings, or on ``until_date``. Skipped weeks are still
*scheduled*; ``next_occurrence`` leaves them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

WEEK = dt.timedelta(days=7)
LOOK_AHEAD_WEEKS = 60  # how far ``next_occurrence`` looks


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


def next_occurrence(series: Weekly, now: dt.datetime, skipped: Container[dt.date] = ()) -> dt.date | None:
    """The next held meeting (not in ``skipped``) that has not ended at ``now``."""
    today = now.astimezone(ZoneInfo(series.timezone)).date()
    for day in scheduled(series, today - dt.timedelta(days=1), today + LOOK_AHEAD_WEEKS * WEEK):
        end = start_at(series, day) + dt.timedelta(minutes=series.duration_min)
        if day not in skipped and end > now:
            return day
    return None
