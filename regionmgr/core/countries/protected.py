"""A country's protected periods (see ``core.calendar.protected`` for what they mean and how a
day or an instant is judged): the checks of their input and the named, undoable operations
that keep them. Every name of ``core.calendar.protected`` is available from here too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from regionmgr.core.calendar.protected import (
    DAY_MIN,
    KINDS,
    Period,
    Problem,
    Protection,
    by_code,
    connection,
    is_protected,
    is_ramadan,
    load,
    period_of,
    protection_at,
    span_problem,
    weeks_by_code,
    working_windows,
)
from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError
from regionmgr.core.text import clean
from regionmgr.store.queries import countries as queries

if TYPE_CHECKING:
    from regionmgr.core.changes import Applied
    from regionmgr.core.storage import Store

__all__ = [
    "DAY_MIN", "KINDS", "LABEL_MAX", "Period", "Problem", "Protection", "add_period", "by_code", "check_values",
    "delete_periods", "get_period", "is_protected", "is_ramadan", "load", "parse_weekday", "protection_at",
    "span_problem", "update_period", "weeks_by_code", "working_windows",
]

LABEL_MAX = 200
PERIOD_GONE = QT_TRANSLATE_NOOP("Core", "This protected period no longer exists.")
BAD_KIND = QT_TRANSLATE_NOOP("Core", "“{0}” is not a kind of protected period.")
BAD_TIME = QT_TRANSLATE_NOOP("Core", "A time of day must be between 00:00 and 24:00.")
TIME_ORDER = QT_TRANSLATE_NOOP("Core", "A protected period must end after it starts ({0} is not after {1}).")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Core", "“{0}” is not a weekday (write e.g. Friday or vendredi).")
NO_WEEKDAY = QT_TRANSLATE_NOOP("Core", "Choose the weekday of a weekly period.")
NO_DATES = QT_TRANSLATE_NOOP("Core", "A dated period needs its first and last dates.")
DATE_ORDER = QT_TRANSLATE_NOOP("Core", "The period ends before it starts ({0} is before {1}).")

# Weekday names read in both languages (lower case, without accents), Monday = 1.
_WEEKDAY_NAMES = {
    1: ("monday", "mon", "lundi", "lun"), 2: ("tuesday", "tue", "tues", "mardi", "mar"),
    3: ("wednesday", "wed", "mercredi", "mer"), 4: ("thursday", "thu", "thur", "thurs", "jeudi", "jeu"),
    5: ("friday", "fri", "vendredi", "ven"), 6: ("saturday", "sat", "samedi", "sam"),
    7: ("sunday", "sun", "dimanche", "dim"),
}


# -- checking input -------------------------------------------------------------------------------
def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lower().rstrip("."))
    return "".join(c for c in folded if not unicodedata.combining(c))


def parse_weekday(value: object) -> int:
    """An ISO weekday (Monday = 1) from a number 1-7 or a day's name in English or French."""
    if isinstance(value, int) and not isinstance(value, bool):
        if 1 <= value <= 7:
            return value
        raise ValidationError(BAD_WEEKDAY, value)
    text = _plain(str(value or ""))
    if text.isdigit() and 1 <= int(text) <= 7:
        return int(text)
    for number, names in _WEEKDAY_NAMES.items():
        if text in names:
            return number
    raise ValidationError(BAD_WEEKDAY, str(value or "").strip())


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def check_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """A period's values checked and completed (the columns that don't apply to its kind cleared),
    or ``ValidationError``."""
    kind = str(values.get("kind") or "")
    if kind not in KINDS:
        raise ValidationError(BAD_KIND, kind)
    try:
        start, end = int(values.get("start_min", 0)), int(values.get("end_min", 0))
    except (TypeError, ValueError):
        raise ValidationError(BAD_TIME) from None
    if not (0 <= start <= DAY_MIN and 0 <= end <= DAY_MIN):
        raise ValidationError(BAD_TIME)
    if end <= start:
        raise ValidationError(TIME_ORDER, _hhmm(end), _hhmm(start))
    weekday = None
    if kind == "weekday":
        if values.get("weekday") in (None, ""):
            raise ValidationError(NO_WEEKDAY)
        weekday = parse_weekday(values["weekday"])
    first = last = None
    if kind == "dates":
        first, last = values.get("from_date"), values.get("to_date")
        if not isinstance(first, dt.date) or not isinstance(last, dt.date):
            raise ValidationError(NO_DATES)
        from regionmgr.core.calendar.dates import check_in_range

        check_in_range(first)
        check_in_range(last)
        if last < first:
            raise ValidationError(DATE_ORDER, last.isoformat(), first.isoformat())
    label = clean(values.get("label", ""))[:LABEL_MAX].strip()
    return {"kind": kind, "weekday": weekday, "start_min": start, "end_min": end,
            "from_date": first, "to_date": last, "label": label}


# -- operations -----------------------------------------------------------------------------------
def _fields(period: Period) -> dict[str, Any]:
    return {"kind": period.kind, "weekday": period.weekday, "start_min": period.start_min,
            "end_min": period.end_min, "from_date": period.from_date, "to_date": period.to_date,
            "label": period.label}


def get_period(source: Store | sqlite3.Connection, period_id: str) -> Period | None:
    row = queries.protected_period(connection(source), period_id)
    return None if row is None else period_of(row)


def add_period(store: Store, country_id: str, values: Mapping[str, Any]) -> Applied:
    """A new protected period of the country, checked first; ``result`` is its id."""
    from regionmgr.core import ops
    from regionmgr.store.models import ProtectedPeriod

    return ops.insert_row(store, ProtectedPeriod, {"country_id": country_id, **check_values(values)})


def update_period(store: Store, period_id: str, changes: Mapping[str, Any]) -> Applied:
    """Change a period's fields; the whole period is checked again. Undo puts the old values back."""
    from regionmgr.core import ops
    from regionmgr.store.models import ProtectedPeriod

    current = get_period(store, period_id)
    if current is None:
        raise ValidationError(PERIOD_GONE)
    unknown = set(changes) - set(_fields(current))
    if unknown:
        raise ValueError(f"not a protected period field: {sorted(unknown)}")
    values = check_values({**_fields(current), **changes})
    return ops.update_rows(store, ProtectedPeriod, [period_id], values, PERIOD_GONE)


def delete_periods(store: Store, period_ids: Sequence[str]) -> Applied:
    from regionmgr.core import ops
    from regionmgr.store.models import ProtectedPeriod

    return ops.delete_rows(store, ProtectedPeriod, list(period_ids))
