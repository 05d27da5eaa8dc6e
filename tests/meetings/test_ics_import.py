"""Importing a weekly meeting from an .ics file: our own invites, a hand-made one, and hostile files."""

from __future__ import annotations

import datetime as dt

import pytest

from regionmgr.core.meetings import ics_import
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.ics_import import IcsImportError
from regionmgr.store.db import open_store
from tests.conftest import FIXED_NOW

HAND_MADE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example Corp//Outlook//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E008-weekly@example.com\r
SUMMARY:Point hebdo Maghreb\r
DTSTART;TZID=Romance Standard Time:20261203T143000\r
DTEND;TZID=Romance Standard Time:20261203T151500\r
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270325T133000Z\r
EXDATE;TZID=Romance Standard Time:20261224T143000,20261231T143000\r
ORGANIZER;CN="Nadia Benali":mailto:nadia@example.com\r
ATTENDEE;CN=Karim;ROLE=REQ-PARTICIPANT:mailto:karim@example.ma\r
ATTENDEE;CN=Lea;ROLE=OPT-PARTICIPANT:mailto:lea@example.fr\r
ATTENDEE;CN=Room 4:MAILTO:not-an-address\r
LOCATION:https://meet.example.com/abc-defg Salle 4\r
DESCRIPTION:Ordre du jour : chiffres\\, recrutements\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_hand_made_outlook_style_invite(store):
    imported = ics_import.parse(HAND_MADE)
    v = imported.values
    assert imported.uid == "040000008200E00074C5B7101A82E008-weekly@example.com"
    assert v["name"] == "Point hebdo Maghreb"
    assert v["timezone"] == "Europe/Paris"  # Windows zone name mapped to IANA
    assert (v["weekday"], v["start_local"], v["duration_min"]) == (4, dt.time(14, 30), 45)
    assert v["first_date"] == dt.date(2026, 12, 3)
    assert (v["end_kind"], v["until_date"]) == ("until", dt.date(2027, 3, 25))
    assert (v["organizer_name"], v["organizer_email"]) == ("Nadia Benali", "nadia@example.com")
    assert [(a["name"], a["email"], a["role"]) for a in imported.attendees] == [
        ("Karim", "karim@example.ma", "REQ-PARTICIPANT"), ("Lea", "lea@example.fr", "OPT-PARTICIPANT")]
    assert v["video_url"] == "https://meet.example.com/abc-defg"
    assert imported.skips == [dt.date(2026, 12, 24), dt.date(2026, 12, 31)]

    series_id, created = ics_import.save(store, imported)
    assert created
    view = meetings.load_series(store, series_id)
    assert view.uid == imported.uid
    assert sorted(view.skipped()) == [dt.date(2026, 12, 24), dt.date(2026, 12, 31)]
    # the next held meeting skips Christmas Eve
    assert meetings.next_occurrence(view, dt.datetime(2026, 12, 20, tzinfo=dt.UTC)) == dt.date(2027, 1, 7)

    again, created = ics_import.save(store, ics_import.parse(HAND_MADE.replace(b"hebdo", b"weekly")))
    assert (again, created) == (series_id, False)  # same UID: the series is updated, not duplicated
    assert [s.name for s in meetings.list_series(store)] == ["Point weekly Maghreb"]


def test_an_invite_written_by_the_meetings_code_round_trips(sample_store, tmp_path):
    view = meetings.list_series(sample_store)[0]
    meetings.add_skips(sample_store, view.id, [(dt.date(2026, 12, 22), "Holiday")])
    view = meetings.load_series(sample_store, view.id)
    data = meetings.prepare_request(view, FIXED_NOW).data
    imported = ics_import.parse(data)
    for key in ("name", "organizer_email", "weekday", "start_local", "duration_min", "timezone",
                "first_date", "end_kind", "until_date", "count"):
        assert imported.values[key] == getattr(view, key), key
    assert {a["email"] for a in imported.attendees} == {a.email for a in view.attendees}
    assert dt.date(2026, 12, 22) in imported.skips
    other = open_store(tmp_path / "other.sqlite")  # another computer's store
    try:
        series_id, created = ics_import.save(other, imported)
        assert created and meetings.load_series(other, series_id).uid == view.uid
    finally:
        other.close()


def _calendar(body: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + body + "END:VCALENDAR\r\n").encode()


EVENT = ("BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:S\r\nDTSTART;TZID=Europe/Paris:20261203T100000\r\n"
         "DURATION:PT1H\r\nRRULE:{rule}\r\nORGANIZER:mailto:a@example.com\r\n"
         "ATTENDEE:mailto:b@example.com\r\nEND:VEVENT\r\n")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x00\xff not a calendar at all", "unreadable"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", "unreadable"),
        (_calendar(""), "no_event"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=DAILY")), "not_weekly"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY;INTERVAL=2")), "every_n_weeks"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY;BYDAY=MO,TU")), "several_days"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY") + EVENT.format(uid="2", rule="FREQ=WEEKLY")),
         "several"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY") * 300), "too_many"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY").replace("Europe/Paris", "Mars/Olympus")),
         "unknown_zone"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY").replace("PT1H", "P3D")), "bad_duration"),
        (_calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY")).replace(b"PRODID:x", b"METHOD:CANCEL"),
         "cancelled"),
    ],
)
def test_hostile_or_unusable_files_are_refused(data, code, store):
    with pytest.raises(IcsImportError) as info:
        ics_import.parse(data)
    assert info.value.code == code
    assert str(info.value)
    assert meetings.list_series(store) == []


def test_huge_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.ics"
    with big.open("wb") as f:
        f.truncate(ics_import.MAX_BYTES + 1)
    with pytest.raises(IcsImportError) as info:
        ics_import.read_file(big)
    assert info.value.code == "too_big"
    with pytest.raises(IcsImportError) as info:
        ics_import.read_file(tmp_path / "missing.ics")
    assert info.value.code == "missing"


def test_a_forever_every_second_rule_is_not_expanded():
    data = _calendar(EVENT.format(uid="1", rule="FREQ=SECONDLY;INTERVAL=1"))
    with pytest.raises(IcsImportError):
        ics_import.parse(data)


def test_missing_organizer_falls_back_to_the_settings_one():
    data = _calendar(EVENT.format(uid="1", rule="FREQ=WEEKLY;COUNT=5").replace(
        "ORGANIZER:mailto:a@example.com\r\n", ""))
    imported = ics_import.parse(data, ("Me", "me@example.com"))
    assert imported.values["organizer_email"] == "me@example.com"
    assert (imported.values["end_kind"], imported.values["count"]) == ("count", 5)


CORPUS = __import__("pathlib").Path(__file__).parent / "corpus"


def test_cancelled_weeks_are_saved_as_skipped_weeks_and_moved_ones_as_moved(store):
    imported = ics_import.parse((CORPUS / "apple_calendar_moved_week.ics").read_bytes(), ("Me", "me@example.org"))
    series_id, _created = ics_import.save(store, imported)
    view = meetings.load_series(store, series_id)
    assert {d: (s.reason, s.moved_to) for d, s in view.skipped().items()} == {
        dt.date(2026, 10, 20): ("", dt.datetime(2026, 10, 21, 14, 0, tzinfo=dt.UTC))}
    # held weeks around it are untouched; the moved one is held at its new time, not at its old one
    assert meetings.next_occurrence(view, dt.datetime(2026, 10, 14, tzinfo=dt.UTC)) == dt.date(2026, 10, 20)
    start, _minutes = meetings.held_at(view, dt.date(2026, 10, 20))
    assert start == dt.datetime(2026, 10, 21, 14, 0, tzinfo=dt.UTC)
    assert meetings.next_occurrence(view, dt.datetime(2026, 10, 21, 16, tzinfo=dt.UTC)) == dt.date(2026, 10, 27)
    imported = ics_import.parse((CORPUS / "thunderbird_cancelled_week.ics").read_bytes())
    view = meetings.load_series(store, ics_import.save(store, imported)[0])
    assert sorted(view.skipped()) == [dt.date(2026, 9, 24), dt.date(2026, 10, 1)]


def test_until_keeps_the_last_meeting_exactly(store):
    imported = ics_import.parse((CORPUS / "outlook2016_romance_until_exdate.ics").read_bytes())
    view = meetings.load_series(store, ics_import.save(store, imported)[0])
    # UNTIL=20270316T000000Z: the 16 March 09:30 meeting starts after it
    assert meetings.scheduled(view, dt.date(2027, 3, 1), dt.date(2027, 3, 31)) == [dt.date(2027, 3, 2),
                                                                                  dt.date(2027, 3, 9)]


def test_a_series_without_attendees_is_saved(store):
    imported = ics_import.parse((CORPUS / "nextcloud_no_attendees.ics").read_bytes(), ("Me", "me@example.org"))
    assert imported.attendees == []
    view = meetings.load_series(store, ics_import.save(store, imported)[0])
    assert view.attendees == [] and view.name == "Wochenplanung"


def test_a_file_zone_of_a_known_name_never_leaks_into_another_file():
    """icalendar caches zones by TZID across files: two "Customized Time Zone" files differ."""
    cet = ics_import.parse((CORPUS / "exchange_customized_time_zone_cet.ics").read_bytes())
    eastern = ics_import.parse((CORPUS / "exchange_customized_time_zone_us_eastern.ics").read_bytes())
    assert (cet.values["timezone"], eastern.values["timezone"]) != (cet.values["timezone"],) * 2
    assert eastern.first_start() == dt.datetime(2026, 11, 5, 14, 0, tzinfo=dt.UTC)


def test_a_crafted_zone_costs_a_bounded_number_of_checks(monkeypatch):
    """A VTIMEZONE agreeing with many zones at the meeting times but with none hour by hour is
    checked hour by hour against a few zones only, then refused as an unknown zone."""
    from regionmgr.core.meetings import ics_zones

    data = (CORPUS / "exchange_customized_time_zone_cet.ics").read_bytes().replace(
        b"DTSTART:16010101T030000", b"DTSTART:16010101T050000")  # CET, but back to winter time at 05:00
    checked = []
    real = ics_zones.agrees_hourly
    monkeypatch.setattr(ics_zones, "agrees_hourly", lambda zone, hours: checked.append(zone) or real(zone, hours))
    with pytest.raises(IcsImportError) as info:
        ics_import.parse(data)
    assert info.value.code == "unknown_zone"
    assert 1 <= len(checked) <= 8  # while dozens of CET zones agree at 11:00 on Wednesdays
