"""Recurring tasks: the rule a task repeats by, its stored text, and its next due date in the
country's calendar. No Qt: the UI words a rule from its kind and numbers (``Rule``).

The stored text (``task.recurrence``; "" = not recurring) is short and readable; version 1 has
no prefix, a later version will start with ``v<N>;`` (a rule this version can't read is kept as it
is and repeats nothing: ``RecurrenceError`` with code ``newer``):

* ``daily`` — every working day;
* ``weekly:1,4`` — on these ISO weekdays (Monday = 1 ... Sunday = 7);
* ``monthly:15`` — on that day of each month (29-31: the month's last day when it is shorter);
* ``monthly:nth:2:1`` — the 2nd Monday of each month (``-1``: the last one; 1 to 4 or -1);
* ``monthly:last-workday`` — the last working day of each month in the country's calendar;
* ``yearly:07-14`` — every 14 July (29 February: the 28th in other years).

The country decides: an occurrence that falls on one of its days off (its working week,
``WorkWeek.work_days``) or public holidays (``workweek.is_working_day``, the cached tables) moves
to the next working day; the last working day of the month is found backwards, so it is always
one. Every search is bounded (a week without working days, a date near 2200 give None, never a
loop) and stays within the app's years (``codec.MIN_YEAR``..``MAX_YEAR``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import WorkWeek, is_working_day
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.store import codec
from regionmgr.store.queries import task_rows
from regionmgr.store.queries import tasks as task_queries

if TYPE_CHECKING:
    import sqlite3

    from regionmgr.store.db import Store

DAILY, WEEKLY, MONTHLY, NTH, LAST_WORKDAY, YEARLY = "daily", "weekly", "monthly", "nth", "last-workday", "yearly"
KINDS = (DAILY, WEEKLY, MONTHLY, NTH, LAST_WORKDAY, YEARLY)
LAST = -1  # ``Rule.nth`` of "the last <weekday> of the month"
MAX_TEXT = 200  # the task.recurrence column's length
# How far a search goes: occurrences looked at (nominal dates) and days an occurrence may move.
MAX_STEPS = 800
MAX_SHIFT = 31
NO_WORK_WEEK = WorkWeek(code="")  # a task without a country: Monday to Friday, no public holidays


class RecurrenceError(ValidationError):
    """A rule that can't be used; ``code`` says why (the UI may word it), nothing was written."""

    def __init__(self, code: str, text: str, *args: object):
        self.code = code
        super().__init__(text, *args)


def recurrence_error(code: str, detail: str = "") -> RecurrenceError:
    if code == "no_such_day":
        return RecurrenceError(code, QT_TRANSLATE_NOOP(
            "Core", "“{0}” never happens: that month has no such day."), detail)
    if code == "day_range":
        return RecurrenceError(code, QT_TRANSLATE_NOOP(
            "Core", "“{0}”: a day of the month goes from 1 to 31."), detail)
    if code == "newer":
        return RecurrenceError(code, QT_TRANSLATE_NOOP(
            "Core", "This repeat rule comes from a newer version of the app; it is kept as it is."), detail)
    return RecurrenceError("unreadable", QT_TRANSLATE_NOOP("Core", "This repeat rule can't be read: “{0}”."), detail)


@dataclass(frozen=True)
class Rule:
    """One repeat rule. ``weekdays``: ISO weekdays (weekly; the one weekday of ``nth``);
    ``day``: day of the month (monthly, yearly); ``month``: 1-12 (yearly); ``nth``: 1-4 or LAST."""

    kind: str
    weekdays: tuple[int, ...] = ()
    day: int = 0
    month: int = 0
    nth: int = 0

    def __post_init__(self) -> None:
        check(self)

    @property
    def text(self) -> str:
        """The stored form (``task.recurrence``)."""
        if self.kind == WEEKLY:
            return f"{WEEKLY}:{','.join(map(str, self.weekdays))}"
        if self.kind == MONTHLY:
            return f"{MONTHLY}:{self.day}"
        if self.kind == NTH:
            return f"{MONTHLY}:{NTH}:{self.nth}:{self.weekdays[0]}"
        if self.kind == LAST_WORKDAY:
            return f"{MONTHLY}:{LAST_WORKDAY}"
        if self.kind == YEARLY:
            return f"{YEARLY}:{self.month:02d}-{self.day:02d}"
        return DAILY


def check(rule: Rule) -> None:
    """Refuse a rule that can never happen or that the text form can't hold (``RecurrenceError``)."""
    kind, days = rule.kind, rule.weekdays
    if kind not in KINDS:
        raise recurrence_error("unreadable", kind)
    if kind == WEEKLY and (not days or any(not 1 <= d <= 7 for d in days) or list(days) != sorted(set(days))):
        raise recurrence_error("unreadable", ",".join(map(str, days)))
    if kind == NTH and (len(days) != 1 or not 1 <= days[0] <= 7 or rule.nth not in (1, 2, 3, 4, LAST)):
        raise recurrence_error("unreadable", f"{rule.nth}:{days}")
    if kind in (MONTHLY, YEARLY) and not 1 <= rule.day <= 31:
        raise recurrence_error("day_range", str(rule.day))
    if kind == YEARLY:
        if not 1 <= rule.month <= 12:
            raise recurrence_error("unreadable", f"{rule.month}-{rule.day}")
        if rule.day > calendar.monthrange(2000, rule.month)[1]:  # 2000: a leap year (29 Feb exists)
            raise recurrence_error("no_such_day", f"{rule.day}/{rule.month}")


_WEEKLY = re.compile(r"weekly:([1-7](?:,[1-7])*)")
_MONTHLY = re.compile(r"monthly:(\d{1,2})")
_NTH = re.compile(r"monthly:nth:(-1|[1-4]):([1-7])")
_YEARLY = re.compile(r"yearly:(\d{2})-(\d{2})")
_VERSION = re.compile(r"v(\d+);")


def parse_rule(text: str) -> Rule | None:
    """The rule a stored text says; None for "" (not recurring). ``RecurrenceError`` otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise recurrence_error("unreadable", text[:40] + "…")
    version = _VERSION.match(text)
    if version:
        if version.group(1) != "1":
            raise recurrence_error("newer", text)
        text = text[version.end():]
    if text == DAILY:
        return Rule(DAILY)
    if text == f"{MONTHLY}:{LAST_WORKDAY}":
        return Rule(LAST_WORKDAY)
    if m := _WEEKLY.fullmatch(text):
        return Rule(WEEKLY, tuple(sorted({int(d) for d in m.group(1).split(",")})))
    if m := _NTH.fullmatch(text):
        return Rule(NTH, (int(m.group(2)),), nth=int(m.group(1)))
    if m := _MONTHLY.fullmatch(text):
        return Rule(MONTHLY, day=int(m.group(1)))
    if m := _YEARLY.fullmatch(text):
        return Rule(YEARLY, day=int(m.group(2)), month=int(m.group(1)))
    raise recurrence_error("unreadable", text)


def rule_or_none(text: str) -> Rule | None:
    """The rule a stored text says, or None when there is none or it can't be read (kept as is)."""
    try:
        return parse_rule(text)
    except RecurrenceError:
        return None


# -- the calendar ---------------------------------------------------------------------------
def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months_from(day: dt.date) -> Iterator[tuple[int, int]]:
    year, month = day.year, day.month
    while year <= codec.MAX_YEAR:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    if nth == LAST:
        last = dt.date(year, month, _last_day(year, month))
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _nominal(rule: Rule, start: dt.date) -> Iterator[dt.date]:
    """The rule's dates from ``start`` on, before moving off days off (ascending, within MAX_YEAR)."""
    kind = rule.kind
    if kind in (DAILY, WEEKLY):
        days = set(rule.weekdays) if kind == WEEKLY else set(range(1, 8))
        day = start
        while day.year <= codec.MAX_YEAR:
            if day.isoweekday() in days:
                yield day
            day += dt.timedelta(days=1)
    elif kind == YEARLY:
        for year in range(start.year, codec.MAX_YEAR + 1):
            day = dt.date(year, rule.month, min(rule.day, _last_day(year, rule.month)))
            if day >= start:
                yield day
    else:
        for year, month in _months_from(start):
            if kind == MONTHLY:
                day = dt.date(year, month, min(rule.day, _last_day(year, month)))
            elif kind == NTH:
                day = _nth_weekday(year, month, rule.nth, rule.weekdays[0])
            else:
                day = dt.date(year, month, _last_day(year, month))
            if day >= start:
                yield day


def _moved(rule: Rule, day: dt.date, week: WorkWeek) -> dt.date | None:
    """Where an occurrence falls in the country's calendar: the next working day (the previous one
    for the last working day of the month); None when none is near."""
    step = dt.timedelta(days=-1 if rule.kind == LAST_WORKDAY else 1)
    for _ in range(MAX_SHIFT):
        if not codec.MIN_YEAR <= day.year <= codec.MAX_YEAR:
            return None
        if is_working_day(week, day):
            return day
        day += step
    return None


def next_due(rule: Rule, after: dt.date, week: WorkWeek | None = None) -> dt.date | None:
    """The first occurrence strictly after ``after`` in ``week``'s calendar (None: a country
    without a working day, or none before the end of MAX_YEAR). Bounded: at most ``MAX_STEPS``
    occurrences looked at, each moved at most ``MAX_SHIFT`` days."""
    week = week or NO_WORK_WEEK
    # An occurrence shortly before ``after`` may move past it (the 15th, a Saturday, is Monday).
    start = max(after - dt.timedelta(days=MAX_SHIFT), dt.date(codec.MIN_YEAR, 1, 1))
    if after.year > codec.MAX_YEAR:
        return None
    for steps, nominal in enumerate(_nominal(rule, start)):
        if steps >= MAX_STEPS:
            return None
        day = _moved(rule, nominal, week)
        if day is not None and day > after:
            return day
    return None


def first_due(rule: Rule, on_or_after: dt.date, week: WorkWeek | None = None) -> dt.date | None:
    """The first occurrence on ``on_or_after`` or later (a new recurring task's first due date)."""
    return next_due(rule, on_or_after - dt.timedelta(days=1), week)


def due_after_completion(rule: Rule, due: dt.date | None, today: dt.date,
                         week: WorkWeek | None = None) -> dt.date | None:
    """The next task's due date when a recurring task is completed: the occurrence after its own
    due date (after ``today`` when it had none), so finishing early doesn't skip one; but never
    before ``today``: occurrences missed while it stayed open are skipped, not created overdue."""
    nxt = next_due(rule, due if due is not None else today, week)
    if nxt is not None and nxt < today:
        nxt = first_due(rule, today, week)
    return nxt


# -- completing a recurring task ---------------------------------------------------------------
# What the next task keeps of the one completed (the rest starts afresh: open, not delegated,
# not parked, no negotiation).
KEPT = ("title", "notes", "country_id", "requester", "urgent", "important", "recurrence", "channel",
        "due_tz", "due_floating", "due_all_day")


def _weeks(conn: sqlite3.Connection) -> dict[str, WorkWeek]:
    return {cid: WorkWeek(code, zone, days, start, end)
            for _rowid, cid, code, zone, days, start, end in task_queries.countries(conn)}


def next_task(task: dict[str, Any], week: WorkWeek, now: dt.datetime, new_id: str) -> dict[str, Any] | None:
    """The task that follows ``task`` (a row of ``task_rows``) completed at ``now``: its values, or
    None when its rule can't be read (a newer version's) or has no next occurrence."""
    rule = rule_or_none(task["recurrence"])
    if rule is None:
        return None
    zone = ZoneInfo(task["due_tz"] or week.timezone or "UTC")
    today = now.astimezone(zone).date()
    values = {column: task[column] for column in KEPT}
    if task["due_floating"] and task["due_local"] is not None:
        old: dt.datetime = task["due_local"]
        day = due_after_completion(rule, old.date(), today, week)
        if day is None:
            return None
        values["due_local"] = dt.datetime.combine(day, old.time())
    elif task["due_at"] is not None:
        old = task["due_at"].astimezone(zone)
        day = due_after_completion(rule, old.date(), today, week)
        if day is None:
            return None
        # The same wall-clock time on the new day, in the zone the deadline is fixed in.
        values["due_at"] = dt.datetime.combine(day, old.time(), zone).astimezone(dt.UTC)
    else:  # no due date yet: the next occurrence, by the end of that working day in the country
        day = due_after_completion(rule, None, today, week)
        if day is None:
            return None
        local = dt.datetime.combine(day, dt.time(0), zone) + dt.timedelta(minutes=week.work_end_min)
        values.update(due_at=local.astimezone(dt.UTC), due_tz=zone.key, due_floating=False, due_all_day=True)
    values.update(id=new_id, created_at=now, status="open")
    return values


def next_tasks(store: Store, ids: list[str], now: dt.datetime) -> list[dict[str, Any]]:
    """The next task of each recurring, unfinished task in ``ids`` (each with a new id)."""
    conn = store.raw()
    rows = task_rows.recurring_among(conn, ids)
    if not rows:
        return []
    weeks = _weeks(conn)
    out = []
    for task in rows:
        week = weeks.get(task["country_id"]) or NO_WORK_WEEK
        nxt = next_task(task, week, now, str(uuid.uuid4()))
        if nxt is not None:
            out.append(nxt)
    return out


def next_due_preview(store: Store, task: dict[str, Any], now: dt.datetime) -> dt.date | None:
    """The due day (in its zone) of the task that completing ``task`` at ``now`` would create."""
    week = _weeks(store.raw()).get(task["country_id"]) or NO_WORK_WEEK
    nxt = next_task(task, week, now, "")
    if nxt is None:
        return None
    if nxt.get("due_local") is not None and nxt.get("due_floating"):
        return nxt["due_local"].date()
    return nxt["due_at"].astimezone(ZoneInfo(nxt["due_tz"] or "UTC")).date()


def recurring_rowids(conn: sqlite3.Connection) -> dict[int, str]:
    """rowid -> rule text of every recurring task (the task list's marker)."""
    return task_rows.recurring_rowids(conn)


def recurring_among(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, str]:
    """rowid -> rule text of the recurring tasks among ``rowids`` (rows read again after a write)."""
    return task_rows.recurring_rowids(conn, rowids)
