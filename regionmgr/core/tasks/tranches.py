"""Tranches: a big request split into parts, each a child task with its own start and due date.

* ``progress`` — "k of n done" and the date range of parents, in one query.
* ``propose_schedule`` — spreads the unfinished parts over the working days of
  the task's country (public holidays skipped) from the plan's start up to the
  client's deadline, in the order given (most urgent first), each part getting
  a share of the days in proportion to its effort (at least one day each).
* ``validate_plan`` — what the user adjusted must still make sense.
* ``apply_plan`` / ``undo_apply`` — writes the whole plan (new parts created,
  changed parts updated, removed parts deleted) in one transaction, and undoes
  it exactly; the UI wraps the pair in one undoable command.

Errors are ``PlanError`` (a ``ValidationError``) with a ``code`` and
parameters, so the UI can word them in the user's language; ``str()`` is an
English fallback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar

from regionmgr.core.calendar.dates import check_in_range
from regionmgr.core.calendar.workweek import (
    WorkWeek,
    count_working_days,
    next_working_day,
    working_days_in,
)
from regionmgr.core.errors import QT_TRANSLATE_NOOP
from regionmgr.core.ops import Snapshot as DeleteSnapshot
from regionmgr.core.ops import ValidationError
from regionmgr.core.tasks.rules import entry_date_ok, entry_range
from regionmgr.store import codec, vocab
from regionmgr.store.models import new_uuid
from regionmgr.store.queries import tranches as queries

if TYPE_CHECKING:
    from regionmgr.core.storage import Store

UTC = dt.UTC


class PlanError(ValidationError):
    """A plan that can't be proposed or saved; ``code`` says which rule, ``params`` the details."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "no_parts": "Add at least one part.",
        "empty_title": "Part {index} has no name.",
        "bad_effort": "The effort of “{title}” must be at least one day.",
        "deadline_before_start": "The deadline ({deadline}) is before the start of the plan ({start}).",
        "not_enough_days": "{parts} parts need at least {parts} working days; there are only {days} "
                           "between {start} and {deadline}.",
        "missing_dates": "“{title}” needs a start and a due date.",
        "due_before_plan_start": "“{title}” is due on {due}, before the plan starts ({start}).",
        "due_before_part_start": "“{title}” is due on {due}, before it starts ({part_start}).",
        "due_after_deadline": "“{title}” is due on {due}, after the deadline ({deadline}).",
        "date_too_far": "{day} is too far from today: give dates between {first} and {last}.",
    }

    def __init__(self, code: str, **params: object):
        self.code = code
        self.params = params
        super().__init__(self.MESSAGES[code].format(**params))


@dataclass
class Part:
    """One part of a plan. ``id`` is fixed up front so redo re-creates the same row."""

    title: str
    effort: int = 1  # working days of work; only used to share the days out
    start_on: dt.date | None = None
    due_on: dt.date | None = None
    done: bool = False
    id: str = field(default_factory=new_uuid)


@dataclass(frozen=True)
class Proposal:
    parts: list[Part]
    working_days: int  # available between start and deadline
    effort: int  # total effort of the parts scheduled

    @property
    def tight(self) -> bool:
        """More effort than working days: the parts were squeezed."""
        return self.effort > self.working_days


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    first_start: dt.date | None
    last_due: dt.datetime | None  # aware UTC


@dataclass(frozen=True)
class Subject:
    """The task being split: its title, its deadline, and the working week of its country
    (the user's zone, every weekday a working day, when it has none)."""

    title: str
    due_at: dt.datetime | None  # aware UTC
    week: WorkWeek


def subject(store: Store, task_id: str, default_zone: str) -> Subject | None:
    """The task ``task_id`` as the planner needs it, or None when it no longer exists."""
    row = queries.subject_row(store.raw(), task_id)
    if row is None:
        return None
    title, due, code, zone, days, start_min, end_min = row
    week = (WorkWeek(code, zone, days, start_min, end_min) if code is not None
            else WorkWeek(code="", timezone=default_zone))
    return Subject(title, codec.instant(due), week)


def progress(store: Store, parent_ids: Iterable[str] | None = None) -> dict[str, Progress]:
    """"k of n done" and date range per parent (every parent when ``parent_ids`` is None)."""
    rows = queries.progress_rows(store.raw(), None if parent_ids is None else list(parent_ids))
    return {pid: Progress(int(done or 0), int(total), codec.day(start), codec.instant(due))
            for pid, done, total, start, due in rows}


def load_parts(store: Store, parent_id: str, week: WorkWeek) -> list[Part]:
    """The existing parts of a task, in order, with their dates as local days of the country."""
    parts = []
    for tid, title, start, due, status in queries.part_rows(store.raw(), parent_id):
        due_at = codec.instant(due)
        due_on = due_at.astimezone(week.zone).date() if due_at is not None else None
        start_on = codec.day(start)
        effort = 1
        if start_on and due_on and due_on >= start_on:
            effort = max(1, count_working_days(week, start_on, due_on))
        parts.append(Part(title=title, effort=effort, start_on=start_on, due_on=due_on,
                          done=status == vocab.DONE, id=tid))
    return parts


def _check_parts(parts: Sequence[Part]) -> None:
    if not parts:
        raise PlanError("no_parts")
    for n, part in enumerate(parts, start=1):
        if not part.title.strip():
            raise PlanError("empty_title", index=n)
        if part.effort < 1:
            raise PlanError("bad_effort", title=part.title)


def propose_schedule(parts: Sequence[Part], start: dt.date, deadline: dt.date, week: WorkWeek) -> Proposal:
    """Spread the unfinished parts over the working days from ``start`` to ``deadline``.

    Parts are taken in the order given (most urgent first, so it gets the earliest
    days); each gets at least one working day, the rest shared in proportion to
    effort. Finished parts keep their dates. Raises ``PlanError``.
    """
    _check_parts(parts)
    check_in_range(start)
    check_in_range(deadline)
    if deadline < start:
        raise PlanError("deadline_before_start", deadline=deadline, start=start)
    todo = [p for p in parts if not p.done]
    days = working_days_in(week, start, deadline)
    if len(days) < len(todo):
        raise PlanError("not_enough_days", parts=len(todo), days=len(days), start=start, deadline=deadline)
    effort = sum(p.effort for p in todo)
    spare = len(days) - len(todo)
    quotas = [spare * p.effort / effort for p in todo] if todo else []
    shares = [1 + int(q) for q in quotas]
    leftover = len(days) - sum(shares)
    # Largest remainders get the leftover days; ties go to the more urgent (earlier) part.
    order = sorted(range(len(todo)), key=lambda i: (-(quotas[i] - int(quotas[i])), i))
    for i in order[:leftover]:
        shares[i] += 1
    cursor = 0
    scheduled = {}
    for part, share in zip(todo, shares, strict=True):
        span = days[cursor:cursor + share]
        cursor += share
        scheduled[part.id] = replace(part, start_on=span[0], due_on=span[-1])
    out = [scheduled.get(part.id, part) for part in parts]
    return Proposal(out, len(days), effort)


def check_plan_window(start: dt.date, deadline: dt.date | None, today: dt.date,
                      days: Iterable[dt.date | None] = ()) -> None:
    """The plan's start, deadline and ``days`` (its unfinished parts' dates) within the dates a user
    may type (``rules.entry_range``: a year back, 20 years ahead); ``PlanError("date_too_far")``."""
    first, last = entry_range(today)
    for day in (start, deadline, *days):
        if not entry_date_ok(day, today):
            raise PlanError("date_too_far", day=day, first=first, last=last)


def validate_plan(parts: Sequence[Part], start: dt.date, deadline: dt.date | None,
                  today: dt.date | None = None) -> None:
    """The plan as the user left it: every unfinished part dated, within the plan. Raises ``PlanError``.
    With ``today``, its dates are checked as typed dates (``check_plan_window``; finished parts keep
    theirs)."""
    _check_parts(parts)
    if today is not None:  # first: 3000 is "too far from today" before it is "past 2200"
        check_plan_window(start, deadline, today,
                          [d for p in parts if not p.done for d in (p.start_on, p.due_on)])
    check_in_range(start)
    check_in_range(deadline)
    if deadline is not None and deadline < start:
        raise PlanError("deadline_before_start", deadline=deadline, start=start)
    for part in parts:
        check_in_range(part.start_on)
        check_in_range(part.due_on)
        if part.done:
            continue
        if part.start_on is None or part.due_on is None:
            raise PlanError("missing_dates", title=part.title)
        if part.due_on < start:
            raise PlanError("due_before_plan_start", title=part.title, due=part.due_on, start=start)
        if part.due_on < part.start_on:
            raise PlanError("due_before_part_start", title=part.title, due=part.due_on,
                            part_start=part.start_on)
        if deadline is not None and part.due_on > deadline:
            raise PlanError("due_after_deadline", title=part.title, due=part.due_on, deadline=deadline)


def default_start(week: WorkWeek, now: dt.datetime) -> dt.date:
    """Today in the country, or its next working day."""
    return next_working_day(week, now.astimezone(week.zone).date())


# -- writing -----------------------------------------------------------------------------
@dataclass
class PlanUndo:
    created: list[str]
    old_values: dict[str, dict[str, object]]
    deleted: DeleteSnapshot


EDITED = ("title", "position", "start_on", "due_at", "due_tz", "due_all_day")


def apply_plan(store: Store, parent_id: str, parts: Sequence[Part], week: WorkWeek) -> PlanUndo:
    """Write the plan in one transaction. Due dates become the end of that working day in the
    country; a part whose day did not change keeps the exact due time it had."""
    zone = week.zone
    planned: list[tuple[str, dict[str, object]]] = []
    for position, part in enumerate(parts):
        due_at = None
        if part.due_on is not None:
            local_end = dt.datetime.combine(part.due_on, dt.time(0), zone) + dt.timedelta(
                minutes=week.work_end_min)
            due_at = local_end.astimezone(UTC)
        planned.append((part.id, {"title": part.title.strip(), "position": position, "start_on": part.start_on,
                                  "due_at": due_at, "due_tz": week.timezone, "due_all_day": True}))
    due_days = {part.id: part.due_on for part in parts}

    def same_day(part_id: str, stored_due: dt.datetime | None) -> bool:
        return stored_due is not None and due_days.get(part_id) == stored_due.astimezone(zone).date()

    written = queries.write_plan(store, parent_id, planned, EDITED, same_day, vocab.OPEN)
    if written is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "The task no longer exists."))
    created, old_values, deleted = written
    return PlanUndo(created, old_values, deleted)


def undo_apply(store: Store, undo: PlanUndo) -> None:
    """Put the parts back exactly as they were before ``apply_plan``, in one transaction."""
    queries.undo_plan(store, undo.created, undo.old_values, undo.deleted)
