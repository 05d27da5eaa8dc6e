"""The one decoder (and encoder) of stored values: how instants, wall-clock times and dates
are written in the store's text columns, and how they are read back.

Every plain-sqlite3 read (the task list, the timer, reminders, the matrix, imports) and the
ORM's own column type use these, so a value is never decoded by hand. Instants are stored as
naive UTC text ("YYYY-MM-DD HH:MM:SS.ffffff", SQLAlchemy's SQLite DATETIME form: they sort
and compare as text), wall-clock times as the same text without a zone, dates as "YYYY-MM-DD".
No SQLAlchemy here: the start-up path imports this module.

Every date the app accepts or reads back lies in ``MIN_YEAR``..``MAX_YEAR`` (one place for the
bound: the date reader, the task rules and the import entry points check ``in_range``). A
stored value that is not in the store's form, or outside the range (a hand-edited or hostile
store, an old import), raises ``Unreadable`` (a ``ValueError``) when decoded: a page skips
that row, logs it and says so, rather than failing (year 1 or 9999 overflow in a far zone,
and Qt has no year 0 or 10000).
"""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC
STAMP = "%Y-%m-%d %H:%M:%S.%f"
MIN_YEAR, MAX_YEAR = 1970, 2200


class Unreadable(ValueError):
    """A stored date or time that can't be read back: not in the store's form, or its year is
    outside ``MIN_YEAR``..``MAX_YEAR``."""


def in_range(value: dt.date | dt.datetime | None) -> bool:
    """Is ``value`` (a date or datetime, in its own zone; None is no date) within
    ``MIN_YEAR``..``MAX_YEAR``? Every entry point that accepts a date (typed, imported, set by an
    operation) checks it."""
    return value is None or MIN_YEAR <= value.year <= MAX_YEAR


def _bounded(value, text: object):
    # Stored as UTC: a day in range, in any zone, is at most a year off in UTC.
    if not MIN_YEAR - 1 <= value.year <= MAX_YEAR + 1:
        raise Unreadable(f"stored date out of range ({MIN_YEAR}-{MAX_YEAR}): {text!r}")
    return value


def instant(text: str | None) -> dt.datetime | None:
    """A stored instant (naive UTC text) as an aware UTC datetime; None stays None.
    Raises ``Unreadable``."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(str(text))
    except (ValueError, TypeError):
        raise Unreadable(f"not a stored instant: {text!r}") from None
    return _bounded(value, text).replace(tzinfo=UTC)


def wall(text: str | None) -> dt.datetime | None:
    """A stored wall-clock time (no zone) as a naive datetime; None stays None. Raises ``Unreadable``."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(str(text))
    except (ValueError, TypeError):
        raise Unreadable(f"not a stored wall-clock time: {text!r}") from None
    return _bounded(value, text)


def day(text: str | None) -> dt.date | None:
    """A stored date ("YYYY-MM-DD", or the date part of a stored instant); None stays None.
    Raises ``Unreadable``."""
    if not text:
        return None
    try:
        value = dt.date.fromisoformat(str(text)[:10])
    except (ValueError, TypeError):
        raise Unreadable(f"not a stored date: {text!r}") from None
    return _bounded(value, text)


def readable(decode, text: str | None) -> bool:
    """Can ``decode`` (``instant``, ``wall`` or ``day``) read ``text`` back?"""
    try:
        decode(text)
    except Unreadable:
        return False
    return True


def clock(text: str | None) -> dt.time | None:
    """A stored time of day ("HH:MM[:SS]"); None stays None. Raises ``Unreadable``."""
    if not text:
        return None
    try:
        return dt.time.fromisoformat(str(text))
    except (ValueError, TypeError):
        raise Unreadable(f"not a stored time of day: {text!r}") from None


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
