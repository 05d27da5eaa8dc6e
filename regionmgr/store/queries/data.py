"""Plain-row reads over the store's sqlite3 connection for the data room: what the command
palette finds (the FTS5 indexes the triggers keep in step) and what the store holds (the
sample region's checks). No SQLAlchemy here: the palette opens from the running window.

What the user types never reaches SQL as syntax: words become LIKE patterns with escaping
here, and ``core.countries.search.match_expression`` quotes FTS words. A query the index
can't answer (a damaged or missing index) gives no rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

# Tables whose rows are counted (``count_rows``): fixed names, never user input.
COUNTED = ("country", "contact", "note", "task", "meeting_series", "time_entry")


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_tasks(conn: sqlite3.Connection, words: Sequence[str], limit: int) -> list[tuple[str, str, str, str | None, int]]:
    """Tasks whose title or notes contain every word (any part of a word), open ones first, then
    those whose title holds the first word, then by due date and title:
    (id, title, country code or "", country id, finished 0/1)."""
    if not words:
        return []
    where = " AND ".join(["(f.title LIKE ? ESCAPE '\\' OR f.notes LIKE ? ESCAPE '\\')"] * len(words))
    params: list[object] = []
    for w in words:
        params += [_like(w), _like(w)]
    sql = (
        "SELECT t.id, t.title, COALESCE(c.code, ''), t.country_id, t.status IN ('done', 'dropped') AS finished "
        "FROM task_fts AS f JOIN task AS t ON t.id = f.ref_id "
        "LEFT JOIN country AS c ON c.id = t.country_id "
        f"WHERE {where} "
        "ORDER BY finished, (f.title LIKE ? ESCAPE '\\') DESC, t.due_at IS NULL, t.due_at, t.title LIMIT ?"
    )
    params += [_like(words[0]), int(limit)]
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        return []


def find_notes(conn: sqlite3.Connection, expression: str, limit: int) -> list[tuple[str, str, str, str]]:
    """Country notes matching the FTS5 ``expression``, best first: (id, title, country code or "", country id)."""
    sql = (
        "SELECT f.ref_id, n.title, COALESCE(c.code, ''), f.country_id "
        "FROM search_fts AS f JOIN note AS n ON n.id = f.ref_id "
        "LEFT JOIN country AS c ON c.id = f.country_id "
        "WHERE search_fts MATCH ? AND f.kind = 'note' "
        "ORDER BY bm25(search_fts, 0, 0, 0, 4.0, 1.0) LIMIT ?"
    )
    try:
        return conn.execute(sql, (expression, int(limit))).fetchall()
    except sqlite3.OperationalError:
        return []


def country_codes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, code) of every country, in the region's order."""
    try:
        return conn.execute("SELECT id, code FROM country ORDER BY position, code").fetchall()
    except sqlite3.OperationalError:
        return []


def has_rows(conn: sqlite3.Connection, table: str) -> bool:
    """Whether ``table`` (one of ``COUNTED``) holds any row."""
    if table not in COUNTED:
        raise ValueError(table)
    return bool(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0])


def count_rows(conn: sqlite3.Connection, tables: Sequence[str] = COUNTED) -> dict[str, int]:
    """The number of rows of each table (each one of ``COUNTED``)."""
    out = {}
    for table in tables:
        if table not in COUNTED:
            raise ValueError(table)
        out[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return out
