"""Generic undoable row writes for tests: they drive the undo stack and the views' refresh the
way a named operation does, without a named operation for each case. The app itself never passes
model classes from the UI (it calls named core operations)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from regionmgr.core import ops
from regionmgr.ui.common.context import AppContext, OpCommand

T = TypeVar("T")


class CreateCommand(OpCommand):
    """Insert a row (its id fixed up front, so redo re-creates the same row)."""

    def __init__(self, ctx: AppContext, model: Any, values: Mapping[str, Any], text: str):
        self.values = dict(values)
        self.values.setdefault("id", ops.new_id())
        self.row_id: str = self.values["id"]
        super().__init__(ctx, text, lambda: ops.insert_row(ctx.store, model, self.values),
                         (model.__tablename__,))


class UpdateCommand(OpCommand):
    """Set the same fields on one or many rows (a bulk change is one undo step)."""

    def __init__(self, ctx: AppContext, model: Any, row_ids: list[str] | str, changes: Mapping[str, Any],
                 text: str):
        gone = QCoreApplication.translate("UpdateCommand", "The item no longer exists.")
        super().__init__(ctx, text, lambda: ops.update_rows(ctx.store, model, row_ids, changes, gone),
                         (model.__tablename__,))


class DeleteCommand(OpCommand):
    """Delete rows with what they own; undo puts them back with the same ids."""

    def __init__(self, ctx: AppContext, model: Any, row_ids: list[str], text: str):
        ids = list(row_ids)
        super().__init__(ctx, text, lambda: ops.delete_rows(ctx.store, model, ids))


class CallCommand(OpCommand, Generic[T]):
    """Any pair of functions: ``do_fn()`` returns undo data, ``undo_fn(data)`` reverts.

    What they change is not known row by row: the views of ``tables`` reload whole.
    """

    def __init__(self, ctx: AppContext, text: str, do_fn: Callable[[], T],
                 undo_fn: Callable[[T], None], tables: tuple[str, ...] = ("",)) -> None:
        super().__init__(ctx, text, lambda: ops.call_pair(do_fn, undo_fn, tables), tables)


