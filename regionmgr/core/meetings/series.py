"""Weekly meeting series: validation, occurrences, holiday skips, what was sent and the sequence.

The rules over ``store.queries.meetings`` (which holds the SQL; no Qt). The UI and
the ``export-ics`` command both go through these functions, so a file written from a
script is the same as one written from the window. Every error the user can cause
raises ``MeetingError`` (a ``ValidationError``) with a ``code`` the UI turns into a
translated message and an English ``str()`` for scripts; nothing is written then.

Sequence bookkeeping (RFC 5546): the first invite carries SEQUENCE 0; every
later message about the series (update, cancellation of one week or of the
whole series) carries the last sent SEQUENCE + 1, which is then stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from regionmgr.core import text
from regionmgr.core.calendar import weekly
from regionmgr.core.calendar.workweek import WorkWeek, _zone_table, holidays_in
from regionmgr.core.errors import CodedError
from regionmgr.core.meetings import ics, invite_text
from regionmgr.core.ops import new_id
from regionmgr.core.storage import Store
from regionmgr.store.queries import meetings as queries

UTC = dt.UTC
MAX_TITLE = 200  # characters; a title is one line
SERIES_FIELDS = (
    "name", "organizer_name", "organizer_email", "weekday", "start_local", "duration_min", "timezone",
    "video_url", "first_date", "end_kind", "until_date", "count", "description", "invite_agenda",
)


class MeetingError(CodedError):
    """Bad input for a meeting series. ``code`` names the problem, ``detail`` the offending value."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "no_name": "The meeting needs a title.",
        "title_too_long": "The title is too long: at most {detail} characters.",
        "no_attendees": "Add at least one attendee.",
        "bad_email": "Not a valid e-mail address: {detail}",
        "no_organizer": "The organizer's e-mail address is missing or invalid: {detail}",
        "end_before_start": "The series ends before it starts.",
        "bad_duration": "The duration must be between 1 minute and 24 hours.",
        "bad_count": "The number of meetings must be at least 1.",
        "bad_weekday": "Choose a weekday.",
        "unknown_zone": "Unknown time zone: {detail}",
        "not_found": "No meeting series named {detail}.",
        "not_an_occurrence": "There is no meeting on {detail}.",
        "already_cancelled": "The meeting on {detail} is already cancelled.",
        "series_cancelled": "This series has been cancelled.",
    }


# -- plain views ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeView:
    name: str
    email: str
    role: str = "REQ-PARTICIPANT"
    contact_id: str | None = None
    country_code: str | None = None  # the contact's country, None for a free address
    country_zone: str | None = None


@dataclass(frozen=True)
class SkipView:
    on_date: dt.date
    reason: str
    cancelled: bool
    moved_to: dt.datetime | None = None  # aware UTC: held then instead (a moved week)
    moved_minutes: int | None = None  # its length then (None: the series')


@dataclass(frozen=True)
class SentView:
    id: str
    method: str
    sequence: int
    recurrence_date: dt.date | None
    sent_at: dt.datetime
    ics: str


@dataclass
class SeriesView:
    id: str
    name: str
    uid: str
    organizer_name: str
    organizer_email: str
    weekday: int
    start_local: dt.time
    duration_min: int
    timezone: str
    video_url: str
    first_date: dt.date
    end_kind: str
    until_date: dt.date | None
    count: int | None
    description: str
    sequence: int
    status: str
    attendees: list[AttendeeView] = field(default_factory=list)
    skips: list[SkipView] = field(default_factory=list)
    sent: list[SentView] = field(default_factory=list)
    invite_agenda: bool = False  # the invite may list, per attending country, its items' titles

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def spec(self) -> ics.SeriesSpec:
        return ics.SeriesSpec(
            uid=self.uid, summary=self.name,
            organizer=ics.Person(self.organizer_name, self.organizer_email, "CHAIR"),
            attendees=tuple(ics.Person(a.name, a.email, a.role) for a in self.attendees),
            weekday=self.weekday, start_local=self.start_local, duration_min=self.duration_min,
            timezone=self.timezone, first_date=self.first_date, video_url=self.video_url,
            end_kind=self.end_kind, until_date=self.until_date, count=self.count,
            description=self.description,
            # A cancelled week is excluded, even if it had been moved (or was an extra meeting).
            skips=tuple(ics.Skip(s.on_date, s.reason, None if s.cancelled else s.moved_to,
                                 None if s.cancelled else s.moved_minutes) for s in self.skips),
        )

    def start_at(self, day: dt.date) -> dt.datetime:
        return weekly.start_at(self, day)

    def skipped(self) -> dict[dt.date, SkipView]:
        """Occurrences not held at their usual time (skipped, cancelled or moved), by local date."""
        return {s.on_date: s for s in self.skips}

    def moved(self) -> dict[dt.date, SkipView]:
        """The moved occurrences (``moved_to`` set), by their usual local date."""
        return {s.on_date: s for s in self.skips if s.moved_to is not None and not s.cancelled}


def _view(record: Mapping[str, Any]) -> SeriesView:
    """A series as ``queries.series_record`` reads it, as a view."""
    row = record["series"]
    return SeriesView(
        id=row["id"], name=row["name"], uid=row["uid"], organizer_name=row["organizer_name"],
        organizer_email=row["organizer_email"], weekday=row["weekday"], start_local=row["start_local"],
        duration_min=row["duration_min"], timezone=row["timezone"], video_url=row["video_url"],
        first_date=row["first_date"], end_kind=row["end_kind"], until_date=row["until_date"],
        count=row["count"], description=row["description"], sequence=row["sequence"], status=row["status"],
        invite_agenda=bool(row.get("invite_agenda")),
        attendees=[AttendeeView(a["name"], a["email"], a["role"], a["contact_id"], a["country_code"],
                                a["country_zone"]) for a in record["attendees"]],
        skips=[SkipView(k["on_date"], k["reason"], k["cancelled"], k.get("moved_to"), k.get("moved_minutes"))
               for k in record["skips"]],
        sent=[SentView(m["id"], m["method"], m["sequence"], m["recurrence_date"], m["sent_at"], m["ics"])
              for m in record["sent"]],
    )


def list_series(store: Store) -> list[SeriesView]:
    """Every series, by name (a handful: loaded whole)."""
    return [_view(record) for record in queries.series_records(store)]


def load_series(store: Store, series_id: str) -> SeriesView:
    record = queries.series_record(store, series_id)
    if record is None:
        raise MeetingError("not_found", series_id)
    return _view(record)


def find_series(store: Store, name: str) -> SeriesView:
    """The series called ``name`` (case-insensitive), for scripts."""
    for view in list_series(store):
        if view.name.casefold() == name.strip().casefold():
            return view
    raise MeetingError("not_found", name)


# -- validation and edits -----------------------------------------------------------------


def valid_email(address: str) -> bool:
    """One plain address (``core.text.valid_address``): nothing a mail program could read as a header."""
    return text.valid_address(str(address or "").strip())


def validate(values: Mapping[str, Any], attendees: Sequence[Mapping[str, Any]], sending: bool = False) -> None:
    """Raise ``MeetingError`` for the first problem found in a series about to be saved (or, with
    ``sending``, sent: an invite needs someone to go to; a saved series may have no one yet)."""
    name = text.clean(values.get("name", "")).strip()
    if not name:
        raise MeetingError("no_name")
    if len(name) > MAX_TITLE:
        raise MeetingError("title_too_long", str(MAX_TITLE))
    zone = str(values.get("timezone", ""))
    try:
        if not zone:
            raise ValueError
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise MeetingError("unknown_zone", zone) from None
    if not valid_email(str(values.get("organizer_email", ""))):
        raise MeetingError("no_organizer", str(values.get("organizer_email", "")))
    if sending and not attendees:
        raise MeetingError("no_attendees")
    for a in attendees:
        if not valid_email(str(a.get("email", ""))):
            raise MeetingError("bad_email", str(a.get("email", "")))
    if int(values.get("weekday", 0)) not in range(1, 8):
        raise MeetingError("bad_weekday")
    duration = int(values.get("duration_min", 0) or 0)
    if not 0 < duration <= 24 * 60:
        raise MeetingError("bad_duration")
    end_kind = values.get("end_kind", "never")
    if end_kind == "until":
        until, first = values.get("until_date"), cast(dt.date, values.get("first_date"))
        if until is None or until < first:
            raise MeetingError("end_before_start")
        if until < weekly.first_on_or_after(first, int(values["weekday"])):
            raise MeetingError("end_before_start")
    elif end_kind == "count" and int(values.get("count") or 0) < 1:
        raise MeetingError("bad_count")


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: values[k] for k in SERIES_FIELDS if k in values}
    for key in ("name", "organizer_name", "organizer_email", "video_url"):
        if key in out and isinstance(out[key], str):
            out[key] = text.clean(out[key]).strip()
    if isinstance(out.get("description"), str):
        out["description"] = text.clean(out["description"], multiline=True)
    if out.get("end_kind") != "until":
        out["until_date"] = None
    if out.get("end_kind") != "count":
        out["count"] = None
    if "invite_agenda" in out:
        out["invite_agenda"] = bool(out["invite_agenda"])
    return out


def _attendee_rows(attendees: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"contact_id": a.get("contact_id"), "name": text.clean(a.get("name", "")).strip(),
             "email": str(a["email"]).strip(), "role": a.get("role") or "REQ-PARTICIPANT", "position": pos}
            for pos, a in enumerate(attendees)]


def create_series(
    store: Store, values: Mapping[str, Any], attendees: Sequence[Mapping[str, Any]], series_id: str | None = None,
    uid: str | None = None,
) -> str:
    """Add a checked series (``uid``: its iCalendar UID, a new one when None); its id."""
    validate(values, attendees)
    row = {"id": series_id or new_id(), "uid": uid or f"{new_id()}@regionmgr", **_clean(values)}
    return queries.insert_series(store, row, _attendee_rows(attendees))


def update_series(
    store: Store, series_id: str, values: Mapping[str, Any], attendees: Sequence[Mapping[str, Any]]
) -> None:
    validate(values, attendees)
    if not queries.update_series(store, series_id, _clean(values), _attendee_rows(attendees)):
        raise MeetingError("not_found", series_id)


def delete_series(store: Store, series_id: str) -> None:
    queries.delete_series(store, series_id)


def needs_zone_notice(values: Mapping[str, Any]) -> bool:
    """Whether the series' zone has clock changes no yearly rule describes over its span.

    The invite is then exact in calendar programs that follow the standard, but programs that
    read only a zone's yearly rule (classic Outlook) may show some meetings an hour off: the
    UI says so. False for an incomplete or invalid series (nothing to warn about yet).
    """
    try:
        spec = ics.SeriesSpec(
            uid="", summary="", organizer=ics.Person("", ""), attendees=(), weekday=int(values["weekday"]),
            start_local=values["start_local"], duration_min=int(values.get("duration_min") or 60),
            timezone=str(values["timezone"]), first_date=values["first_date"],
            end_kind=str(values.get("end_kind") or "never"), until_date=values.get("until_date"),
            count=values.get("count"))
        return not ics.spec_has_yearly_rule(spec)
    except (KeyError, TypeError, ValueError, ZoneInfoNotFoundError):
        return False


# -- snapshots, for undo ---------------------------------------------------------------------


def snapshot(store: Store, series_id: str) -> dict[str, Any] | None:
    """Everything about one series (row and children) to put back later; None if it doesn't exist."""
    return queries.snapshot(store, series_id)


def restore_snapshot(store: Store, series_id: str, snap: Mapping[str, Any] | None) -> None:
    """Make the series exactly as in ``snap`` (None: make it not exist). Undo and redo of every edit."""
    queries.restore_snapshot(store, series_id, snap)


# -- settings (organizer defaults, home country) -------------------------------------------


def get_settings(store: Store, keys: Iterable[str]) -> dict[str, str]:
    keys = list(keys)
    rows = queries.settings(store, keys)
    return {k: rows.get(k, "") for k in keys}


def set_settings(store: Store, values: Mapping[str, str]) -> dict[str, str | None]:
    """Write settings; return the previous values (None: the key did not exist) for undo."""
    return queries.put_settings(store, {key: text.clean(value).strip() for key, value in values.items()})


def restore_settings(store: Store, old: Mapping[str, str | None]) -> None:
    queries.restore_settings(store, old)


def zone_country(zone_name: str) -> str | None:
    """The country whose zone this is (from tzdata's zone.tab), e.g. Europe/Paris -> FR."""
    for code, zones in _zone_table().items():
        if zone_name in zones:
            return code
    return None


def home_country(store: Store, view: SeriesView) -> str | None:
    """The organizer's country: the "home_country" setting, else the country of the series' zone."""
    code = get_settings(store, ["home_country"])["home_country"].strip().upper()
    return code or zone_country(view.timezone)


# -- occurrences -------------------------------------------------------------------------------


def scheduled(view: SeriesView, start: dt.date, end: dt.date) -> list[dt.date]:
    """Local dates of the series' occurrences between ``start`` and ``end`` inclusive (skips included)."""
    return weekly.scheduled(view, start, end)


def is_scheduled(view: SeriesView, day: dt.date) -> bool:
    return day in scheduled(view, day, day)


def moved_times(view: SeriesView) -> dict[dt.date, tuple[dt.datetime, int]]:
    """The moved weeks: usual local date -> (new start, in the series' zone; length in minutes)."""
    return {day: (week.moved_to.astimezone(view.zone), week.moved_minutes or view.duration_min)
            for day, week in view.moved().items() if week.moved_to is not None}


def held_at(view: SeriesView, day: dt.date) -> tuple[dt.datetime, int]:
    """When the occurrence of usual local ``day`` is held (its new time when moved): start, minutes."""
    return weekly.held_at(view, day, moved_times(view))


def next_occurrence(view: SeriesView, now: dt.datetime) -> dt.date | None:
    """The usual local date of the next held meeting (not skipped; a moved one at its new time)
    that has not ended at ``now``."""
    return weekly.next_occurrence(view, now, view.skipped(), moved_times(view))


def previous_occurrence(view: SeriesView, before: dt.date) -> dt.date | None:
    """The last held meeting (moved and extra ones included) before local date ``before``."""
    skipped, moved = view.skipped(), view.moved()
    since = before - dt.timedelta(days=7 * 60)
    held = [d for d in scheduled(view, since, before - dt.timedelta(days=1)) if d not in skipped or d in moved]
    held += [d for d in moved if since <= d < before and not weekly.is_occurrence(view, d)]  # extra meetings
    return max(held) if held else None


@dataclass(frozen=True)
class HolidayClash:
    on_date: dt.date  # the occurrence (organizer's local date)
    holidays: tuple[tuple[str, str], ...]  # (country code, holiday name)

    def reason(self) -> str:
        """E.g. "Christmas Day (FR, DE)"; the same holiday in several countries is named once."""
        by_name: dict[str, list[str]] = {}
        for code, name in self.holidays:
            by_name.setdefault(name, []).append(code)
        return "; ".join(f"{name} ({', '.join(codes)})" for name, codes in by_name.items())


def _names_in(code: str, days: Iterable[dt.date], language: str) -> dict[dt.date, str]:
    """The holidays' names in ``language`` when the holidays library has them for ``code``, else {}."""
    import holidays

    try:
        table = holidays.country_holidays(code, years=sorted({d.year for d in days}) or None)
    except (NotImplementedError, KeyError):
        return {}
    wanted = next((lang for lang in table.supported_languages if lang.split("_")[0] == language[:2].lower()), None)
    if wanted is None:
        return {}
    named = holidays.country_holidays(code, years=sorted({d.year for d in days}), language=wanted)
    return {d: named[d] for d in days if d in named}


def holiday_clashes(store: Store, view: SeriesView, start: dt.date, end: dt.date,
                    language: str = "en") -> list[HolidayClash]:
    """Occurrences falling on a public holiday of the organizer's or an attendee's country.

    Each country is checked on its own local date of the meeting (a Tuesday 10:00
    in Paris may be a Monday evening in New York). Dates already skipped are left out.
    Names are in ``language`` (the UI's) where the country has them, in English otherwise.
    """
    zones: dict[str, str] = {}
    home = home_country(store, view)
    if home:
        zones[home] = view.timezone
    for a in view.attendees:
        if a.country_code and a.country_code not in zones:
            zones[a.country_code] = a.country_zone or view.timezone
    skipped = view.skipped()
    tables = {code: holidays_in(code, start - dt.timedelta(days=1), end + dt.timedelta(days=1)) for code in zones}
    out = []
    for day in scheduled(view, start, end):
        if day in skipped:
            continue
        begin = view.start_at(day)
        found = []
        for code, zone in zones.items():
            local_day = begin.astimezone(ZoneInfo(zone)).date()
            name = tables[code].get(local_day)
            if name:
                found.append((code, name))
        if found:
            out.append(HolidayClash(day, tuple(found)))
    if language[:2].lower() != "en":
        out = _localised(out, zones, language, view)
    return out


def _localised(clashes: list[HolidayClash], zones: Mapping[str, str], language: str,
               view: SeriesView) -> list[HolidayClash]:
    local = {code: {view.start_at(c.on_date).astimezone(ZoneInfo(zone)).date() for c in clashes}
             for code, zone in zones.items()}
    names = {code: _names_in(code, days, language) for code, days in local.items() if days}
    out = []
    for clash in clashes:
        begin = view.start_at(clash.on_date)
        pairs = []
        for code, name in clash.holidays:
            day = begin.astimezone(ZoneInfo(zones[code])).date()
            pairs.append((code, names.get(code, {}).get(day, name)))
        out.append(HolidayClash(clash.on_date, tuple(pairs)))
    return out


def add_skips(store: Store, series_id: str, skips: Iterable[tuple[dt.date, str]]) -> None:
    if not queries.add_skips(store, series_id, [(day, text.clean(reason).strip()) for day, reason in skips]):
        raise MeetingError("not_found", series_id)


def remove_skips(store: Store, series_id: str, days: Iterable[dt.date]) -> None:
    """Hold the meeting again on these dates (a cancelled week stays cancelled)."""
    if not queries.remove_skips(store, series_id, days):
        raise MeetingError("not_found", series_id)


# -- sending -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """A message ready to be saved: the file's bytes and what to record once it is written."""

    method: str  # REQUEST | CANCEL
    sequence: int
    recurrence_date: dt.date | None
    data: bytes
    cancels_series: bool = False

    def filename(self, view: SeriesView, language: str = "en") -> str:
        """A name to suggest: the first invite, each update (with its sequence) and cancellation apart."""
        words = FILE_WORDS.get(language[:2].lower(), FILE_WORDS["en"])
        base = safe_file_name(view.name)
        if self.method == "CANCEL":
            base += f"-{words['cancel']}" + (f"-{self.recurrence_date.isoformat()}" if self.recurrence_date else "")
        elif self.sequence > 0:
            base += f"-{words['update']}-{self.sequence}"
        return f"{base}.ics"


FILE_WORDS = {"en": {"update": "update", "cancel": "cancel", "agenda": "agenda"},
              "fr": {"update": "mise-a-jour", "cancel": "annulation", "agenda": "ordre-du-jour"}}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$")


def safe_file_name(title: str, fallback: str = "meeting", limit: int = 100) -> str:
    """``title`` as one file name (no folder): separators and characters Windows refuses become "-".

    Leading/trailing dots, dashes and spaces go (no ``..``, no hidden file); a device name such as
    CON gets ``-meeting``; at most ``limit`` characters; ``fallback`` when nothing is left.
    """
    name = re.sub(r"-{2,}", "-", _UNSAFE.sub("-", text.clean(title)))
    name = re.sub(r"\s+", " ", name)[:limit].strip(" .-")
    if not name:
        return fallback
    return f"{name}-{fallback}" if _RESERVED.match(name) else name


def agenda_file_name(view: SeriesView, language: str = "en") -> str:
    """The agenda PDF's suggested name."""
    words = FILE_WORDS.get(language[:2].lower(), FILE_WORDS["en"])
    return f"{safe_file_name(view.name)}-{words['agenda']}.pdf"


def next_sequence(view: SeriesView) -> int:
    return view.sequence + 1 if view.sent else view.sequence


def prepare_request(view: SeriesView, now: dt.datetime, agenda: invite_text.Agenda | str | None = None,
                    language: str = "en", translate: invite_text.Translate | None = None) -> Outgoing:
    """The invite (first time) or the update (later) for the whole series.

    Its description is ``invite_text.invite_description``: what attendees should see, built
    here from the ``agenda`` (titles of the attending countries' items, only when the series
    allows it). Text is never taken as it is: callers used to pass the internal agenda's text,
    a ``str`` is ignored so that nothing internal reaches the invite.
    """
    if view.status == "cancelled":
        raise MeetingError("series_cancelled")
    validate(_values_of(view), [{"email": a.email} for a in view.attendees], sending=True)
    seq = next_sequence(view)
    built = None if isinstance(agenda, str) else agenda
    description = invite_text.invite_description(view, built, language, translate or invite_text.identity)
    return Outgoing("REQUEST", seq, None, ics.invite(view.spec(), seq, now, description))


def prepare_cancel(
    view: SeriesView, now: dt.datetime, on_date: dt.date | None = None, description: str = ""
) -> Outgoing:
    """Cancel one occurrence (``on_date``, its local date) or, without a date, the whole series."""
    if view.status == "cancelled":
        raise MeetingError("series_cancelled")
    seq = next_sequence(view)
    if on_date is None:
        return Outgoing("CANCEL", seq, None, ics.cancel_series(view.spec(), seq, now, description), True)
    if not is_scheduled(view, on_date):
        raise MeetingError("not_an_occurrence", on_date.isoformat())
    skip = view.skipped().get(on_date)
    if skip is not None and skip.cancelled:
        raise MeetingError("already_cancelled", on_date.isoformat())
    return Outgoing("CANCEL", seq, on_date, ics.cancel_occurrence(view.spec(), on_date, seq, now, description))

def record_sent(store: Store, series_id: str, out: Outgoing, now: dt.datetime, reason: str = "") -> str:
    """Note that ``out`` was written: history row, the series' sequence, cancelled week/series."""
    sent = {"method": out.method, "sequence": out.sequence, "recurrence_date": out.recurrence_date,
            "sent_at": now, "ics": out.data.decode("utf-8")}
    sent_id = queries.record_sent(store, series_id, sent, out.cancels_series, text.clean(reason).strip())
    if sent_id is None:
        raise MeetingError("not_found", series_id)
    return sent_id


def _values_of(view: SeriesView) -> dict[str, Any]:
    return {k: getattr(view, k) for k in SERIES_FIELDS}


def values_of(view: SeriesView) -> dict[str, Any]:
    """The editable fields of a series, as ``create_series``/``update_series`` take them."""
    return _values_of(view)


def attendee_values(view: SeriesView) -> list[dict[str, Any]]:
    return [{"name": a.name, "email": a.email, "role": a.role, "contact_id": a.contact_id} for a in view.attendees]


def contacts_with_email(store: Store) -> list[tuple[str, str, str, str]]:
    """(contact id, name, e-mail, country code) of every contact that has an e-mail, by country and name."""
    return queries.contacts_with_email(store)


def work_weeks_for(store: Store, contact_ids: Iterable[str | None], zone: str) -> list[WorkWeek]:
    """The working weeks of the organizer's country and of the given contacts' countries (no duplicates)."""
    conn = store.raw()
    countries = {row[0]: WorkWeek(*row) for row in queries.work_weeks(conn)}
    codes = queries.contact_countries(conn, {c for c in contact_ids if c})
    home = get_settings(store, ["home_country"])["home_country"].strip().upper() or zone_country(zone)
    out: list[WorkWeek] = []
    if home:
        out.append(countries[home] if home in countries else WorkWeek(home, zone))
    out += [week for code, week in countries.items() if code in codes and code != home]
    return out
