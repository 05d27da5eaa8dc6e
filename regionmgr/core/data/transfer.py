"""Export the whole store to one versioned file, and import (merge) such a file back.

The file is a zip holding ``manifest.json`` (format name, format version,
schema version, row counts) and ``tables/<table>.json`` (a list of rows, every
column of every table). Import merges by id: a row the store lacks is added,
a row the file holds with a newer ``updated_at`` replaces the store's, anything
else is left as it is; import never deletes. So moving between two laptops
works in both directions. A country (same ISO code) or a meeting series (same
iCalendar UID) created separately on both laptops is recognised as the same row.

Hostile files are refused before anything is written: every member, row and
value is checked (size limits read against the real bytes, not the zip's
claims; types; lengths; known values; duplicate ids; references), and the
write is one transaction. ``ImportRefused.code`` says why (the UI words it),
``detail`` is the technical part.

The rules are here; the SQL (and the schema, as plain ``queries.Table`` descriptions) is in
``store.queries.transfer``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from regionmgr.core import atomic
from regionmgr.core.changes import Applied, Change
from regionmgr.core.storage import Store
from regionmgr.store.backup import STORE_ID_KEY
from regionmgr.store.db import SCHEMA_VERSION
from regionmgr.store.queries import transfer as queries

FORMAT = "regionmgr-export"
VERSION = 1
SUFFIX = ".rgmexport"
MAX_FILE_BYTES = 256 * 1024 * 1024  # the zip on disk
MAX_MEMBER_BYTES = 128 * 1024 * 1024  # one uncompressed member, counted while reading
MAX_TOTAL_BYTES = 384 * 1024 * 1024  # all members together
MAX_MANIFEST_BYTES = 64 * 1024
MAX_ROWS = 2_000_000  # per table
MAX_TEXT = 1_000_000  # characters in one Text value (a long Markdown note is far below)
MAX_MEMBERS = 64
# Clocks of two laptops differ a little: a change time this far past the import time is still believed.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)

TASK_STATUS = {"open", "waiting", "done", "dropped"}
NOTE_KINDS = {"culture", "procedure", "other"}
ZONE_COLUMNS = {("country", "timezone"), ("task", "due_tz"), ("meeting_series", "timezone")}
# Unique keys besides the id, used to recognise the same row made on two laptops.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "country": ("code",),
    "meeting_series": ("uid",),
    "meeting_skip": ("series_id", "on_date"),
}


class ImportRefused(Exception):
    """The file can't be imported; nothing was written.

    ``code``: not_zip | too_big | not_ours | version | damaged | invalid | conflict.
    """

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def tables() -> list[queries.Table]:
    """Every table of the schema, parents before children."""
    return list(queries.schema())


def key_column(table: queries.Table) -> str:
    return table.key


# -- values to and from JSON ---------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _fail(where: str, why: str) -> ImportRefused:
    return ImportRefused("invalid", f"{where}: {why}")


def _decode(column: queries.Column, value: Any, where: str) -> Any:
    """Check one JSON value against its column; return the Python value to store."""
    if value is None:
        if not column.nullable and not column.primary_key:
            raise _fail(where, "must not be empty")
        if column.primary_key:
            raise _fail(where, "missing id")
        return None
    kind = column.kind
    if kind == "instant":
        parsed = _parse(dt.datetime.fromisoformat, value, where)
        if parsed.tzinfo is None:
            raise _fail(where, "instant without a zone")
        return parsed.astimezone(dt.UTC)
    if kind == "bool":
        if not isinstance(value, bool):
            raise _fail(where, "not true/false")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**62) < value < 2**62:
            raise _fail(where, "not a whole number")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value or abs(value) > 1e15:
            raise _fail(where, "not a number")
        return float(value)
    if kind == "wall":  # naive wall-clock time
        parsed = _parse(dt.datetime.fromisoformat, value, where)
        if parsed.tzinfo is not None:
            raise _fail(where, "wall-clock time with a zone")
        return parsed
    if kind == "date":
        return _parse(dt.date.fromisoformat, value, where)
    if kind == "time":
        parsed = _parse(dt.time.fromisoformat, value, where)
        if parsed.tzinfo is not None:
            raise _fail(where, "wall-clock time with a zone")
        return parsed
    if kind == "text":
        if not isinstance(value, str):
            raise _fail(where, "not text")
        limit = column.length or MAX_TEXT
        if len(value) > limit:
            raise _fail(where, f"longer than {limit} characters")
        if "\x00" in value:
            raise _fail(where, "contains a NUL character")
        return value
    raise _fail(where, f"unsupported column type {column.type_name}")  # pragma: no cover - schema guard


def _parse(fn: Callable[[str], Any], value: Any, where: str) -> Any:
    if not isinstance(value, str) or len(value) > 40:
        raise _fail(where, "not a date/time text")
    try:
        return fn(value)
    except ValueError as exc:
        raise _fail(where, str(exc)) from None


def _check_values(table_name: str, row: dict[str, Any], where: str) -> None:
    """Rules beyond types that the app relies on when it shows a row."""
    for tname, col in ZONE_COLUMNS:
        if tname == table_name and row.get(col):
            name = row[col]
            try:
                if "\\" in name or name.startswith("/") or ".." in name:
                    raise ValueError(name)
                ZoneInfo(name)
            except Exception:  # noqa: BLE001 - ZoneInfo raises several kinds
                raise _fail(f"{where}.{col}", "unknown time zone") from None
    if table_name == "task" and row["status"] not in TASK_STATUS:
        raise _fail(f"{where}.status", "unknown status")
    if table_name == "note" and row["kind"] not in NOTE_KINDS:
        raise _fail(f"{where}.kind", "unknown kind")
    if table_name == "country":
        days = row["work_days"]
        if not days or any(c not in "1234567" for c in days) or len(set(days)) != len(days):
            raise _fail(f"{where}.work_days", "not a set of weekday digits")
        if not (len(row["code"]) == 2 and row["code"].isascii() and row["code"].isalpha()):
            raise _fail(f"{where}.code", "not a two-letter country code")
        if not 0 <= row["work_start_min"] <= row["work_end_min"] <= 24 * 60:
            raise _fail(f"{where}.work_start_min", "working hours out of range")


# -- export --------------------------------------------------------------------------
# Settings that belong to this store alone and never travel: its identity (backups are matched
# to their store by it; importing another store's id would make its copies look like ours).
LOCAL_SETTINGS = frozenset({STORE_ID_KEY})


def _travels(name: str, row: Mapping[str, Any]) -> bool:
    return not (name == "setting" and row.get("key") in LOCAL_SETTINGS)


def export_data(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as JSON-ready dicts (sorted by key, for stable files); the
    store's own identity is left out."""
    return {name: [{k: _encode(v) for k, v in row.items()} for row in rows if _travels(name, row)]
            for name, rows in queries.all_rows(store)}


def export_bytes(store: Store, now: dt.datetime | None = None) -> bytes:
    data = export_data(store)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "schema": SCHEMA_VERSION,
        "exported_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "tables": {name: len(rows) for name, rows in data.items()},
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=1))
        for name, rows in data.items():
            zf.writestr(f"tables/{name}.json", json.dumps(rows, ensure_ascii=False, separators=(",", ":")))
    return buf.getvalue()


def export_to(store: Store, target: Path, now: dt.datetime | None = None) -> dict[str, int]:
    """Write the export file atomically (0600); return row counts per table."""
    payload = export_bytes(store, now)
    atomic.write_bytes(target, payload)
    return dict(_counts(payload))


def _counts(payload: bytes) -> dict[str, int]:
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return json.loads(zf.read("manifest.json"))["tables"]


# -- reading and validating ----------------------------------------------------------
@dataclass
class ExportFile:
    """A fully validated export: rows as Python values, per table."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r}")
        out[k] = v
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _load_json(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except RecursionError:
        raise ImportRefused("invalid", f"{where}: nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportRefused("damaged", f"{where}: {exc}") from None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes, counting the real output (a zip bomb lies in its header)."""
    if info.file_size > limit:
        raise ImportRefused("too_big", f"{info.filename}: {info.file_size} bytes")
    chunks, total = [], 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise ImportRefused("too_big", f"{info.filename}: more than {limit} bytes")
            chunks.append(chunk)
    return b"".join(chunks)


Report = Callable[[int, int], None]  # (done, total); may raise to cancel


def _no_report(_done: int, _total: int) -> None:
    return None


def read_export(payload: bytes, report: Report = _no_report) -> ExportFile:
    """Parse and fully validate an export file's bytes. Raises ImportRefused only (or what
    ``report`` raises: it is called after each table and every few thousand rows)."""
    try:
        return _read_export(payload, report)
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:  # RuntimeError: a member claims to be encrypted
        raise ImportRefused("damaged", str(exc)) from None
    except RecursionError:
        raise ImportRefused("invalid", "nested too deeply") from None
    except (ValueError, TypeError, KeyError, OverflowError, MemoryError) as exc:  # zipfile/zlib oddities
        raise ImportRefused("damaged", f"{type(exc).__name__}: {exc}") from None


def _read_export(payload: bytes, report: Report) -> ExportFile:
    if len(payload) > MAX_FILE_BYTES:
        raise ImportRefused("too_big", f"{len(payload)} bytes")
    if not payload.startswith(b"PK"):
        raise ImportRefused("not_zip")
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportRefused("invalid", f"{len(infos)} members")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise ImportRefused("invalid", "a member appears twice")
        by_name = {i.filename: i for i in infos}
        if "manifest.json" not in by_name:
            raise ImportRefused("not_ours", "no manifest.json")
        manifest = _load_json(_read_member(zf, by_name["manifest.json"], MAX_MANIFEST_BYTES), "manifest.json")
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ImportRefused("not_ours", "not a Region Manager export")
        version = manifest.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise ImportRefused("invalid", "manifest.json: version")
        if version != VERSION:
            raise ImportRefused("version", str(version))
        known = {t.name: t for t in tables()}
        allowed = {"manifest.json"} | {f"tables/{n}.json" for n in known}
        extra = sorted(set(names) - allowed)
        if extra:
            raise ImportRefused("invalid", f"unexpected member {extra[0][:80]!r}")
        rows: dict[str, list[dict[str, Any]]] = {}
        budget = MAX_TOTAL_BYTES
        for step, (name, table) in enumerate(known.items()):
            report(step, len(known))
            info = by_name.get(f"tables/{name}.json")
            if info is None:
                rows[name] = []
                continue
            raw = _read_member(zf, info, min(MAX_MEMBER_BYTES, budget))
            budget -= len(raw)
            data = _load_json(raw, info.filename)
            del raw  # the bytes, their text and the parsed rows would otherwise all be alive at once
            rows[name] = _validate_table(table, data, functools.partial(report, step, len(known)))
            del data
        report(len(known), len(known))
    _check_unique(rows)
    return ExportFile(manifest, rows)


def _validate_table(table: queries.Table, data: Any, tick: Callable[[], None] = lambda: None
                    ) -> list[dict[str, Any]]:
    name = table.name
    if not isinstance(data, list):
        raise _fail(name, "not a list of rows")
    if len(data) > MAX_ROWS:
        raise ImportRefused("too_big", f"{name}: {len(data)} rows")
    columns = {c.name: c for c in table.columns}
    out = []
    for i in range(len(data)):
        raw, data[i] = data[i], None  # each parsed row is let go once checked: one copy alive, not two
        if i % 5000 == 4999:
            tick()
        where = f"{name}[{i}]"
        if not isinstance(raw, dict):
            raise _fail(where, "not a row")
        if set(raw) != set(columns):
            missing, unknown = sorted(set(columns) - set(raw)), sorted(set(raw) - set(columns))
            raise _fail(where, f"missing {missing[:3]}" if missing else f"unknown {[u[:40] for u in unknown[:3]]}")
        row = {c: _decode(col, raw[c], f"{where}.{c}") for c, col in columns.items()}
        _check_values(name, row, where)
        if _travels(name, row):  # another store's identity is never taken over
            out.append(row)
    return out


def _check_unique(rows: Mapping[str, list[dict[str, Any]]]) -> None:
    for table in tables():
        data = rows.get(table.name, [])
        key = key_column(table)
        ids = [r[key] for r in data]
        if len(set(ids)) != len(ids):
            raise _fail(table.name, "the same id appears twice")
        natural = NATURAL_KEYS.get(table.name)
        if natural:
            values = [tuple(r[c] for c in natural) for r in data]
            if len(set(values)) != len(values):
                raise _fail(table.name, f"the same {'/'.join(natural)} appears twice")


# -- planning and merging ------------------------------------------------------------
@dataclass
class TableChange:
    added: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class ImportPlan:
    """What an import would do; ``counts()`` is the dry run shown to the user.

    ``clamped``: per table, the keys of rows stamped in the future that are
    added with the import time as their change time; ``kept_future``: those
    that were not allowed to replace the store's row (see ``plan_import``).
    """

    changes: dict[str, TableChange]
    clamped: dict[str, list[Any]] = field(default_factory=dict)
    kept_future: dict[str, list[Any]] = field(default_factory=dict)

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """table -> (added, updated, unchanged)."""
        return {t: (len(c.added), len(c.updated), c.unchanged) for t, c in self.changes.items()}

    def total_changes(self) -> int:
        return sum(len(c.added) + len(c.updated) for c in self.changes.values())

    def future_count(self) -> int:
        """How many rows of the file had a change time in the future."""
        return sum(map(len, self.clamped.values())) + sum(map(len, self.kept_future.values()))


def plan_import(store: Store, export: ExportFile, now: dt.datetime | None = None,
                report: Report = _no_report) -> ImportPlan:
    """Compare a validated export with the store; nothing is written.

    Rows are merged by newest ``updated_at``, but a change time later than
    ``now`` (the import time) plus ``FUTURE_TOLERANCE`` says nothing about when
    the row was changed (a clock ahead, a hostile file) and would otherwise win
    every later merge. So:

    - an incoming row stamped in the future is added if the store lacks it,
      with ``now`` as its change time; it never replaces a row of the store
      whose stamp is believable (re-importing the same file after a local edit
      keeps the edit);
    - a row of the store stamped in the future is replaced by any incoming row
      with a believable stamp (the store's own later edits get believable stamps);
    - when both are in the future the store's row is kept; between two
      believable stamps the newer wins, as always.
    """
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    limit = now + FUTURE_TOLERANCE
    plan = ImportPlan({})
    remap: dict[str, dict[str, str]] = {}  # table -> incoming id -> local id
    changes = plan.changes
    local, by_natural_key = queries.merge_basis(store, NATURAL_KEYS)
    schema = tables()
    for step, table in enumerate(schema):
        report(step, len(schema))
        name, key = table.name, key_column(table)
        incoming = [_remapped(table, r, remap) for r in export.rows.get(name, [])]
        natural = NATURAL_KEYS.get(name)
        if natural:
            by_natural = by_natural_key[name]
            for i, row in enumerate(incoming):
                match = by_natural.get(tuple(row[c] for c in natural))
                if match is not None and match != row["id"]:
                    remap.setdefault(name, {})[row["id"]] = match
                    incoming[i] = {**row, "id": match}  # the export's rows are left as they were read
        change = TableChange()
        for row in incoming:
            mine = local[name].get(row[key])
            future = row["updated_at"] > limit
            if mine is None:
                if future:
                    row = {**row, "updated_at": now}
                    plan.clamped.setdefault(name, []).append(row[key])
                change.added.append(row)
            elif future:
                change.unchanged += 1
                plan.kept_future.setdefault(name, []).append(row[key])
            elif mine > limit or row["updated_at"] > mine:
                change.updated.append(row)
            else:
                change.unchanged += 1
        changes[name] = change
    _check_references(export, changes, local, remap)
    report(len(schema), len(schema))
    return plan


def _remapped(table: queries.Table, row: dict[str, Any], remap: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """The row with its references to remapped rows changed (a copy only when one changes)."""
    for ref in table.references:
        target = remap.get(ref.table)
        if target and row.get(ref.column) in target:
            row = {**row, ref.column: target[row[ref.column]]}
    return row


def _check_references(export, changes, local, remap) -> None:
    present = {
        t.name: set(local[t.name]) | {r[key_column(t)] for r in changes[t.name].added}
        for t in tables()
    }
    for table in tables():
        change = changes[table.name]
        for row in change.added + change.updated:
            for ref in table.references:
                value = row.get(ref.column)
                if value is not None and value not in present[ref.table]:
                    raise ImportRefused(
                        "invalid", f"{table.name} {row.get('id')}: {ref.column} points to nothing"
                    )


@dataclass
class ImportUndo:
    """What ``undo_import`` needs: the keys added and the previous values of rows replaced."""

    added: dict[str, list[Any]] = field(default_factory=dict)
    replaced: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def apply_import(store: Store, plan: ImportPlan) -> ImportUndo:
    """Write the plan in ONE transaction (all or nothing); return what undoes it."""
    changes = [(t.name, c.added, c.updated) for t in tables() if (c := plan.changes.get(t.name)) is not None]
    try:
        added, replaced = queries.merge(store, changes)
    except queries.Conflict as exc:
        raise ImportRefused("conflict", str(exc)) from None
    return ImportUndo(added, replaced)


def undo_import(store: Store, undo: ImportUndo) -> None:
    """Put the store back as it was before ``apply_import`` (one transaction)."""
    queries.unmerge(store, undo.added, undo.replaced)


def import_plan(store: Store, plan: ImportPlan) -> Applied:
    """File > Import as a named operation: the rows it added or replaced, table by table, and
    the operation that takes them back (whose own undo applies the plan again)."""

    def apply() -> Applied:
        undo = apply_import(store, plan)
        change = Change()
        for table in tables():
            keys = [str(k) for k in undo.added.get(table.name, [])]
            key = key_column(table)
            keys += [str(row[key]) for row in undo.replaced.get(table.name, [])]
            if keys:
                change = change | Change.of(table.name, keys)

        def revert() -> Applied:
            undo_import(store, undo)
            return Applied(change, apply)

        return Applied(change, revert, undo)

    return apply()


def import_file(store: Store, path: Path, dry_run: bool = False) -> dict[str, tuple[int, int, int]]:
    """Read, validate, plan and (unless ``dry_run``) apply an export file."""
    plan = plan_import(store, read_export(read_limited(path)))
    if not dry_run:
        apply_import(store, plan)
    return plan.counts()


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing a file over the size limit before reading it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused("too_big", f"{size} bytes")
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportRefused("damaged", str(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("too_big", f"{len(data)} bytes")
    return data
