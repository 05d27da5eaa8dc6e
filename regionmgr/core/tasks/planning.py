"""The writes of capture, priorities and tranches, as named operations.

Each returns an ``Applied`` (see ``core.changes``): the task rows it changed and the
operation that reverts it. The UI runs them with ``ctx.run(text, lambda: ...)``, which puts
them on the undo stack and refreshes the views from their ``Change``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from regionmgr.core import ops
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import QT_TRANSLATE_NOOP
from regionmgr.core.tasks import tranches
from regionmgr.core.tasks.capture import Capture
from regionmgr.store.models import Task

if TYPE_CHECKING:
    from regionmgr.core.storage import Store

TASK = Task.__tablename__
GONE = QT_TRANSLATE_NOOP("Core", "The task no longer exists.")
FLAGS = frozenset({"urgent", "important"})


def capture_task(store: Store, capture: Capture) -> Applied:
    """Create the task a quick-capture line describes; ``result`` is its id."""
    return ops.insert_row(store, Task, capture.task_values())


def set_priority_flags(store: Store, task_ids: Sequence[str], flags: Mapping[str, bool]) -> Applied:
    """Give tasks the same urgent/important flags (a quadrant), as one step."""
    unknown = set(flags) - FLAGS
    if unknown:
        raise ValueError(f"not priority flags: {sorted(unknown)}")
    return ops.update_rows(store, Task, list(task_ids), dict(flags), GONE)


def _plan_change(parent_id: str, parts: Sequence[tranches.Part], undo: tranches.PlanUndo) -> Change:
    ids = {parent_id, *(p.id for p in parts), *undo.created, *undo.old_values}
    change = Change.of(TASK, ids)
    for table, values in undo.deleted.rows:
        change = change | Change.of(table, [values["id"]])
    for table, rid, _column, _value in undo.deleted.nulled:
        change = change | Change.of(table, [rid])
    return change


def save_plan(store: Store, parent_id: str, parts: Sequence[tranches.Part], week: WorkWeek) -> Applied:
    """Write a tranche plan (parts created, changed, removed) in one transaction; undo puts
    the parts back exactly as they were, redo writes the same plan again."""
    plan = list(parts)

    def apply() -> Applied:
        undo_data = tranches.apply_plan(store, parent_id, plan, week)
        change = _plan_change(parent_id, plan, undo_data)

        def revert() -> Applied:
            tranches.undo_apply(store, undo_data)
            return Applied(change, apply)

        return Applied(change, revert)

    return apply()
