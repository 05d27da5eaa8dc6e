"""Country notes (cultural context, procedures, other): listing, saving bodies, reviews, refresh due.

A note's ``version`` is bumped each time its body changes, so a refresher pack
can tell who already has the current text. Saving returns what undo needs
(the previous body and version), and ``restore_body`` puts them back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from regionmgr.core.ops import ValidationError
from regionmgr.store.db import Store
from regionmgr.store.models import Note

KINDS = ("culture", "procedure", "other")
DEFAULT_REFRESH_DAYS = 180


@dataclass(frozen=True)
class NoteRow:
    id: str
    country_id: str
    kind: str
    title: str
    last_reviewed: dt.date | None
    version: int
    size: int  # characters in the body


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def list_notes(store: Store, country_id: str, kind: str | None = None) -> list[NoteRow]:
    """The country's notes (without bodies), culture first, then procedures, then other."""
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
    rows = store.raw().execute(sql, args).fetchall()
    return [NoteRow(r[0], r[1], r[2], r[3], _date(r[4]), r[5], r[6] or 0) for r in rows]


def note_body(store: Store, note_id: str) -> str | None:
    row = store.raw().execute("SELECT body FROM note WHERE id = ?", (note_id,)).fetchone()
    return None if row is None else row[0]


def new_note_values(country_id: str, kind: str, title: str, today: dt.date) -> dict[str, Any]:
    if kind not in KINDS:
        raise ValidationError(f"Unknown note kind {kind!r}.")
    return {"country_id": country_id, "kind": kind, "title": title, "body": "", "last_reviewed": today, "version": 1}


def save_body(store: Store, note_id: str, body: str) -> tuple[str, int] | None:
    """Store a new body, bumping the version if it changed; return the previous (body, version).

    Returns None when the body was already that text (nothing written).
    """
    with store.write() as session:
        note = session.get(Note, note_id)
        if note is None:
            raise ValidationError("This note no longer exists.")
        if note.body == body:
            return None
        old = (note.body, note.version)
        note.body = body
        note.version = (note.version or 0) + 1
        return old


def restore_body(store: Store, note_id: str, old: tuple[str, int] | None) -> None:
    if old is None:
        return
    with store.write() as session:
        note = session.get(Note, note_id)
        if note is not None:
            note.body, note.version = old


def is_refresh_due(row: NoteRow, today: dt.date, period_days: int) -> bool:
    """A procedure not reviewed for ``period_days`` (or never) should be refreshed."""
    if row.kind != "procedure" or period_days <= 0:
        return False
    return row.last_reviewed is None or (today - row.last_reviewed).days >= period_days
