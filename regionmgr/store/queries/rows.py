"""The generic row writes of the ORM: insert, read, update, delete with everything a delete
takes along (owned children, references set to NULL) and put it back exactly.

``core.ops`` builds its undoable operations from these; no other SQL for generic rows lives
anywhere else. Each write is one transaction, synced to disk at its commit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy import update as sa_update
from sqlalchemy.orm import InstrumentedAttribute

from regionmgr.store.db import Store
from regionmgr.store.models import Base, Stamped


class RowGone(LookupError):
    """The row to change no longer exists."""


def model_by_name(name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == name or mapper.class_.__name__ == name:
            return mapper.class_
    raise KeyError(name)


def _row_id(obj: Base) -> str:
    """A row's id (the generic writes handle ``Stamped`` rows: every model but ``Setting``)."""
    if not isinstance(obj, Stamped):
        raise TypeError(f"{type(obj).__name__} rows have no id")
    return obj.id


def _id_column(model: type[Base]) -> InstrumentedAttribute[str]:
    """The ``id`` column of a ``Stamped`` model, for queries."""
    if not issubclass(model, Stamped):
        raise TypeError(f"{model.__name__} rows have no id")
    return model.id


def _columns(obj: Base) -> dict[str, Any]:
    mapper = sa_inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def create(store: Store, model: type[Base], values: Mapping[str, Any]) -> str:
    """Insert one row; return its id."""
    with store.write() as session:
        obj = model(**values)
        session.add(obj)
        session.flush()
        return _row_id(obj)


def get(store: Store, model: type[Base], row_id: str) -> dict[str, Any] | None:
    """One row's column values, or None."""
    with store.session() as session:
        obj = session.get(model, row_id)
        return None if obj is None else _columns(obj)


def update(store: Store, model: type[Base], row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``changes`` on one row; return the previous values of those fields."""
    with store.write() as session:
        obj = session.get(model, row_id)
        if obj is None:
            raise RowGone(f"{model.__name__} {row_id} no longer exists.")
        old = {key: getattr(obj, key) for key in changes}
        for key, value in changes.items():
            setattr(obj, key, value)
        return old


def update_many(
    store: Store, model: type[Base], row_ids: list[str], changes: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """The same change on many rows in one transaction; return each row's old values."""
    olds: dict[str, dict[str, Any]] = {}
    with store.write() as session:
        for obj in session.scalars(select(model).where(_id_column(model).in_(row_ids))):
            olds[_row_id(obj)] = {key: getattr(obj, key) for key in changes}
            for key, value in changes.items():
                setattr(obj, key, value)
    return olds


def restore_values(store: Store, model: type[Base], olds: Mapping[str, Mapping[str, Any]]) -> None:
    """Put back per-row values returned by ``update_many`` (undo of a bulk change)."""
    with store.write() as session:
        for row_id, values in olds.items():
            obj = session.get(model, row_id)
            if obj is not None:
                for key, value in values.items():
                    setattr(obj, key, value)


@dataclass
class Snapshot:
    """Everything a delete removed or changed, in insertion order."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (table, values)
    nulled: list[tuple[str, str, str, str]] = field(default_factory=list)  # (table, id, column, value)


def collect(session, obj: Base, snap: Snapshot, seen: set[str]) -> None:
    key = f"{obj.__tablename__}:{_row_id(obj)}"
    if key in seen:
        return
    seen.add(key)
    snap.rows.append((obj.__tablename__, _columns(obj)))
    mapper = sa_inspect(type(obj))
    for rel in mapper.relationships:
        if rel.direction.name != "ONETOMANY" or "delete-orphan" not in rel.cascade:
            continue
        for child in getattr(obj, rel.key):
            collect(session, child, snap, seen)
    # Rows elsewhere whose reference is set to NULL by this delete: note them.
    table = obj.__table__
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete == "SET NULL":
                col = fk.parent
                for (rid,) in session.execute(select(other.c.id).where(col == _row_id(obj))):
                    snap.nulled.append((other.name, rid, col.name, _row_id(obj)))


def delete(store: Store, model: type[Base], row_ids: list[str]) -> Snapshot:
    """Delete rows (and their owned children); return what ``restore`` needs to undo it."""
    snap = Snapshot()
    with store.write() as session:
        seen: set[str] = set()
        objs = [o for o in (session.get(model, rid) for rid in row_ids) if o is not None]
        for obj in objs:
            collect(session, obj, snap, seen)
        for obj in objs:
            session.delete(obj)
    return snap


def restore(store: Store, snap: Snapshot) -> None:
    """Undo a ``delete``: re-insert the rows with their ids, re-link references."""
    with store.write() as session:
        for table, values in snap.rows:
            model = model_by_name(table)
            session.add(model(**values))
            session.flush()
        for table, rid, column, value in snap.nulled:
            tbl = Base.metadata.tables[table]
            session.execute(sa_update(tbl).where(tbl.c.id == rid).values({column: value}))
