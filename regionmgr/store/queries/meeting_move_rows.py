"""Plain-row read of the moved weekly meetings, for the reminders (no ORM, no SQLAlchemy import).

Beside ``queries.meeting_moves`` (which writes them through the ORM): a moved week is a
``meeting_skip`` row with ``moved_to`` set (naive-UTC text) and not cancelled.
"""

from __future__ import annotations

import sqlite3


def moved_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, int | None]]:
    """(series id, usual local date, new start, new length in minutes or None) of every moved week."""
    return conn.execute("SELECT series_id, on_date, moved_to, moved_minutes FROM meeting_skip "
                        "WHERE moved_to IS NOT NULL AND NOT cancelled").fetchall()
