"""The one date reader: a typed phrase, in English or French, as a day (and maybe a time).

Every date the user types goes through here: the quick-capture line, the detail pane's due
date and follow-up date. So "27/11/26", "27/11", "27 nov", "vendredi", "next friday",
"demain 14h", "in 2 weeks", "2026-11-27" mean the same wherever they are typed.

Rules (dateparser, English and French, preferring the future, relative to ``now_local``):

* a phrase is only read as a date when it holds a weekday, a relative word (tomorrow,
  demain, next week, in 3 days...), a day with a month, a numeric date or a time, so "mars",
  "may" or a lone number are never read as one;
* numeric dates are day first (15/12, 15.12.2026, 15/12/26), or ISO (2026-12-15); without a
  year, the next such day from today on;
* a day that does not exist ("31 février", "31/02/2027") is *impossible*, not unreadable;
* a year outside 1970–2200 is refused.

``read_moment`` never raises (capture reads many spans of a line); ``read_day`` is for a
date field and raises ``DateInputError`` with a message the UI translates (context "Core").
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.store.codec import MAX_YEAR, MIN_YEAR, in_range

__all__ = ["MAX_YEAR", "MIN_YEAR", "DateInputError", "Reading", "check_in_range", "in_range", "read_day",
           "read_field", "read_moment"]
_D = TypeVar("_D", bound=dt.date | None)
# dateparser and babel load their data lazily; a warm-up may run in a worker thread while
# the UI thread already reads: lazy loads take turns.
LOAD_LOCK = threading.RLock()


class DateInputError(ValidationError):
    """A typed date that can't be used; ``str()`` is the English sentence, ``translated`` the UI's."""


@dataclass(frozen=True)
class Reading:
    """What a phrase was read as. ``value`` is a naive wall-clock datetime in the zone of
    ``now_local`` (midnight when the phrase has no time), or None."""

    value: dt.datetime | None = None
    timed: bool = False  # the phrase gave a time of day
    impossible: bool = False  # a day that does not exist ("31 février")
    out_of_range: bool = False  # a year outside MIN_YEAR..MAX_YEAR

    @property
    def problem(self) -> bool:
        return self.impossible or self.out_of_range


# -- text helpers ------------------------------------------------------------------
def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Émirats" -> "emirats"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("’", "'")


def words_of(folded: str) -> set[str]:
    return {w.strip(".,") for w in folded.split()}


# -- what looks like a date ----------------------------------------------------------
def calendar_words() -> tuple[frozenset[str], str]:
    """Folded weekday names (en, fr) and a regex alternation of month names."""
    with LOAD_LOCK:
        return _build_calendar_words()


@lru_cache(maxsize=1)
def _build_calendar_words() -> tuple[frozenset[str], str]:
    from babel import Locale

    days: set[str] = set()
    months: set[str] = set()
    for lang in ("en", "fr"):
        loc = Locale(lang)
        for width in ("wide", "abbreviated"):
            days.update(fold(v).rstrip(".") for v in loc.days["format"][width].values())
            months.update(fold(v).rstrip(".") for v in loc.months["format"][width].values())
    months.update({"sept", "fev", "juil"})
    days = {d for d in days if len(d) >= 3}
    alternation = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    return frozenset(days), alternation


RELATIVE_WORDS = frozenset({
    "today", "tomorrow", "tonight", "noon", "midnight", "demain", "aujourd'hui", "apres-demain",
    "midi", "minuit", "week", "semaine", "weeks", "semaines", "days", "jours", "month", "mois",
    "months", "hours", "heures", "soir", "minutes",
})
TIMED_WORDS = frozenset({"hour", "hours", "heure", "heures", "minute", "minutes"})
TIME_RE = re.compile(r"\b\d{1,2}\s*(:\d{2}|h\d{0,2}|\s?[ap]m)\b|\b(noon|midi|midnight|minuit|tonight|soir)\b")
NUMERIC_DATE_RE = re.compile(r"^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$|^\d{4}-\d{1,2}-\d{1,2}$")


@lru_cache(maxsize=1)
def _day_month_re() -> re.Pattern[str]:
    months = calendar_words()[1]
    return re.compile(
        rf"^(\d{{1,2}})(er|st|nd|rd|th)?\.?\s+({months})\.?(\s+\d{{4}})?$"
        rf"|^({months})\.?\s+(\d{{1,2}})(st|nd|rd|th)?,?(\s+\d{{4}})?$"
    )


def looks_like_date(folded: str) -> bool:
    """Does the phrase hold something only a date has (so "mars" or "2" alone never is one)?"""
    days, _ = calendar_words()
    words = words_of(folded)
    if words & days or words & RELATIVE_WORDS:
        return True
    if TIME_RE.search(folded) or NUMERIC_DATE_RE.match(folded):
        return True
    return _explicit_day(folded) is not None


def _normalise(folded: str) -> str:
    """Forms dateparser misreads: "14h30" (read as a duration), "vendredi prochain", "semaine prochaine"."""
    folded = folded.rstrip(".")
    folded = re.sub(r"\b(\d{1,2})h(\d{2})?\b", lambda m: f"{m[1]}:{m[2] or '00'}", folded)
    folded = re.sub(r"\b(la |le )?(semaine|mois|annee) prochaine?\b",
                    lambda m: "next " + {"semaine": "week", "mois": "month", "annee": "year"}[m[2]], folded)
    folded = re.sub(r"\bce soir\b", "tonight", folded)
    return re.sub(r"\b(\w+) prochaine?\b", r"\1", folded)  # "vendredi prochain": the coming one


def _explicit_day(folded: str) -> int | None:
    """The day of the month the phrase names, if it names one ("31 février" -> 31)."""
    words = folded.split()
    if len(words) > 1 and words[0].strip(".,") in calendar_words()[0]:
        folded = " ".join(words[1:])  # "lundi 31 février"
    m = _day_month_re().search(folded)
    if m:
        return int(m.group(1) or m.group(6))
    m = NUMERIC_DATE_RE.match(folded)
    if m and not folded[:4].isdigit():
        return int(re.split(r"[/.-]", folded)[0])
    return None


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


# -- reading -----------------------------------------------------------------------
def read_moment(phrase: str, now_local: dt.datetime) -> Reading:
    """Read ``phrase`` as a date (and maybe a time); never raises.

    ``now_local`` is the naive wall clock of the zone the date is counted in.
    """
    folded = fold(phrase).strip(" ,")
    if not folded or not looks_like_date(folded):
        return Reading()
    if NUMERIC_DATE_RE.match(folded):
        return _numeric(folded, now_local)
    import dateparser

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now_local,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY",
    }
    with LOAD_LOCK:  # dateparser loads its language data lazily; one thread at a time
        value = dateparser.parse(_normalise(folded), languages=["en", "fr"], settings=settings)
    day = _explicit_day(folded)
    if value is None or (day is not None and value.day != day):
        return Reading(impossible=day is not None)
    if not _in_range(value.year):
        return Reading(out_of_range=True)
    timed = bool(TIME_RE.search(folded)) or bool(words_of(folded) & TIMED_WORDS)
    return Reading(value, timed)


def _numeric(folded: str, now_local: dt.datetime) -> Reading:
    """15/12, 15.12.2026, 15/12/26, 2026-12-15: day first (dateparser reads "12.12" as a time
    of day). Without a year: the next such day from today on."""
    parts = [int(x) for x in re.split(r"[/.-]", folded)]
    if len(parts) == 3 and parts[0] > 31:
        year, month, day = parts
    else:
        day, month = parts[0], parts[1]
        year = parts[2] if len(parts) == 3 else now_local.year
        if year < 100:
            year += 2000
    if not _in_range(year):
        return Reading(out_of_range=True)
    try:
        value = dt.datetime(year, month, day)
        if len(parts) == 2 and value.date() < now_local.date():
            value = value.replace(year=year + 1)
    except ValueError:
        return Reading(impossible=True)
    return Reading(value)


def check_reading(text: str, reading: Reading) -> Reading:
    """The reading of a date field's ``text``, or ``DateInputError`` saying why it can't be used."""
    shown = " ".join(text.split())
    if reading.out_of_range:
        raise DateInputError(QT_TRANSLATE_NOOP(
            "Core", "“{0}”: the year must be between {1} and {2}."), shown, MIN_YEAR, MAX_YEAR)
    if reading.impossible:
        raise DateInputError(QT_TRANSLATE_NOOP("Core", "“{0}” does not exist in the calendar."), shown)
    if reading.value is None:
        raise DateInputError(QT_TRANSLATE_NOOP(
            "Core", "“{0}” is not a date (try 27/11/2026, 27 nov, vendredi or next friday)."), shown)
    return reading


def check_in_range(value: _D, shown: str | None = None) -> _D:
    """``value`` (a date or datetime; None is no date) if its year is within ``MIN_YEAR``..``MAX_YEAR``,
    else ``DateInputError``: every date set by an operation or read from an import goes through
    here (``shown`` is how the message names it; its ISO form by default)."""
    if not in_range(value):
        assert value is not None
        raise DateInputError(QT_TRANSLATE_NOOP(
            "Core", "“{0}”: the year must be between {1} and {2}."),
            shown if shown is not None else value.isoformat(), MIN_YEAR, MAX_YEAR)
    return value


def read_field(text: str, now_local: dt.datetime) -> Reading | None:
    """A date field's text: None when empty, else its reading; raises ``DateInputError``."""
    if not (text or "").strip():
        return None
    return check_reading(text, read_moment(text, now_local))


def read_day(text: str, now_local: dt.datetime) -> dt.date | None:
    """A date field's text as a day: None when empty; raises ``DateInputError``."""
    reading = read_field(text, now_local)
    return None if reading is None or reading.value is None else reading.value.date()


def warm_up() -> None:
    """Load dateparser's language data and the calendar words (slow the first time)."""
    read_moment("demain 14h", dt.datetime(2026, 1, 5))
