"""Moved weekly meetings: an occurrence held at another time, and the meetings as they are held.

A moved week is stored as a ``meeting_skip`` row with ``moved_to`` (UTC) and ``moved_minutes``:
it is not held at its usual time (so ``SeriesView.skipped`` lists it) but at the new one, which
the invite writes as an override VEVENT (``ics.invite``) and the Meetings page shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from regionmgr.core.meetings.series import MeetingError, SeriesView, scheduled
from regionmgr.core.storage import Store
from regionmgr.store.queries import meeting_moves as move_queries


def move_occurrences(store: Store, series_id: str,
                     moves: Mapping[dt.date, tuple[dt.datetime | None, int | None]]) -> None:
    """Hold these occurrences (usual local date -> (new start, aware; minutes or None: the
    series' length)) at another time; a start of None puts a moved week back at its usual time."""
    for day, (start, minutes) in moves.items():
        if start is not None and start.tzinfo is None:
            raise ValueError(f"naive start for {day}")
        if minutes is not None and not 0 < minutes <= 24 * 60:
            raise MeetingError("bad_duration")
    if not move_queries.set_moves(store, series_id, moves):
        raise MeetingError("not_found", series_id)


@dataclass(frozen=True)
class Occurrence:
    """One meeting as it is held: its usual local date, its start (aware, in the series' zone)
    and length; ``moved`` when it is not at its usual time."""

    on_date: dt.date
    start: dt.datetime
    minutes: int
    moved: bool = False


def held_occurrences(view: SeriesView, start: dt.date, end: dt.date) -> list[Occurrence]:
    """The meetings held whose usual date is between ``start`` and ``end``: skipped and
    cancelled weeks left out, moved ones at their new time (in date order of the new time)."""
    skipped, moved = view.skipped(), view.moved()
    out = []
    for day in scheduled(view, start, end):
        if day in moved:
            week = moved[day]
            assert week.moved_to is not None
            out.append(Occurrence(day, week.moved_to.astimezone(view.zone),
                                  week.moved_minutes or view.duration_min, moved=True))
        elif day not in skipped:
            out.append(Occurrence(day, view.start_at(day), view.duration_min))
    return sorted(out, key=lambda o: o.start)



def next_held(view: SeriesView, now: dt.datetime, weeks: int = 60) -> Occurrence | None:
    """The next meeting held (moved ones at their new time) that has not ended at ``now``."""
    today = now.astimezone(view.zone).date()
    for occurrence in held_occurrences(view, today - dt.timedelta(weeks=1), today + dt.timedelta(weeks=weeks)):
        if occurrence.start + dt.timedelta(minutes=occurrence.minutes) > now:
            return occurrence
    return None
