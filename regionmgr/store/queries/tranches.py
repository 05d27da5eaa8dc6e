"""What the tranche planner reads: a task's parts, their progress, and the task being split.

Plain sqlite3 over the store's connection; values come back in the store's text forms
(decode them with ``store.codec``).
"""

from __future__ import annotations

import sqlite3

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
