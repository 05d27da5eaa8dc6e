"""How dates and times are shown, the same on every page, in the UI language (``QLocale()``).

- a day: "Mon 23 Nov" this year, "Mon 23 Nov 2025" another year ("lun. 23 nov." in French);
  ``weekday=False`` where the sentence already names the day in full;
- a long day, for sentences and documents: "Monday 23 November 2026" ("lundi 23 novembre 2026");
- a clock time: the locale's short form, 24-hour in both languages ("09:30");
- a moment: its day and its time ("Mon 23 Nov 09:30");
- a day to edit: "23/11/2026", what the date fields show and read back.

"This year" is the current year of the app's clock (``follow_clock``, set by the ``AppContext``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QTime

_clock: Callable[[], dt.datetime] | None = None


def follow_clock(clock: Callable[[], dt.datetime]) -> None:
    """The app's "now" in the user's zone: which year is this year (tests give a fixed clock)."""
    global _clock  # one app-wide reference, like QLocale.setDefault
    _clock = clock


def this_year() -> int:
    return (_clock() if _clock is not None else dt.datetime.now().astimezone()).year


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date, year_now: int | None = None, locale: QLocale | None = None, *,
              weekday: bool = True) -> str:
    """"Mon 23 Nov" (this year) or "Mon 23 Nov 2025"; without "Mon" when ``weekday`` is False."""
    if isinstance(day, dt.datetime):
        day = day.date()
    year = this_year() if year_now is None else year_now
    pattern = ("ddd " if weekday else "") + ("d MMM" if day.year == year else "d MMM yyyy")
    return (locale or QLocale()).toString(qdate(day), pattern)


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """"Monday 23 November 2026" / "lundi 23 novembre 2026"."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return (locale or QLocale()).toString(qdate(day), "dddd d MMMM yyyy")


def time_text(moment: dt.time | dt.datetime, locale: QLocale | None = None) -> str:
    """"09:30": the locale's short form (24-hour in British English and French)."""
    return (locale or QLocale()).toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_time_text(moment: dt.datetime, year_now: int | None = None, locale: QLocale | None = None) -> str:
    """"Mon 23 Nov 09:30": a wall-clock moment (already in the zone to show)."""
    return f"{date_text(moment.date(), year_now, locale)} {time_text(moment, locale)}"


def entry_date(day: dt.date) -> str:
    """"23/11/2026": a day in a field the user edits (read back by ``core.calendar.dates``)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
