"""What the tranche planner reads and writes: a task's parts, their progress, the task being split.

Reads: plain sqlite3 over the store's connection; values come back in the store's text forms
(decode them with ``store.codec``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from regionmgr.store.db import Store
from regionmgr.store.queries.rows import Snapshot, collect, model_by_name

_PROGRESS = ("SELECT parent_id, SUM(status = 'done'), COUNT(*), MIN(start_on), MAX(due_at) "
             "FROM task WHERE parent_id IS NOT NULL")


def progress_rows(conn: sqlite3.Connection, parent_ids: list[str] | None = None,
                  ) -> list[tuple[str, int | None, int, str | None, str | None]]:
    """(parent id, parts done, parts, first start day, last due instant) per parent
    (every parent when ``parent_ids`` is None)."""
    if parent_ids is None:
        return conn.execute(_PROGRESS + " GROUP BY parent_id").fetchall()
    if not parent_ids:
        return []
    marks = ",".join("?" * len(parent_ids))
    return conn.execute(_PROGRESS + f" AND parent_id IN ({marks}) GROUP BY parent_id", parent_ids).fetchall()


def part_rows(conn: sqlite3.Connection, parent_id: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(id, title, start day, due instant, status) of a task's parts, in plan order."""
    return conn.execute(
        "SELECT id, title, start_on, due_at, status FROM task WHERE parent_id = ? ORDER BY position, title",
        (parent_id,)).fetchall()


def subject_row(conn: sqlite3.Connection, task_id: str) -> tuple | None:
    """(title, due instant, country code, timezone, work_days, work_start_min, work_end_min) of
    the task being split; the country's columns are None when it has no country."""
    return conn.execute(
        "SELECT t.title, t.due_at, c.code, c.timezone, c.work_days, c.work_start_min, c.work_end_min "
        "FROM task t LEFT JOIN country c ON c.id = t.country_id WHERE t.id = ?", (task_id,)).fetchone()


# -- writing a plan (the ORM: one transaction each) ----------------------------------------
def write_plan(store: Store, parent_id: str, planned: Sequence[tuple[str, dict[str, Any]]],
               edited: Sequence[str], same_day: Callable[[str, dt.datetime | None], bool],
               open_status: str) -> tuple[list[str], dict[str, dict[str, Any]], Snapshot] | None:
    """Create, update and remove the parent's parts so they are ``planned`` (part id -> values),
    all or nothing; None when the parent is gone. A part ``same_day`` says kept its day keeps its
    stored due time. Returns what undoes it: ids created, old values of those changed, and what
    the removal of the others took along."""
    from regionmgr.store.models import Task

    created: list[str] = []
    old_values: dict[str, dict[str, Any]] = {}
    deleted = Snapshot()
    with store.write() as session:
        parent = session.get(Task, parent_id)
        if parent is None:
            return None
        existing = {t.id: t for t in parent.tranches}
        for part_id, planned_values in planned:
            values = dict(planned_values)
            child = existing.pop(part_id, None)
            if child is None:
                session.add(Task(id=part_id, parent_id=parent.id, country_id=parent.country_id,
                                 requester=parent.requester, important=parent.important,
                                 urgent=False, status=open_status, **values))
                created.append(part_id)
                continue
            old = {k: getattr(child, k) for k in edited}
            if same_day(part_id, child.due_at):
                values["due_at"] = child.due_at  # same day: keep the exact time it had
                values["due_all_day"] = child.due_all_day
                values["due_tz"] = child.due_tz
            if any(old[k] != v for k, v in values.items()):
                old_values[child.id] = old
                for k, v in values.items():
                    setattr(child, k, v)
        seen: set[str] = set()
        for child in existing.values():  # parts removed from the plan
            collect(session, child, deleted, seen)
        for child in existing.values():
            parent.tranches.remove(child)
            session.delete(child)
    return created, old_values, deleted


def undo_plan(store: Store, created: Sequence[str], old_values: Mapping[str, Mapping[str, Any]],
              deleted: Snapshot) -> None:
    """Put the parts back exactly as they were before ``write_plan``, in one transaction."""
    from sqlalchemy import update as sa_update

    from regionmgr.store.models import Base, Task

    with store.write() as session:
        for tid in created:
            obj = session.get(Task, tid)
            if obj is not None:
                session.delete(obj)
        for tid, values in old_values.items():
            obj = session.get(Task, tid)
            if obj is not None:
                for k, v in values.items():
                    setattr(obj, k, v)
        session.flush()
        for table, values in deleted.rows:
            session.add(model_by_name(table)(**values))
            session.flush()
        for table, rid, column, value in deleted.nulled:
            tbl = Base.metadata.tables[table]
            session.execute(sa_update(tbl).where(tbl.c.id == rid).values({column: value}))
