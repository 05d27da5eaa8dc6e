"""The task writes, as named operations: each returns an ``Applied`` (the task ids it changed, and
how to revert it) for the UI's undo stack and views.

Edits of existing tasks (the list's in-place edits, the detail pane, bulk changes, delegation)
are saved with plain sqlite3 (``store.queries.task_rows``): editing the list loads no ORM.
Each is one durable transaction, all or nothing: a task deleted meanwhile refuses the whole
edit (``TaskGoneError``). ``updated_at`` is stamped with the computer's clock as the ORM does;
``now`` (the app's clock) is what the user sees, e.g. ``completed_at``. The views never
refresh from ``updated_at``: they re-read the ids the ``Change`` names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from zoneinfo import ZoneInfo

from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.tasks import request_rules as requests
from regionmgr.core.tasks import rules
from regionmgr.core.tasks.priority import Quadrant, flags_for
from regionmgr.store.db import Store
from regionmgr.store.queries import task_rows
from regionmgr.store.queries import tasks as tq

TABLE = "task"


class TaskGoneError(ValidationError):
    """An edit of a task deleted meanwhile; nothing was written."""


def _clock() -> dt.datetime:
    """The ``updated_at`` stamp: the computer's clock, as the ORM's own writes use."""
    return dt.datetime.now(dt.UTC)


# -- the plain writes (what the operations below are built from) -------------------------------
def save_each(store: Store, changes: Mapping[str, Mapping[str, object]]) -> dict[str, dict[str, object]]:
    """Set each task's own ``changes[id]`` in one durable transaction; return the old values.

    ``TaskGoneError`` and nothing written when a task no longer exists; ``ValidationError`` when
    a value can't be stored."""
    try:
        return task_rows.update_each(store.raw(), changes, _clock())
    except task_rows.TasksGone as exc:
        raise TaskGoneError(QT_TRANSLATE_NOOP("Core", "The task no longer exists.")) from exc
    except ValueError as exc:  # (a column the task has not is a KeyError: a bug, not the user's input)
        raise ValidationError(QT_TRANSLATE_NOOP("Core", "This value can't be saved: {0}"), exc) from exc


def save_changes(store: Store, ids: Iterable[str], changes: Mapping[str, object]) -> dict[str, dict[str, object]]:
    """The same ``changes`` on every task in ``ids`` (see ``save_each``); return the old values."""
    return save_each(store, dict.fromkeys(ids, changes))


def restore_changes(store: Store, olds: Mapping[str, Mapping[str, object]]) -> None:
    """Undo ``save_each``: put back each task's old values (tasks deleted since are skipped)."""
    task_rows.restore(store.raw(), olds, _clock())


# -- operations -------------------------------------------------------------------------------
def update_each(store: Store, changes: Mapping[str, Mapping[str, object]]) -> Applied:
    """Each task's own changes, one step; undo puts each task's old values back, redo re-applies."""
    per_task = dict(changes)  # (the values are read, never changed)
    change = Change.of(TABLE, per_task)

    def apply() -> Applied:
        olds = save_each(store, per_task)

        def revert() -> Applied:
            restore_changes(store, olds)
            return Applied(change, apply)

        return Applied(change, revert)

    return apply()


def update_tasks(store: Store, ids: Iterable[str], changes: Mapping[str, object]) -> Applied:
    """The same column changes on one or many tasks (a bulk change is one step)."""
    fields = dict(changes)
    return update_each(store, dict.fromkeys(ids, fields))  # one read-only dict, shared


def rename_task(store: Store, task_id: str, title: str) -> Applied:
    return update_tasks(store, [task_id], {"title": rules.clean_title(title)})


def set_requester(store: Store, task_id: str, name: str) -> Applied:
    return update_tasks(store, [task_id], {"requester": rules.clean_name(name)})


def complete_tasks(store: Store, ids: Iterable[str], now: dt.datetime) -> Applied:
    """Complete tasks; a recurring one gets its next task (``core.tasks.recurrence``) in the same
    step: undo deletes the new tasks and reopens the old ones, redo creates the same ones again."""
    ids = list(dict.fromkeys(ids))
    from regionmgr.core.tasks.recurrence import next_tasks

    new_rows = next_tasks(store, ids, now)
    if not new_rows:
        return update_tasks(store, ids, rules.complete_changes(now))
    fields = rules.complete_changes(now)
    per_task = dict.fromkeys(ids, fields)
    new_ids = [str(row["id"]) for row in new_rows]
    change = Change.of(TABLE, [*ids, *new_ids])

    def apply() -> Applied:
        try:
            olds = task_rows.update_and_insert(store.raw(), per_task, new_rows, _clock())
        except task_rows.TasksGone as exc:
            raise TaskGoneError(QT_TRANSLATE_NOOP("Core", "The task no longer exists.")) from exc

        def revert() -> Applied:
            task_rows.restore_and_delete(store.raw(), olds, new_ids, _clock())
            return Applied(change, apply)

        return Applied(change, revert)

    return apply()


def reopen_tasks(store: Store, ids: Iterable[str]) -> Applied:
    """Reopen: a delegated task goes back to waiting for its delegate, the others to open."""
    ids = list(dict.fromkeys(ids))
    delegated = tq.delegated_among(store.raw(), ids)
    return update_each(store, {i: rules.reopen_changes("yes" if i in delegated else "") for i in ids})


def set_quadrant(store: Store, ids: Iterable[str], quadrant: Quadrant | int) -> Applied:
    """The urgent/important flags of a quadrant."""
    return update_tasks(store, ids, flags_for(Quadrant(quadrant)))


def delegate_tasks(store: Store, ids: Iterable[str], name: str, contact_id: str | None,
                   follow_up_on: dt.date | None, now: dt.datetime, zone: ZoneInfo | None = None) -> Applied:
    """Hand tasks to someone (a contact, or any name): they wait for that person, to follow up on
    ``follow_up_on`` (None: ``rules.default_follow_up`` of today in the user's ``zone``), and are
    no longer completed. A missing or too long name is refused (``ValidationError``), nothing
    written. The one delegate operation: the Tasks page, its detail pane and the Time page."""
    return update_tasks(store, ids, rules.delegate_changes(name, contact_id, follow_up_on, now, zone))


def undelegate_tasks(store: Store, ids: Iterable[str]) -> Applied:
    """Take delegated tasks back: open again, no delegate, no follow-up."""
    return update_tasks(store, ids, rules.undelegate_changes())


def set_channel(store: Store, ids: Iterable[str], channel: str) -> Applied:
    """How the requests arrived (``requests.CHANNELS``, "" = not recorded); an unknown one is refused."""
    return update_tasks(store, ids, {"channel": requests.check_channel(channel)})


def park_tasks(store: Store, ids: Iterable[str], now: dt.datetime) -> Applied:
    """Park tasks for their country's next weekly meeting (``parked_at`` = ``now``)."""
    if now.tzinfo is None:
        raise ValueError("park_tasks needs an aware instant")
    return update_tasks(store, ids, {"parked_at": now})


def unpark(store: Store, ids: Iterable[str]) -> Applied:
    """Take tasks off their country's next meeting agenda."""
    return update_tasks(store, ids, {"parked_at": None})


def set_negotiation(store: Store, task_id: str, requested: dt.date | None, agreed_on: dt.date | None,
                    note: str) -> Applied:
    """The deadline asked for, the day the (due date's) deadline was agreed and a note; bad input
    raises ``ValidationError`` and writes nothing."""
    return update_tasks(store, [task_id], requests.negotiation_changes(requested, agreed_on, note))


def set_recurrence(store: Store, ids: Iterable[str], rule_text: str) -> Applied:
    """Make tasks repeat by a rule (``core.tasks.recurrence`` text form; "" = stop repeating). A rule
    that can't be used raises ``RecurrenceError`` (a ``ValidationError``) and writes nothing."""
    from regionmgr.core.tasks.recurrence import parse_rule

    rule = parse_rule(rule_text)
    return update_tasks(store, ids, {"recurrence": rule.text if rule is not None else ""})


def delete_tasks(store: Store, ids: Iterable[str]) -> Applied:
    """Delete tasks with what they own (their parts, time entries' links); undo puts them back."""
    from regionmgr.core import ops  # the ORM: only when deleting
    from regionmgr.store.models import Task

    return ops.delete_rows(store, Task, list(ids))
