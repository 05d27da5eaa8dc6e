"""Plain-row reads (and the heartbeat write) for the toolbar timer, over the store's sqlite3 connection.

The timer runs from start-up, ticks every second and beats every minute while
it runs: none of that needs SQLAlchemy. Values come back in the store's text
forms: instants as naive-UTC "YYYY-MM-DD HH:MM:SS.ffffff".
"""

from __future__ import annotations

import sqlite3


def running_entry(conn: sqlite3.Connection) -> tuple | None:
    """The running time entry (the newest one without an end), or None:
    (entry id, started_at, task id, country id, comment, task title or None, country code or None).

    The country is the task's when the entry is on a task that has one, else the entry's own.
    """
    return conn.execute(
        "SELECT e.id, e.started_at, e.task_id, e.country_id, e.comment, t.title, c.code "
        "FROM time_entry e LEFT JOIN task t ON t.id = e.task_id "
        "LEFT JOIN country c ON c.id = COALESCE(t.country_id, e.country_id) "
        "WHERE e.ended_at IS NULL ORDER BY e.started_at DESC LIMIT 1"
    ).fetchone()


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def put_setting(conn: sqlite3.Connection, key: str, value: str, stamp: str) -> None:
    """Write one setting (``stamp``: its ``updated_at``, in the store's text form) and commit."""
    with conn:
        conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, stamp),
        )
