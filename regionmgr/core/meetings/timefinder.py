"""Find a weekly meeting time that suits every attendee's country.

A week is laid out as a grid of start times (every ``step_min`` minutes) in one
zone (the organizer's). Each start is checked against every country's working
day and hours in that country's own zone (its weekend, e.g. Fri-Sat or
Sun-Thu working weeks, and its public holidays come from
``regionmgr.core.calendar.workweek``). Slots are ranked: most countries inside their
day first, then the most comfortable (furthest from anyone's start or end of
day), then the earliest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import WorkWeek, working_window

UTC = dt.UTC


@dataclass(frozen=True)
class Slot:
    start: dt.datetime  # aware UTC
    duration_min: int
    fits: tuple[str, ...]  # country codes where the whole meeting is inside working hours
    misses: tuple[str, ...]  # the others
    margin_min: int  # smallest distance (minutes) to a working day's edge among ``fits``

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.duration_min)

    @property
    def suits_all(self) -> bool:
        return not self.misses

    def rank_key(self) -> tuple[int, int, dt.datetime]:
        return (-len(self.fits), -self.margin_min, self.start)


def evaluate(weeks: Sequence[WorkWeek], start: dt.datetime, duration_min: int) -> Slot:
    """Who has ``start`` .. ``start + duration`` inside their working day."""
    start = start.astimezone(UTC)
    end = start + dt.timedelta(minutes=duration_min)
    fits, misses, margin = [], [], 24 * 60
    for week in weeks:
        local_day = start.astimezone(week.zone).date()
        window = working_window(week, local_day)
        if window and window[0] <= start and end <= window[1]:
            fits.append(week.code)
            edge = min(start - window[0], window[1] - end)
            margin = min(margin, int(edge.total_seconds() // 60))
        else:
            misses.append(week.code)
    return Slot(start, duration_min, tuple(fits), tuple(misses), margin if fits else 0)


def week_grid(
    weeks: Sequence[WorkWeek], week_start: dt.date, zone: str, duration_min: int = 60, step_min: int = 30
) -> list[list[Slot]]:
    """Seven columns (days from ``week_start``) of slots every ``step_min`` from local midnight, in ``zone``."""
    tz = ZoneInfo(zone)
    columns = []
    for i in range(7):
        day = week_start + dt.timedelta(days=i)
        column = []
        for minute in range(0, 24 * 60, step_min):
            local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tz)
            column.append(evaluate(weeks, local, duration_min))
        columns.append(column)
    return columns


def rank_slots(
    weeks: Sequence[WorkWeek], week_start: dt.date, zone: str, duration_min: int = 60, step_min: int = 30,
    limit: int | None = None,
) -> list[Slot]:
    """Every start time of the week that suits at least one country, best first."""
    slots = [s for column in week_grid(weeks, week_start, zone, duration_min, step_min) for s in column if s.fits]
    slots.sort(key=Slot.rank_key)
    return slots[:limit] if limit else slots


def local_starts(weeks: Sequence[WorkWeek], start: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """(country code, the slot's local start there) for each country."""
    return [(w.code, start.astimezone(w.zone)) for w in weeks]
