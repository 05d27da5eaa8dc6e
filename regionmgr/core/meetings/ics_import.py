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

What becomes a series: the one VEVENT (the master, without RECURRENCE-ID) with a
weekly RRULE (INTERVAL 1, at most one BYDAY). SUMMARY -> name, UID -> uid,
ORGANIZER/ATTENDEE -> organizer and attendees, DTSTART's TZID -> zone (IANA,
or a Windows zone name mapped to IANA), DTEND/DURATION -> duration, URL or an
http(s) LOCATION -> video link, UNTIL/COUNT -> end, EXDATE -> skipped weeks.
A file whose UID is already in the store updates that series.

Errors raise ``IcsImportError`` (a ``ValidationError``) with a ``code`` the UI
turns into a translated message; ``str()`` is an English fallback.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, available_timezones

from regionmgr.core import text
from regionmgr.core.errors import CodedError, ValidationError
from regionmgr.core.meetings import series as meetings
from regionmgr.core.storage import Store
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
        "several": "The file holds several meetings; import them one at a time.",
        "not_weekly": "Only weekly meetings can be imported (this one repeats: {detail}).",
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


@dataclass
class ImportedSeries:
    uid: str
    values: dict[str, Any]
    attendees: list[dict[str, Any]]
    skips: list[dt.date] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


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


def _zone_of(prop: Any) -> str:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tzid = str(prop.params.get("TZID", "") or "")
    zones = available_timezones()
    if tzid in zones:
        return tzid
    if tzid in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[tzid]
    tzinfo = prop.dt.tzinfo
    if tzinfo is not None and not tzid:
        key = getattr(tzinfo, "key", None) or getattr(tzinfo, "zone", None)
        if key in zones:
            return str(key)
        if prop.dt.utcoffset() == dt.timedelta(0):
            return "UTC"
    raise IcsImportError("unknown_zone", tzid or "—")


def _list_values(prop: Any) -> list[Any]:
    if prop is None:
        return []
    props = prop if isinstance(prop, list) else [prop]
    out = []
    for p in props:
        out += [d.dt for d in getattr(p, "dts", [])]
    return out


def parse(data: bytes, default_organizer: tuple[str, str] = ("", "")) -> ImportedSeries:
    """The weekly series in ``data`` (the bytes of an .ics file), checked.

    Whatever the file says, the outcome is a series or a ``ValidationError`` with a message:
    values the parser or this code can't interpret make the file "unreadable".
    """
    try:
        return _parse(data, default_organizer)
    except ValidationError:
        raise
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError, RecursionError):
        raise IcsImportError("unreadable") from None


def _parse(data: bytes, default_organizer: tuple[str, str]) -> ImportedSeries:
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
    masters = [e for e in cal.walk("VEVENT") if e.get("RECURRENCE-ID") is None]
    if not masters:
        raise IcsImportError("no_event")
    if len(masters) > 1:
        raise IcsImportError("several")
    event: Any = masters[0]  # icalendar's properties: their ``.dt`` depends on the property
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        raise IcsImportError("cancelled")
    rule = event.get("RRULE")
    if isinstance(rule, list):
        raise IcsImportError("not_weekly", "several rules")
    freq = [str(f).upper() for f in (rule or {}).get("FREQ", [])]
    if freq != ["WEEKLY"]:
        raise IcsImportError("not_weekly", (freq or ["once"])[0].lower())
    interval = int((rule.get("INTERVAL") or [1])[0])
    byday = [str(d).upper()[-2:] for d in rule.get("BYDAY", [])]
    if interval != 1 or len(byday) > 1:
        raise IcsImportError("not_weekly", rule.to_ical().decode("ascii", "replace")[:80])

    start_prop = event.get("DTSTART")
    if start_prop is None or not isinstance(start_prop.dt, dt.datetime):
        raise IcsImportError("not_timed")
    zone_name = _zone_of(start_prop) if start_prop.dt.tzinfo is not None or start_prop.params.get("TZID") \
        else "UTC"
    zone = ZoneInfo(zone_name)
    start = start_prop.dt if start_prop.dt.tzinfo is not None else start_prop.dt.replace(tzinfo=zone)
    local_start = start.astimezone(zone)
    if event.get("DTEND") is not None and isinstance(event["DTEND"].dt, dt.datetime):
        end = event["DTEND"].dt
        end = end if end.tzinfo is not None else end.replace(tzinfo=zone)
        duration = end - start
    elif event.get("DURATION") is not None:
        duration = event["DURATION"].dt
    else:
        duration = dt.timedelta(hours=1)
    minutes = int(duration.total_seconds() // 60)
    if not 0 < minutes <= 24 * 60:
        raise IcsImportError("bad_duration", f"{minutes} min")
    weekday = WEEKDAYS.index(byday[0]) + 1 if byday and byday[0] in WEEKDAYS else local_start.isoweekday()

    end_kind, until_date, count = "never", None, None
    if rule.get("UNTIL"):
        until = rule["UNTIL"][0]
        until_date = until.astimezone(zone).date() if isinstance(until, dt.datetime) and until.tzinfo \
            else (until.date() if isinstance(until, dt.datetime) else until)
        end_kind = "until"
    elif rule.get("COUNT"):
        count = max(1, min(int(rule["COUNT"][0]), 10_000))
        end_kind = "count"

    dropped: list[Dropped] = []
    org_name, org_email, _role = _address(event.get("ORGANIZER"))
    if org_email and not meetings.valid_email(org_email):
        dropped.append(Dropped(org_name, org_email))
        org_email = ""
    if not org_email:
        org_name, org_email = default_organizer
    attendee_props = event.get("ATTENDEE") or []
    if not isinstance(attendee_props, list):
        attendee_props = [attendee_props]
    attendees, seen = [], set()
    for prop in attendee_props[:MAX_ATTENDEES]:
        name, email, role = _address(prop)
        if not meetings.valid_email(email):
            dropped.append(Dropped(name, email))
        elif email.lower() not in seen:
            seen.add(email.lower())
            attendees.append({"name": name, "email": email, "role": role})

    url = _text(event.get("URL", ""), 2000)
    location = _text(event.get("LOCATION", ""), 2000)
    if not url and location.lower().startswith(("https://", "http://")):
        url = location.split()[0]
    skips = sorted({(d.astimezone(zone).date() if isinstance(d, dt.datetime) and d.tzinfo
                     else (d.date() if isinstance(d, dt.datetime) else d))
                    for d in _list_values(event.get("EXDATE"))[:MAX_SKIPS]})
    values = {
        "name": _text(event.get("SUMMARY", ""), 200),
        "organizer_name": org_name,
        "organizer_email": org_email,
        "weekday": weekday,
        "start_local": local_start.time().replace(second=0, microsecond=0, tzinfo=None),
        "duration_min": minutes,
        "timezone": zone_name,
        "video_url": url if url.lower().startswith(("https://", "http://")) else "",
        "first_date": local_start.date(),
        "end_kind": end_kind,
        "until_date": until_date,
        "count": count,
        "description": _text(event.get("DESCRIPTION", ""), 20_000, multiline=True),
    }
    imported = ImportedSeries(_text(event.get("UID", ""), 200), values, attendees, skips, dropped)
    meetings.validate(values, attendees)  # MeetingError for what the store would refuse
    return imported


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


def read_file(path: str | Path, default_organizer: tuple[str, str] = ("", "")) -> ImportedSeries:
    """Parse the .ics file at ``path``: a regular file only, an over-large one refused before reading it."""
    return parse(read_bytes(path), default_organizer)


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
    new_skips = [(d, "") for d in imported.skips if d not in known]
    if new_skips:
        meetings.add_skips(store, series_id, new_skips)
    return series_id, created
