"""iCalendar (.ics) files for the weekly meeting: invites, updates and cancellations.

Written with the ``icalendar`` library (RFC 5545 objects, RFC 5546 methods),
never by hand. Choices that make every calendar client accept the files:

* One VEVENT per file with a stable UID, DTSTAMP and SEQUENCE; DTSTART/DTEND
  carry the organizer's TZID, so the meeting keeps its wall-clock time there
  across clock changes; RRULE weekly with BYDAY, UNTIL in UTC (RFC 5545 3.3.10
  requires UTC when DTSTART has a TZID).
* The VTIMEZONE is built here, not by icalendar's automatic generation: that
  one lists every transition as RDATEs, and Outlook reads only TZID, DTSTART,
  RRULE, TZOFFSETFROM and TZOFFSETTO, so it would shift the series by an hour
  after a clock change. We derive an open-ended yearly rule pair (DAYLIGHT and
  STANDARD, e.g. ``BYMONTH=3;BYDAY=-1SU``) from the zone's current rules in
  the tz database; a zone without DST gets one STANDARD part.
* Zones whose clock changes follow no yearly rule (Africa/Casablanca, where the
  tz database models Ramadan as irregular transitions) get one STANDARD part
  with the offset in force for most of the year, and a COMMENT saying so.
  Clients that know the IANA zone name (Apple, Google, Thunderbird, new
  Outlook) use their own rules for the TZID and show every week right;
  clients that only read the VTIMEZONE show the Ramadan weeks an hour off,
  which is still better than a wrong rule for the whole year.
* Lines are folded by icalendar at 75 octets with CRLF, never inside a UTF-8
  character (checked by the tests with long French and Arabic text).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vRecur,
)

from regionmgr.core.calendar import weekly

UTC = dt.UTC
PRODID = "-//Region Manager//Weekly meeting//EN"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # index = ISO weekday - 1
ROLES = ("REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR", "NON-PARTICIPANT")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    role: str = "REQ-PARTICIPANT"


@dataclass(frozen=True)
class Skip:
    on_date: dt.date  # the occurrence's local date in the series' zone
    reason: str = ""


@dataclass(frozen=True)
class SeriesSpec:
    """Everything an invite needs, as plain values (no ORM)."""

    uid: str
    summary: str
    organizer: Person
    attendees: tuple[Person, ...]
    weekday: int  # ISO, Monday=1
    start_local: dt.time
    duration_min: int
    timezone: str
    first_date: dt.date
    video_url: str = ""
    end_kind: str = "never"  # never | until | count
    until_date: dt.date | None = None
    count: int | None = None
    description: str = ""
    skips: tuple[Skip, ...] = field(default_factory=tuple)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def first_occurrence(self) -> dt.date:
        """The first date on or after ``first_date`` that falls on ``weekday``."""
        return weekly.first_occurrence(self)

    def start_at(self, day: dt.date) -> dt.datetime:
        """The occurrence on local ``day`` as an aware datetime in the series' zone."""
        return weekly.start_at(self, day)

    def end_at(self, day: dt.date) -> dt.datetime:
        # Wall-clock addition in the zone, then normalised through UTC (correct across a change).
        start = self.start_at(day).astimezone(UTC)
        return (start + dt.timedelta(minutes=self.duration_min)).astimezone(self.zone)


# -- VTIMEZONE --------------------------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """A clock change: the local wall time just before it and the offsets around it."""

    local_before: dt.datetime  # naive, in the offset before the change
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name_to: str
    is_dst: bool


@dataclass(frozen=True)
class YearlyRule:
    month: int
    byday: str  # e.g. "-1SU", "2SU", or "SU" with monthdays
    monthdays: tuple[int, ...]  # non-empty for "weekday >= k" rules not on a week boundary
    time: dt.time
    transition: Transition


def transitions_in_year(zone_name: str, year: int) -> list[Transition]:
    """The clock changes of ``zone_name`` during ``year`` (found from zoneinfo, to the minute)."""
    zone = ZoneInfo(zone_name)
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    out: list[Transition] = []
    step = dt.timedelta(hours=6)
    t = start
    prev = t.astimezone(zone).utcoffset()
    while t < end:
        nxt = t + step
        off = nxt.astimezone(zone).utcoffset()
        if off != prev:
            lo, hi = t, nxt  # offset at lo is prev, at hi is off
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if mid.astimezone(zone).utcoffset() == prev:
                    lo = mid
                else:
                    hi = mid
            at = hi
            after = at.astimezone(zone)
            out.append(
                Transition(
                    local_before=(at + prev).replace(tzinfo=None),  # type: ignore[operator]
                    offset_from=prev,  # type: ignore[arg-type]
                    offset_to=off,  # type: ignore[arg-type]
                    name_to=after.tzname() or "",
                    is_dst=bool(after.dst()),
                )
            )
            prev = off
        t = nxt
    return out


def _rule_for(samples: list[Transition]) -> YearlyRule | None:
    """One yearly rule that reproduces every sample (same month, weekday, time, offsets), or None."""
    first = samples[0]
    months = {s.local_before.month for s in samples}
    weekdays = {s.local_before.isoweekday() for s in samples}
    times = {s.local_before.time() for s in samples}
    offsets = {(s.offset_from, s.offset_to) for s in samples}
    if len(months) != 1 or len(weekdays) != 1 or len(times) != 1 or len(offsets) != 1:
        return None
    month = first.local_before.month
    wd = WEEKDAYS[first.local_before.isoweekday() - 1]
    days = [s.local_before.day for s in samples]
    low = min(days)
    if max(days) - low > 6:
        return None
    import calendar

    month_len = max(calendar.monthrange(s.local_before.year, month)[1] for s in samples)
    monthdays: tuple[int, ...]
    if month != 2 and low >= month_len - 6 and all(
        s.local_before.day > calendar.monthrange(s.local_before.year, month)[1] - 7 for s in samples
    ):
        byday, monthdays = f"-1{wd}", ()
    elif low in (1, 8, 15, 22):
        byday, monthdays = f"{(low - 1) // 7 + 1}{wd}", ()
    else:  # "Friday on or after the 23rd" and the like
        byday, monthdays = wd, tuple(range(low, low + 7))
    return YearlyRule(month, byday, monthdays, first.local_before.time(), first)


@lru_cache(maxsize=64)
def yearly_rules(zone_name: str, year: int) -> tuple[YearlyRule, ...] | None:
    """The zone's current rule pair seen from ``year`` (checked over 8 years), () if no DST, None if irregular."""
    per_year = [transitions_in_year(zone_name, y) for y in range(year, year + 8)]
    if all(not t for t in per_year):
        return ()
    if any(len(t) != 2 for t in per_year):
        return None
    rules = []
    for i in range(2):
        rule = _rule_for([t[i] for t in per_year])
        if rule is None:
            return None
        rules.append(rule)
    return tuple(rules)


def _predominant_offset(zone_name: str, year: int) -> tuple[dt.timedelta, str]:
    """The offset (and its abbreviation) in force for most of ``year``, sampled daily at noon UTC."""
    zone = ZoneInfo(zone_name)
    counts: Counter[tuple[dt.timedelta, str]] = Counter()
    day = dt.datetime(year, 1, 1, 12, tzinfo=UTC)
    while day.year == year:
        local = day.astimezone(zone)
        counts[(local.utcoffset(), local.tzname() or "")] += 1  # type: ignore[index]
        day += dt.timedelta(days=1)
    return counts.most_common(1)[0][0]


def build_vtimezone(zone_name: str, year: int | None = None) -> Timezone:
    """A VTIMEZONE with an open-ended yearly DAYLIGHT/STANDARD rule pair (or one STANDARD part)."""
    from dateutil.rrule import rrulestr

    year = year or dt.date.today().year
    ZoneInfo(zone_name)  # raises for an unknown zone
    tz = Timezone()
    tz.add("tzid", zone_name)
    rules = yearly_rules(zone_name, year)
    if not rules:
        offset, name = _predominant_offset(zone_name, year)
        part: TimezoneStandard | TimezoneDaylight = TimezoneStandard()
        part.add("dtstart", dt.datetime(1970, 1, 1))
        part.add("tzoffsetfrom", offset)
        part.add("tzoffsetto", offset)
        if name:
            part.add("tzname", name)
        if rules is None:
            part.add(
                "comment",
                "This zone's clock changes follow no yearly rule (e.g. Ramadan): "
                "the offset in force most of the year is given. Use the TZID for exact times.",
            )
        tz.add_component(part)
        return tz
    for rule in rules:
        tr = rule.transition
        part = TimezoneDaylight() if tr.is_dst else TimezoneStandard()
        recur = {"freq": "YEARLY", "bymonth": rule.month, "byday": rule.byday}
        if rule.monthdays:
            recur["bymonthday"] = list(rule.monthdays)
        # DTSTART is the rule's first instance in 1970 (the usual anchor), in the offset before the change.
        text = vRecur(recur).to_ical().decode()
        first = rrulestr(text, dtstart=dt.datetime.combine(dt.date(1970, 1, 1), rule.time))[0]
        part.add("dtstart", first)
        part.add("rrule", vRecur(recur))
        part.add("tzoffsetfrom", tr.offset_from)
        part.add("tzoffsetto", tr.offset_to)
        if tr.name_to:
            part.add("tzname", tr.name_to)
        tz.add_component(part)
    return tz


# -- the calendar objects ---------------------------------------------------------------


def _address(person: Person, organizer: bool = False) -> vCalAddress:
    addr = vCalAddress(f"mailto:{person.email}")
    if person.name:
        addr.params["CN"] = person.name
    if not organizer:
        addr.params["CUTYPE"] = "INDIVIDUAL"
        addr.params["ROLE"] = person.role if person.role in ROLES else "REQ-PARTICIPANT"
        addr.params["PARTSTAT"] = "NEEDS-ACTION"
        addr.params["RSVP"] = "TRUE"
    return addr


def _calendar(method: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    return cal


def _rrule(spec: SeriesSpec) -> vRecur:
    recur: dict[str, object] = {"freq": "WEEKLY", "byday": WEEKDAYS[spec.weekday - 1]}
    if spec.end_kind == "until" and spec.until_date is not None:
        last = spec.until_date - dt.timedelta(days=(spec.until_date.isoweekday() - spec.weekday) % 7)
        recur["until"] = spec.start_at(last).astimezone(UTC)
    elif spec.end_kind == "count" and spec.count:
        recur["count"] = spec.count
    return vRecur(recur)


def _event_base(spec: SeriesSpec, sequence: int, now: dt.datetime, description: str) -> Event:
    event = Event()
    event.add("uid", spec.uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("summary", spec.summary)
    event.add("organizer", _address(spec.organizer, organizer=True))
    for person in spec.attendees:
        event.add("attendee", _address(person))
    if spec.video_url:
        event.add("location", spec.video_url)
        event.add("url", spec.video_url)
    if description:
        event.add("description", description)
    event.add("transp", "OPAQUE")
    return event


def _series_times(event: Event, spec: SeriesSpec) -> None:
    first = spec.first_occurrence()
    event.add("dtstart", spec.start_at(first))
    event.add("dtend", spec.end_at(first))
    event.add("rrule", _rrule(spec))


def _finish(cal: Calendar, event: Event, spec: SeriesSpec, year: int) -> bytes:
    cal.add_component(build_vtimezone(spec.timezone, year))
    cal.add_component(event)
    return cal.to_ical()


def invite(spec: SeriesSpec, sequence: int, now: dt.datetime, description: str | None = None) -> bytes:
    """METHOD:REQUEST for the whole series (first invite or update), skipped dates as EXDATE."""
    cal = _calendar("REQUEST")
    event = _event_base(spec, sequence, now, spec.description if description is None else description)
    _series_times(event, spec)
    for skip in sorted(spec.skips, key=lambda s: s.on_date):
        event.add("exdate", spec.start_at(skip.on_date))
        if skip.reason:
            event.add("comment", f"{skip.on_date.isoformat()}: {skip.reason}")
    event.add("status", "CONFIRMED")
    return _finish(cal, event, spec, now.year)


def cancel_occurrence(
    spec: SeriesSpec, on_date: dt.date, sequence: int, now: dt.datetime, description: str = ""
) -> bytes:
    """METHOD:CANCEL of the occurrence held on local ``on_date`` (RECURRENCE-ID)."""
    cal = _calendar("CANCEL")
    event = _event_base(spec, sequence, now, description)
    event.add("recurrence-id", spec.start_at(on_date))
    event.add("dtstart", spec.start_at(on_date))
    event.add("dtend", spec.end_at(on_date))
    event.add("status", "CANCELLED")
    return _finish(cal, event, spec, now.year)


def cancel_series(spec: SeriesSpec, sequence: int, now: dt.datetime, description: str = "") -> bytes:
    """METHOD:CANCEL of the whole series (STATUS:CANCELLED, no RECURRENCE-ID)."""
    cal = _calendar("CANCEL")
    event = _event_base(spec, sequence, now, description)
    _series_times(event, spec)
    event.add("status", "CANCELLED")
    return _finish(cal, event, spec, now.year)
