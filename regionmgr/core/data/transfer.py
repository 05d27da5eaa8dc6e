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

import contextlib
import datetime as dt
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from regionmgr.core import atomic
from regionmgr.core.changes import Applied, Change
from regionmgr.core.data import json_stream
from regionmgr.core.data.export_rows import (
    ImportRefused,
    check_row,
    decode_value,
    encode_value,
    refuse_row,
)
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
MAX_MEMBERS = 64
# Clocks of two laptops differ a little: a change time this far past the import time is still believed.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)

# Unique keys besides the id, used to recognise the same row made on two laptops.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "country": ("code",),
    "meeting_series": ("uid",),
    "meeting_skip": ("series_id", "on_date"),
}


def tables() -> list[queries.Table]:
    """Every table of the schema, parents before children."""
    return list(queries.schema())


def key_column(table: queries.Table) -> str:
    return table.key


# -- export --------------------------------------------------------------------------
# Settings that belong to this store alone and never travel: its identity (backups are matched
# to their store by it; importing another store's id would make its copies look like ours).
LOCAL_SETTINGS = frozenset({STORE_ID_KEY})


def _travels(name: str, row: Mapping[str, Any]) -> bool:
    return not (name == "setting" and row.get("key") in LOCAL_SETTINGS)


def export_data(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as JSON-ready dicts (sorted by key, for stable files); the
    store's own identity is left out."""
    return {name: [{k: encode_value(v) for k, v in row.items()} for row in rows if _travels(name, row)]
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
# The rows are never all held: ``read_export`` checks every row as it streams by and keeps only the
# file's bytes (compressed, a few MiB for 100k tasks); planning and writing read the rows again.
_DECODER = json.JSONDecoder(object_pairs_hook=lambda pairs: _no_duplicate_keys(pairs),
                            parse_constant=lambda name: _reject_constant(name))
Report = Callable[[int, int], None]  # (done, total); may raise to cancel


def _no_report(_done: int, _total: int) -> None:
    return None


@dataclass
class ExportFile:
    """A fully validated export: its manifest, its bytes and each table's row count. ``rows``
    (table -> rows) and ``stream`` read the rows again from the bytes, one at a time."""

    manifest: dict[str, Any]
    payload: bytes
    counts: dict[str, int]

    @property
    def rows(self) -> Mapping[str, Iterable[dict[str, Any]]]:
        return {name: _TableRows(self, name) for name in self.counts}

    def stream(self, name: str, only: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
        """The rows of table ``name`` that travel (``only``: just those columns decoded)."""
        with _refusing(), zipfile.ZipFile(io.BytesIO(self.payload)) as zf:
            table = next(t for t in tables() if t.name == name)
            try:
                info = zf.getinfo(f"tables/{name}.json")
            except KeyError:
                return
            yield from _rows(zf, info, table, MAX_MEMBER_BYTES, only)


@dataclass
class _TableRows:
    export: ExportFile
    name: str

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self.export.stream(self.name)


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


@contextlib.contextmanager
def _refusing() -> Iterator[None]:
    """Whatever a damaged zip or text raises, as an ImportRefused."""
    try:
        yield
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:  # RuntimeError: a member claims to be encrypted
        raise ImportRefused("damaged", str(exc)) from None
    except RecursionError:
        raise ImportRefused("invalid", "nested too deeply") from None
    except (ValueError, TypeError, KeyError, OverflowError, MemoryError) as exc:  # zipfile/zlib oddities
        raise ImportRefused("damaged", f"{type(exc).__name__}: {exc}") from None


def _rows(zf: zipfile.ZipFile, info: zipfile.ZipInfo, table: queries.Table, limit: int,
          only: Collection[str] | None = None, counted: list[int] | None = None) -> Iterator[dict[str, Any]]:
    """Each checked row of a table's member, streamed (``counted``: gets the bytes read)."""
    name = table.name
    if info.file_size > limit:
        raise ImportRefused("too_big", f"{info.filename}: {info.file_size} bytes")
    columns = {c.name: c for c in table.columns}
    wanted = columns if only is None else {c: columns[c] for c in only}
    with zf.open(info) as fh:
        counter = _Counted(fh)
        stream = json_stream.items(counter, limit, _DECODER)
        i = -1
        try:
            for i, raw in enumerate(stream):
                if i >= MAX_ROWS:
                    raise ImportRefused("too_big", f"{name}: more than {MAX_ROWS} rows")
                where = f"{name}[{i}]"
                if not isinstance(raw, dict):
                    raise refuse_row(where, "not a row")
                if raw.keys() != columns.keys():
                    missing, unknown = sorted(set(columns) - set(raw)), sorted(set(raw) - set(columns))
                    later = queries.LATER_COLUMNS.get(name, {})
                    if unknown or not set(missing) <= later.keys():
                        raise refuse_row(where, f"missing {[m for m in missing if m not in later][:3]}"
                                         if missing else f"unknown {[u[:40] for u in unknown[:3]]}")
                    raw = {**{c: later[c] for c in missing}, **raw}  # made before those columns
                row = {c: decode_value(col, raw[c], f"{where}.{c}") for c, col in wanted.items()}
                if only is None:
                    check_row(name, row, where)
                if _travels(name, raw):  # another store's identity is never taken over
                    yield row
        except json_stream.NotAList:
            raise refuse_row(name, "not a list of rows") from None
        except json_stream.TooLong as exc:
            raise ImportRefused("too_big", f"{info.filename}: {exc}") from None
        except RecursionError:
            raise ImportRefused("invalid", f"{info.filename}: nested too deeply") from None
        except ValueError as exc:  # UnicodeDecodeError, JSONDecodeError, a duplicate key, NaN
            raise ImportRefused("damaged", f"{info.filename} after row {i + 1}: {exc}") from None
        if counted is not None:
            counted.append(counter.count)


class _Counted:
    """A reader that counts the bytes it hands out."""

    def __init__(self, fh: IO[bytes]):
        self.fh, self.count = fh, 0

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.count += len(data)
        return data


def read_export(payload: bytes, report: Report = _no_report) -> ExportFile:
    """Parse and fully validate an export file's bytes, one row at a time (the rows are not kept).
    Raises ImportRefused only (or what ``report`` raises: it is called after each table and every
    few thousand rows)."""
    with _refusing():
        return _read_export(payload, report)


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
        schema = manifest.get("schema", SCHEMA_VERSION)
        if not isinstance(schema, int) or isinstance(schema, bool):
            raise ImportRefused("invalid", "manifest.json: schema")
        if schema > SCHEMA_VERSION:  # rows with columns this version doesn't know
            raise ImportRefused("version", f"{version}.{schema}")
        known = {t.name: t for t in tables()}
        allowed = {"manifest.json"} | {f"tables/{n}.json" for n in known}
        extra = sorted(set(names) - allowed)
        if extra:
            raise ImportRefused("invalid", f"unexpected member {extra[0][:80]!r}")
        counts: dict[str, int] = {}
        budget = MAX_TOTAL_BYTES
        for step, (name, table) in enumerate(known.items()):
            report(step, len(known))
            info = by_name.get(f"tables/{name}.json")
            counts[name] = 0
            if info is None:
                continue
            ids: set[Any] = set()
            natural = NATURAL_KEYS.get(name)
            seen: set[tuple] = set()
            limit, counted = min(MAX_MEMBER_BYTES, budget), list[int]()
            for n, row in enumerate(_rows(zf, info, table, limit, counted=counted), 1):
                if n % 5000 == 0:
                    report(step, len(known))
                key = row[table.key]
                if key in ids:
                    raise refuse_row(name, "the same id appears twice")
                ids.add(key)
                if natural:
                    value = tuple(row[c] for c in natural)
                    if value in seen:
                        raise refuse_row(name, f"the same {'/'.join(natural)} appears twice")
                    seen.add(value)
                counts[name] = n
            budget -= counted[0]  # the real bytes, not the zip's claim
        report(len(known), len(known))
    return ExportFile(manifest, payload, counts)


# -- planning and merging ------------------------------------------------------------
@dataclass
class TableChange:
    """The keys (as the store will hold them) of the rows an import adds and replaces."""

    added: set[Any] = field(default_factory=set)
    updated: set[Any] = field(default_factory=set)
    unchanged: int = 0


@dataclass
class ImportPlan:
    """What an import would do; ``counts()`` is the dry run shown to the user.

    ``clamped``: per table, the keys of rows stamped in the future that are
    added with the import time as their change time; ``kept_future``: those
    that were not allowed to replace the store's row (see ``plan_import``).
    The rows themselves are read from ``export`` again when the plan is applied.
    """

    changes: dict[str, TableChange]
    clamped: dict[str, list[Any]] = field(default_factory=dict)
    kept_future: dict[str, list[Any]] = field(default_factory=dict)
    export: ExportFile | None = None
    now: dt.datetime | None = None
    remap: dict[str, dict[Any, Any]] = field(default_factory=dict)  # table -> incoming id -> local id

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """table -> (added, updated, unchanged)."""
        return {t: (len(c.added), len(c.updated), c.unchanged) for t, c in self.changes.items()}

    def total_changes(self) -> int:
        return sum(len(c.added) + len(c.updated) for c in self.changes.values())

    def future_count(self) -> int:
        """How many rows of the file had a change time in the future."""
        return sum(map(len, self.clamped.values())) + sum(map(len, self.kept_future.values()))


def _incoming(export: ExportFile, table: queries.Table, remap: dict[str, dict[Any, Any]],
              natural_ids: Mapping[str, Mapping[tuple, Any]] | None = None,
              only: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
    """The table's rows as the store would take them: references to remapped rows changed, and a
    row given our id when it is one of ours. ``natural_ids`` (planning): ours by natural key, each
    match recorded in ``remap``; without it (writing) the ids ``remap`` already holds."""
    natural = NATURAL_KEYS.get(table.name) if natural_ids is not None else None
    for row in export.stream(table.name, only):
        row = _remapped(table, row, remap)
        if natural and natural_ids is not None:
            match = natural_ids[table.name].get(tuple(row[c] for c in natural))
            if match is not None and match != row["id"]:
                remap.setdefault(table.name, {})[row["id"]] = match
                row["id"] = match
        elif row.get("id") in remap.get(table.name, {}):
            row["id"] = remap[table.name][row["id"]]
        yield row


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
    plan = ImportPlan({}, export=export, now=now)
    local, by_natural_key = queries.merge_basis(store, NATURAL_KEYS)
    schema = tables()
    pending: list[tuple[str, Any, str, str, Any]] = []  # references to rows not seen yet
    for step, table in enumerate(schema):
        report(step, len(schema))
        name, key = table.name, key_column(table)
        only = {key, "updated_at", *NATURAL_KEYS.get(name, ()), *(r.column for r in table.references)}
        change = plan.changes[name] = TableChange()
        mine_of, added = local[name], change.added
        for n, row in enumerate(_incoming(export, table, plan.remap, by_natural_key, only), 1):
            if n % 5000 == 0:
                report(step, len(schema))
            mine = mine_of.get(row[key])
            future = row["updated_at"] > limit
            if mine is None:
                if future:
                    plan.clamped.setdefault(name, []).append(row[key])
                added.add(row[key])
            elif future:
                change.unchanged += 1
                plan.kept_future.setdefault(name, []).append(row[key])
                continue
            elif mine > limit or row["updated_at"] > mine:
                change.updated.add(row[key])
            else:
                change.unchanged += 1
                continue
            for ref in table.references:
                value = row.get(ref.column)
                if value is not None and value not in local[ref.table] and \
                        value not in plan.changes.get(ref.table, TableChange()).added:
                    pending.append((name, row.get("id"), ref.column, ref.table, value))
    _check_references(pending, local, plan.changes)
    report(len(schema), len(schema))
    return plan


def _check_references(pending: list[tuple[str, Any, str, str, Any]], local: Mapping[str, Collection[Any]],
                      changes: Mapping[str, TableChange]) -> None:
    """Each (table, id, column, target table, value) the plan could not yet match must now point
    to a row of the store or of the import."""
    for name, rid, column, target, value in pending:
        if value not in local[target] and value not in changes[target].added:
            raise ImportRefused("invalid", f"{name} {rid}: {column} points to nothing")


def _remapped(table: queries.Table, row: dict[str, Any], remap: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """The row with its references to remapped rows changed."""
    for ref in table.references:
        target = remap.get(ref.table)
        if target and row.get(ref.column) in target:
            row[ref.column] = target[row[ref.column]]
    return row


BATCH = 1000  # rows written between two progress reports (and chances to cancel)


def _write_batches(plan: ImportPlan, report: Report
                   ) -> Iterator[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """The plan's rows, read again from the file, as (table, to add, to replace) batches."""
    export, now = plan.export, plan.now or dt.datetime.now(dt.UTC)
    total, done = plan.total_changes(), 0
    report(0, total)
    if export is None or not total:
        return
    for table in tables():
        change = plan.changes.get(table.name)
        if change is None or not (change.added or change.updated):
            continue
        key, clamped = key_column(table), set(plan.clamped.get(table.name, ()))
        new, replaced = [], []
        for row in _incoming(export, table, plan.remap):
            k = row[key]
            if k in change.added:
                if k in clamped:
                    row["updated_at"] = now
                new.append(row)
            elif k in change.updated:
                replaced.append(row)
            else:
                continue
            if len(new) + len(replaced) >= BATCH:
                yield table.name, new, replaced
                done += len(new) + len(replaced)
                new, replaced = [], []
                report(done, total)
        if new or replaced:
            yield table.name, new, replaced
            done += len(new) + len(replaced)
            report(done, total)


@dataclass
class ImportUndo:
    """What ``undo_import`` needs: the keys added and the previous values of rows replaced."""

    added: dict[str, list[Any]] = field(default_factory=dict)
    replaced: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def apply_import(store: Store, plan: ImportPlan, report: Report = _no_report) -> ImportUndo:
    """Write the plan in ONE transaction (all or nothing), reading its rows again from the file;
    ``report(done, total)`` after each batch of rows (what it raises rolls everything back and
    is raised again). Return what undoes it."""
    try:
        added, replaced = queries.merge(store, _write_batches(plan, report))
    except queries.Conflict as exc:
        raise ImportRefused("conflict", str(exc)) from None
    return ImportUndo(added, replaced)


def undo_import(store: Store, undo: ImportUndo) -> None:
    """Put the store back as it was before ``apply_import`` (one transaction)."""
    queries.unmerge(store, undo.added, undo.replaced)


def import_plan(store: Store, plan: ImportPlan, report: Report = _no_report) -> Applied:
    """File > Import as a named operation: the rows it added or replaced, table by table, and
    the operation that takes them back (whose own undo applies the plan again)."""

    def apply(report: Report = _no_report) -> Applied:
        undo = apply_import(store, plan, report)
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

    return apply(report)


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
