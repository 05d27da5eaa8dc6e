"""The "waiting for" view of the Tasks page: delegated tasks, soonest follow-up first.

Built from the task list's plain rows (no query of its own); a passed follow-up
stands out, with how many days ago the task was delegated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.listing import (
    FINISHED_CODES,
    R_COUNTRY,
    R_DELEGATED_AT,
    R_DELEGATED_TO,
    R_FOLLOW_UP,
    R_ROWID,
    R_STATUS,
    R_TITLE,
)
from regionmgr.ui.common import formats, theme
from regionmgr.ui.tasks.task_model import (
    TaskIdRole,
    TaskTableModel,
    UrgencyRole,
)


class WaitingForModel(QAbstractTableModel):
    """Delegated tasks, soonest follow-up first; a passed follow-up stands out."""

    COL_WHO, COL_TASK, COL_COUNTRY, COL_FOLLOW_UP, COL_DAYS = range(5)

    def __init__(self, tasks: TaskTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.items: list[core.WaitingItem] = []
        self._locale = QLocale()
        self.active = False  # refreshed on the task list's resets only while shown
        tasks.modelReset.connect(self._tasks_reset)

    def _tasks_reset(self) -> None:
        if self.active:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.tasks.ctx
        now = ctx.now()
        rows = [(self.tasks.id_of(r[R_ROWID]), r[R_TITLE], self.tasks.country_code(r[R_COUNTRY]), r[R_DELEGATED_TO], r[R_FOLLOW_UP],
                 r[R_DELEGATED_AT]) for r in self.tasks.all_rows()
                if r[R_DELEGATED_TO] and r[R_STATUS] not in FINISHED_CODES]
        self.beginResetModel()
        self.items = core.waiting_items(rows, now.astimezone(ctx.zone).date(), now)
        self.endResetModel()

    def row_of(self, task_id: str) -> int:
        """The row listing task ``task_id``; -1 when it is not waiting."""
        return next((i for i, item in enumerate(self.items) if item.task_id == task_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return [self.tr("Waiting for"), self.tr("Task"), self.tr("Country"), self.tr("Follow up on"),
                self.tr("Delegated")][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, col = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_WHO:
                return item.delegated_to
            if col == self.COL_TASK:
                return item.title
            if col == self.COL_COUNTRY:
                return item.country
            if col == self.COL_FOLLOW_UP:
                if item.follow_up_on is None:
                    return self.tr("no date")
                d = item.follow_up_on
                text = formats.date_text(d, locale=self._locale)
                return self.tr("{0} (passed)").format(text) if item.follow_up_passed else text
            if item.days_delegated is None:
                return ""
            return self.tr("%n day(s) ago", "", item.days_delegated)
        if role == Qt.ItemDataRole.BackgroundRole and item.follow_up_passed:
            return QBrush(theme.tint("overdue"))
        if role == Qt.ItemDataRole.ForegroundRole and item.follow_up_passed and col == self.COL_FOLLOW_UP:
            return QBrush(theme.ink("error"))
        if role == TaskIdRole:
            return item.task_id
        if role == UrgencyRole:
            return "overdue" if item.follow_up_passed else ""
        return None

