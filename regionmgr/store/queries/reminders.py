"""Plain-row reads for the reminders, over the store's sqlite3 connection.

The reminder service checks every minute from start-up: it reads tuples (no
ORM objects, no SQLAlchemy import). Values come back in the store's text
forms: instants as naive-UTC "YYYY-MM-DD HH:MM:SS.ffffff", wall-clock times
"HH:MM:SS.ffffff", dates "YYYY-MM-DD", booleans 0/1.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

_COLUMNS = ("SELECT t.id, t.title, t.due_at, t.due_tz, t.due_floating, t.due_local, t.due_all_day, "
            "t.follow_up_on, t.delegated_to, c.code FROM task t LEFT JOIN country c ON c.id = t.country_id ")


def reader(path: Path) -> sqlite3.Connection:
    """A separate read-only connection to the store file (for a check in a worker thread)."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)


def task_rows(conn: sqlite3.Connection, statuses: Sequence[str], due: tuple[str, str], local: tuple[str, str],
              follow_up: tuple[str, str]) -> list[tuple]:
    """Tasks in ``statuses`` due or to follow up within the given windows (inclusive, in the stored text
    forms: ``due`` for fixed due instants, ``local`` for floating wall-clock ones, ``follow_up`` dates):
    (id, title, due_at, due_tz, due_floating, due_local, due_all_day, follow_up_on, delegated_to,
    country code or None). The windows only narrow the read (the indexes on due_at and follow_up_on
    answer it: one query per window, each on its index, not one OR that walks every active task);
    the caller decides."""
    among = f"t.status IN ({','.join('?' * len(statuses))})"
    return conn.execute(
        _COLUMNS + f"WHERE {among} AND t.due_at BETWEEN ? AND ? AND NOT t.due_floating UNION "
        + _COLUMNS + f"WHERE {among} AND t.due_at IS NULL AND t.due_floating AND t.due_local BETWEEN ? AND ? "
        "UNION " + _COLUMNS + f"WHERE t.follow_up_on BETWEEN ? AND ? AND +{among}",  # + : by the date's index
        [*statuses, *due, *statuses, *local, *follow_up, *statuses],
    ).fetchall()


def active_series(conn: sqlite3.Connection) -> list[tuple]:
    """The active meeting series, by name: (id, name, weekday, start_local, duration_min, timezone,
    first_date, end_kind, until_date, count)."""
    return conn.execute(
        "SELECT id, name, weekday, start_local, duration_min, timezone, first_date, end_kind, until_date, count "
        "FROM meeting_series WHERE status = 'active' ORDER BY name"
    ).fetchall()


def skipped_days(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(series id, local date) of every skipped week."""
    return conn.execute("SELECT series_id, on_date FROM meeting_skip").fetchall()
