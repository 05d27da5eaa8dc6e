"""Undoable edits over the generic row operations in ``regionmgr.core.ops``.

Each command is an ``OpCommand`` over one core operation; it refreshes the views from the
``Change`` the operation returns. Feature rooms build their own from their named operations
with ``ctx.run(text, operation)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QAction, QUndoCommand

from regionmgr.core import ops
from regionmgr.core.changes import Applied
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


class StepActions(QObject):
    """Edit > Undo and Redo over the one history of every page.

    The hint names the step that will be undone and, when it was made on another page than the
    one shown, that page ("Undo Add Iceland (Countries)"), or "(all pages)" for an import;
    triggering shows that page first, then undoes, so the user sees what changes. One history
    (rather than one per page) because the pages share one store: a step on one page often
    depends on an earlier one on another (a task, then time logged on it).
    """

    def __init__(self, ctx: AppContext, parent: QObject, *, current_page: Callable[[], str | None],
                 show_page: Callable[[str], None], page_title: Callable[[str], str],
                 page_shown: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_page, self._show_page, self._page_title = current_page, show_page, page_title
        self.undo_action = QAction(self.tr("&Undo"), parent)
        self.redo_action = QAction(self.tr("&Redo"), parent)
        for action in (self.undo_action, self.redo_action):  # the palette finds it by this too
            action.setProperty("palette_name", action.text())
        self.undo_action.triggered.connect(lambda: self.step(undo=True))
        self.redo_action.triggered.connect(lambda: self.step(undo=False))
        stack = ctx.undo_stack
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged,
                       stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.refresh)
        if page_shown is not None:
            page_shown.connect(self._page_shown)
        ctx.set_page(current_page())
        self.refresh()

    def _page_shown(self, key: str) -> None:
        self.ctx.set_page(key)
        self.refresh()

    def next_step(self, undo: bool) -> QUndoCommand | None:
        stack = self.ctx.undo_stack
        if not shiboken6.isValid(stack):  # the context is going away (its stack signals as it goes)
            return None
        if not (stack.canUndo() if undo else stack.canRedo()):
            return None
        return stack.command(stack.index() - 1 if undo else stack.index())

    def where(self, command: QUndoCommand) -> str:
        """The page to name in the hint: "" when it is the one shown (or not known)."""
        if getattr(command, "everywhere", False):
            return self.tr("all pages")
        page = getattr(command, "page", None)
        if not page or page == self._current_page():
            return ""
        return self._page_title(page)

    def refresh(self) -> None:
        if not (shiboken6.isValid(self.undo_action) and shiboken6.isValid(self.redo_action)):
            return
        for action, undo in ((self.undo_action, True), (self.redo_action, False)):
            command = self.next_step(undo)
            action.setEnabled(command is not None)
            if command is None:
                action.setText(self.tr("&Undo") if undo else self.tr("&Redo"))
                continue
            text = command.text().replace("&", "&&")
            where = self.where(command)
            if undo:
                action.setText(self.tr("&Undo {0} ({1})").format(text, where) if where
                               else self.tr("&Undo {0}").format(text))
            else:
                action.setText(self.tr("&Redo {0} ({1})").format(text, where) if where
                               else self.tr("&Redo {0}").format(text))

    def step(self, undo: bool) -> None:
        """Show the page of the next step (if it has one and it isn't shown), then undo or redo it."""
        command = self.next_step(undo)
        if command is None:
            return
        page = None if getattr(command, "everywhere", False) else getattr(command, "page", None)
        if page and page != self._current_page():
            self._show_page(page)
        if undo:
            self.ctx.undo_stack.undo()
        else:
            self.ctx.undo_stack.redo()


__all__ = ["Applied", "CallCommand", "CreateCommand", "DeleteCommand", "StepActions", "UpdateCommand"]
