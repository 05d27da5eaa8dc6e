"""One value and one row of an export file: the JSON form of each column type, and the checks a
row of the file passes before anything is written (types, lengths, known values). Used by
``core.data.transfer``; ``ImportRefused`` is the one error an import raises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from regionmgr.store.queries import transfer as queries

MAX_TEXT = 1_000_000  # characters in one Text value (a long Markdown note is far below)
TASK_STATUS = {"open", "waiting", "done", "dropped"}
NOTE_KINDS = {"culture", "procedure", "other"}
ZONE_COLUMNS = {("country", "timezone"), ("task", "due_tz"), ("meeting_series", "timezone")}

class ImportRefused(Exception):
    """The file can't be imported; nothing was written.

    ``code``: not_zip | too_big | not_ours | version | damaged | invalid | conflict.
    """

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# -- values to and from JSON ---------------------------------------------------------
def encode_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def refuse_row(where: str, why: str) -> ImportRefused:
    return ImportRefused("invalid", f"{where}: {why}")


def decode_value(column: queries.Column, value: Any, where: str) -> Any:
    """Check one JSON value against its column; return the Python value to store."""
    if value is None:
        if not column.nullable and not column.primary_key:
            raise refuse_row(where, "must not be empty")
        if column.primary_key:
            raise refuse_row(where, "missing id")
        return None
    kind = column.kind
    if kind == "instant":
        parsed = _parse_text(dt.datetime.fromisoformat, value, where)
        if parsed.tzinfo is None:
            raise refuse_row(where, "instant without a zone")
        return parsed.astimezone(dt.UTC)
    if kind == "bool":
        if not isinstance(value, bool):
            raise refuse_row(where, "not true/false")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**62) < value < 2**62:
            raise refuse_row(where, "not a whole number")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) > 1e15:
            raise refuse_row(where, "not a number")
        return float(value)
    if kind == "wall":  # naive wall-clock time
        parsed = _parse_text(dt.datetime.fromisoformat, value, where)
        if parsed.tzinfo is not None:
            raise refuse_row(where, "wall-clock time with a zone")
        return parsed
    if kind == "date":
        return _parse_text(dt.date.fromisoformat, value, where)
    if kind == "time":
        parsed = _parse_text(dt.time.fromisoformat, value, where)
        if parsed.tzinfo is not None:
            raise refuse_row(where, "wall-clock time with a zone")
        return parsed
    if kind == "text":
        if not isinstance(value, str):
            raise refuse_row(where, "not text")
        limit = column.length or MAX_TEXT
        if len(value) > limit:
            raise refuse_row(where, f"longer than {limit} characters")
        if "\x00" in value:
            raise refuse_row(where, "contains a NUL character")
        return value
    raise refuse_row(where, f"unsupported column type {column.type_name}")  # pragma: no cover - schema guard


def _parse_text(fn: Callable[[str], Any], value: Any, where: str) -> Any:
    if not isinstance(value, str) or len(value) > 40:
        raise refuse_row(where, "not a date/time text")
    try:
        return fn(value)
    except ValueError as exc:
        raise refuse_row(where, str(exc)) from None


def check_row(table_name: str, row: dict[str, Any], where: str) -> None:
    """Rules beyond types that the app relies on when it shows a row."""
    for tname, col in ZONE_COLUMNS:
        if tname == table_name and row.get(col):
            name = row[col]
            try:
                if "\\" in name or name.startswith("/") or ".." in name:
                    raise ValueError(name)
                ZoneInfo(name)
            except Exception:  # noqa: BLE001 - ZoneInfo raises several kinds
                raise refuse_row(f"{where}.{col}", "unknown time zone") from None
    if table_name == "task" and row["status"] not in TASK_STATUS:
        raise refuse_row(f"{where}.status", "unknown status")
    if table_name == "note" and row["kind"] not in NOTE_KINDS:
        raise refuse_row(f"{where}.kind", "unknown kind")
    if table_name == "country":
        days = row["work_days"]
        if not days or any(c not in "1234567" for c in days) or len(set(days)) != len(days):
            raise refuse_row(f"{where}.work_days", "not a set of weekday digits")
        if not (len(row["code"]) == 2 and row["code"].isascii() and row["code"].isalpha()):
            raise refuse_row(f"{where}.code", "not a two-letter country code")
        if not 0 <= row["work_start_min"] <= row["work_end_min"] <= 24 * 60:
            raise refuse_row(f"{where}.work_start_min", "working hours out of range")
