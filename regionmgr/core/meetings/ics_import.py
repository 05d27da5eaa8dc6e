"""Import a weekly meeting from an .ics file (opened with the app, e.g. from a file manager).

Safe by construction: only a regular file is opened (a FIFO or a device named
``*.ics`` is refused without blocking); a file over ``MAX_BYTES``, with more
than ``MAX_LINES`` lines or holding more than ``MAX_COMPONENTS`` components is
refused before or right after parsing (no recurrence is ever expanded, so a
"forever, every second" rule costs nothing); text fields are cleaned of control
characters (``core.text.clean``) and cut to the store's column sizes; only
``mailto:`` addresses that are one plain addr-spec are kept, the others are
listed in ``ImportedSeries.dropped`` for the preview. Parsing is done by
``icalendar``; the UI runs it in a worker thread.

What becomes a series: a VEVENT (the master, without RECURRENCE-ID) with a
weekly RRULE (INTERVAL 1, at most one BYDAY); a file holding several offers them
all (``parse_all``), its other entries are left aside. SUMMARY -> name, UID -> uid,
ORGANIZER/ATTENDEE -> organizer and attendees (none is fine), DTSTART -> zone
(``ics_zones``: IANA, Windows names through CLDR, the file's own VTIMEZONE,
X-WR-TIMEZONE for floating and UTC times), DTEND/DURATION -> duration, URL, Teams'
or Google's conference link or an http(s) LOCATION -> video link, UNTIL -> the
last meeting at or before it (exactly), COUNT -> end, EXDATE and cancelled
RECURRENCE-ID weeks -> skipped weeks.

A week moved to another time (RECURRENCE-ID) is kept as a moved week (``ImportedSeries.moves``,
stored as ``meeting_skip.moved_to``/``moved_minutes``) and listed in ``ImportedSeries.not_kept``
for the preview; a meeting outside the weekly rule (DTSTART off the BYDAY weekday, RDATE) is kept
as an extra meeting (``ImportedSeries.extras``, stored the same way on a date off the rule:
``moves.is_extra``); one a weekly series can't hold (on a day it already meets, or without a
time) is left out and listed in ``not_kept``, never silently changed.
A file whose UID is already in the store updates that series.

Errors raise ``IcsImportError`` (a ``ValidationError``) with a ``code`` the UI
turns into a translated message; ``str()`` is an English fallback.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from regionmgr.core import text
from regionmgr.core.calendar import weekly
from regionmgr.core.errors import CodedError, ValidationError
from regionmgr.core.meetings import ics_zones
from regionmgr.core.meetings import moves as moved_weeks
from regionmgr.core.meetings import series as meetings
from regionmgr.core.storage import Store
from regionmgr.store.codec import MAX_YEAR
from regionmgr.store.queries import meetings as queries

MAX_BYTES = 2 * 1024 * 1024
MAX_LINES = 20_000  # a meeting with MAX_ATTENDEES attendees and MAX_SKIPS skipped weeks fits easily
MAX_COMPONENTS = 200
MAX_ATTENDEES = 500
MAX_SKIPS = 1000
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class IcsImportError(CodedError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "too_big": "The file is too large to be a meeting invitation ({detail}).",
        "unreadable": "The file is not a calendar file that can be read.",
        "too_many": "The file holds too many calendar entries ({detail}) to be one meeting.",
        "no_event": "The file holds no meeting.",
        "several": "The file holds several weekly meetings ({detail}); choose one.",
        "not_weekly": "Only weekly meetings can be imported (this one repeats: {detail}).",
        "every_n_weeks": "Only meetings held every week can be imported (this one is every {detail} weeks).",
        "several_days": "Only meetings held on one day of the week can be imported (this one: {detail}).",
        "none_weekly": "None of the {detail} entries in the file is a weekly meeting.",
        "no_weekly_meeting": "The series ends before its first weekly meeting.",
        "not_timed": "The meeting has no start time.",
        "unknown_zone": "The meeting's time zone is not known: {detail}.",
        "bad_duration": "The meeting's duration can't be used ({detail}).",
        "cancelled": "This file cancels a meeting; there is nothing to import.",
        "missing": "The file can't be read: {detail}.",
        "not_a_file": "This is not a regular file.",
    }


@dataclass(frozen=True)
class Dropped:
    """An organizer or attendee left out of the import, and why (``reason``: "bad_address")."""

    name: str
    email: str
    reason: str = "bad_address"


@dataclass(frozen=True)
class NotKept:
    """A meeting in the file that a weekly series can't hold.

    ``kind`` "moved": the week of ``original`` (local date) was moved to ``start`` (it is
    imported as a moved week); "extra": a meeting at ``start`` outside the weekly rule that has no
    place (a second one on a day the series meets; the others are kept in ``ImportedSeries.extras``).
    """

    kind: str
    original: dt.date | None
    start: dt.datetime | None


@dataclass
class ImportedSeries:
    uid: str
    values: dict[str, Any]
    attendees: list[dict[str, Any]]
    skips: list[dt.date] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    skip_reasons: dict[dt.date, str] = field(default_factory=dict)
    not_kept: list[NotKept] = field(default_factory=list)
    # moved weeks: usual local date -> (new start, aware; its length in minutes)
    moves: dict[dt.date, tuple[dt.datetime, int]] = field(default_factory=dict)
    # extra meetings off the weekly rule (RDATE, an off-rule DTSTART): local date -> (start, minutes)
    extras: dict[dt.date, tuple[dt.datetime, int]] = field(default_factory=dict)

    def first_start(self) -> dt.datetime:
        """The first weekly meeting's start, in UTC."""
        v = self.values
        day = weekly.first_on_or_after(v["first_date"], v["weekday"])
        return dt.datetime.combine(day, v["start_local"], ZoneInfo(v["timezone"])).astimezone(dt.UTC)


def _text(value: Any, limit: int, multiline: bool = False) -> str:
    return text.clean(value or "", multiline).strip()[:limit]


def _address(prop: Any) -> tuple[str, str, str]:
    """(name, email, role) of an ORGANIZER/ATTENDEE property; email "" when not a mailto address."""
    raw = text.clean(prop or "").strip()
    email = raw[7:] if raw.lower().startswith("mailto:") else raw
    params = getattr(prop, "params", {}) or {}
    role = str(params.get("ROLE", "REQ-PARTICIPANT")).upper()
    if role not in ("REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR", "NON-PARTICIPANT"):
        role = "REQ-PARTICIPANT"
    return _text(params.get("CN", ""), 200), email.strip()[:320], role


def _list_values(prop: Any, zone: ZoneInfo) -> list[dt.datetime | dt.date]:
    """The values of EXDATE/RDATE properties as wall times (naive) or dates in ``zone``: a value
    with a TZID is the series' own wall time (the zone was resolved from DTSTART's TZID)."""
    if prop is None:
        return []
    props = prop if isinstance(prop, list) else [prop]
    out: list[dt.datetime | dt.date] = []
    for p in props:
        own_zone = bool(getattr(p, "params", {}).get("TZID"))
        for d in getattr(p, "dts", [])[:MAX_SKIPS]:
            value = getattr(d, "dt", None)
            if isinstance(value, dt.datetime) and own_zone:
                out.append(value.replace(tzinfo=None))
            elif isinstance(value, dt.date):
                out.append(_local(value, zone))
    return out


def parse(data: bytes, default_organizer: tuple[str, str] = ("", ""), default_zone: str = "UTC") -> ImportedSeries:
    """The one weekly series in ``data`` (the bytes of an .ics file), checked.

    Whatever the file says, the outcome is a series or a ``ValidationError`` with a message:
    values the parser or this code can't interpret make the file "unreadable"; a file
    holding several weekly series is refused with "several" (``parse_all`` offers them all).
    """
    found = parse_all(data, default_organizer, default_zone)
    if len(found) > 1:
        raise IcsImportError("several", str(len(found)))
    return found[0]


def parse_all(data: bytes, default_organizer: tuple[str, str] = ("", ""),
              default_zone: str = "UTC") -> list[ImportedSeries]:
    """Every weekly series in ``data`` (at least one), or the reason none can be imported.

    ``default_zone`` reads a "floating" time when the file names no zone (X-WR-TIMEZONE
    first): the reader's own zone, as calendar programs do.
    """
    try:
        return _parse(data, default_organizer, default_zone)
    except ValidationError:
        raise
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError, RecursionError):
        raise IcsImportError("unreadable") from None


_REFUSAL_ORDER = ("cancelled", "not_timed", "unknown_zone", "bad_duration", "no_weekly_meeting",
                  "every_n_weeks", "several_days", "not_weekly")


def _parse(data: bytes, default_organizer: tuple[str, str], default_zone: str) -> list[ImportedSeries]:
    from icalendar import Calendar

    if len(data) > MAX_BYTES:
        raise IcsImportError("too_big", f"{len(data) // (1024 * 1024)} MB")
    lines = data.count(b"\n")
    if lines > MAX_LINES:  # many tiny properties: refused before the (slow) parser sees them
        raise IcsImportError("too_many", f"{lines} lines")
    try:
        cal = Calendar.from_ical(data)
    except Exception:  # noqa: BLE001 - any parser failure means the same thing to the user
        raise IcsImportError("unreadable") from None
    if isinstance(cal, list) or not hasattr(cal, "walk"):
        raise IcsImportError("unreadable")
    components = cal.walk()
    if len(components) > MAX_COMPONENTS:
        raise IcsImportError("too_many", str(len(components)))
    if str(cal.get("METHOD", "")).upper() == "CANCEL":
        raise IcsImportError("cancelled")
    events = cal.walk("VEVENT")
    masters = [e for e in events if e.get("RECURRENCE-ID") is None]
    if not masters:
        raise IcsImportError("no_event")
    file_zone = ics_zones.iana_name(text.clean(cal.get("X-WR-TIMEZONE", "")))
    # the file's own zones, by TZID (never icalendar's cache: another file's zone of the same name)
    own_zones = {text.clean(z.get("TZID", "")): z for z in cal.walk("VTIMEZONE")}
    ctx = _Context(default_organizer, file_zone, default_zone, own_zones)
    found: list[ImportedSeries] = []
    refusals: list[IcsImportError] = []
    for master in masters:
        uid = str(master.get("UID", ""))
        overrides = [e for e in events if e.get("RECURRENCE-ID") is not None and str(e.get("UID", "")) == uid]
        try:
            found.append(_series(master, overrides, ctx))
        except IcsImportError as exc:
            refusals.append(exc)
    if found:
        return found
    if len(refusals) == 1 or len(masters) == 1:
        raise refusals[0]
    weekly_ones = [r for r in refusals if r.code != "not_weekly"]
    if weekly_ones:  # a weekly series that could not be read says more than "none is weekly"
        raise min(weekly_ones, key=lambda r: _REFUSAL_ORDER.index(r.code) if r.code in _REFUSAL_ORDER else 99)
    raise IcsImportError("none_weekly", str(len(masters)))


@dataclass(frozen=True)
class _Context:
    default_organizer: tuple[str, str]
    file_zone: str | None  # X-WR-TIMEZONE, as an IANA name
    default_zone: str
    own_zones: dict[str, Any] = field(default_factory=dict)  # VTIMEZONE components by TZID


def _rule_of(event: Any) -> Any:
    rule = event.get("RRULE")
    if isinstance(rule, list):
        raise IcsImportError("not_weekly", "several")
    freq = [str(f).upper() for f in (rule or {}).get("FREQ", [])]
    if freq != ["WEEKLY"]:
        raise IcsImportError("not_weekly", (freq or ["once"])[0].lower())
    interval = int((rule.get("INTERVAL") or [1])[0])
    if interval != 1:
        raise IcsImportError("every_n_weeks", str(interval))
    days = [str(d).upper() for d in rule.get("BYDAY", [])]
    if len(days) > 1 or any(d[-2:] not in WEEKDAYS or len(d) > 2 for d in days):
        raise IcsImportError("several_days", ",".join(days)[:40])
    for part in ("BYMONTH", "BYSETPOS", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYHOUR", "BYMINUTE"):
        if rule.get(part):
            raise IcsImportError("not_weekly", "weekly-" + part.lower())
    return rule


def _zone_and_wall(prop: Any, ctx: _Context, walls_for: Any = None) -> tuple[str, dt.datetime]:
    """(IANA zone, naive wall time in it) of a DTSTART-like property."""
    value = prop.dt
    tzid = text.clean(prop.params.get("TZID", "") or "")
    if tzid:
        name = ics_zones.iana_name(tzid)
        wall = value.replace(tzinfo=None)
        own = ctx.own_zones.get(tzid)
        if name is None and own is not None:  # the file's own VTIMEZONE
            walls = walls_for(wall) if walls_for else [wall]
            try:
                own_zone = ics_zones.OwnZone(own)
            except Exception:  # noqa: BLE001 - a definition that can't be read is an unknown zone
                own_zone = None
            if own_zone is not None:
                name = ics_zones.matching_zone(own_zone, walls, [ctx.file_zone, ctx.default_zone])
        if name is None:
            raise IcsImportError("unknown_zone", tzid[:80])
        return name, wall
    if value.tzinfo is not None:  # UTC ("Z"): in the calendar's zone when it names one (Google)
        name = ctx.file_zone or "UTC"
        return name, value.astimezone(ZoneInfo(name)).replace(tzinfo=None)
    return ctx.file_zone or ctx.default_zone, value  # floating


def _local(value: Any, zone: ZoneInfo) -> dt.datetime | dt.date:
    """A property value as a wall time (naive) or a date, in ``zone`` (a floating value is taken as is)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo is not None else value
    return value


def _series(event: Any, overrides: Sequence[Any], ctx: _Context) -> ImportedSeries:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        raise IcsImportError("cancelled")
    start_prop = event.get("DTSTART")
    rule = _rule_of(event)
    if start_prop is None or not isinstance(start_prop.dt, dt.datetime):
        raise IcsImportError("not_timed")
    byday = [str(d).upper() for d in rule.get("BYDAY", [])]
    naive = start_prop.dt.replace(tzinfo=None)
    weekday_hint = WEEKDAYS.index(byday[0]) + 1 if byday else naive.isoweekday()

    def walls_for(wall: dt.datetime) -> list[dt.datetime]:  # two years of the series' wall times
        first = weekly.first_on_or_after(wall.date(), weekday_hint)
        return [dt.datetime.combine(first + dt.timedelta(weeks=n), wall.time()) for n in range(105)]

    zone_name, wall = _zone_and_wall(start_prop, ctx, walls_for)
    zone = ZoneInfo(zone_name)
    start = wall.replace(tzinfo=zone)
    weekday = weekday_hint if byday else wall.isoweekday()
    start_local = wall.time().replace(second=0, microsecond=0)

    end_prop = event.get("DTEND")
    if end_prop is not None and isinstance(end_prop.dt, dt.datetime):
        if end_prop.params.get("TZID") and end_prop.params.get("TZID") == start_prop.params.get("TZID"):
            end = end_prop.dt.replace(tzinfo=zone)  # the start's zone, already resolved
        elif end_prop.params.get("TZID") or end_prop.dt.tzinfo is None:
            end_zone, end_wall = _zone_and_wall(end_prop, ctx, lambda w: [w])
            end = end_wall.replace(tzinfo=ZoneInfo(end_zone))
        else:
            end = end_prop.dt
        duration = end - start
    elif event.get("DURATION") is not None:
        duration = event["DURATION"].dt
    else:
        duration = dt.timedelta(hours=1)
    minutes = int(duration.total_seconds() // 60)
    if not 0 < minutes <= 24 * 60:
        raise IcsImportError("bad_duration", f"{minutes} min")

    # RFC 5545: DTSTART is always the first meeting, even off the rule's weekday
    exdates = {(v.date() if isinstance(v, dt.datetime) else v)
               for v in _list_values(event.get("EXDATE"), zone)[:MAX_SKIPS]}
    first_weekly = weekly.first_on_or_after(wall.date(), weekday)
    on_rule = first_weekly == wall.date()
    not_kept: list[NotKept] = []
    extras: dict[dt.date, tuple[dt.datetime, int]] = {}
    if not on_rule and wall.date() not in exdates:
        extras[wall.date()] = (start, minutes)
    rdates = [v for v in _list_values(event.get("RDATE"), zone)[:MAX_SKIPS] if isinstance(v, dt.datetime)]

    end_kind, until_date, count = "never", None, None
    if rule.get("UNTIL"):
        until_date = _last_until(rule["UNTIL"][0], zone, weekday, start_local)
        if until_date is not None and until_date.year > MAX_YEAR:
            until_date = None
        elif until_date is None or until_date < first_weekly:
            raise IcsImportError("no_weekly_meeting")
        else:
            end_kind = "until"
    elif rule.get("COUNT"):
        count = max(1, min(int(rule["COUNT"][0]), 10_000)) - (0 if on_rule else 1)
        if count < 1:
            raise IcsImportError("no_weekly_meeting")
        end_kind = "count"

    rule_of = weekly.WeeklySeries("", "", weekday, start_local, minutes, zone_name,
                                  wall.date() if on_rule else first_weekly, end_kind, until_date, count)
    for rdate in rdates:
        if rdate.date() in exdates or rdate.date() in extras:
            continue
        if not weekly.is_occurrence(rule_of, rdate.date()):
            extras[rdate.date()] = (rdate.replace(tzinfo=zone), minutes)
        elif rdate.time() != start_local:  # a second meeting on a day the series meets: no place for it
            not_kept.append(NotKept("extra", None, rdate.replace(tzinfo=zone)))
    skips: dict[dt.date, str] = dict.fromkeys(exdates, "")
    moves: dict[dt.date, tuple[dt.datetime, int]] = {}
    for override in overrides[:MAX_SKIPS]:
        _apply_override(override, ctx, zone, start_local, minutes, skips, not_kept, moves, extras)

    dropped: list[Dropped] = []
    org_name, org_email, _role = _address(event.get("ORGANIZER"))
    if org_email and not meetings.valid_email(org_email):
        dropped.append(Dropped(org_name, org_email))
        org_email = ""
    if not org_email:
        org_name, org_email = ctx.default_organizer
    attendee_props = event.get("ATTENDEE") or []
    if not isinstance(attendee_props, list):
        attendee_props = [attendee_props]
    attendees, seen = [], {org_email.lower()}  # Google and Apple list the organizer among attendees
    for prop in attendee_props[:MAX_ATTENDEES]:
        name, email, role = _address(prop)
        if not meetings.valid_email(email):
            dropped.append(Dropped(name, email))
        elif email.lower() not in seen:
            seen.add(email.lower())
            attendees.append({"name": name, "email": email, "role": role})

    values = {
        "name": _text(event.get("SUMMARY", ""), 200),
        "organizer_name": org_name,
        "organizer_email": org_email,
        "weekday": weekday,
        "start_local": start_local,
        "duration_min": minutes,
        "timezone": zone_name,
        "video_url": _video_url(event),
        "first_date": wall.date() if on_rule else first_weekly,
        "end_kind": end_kind,
        "until_date": until_date if end_kind == "until" else None,
        "count": count,
        "description": _text(event.get("DESCRIPTION", ""), 20_000, multiline=True),
    }
    kept_skips = sorted(d for d in skips if d >= first_weekly)
    imported = ImportedSeries(_text(event.get("UID", ""), 200), values, attendees, kept_skips, dropped,
                              {d: skips[d] for d in kept_skips if skips[d]}, not_kept,
                              {d: moves[d] for d in kept_skips if d in moves}, extras)
    # a series without attendees is valid (the organizer invites people later): the other checks still run
    meetings.validate(values, attendees or [{"email": org_email}])
    return imported


def _last_until(until: Any, zone: ZoneInfo, weekday: int, start_local: dt.time) -> dt.date | None:
    """The local date of the last weekly meeting starting at or before UNTIL (RFC 5545: inclusive)."""
    if isinstance(until, dt.datetime):
        limit = until if until.tzinfo is not None else until.replace(tzinfo=zone)
        if limit.year > MAX_YEAR:
            return dt.date(MAX_YEAR + 1, 1, 1)
        last_day = limit.astimezone(zone).date()
    else:
        limit, last_day = None, until
    if last_day.year > MAX_YEAR:
        return dt.date(MAX_YEAR + 1, 1, 1)
    day = last_day - dt.timedelta(days=(last_day.isoweekday() - weekday) % 7)
    if limit is not None and dt.datetime.combine(day, start_local, zone) > limit:
        day -= dt.timedelta(weeks=1)
    return day


def _apply_override(override: Any, ctx: _Context, zone: ZoneInfo, start_local: dt.time, minutes: int,
                    skips: dict[dt.date, str], not_kept: list[NotKept],
                    moves: dict[dt.date, tuple[dt.datetime, int]],
                    extras: dict[dt.date, tuple[dt.datetime, int]]) -> None:
    """A RECURRENCE-ID component: a cancelled week becomes a skipped one; a moved week is kept
    as moved (``moves``: not held at its usual time but at the new one) and listed in ``not_kept``;
    an extra meeting's override changes (or cancels) that extra meeting."""
    rid = override["RECURRENCE-ID"]
    original = _local(rid.dt, zone)
    if isinstance(original, dt.datetime) and rid.params.get("TZID"):
        original = rid.dt.replace(tzinfo=None)
    day = original.date() if isinstance(original, dt.datetime) else original
    if day in extras:
        _change_extra(override, ctx, day, extras)
        return
    if str(override.get("STATUS", "")).upper() == "CANCELLED":
        skips.setdefault(day, "")
        moves.pop(day, None)
        not_kept[:] = [n for n in not_kept if not (n.kind == "extra" and n.start is not None and n.start.date() == day)]
        return
    start_prop = override.get("DTSTART")
    if start_prop is None or not isinstance(start_prop.dt, dt.datetime):
        new_start = None
    else:
        new_zone, new_wall = _zone_and_wall(start_prop, ctx)
        new_start = new_wall.replace(tzinfo=ZoneInfo(new_zone))
    held = dt.datetime.combine(day, start_local, zone)
    new_minutes = minutes
    if new_start is not None and override.get("DTEND") is not None and isinstance(override["DTEND"].dt, dt.datetime):
        end_prop = override["DTEND"]
        end_zone, end_wall = _zone_and_wall(end_prop, ctx)
        new_minutes = int((end_wall.replace(tzinfo=ZoneInfo(end_zone)) - new_start).total_seconds() // 60)
    if new_start is not None and new_start == held and new_minutes == minutes:
        return  # same time: only its details differ (kept as the series has them)
    moved_to = new_start.astimezone(zone) if new_start is not None else None
    if any(n.kind == "extra" and n.start is not None and n.start.date() == day for n in not_kept):
        not_kept[:] = [n for n in not_kept if not (n.kind == "extra" and n.start is not None and n.start.date() == day)]
        if moved_to is not None:
            not_kept.append(NotKept("extra", None, moved_to))
        return
    skips[day] = ""
    if moved_to is not None and 0 < new_minutes <= 24 * 60:
        moves[day] = (moved_to, new_minutes)
    not_kept.append(NotKept("moved", day, moved_to))


def _change_extra(override: Any, ctx: _Context, day: dt.date,
                  extras: dict[dt.date, tuple[dt.datetime, int]]) -> None:
    """The override of an extra meeting (RECURRENCE-ID = its RDATE): cancelled, or held at
    the override's own start and length (kept on the same date: it stays off the rule)."""
    if str(override.get("STATUS", "")).upper() == "CANCELLED":
        del extras[day]
        return
    start, minutes = extras[day]
    start_prop = override.get("DTSTART")
    if start_prop is not None and isinstance(start_prop.dt, dt.datetime):
        new_zone, new_wall = _zone_and_wall(start_prop, ctx)
        start = new_wall.replace(tzinfo=ZoneInfo(new_zone)).astimezone(start.tzinfo)
        end_prop = override.get("DTEND")
        if end_prop is not None and isinstance(end_prop.dt, dt.datetime):
            end_zone, end_wall = _zone_and_wall(end_prop, ctx)
            length = int((end_wall.replace(tzinfo=ZoneInfo(end_zone)) - start).total_seconds() // 60)
            minutes = length if 0 < length <= 24 * 60 else minutes
    extras[day] = (start, minutes)


def _video_url(event: Any) -> str:
    """The meeting's link: URL, Teams' or Google's conference property, or an http(s) LOCATION."""
    for key in ("URL", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE"):
        url = _text(event.get(key, ""), 2000)
        if url.lower().startswith(("https://", "http://")):
            return url.split()[0]
    location = _text(event.get("LOCATION", ""), 2000)
    if location.lower().startswith(("https://", "http://")):
        return location.split()[0]
    return ""


def _check_stat(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise IcsImportError("not_a_file")
    if info.st_size > MAX_BYTES:
        raise IcsImportError("too_big", f"{info.st_size // (1024 * 1024)} MB")


def check_file(path: str | Path) -> None:
    """Refuse (``IcsImportError``) what is not a regular file or is too large, without opening it."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise IcsImportError("missing", exc.strerror or str(exc)) from None
    _check_stat(info)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of the regular file at ``path`` (at most ``MAX_BYTES``); never blocks on a FIFO or device.

    Checked before opening, then again on the open descriptor (the name may have been
    swapped in between); O_NONBLOCK makes opening a FIFO return at once.
    """
    check_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise IcsImportError("missing", exc.strerror or str(exc)) from None
    try:
        _check_stat(os.fstat(fd))
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise IcsImportError("missing", exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise IcsImportError("too_big", f"{len(data) // (1024 * 1024)} MB")
    return data


def read_file(path: str | Path, default_organizer: tuple[str, str] = ("", ""),
              default_zone: str = "UTC") -> ImportedSeries:
    """Parse the .ics file at ``path``: a regular file only, an over-large one refused before reading it."""
    return parse(read_bytes(path), default_organizer, default_zone)


def read_all(path: str | Path, default_organizer: tuple[str, str] = ("", ""),
             default_zone: str = "UTC") -> list[ImportedSeries]:
    """Every weekly series in the .ics file at ``path`` (``parse_all``), for the user to pick one."""
    return parse_all(read_bytes(path), default_organizer, default_zone)


def existing_series(store: Store, uid: str) -> str | None:
    if not uid:
        return None
    return queries.series_id_by_uid(store.raw(), uid)


def save(store: Store, imported: ImportedSeries) -> tuple[str, bool]:
    """Create the series (or update the one with the same UID); return (series id, created)."""
    series_id = existing_series(store, imported.uid)
    if series_id is None:
        series_id = meetings.create_series(store, imported.values, imported.attendees, uid=imported.uid or None)
        created = True
    else:
        meetings.update_series(store, series_id, imported.values, imported.attendees)
        created = False
    view = meetings.load_series(store, series_id)
    known = set(view.skipped())
    new_skips = [(d, imported.skip_reasons.get(d, "")) for d in imported.skips
                 if d not in known and d not in imported.moves]
    if new_skips:
        meetings.add_skips(store, series_id, new_skips)
    if imported.moves or imported.extras:  # extra meetings are stored like moved weeks (``moves.is_extra``)
        moved_weeks.move_occurrences(store, series_id, {**imported.moves, **imported.extras})
    return series_id, created
