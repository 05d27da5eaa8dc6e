"""The Edit menu's Undo and Redo actions over the one history (``ctx.undo_stack``).

Every step is an ``OpCommand`` over one named core operation, pushed by ``ctx.run(text,
operation)``; this module only names the steps for the user and shows their page first. It
loads no ORM: the menus are built before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QUndoCommand

from regionmgr.ui.common.context import AppContext


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


__all__ = ["StepActions"]
