"""What quick capture reads: the store's countries and the contacts' names (plain sqlite3)."""

from __future__ import annotations

import sqlite3


def countries(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, str]]:
    """(code, timezone, id, work_end_min, work_days) of every country, in the user's order."""
    return conn.execute(
        "SELECT code, timezone, id, work_end_min, work_days FROM country ORDER BY position").fetchall()


def people(conn: sqlite3.Connection) -> list[str]:
    """Every contact's name, once, sorted."""
    return [name for (name,) in conn.execute("SELECT DISTINCT name FROM contact ORDER BY name")]
