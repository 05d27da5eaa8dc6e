"""Task rules in plain Python: validation, due times (fixed, floating, all-day), completion, delegation.

Everything here returns plain values: the column changes an edit makes (a dict
the named operations of ``core.tasks.operations`` write), or what a due time is in
the user's zone and in the zone it is fixed in. Nothing here reads or writes the
store. Bad input raises ``TaskInputError`` (a ``ValidationError``) carrying a
``code`` and ``params``; its message is marked for translation (context "Core"),
so the UI shows it in the user's language; ``str()`` is the English sentence.
Statuses are the store's vocabulary (``store.vocab``), stored instants are read
and written by ``store.codec``.

Due times:
- *fixed*: a deadline in a zone (the client's 17:00 in Casablanca) is stored as
  a UTC instant ``due_at`` plus ``due_tz``; it is the same instant wherever the
  user is, and shows in both zones when the user is elsewhere;
- *floating*: a wall-clock time (19:00 wherever I am) is stored in ``due_local``
  and becomes an instant only in the user's current zone;
- *all-day*: only the date matters; stored as the last second of that day.

SQLAlchemy is not imported here: the task list's start-up path uses this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from regionmgr.core.calendar.dates import Reading, check_in_range, check_reading, read_moment
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean as clean_text
from regionmgr.store import codec
from regionmgr.store.codec import stored_instant
from regionmgr.store.vocab import ACTIVE_STATUSES, DONE, OPEN, STATUSES, WAITING

UTC = dt.UTC
END_OF_DAY = dt.time(23, 59, 59)
TITLE_MAX = 500
NAME_MAX = 200
FOLLOW_UP_DAYS = 7  # a delegated task is followed up a week later unless the user says when
# A date the user types for a task (due, follow-up, tranche) lies within a year back and 20 years
# ahead of today: "1999" or "3000" is a slip. The store itself reads 1970-2200 (imports).
ENTRY_YEARS_BACK = 1
ENTRY_YEARS_AHEAD = 20

_Day = TypeVar("_Day", bound=dt.date | None)

__all__ = ["ACTIVE_STATUSES", "STATUSES", "stored_instant"]  # re-exported for the task views


class TaskInputError(ValidationError):
    """Bad task input: ``code`` names the problem, ``params`` fill the message (a template marked
    with ``QT_TRANSLATE_NOOP("Core", ...)``: ``translated()`` gives it in the UI language)."""

    def __init__(self, code: str, message: str, /, **params: object):
        super().__init__(message)
        self.text_fields = dict(params)  # (a field may be called "text": not passed as a keyword)
        self.args = (self._fill(message),)
        self.code = code
        self.params = params


# -- simple fields -------------------------------------------------------------
def clean_title(text: str) -> str:
    """A title as stored: one line, trimmed; empty or too long is refused."""
    title = " ".join(clean_text(text).split())  # no control characters (a NUL would break exports)
    if not title:
        raise TaskInputError("empty_title", QT_TRANSLATE_NOOP("Core", "A task needs a title."))
    if len(title) > TITLE_MAX:
        raise TaskInputError("title_too_long", QT_TRANSLATE_NOOP("Core", "A title is at most {limit} characters."),
                             limit=TITLE_MAX)
    return title


def clean_name(text: str) -> str:
    name = " ".join(clean_text(text).split())
    if len(name) > NAME_MAX:
        raise TaskInputError("name_too_long", QT_TRANSLATE_NOOP("Core", "A name is at most {limit} characters."),
                             limit=NAME_MAX)
    return name


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise TaskInputError("bad_status", QT_TRANSLATE_NOOP("Core", "Unknown status “{status}”."), status=status)
    return status


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:hH.](\d{2})?)?\s*$")


def parse_time(text: str) -> dt.time | None:
    """"17:00", "17h", "9.30"; "" is no time (an all-day due date)."""
    if not (text or "").strip():
        return None
    m = _TIME.match(text)
    if not m:
        raise TaskInputError("bad_time", "“{text}” is not a time of day (write 17:00).", text=text.strip())
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        raise TaskInputError("impossible_time", "{text} is not a time of day.", text=text.strip())
    return dt.time(hour, minute)


def check_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise TaskInputError("unknown_zone", QT_TRANSLATE_NOOP("Core", "“{zone}” is not a known time zone."),
                             zone=name) from None


# -- dates the user types ---------------------------------------------------------
def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def entry_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a user may type for a task, ``today`` being the user's today."""
    return _years_from(today, -ENTRY_YEARS_BACK), _years_from(today, ENTRY_YEARS_AHEAD)


def entry_date_ok(day: dt.date | None, today: dt.date) -> bool:
    if day is None:
        return True
    if isinstance(day, dt.datetime):
        day = day.date()
    first, last = entry_range(today)
    return first <= day <= last


def check_entry_date(day: _Day, today: dt.date, unchanged: dt.date | None = None, shown: str | None = None) -> _Day:
    """``day`` (a date or datetime; None is no date) as the user typed it for a task, if it lies within
    ``entry_range(today)``; else ``TaskInputError("date_too_far")`` naming the accepted range. A date
    equal to ``unchanged`` (the one already stored) passes: an old task keeps its old date when
    another field changes. The detail pane, quick capture and the tranche dialog all check here."""
    if day is None or entry_date_ok(day, today):
        return day
    plain = day.date() if isinstance(day, dt.datetime) else day
    if unchanged is not None and plain == unchanged:
        return day
    raise _too_far(shown or plain.strftime("%d/%m/%Y"), today)


def _too_far(shown: str, today: dt.date) -> TaskInputError:
    first, last = entry_range(today)
    return TaskInputError("date_too_far", QT_TRANSLATE_NOOP(
        "Core", "“{date}” is too far from today: give a date between {first} and {last}."),
        date=shown, first=first.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y"))


def read_entry(text: str, now_local: dt.datetime, unchanged: dt.date | None = None) -> Reading | None:
    """A task's date field as the user typed it (the one date reader, ``calendar.dates``): None when
    empty; ``ValidationError`` when it is no date, or (``check_entry_date``) too far from today, a
    year outside what the store reads (1850, 3000) included: the message names the dates accepted."""
    if not (text or "").strip():
        return None
    shown = " ".join(text.split())
    reading = read_moment(text, now_local)
    if reading.out_of_range:
        raise _too_far(shown, now_local.date())
    check_reading(text, reading)
    if reading.value is not None:
        check_entry_date(reading.value.date(), now_local.date(), unchanged, shown)
    return reading


# -- due times -----------------------------------------------------------------
def no_due() -> dict[str, object]:
    return {"due_at": None, "due_tz": None, "due_floating": False, "due_local": None, "due_all_day": True}


def due_changes(day: dt.date | None, time: dt.time | None, zone: str | None, floating: bool) -> dict[str, object]:
    """The task columns for a due date/time; ``zone`` is needed when it is fixed."""
    if day is None:
        if time is not None:
            raise TaskInputError("time_without_date", QT_TRANSLATE_NOOP("Core", "A due time needs a due date."))
        return no_due()
    check_in_range(day)  # a year outside MIN_YEAR..MAX_YEAR could never be read back
    wall = dt.datetime.combine(day, time or END_OF_DAY)
    if floating:
        return {"due_at": None, "due_tz": None, "due_floating": True, "due_local": wall,
                "due_all_day": time is None}
    if not zone:
        raise TaskInputError("zone_needed", QT_TRANSLATE_NOOP("Core", "A fixed due time needs a time zone."))
    tz = check_zone(zone)
    return {"due_at": wall.replace(tzinfo=tz).astimezone(UTC), "due_tz": zone, "due_floating": False,
            "due_local": None, "due_all_day": time is None}


def due_instant(due_at: dt.datetime | None, floating: bool, due_local: dt.datetime | None,
                user_zone: ZoneInfo) -> dt.datetime | None:
    """When the task is due, as an aware instant, for a user now in ``user_zone``."""
    if floating:
        return None if due_local is None else due_local.replace(tzinfo=user_zone).astimezone(UTC)
    return due_at


@dataclass(frozen=True)
class DueView:
    """A due time as the user sees it: in their zone, and in the zone it is fixed in."""

    here: dt.datetime  # wall clock in the user's zone
    all_day: bool
    floating: bool
    fixed_zone: str | None  # the zone it is fixed in (None: floating)
    there: dt.datetime | None  # wall clock in ``fixed_zone`` when that differs from the user's

    @property
    def day(self) -> dt.date:
        """The due date: in the fixed zone for an all-day deadline, else in the user's zone."""
        if self.all_day and self.there is not None:
            return self.there.date()
        return self.here.date()


def due_view(due_at: dt.datetime | None, due_tz: str | None, floating: bool,
             due_local: dt.datetime | None, all_day: bool, user_zone: ZoneInfo,
             zone_of=ZoneInfo) -> DueView | None:
    """``zone_of``: name -> ZoneInfo (a caller painting many rows passes its own cache)."""
    if floating:
        if due_local is None:
            return None
        return DueView(due_local.replace(tzinfo=user_zone), all_day, True, None, None)
    if due_at is None:
        return None
    here = due_at.astimezone(user_zone)
    there = None
    if due_tz and due_tz != user_zone.key:
        try:
            fixed = due_at.astimezone(zone_of(due_tz))
        except (ZoneInfoNotFoundError, ValueError):
            fixed = None
        if fixed is not None and (fixed.utcoffset() != here.utcoffset() or all_day):
            there = fixed
    return DueView(here, all_day, False, due_tz, there)


# -- status ---------------------------------------------------------------------
def complete_changes(now: dt.datetime) -> dict[str, object]:
    return {"status": DONE, "completed_at": now}


def reopen_changes(delegated_to: str = "") -> dict[str, object]:
    return {"status": WAITING if delegated_to else OPEN, "completed_at": None}


def status_changes(status: str, now: dt.datetime) -> dict[str, object]:
    status = check_status(status)
    if status == DONE:
        return complete_changes(now)
    return {"status": status, "completed_at": None}


# -- delegation -------------------------------------------------------------------
def delegate_name(name: str) -> str:
    """The name a task is delegated to, as stored: one line, trimmed; empty or too long is refused."""
    who = clean_name(name)
    if not who:
        raise TaskInputError("delegate_needs_name", QT_TRANSLATE_NOOP("Core", "Say who the task is delegated to."))
    return who


def default_follow_up(today: dt.date) -> dt.date:
    """When to follow up on a task delegated ``today`` when the user gives no date."""
    return today + dt.timedelta(days=FOLLOW_UP_DAYS)


def delegate_changes(name: str, contact_id: str | None, follow_up: dt.date | None,
                     now: dt.datetime, zone: ZoneInfo | None = None) -> dict[str, object]:
    """Hand a task to a colleague (a contact or a free name), to follow up on a date: ``follow_up``,
    or ``default_follow_up`` of today in ``zone`` (the user's; UTC when not given). The task
    waits for them: not completed any more."""
    who = delegate_name(name)
    check_in_range(follow_up)
    if follow_up is None:
        follow_up = default_follow_up(now.astimezone(zone or UTC).date())
    return {"delegated_to": who, "delegated_contact_id": contact_id, "delegated_at": now,
            "follow_up_on": follow_up, "status": WAITING, "completed_at": None}


def undelegate_changes() -> dict[str, object]:
    return {"delegated_to": "", "delegated_contact_id": None, "delegated_at": None,
            "follow_up_on": None, "status": OPEN}


@dataclass(frozen=True)
class WaitingItem:
    """One delegated task in the "waiting for" view."""

    task_id: str
    title: str
    country: str
    delegated_to: str
    follow_up_on: dt.date | None
    delegated_at: dt.datetime | None
    follow_up_passed: bool
    days_delegated: int | None  # whole days since it was delegated


def waiting_items(rows: list[tuple], today: dt.date, now: dt.datetime) -> list[WaitingItem]:
    """``rows`` of (id, title, country code, delegated to, follow-up 'YYYY-MM-DD', delegated at text),
    ordered by follow-up date (no date last), then by how long ago it was delegated."""
    items = []
    for task_id, title, country, who, follow, delegated in rows:
        follow_day = codec.day(follow)
        since = codec.instant(delegated)
        days = None if since is None else max(0, (now - since).days)
        items.append(WaitingItem(task_id, title, country or "", who, follow_day, since,
                                 follow_day is not None and follow_day < today, days))
    items.sort(key=lambda i: (i.follow_up_on is None, i.follow_up_on or dt.date.max,
                              -(i.days_delegated or 0), i.title.casefold()))
    return items


# -- quadrants of many tasks ---------------------------------------------------------
class QuadrantBook:
    """The matrix quadrant of many tasks at one instant, as ``priority.place`` decides it.

    Fast for a list of 100k: flags decide most tasks at once; only deadlines in
    the next three weeks need the country's working days, and those answers are
    memoised by (country, local due date). Dues are the store's UTC text form.
    """

    HORIZON = dt.timedelta(days=21)  # no 21 calendar days hold only 2 working days

    def __init__(self, weeks: dict[object, object], now: dt.datetime):
        from regionmgr.core.tasks.priority import Quadrant

        self._weeks = weeks  # country key -> WorkWeek
        self._now = now
        self._now_text = stored_instant(now)
        self._horizon_text = stored_instant(now + self.HORIZON)
        self._memo: dict[tuple[object, dt.date], bool] = {}
        self._memo_text: dict[tuple[object, str], bool] = {}
        self._q = Quadrant

    def quadrant(self, country: object, urgent: bool, important: bool, due: str | None) -> int:
        q = self._q
        if not urgent and due is not None and due <= self._horizon_text:
            urgent = due < self._now_text or self._due_soon(country, due)
        if important:
            return q.DO if urgent else q.SCHEDULE
        return q.DELEGATE if urgent else q.DROP

    def quadrants_of(self, rows: Sequence[Sequence], dues: Sequence[str | None], country_at: int,
                     flags_at: int) -> list[int]:
        """``quadrant`` for every row at once (the task list's 100k rows: a third of the time).

        ``rows[i][country_at]`` is the country key, ``rows[i][flags_at]`` has bit 1 for urgent
        and bit 2 for important; ``dues[i]`` is the due instant in the store's text form."""
        q = self._q
        by_flags = (q.DROP, q.DELEGATE, q.SCHEDULE, q.DO)
        horizon, now, soon = self._horizon_text, self._now_text, self._due_soon
        out: list[int] = []
        append = out.append
        for row, due in zip(rows, dues, strict=True):
            flags = row[flags_at] & 3
            if not flags & 1 and due is not None and due <= horizon and (due < now or soon(row[country_at], due)):
                flags |= 1
            append(by_flags[flags])
        return out

    def _due_soon(self, country: object, due: str) -> bool:
        by_text = self._memo_text.get((country, due))
        if by_text is not None:
            return by_text
        from regionmgr.core.calendar.workweek import WorkWeek
        from regionmgr.core.tasks.priority import (
            place,  # (an import statement costs ~1 µs: not per row)
        )

        week = self._weeks.get(country) or WorkWeek(code="", timezone="UTC")
        instant = codec.instant(due)
        assert instant is not None
        key = (country, instant.astimezone(week.zone).date())  # type: ignore[attr-defined]
        if key not in self._memo:
            self._memo[key] = place(False, False, instant, week, self._now).urgency.value == "due_soon"  # type: ignore[arg-type]
        self._memo_text[(country, due)] = self._memo[key]  # due texts repeat: no parsing the next time
        return self._memo[key]
