"""Every read and write of the Countries room: countries, their contacts, notes, open tasks,
the refresher log and the full-text search over notes and contacts.

Reads take the store's plain sqlite3 connection (``Store.raw()``) and return plain tuples in the
store's text forms (instants as naive-UTC text, dates as "YYYY-MM-DD": ``store.codec`` decodes
them). Writes take the ``Store`` and go through its ORM session, which keeps the rows' stamps;
they return what their undo needs. The rules (what may be written, what it means) are in
``core.countries``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regionmgr.store.db import Store

# The reads need no SQLAlchemy (the search and the palette run on the light start-up path):
# the writes import the ORM when they run.


# -- countries --------------------------------------------------------------------------------
def countries(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, int, int, int]]:
    """(id, code, timezone, work_days, work_start_min, work_end_min, position), in the user's order."""
    return conn.execute(
        "SELECT id, code, timezone, work_days, work_start_min, work_end_min, position "
        "FROM country ORDER BY position, code"
    ).fetchall()


def reorder(store: Store, ordered_ids: Sequence[str]) -> list[str]:
    """Give the countries positions 0..n-1 in this order, in one transaction; return the previous order.

    Countries not named keep their relative order after the named ones; unknown ids are skipped.
    """
    from sqlalchemy import select

    from regionmgr.store.models import Country

    with store.write() as session:
        rows = list(session.scalars(select(Country).order_by(Country.position, Country.code)))
        old = [c.id for c in rows]
        by_id = {c.id: c for c in rows}
        wanted = [i for i in dict.fromkeys(ordered_ids) if i in by_id]
        named = set(wanted)
        new = wanted + [i for i in old if i not in named]
        for position, country_id in enumerate(new):
            if by_id[country_id].position != position:
                by_id[country_id].position = position
    return old


def open_tasks(conn: sqlite3.Connection, country_id: str, closed: Sequence[str]) -> list[tuple]:
    """(id, title, status, urgent, important, due_at, due_tz, delegated_to, due_floating, due_local) of
    the country's tasks whose status is not one of ``closed``, soonest due first (no due date last)."""
    marks = ",".join("?" * len(closed))
    return conn.execute(
        "SELECT id, title, status, urgent, important, due_at, due_tz, delegated_to, due_floating, due_local "
        "FROM task "
        f"WHERE country_id = ? AND status NOT IN ({marks}) "
        "ORDER BY due_at IS NULL, due_at, title",
        (country_id, *closed),
    ).fetchall()


# -- contacts ---------------------------------------------------------------------------------
def contacts(conn: sqlite3.Connection, country_id: str) -> list[tuple]:
    """(id, country_id, name, role, email, phone, language, preferred_channel), by name."""
    return conn.execute(
        "SELECT id, country_id, name, role, email, phone, language, preferred_channel "
        "FROM contact WHERE country_id = ? ORDER BY name COLLATE NOCASE, id",
        (country_id,),
    ).fetchall()


# -- notes ------------------------------------------------------------------------------------
def notes(conn: sqlite3.Connection, country_id: str, kind: str | None = None) -> list[tuple]:
    """(id, country_id, kind, title, last_reviewed, version, body length) of the country's notes,
    culture first, then procedures, then other; by title within a kind."""
    sql = (
        "SELECT id, country_id, kind, title, last_reviewed, version, length(body) FROM note "
        "WHERE country_id = ?"
    )
    args: list[Any] = [country_id]
    if kind:
        sql += " AND kind = ?"
        args.append(kind)
    sql += (
        " ORDER BY CASE kind WHEN 'culture' THEN 0 WHEN 'procedure' THEN 1 ELSE 2 END, "
        "title COLLATE NOCASE, id"
    )
    return conn.execute(sql, args).fetchall()


def note_body(conn: sqlite3.Connection, note_id: str) -> str | None:
    row = conn.execute("SELECT body FROM note WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else row[0]


def put_note_body(store: Store, note_id: str, body: str) -> tuple[str, int] | None:
    """Set a note's body, its version bumped when the text differs; return the previous
    (body, version), or None when the note does not exist. Nothing is written when the body
    was already that text (the returned body then equals ``body``)."""
    from regionmgr.store.models import Note

    with store.write() as session:
        note = session.get(Note, note_id)
        if note is None:
            return None
        old = (note.body, note.version)
        if note.body != body:
            note.body = body
            note.version = (note.version or 0) + 1
        return old


def restore_note_body(store: Store, note_id: str, old: tuple[str, int]) -> None:
    """Put back a (body, version) returned by ``put_note_body``."""
    from regionmgr.store.models import Note

    with store.write() as session:
        note = session.get(Note, note_id)
        if note is not None:
            note.body, note.version = old


def note_versions(conn: sqlite3.Connection, note_ids: Sequence[str]) -> dict[str, int]:
    """note id -> current version, for the notes that exist."""
    if not note_ids:
        return {}
    marks = ",".join("?" * len(note_ids))
    return dict(conn.execute(f"SELECT id, version FROM note WHERE id IN ({marks})", list(note_ids)).fetchall())


# -- the refresher log ------------------------------------------------------------------------
def insert_sent(store: Store, rows: Iterable[tuple[str, str, str, int, dt.datetime]]) -> None:
    """Log (id, note_id, contact_id, note_version, sent_at) rows, in one transaction."""
    from regionmgr.store.models import RefresherSent

    with store.write() as session:
        for row_id, note_id, contact_id, version, sent_at in rows:
            session.add(RefresherSent(id=row_id, note_id=note_id, contact_id=contact_id,
                                      note_version=version, sent_at=sent_at))


def delete_sent(store: Store, row_ids: Sequence[str]) -> None:
    if not row_ids:
        return
    from sqlalchemy import delete as sa_delete

    from regionmgr.store.models import RefresherSent

    with store.write() as session:
        session.execute(sa_delete(RefresherSent).where(RefresherSent.id.in_(list(row_ids))))


def last_sent(conn: sqlite3.Connection, country_id: str) -> list[tuple]:
    """(note id, note title, contact id, contact name, last version sent, current version,
    last sent_at) per contact and note of the country, newest first."""
    return conn.execute(
        "SELECT r.note_id, n.title, r.contact_id, c.name, MAX(r.note_version), n.version, MAX(r.sent_at) "
        "FROM refresher_sent r JOIN note n ON n.id = r.note_id JOIN contact c ON c.id = r.contact_id "
        "WHERE n.country_id = ? GROUP BY r.note_id, r.contact_id ORDER BY MAX(r.sent_at) DESC, c.name",
        (country_id,),
    ).fetchall()


def missing_current(conn: sqlite3.Connection, country_id: str) -> list[tuple[str, str]]:
    """(contact id, procedure title) for each procedure of the country a contact never received
    in its current version, by title."""
    return conn.execute(
        "SELECT c.id, n.title FROM contact c JOIN note n ON n.country_id = c.country_id "
        "WHERE c.country_id = ? AND n.kind = 'procedure' AND NOT EXISTS ("
        "  SELECT 1 FROM refresher_sent r WHERE r.note_id = n.id AND r.contact_id = c.id "
        "  AND r.note_version = n.version) ORDER BY n.title COLLATE NOCASE",
        (country_id,),
    ).fetchall()


# -- search -----------------------------------------------------------------------------------
def search(conn: sqlite3.Connection, expression: str, limit: int, mark_start: str, mark_end: str) -> list[tuple]:
    """The best ``limit`` rows of ``search_fts`` matching an FTS5 ``expression``: (kind, ref id,
    country id, highlighted title, snippet, country code, note kind). No rows for an expression
    FTS5 refuses."""
    sql = (
        "SELECT f.kind, f.ref_id, f.country_id, "
        "highlight(search_fts, 3, ?, ?), "
        "snippet(search_fts, 4, ?, ?, '…', 16), "
        "COALESCE(c.code, ''), COALESCE(n.kind, '') "
        "FROM search_fts AS f "
        "LEFT JOIN country AS c ON c.id = f.country_id "
        "LEFT JOIN note AS n ON f.kind = 'note' AND n.id = f.ref_id "
        "WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 0, 0, 0, 4.0, 1.0) LIMIT ?"
    )
    try:
        return conn.execute(sql, (mark_start, mark_end, mark_start, mark_end, expression, int(limit))).fetchall()
    except sqlite3.OperationalError:
        return []  # a query FTS5 still refuses: no hits rather than a crash


# -- protected periods ------------------------------------------------------------------------
_PERIOD_COLUMNS = "p.id, p.country_id, p.kind, p.weekday, p.start_min, p.end_min, p.from_date, p.to_date, p.label"
_PERIOD_ORDER = (" ORDER BY CASE p.kind WHEN 'daily' THEN 0 WHEN 'weekday' THEN 1 WHEN 'ramadan' THEN 2 ELSE 3 END, "
                 "p.weekday, p.from_date, p.start_min, p.id")


def protected_periods(conn: sqlite3.Connection, country_id: str) -> list[tuple]:
    """(id, country_id, kind, weekday, start_min, end_min, from_date, to_date, label) of the
    country's protected periods: daily ones first, then weekly, Ramadan, dated; by time within."""
    return conn.execute(
        f"SELECT {_PERIOD_COLUMNS} FROM protected_period p WHERE p.country_id = ?" + _PERIOD_ORDER,
        (country_id,),
    ).fetchall()


def protected_periods_by_code(conn: sqlite3.Connection) -> list[tuple]:
    """(country code, id, country_id, kind, weekday, start_min, end_min, from_date, to_date, label)
    of every country's protected periods, by country code (same order within a country)."""
    return conn.execute(
        f"SELECT c.code, {_PERIOD_COLUMNS} FROM protected_period p JOIN country c ON c.id = p.country_id"
        + _PERIOD_ORDER.replace(" ORDER BY ", " ORDER BY c.code, "),
    ).fetchall()


def country_weeks(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, int]]:
    """(code, timezone, work_days, work_start_min, work_end_min) of every country."""
    return conn.execute(
        "SELECT code, timezone, work_days, work_start_min, work_end_min FROM country ORDER BY code"
    ).fetchall()


def protected_period(conn: sqlite3.Connection, period_id: str) -> tuple | None:
    """One protected period, in the columns of ``protected_periods``; None when it does not exist."""
    return conn.execute(f"SELECT {_PERIOD_COLUMNS} FROM protected_period p WHERE p.id = ?", (period_id,)).fetchone()
