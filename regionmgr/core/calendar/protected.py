"""A country's protected periods: times of its working day not to call or meet it.

Four kinds, each in the country's wall clock (minutes after local midnight, ``start_min`` ..
``end_min``, the end excluded):

- ``daily``: every working day (a lunch break, 12:30-14:00 in France);
- ``weekday``: one ISO weekday (Friday prayer 12:00-14:30; a short Friday, 12:00-24:00);
- ``dates``: every day from ``from_date`` to ``to_date`` (0-1440: the whole day);
- ``ramadan``: not a gap but the working hours *during Ramadan*, replacing the usual ones on
  those days. Ramadan's dates come from the Umm al-Qura calendar (``hijridate``; 1924-2077);
  a country that follows the moon sighting may start a day later: shift with a dated period.

A protection is only reported inside the day's working hours on a working day (a lunch on a
Sunday protects nothing). ``working_windows`` is a day's working hours less its protected
periods; ``span_problem`` says why a meeting span does not fit (the time finder names it).

The reads take the store or a plain ``sqlite3`` connection and import no SQLAlchemy (the
reminders read them every minute). The checks and the undoable writes are in
``core.countries.protected`` (which also re-exports this module's names): this module sits in
``core.calendar`` so that the tasks' reminders, the meetings' time finder and the countries'
card can all use it without importing one another.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from regionmgr.core.calendar.workweek import WorkWeek, holiday_name
from regionmgr.store import codec
from regionmgr.store.queries import countries as queries

if TYPE_CHECKING:
    from regionmgr.store.db import Store

UTC = dt.UTC
DAY_MIN = 24 * 60
KINDS = ("daily", "weekday", "ramadan", "dates")


@dataclass(frozen=True)
class Period:
    id: str
    country_id: str
    kind: str
    weekday: int | None
    start_min: int
    end_min: int
    from_date: dt.date | None
    to_date: dt.date | None
    label: str

    def covers(self, day: dt.date) -> bool:
        """Is this period a protected span on local ``day``? (Ramadan hours are not a span.)"""
        if self.kind == "daily":
            return True
        if self.kind == "weekday":
            return day.isoweekday() == self.weekday
        if self.kind == "dates":
            return self.from_date is not None and self.to_date is not None and self.from_date <= day <= self.to_date
        return False


@dataclass(frozen=True)
class Protection:
    """What protects an instant: the period's label and kind, and until when (aware UTC; None:
    the rest of the working day)."""

    label: str
    kind: str
    until: dt.datetime | None
    period_id: str


@dataclass(frozen=True)
class Problem:
    """Why a span does not fit a country's working day. ``kind``: day_off (its weekend),
    holiday (``label``: the holiday's name), protected (``label``: the period's), ramadan
    (outside the Ramadan hours), hours (outside the working hours)."""

    kind: str
    label: str
    day: dt.date  # the country's local day


# -- Ramadan --------------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def is_ramadan(day: dt.date) -> bool:
    """Is ``day`` in Ramadan (Umm al-Qura calendar)? False outside the calendar's years."""
    from hijridate import Gregorian

    try:
        return bool(Gregorian(day.year, day.month, day.day).to_hijri().month == 9)
    except (OverflowError, ValueError):
        return False


# -- reading --------------------------------------------------------------------------------------
def period_of(row: Sequence[Any]) -> Period:
    pid, country_id, kind, weekday, start, end, first, last, label = row
    return Period(pid, country_id, kind, None if weekday is None else int(weekday), int(start), int(end),
                  codec.day(first), codec.day(last), label or "")


def connection(source: Store | sqlite3.Connection) -> sqlite3.Connection:
    return source if isinstance(source, sqlite3.Connection) else source.raw()


def load(source: Store | sqlite3.Connection, country_id: str) -> list[Period]:
    """The country's protected periods: daily, weekly, Ramadan hours, dated."""
    return [period_of(r) for r in queries.protected_periods(connection(source), country_id)]


def by_code(source: Store | sqlite3.Connection) -> dict[str, list[Period]]:
    """Country code -> its protected periods, for the countries that have some."""
    out: dict[str, list[Period]] = {}
    for row in queries.protected_periods_by_code(connection(source)):
        out.setdefault(row[0], []).append(period_of(row[1:]))
    return out


def weeks_by_code(source: Store | sqlite3.Connection) -> dict[str, WorkWeek]:
    """Country code -> its working week (zone, days, hours)."""
    return {code: WorkWeek(code, zone, days, int(start), int(end))
            for code, zone, days, start, end in queries.country_weeks(connection(source))}


# -- judging --------------------------------------------------------------------------------------
def _is_working_day(week: WorkWeek, day: dt.date) -> bool:
    return day.isoweekday() in week.days and holiday_name(week.code, day) is None


def _hours(week: WorkWeek, periods: tuple[Period, ...], day: dt.date) -> tuple[int, int]:
    """The day's working hours (minutes): the Ramadan hours on a Ramadan day, else the usual ones."""
    ramadan = next((p for p in periods if p.kind == "ramadan"), None)
    if ramadan is not None and is_ramadan(day):
        return ramadan.start_min, ramadan.end_min
    return week.work_start_min, week.work_end_min


def _at(week: WorkWeek, day: dt.date, minute: int) -> dt.datetime:
    """Local ``day`` at ``minute`` after midnight, as aware UTC (wall-clock arithmetic in the zone)."""
    return (dt.datetime.combine(day, dt.time(0), week.zone) + dt.timedelta(minutes=minute)).astimezone(UTC)


@lru_cache(maxsize=8192)
def _windows(week: WorkWeek, periods: tuple[Period, ...], day: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    if not _is_working_day(week, day):
        return ()
    start, end = _hours(week, periods, day)
    spans = [(start, end)]
    for p in periods:
        if not p.covers(day):
            continue
        cut = []
        for a, b in spans:
            if p.end_min <= a or b <= p.start_min:
                cut.append((a, b))
                continue
            if a < p.start_min:
                cut.append((a, p.start_min))
            if p.end_min < b:
                cut.append((p.end_min, b))
        spans = cut
    return tuple((_at(week, day, a), _at(week, day, b)) for a, b in sorted(spans) if b > a)


def working_windows(week: WorkWeek, periods: Iterable[Period], day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The working hours of local ``day`` less its protected periods, as aware UTC spans, in
    order ([] on a day off or a public holiday). On a Ramadan day the Ramadan hours (if the
    country has some) replace the usual hours."""
    return list(_windows(week, tuple(periods), day))


def protection_at(week: WorkWeek, periods: Iterable[Period], instant: dt.datetime) -> Protection | None:
    """What protects ``instant`` in the country, if anything: a protected period, or the end of
    the Ramadan hours. Only inside the usual working hours of a working day."""
    periods = tuple(periods)
    local = instant.astimezone(week.zone)
    day, minute = local.date(), local.hour * 60 + local.minute
    if not _is_working_day(week, day) or not week.work_start_min <= minute < week.work_end_min:
        return None
    for p in periods:
        if p.covers(day) and p.start_min <= minute < p.end_min:
            until = None if p.end_min >= week.work_end_min else _at(week, day, p.end_min)
            return Protection(p.label, p.kind, until, p.id)
    ramadan = next((p for p in periods if p.kind == "ramadan"), None)
    if ramadan is not None and is_ramadan(day) and not ramadan.start_min <= minute < ramadan.end_min:
        until = _at(week, day, ramadan.start_min) if minute < ramadan.start_min else None
        return Protection(ramadan.label, "ramadan", until, ramadan.id)
    return None


def is_protected(week: WorkWeek, periods: Iterable[Period], instant: dt.datetime) -> str | None:
    """The label of what protects ``instant`` ("" for an unlabelled period), or None."""
    found = protection_at(week, periods, instant)
    return None if found is None else found.label


def span_problem(week: WorkWeek, periods: Iterable[Period], start: dt.datetime, end: dt.datetime) -> Problem | None:
    """None when ``start`` .. ``end`` lies inside one of the day's working windows, else why not."""
    periods = tuple(periods)
    day = start.astimezone(week.zone).date()
    if day.isoweekday() not in week.days:
        return Problem("day_off", "", day)
    holiday = holiday_name(week.code, day)
    if holiday is not None:
        return Problem("holiday", holiday, day)
    windows = _windows(week, periods, day)
    if any(a <= start and end <= b for a, b in windows):
        return None
    hours = _hours(week, periods, day)
    for p in periods:
        if p.covers(day):
            a = _at(week, day, max(p.start_min, hours[0]))
            b = _at(week, day, min(p.end_min, hours[1]))
            if a < b and start < b and a < end:
                return Problem("protected", p.label, day)
    usual = _at(week, day, week.work_start_min), _at(week, day, week.work_end_min)
    if hours != (week.work_start_min, week.work_end_min) and usual[0] <= start and end <= usual[1]:
        ramadan = next(p for p in periods if p.kind == "ramadan")
        return Problem("ramadan", ramadan.label, day)
    return Problem("hours", "", day)
