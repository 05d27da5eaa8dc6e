"""Moved occurrences (#15 follow-up): stored as moved_to/moved_minutes, written in invites as
RECURRENCE-ID overrides (read back by icalendar + recurring-ical-events), imported and exported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from regionmgr.core.meetings import ics, ics_import, moves
from regionmgr.core.meetings import series as meetings
from regionmgr.store.db import open_store
from tests.conftest import FIXED_NOW

UTC = dt.UTC
CORPUS = Path(__file__).parent / "corpus"
LONDON = ZoneInfo("Europe/London")
PARIS = ZoneInfo("Europe/Paris")


def _spec(**kw) -> ics.SeriesSpec:
    values = {
        "uid": "moved-1@regionmgr", "summary": "Weekly call", "organizer": ics.Person("Alex", "alex@example.com"),
        "attendees": (ics.Person("Claire", "claire@example.fr"),), "weekday": 2, "start_local": dt.time(10, 0),
        "duration_min": 60, "timezone": "Europe/Paris", "first_date": dt.date(2026, 10, 6),
        "end_kind": "count", "count": 6,
    }
    values.update(kw)
    return ics.SeriesSpec(**values)


def _starts(data: bytes, start: dt.date, end: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    cal = icalendar.Calendar.from_ical(data)
    events = recurring_ical_events.of(cal).between(start, end)
    return sorted((e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC)) for e in events)


def test_a_moved_week_is_an_override_at_its_new_instant_and_not_at_the_old_one():
    # the 27 Oct meeting (after the clock change) moves to Wednesday 28 Oct 15:30 for 45 minutes
    new = dt.datetime(2026, 10, 28, 15, 30, tzinfo=PARIS)
    spec = _spec(skips=(ics.Skip(dt.date(2026, 10, 27), "", new, 45), ics.Skip(dt.date(2026, 11, 3), "Holiday")))
    data = ics.invite(spec, 3, FIXED_NOW)
    cal = icalendar.Calendar.from_ical(data)
    master, override = cal.walk("VEVENT")
    assert override["UID"] == master["UID"] and override["SEQUENCE"] == master["SEQUENCE"] == 3
    assert override["RECURRENCE-ID"].dt == dt.datetime(2026, 10, 27, 10, 0, tzinfo=PARIS)
    assert override["RECURRENCE-ID"].params["TZID"] == override["DTSTART"].params["TZID"] == "Europe/Paris"
    assert override["DTSTART"].dt == new and override["DTEND"].dt == new + dt.timedelta(minutes=45)
    exdates = [d.dt.date() for prop in [master["EXDATE"]] for d in prop.dts]
    assert exdates == [dt.date(2026, 11, 3)]  # the moved week is no EXDATE (that would hide it)
    starts = _starts(data, dt.date(2026, 10, 1), dt.date(2026, 12, 1))
    assert (new.astimezone(UTC), (new + dt.timedelta(minutes=45)).astimezone(UTC)) in starts
    old = dt.datetime(2026, 10, 27, 10, 0, tzinfo=PARIS).astimezone(UTC)
    assert all(s != old for s, _e in starts)  # no duplicate at the old time
    assert len(starts) == 5  # six meetings, one skipped
    assert "Holiday" in str(master["DESCRIPTION"])


def test_moved_weeks_are_stored_and_shown_as_held_then(sample_store):
    view = meetings.list_series(sample_store)[0]
    day = meetings.next_occurrence(view, FIXED_NOW)
    assert day is not None
    new = view.start_at(day) + dt.timedelta(days=1, hours=2)
    moves.move_occurrences(sample_store, view.id, {day: (new, 30)})
    view = meetings.load_series(sample_store, view.id)
    week = view.moved()[day]
    assert week.moved_to == new.astimezone(UTC) and week.moved_minutes == 30 and not week.cancelled
    held = moves.held_occurrences(view, day - dt.timedelta(days=7), day + dt.timedelta(days=7))
    assert [(o.start, o.minutes, o.moved) for o in held if o.on_date == day] == [(new, 30, True)]
    data = meetings.prepare_request(view, FIXED_NOW).data
    starts = _starts(data, day - dt.timedelta(days=1), day + dt.timedelta(days=3))
    assert [s for s, _e in starts] == [new.astimezone(UTC)]
    moves.move_occurrences(sample_store, view.id, {day: (None, None)})  # back at its usual time
    view = meetings.load_series(sample_store, view.id)
    assert view.moved() == {} and day not in view.skipped()


def test_the_importer_stores_a_moved_week_as_moved(store):
    imported = ics_import.parse((CORPUS / "apple_calendar_moved_week.ics").read_bytes(), ("Me", "me@example.org"))
    assert imported.moves == {dt.date(2026, 10, 20): (dt.datetime(2026, 10, 21, 15, 0, tzinfo=LONDON), 60)}
    series_id, _created = ics_import.save(store, imported)
    view = meetings.load_series(store, series_id)
    assert {d: (s.reason, s.moved_to, s.moved_minutes) for d, s in view.skipped().items()} == {
        dt.date(2026, 10, 20): ("", dt.datetime(2026, 10, 21, 14, 0, tzinfo=UTC), 60)}


def test_import_export_round_trip_of_the_corpus_moved_week(store, tmp_path):
    source = (CORPUS / "apple_calendar_moved_week.ics").read_bytes()
    imported = ics_import.parse(source, ("Me", "me@example.org"))
    view = meetings.load_series(store, ics_import.save(store, imported)[0])
    data = meetings.prepare_request(view, FIXED_NOW).data
    window = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert _starts(data, *window) == _starts(source, *window)  # same meetings as the original file
    again = ics_import.parse(data)
    assert again.moves == imported.moves and again.uid == imported.uid
    other = open_store(tmp_path / "other.sqlite")
    try:
        view2 = meetings.load_series(other, ics_import.save(other, again)[0])
        assert view2.moved()[dt.date(2026, 10, 20)].moved_to == dt.datetime(2026, 10, 21, 14, 0, tzinfo=UTC)
    finally:
        other.close()


def test_a_cancelled_week_is_not_moved(sample_store):
    view = meetings.list_series(sample_store)[0]
    day = meetings.next_occurrence(view, FIXED_NOW)
    assert day is not None
    out = meetings.prepare_cancel(view, FIXED_NOW, day)
    meetings.record_sent(sample_store, view.id, out, FIXED_NOW)
    moves.move_occurrences(sample_store, view.id, {day: (view.start_at(day) + dt.timedelta(hours=1), None)})
    view = meetings.load_series(sample_store, view.id)
    assert view.moved() == {} and view.skipped()[day].cancelled


def test_cancelling_a_moved_week_names_it_at_its_new_time():
    new = dt.datetime(2026, 10, 28, 15, 30, tzinfo=PARIS)
    spec = _spec(skips=(ics.Skip(dt.date(2026, 10, 27), "", new, 45),))
    event = icalendar.Calendar.from_ical(ics.cancel_occurrence(spec, dt.date(2026, 10, 27), 4, FIXED_NOW)).walk(
        "VEVENT")[0]
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 4
    assert event["RECURRENCE-ID"].dt == dt.datetime(2026, 10, 27, 10, 0, tzinfo=PARIS)
    assert event["DTSTART"].dt == new


def test_a_moved_week_cancelled_later_stays_cancelled_in_the_next_update(sample_store):
    """Move a week, send the cancellation of it, then send an update: the week must not come back
    at its moved time (the update excludes it)."""
    view = meetings.list_series(sample_store)[0]
    day = meetings.next_occurrence(view, FIXED_NOW)
    assert day is not None
    new = view.start_at(day) + dt.timedelta(hours=3)
    moves.move_occurrences(sample_store, view.id, {day: (new, 30)})
    view = meetings.load_series(sample_store, view.id)
    cancel = meetings.prepare_cancel(view, FIXED_NOW, day)
    meetings.record_sent(sample_store, view.id, cancel, FIXED_NOW)
    view = meetings.load_series(sample_store, view.id)
    data = meetings.prepare_request(view, FIXED_NOW).data
    starts = _starts(data, day - dt.timedelta(days=1), day + dt.timedelta(days=2))
    assert starts == []
