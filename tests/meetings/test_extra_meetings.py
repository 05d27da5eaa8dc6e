"""Extra meetings (#15 point 4): a meeting outside the weekly rule (an RDATE, a DTSTART off the
BYDAY weekday) is stored as a ``meeting_skip`` row on a date off the rule (``moves.is_extra``),
held everywhere (next meeting, agenda, reminders, the Meetings page) and written back as RDATE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from regionmgr.core.calendar import weekly
from regionmgr.core.meetings import agenda, ics, ics_import, moves
from regionmgr.core.meetings import series as meetings
from regionmgr.core.tasks import reminders
from regionmgr.core.tasks.reminders import LeadTimes
from regionmgr.ui.meetings.meetings_page import MeetingsPage
from tests.conftest import FIXED_NOW

UTC = dt.UTC
CORPUS = Path(__file__).parent / "corpus"
ME = ("Me", "me@example.org")
ROME = ZoneInfo("Europe/Rome")


def _instants(data: bytes, start: dt.date, end: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    events = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(start, end)
    return sorted((e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC)) for e in events)


@pytest.mark.parametrize("name", ["davx5_byday_differs_from_dtstart.ics", "thunderbird_rdate_extra_meetings.ics"])
def test_import_then_export_holds_the_same_meetings_as_the_file(store, name):
    source = (CORPUS / name).read_bytes()
    imported = ics_import.parse(source, ME)
    assert imported.extras and not [n for n in imported.not_kept if n.kind == "extra"]
    view = meetings.load_series(store, ics_import.save(store, imported)[0])
    assert set(moves.extras(view)) == set(imported.extras)
    data = ics.invite(view.spec(), 1, FIXED_NOW)  # what the invite writes (the file may have no attendee)
    window = (dt.date(2026, 8, 1), dt.date(2027, 2, 1))
    expected = _instants(source, *window)
    if name.startswith("davx5"):
        # COUNT=5 with DTSTART off the rule: RFC 5545 counts DTSTART as the first of the 5 (the
        # importer's reading); recurring-ical-events adds it on top of 5 Wednesdays (as Google does)
        assert len(expected) == 6
        expected = expected[:5]
    assert _instants(data, *window) == expected
    again = ics_import.parse(data)  # and read back by the importer as the same extra meetings
    assert {d: (s.astimezone(UTC), m) for d, (s, m) in again.extras.items()} == {
        d: (s.astimezone(UTC), m) for d, (s, m) in imported.extras.items()}


def test_an_extra_meeting_is_an_rdate_and_an_override_only_when_its_length_differs():
    spec = ics.SeriesSpec(
        uid="x@regionmgr", summary="Call", organizer=ics.Person("A", "a@example.com"), attendees=(),
        weekday=2, start_local=dt.time(9, 30), duration_min=60, timezone="Europe/Rome",
        first_date=dt.date(2026, 10, 6), end_kind="count", count=4,
        skips=(ics.Skip(dt.date(2026, 10, 22), "", dt.datetime(2026, 10, 22, 15, 0, tzinfo=ROME), None),
               ics.Skip(dt.date(2026, 10, 30), "", dt.datetime(2026, 10, 30, 10, 0, tzinfo=ROME), 120)))
    cal = icalendar.Calendar.from_ical(ics.invite(spec, 0, FIXED_NOW))
    master, override = cal.walk("VEVENT")
    rdate = master["RDATE"]
    assert rdate.params["TZID"] == "Europe/Rome"
    assert [d.dt for d in rdate.dts] == [dt.datetime(2026, 10, 22, 15, 0, tzinfo=ROME),
                                         dt.datetime(2026, 10, 30, 10, 0, tzinfo=ROME)]
    assert override["RECURRENCE-ID"].dt == dt.datetime(2026, 10, 30, 10, 0, tzinfo=ROME)
    assert override["DTEND"].dt == dt.datetime(2026, 10, 30, 12, 0, tzinfo=ROME)
    assert "EXDATE" not in master


def _with_extra(store) -> tuple[meetings.SeriesView, dt.datetime]:
    """The sample series with an extra meeting two days after its next one (off its weekday)."""
    view = meetings.list_series(store)[0]
    day = meetings.next_occurrence(view, FIXED_NOW)
    assert day is not None
    extra_day = day + dt.timedelta(days=2)
    start = dt.datetime.combine(extra_day, dt.time(16, 0), view.zone)
    moves.move_occurrences(store, view.id, {extra_day: (start, 30)})
    return meetings.load_series(store, view.id), start


def test_an_extra_meeting_is_held_next_and_in_the_agenda(sample_store):
    view, start = _with_extra(sample_store)
    row = next(r for r in view.skips if r.moved_to is not None)
    assert moves.is_extra(view, row) and not weekly.is_occurrence(view, row.on_date)
    usual = meetings.next_occurrence(view, FIXED_NOW)
    assert usual is not None
    after_usual = view.start_at(usual).astimezone(UTC) + dt.timedelta(hours=3)
    assert meetings.next_occurrence(view, after_usual) == start.date()
    assert meetings.held_at(view, start.date()) == (start, 30)
    held = moves.held_occurrences(view, usual, usual + dt.timedelta(days=7))
    assert [(o.start, o.extra) for o in held][:2] == [(view.start_at(usual), False), (start, True)]
    built = agenda.build_agenda(sample_store, view, after_usual)
    assert built.meeting_date == start.date() and built.start == start.astimezone(UTC)
    assert meetings.previous_occurrence(view, start.date() + dt.timedelta(days=1)) == start.date()


def test_an_extra_meeting_is_reminded(sample_store):
    view, start = _with_extra(sample_store)
    leads = LeadTimes(meeting_min=15)
    at = start.astimezone(UTC) - dt.timedelta(minutes=10)
    found = [r for r in reminders.due_reminders(sample_store, at, "Europe/Paris", leads) if r.kind == "meeting"]
    assert [(r.ref_id, r.at) for r in found] == [(view.id, start.astimezone(UTC))]


def test_the_meetings_page_lists_the_extra_meeting(qtbot, sample_ctx):
    view, start = _with_extra(sample_ctx.store)
    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    page.series_view.selectRow(next(i for i, v in enumerate(page.series_model.rows) if v.id == view.id))
    model = page.skip_model
    qtbot.waitUntil(lambda: any(r.on_date == start.date() for r in model.rows))
    row = next(i for i, r in enumerate(model.rows) if r.on_date == start.date())
    state = model.index(row, model.COL_STATE).data()
    assert "Extra meeting" in state and "30 min" in state and "Moved" not in state
