"""How the manager's time was shared between countries, against the agreed shares.

Periods are whole days in the user's zone. Every entry is split at the local
midnights of that zone (so an entry crossing midnight counts on both days, and
a day with a DST change has 23 or 25 hours), then clipped to the period. Time
on a task counts for the task's country; time on a country counts for it. A
running entry counts up to ``now``.

Delegable work: the time logged on tasks that sit in the "delegate" quadrant
(urgent, not important) of the priority matrix. More than 40 % of a 10-hour day
on average (4 hours per day with logged time) raises a warning.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.changes import Applied
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.tasks.priority import Quadrant, place
from regionmgr.store.db import Store
from regionmgr.store.queries import time as tq
from regionmgr.store.vocab import DONE, OPEN

if TYPE_CHECKING:
    from regionmgr.store.models import Task

UTC = dt.UTC
DEFAULT_MARGIN = 5.0  # percentage points below the target that flag a country
REFERENCE_DAY = dt.timedelta(hours=10)
DELEGABLE_WARN_FRACTION = 0.40


@dataclass(frozen=True)
class Period:
    """Whole days ``first`` .. ``last`` (inclusive) in a zone."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("period ends before it starts")

    def bounds(self, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants of the first local midnight and the one after the last day."""
        return local_midnight(self.first, zone), local_midnight(self.last + dt.timedelta(days=1), zone)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @classmethod
    def week_of(cls, day: dt.date) -> Period:
        monday = day - dt.timedelta(days=day.isoweekday() - 1)
        return cls(monday, monday + dt.timedelta(days=6))

    @classmethod
    def month_of(cls, day: dt.date) -> Period:
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return cls(first, nxt - dt.timedelta(days=1))

    @classmethod
    def this_week(cls, now: dt.datetime, zone: ZoneInfo) -> Period:
        return cls.week_of(now.astimezone(zone).date())

    @classmethod
    def this_month(cls, now: dt.datetime, zone: ZoneInfo) -> Period:
        return cls.month_of(now.astimezone(zone).date())


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """The instant (UTC) the local ``day`` starts in ``zone``."""
    return dt.datetime.combine(day, dt.time(0, 0), zone).astimezone(UTC)


def split_by_day(start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> list[tuple[dt.date, float]]:
    """Seconds of [start, end) falling on each local day of ``zone``."""
    out: list[tuple[dt.date, float]] = []
    if end <= start:
        return out
    day = start.astimezone(zone).date()
    cursor = start
    while cursor < end:
        nxt = local_midnight(day + dt.timedelta(days=1), zone)
        piece_end = min(end, nxt)
        if piece_end > cursor:
            out.append((day, (piece_end - cursor).total_seconds()))
        cursor = piece_end
        day += dt.timedelta(days=1)
    return out


@dataclass(frozen=True)
class Span:
    """One logged stretch of time, with the country it counts for."""

    started_at: dt.datetime
    ended_at: dt.datetime
    country_id: str | None
    task_id: str | None


def load_spans(store: Store, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> list[Span]:
    """Entries overlapping [start, end), a running one ending at ``now``, made ``disjoint``."""
    spans = []
    for started, ended, country_id, task_id, task_country in tq.spans(store, start, end):
        spans.append(Span(started, ended or max(now, started), task_country or country_id, task_id))
    return disjoint(spans)


def disjoint(spans: Iterable[Span]) -> list[Span]:
    """``spans`` cut so that no time counts twice (data imported or written before overlaps were refused).

    The union of the spans is kept; where several cover the same time, the one started last
    takes it (as starting a timer stops the running one), and the earlier one resumes when it
    ends, if it is still running. Returned in time order.
    """
    ordered = sorted((s for s in spans if s.ended_at > s.started_at), key=lambda s: s.started_at)
    cuts = sorted({t for s in ordered for t in (s.started_at, s.ended_at)})
    out: list[Span] = []
    active: list[tuple[dt.timedelta, int, Span]] = []  # a heap: the latest start first
    nxt = 0
    for left, right in itertools.pairwise(cuts):
        while nxt < len(ordered) and ordered[nxt].started_at <= left:
            heapq.heappush(active, (_negated(ordered[nxt].started_at), -nxt, ordered[nxt]))
            nxt += 1
        while active and active[0][2].ended_at <= left:
            heapq.heappop(active)
        if not active:
            continue
        owner = active[0][2]
        last = out[-1] if out else None
        if last is not None and last.ended_at == left and (last.country_id, last.task_id) == (owner.country_id,
                                                                                              owner.task_id):
            out[-1] = Span(last.started_at, right, owner.country_id, owner.task_id)
        else:
            out.append(Span(left, right, owner.country_id, owner.task_id))
    return out


def _negated(at: dt.datetime) -> dt.timedelta:
    """A heap key that puts later instants first."""
    return dt.datetime(1970, 1, 1, tzinfo=UTC) - at


def seconds_by(spans: Iterable[Span], first: dt.date, last: dt.date, zone: ZoneInfo,
               key=lambda s: s.country_id) -> dict:
    """Seconds per ``key(span)`` within local days first..last."""
    totals: dict = defaultdict(float)
    for span in spans:
        for day, seconds in split_by_day(span.started_at, span.ended_at, zone):
            if first <= day <= last:
                totals[key(span)] += seconds
    return dict(totals)


@dataclass(frozen=True)
class CountryShare:
    country_id: str
    code: str
    target: float | None  # percent
    seconds: float
    actual: float  # percent of all time counted for a country
    under_served: bool

    @property
    def gap(self) -> float | None:
        """Actual minus target, in percentage points (negative: under-served)."""
        return None if self.target is None else self.actual - self.target

    @property
    def hours(self) -> float:
        return self.seconds / 3600


@dataclass(frozen=True)
class ShareReport:
    period: Period
    rows: list[CountryShare]
    total_seconds: float  # time counted for a country
    unassigned_seconds: float  # time on a task without a country
    margin: float

    @property
    def under_served(self) -> list[CountryShare]:
        return [r for r in self.rows if r.under_served]


def countries(store: Store) -> list[tuple[str, str, float | None]]:
    """(id, code, target share) in the user's order."""
    return tq.country_targets(store)


def shares_from(seconds: dict, country_list, period: Period, margin: float) -> ShareReport:
    total = sum(v for k, v in seconds.items() if k is not None)
    rows = []
    for cid, code, target in country_list:
        secs = seconds.get(cid, 0.0)
        actual = 100.0 * secs / total if total else 0.0
        flagged = target is not None and total > 0 and target - actual > margin
        rows.append(CountryShare(cid, code, target, secs, actual, flagged))
    return ShareReport(period, rows, total, seconds.get(None, 0.0), margin)


def compute_shares(store: Store, period: Period, zone: ZoneInfo, now: dt.datetime,
                   margin: float = DEFAULT_MARGIN) -> ShareReport:
    """Actual share per country over ``period`` against its target."""
    start, end = period.bounds(zone)
    spans = load_spans(store, start, end, now)
    return shares_from(seconds_by(spans, period.first, period.last, zone), countries(store), period, margin)


# -- time per internal client -------------------------------------------------------
@dataclass(frozen=True)
class RequesterTime:
    requester: str  # "" = no requester (time on a country, or on a task nobody asked for)
    seconds: float
    share: float  # percent of all logged time in the period

    @property
    def hours(self) -> float:
        return self.seconds / 3600


def _requester_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def time_per_requester(store: Store, period: Period, zone: ZoneInfo, now: dt.datetime) -> list[RequesterTime]:
    """Time per internal client (``task.requester``) over ``period``, overlaps counted once (the spans are
    ``disjoint``), the most first and "no requester" last; names differing only in case or spaces are one."""
    start, end = period.bounds(zone)
    spans = load_spans(store, start, end, now)
    by_task = seconds_by(spans, period.first, period.last, zone, key=lambda s: s.task_id)
    requesters = tq.task_requesters(store, [t for t in by_task if t is not None])
    seconds: dict[str, float] = defaultdict(float)
    shown: dict[str, str] = {}  # key -> the name as first written
    for task_id, secs in by_task.items():
        name = " ".join(requesters.get(task_id or "", "").split())
        key = _requester_key(name)
        shown.setdefault(key, name)
        seconds[key] += secs
    total = sum(seconds.values())
    rows = [RequesterTime(shown[k], v, 100.0 * v / total if total else 0.0) for k, v in seconds.items() if v > 0]
    rows.sort(key=lambda r: (r.requester == "", -r.seconds, r.requester.casefold()))
    return rows


# -- agreed shares -------------------------------------------------------------------
def check_agreed_share(value: float | None) -> float | None:
    """An agreed share in percent (None: not agreed), or ValidationError outside 0-100."""
    if value is None:
        return None
    if not math.isfinite(value) or not 0.0 <= value <= 100.0:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "An agreed share is between 0 and 100 %."))
    return round(float(value), 1)


def set_agreed_share(store: Store, country_id: str, value: float | None) -> Applied:
    """Set a country's agreed share of the manager's time (None: not agreed); undoable."""
    from regionmgr.core.countries.operations import update_country

    return update_country(store, country_id, {"target_share": check_agreed_share(value)})


def agreed_total(store: Store) -> float:
    """The agreed shares added up, in percent (over 100: more time promised than there is)."""
    return sum(target for _cid, _code, target in tq.country_targets(store) if target is not None)


@dataclass(frozen=True)
class TrendPoint:
    week: Period
    shares: dict[str, float]  # country id -> percent (empty week: {})
    total_seconds: float


def weekly_trend(store: Store, last_day: dt.date, zone: ZoneInfo, now: dt.datetime,
                 weeks: int = 8) -> list[TrendPoint]:
    """Share per country for each of the ``weeks`` weeks ending with the week of ``last_day``."""
    last_week = Period.week_of(last_day)
    first_monday = last_week.first - dt.timedelta(weeks=weeks - 1)
    start = local_midnight(first_monday, zone)
    end = local_midnight(last_week.last + dt.timedelta(days=1), zone)
    spans = load_spans(store, start, end, now)
    points = []
    for i in range(weeks):
        week = Period.week_of(first_monday + dt.timedelta(weeks=i))
        secs = seconds_by(spans, week.first, week.last, zone)
        total = sum(v for k, v in secs.items() if k is not None)
        shares = {k: 100.0 * v / total for k, v in secs.items() if k is not None} if total else {}
        points.append(TrendPoint(week, shares, total))
    return points


# -- delegable work ----------------------------------------------------------------
@dataclass(frozen=True)
class DelegableTask:
    task_id: str
    title: str
    country_code: str
    requester: str
    due_at: dt.datetime | None
    seconds: float  # logged in the period


@dataclass(frozen=True)
class DelegableReport:
    period: Period
    delegable_seconds: float
    total_seconds: float
    days_logged: int
    tasks: list[DelegableTask] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Percent of all logged time spent on delegable tasks."""
        return 100.0 * self.delegable_seconds / self.total_seconds if self.total_seconds else 0.0

    @property
    def per_day(self) -> dt.timedelta:
        """Delegable time per day with logged time."""
        return dt.timedelta(seconds=self.delegable_seconds / self.days_logged) if self.days_logged else dt.timedelta(0)

    @property
    def warning(self) -> bool:
        return self.per_day > REFERENCE_DAY * DELEGABLE_WARN_FRACTION


def _is_delegable(task: Task, week: WorkWeek | None, now: dt.datetime) -> bool:
    at = task.completed_at if task.status == DONE and task.completed_at else now
    return place(task.urgent, task.important, task.due_at, week, at).quadrant is Quadrant.DELEGATE


def delegable_work(store: Store, period: Period, zone: ZoneInfo, now: dt.datetime) -> DelegableReport:
    """Time on "delegate" tasks in ``period``, and the open ones that could still be handed over."""
    start, end = period.bounds(zone)
    spans = load_spans(store, start, end, now)
    by_task = seconds_by(spans, period.first, period.last, zone, key=lambda s: s.task_id)
    days = {d for sp in spans for d, _s in split_by_day(sp.started_at, sp.ended_at, zone)
            if period.first <= d <= period.last}
    total = sum(by_task.values())
    delegable = 0.0
    tasks = []
    weeks: dict[str | None, tuple[WorkWeek | None, str]] = {c.id: (WorkWeek.of(c), c.code) for c in tq.countries(store)}
    logged = [t for t in by_task if t is not None]
    for task in tq.logged_or_open_undelegated(store, logged):
        week, code = weeks.get(task.country_id, (None, ""))
        if not _is_delegable(task, week, now):
            continue
        seconds = by_task.get(task.id, 0.0)
        delegable += seconds
        if task.status == OPEN and not task.delegated_to:
            tasks.append(DelegableTask(task.id, task.title, code, task.requester, task.due_at, seconds))
    far = dt.datetime.max.replace(tzinfo=UTC)
    tasks.sort(key=lambda t: (-t.seconds, t.due_at or far, t.title))
    return DelegableReport(period, delegable, total, len(days), tasks)


def delegate_candidates(store: Store, task_id: str) -> list[tuple[str, str]]:
    """(name, contact id) to hand a task to: contacts of the task's country first, then the others."""
    home = tq.task_country(store, task_id)
    rows = tq.contacts(store)
    rows.sort(key=lambda r: (r[2] != home, r[0].lower()))
    return [(name, cid) for name, cid, _c in rows]

