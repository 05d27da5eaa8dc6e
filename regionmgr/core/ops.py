"""The generic row writes every named operation is built from, and their undoable forms.

The low-level functions (``create``, ``update_many``, ``delete``, ``restore``...) commit at
once (the store syncs to disk at every commit) and return what is needed to undo them:
``update_many`` the old values, ``delete`` a ``Snapshot`` that ``restore`` puts back exactly,
children and references included.

``insert_row``, ``update_rows`` and ``delete_rows`` are the same writes as operations: each
returns an ``Applied`` (see ``core.changes``) saying which tables and ids changed and how to
revert it. The feature rooms' named operations (``core.tasks.operations`` and the like) use
them; the UI pushes those onto its undo stack and refreshes from their ``Change``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy import update as sa_update
from sqlalchemy.orm import InstrumentedAttribute

from regionmgr.core.changes import Applied, Change, reversible
from regionmgr.core.errors import ValidationError
from regionmgr.store.db import Store
from regionmgr.store.models import Base, Stamped, new_uuid

__all__ = ["ValidationError"]  # re-exported: kept importable from here

T = TypeVar("T")


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
            raise ValidationError(f"{model.__name__} {row_id} no longer exists.")
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


def _collect(session, obj: Base, snap: Snapshot, seen: set[str]) -> None:
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
            _collect(session, child, snap, seen)
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
            _collect(session, obj, snap, seen)
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


# -- the same writes as operations (what changed, and how to revert it) ----------------------
def _snapshot_change(snap: Snapshot) -> Change:
    change = Change()
    for table, values in snap.rows:
        change = change | Change.of(table, [values["id"]])
    for table, rid, _column, _value in snap.nulled:
        change = change | Change.of(table, [rid])
    return change


def insert_row(store: Store, model: type[Base], values: Mapping[str, Any]) -> Applied:
    """Insert one row (its id fixed up front, so a redo re-creates the same row)."""
    row = dict(values)
    row.setdefault("id", new_uuid())
    table = model.__tablename__
    change = Change.of(table, [row["id"]])

    def do() -> Change:
        create(store, model, row)
        return change

    def undo() -> Change:
        return _snapshot_change(delete(store, model, [row["id"]])) | change

    return reversible(do, undo, result=row["id"])


def update_rows(
    store: Store, model: type[Base], row_ids: list[str] | str, changes: Mapping[str, Any], gone: str
) -> Applied:
    """Set the same fields on one or many rows, all or nothing (``gone``: the message when some
    of them no longer exist); undo puts each row's own old values back."""
    ids = [row_ids] if isinstance(row_ids, str) else list(row_ids)
    table = model.__tablename__
    change = Change.of(table, ids)
    fields = dict(changes)

    def apply(values: Mapping[str, Any]) -> Applied:
        olds = update_many(store, model, ids, values)
        if set(ids) - set(olds):
            restore_values(store, model, olds)
            raise ValidationError(gone)

        def revert() -> Applied:
            restore_values(store, model, olds)
            return Applied(change, lambda: apply(values))

        return Applied(change, revert)

    return apply(fields)


def delete_rows(store: Store, model: type[Base], row_ids: list[str]) -> Applied:
    """Delete rows with what they own; undo puts them back with the same ids and links."""

    def apply() -> Applied:
        snap = delete(store, model, list(row_ids))
        change = _snapshot_change(snap) | Change.of(model.__tablename__, row_ids)

        def revert() -> Applied:
            restore(store, snap)
            return Applied(change, apply)

        return Applied(change, revert)

    return apply()


def new_id() -> str:
    """A new row id (ids are fixed before a create, so undo and redo name the same row)."""
    return new_uuid()


def call_pair(do_fn: Callable[[], T], undo_fn: Callable[[T], None],
              tables: Iterable[str]) -> Applied:
    """A write given as two functions (``do_fn`` returns what ``undo_fn`` needs) whose changed
    rows are not known one by one: every row of ``tables`` counts as changed."""
    change = Change.everything(tables)

    def apply() -> Applied:
        data = do_fn()

        def revert() -> Applied:
            undo_fn(data)
            return Applied(change, apply)

        return Applied(change, revert, data)

    return apply()
