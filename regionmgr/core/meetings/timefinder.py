"""Find a weekly meeting time that suits every attendee's country.

A week is laid out as a grid of start times (every ``step_min`` minutes) in one
zone (the organizer's). A start is a *weekly* slot: it is judged on its next
``weeks`` occurrences (8 by default, at the same wall time in the organizer's
zone), not on one calendar week, so a public holiday takes one week out of eight
rather than a whole weekday. Each occurrence is checked against every country's
working day and hours in that country's own zone (its weekend, e.g. Fri-Sat or
Sun-Thu working weeks, and its public holidays come from
``regionmgr.core.calendar.workweek``) less its protected periods (a lunch break,
Friday prayer, Ramadan hours: ``regionmgr.core.calendar.protected``); each miss
keeps its reason.

A country *fits* a slot when most of the weeks suit it. Slots are ranked: most
countries fitting first, then the most weeks suiting them all together, then the
most comfortable (furthest from anyone's start or end of a working window), then
the earliest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from regionmgr.core.calendar import protected
from regionmgr.core.calendar.protected import Period
from regionmgr.core.calendar.workweek import WorkWeek

UTC = dt.UTC
HORIZON_WEEKS = 8

Periods = Mapping[str, Sequence[Period]]  # country code -> its protected periods


@dataclass(frozen=True)
class Miss:
    """One occurrence that does not suit a country, and why (see ``protected.Problem``)."""

    day: dt.date  # the country's local day
    kind: str  # day_off | holiday | protected | ramadan | hours
    label: str  # the holiday's or the protected period's name ("" for the others)


@dataclass(frozen=True)
class CountryFit:
    code: str
    weeks_ok: int  # occurrences inside the country's working windows
    missed: tuple[Miss, ...]  # the others, in order


@dataclass(frozen=True)
class Slot:
    start: dt.datetime  # aware UTC: the first occurrence
    duration_min: int
    fits: tuple[str, ...]  # country codes most of the weeks suit
    misses: tuple[str, ...]  # the others
    margin_min: int  # smallest distance (minutes) to a working window's edge among ``fits``
    weeks: int = 1  # occurrences judged
    countries: tuple[CountryFit, ...] = ()
    zone: str = "UTC"  # the zone whose wall time the slot keeps from week to week
    weeks_together: int = 0  # occurrences suiting every country in ``fits`` at once

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_min)

    @property
    def suits_all(self) -> bool:
        return not self.misses

    def country(self, code: str) -> CountryFit:
        return next(c for c in self.countries if c.code == code)

    def occurrences(self) -> list[dt.datetime]:
        """The judged occurrences' starts (aware UTC), a week apart at the same wall time in ``zone``."""
        return _occurrences(self.start.astimezone(ZoneInfo(self.zone)), self.weeks)

    def rank_key(self) -> tuple[int, int, int, dt.datetime]:
        return (-len(self.fits), -self.weeks_together, -self.margin_min, self.start)


def _occurrences(local_start: dt.datetime, weeks: int) -> list[dt.datetime]:
    # Adding days to an aware datetime is wall-clock arithmetic in its zone: 10:00 stays 10:00.
    return [(local_start + dt.timedelta(days=7 * k)).astimezone(UTC) for k in range(max(weeks, 1))]


@dataclass
class _Judge:
    """One country's verdict on every occurrence."""

    week: WorkWeek
    periods: tuple[Period, ...]
    ok: list[bool] = field(default_factory=list)
    missed: list[Miss] = field(default_factory=list)
    margin: int = 24 * 60

    def judge(self, start: dt.datetime, end: dt.datetime) -> None:
        day = start.astimezone(self.week.zone).date()
        for a, b in protected.working_windows(self.week, self.periods, day):
            if a <= start and end <= b:
                self.ok.append(True)
                self.margin = min(self.margin, int(min(start - a, b - end).total_seconds() // 60))
                return
        problem = protected.span_problem(self.week, self.periods, start, end)
        self.ok.append(False)
        if problem is not None:
            self.missed.append(Miss(problem.day, problem.kind, problem.label))


def evaluate(work_weeks: Sequence[WorkWeek], start: dt.datetime, duration_min: int,
             periods: Periods | None = None, weeks: int = HORIZON_WEEKS, zone: str | None = None) -> Slot:
    """Who has the weekly slot ``start`` .. ``start + duration`` inside their working windows, over
    its next ``weeks`` occurrences (at the wall time of ``start`` in ``zone``; by default
    ``start``'s own zone)."""
    tz = ZoneInfo(zone) if zone else start.tzinfo or UTC
    local = start.astimezone(tz)
    zone_name = zone or str(getattr(tz, "key", None) or "UTC")
    periods = periods or {}
    length = dt.timedelta(minutes=duration_min)
    judges = [_Judge(w, tuple(periods.get(w.code, ()))) for w in work_weeks]
    starts = _occurrences(local, weeks)
    for s in starts:
        for judge in judges:
            judge.judge(s, s + length)
    fits = [j for j in judges if 2 * sum(j.ok) > len(starts)]
    together = sum(1 for k in range(len(starts)) if fits and all(j.ok[k] for j in fits))
    margin = min((j.margin for j in fits), default=0)
    return Slot(starts[0], duration_min, tuple(j.week.code for j in fits),
                tuple(j.week.code for j in judges if j not in fits), margin if fits else 0, len(starts),
                tuple(CountryFit(j.week.code, sum(j.ok), tuple(j.missed)) for j in judges), zone_name, together)


def week_grid(
    work_weeks: Sequence[WorkWeek], week_start: dt.date, zone: str, duration_min: int = 60, step_min: int = 30,
    periods: Periods | None = None, weeks: int = HORIZON_WEEKS,
) -> list[list[Slot]]:
    """Seven columns (days from ``week_start``) of slots every ``step_min`` from local midnight, in
    ``zone``, each judged over ``weeks`` weeks."""
    tz = ZoneInfo(zone)
    columns = []
    for i in range(7):
        day = week_start + dt.timedelta(days=i)
        column = []
        for minute in range(0, 24 * 60, step_min):
            local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tz)
            column.append(evaluate(work_weeks, local, duration_min, periods, weeks, zone))
        columns.append(column)
    return columns


def rank_slots(
    work_weeks: Sequence[WorkWeek], week_start: dt.date, zone: str, duration_min: int = 60, step_min: int = 30,
    limit: int | None = None, periods: Periods | None = None, weeks: int = HORIZON_WEEKS,
) -> list[Slot]:
    """Every start time of the week that suits at least one country, best first."""
    grid = week_grid(work_weeks, week_start, zone, duration_min, step_min, periods, weeks)
    slots = [s for column in grid for s in column if s.fits]
    slots.sort(key=Slot.rank_key)
    return slots[:limit] if limit else slots


def local_starts(work_weeks: Sequence[WorkWeek], start: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """(country code, the slot's local start there) for each country."""
    return [(w.code, start.astimezone(w.zone)) for w in work_weeks]
