"""What every page and dialog is given: the store, the undo stack, the clock and the user's zone.

Passed explicitly to each widget that needs it (no global). Every write is a core operation
that returns an ``Applied`` (what changed, and how to revert it); ``run`` pushes it onto the
undo stack and emits ``changed`` with its ``Change``. Views reload from that: ``changed``
carries the tables and ids, ``data_changed`` the table names alone for pages that reload whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import ValidationError
from regionmgr.core.storage import Store, failure_kind
from regionmgr.ui.common import formats
from regionmgr.ui.common.settings_values import read_zone


def system_zone_name() -> str:
    """The IANA name of this computer's zone, or UTC if it can't be told."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class AppContext(QObject):
    changed = Signal(object)  # a core.changes.Change: the tables and ids a write touched
    data_changed = Signal(str)  # each table name of that Change ("task", "country"...); "" = all
    zone_changed = Signal(str)
    error_raised = Signal(str)  # a message for the user: a write failed, nothing was lost

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        clock: Callable[[], dt.datetime] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo_stack = QUndoStack(self)  # one history for every page; each step knows its page
        self.page: str | None = None  # the page the user is on (the shell sets it); steps remember it
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._zone = read_zone(settings, "zone/current", "") or system_zone_name()  # a bad value: the system's
        formats.follow_clock(lambda: self.now().astimezone(self.zone))  # "this year" in the dates shown

    # -- time --------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """Current instant, aware, UTC (tests give a fixed clock)."""
        return self._clock()

    @property
    def zone(self) -> ZoneInfo:
        """The zone the user is in now (set from the status bar while travelling)."""
        return ZoneInfo(self._zone)

    @property
    def zone_name(self) -> str:
        return self._zone

    def set_zone(self, name: str) -> None:
        ZoneInfo(name)  # raises for an unknown zone
        if name != self._zone:
            self._zone = name
            self.settings.setValue("zone/current", name)
            self.zone_changed.emit(name)

    # -- edits -------------------------------------------------------------------
    def notify(self, change: Change) -> None:
        """Tell every view what a write changed (``changed``, then ``data_changed`` per table)."""
        self.changed.emit(change)
        for table in sorted(change.tables):
            self.data_changed.emit(table)

    def set_page(self, key: str | None) -> None:
        """Where the user is now: the steps pushed from here on are undone on that page."""
        self.page = key or None

    def run(self, text: str, operation: Callable[[], Applied], *, everywhere: bool = False) -> Applied | None:
        """Apply a core operation now (saved at once) and make it undoable as ``text``.

        The step belongs to the page the user is on (undoing it from another page shows that
        page first); ``everywhere`` (an import, anything that touches every page) belongs to none.
        Returns its outcome, or None when it failed (``error_raised`` then says why and the
        views reload the saved state).
        """
        command = OpCommand(self, text, operation, everywhere=everywhere)
        return command.outcome if self.push(command) else None

    def push(self, command: OpCommand) -> bool:
        """Apply an edit now (saved at once), then make it undoable.

        If the write fails (bad input, full disk, read-only folder), nothing is
        pushed, ``error_raised`` says why, and the views reload the saved state.
        """
        try:
            command.apply()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            self.report_failure(exc, command.tables)
            return False
        self.undo_stack.push(command)
        return True

    def report_failure(self, exc: Exception, tables: tuple[str, ...] = ("",)) -> None:
        self.error_raised.emit(self.describe_error(exc))
        self.notify(Change.everything(tables))

    def describe_error(self, exc: Exception) -> str:
        if isinstance(exc, ValidationError):
            return exc.translated(QCoreApplication.translate)
        kind = failure_kind(exc)
        if kind == "full":
            return self.tr(
                "The disk is full: this change could not be saved. "
                "Everything saved before it is intact."
            )
        if kind == "read-only":
            return self.tr(
                "The data folder is read-only: this change could not be saved. "
                "Everything saved before it is intact."
            )
        if kind == "io":
            return self.tr(
                "This change could not be written to the disk (it may be full, removed or failing). "
                "Everything saved before it is intact."
            )
        if kind == "store":
            return self.tr("This change could not be saved ({0}). Everything saved before it is intact.").format(
                str(exc).splitlines()[0]
            )
        return self.tr("This change could not be made: {0}").format(exc)


class OpCommand(QUndoCommand):
    """A core operation on the undo stack. Applying it gives an ``Applied``; undo runs its
    ``undo``, which gives the ``Applied`` that redo runs, and so on: each step writes, then
    the views refresh from the ``Change`` it returned.

    ``AppContext.push`` applies it before it enters the stack, so the stack's first
    ``redo()`` is skipped and a failure is caught with nothing pushed.

    ``page`` is the page the user was on when it was made (None: unknown, or ``everywhere``).
    """

    def __init__(self, ctx: AppContext, text: str, operation: Callable[[], Applied],
                 tables: tuple[str, ...] = ("",), *, everywhere: bool = False):
        super().__init__(text)
        self.tables = tables  # what to reload if a step fails ("": everything)
        self.ctx = ctx
        self.everywhere = everywhere
        self.page: str | None = None if everywhere else ctx.page
        self._next: Callable[[], Applied] = operation
        self.outcome: Applied | None = None
        self._skip_redo = False

    def apply(self) -> None:
        self._step()
        self._skip_redo = True

    def _step(self) -> None:
        outcome = self._next()
        self.outcome, self._next = outcome, outcome.undo
        self.ctx.notify(outcome.change)

    def _guarded(self) -> None:
        try:
            self._step()
        except Exception as exc:  # noqa: BLE001 - shown to the user; the views reload
            self.ctx.report_failure(exc, self.tables)
            self.setObsolete(True)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded()

    def undo(self) -> None:
        self._guarded()
