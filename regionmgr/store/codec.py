"""The one decoder (and encoder) of stored values: how instants, wall-clock times and dates
are written in the store's text columns, and how they are read back.

Every plain-sqlite3 read (the task list, the timer, reminders, the matrix, imports) and the
ORM's own column type use these, so a value is never decoded by hand. Instants are stored as
naive UTC text ("YYYY-MM-DD HH:MM:SS.ffffff", SQLAlchemy's SQLite DATETIME form: they sort
and compare as text), wall-clock times as the same text without a zone, dates as "YYYY-MM-DD".
No SQLAlchemy here: the start-up path imports this module.
"""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC
STAMP = "%Y-%m-%d %H:%M:%S.%f"


def instant(text: str | None) -> dt.datetime | None:
    """A stored instant (naive UTC text) as an aware UTC datetime; None stays None."""
    if not text:
        return None
    return dt.datetime.fromisoformat(str(text)).replace(tzinfo=UTC)


def wall(text: str | None) -> dt.datetime | None:
    """A stored wall-clock time (no zone) as a naive datetime; None stays None."""
    return dt.datetime.fromisoformat(str(text)) if text else None


def day(text: str | None) -> dt.date | None:
    """A stored date ("YYYY-MM-DD", or the date part of a stored instant); None stays None."""
    return dt.date.fromisoformat(str(text)[:10]) if text else None


def clock(text: str | None) -> dt.time | None:
    """A stored time of day ("HH:MM[:SS]"); None stays None."""
    return dt.time.fromisoformat(str(text)) if text else None


def stored_instant(moment: dt.datetime) -> str:
    """The stored text of an aware instant (compares correctly with stored values)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given for a UTC column; attach a zone first")
    return moment.astimezone(UTC).strftime(STAMP)


def stored_wall(moment: dt.datetime) -> str:
    """The stored text of a wall-clock time (naive)."""
    return moment.replace(tzinfo=None).strftime(STAMP)


def stored_day(value: dt.date) -> str:
    return value.isoformat()
