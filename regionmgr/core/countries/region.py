"""The region's countries: ISO names in the UI language, settings checks, local time, holidays, open tasks.

The rules over ``store.queries.countries`` (which holds the SQL); the writes are the named
operations of ``core.countries.operations``. Country names come from pycountry (the ISO 3166
list of codes) and babel (names in the user's language); public holidays from
the ``holidays`` package in the UI language where it has a translation. Every
check raises ``ValidationError`` with a message for the user before anything is
written; the UI passes in the translated messages it wants shown, so this
module holds no user-visible text of its own beyond English fallbacks.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from regionmgr.core.calendar.workweek import (
    WorkWeek,
    in_working_hours,
    local_now,
    zones_for_country,
)
from regionmgr.core.errors import ValidationError
from regionmgr.core.storage import Store
from regionmgr.core.tasks.priority import Placement, place
from regionmgr.core.text import clean, valid_address
from regionmgr.store import codec, vocab
from regionmgr.store.queries import countries as queries

log = logging.getLogger(__name__)

EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")

# English fallbacks; the UI passes translated ones in ``messages``.
MESSAGES = {
    "unknown_zone": "“{0}” is not a known time zone (use a name such as Africa/Casablanca).",
    "hours_order": "Working hours must end after they start ({0} is not after {1}).",
    "no_days": "Choose at least one working day.",
    "bad_email": "“{0}” is not a valid e-mail address.",
    "unknown_country": "“{0}” is not an ISO 3166 country code.",
    "already_there": "This country is already in the region.",
    "empty_name": "A contact needs a name.",
    "bad_language": "“{0}” is not a language code (use e.g. fr, en, ar, pt-BR).",
}


def _msg(messages: Mapping[str, str] | None, key: str) -> str:
    return (messages or {}).get(key, MESSAGES[key])


# -- names ------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    try:
        return dict(Locale.parse(lang).territories)
    except Exception:  # noqa: BLE001 - unknown locale: English names
        return dict(Locale.parse("en").territories)


def sort_key(text: str) -> str:
    """Accent- and case-insensitive sort key ("Émirats" sorts with "E")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` ("MA" -> "Morocco" / "Maroc"): the one country-name
    function of the app; pycountry's English name, then the code, when babel has none."""
    code = code.upper()
    name = _territories(lang).get(code)
    if name:
        return name
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "name", code) if found else code


@lru_cache(maxsize=8)
def country_choices(lang: str = "en") -> tuple[tuple[str, str], ...]:
    """Every ISO 3166-1 country as (code, name in ``lang``), sorted by name."""
    import pycountry

    rows = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return tuple(sorted(rows, key=lambda r: sort_key(r[1])))


def is_iso_code(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_2=(code or "").upper()) is not None


# -- checks -------------------------------------------------------------------------
def check_timezone(name: str, messages: Mapping[str, str] | None = None) -> str:
    name = (name or "").strip()
    if not name or name not in _all_zones():
        raise ValidationError(_msg(messages, "unknown_zone").format(name))
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_msg(messages, "unknown_zone").format(name)) from exc
    return name


@lru_cache(maxsize=1)
def _all_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def minutes_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def check_hours(start_min: int, end_min: int, messages: Mapping[str, str] | None = None) -> None:
    if not (0 <= start_min < 24 * 60 and 0 < end_min <= 24 * 60) or end_min <= start_min:
        raise ValidationError(
            _msg(messages, "hours_order").format(minutes_text(end_min), minutes_text(start_min))
        )


def check_work_days(days: str, messages: Mapping[str, str] | None = None) -> str:
    digits = "".join(sorted({c for c in days if c in "1234567"}))
    if not digits:
        raise ValidationError(_msg(messages, "no_days"))
    return digits


def check_email(email: str, messages: Mapping[str, str] | None = None) -> str:
    email = (email or "").strip()
    if email and not (EMAIL_RE.match(email) and valid_address(email)):  # one plain address: no ?, %, &
        raise ValidationError(_msg(messages, "bad_email").format(email))
    return email


def check_country_changes(
    current: Mapping[str, Any], changes: Mapping[str, Any], messages: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Validate changes to a country's settings against its current values; return them cleaned."""
    out = dict(changes)
    if "timezone" in out:
        out["timezone"] = check_timezone(out["timezone"], messages)
    if "work_days" in out:
        out["work_days"] = check_work_days(out["work_days"], messages)
    if "work_start_min" in out or "work_end_min" in out:
        check_hours(
            int(out.get("work_start_min", current.get("work_start_min", 540))),
            int(out.get("work_end_min", current.get("work_end_min", 1080))),
            messages,
        )
    return out


def check_language(code: str, messages: Mapping[str, str] | None = None) -> str:
    """A language tag such as "fr", "ar" or "pt-BR" (empty allowed); ValidationError otherwise."""
    code = (code or "").strip()
    if not code:
        return ""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValidationError(_msg(messages, "bad_language").format(code)) from exc
    return code


def language_name(code: str, lang: str = "en") -> str:
    """The name of language ``code`` in the UI language ("fr" -> "French" / "français"), or the code."""
    if not code:
        return ""
    from babel import Locale

    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(lang) or code
    except Exception:  # noqa: BLE001 - unknown code: show it as typed
        return code


def check_contact_changes(changes: Mapping[str, Any], messages: Mapping[str, str] | None = None) -> dict[str, Any]:
    out = {k: (clean(v).strip() if isinstance(v, str) else v) for k, v in changes.items()}
    if "language" in out:
        out["language"] = check_language(out["language"], messages)
    if "email" in out:
        out["email"] = check_email(out["email"], messages)
    if "name" in out and not out["name"]:
        raise ValidationError(_msg(messages, "empty_name"))
    return out


# -- reading ------------------------------------------------------------------------
@dataclass(frozen=True)
class CountryRow:
    id: str
    code: str
    timezone: str
    work_days: str
    work_start_min: int
    work_end_min: int
    position: int

    @property
    def week(self) -> WorkWeek:
        return WorkWeek(self.code, self.timezone, self.work_days, self.work_start_min, self.work_end_min)


def list_countries(store: Store) -> list[CountryRow]:
    return [CountryRow(*r) for r in queries.countries(store.raw())]


def get_country(store: Store, country_id: str) -> CountryRow | None:
    return next((c for c in list_countries(store) if c.id == country_id), None)


def new_country_values(store: Store, code: str, messages: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Values for a new country row: the country's default zone, Mon-Fri, 9:00-18:00, placed last."""
    code = (code or "").strip().upper()
    if not is_iso_code(code):
        raise ValidationError(_msg(messages, "unknown_country").format(code))
    existing = list_countries(store)
    if any(c.code == code for c in existing):
        raise ValidationError(_msg(messages, "already_there"))
    zones = zones_for_country(code)
    return {
        "code": code,
        "timezone": zones[0] if zones else "UTC",
        "work_days": "12345",
        "work_start_min": 9 * 60,
        "work_end_min": 18 * 60,
        "position": max((c.position for c in existing), default=-1) + 1,
    }


def moved_order(order: Sequence[str], ids: Sequence[str], row: int) -> list[str]:
    """``order`` with ``ids`` taken out and put back together before the item now at ``row``.

    ``row`` counts in ``order`` as it is (the drop position of a list view); a
    ``row`` past the end (or negative) puts them last.
    """
    chosen = set(ids)
    moving = [i for i in order if i in chosen]
    if not 0 <= row < len(order):
        row = len(order)
    before = [i for i in order[:row] if i not in moving]
    after = [i for i in order[row:] if i not in moving]
    return before + moving + after


@dataclass(frozen=True)
class LocalState:
    local: dt.datetime  # the country's wall clock now
    working: bool  # inside working hours on a working day
    utc_offset: str  # "+01:00"


def local_state(week: WorkWeek, now: dt.datetime) -> LocalState:
    local = local_now(week, now)
    offset = local.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return LocalState(local, in_working_hours(week, now), f"{sign}{minutes // 60:02d}:{minutes % 60:02d}")


def _holiday_language(cls_langs: tuple[str, ...], lang: str) -> str | None:
    for candidate in cls_langs:
        if candidate == lang or candidate.startswith(lang + "_"):
            return candidate
    return None


@lru_cache(maxsize=128)
def _localized_table(code: str, year: int, lang: str) -> dict[dt.date, str]:
    import holidays

    try:
        table = holidays.country_holidays(code, years=year)
        language = _holiday_language(tuple(table.supported_languages or ()), lang)
        if language:
            table = holidays.country_holidays(code, years=year, language=language)
    except (NotImplementedError, KeyError):
        return {}
    return dict(table.items())


def next_holidays(code: str, today: dt.date, lang: str = "en", count: int = 3) -> list[tuple[dt.date, str]]:
    """The next ``count`` public holidays of ``code`` from ``today``, named in ``lang`` where known."""
    found = {day: name for year in (today.year, today.year + 1)
             for day, name in _localized_table(code.upper(), year, lang).items() if day >= today}
    return sorted(found.items())[:count]


@dataclass(frozen=True)
class OpenTask:
    id: str
    title: str
    status: str
    urgent: bool
    important: bool
    due_at: dt.datetime | None
    due_tz: str | None
    delegated_to: str
    placement: Placement | None = None  # where the Priorities matrix puts it (``priority.place``)


class OpenTasks(list[OpenTask]):
    """A country's open tasks, and how many could not be read back (left out, logged)."""

    unreadable: int = 0


def open_tasks(store: Store, country_id: str, now: dt.datetime | None = None, user_zone: str = "UTC") -> OpenTasks:
    """The country's tasks still to do (open, waiting on someone, or in a status this app does
    not know: never hidden), soonest due first. A task whose stored due date can't be read back
    is left out and counted, never the whole list.

    With ``now``, each task carries its ``placement`` in the urgent/important matrix, from the
    same ``priority.place`` the Priorities page uses (deadline counted in the country's working
    days; a floating due time read in ``user_zone``, as the matrix reads it)."""
    out = OpenTasks()
    country = get_country(store, country_id) if now is not None else None
    week = country.week if country is not None else None
    for rid, title, status, urgent, important, due_at, due_tz, delegated, floating, due_local in queries.open_tasks(
            store.raw(), country_id, (vocab.DONE, vocab.DROPPED)):
        try:
            due = codec.instant(due_at)
            wall = codec.wall(due_local) if floating else None
        except codec.Unreadable as exc:
            log.warning("task %s left out of its country's open tasks: %s", rid, exc)
            out.unreadable += 1
            continue
        placement = None
        if now is not None:
            placed_due = wall.replace(tzinfo=ZoneInfo(user_zone)).astimezone(dt.UTC) if wall is not None else due
            placement = place(bool(urgent), bool(important), placed_due, week, now)
        out.append(OpenTask(rid, title, status, bool(urgent), bool(important), due, due_tz, delegated or "",
                            placement))
    return out


@dataclass(frozen=True)
class ContactRow:
    id: str
    country_id: str
    name: str
    role: str
    email: str
    phone: str
    language: str
    preferred_channel: str


CONTACT_FIELDS = ("name", "role", "email", "phone", "language", "preferred_channel")
CHANNELS = ("email", "phone", "video", "chat", "in_person")


def list_contacts(store: Store, country_id: str) -> list[ContactRow]:
    return [ContactRow(*r) for r in queries.contacts(store.raw(), country_id)]


def mailto_url(email: str | Sequence[str], subject: str = "", body: str = "") -> str:
    """A mailto: address (one or several recipients) with a percent-encoded subject and body."""
    emails = [email] if isinstance(email, str) else list(email)
    url = "mailto:" + ",".join(_percent(e.strip(), safe="@.+-_") for e in emails if e.strip())
    params = [f"{k}={_percent(v)}" for k, v in (("subject", subject), ("body", body)) if v]
    return url + ("?" + "&".join(params) if params else "")


def _percent(text: str, safe: str = "") -> str:
    """RFC 3986 percent-encoding of UTF-8 text (unreserved characters and ``safe`` kept)."""
    keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~" + safe)
    return "".join(c if c in keep else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text)
