"""Country notes (cultural context, procedures, other): listing, saving bodies, reviews, refresh due.

A note's ``version`` is bumped each time its body changes, so a refresher pack
can tell who already has the current text. The writes are the named operations of
``core.countries.operations``; the SQL is in ``store.queries.countries``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.storage import Store
from regionmgr.core.text import clean
from regionmgr.store import codec
from regionmgr.store.queries import countries as queries

KINDS = ("culture", "procedure", "other")
DEFAULT_REFRESH_DAYS = 180

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Core", "Unknown note kind “{0}”.")
NO_TITLE = QT_TRANSLATE_NOOP("Core", "A note needs a title.")


@dataclass(frozen=True)
class NoteRow:
    id: str
    country_id: str
    kind: str
    title: str
    last_reviewed: dt.date | None
    version: int
    size: int  # characters in the body


def list_notes(store: Store, country_id: str, kind: str | None = None) -> list[NoteRow]:
    """The country's notes (without bodies), culture first, then procedures, then other."""
    return [NoteRow(r[0], r[1], r[2], r[3], codec.day(r[4]), r[5], r[6] or 0)
            for r in queries.notes(store.raw(), country_id, kind)]


def note_body(store: Store, note_id: str) -> str | None:
    return queries.note_body(store.raw(), note_id)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(UNKNOWN_KIND, kind)
    return kind


def check_title(title: str) -> str:
    """A note's title, trimmed; ValidationError when nothing is left."""
    title = clean(title).strip()
    if not title:
        raise ValidationError(NO_TITLE)
    return title


def new_note_values(country_id: str, kind: str, title: str, today: dt.date) -> dict[str, Any]:
    return {"country_id": country_id, "kind": check_kind(kind), "title": clean(title).strip(), "body": "",
            "last_reviewed": today, "version": 1}


def is_refresh_due(row: NoteRow, today: dt.date, period_days: int) -> bool:
    """A procedure not reviewed for ``period_days`` (or never) should be refreshed."""
    if row.kind != "procedure" or period_days <= 0:
        return False
    return row.last_reviewed is None or (today - row.last_reviewed).days >= period_days
