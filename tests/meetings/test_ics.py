"""The .ics files: structure (RFC 5545/5546), VTIMEZONE rule pairs, folding, and expansion across DST."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import pytest
import recurring_ical_events
import vobject

from regionmgr.core.meetings import ics

UTC = dt.UTC
NOW = dt.datetime(2026, 9, 23, 9, 30, tzinfo=UTC)


def make_spec(**kw) -> ics.SeriesSpec:
    values = {
        "uid": "1234-abcd@regionmgr", "summary": "Weekly regional call",
        "organizer": ics.Person("Alex Morel", "alex.morel@example.com", "CHAIR"),
        "attendees": (ics.Person("Claire Dubois", "claire@example.fr"),
                   ics.Person("Priya Nair", "priya@example.ae", "OPT-PARTICIPANT")),
        "weekday": 2, "start_local": dt.time(10, 0), "duration_min": 60, "timezone": "Europe/Paris",
        "first_date": dt.date(2026, 10, 1), "video_url": "https://meet.example.com/regional-weekly",
    }
    values.update(kw)
    return ics.SeriesSpec(**values)


def lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    out = data.split(b"\r\n")[:-1]
    assert not any(b"\n" in line or b"\r" in line for line in out), "bare LF or CR inside a line"
    return out


def vtimezone_parts(zone: str) -> list[icalendar.cal.Component]:
    data = ics.build_vtimezone(zone, 2026).to_ical()
    assert b"RDATE" not in data  # Outlook ignores RDATE: rules only
    tz = icalendar.Timezone.from_ical(data)
    assert tz["TZID"] == zone
    return list(tz.subcomponents)


@pytest.mark.parametrize(
    ("zone", "daylight", "standard", "offsets"),
    [
        ("Europe/Paris", (3, "-1SU"), (10, "-1SU"), ("+0100", "+0200")),
        ("America/New_York", (3, "2SU"), (11, "1SU"), ("-0500", "-0400")),
        ("Australia/Sydney", (10, "1SU"), (4, "1SU"), ("+1000", "+1100")),
    ],
)
def test_vtimezone_is_an_open_ended_yearly_rule_pair(zone, daylight, standard, offsets):
    parts = {p.name: p for p in vtimezone_parts(zone)}
    assert set(parts) == {"DAYLIGHT", "STANDARD"}
    std_off, dst_off = offsets
    for name, (month, byday), off_from, off_to in (
        ("DAYLIGHT", daylight, std_off, dst_off),
        ("STANDARD", standard, dst_off, std_off),
    ):
        part = parts[name]
        rule = part["RRULE"]
        assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [month] and rule["BYDAY"] == [byday]
        assert "UNTIL" not in rule and "COUNT" not in rule
        text = part.to_ical().decode()
        assert f"TZOFFSETFROM:{off_from}" in text and f"TZOFFSETTO:{off_to}" in text
        # DTSTART is the rule's own first instance, a floating local time.
        start = part["DTSTART"].dt
        assert start.tzinfo is None and start.month == month and start.isoweekday() == 7


def test_zone_without_dst_gets_one_standard_part():
    (part,) = vtimezone_parts("Asia/Dubai")
    assert part.name == "STANDARD"
    text = part.to_ical().decode()
    assert "TZOFFSETFROM:+0400" in text and "TZOFFSETTO:+0400" in text and "RRULE" not in text


@pytest.mark.parametrize("zone", ["Africa/Casablanca", "Africa/Cairo"])
def test_zone_without_a_yearly_rule_gets_one_dated_observance_per_clock_change(zone):
    # Morocco's Ramadan changes and Cairo's "last Thursday of October, 24:00" (1 Nov 2030) fit no yearly rule.
    start, end = dt.datetime(2026, 10, 2, tzinfo=UTC), dt.datetime(2036, 10, 2, tzinfo=UTC)
    assert ics.yearly_rules(zone, 2026, 2036) is None
    assert not ics.has_yearly_rule(zone, start, end)
    tz = ics.build_vtimezone(zone, start, end)
    parts = list(tz.subcomponents)
    assert all("RRULE" not in p and "COMMENT" not in p for p in parts)
    changes = ics.transitions_between(zone, start - dt.timedelta(days=400), end + dt.timedelta(days=2))
    assert len(parts) == 1 + len(changes) >= 20
    zone_info = ZoneInfo(zone)
    for part, change in zip(parts[1:], changes, strict=True):
        assert part["DTSTART"].dt == change.local_before
        instant = (change.local_before - change.offset_from).replace(tzinfo=UTC)
        assert instant.astimezone(zone_info).utcoffset() == part["TZOFFSETTO"].td


def test_zone_with_a_yearly_rule_over_the_span_keeps_the_outlook_friendly_pair():
    start, end = dt.datetime(2026, 10, 2, tzinfo=UTC), dt.datetime(2036, 10, 2, tzinfo=UTC)
    assert ics.has_yearly_rule("Europe/Paris", start, end) and ics.has_yearly_rule("Asia/Dubai", start, end)


def test_friday_before_last_sunday_rule_uses_month_days():
    # Israel: DST starts on the Friday on or after 23 March.
    rules = ics.yearly_rules("Asia/Jerusalem", 2026)
    assert rules is not None
    assert (rules[0].month, rules[0].byday, rules[0].monthdays) == (3, "FR", tuple(range(23, 30)))


def test_unknown_zone_is_refused():
    with pytest.raises(ZoneInfoNotFoundError):
        ics.build_vtimezone("Mars/Olympus_Mons", 2026)


def test_invite_has_every_required_property():
    spec = make_spec(end_kind="until", until_date=dt.date(2027, 6, 30))
    data = ics.invite(spec, 0, NOW, "Agenda")
    cal = icalendar.Calendar.from_ical(data)
    assert cal["METHOD"] == "REQUEST" and cal["VERSION"] == "2.0" and cal["PRODID"]
    (event,) = cal.walk("VEVENT")
    assert event["UID"] == spec.uid and event["SEQUENCE"] == 0
    assert event["DTSTAMP"].dt == NOW
    start = event["DTSTART"]
    assert start.params["TZID"] == "Europe/Paris"
    assert start.dt == dt.datetime(2026, 10, 6, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))  # first Tuesday
    assert event["DTEND"].dt - start.dt == dt.timedelta(hours=1)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["TU"]
    # UNTIL in UTC: the last Tuesday 29 June 2027, 10:00 Paris (CEST) = 08:00 UTC.
    assert b"UNTIL=20270629T080000Z" in data
    org = event["ORGANIZER"]
    assert str(org) == "mailto:alex.morel@example.com" and org.params["CN"] == "Alex Morel"
    attendees = event["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:claire@example.fr", "mailto:priya@example.ae"]
    for a, role in zip(attendees, ("REQ-PARTICIPANT", "OPT-PARTICIPANT"), strict=True):
        assert a.params["ROLE"] == role and a.params["RSVP"] == "TRUE" and a.params["PARTSTAT"] == "NEEDS-ACTION"
    assert event["LOCATION"] == spec.video_url and event["URL"] == spec.video_url
    assert event["DESCRIPTION"] == "Agenda"
    # One VTIMEZONE for the one TZID used.
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    # A second, independent parser reads it too.
    v = vobject.readOne(data.decode())
    assert v.method.value == "REQUEST" and v.vevent.uid.value == spec.uid
    assert v.vevent.dtstart.value.utcoffset() == dt.timedelta(hours=2)


def test_lines_are_crlf_folded_at_75_octets_without_splitting_characters():
    long_fr = "Réunion hebdomadaire régionale : questions de paie, congés, accords d'entreprise " * 3
    long_ar = "الاجتماع الأسبوعي الإقليمي مع المراسلين في المغرب والإمارات " * 3
    spec = make_spec(summary=long_fr + long_ar,
                     attendees=(ics.Person("Élodie Écrivain-Dupré de la Fontaine-Saint-Étienne", "e@example.fr"),
                                ics.Person("سلمى بناني", "s.bennani@example.ma")))
    data = ics.invite(spec, 0, NOW, long_ar + "\n" + long_fr)
    for line in lines(data):
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is valid UTF-8 on its own: no character split
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert event["SUMMARY"] == long_fr + long_ar
    assert event["DESCRIPTION"] == long_ar + "\n" + long_fr
    v = vobject.readOne(data.decode())
    assert v.vevent.summary.value == long_fr + long_ar
    assert v.vevent.attendee_list[1].params["CN"] == ["سلمى بناني"]


def _expand_with_own_vtimezone(data: bytes, zone: str):
    """Rename the TZID so parsers must use our VTIMEZONE rules, not their own copy of the zone."""
    # (parsers cache zones by TZID, so each test zone gets its own made-up name)
    text = data.decode().replace(zone, f"Organizer zone {zone.replace('/', ' ')}")
    cal = icalendar.Calendar.from_ical(text)
    events = recurring_ical_events.of(cal).between(dt.datetime(2026, 1, 1), dt.datetime(2028, 1, 1))
    first = [e["DTSTART"].dt for e in events]
    second = list(vobject.readOne(text).vevent.getrruleset(addRDate=True))
    return first, second


def test_series_keeps_its_wall_clock_time_across_dst_for_every_reader():
    # Tuesdays 10:00 Paris from 6 Oct 2026, 8 weeks: Paris changes on 25 Oct, New York on 1 Nov.
    spec = make_spec(end_kind="count", count=8, skips=(ics.Skip(dt.date(2026, 10, 20), "Offsite"),))
    data = ics.invite(spec, 0, NOW)
    for starts in _expand_with_own_vtimezone(data, "Europe/Paris"):
        days = [s.date() for s in starts]
        assert dt.date(2026, 10, 20) not in days and len(days) == 7  # the EXDATE removed one week
        for s in starts:
            paris = s.astimezone(ZoneInfo("Europe/Paris"))
            dubai = s.astimezone(ZoneInfo("Asia/Dubai"))
            ny = s.astimezone(ZoneInfo("America/New_York"))
            assert paris.strftime("%H:%M") == "10:00"
            if s.date() < dt.date(2026, 10, 25):
                assert (dubai.strftime("%H:%M"), ny.strftime("%H:%M")) == ("12:00", "04:00")
            elif s.date() < dt.date(2026, 11, 1):
                # Paris has changed, New York not yet: the one week at 05:00 there.
                assert (dubai.strftime("%H:%M"), ny.strftime("%H:%M")) == ("13:00", "05:00")
            else:
                assert (dubai.strftime("%H:%M"), ny.strftime("%H:%M")) == ("13:00", "04:00")


def test_southern_hemisphere_series_keeps_its_time():
    spec = make_spec(timezone="Australia/Sydney", weekday=1, start_local=dt.time(9, 0),
                     first_date=dt.date(2026, 3, 23), end_kind="count", count=4)
    data = ics.invite(spec, 0, NOW)
    for starts in _expand_with_own_vtimezone(data, "Australia/Sydney"):
        assert [s.astimezone(ZoneInfo("Australia/Sydney")).strftime("%H:%M") for s in starts] == ["09:00"] * 4
        assert [s.astimezone(UTC).hour for s in starts] == [22, 22, 23, 23]  # AEDT ends 5 April


def test_cancel_one_occurrence():
    spec = make_spec()
    data = ics.cancel_occurrence(spec, dt.date(2026, 11, 3), 2, NOW)
    cal = icalendar.Calendar.from_ical(data)
    assert cal["METHOD"] == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert event["UID"] == spec.uid and event["SEQUENCE"] == 2 and event["STATUS"] == "CANCELLED"
    rid = event["RECURRENCE-ID"]
    assert rid.params["TZID"] == "Europe/Paris"
    assert rid.dt == dt.datetime(2026, 11, 3, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert "RRULE" not in event and len(event["ATTENDEE"]) == 2
    v = vobject.readOne(data.decode())
    assert v.vevent.recurrence_id.value.astimezone(UTC) == dt.datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def test_cancel_whole_series():
    spec = make_spec()
    data = ics.cancel_series(spec, 3, NOW)
    cal = icalendar.Calendar.from_ical(data)
    (event,) = cal.walk("VEVENT")
    assert cal["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 3
    assert "RECURRENCE-ID" not in event and event["UID"] == spec.uid
    assert vobject.readOne(data.decode()).vevent.status.value == "CANCELLED"


def test_holiday_reasons_go_in_the_description_and_at_most_one_comment():
    # RFC 5546 (iTIP REQUEST) allows 0..1 COMMENT; Outlook ignores COMMENT: the reasons belong in DESCRIPTION.
    skips = (ics.Skip(dt.date(2026, 12, 22), "Christmas week"), ics.Skip(dt.date(2026, 12, 29), "New Year (FR, DE)"),
             ics.Skip(dt.date(2027, 1, 5), ""))
    for description in (None, "Agenda\nNo meeting on:\n- 22 Dec 2026 (Christmas week)"):
        data = ics.invite(make_spec(skips=skips), 0, NOW, description)
        event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
        assert data.count(b"\r\nCOMMENT") <= 1
        text = str(event["DESCRIPTION"])
        assert "Christmas week" in text and "New Year (FR, DE)" in text
        assert text.count("Christmas week") == 1
        assert len(event["EXDATE"]) == 3 if isinstance(event["EXDATE"], list) else True
