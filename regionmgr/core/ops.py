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
from typing import Any, TypeVar

from regionmgr.core.changes import Applied, Change, reversible
from regionmgr.core.errors import ValidationError
from regionmgr.store.db import Store
from regionmgr.store.models import Base, new_uuid
from regionmgr.store.queries.rows import (
    RowGone,
    Snapshot,
    create,
    delete,
    get,
    model_by_name,
    restore,
    restore_values,
    update_many,
)
from regionmgr.store.queries.rows import update as _update_row

__all__ = [  # the generic row writes (store.queries.rows), re-exported for the rooms' operations
    "Snapshot", "ValidationError", "create", "delete", "get", "model_by_name", "restore",
    "restore_values", "update", "update_many",
]


def update(store: Store, model: type[Base], row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``changes`` on one row; return the previous values of those fields."""
    try:
        return _update_row(store, model, row_id, changes)
    except RowGone as exc:
        raise ValidationError(str(exc)) from None

T = TypeVar("T")


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
