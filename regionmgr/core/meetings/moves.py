"""Moved weekly meetings: an occurrence held at another time, and the meetings as they are held.

A moved week is stored as a ``meeting_skip`` row with ``moved_to`` (UTC) and ``moved_minutes``:
it is not held at its usual time (so ``SeriesView.skipped`` lists it) but at the new one, which
the invite writes as an override VEVENT (``ics.invite``) and the Meetings page shows.

An *extra* meeting (RFC 5545: an RDATE, or a DTSTART off the rule's weekday) is stored the same
way, on a date that is not an occurrence of the weekly rule: ``is_extra`` is the definition.
It is held on top of the weekly meetings; the invite writes it as an RDATE.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from regionmgr.core.calendar import weekly
from regionmgr.core.meetings.series import MeetingError, SeriesView, SkipView, scheduled
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


def is_extra(view: SeriesView, row: SkipView) -> bool:
    """Whether a ``meeting_skip`` row is an extra meeting: held (``moved_to`` set, not
    cancelled) on a local date that is not an occurrence of the weekly rule (another weekday,
    or outside its first..last meeting)."""
    return row.moved_to is not None and not row.cancelled and not weekly.is_occurrence(view, row.on_date)


def extras(view: SeriesView) -> dict[dt.date, SkipView]:
    """The extra meetings, by their local date."""
    return {row.on_date: row for row in view.skips if is_extra(view, row)}


@dataclass(frozen=True)
class Occurrence:
    """One meeting as it is held: its usual local date, its start (aware, in the series' zone)
    and length; ``moved`` when it is not at its usual time; ``extra`` for a meeting off the
    weekly rule (``is_extra``)."""

    on_date: dt.date
    start: dt.datetime
    minutes: int
    moved: bool = False
    extra: bool = False


def held_occurrences(view: SeriesView, start: dt.date, end: dt.date) -> list[Occurrence]:
    """The meetings held whose usual date is between ``start`` and ``end``: skipped and
    cancelled weeks left out, moved ones at their new time, extra ones included (in date order
    of the start)."""
    skipped, moved = view.skipped(), view.moved()
    out = [Occurrence(day, row.moved_to.astimezone(view.zone), row.moved_minutes or view.duration_min, extra=True)
           for day, row in extras(view).items() if start <= day <= end and row.moved_to is not None]
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
