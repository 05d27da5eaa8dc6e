"""Every time zone: an invite's VTIMEZONE, read back by independent readers, gives zoneinfo's instants.

Readers that build the zone from the file (not from their own copy of the tz database) must put
every meeting of a series at the instant zoneinfo gives, over the series' span (10 years when
open-ended). Checked for every zone of ``zoneinfo.available_timezones()`` with icalendar's
``Timezone.to_tz()`` and vobject's ``gettzinfo()`` (every occurrence of a Sunday 05:00 and a
Friday 12:00 series), and end to end with recurring-ical-events for the zones that need
dated transitions and a few with yearly rules.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

import icalendar
import pytest
import recurring_ical_events
import vobject

from regionmgr.core.meetings import ics

UTC = dt.UTC
NOW = dt.datetime(2026, 9, 23, 9, 30, tzinfo=UTC)
FIRST = dt.date(2026, 10, 1)


def spec(zone: str, weekday: int = 5, start: dt.time = dt.time(12, 0)) -> ics.SeriesSpec:
    return ics.SeriesSpec(
        uid="zones@regionmgr", summary="Zone check", organizer=ics.Person("A", "a@example.com", "CHAIR"),
        attendees=(ics.Person("B", "b@example.com"),), weekday=weekday, start_local=start, duration_min=60,
        timezone=zone, first_date=FIRST)


def _renamed(data: bytes, zone: str, name: str) -> str:
    """The file with the TZID renamed, so readers must use its VTIMEZONE rather than their own zone."""
    return data.decode().replace(f"TZID={zone}", f"TZID={name}").replace(f"TZID:{zone}", f"TZID:{name}")


def _real(local: dt.datetime, zone: ZoneInfo) -> bool:
    """Neither skipped by a clock change nor repeated (those have no single meaning to compare)."""
    a, b = local.replace(tzinfo=zone, fold=0), local.replace(tzinfo=zone, fold=1)
    return a.utcoffset() == b.utcoffset()


def _local_times() -> list[dt.datetime]:
    """Every occurrence of two weekly series over 10 years: Sundays 05:00 and Fridays 12:00."""
    out = []
    for weekday, at in ((7, dt.time(5, 0)), (5, dt.time(12, 0))):
        first = spec("UTC", weekday, at).first_occurrence()
        out += [dt.datetime.combine(first + dt.timedelta(weeks=n), at) for n in range(522)]
    return out


LOCAL = _local_times()
_READ: dict[bytes, dict[str, list[dt.datetime]]] = {}


def _read_back(data: bytes) -> dict[str, list[dt.datetime]]:
    """Each reader's UTC instants for ``LOCAL`` (memoised by the VTIMEZONE's body: many zones share one)."""
    (vtz,) = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    body = b"\n".join(line for line in vtz.to_ical().splitlines() if not line.startswith(b"TZID"))
    if body not in _READ:
        readers = {"icalendar": vtz.to_tz(lookup_tzid=False),
                   "vobject": vobject.readOne(data.decode()).vtimezone.gettzinfo()}
        _READ[body] = {name: [t.replace(tzinfo=tz).astimezone(UTC) for t in LOCAL] for name, tz in readers.items()}
    return _READ[body]


def _mismatches(zone_name: str) -> dict[str, int]:
    zone = ZoneInfo(zone_name)
    read = _read_back(ics.invite(spec(zone_name), 0, NOW))
    expected = [t.replace(tzinfo=zone).astimezone(UTC) if _real(t, zone) else None for t in LOCAL]
    return {name: sum(1 for e, g in zip(expected, got, strict=True) if e is not None and e != g)
            for name, got in read.items()}


@pytest.mark.slow
def test_every_zone_is_exact_for_readers_that_use_the_files_vtimezone():
    zones = sorted(available_timezones())
    assert len(zones) > 500
    wrong = {}
    for zone in zones:
        bad = _mismatches(zone)
        if any(bad.values()):
            wrong[zone] = bad
    assert wrong == {}


@pytest.mark.parametrize("zone", ["Africa/Cairo", "Africa/Casablanca", "Africa/El_Aaiun", "Europe/Paris",
                                  "America/Santiago", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Jerusalem"])
@pytest.mark.parametrize("weekday", [5, 7])
def test_weekly_series_expanded_end_to_end_lands_on_zoneinfo_instants(zone, weekday):
    s = spec(zone, weekday)
    data = ics.invite(s, 0, NOW)
    cal = icalendar.Calendar.from_ical(_renamed(data, zone, f"Own rules {zone.replace('/', ' ')} {weekday}"))
    first = s.first_occurrence()
    events = recurring_ical_events.of(cal).between(dt.datetime.combine(first, dt.time()),
                                                   dt.datetime.combine(first + dt.timedelta(days=3652), dt.time()))
    assert len(events) == 522
    for event in events:
        got = event["DTSTART"].dt
        assert got.tzinfo is not None
        expected = dt.datetime.combine(got.replace(tzinfo=None).date(), s.start_local, ZoneInfo(zone))
        assert got.astimezone(UTC) == expected.astimezone(UTC), got
