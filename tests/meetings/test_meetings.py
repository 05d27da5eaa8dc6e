"""Meeting series services: bad input, occurrences, holiday skips, sequence numbers and history."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import vobject
from sqlalchemy import select

from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import MeetingError
from regionmgr.store.models import Contact, Country, MeetingSeries
from tests.conftest import FIXED_NOW

UTC = dt.UTC


def good_values(**kw):
    values = {"name": "Weekly call", "organizer_name": "Alex Morel", "organizer_email": "alex@example.com",
                  "weekday": 5, "start_local": dt.time(10, 0), "duration_min": 60, "timezone": "Europe/Paris",
                  "video_url": "https://teams.example.com/l/meetup", "first_date": dt.date(2026, 11, 1),
                  "end_kind": "never", "until_date": None, "count": None, "description": ""}
    values.update(kw)
    return values


ATTENDEES = [{"name": "Claire", "email": "claire@example.fr"}, {"name": "", "email": "guest@example.org"}]


@pytest.mark.parametrize(
    ("values", "attendees", "code"),
    [
        ({}, [{"email": "not-an-address"}], "bad_email"),
        ({}, [{"email": "a@b"}], "bad_email"),
        ({"organizer_email": ""}, ATTENDEES, "no_organizer"),
        ({"end_kind": "until", "until_date": dt.date(2026, 10, 1)}, ATTENDEES, "end_before_start"),
        # Until the Wednesday after a Sunday start: no Friday occurrence at all.
        ({"end_kind": "until", "until_date": dt.date(2026, 11, 4)}, ATTENDEES, "end_before_start"),
        ({"duration_min": 0}, ATTENDEES, "bad_duration"),
        ({"duration_min": 24 * 60 + 1}, ATTENDEES, "bad_duration"),
        ({"timezone": "Europe/Atlantis"}, ATTENDEES, "unknown_zone"),
        ({"timezone": ""}, ATTENDEES, "unknown_zone"),
        ({"end_kind": "count", "count": 0}, ATTENDEES, "bad_count"),
        ({"name": "  "}, ATTENDEES, "no_name"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(store, values, attendees, code):
    with pytest.raises(MeetingError) as err:
        meetings.create_series(store, good_values(**values), attendees)
    assert err.value.code == code and str(err.value)
    assert meetings.list_series(store) == []


def test_bad_edit_leaves_the_series_unchanged(store):
    sid = meetings.create_series(store, good_values(), ATTENDEES)
    with pytest.raises(MeetingError):
        meetings.update_series(store, sid, good_values(name="Renamed"), [{"email": "not-an-address"}])
    view = meetings.load_series(store, sid)
    assert view.name == "Weekly call" and len(view.attendees) == 2


def test_a_series_without_attendees_is_kept_but_not_sent(store):
    """Attendees can be added later (an imported series may have none); an invite needs them."""
    sid = meetings.create_series(store, good_values(), [])
    view = meetings.load_series(store, sid)
    assert len(view.attendees) == 0
    with pytest.raises(MeetingError) as err:
        meetings.prepare_request(view, dt.datetime(2026, 11, 20, tzinfo=dt.UTC))
    assert err.value.code == "no_attendees"


def test_occurrences_respect_the_end(store):
    sid = meetings.create_series(store, good_values(end_kind="count", count=3), ATTENDEES)
    view = meetings.load_series(store, sid)
    assert meetings.scheduled(view, dt.date(2026, 1, 1), dt.date(2027, 12, 31)) == [
        dt.date(2026, 11, 6), dt.date(2026, 11, 13), dt.date(2026, 11, 20)]
    meetings.update_series(store, sid, good_values(end_kind="until", until_date=dt.date(2026, 11, 13)), ATTENDEES)
    view = meetings.load_series(store, sid)
    assert view.count is None
    assert meetings.scheduled(view, dt.date(2026, 1, 1), dt.date(2027, 12, 31)) == [
        dt.date(2026, 11, 6), dt.date(2026, 11, 13)]


def test_next_and_previous_occurrence_skip_skipped_weeks(sample_store):
    view = meetings.list_series(sample_store)[0]
    assert meetings.next_occurrence(view, FIXED_NOW) == dt.date(2026, 11, 24)  # Tuesday after Monday 23
    meetings.add_skips(sample_store, view.id, [(dt.date(2026, 11, 24), "Offsite")])
    view = meetings.load_series(sample_store, view.id)
    assert meetings.next_occurrence(view, FIXED_NOW) == dt.date(2026, 12, 1)
    assert meetings.previous_occurrence(view, dt.date(2026, 12, 1)) == dt.date(2026, 11, 17)


def _series_with_countries(store, codes_zones, weekday, start=dt.time(10, 0), zone="Europe/Paris"):
    with store.write() as s:
        for pos, (code, tz) in enumerate(codes_zones):
            c = Country(code=code, timezone=tz, position=pos)
            s.add(c)
            s.flush()
            s.add(Contact(country_id=c.id, name=f"Contact {code}", email=f"someone@example.{code.lower()}"))
    with store.session() as s:
        contacts = list(s.scalars(select(Contact)))
    attendees = [{"name": c.name, "email": c.email, "contact_id": c.id} for c in contacts]
    return meetings.create_series(store, good_values(weekday=weekday, start_local=start, timezone=zone,
                                                     first_date=dt.date(2026, 11, 1)), attendees)


def test_holidays_of_organizer_and_attendees_become_named_exdates(store):
    # Fridays 10:00 Paris with correspondents in Germany and the UAE (organizer in France by zone).
    sid = _series_with_countries(store, [("DE", "Europe/Berlin"), ("AE", "Asia/Dubai")], weekday=5)
    view = meetings.load_series(store, sid)
    clashes = meetings.holiday_clashes(store, view, dt.date(2026, 11, 1), dt.date(2027, 1, 31))
    by_day = {c.on_date: dict(c.holidays) for c in clashes}
    assert set(by_day[dt.date(2026, 12, 25)]) == {"FR", "DE"}  # Christmas, in France and Germany
    assert "Christmas" in by_day[dt.date(2026, 12, 25)]["FR"]
    assert set(by_day[dt.date(2027, 1, 1)]) == {"FR", "DE", "AE"}  # New Year's Day everywhere
    meetings.add_skips(store, sid, [(c.on_date, c.reason()) for c in clashes])
    view = meetings.load_series(store, sid)
    out = meetings.prepare_request(view, FIXED_NOW)
    event = icalendar.Calendar.from_ical(out.data).walk("VEVENT")[0]
    exdates = sorted(d.dt.date() for prop in _as_list(event["EXDATE"]) for d in prop.dts)
    assert exdates == sorted(by_day)
    assert "COMMENT" not in event  # reasons in the description (iTIP: 0..1 COMMENT)
    assert "2026-12-25 (Christmas Day (FR, DE))" in str(event["DESCRIPTION"])
    # Already skipped dates are not offered again.
    assert meetings.holiday_clashes(store, view, dt.date(2026, 11, 1), dt.date(2027, 1, 31)) == []


def test_holiday_names_are_in_the_ui_language_where_the_country_has_them(store):
    sid = _series_with_countries(store, [("DE", "Europe/Berlin"), ("AE", "Asia/Dubai")], weekday=5)
    view = meetings.load_series(store, sid)
    clashes = meetings.holiday_clashes(store, view, dt.date(2026, 11, 1), dt.date(2027, 1, 31), language="fr")
    by_day = {c.on_date: dict(c.holidays) for c in clashes}
    assert by_day[dt.date(2026, 12, 25)]["FR"] == "Noël"
    assert by_day[dt.date(2027, 1, 1)]["FR"] == "Jour de l'an"
    assert "New Year" in by_day[dt.date(2027, 1, 1)]["AE"]  # no French names for the UAE: English, not Arabic


def test_holiday_is_checked_on_each_country_s_own_date(store):
    # Thanksgiving is Thursday 26 Nov 2026: a Friday 03:00 Dubai meeting is Thursday 18:00 in New York.
    sid = _series_with_countries(store, [("US", "America/New_York")], weekday=5, start=dt.time(3, 0),
                                 zone="Asia/Dubai")
    view = meetings.load_series(store, sid)
    clashes = meetings.holiday_clashes(store, view, dt.date(2026, 11, 20), dt.date(2026, 11, 30))
    assert [(c.on_date, [code for code, _ in c.holidays]) for c in clashes] == [(dt.date(2026, 11, 27), ["US"])]


def _as_list(value):
    return value if isinstance(value, list) else [value]


def test_sequence_numbers_and_history(sample_store):
    view = meetings.list_series(sample_store)[0]
    first = meetings.prepare_request(view, FIXED_NOW)
    assert first.sequence == 0
    meetings.record_sent(sample_store, view.id, first, FIXED_NOW)
    view = meetings.load_series(sample_store, view.id)
    # Cancel one week: same UID, higher SEQUENCE, RECURRENCE-ID; the week is noted as cancelled.
    cancel = meetings.prepare_cancel(view, FIXED_NOW, dt.date(2026, 12, 1))
    assert (cancel.method, cancel.sequence, cancel.recurrence_date) == ("CANCEL", 1, dt.date(2026, 12, 1))
    meetings.record_sent(sample_store, view.id, cancel, FIXED_NOW, "Public holiday")
    view = meetings.load_series(sample_store, view.id)
    assert view.skipped()[dt.date(2026, 12, 1)].cancelled
    with pytest.raises(MeetingError) as err:
        meetings.prepare_cancel(view, FIXED_NOW, dt.date(2026, 12, 1))
    assert err.value.code == "already_cancelled"
    with pytest.raises(MeetingError) as err:
        meetings.prepare_cancel(view, FIXED_NOW, dt.date(2026, 12, 2))  # a Wednesday
    assert err.value.code == "not_an_occurrence"
    # An update after a change: SEQUENCE 2, the cancelled week as EXDATE.
    meetings.update_series(sample_store, view.id, {**meetings.values_of(view), "duration_min": 45},
                           meetings.attendee_values(view))
    view = meetings.load_series(sample_store, view.id)
    update = meetings.prepare_request(view, FIXED_NOW)
    assert update.sequence == 2
    event = vobject.readOne(update.data.decode()).vevent
    assert event.uid.value == view.uid and event.sequence.value == "2"
    assert [d.date() for d in event.exdate.value] == [dt.date(2026, 12, 1)]
    meetings.record_sent(sample_store, view.id, update, FIXED_NOW)
    # Cancel the series: SEQUENCE 3, status cancelled; nothing more can be sent.
    view = meetings.load_series(sample_store, view.id)
    end = meetings.prepare_cancel(view, FIXED_NOW)
    assert end.sequence == 3 and end.cancels_series
    meetings.record_sent(sample_store, view.id, end, FIXED_NOW)
    view = meetings.load_series(sample_store, view.id)
    assert view.status == "cancelled" and view.sequence == 3
    assert [(s.method, s.sequence) for s in view.sent] == [("REQUEST", 0), ("CANCEL", 1), ("REQUEST", 2),
                                                          ("CANCEL", 3)]
    assert all(icalendar.Calendar.from_ical(s.ics) for s in view.sent)
    with pytest.raises(MeetingError) as err:
        meetings.prepare_request(view, FIXED_NOW)
    assert err.value.code == "series_cancelled"


def test_snapshot_restore_undoes_any_change(sample_store):
    view = meetings.list_series(sample_store)[0]
    before = meetings.snapshot(sample_store, view.id)
    meetings.update_series(sample_store, view.id, {**meetings.values_of(view), "name": "Changed"},
                           meetings.attendee_values(view)[:1])
    out = meetings.prepare_request(meetings.load_series(sample_store, view.id), FIXED_NOW)
    meetings.record_sent(sample_store, view.id, out, FIXED_NOW)
    meetings.restore_snapshot(sample_store, view.id, before)
    again = meetings.load_series(sample_store, view.id)
    assert again.name == view.name and again.attendees == view.attendees and again.sent == []
    meetings.restore_snapshot(sample_store, view.id, None)
    with sample_store.session() as s:
        assert s.scalars(select(MeetingSeries)).all() == []


def test_find_series_by_name(sample_store):
    assert meetings.find_series(sample_store, "weekly REGIONAL call").name == "Weekly regional call"
    with pytest.raises(MeetingError):
        meetings.find_series(sample_store, "nope")


def test_organizer_defaults_and_home_country(sample_store):
    old = meetings.set_settings(sample_store, {"organizer_name": "Alex", "home_country": "ma"})
    assert old == {"organizer_name": None, "home_country": None}
    view = meetings.list_series(sample_store)[0]
    assert meetings.home_country(sample_store, view) == "MA"
    meetings.restore_settings(sample_store, old)
    assert meetings.home_country(sample_store, view) == "FR"  # from Europe/Paris
    assert meetings.get_settings(sample_store, ["organizer_name"]) == {"organizer_name": ""}
