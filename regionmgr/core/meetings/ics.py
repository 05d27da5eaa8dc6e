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
* The rule pair is written only when it gives every clock change over the
  series' span (first to last meeting, ``OPEN_ENDED_YEARS`` when open-ended).
  Zones where no pair fits (Africa/Cairo, whose "last Thursday of October at
  24:00" falls on 1 November some years; Morocco's Ramadan changes) get dated
  observances instead: the offset in force before the span, then one STANDARD
  or DAYLIGHT part per clock change, so every reader that follows the standard
  (or knows the IANA zone name) is exact. Programs that read only yearly rules
  (classic Outlook) may show some meetings an hour off there; the UI tells the
  organiser (``spec_has_yearly_rule``).
* Lines are folded by icalendar at 75 octets with CRLF, never inside a UTF-8
  character (checked by the tests with long French and Arabic text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
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

from regionmgr.core import text
from regionmgr.core.calendar import weekly

UTC = dt.UTC
PRODID = "-//Region Manager//Weekly meeting//EN"
OPEN_ENDED_YEARS = 10  # the span checked for a series without an end
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # index = ISO weekday - 1
ROLES = ("REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR", "NON-PARTICIPANT")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    role: str = "REQ-PARTICIPANT"


@dataclass(frozen=True)
class Skip:
    """An occurrence not held at its usual time: skipped, or moved (``moved_to`` set)."""

    on_date: dt.date  # the occurrence's local date in the series' zone
    reason: str = ""
    moved_to: dt.datetime | None = None  # aware: the occurrence's new start
    moved_minutes: int | None = None  # its new length (None: the series')


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


@lru_cache(maxsize=4096)
def transitions_in_year(zone_name: str, year: int) -> list[Transition]:
    """The clock changes of ``zone_name`` during ``year`` (found from zoneinfo, to the minute).

    Sampled every 12 hours then bisected: two changes less than 12 hours apart would be missed
    (the tz database has none since 1970)."""
    zone = ZoneInfo(zone_name)
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    out: list[Transition] = []
    step = dt.timedelta(hours=12)
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


def transitions_between(zone_name: str, start: dt.datetime, end: dt.datetime) -> list[Transition]:
    """The clock changes of ``zone_name`` between two UTC instants (found from zoneinfo, to the minute)."""
    out: list[Transition] = []
    for year in range(start.year, end.year + 1):
        out += [t for t in transitions_in_year(zone_name, year) if start <= _utc_of(t) < end]
    return out


def _utc_of(transition: Transition) -> dt.datetime:
    return (transition.local_before - transition.offset_from).replace(tzinfo=UTC)


def series_span(spec: SeriesSpec) -> tuple[dt.datetime, dt.datetime]:
    """UTC start of the first and end of the last occurrence (``OPEN_ENDED_YEARS`` when open-ended)."""
    first = spec.first_occurrence()
    if spec.end_kind == "until" and spec.until_date is not None:
        last = max(first, spec.until_date)
    elif spec.end_kind == "count" and spec.count:
        last = first + dt.timedelta(weeks=spec.count - 1)
    else:
        last = first + dt.timedelta(days=round(365.25 * OPEN_ENDED_YEARS))
    return spec.start_at(first).astimezone(UTC), spec.end_at(last).astimezone(UTC)


def _rules_over(zone_name: str, years: range) -> tuple[YearlyRule, ...] | None:
    per_year = [transitions_in_year(zone_name, y) for y in years]
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


@lru_cache(maxsize=256)
def yearly_rules(zone_name: str, first_year: int, last_year: int | None = None) -> tuple[YearlyRule, ...] | None:
    """The one yearly rule pair that gives every clock change from ``first_year`` to ``last_year``.

    () when the clock never changes in those years, None when no pair fits (Cairo, whose
    "last Thursday of October, 24:00" change falls on 1 November in some years; Morocco's
    Ramadan). The rule is read over at least 8 years so that its shape is the zone's usual
    one (``-1SU`` rather than ``4SU``), then over the span alone if the longer look fails.
    """
    last = first_year + 7 if last_year is None else last_year
    wide = _rules_over(zone_name, range(first_year, max(last, first_year + 7) + 1))
    if wide is not None or last >= first_year + 7:
        return wide
    return _rules_over(zone_name, range(first_year, last + 1))


def _years(start: dt.datetime, end: dt.datetime) -> tuple[int, int]:
    """Calendar years a span touches, with a day's margin for the local dates around it."""
    return (start - dt.timedelta(days=1)).year, (end + dt.timedelta(days=1)).year


def has_yearly_rule(zone_name: str, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether one yearly rule pair (or a fixed offset) describes the zone over the span.

    When it doesn't, the invite lists each clock change as a dated observance: exact in
    calendar programs that follow the standard, but programs that read only the yearly rules
    of a VTIMEZONE (classic Outlook) may show some meetings an hour early or late.
    """
    return yearly_rules(zone_name, *_years(start, end)) is not None


def spec_has_yearly_rule(spec: SeriesSpec) -> bool:
    return has_yearly_rule(spec.timezone, *series_span(spec))


def _part(is_dst: bool) -> TimezoneStandard | TimezoneDaylight:
    return TimezoneDaylight() if is_dst else TimezoneStandard()


def _fixed_part(zone: ZoneInfo, at: dt.datetime) -> TimezoneStandard | TimezoneDaylight:
    """The offset in force at ``at`` (UTC), from 1970 on."""
    local = at.astimezone(zone)
    offset = local.utcoffset() or dt.timedelta()
    part = _part(bool(local.dst()))
    part.add("dtstart", dt.datetime(1970, 1, 1))
    part.add("tzoffsetfrom", offset)
    part.add("tzoffsetto", offset)
    if local.tzname():
        part.add("tzname", local.tzname())
    return part


def _dated_parts(zone_name: str, start: dt.datetime, end: dt.datetime) -> list[TimezoneStandard | TimezoneDaylight]:
    """The offset a year before ``start``, then one observance per clock change up to ``end``."""
    begin = start - dt.timedelta(days=400)
    parts = [_fixed_part(ZoneInfo(zone_name), begin)]
    for tr in transitions_between(zone_name, begin, end + dt.timedelta(days=2)):
        part = _part(tr.is_dst)
        part.add("dtstart", tr.local_before)
        part.add("tzoffsetfrom", tr.offset_from)
        part.add("tzoffsetto", tr.offset_to)
        if tr.name_to:
            part.add("tzname", tr.name_to)
        parts.append(part)
    return parts


def _rule_part(rule: YearlyRule) -> TimezoneStandard | TimezoneDaylight:
    from dateutil.rrule import rrulestr

    tr = rule.transition
    part = _part(tr.is_dst)
    recur: dict[str, Any] = {"freq": "YEARLY", "bymonth": rule.month, "byday": rule.byday}
    if rule.monthdays:
        recur["bymonthday"] = list(rule.monthdays)
    # DTSTART is the rule's first instance in 1970 (the usual anchor), in the offset before the change.
    rule_text = vRecur(recur).to_ical().decode()
    first = rrulestr(rule_text, dtstart=dt.datetime.combine(dt.date(1970, 1, 1), rule.time))[0]
    part.add("dtstart", first)
    part.add("rrule", vRecur(recur))
    part.add("tzoffsetfrom", tr.offset_from)
    part.add("tzoffsetto", tr.offset_to)
    if tr.name_to:
        part.add("tzname", tr.name_to)
    return part


def build_vtimezone(zone_name: str, start: dt.datetime | int | None = None, end: dt.datetime | None = None) -> Timezone:
    """The VTIMEZONE for a series held between UTC instants ``start`` and ``end``.

    An open-ended yearly DAYLIGHT/STANDARD rule pair when one fits the span, one STANDARD
    part when the clock doesn't change in it, else dated observances (one per clock change).
    ``start`` may be a year (the span is then that year and ``OPEN_ENDED_YEARS`` after it).
    """
    ZoneInfo(zone_name)  # raises for an unknown zone
    if start is None or isinstance(start, int):
        year = start or dt.date.today().year
        start = dt.datetime(year, 1, 1, tzinfo=UTC)
    if end is None:
        end = start.replace(year=start.year + OPEN_ENDED_YEARS)
    tz = Timezone()
    tz.add("tzid", zone_name)
    rules = yearly_rules(zone_name, *_years(start, end))
    if rules is None:
        parts = _dated_parts(zone_name, start, end)
    elif not rules:
        parts = [_fixed_part(ZoneInfo(zone_name), start)]
    else:
        parts = [_rule_part(rule) for rule in rules]
    for part in parts:
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
    event.add("summary", text.clean(spec.summary))  # one line: some clients refuse breaks
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


def _finish(cal: Calendar, event: Event, spec: SeriesSpec, overrides: tuple[Event, ...] = ()) -> bytes:
    start, end = series_span(spec)
    held = [o.decoded("dtstart").astimezone(UTC) for o in overrides] + [
        s.moved_to.astimezone(UTC) for s in _extras(spec) if s.moved_to is not None]
    for moved in held:  # a week moved (or an extra meeting) outside the series' span still gets its clock changes
        start, end = min(start, moved), max(end, moved + dt.timedelta(days=1))
    cal.add_component(build_vtimezone(spec.timezone, start, end))
    cal.add_component(event)
    for override in overrides:
        cal.add_component(override)
    return cal.to_ical()


def _moved_event(spec: SeriesSpec, skip: Skip, sequence: int, now: dt.datetime, description: str) -> Event:
    """The override of one moved week (RFC 5545 3.8.4.4): same UID and SEQUENCE as the series,
    RECURRENCE-ID the usual start, DTSTART/DTEND the new ones in the series' zone. For an extra
    meeting (an RDATE), RECURRENCE-ID is its own start (the RDATE value)."""
    assert skip.moved_to is not None
    event = _event_base(spec, sequence, now, description)
    start = skip.moved_to.astimezone(spec.zone)
    minutes = skip.moved_minutes or spec.duration_min
    event.add("recurrence-id", start if _is_extra(spec, skip) else spec.start_at(skip.on_date))
    event.add("dtstart", start)
    event.add("dtend", (start.astimezone(UTC) + dt.timedelta(minutes=minutes)).astimezone(spec.zone))
    event.add("status", "CONFIRMED")
    return event


def with_skip_reasons(description: str, skips: tuple[Skip, ...]) -> str:
    """The description, plus the reasons of skipped dates it doesn't already give.

    Reasons go in DESCRIPTION, which every client shows: iTIP allows at most one COMMENT
    in a REQUEST and Outlook ignores it. The agenda text (the usual description) already
    lists upcoming skipped dates in the user's language; what it leaves out is added here.
    """
    missing = [s for s in sorted(skips, key=lambda s: s.on_date)
               if s.moved_to is None and s.reason and s.reason not in description]
    if not missing:
        return description
    lines = ["No meeting on:"] + [f"- {s.on_date.isoformat()} ({s.reason})" for s in missing]
    return "\n\n".join(part for part in (description, "\n".join(lines)) if part)


def invite(spec: SeriesSpec, sequence: int, now: dt.datetime, description: str | None = None) -> bytes:
    """METHOD:REQUEST for the whole series (first invite or update): skipped dates as EXDATE,
    moved weeks as override VEVENTs (same UID, RECURRENCE-ID, the new DTSTART/DTEND), extra
    meetings as RDATE (plus an override with RECURRENCE-ID the RDATE when their length differs)."""
    cal = _calendar("REQUEST")
    given = spec.description if description is None else description
    text_ = with_skip_reasons(given, spec.skips)
    event = _event_base(spec, sequence, now, text_)
    _series_times(event, spec)
    ordered = sorted(spec.skips, key=lambda s: s.on_date)
    for skip in ordered:
        if skip.moved_to is None:
            event.add("exdate", spec.start_at(skip.on_date))
    extras = _extras(spec)
    if extras:  # RFC 5545 3.8.5.2: VALUE=DATE-TIME in the series' zone (TZID)
        event.add("rdate", [s.moved_to.astimezone(spec.zone) for s in extras if s.moved_to is not None])
    event.add("status", "CONFIRMED")
    overrides = tuple(_moved_event(spec, skip, sequence, now, text_) for skip in ordered
                      if skip.moved_to is not None and (not _is_extra(spec, skip) or _own_length(spec, skip)))
    return _finish(cal, event, spec, overrides)


def _is_extra(spec: SeriesSpec, skip: Skip) -> bool:
    """An extra meeting (``core.meetings.moves.is_extra``): held on a date off the weekly rule."""
    return skip.moved_to is not None and not weekly.is_occurrence(spec, skip.on_date)


def _extras(spec: SeriesSpec) -> list[Skip]:
    return sorted((s for s in spec.skips if _is_extra(spec, s)), key=lambda s: s.on_date)


def _own_length(spec: SeriesSpec, skip: Skip) -> bool:
    """An extra meeting of another length than the series' needs an override (RDATE gives only its start)."""
    return skip.moved_minutes is not None and skip.moved_minutes != spec.duration_min


def cancel_occurrence(
    spec: SeriesSpec, on_date: dt.date, sequence: int, now: dt.datetime, description: str = ""
) -> bytes:
    """METHOD:CANCEL of the occurrence held on local ``on_date`` (RECURRENCE-ID)."""
    cal = _calendar("CANCEL")
    moved = next((s for s in spec.skips if s.on_date == on_date and s.moved_to is not None), None)
    if moved is not None:  # a moved week: the cancellation names it where it is now
        event = _moved_event(spec, moved, sequence, now, description)
        event["status"] = "CANCELLED"
        return _finish(cal, event, spec)
    event = _event_base(spec, sequence, now, description)
    event.add("recurrence-id", spec.start_at(on_date))
    event.add("dtstart", spec.start_at(on_date))
    event.add("dtend", spec.end_at(on_date))
    event.add("status", "CANCELLED")
    return _finish(cal, event, spec)


def cancel_series(spec: SeriesSpec, sequence: int, now: dt.datetime, description: str = "") -> bytes:
    """METHOD:CANCEL of the whole series (STATUS:CANCELLED, no RECURRENCE-ID)."""
    cal = _calendar("CANCEL")
    event = _event_base(spec, sequence, now, description)
    _series_times(event, spec)
    event.add("status", "CANCELLED")
    return _finish(cal, event, spec)
