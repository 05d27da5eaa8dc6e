"""The urgent/important (Eisenhower) matrix: which quadrant a task is in, and why.

A task is important when the user marks it so. It is urgent when marked so, or
when its deadline is close, counted in the working days *of the task's
country* (a Friday deadline in Dubai is not a Friday deadline in Paris).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import WorkWeek, working_days_between
from regionmgr.store.codec import in_range

# A deadline this many working days away or closer makes a task urgent.
URGENT_WITHIN_WORKING_DAYS = 2


class Quadrant(enum.IntEnum):
    DO = 0  # urgent and important: do now
    SCHEDULE = 1  # important, not urgent: schedule
    DELEGATE = 2  # urgent, not important: delegate
    DROP = 3  # neither: drop

    @classmethod
    def of(cls, urgent: bool, important: bool) -> Quadrant:
        if important:
            return cls.DO if urgent else cls.SCHEDULE
        return cls.DELEGATE if urgent else cls.DROP

    @property
    def urgent(self) -> bool:
        return self in (Quadrant.DO, Quadrant.DELEGATE)

    @property
    def important(self) -> bool:
        return self in (Quadrant.DO, Quadrant.SCHEDULE)


class UrgencyReason(enum.Enum):
    MARKED = "marked"  # the user marked it urgent
    OVERDUE = "overdue"  # the deadline has passed
    DUE_SOON = "due_soon"  # within URGENT_WITHIN_WORKING_DAYS working days of its country
    NOT_URGENT = "not_urgent"


@dataclass(frozen=True)
class Placement:
    quadrant: Quadrant
    urgency: UrgencyReason
    working_days_left: int | None  # None when there is no deadline


def place(
    urgent: bool,
    important: bool,
    due_at: dt.datetime | None,
    week: WorkWeek | None,
    now: dt.datetime,
    within: int = URGENT_WITHIN_WORKING_DAYS,
) -> Placement:
    """Where a task belongs in the matrix at instant ``now``, and why.

    ``due_at`` is an aware instant; ``week`` the task's country (None: Mon-Fri in UTC). A due
    instant outside MIN_YEAR..MAX_YEAR (a store edited by hand) counts as no deadline: in a far
    zone it is not even a date.
    """
    week = week or WorkWeek(code="", timezone="UTC")
    left: int | None = None
    reason = UrgencyReason.MARKED if urgent else UrgencyReason.NOT_URGENT
    if due_at is not None and not in_range(due_at):
        due_at = None
    if due_at is not None:
        zone = _zone(week.timezone)
        today = now.astimezone(zone).date()
        due_day = due_at.astimezone(zone).date()
        if due_at < now:
            left = -_days_between(week, due_day, today)
            if not urgent:
                reason = UrgencyReason.OVERDUE
        else:
            left = _days_between(week, today, due_day)
            if not urgent and left <= within:
                reason = UrgencyReason.DUE_SOON
    is_urgent = reason is not UrgencyReason.NOT_URGENT
    return Placement(Quadrant.of(is_urgent, important), reason, left)


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    """ZoneInfo keeps only a few zones strongly cached; a list over 30 countries needs them all."""
    return ZoneInfo(name)


@lru_cache(maxsize=65536)
def _days_between(week: WorkWeek, start: dt.date, end: dt.date) -> int:
    """``working_days_between``, remembered: a big list repeats the same (country, day) pairs."""
    return working_days_between(week, start, end)


def flags_for(quadrant: Quadrant) -> dict[str, bool]:
    """The urgent/important flags that put a task in ``quadrant`` (a drag to another quadrant)."""
    return {"urgent": quadrant.urgent, "important": quadrant.important}
