"""The SQL of whole-store transfers: the schema as plain descriptions, every row for an export,
what an import is compared with, the import's one-transaction merge and its undo, and the
sample region's rows.

``core.data.transfer`` keeps the rules (the file format, what a valid row is, what an import
changes); ``core.data.sample`` what the sample holds. Rows go in and out as dicts of Python
values (instants aware UTC, dates, times), as the column types read and write them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, Time, select, text
from sqlalchemy import update as sa_update
from sqlalchemy.exc import IntegrityError

from regionmgr.store.db import Store
from regionmgr.store.models import Base, UTCDateTime


class Conflict(Exception):
    """The store refused a merge (a unique or reference constraint); nothing was written.
    ``str()`` is the database's message."""


# -- the schema as plain values -----------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # instant | bool | int | float | wall | date | time | text | other
    length: int | None  # text: the column's limit (None: unbounded)
    nullable: bool
    primary_key: bool
    type_name: str  # the column type's repr (for a schema guard's message)


@dataclass(frozen=True)
class Reference:
    column: str  # the referring column
    table: str  # the table referred to


@dataclass(frozen=True)
class Table:
    name: str
    key: str  # "id", or "key" for settings
    columns: tuple[Column, ...]
    references: tuple[Reference, ...]


def _kind(kind: Any) -> str:
    if isinstance(kind, UTCDateTime):
        return "instant"
    for cls, name in ((Boolean, "bool"), (Integer, "int"), (Float, "float"), (DateTime, "wall"),
                      (Date, "date"), (Time, "time"), (String | Text, "text")):
        if isinstance(kind, cls):
            return name
    return "other"


# Columns added after a schema version, with the value a row made before them takes (as the
# export file writes it). An export from an older version lacks them; they get these values.
LATER_COLUMNS: dict[str, dict[str, object]] = {
    "task": {"channel": "", "parked_at": None, "requested_due_on": None, "deadline_agreed_on": None,
             "deadline_note": "", "recurrence": ""},
    "meeting_series": {"invite_agenda": False},
    "meeting_skip": {"moved_to": None, "moved_minutes": None},
}


@lru_cache(maxsize=1)
def schema() -> tuple[Table, ...]:
    """Every table of the schema, parents before children."""
    out = []
    for table in Base.metadata.sorted_tables:
        columns = tuple(
            Column(c.name, _kind(c.type), getattr(c.type, "length", None) or None, bool(c.nullable),
                   bool(c.primary_key), repr(c.type))
            for c in table.columns
        )
        refs = tuple(Reference(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
        out.append(Table(table.name, "id" if "id" in table.c else "key", columns, refs))
    return tuple(out)


def _table(name: str):
    return Base.metadata.tables[name]


# -- reads --------------------------------------------------------------------------------------
def all_rows(store: Store) -> Iterator[tuple[str, Iterable[Mapping[Any, Any]]]]:
    """Each table's name and its rows sorted by key, read in one session: consume each table's
    rows before asking for the next table."""
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            key = "id" if "id" in table.c else "key"
            yield table.name, session.execute(select(table).order_by(table.c[key])).mappings()


def merge_basis(store: Store, natural: Mapping[str, Sequence[str]]
                ) -> tuple[dict[str, dict[Any, dt.datetime]], dict[str, dict[tuple, str]]]:
    """What an import is compared with, read in one session: per table, each row's key -> its
    ``updated_at``; and per table of ``natural`` (table -> columns), the natural key -> the id."""
    local: dict[str, dict[Any, dt.datetime]] = {}
    by_natural: dict[str, dict[tuple, str]] = {}
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            key = "id" if "id" in table.c else "key"
            local[table.name] = dict(session.execute(select(table.c[key], table.c.updated_at)).all())
        for name, columns in natural.items():
            table = _table(name)
            cols = [table.c[c] for c in columns]
            by_natural[name] = {tuple(r[1:]): r[0] for r in session.execute(select(table.c.id, *cols)).all()}
    return local, by_natural


# -- the merge and its undo ---------------------------------------------------------------------
def _defer_foreign_keys(session) -> None:
    """Check references at COMMIT, not row by row (a tranche may come before its parent).

    The pragma only lasts for the open transaction, and the sqlite3 module opens
    one lazily before the first write: a no-op UPDATE opens it first.
    """
    session.execute(text("UPDATE setting SET key = key WHERE 0"))
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    if session.execute(text("PRAGMA defer_foreign_keys")).scalar() != 1:  # pragma: no cover - guard
        raise RuntimeError("could not defer foreign key checks")


def merge(store: Store, changes: Iterable[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]
          ) -> tuple[dict[str, list[Any]], dict[str, list[dict[str, Any]]]]:
    """Write ``changes`` ((table, rows to add, rows to replace) batches, parents first; a table may
    come in several batches, read as they are written) in ONE transaction, references checked at
    commit; return the keys added and the replaced rows' previous values, per table. Raises
    ``Conflict`` (nothing written) when the store refuses it; whatever ``changes`` raises while
    it is read rolls everything back too and is raised again."""
    added: dict[str, list[Any]] = {}
    replaced: dict[str, list[dict[str, Any]]] = {}
    try:
        with store.write() as session:
            _defer_foreign_keys(session)
            for name, new_rows, updated in changes:
                table = _table(name)
                key = "id" if "id" in table.c else "key"
                if new_rows:
                    session.execute(table.insert(), new_rows)
                    added.setdefault(name, []).extend(r[key] for r in new_rows)
                olds = replaced.setdefault(name, [])
                for row in updated:
                    old = session.execute(select(table).where(table.c[key] == row[key])).mappings().one()
                    olds.append(dict(old))
                    session.execute(sa_update(table).where(table.c[key] == row[key]).values(**row))
    except IntegrityError as exc:
        raise Conflict(str(exc.orig)) from None
    return added, replaced


def unmerge(store: Store, added: Mapping[str, list[Any]], replaced: Mapping[str, list[dict[str, Any]]]) -> None:
    """Undo ``merge`` (one transaction): the replaced rows' old values back, the added rows removed."""
    with store.write() as session:
        _defer_foreign_keys(session)
        # Replaced rows first: they may point at added rows whose delete would cascade to them.
        for table in Base.metadata.sorted_tables:
            key = "id" if "id" in table.c else "key"
            for old in replaced.get(table.name, []):
                session.execute(sa_update(table).where(table.c[key] == old[key]).values(**old))
        for table in reversed(Base.metadata.sorted_tables):
            key = "id" if "id" in table.c else "key"
            ids = added.get(table.name, [])
            for start in range(0, len(ids), 500):
                session.execute(table.delete().where(table.c[key].in_(ids[start:start + 500])))


# -- whole rows, written in order (the sample region) -------------------------------------------
@lru_cache(maxsize=1)
def _models() -> dict[str, type]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}


def add_rows(store: Store, batches: Sequence[Sequence[tuple[str, Mapping[str, Any]]]],
             done: Callable[[int], None] = lambda _n: None) -> None:
    """Add every (table, values) row of every batch, in order, in ONE transaction (columns not
    given take their defaults); ``done(n)`` after the n-th batch (1-based)."""
    models = _models()
    with store.write() as session:
        for n, batch in enumerate(batches, 1):
            for name, values in batch:
                session.add(models[name](**values))
            session.flush()
            done(n)
