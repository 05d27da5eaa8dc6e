"""Undoable edits over the generic operations in ``regionmgr.core.ops``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from regionmgr.core import ops
from regionmgr.store.models import Base, new_uuid
from regionmgr.ui.common.context import AppContext, StoreCommand


class CreateCommand(StoreCommand):
    """Insert a row (its id fixed up front, so redo re-creates the same row)."""

    def __init__(self, ctx: AppContext, model: type[Base], values: Mapping[str, Any], text: str):
        super().__init__(ctx, text)
        self.model = model
        self.values = dict(values)
        self.values.setdefault("id", new_uuid())
        self.row_id: str = self.values["id"]
        self.tables = (model.__tablename__,)

    def do(self) -> object:
        return ops.create(self.ctx.store, self.model, self.values)

    def undo_with(self, data: object) -> None:
        ops.delete(self.ctx.store, self.model, [self.row_id])


class UpdateCommand(StoreCommand):
    """Set the same fields on one or many rows (a bulk change is one undo step)."""

    def __init__(
        self,
        ctx: AppContext,
        model: type[Base],
        row_ids: list[str] | str,
        changes: Mapping[str, Any],
        text: str,
    ):
        super().__init__(ctx, text)
        self.model = model
        self.row_ids = [row_ids] if isinstance(row_ids, str) else list(row_ids)
        self.changes = dict(changes)
        self.tables = (model.__tablename__,)

    def do(self) -> object:
        olds = ops.update_many(self.ctx.store, self.model, self.row_ids, self.changes)
        missing = set(self.row_ids) - set(olds)
        if missing:
            raise ops.ValidationError(QCoreApplication.translate("UpdateCommand", "The item no longer exists."))
        return olds

    def undo_with(self, data: object) -> None:
        ops.restore_values(self.ctx.store, self.model, data)  # type: ignore[arg-type]


class DeleteCommand(StoreCommand):
    """Delete rows with what they own; undo puts them back with the same ids."""

    def __init__(self, ctx: AppContext, model: type[Base], row_ids: list[str], text: str):
        super().__init__(ctx, text)
        self.model = model
        self.row_ids = list(row_ids)
        self.tables = ("",)  # children and references elsewhere change too

    def do(self) -> object:
        return ops.delete(self.ctx.store, self.model, self.row_ids)

    def undo_with(self, data: object) -> None:
        ops.restore(self.ctx.store, data)  # type: ignore[arg-type]


class CallCommand(StoreCommand):
    """Any pair of functions: ``do_fn()`` returns undo data, ``undo_fn(data)`` reverts."""

    def __init__(self, ctx: AppContext, text: str, do_fn, undo_fn, tables: tuple[str, ...] = ("",)):
        super().__init__(ctx, text)
        self._do_fn = do_fn
        self._undo_fn = undo_fn
        self.tables = tables

    def do(self) -> object:
        return self._do_fn()

    def undo_with(self, data: object) -> None:
        self._undo_fn(data)
