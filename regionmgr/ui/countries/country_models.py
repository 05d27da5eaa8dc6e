"""Item models of the Countries page: the region's countries, the ISO list to add from, a country's open tasks."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from regionmgr.core.countries import operations
from regionmgr.core.countries import region as core
from regionmgr.core.tasks.priority import Quadrant
from regionmgr.ui.common import formats, theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.quadrants import quadrant_hint, quadrant_title

ROOT = QModelIndex()  # the invisible root: the default ``parent`` of the model methods

ID_ROLE = Qt.ItemDataRole.UserRole
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTRY_IDS_MIME = "application/x-regionmgr-country-ids"
WORKING_COLOR = QColor("#2e9d4f")
CLOSED_COLOR = QColor("#9aa0a6")


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate (what QLocale formats)."""
    return QDate(day.year, day.month, day.day)


def dot_icon(color: QColor) -> QIcon:
    """A small round mark (working now / not working now)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)



def unknown_status() -> str:
    """A status this version doesn't know (a newer app's): the task list's word for it."""
    return QCoreApplication.translate("Status", "Unknown")

class CountryListModel(QAbstractListModel):
    """The region's countries, in their order, named in the UI language, with a working-now dot."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[core.CountryRow] = []
        self.lang = current_language()
        self._icons: dict[str, QIcon] = {}
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "country"):
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.lang = current_language()
        self.rows = core.list_countries(self.ctx.store)
        self.endResetModel()

    def refresh_clock(self) -> None:
        """Local times moved on: repaint the working-now marks."""
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def row_of(self, country_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == country_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return core.country_name(row.code, self.lang)
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            state = core.local_state(row.week, self.ctx.now())
            if role == Qt.ItemDataRole.DecorationRole:
                key = "working" if state.working else "closed"
                if key not in self._icons:
                    self._icons[key] = dot_icon(WORKING_COLOR if state.working else CLOSED_COLOR)
                return self._icons[key]
            when = formats.time_text(state.local)
            if state.working:
                return self.tr("{0} local time: working hours").format(when)
            return self.tr("{0} local time: outside working hours").format(when)
        if role == ID_ROLE:
            return row.id
        if role == CODE_ROLE:
            return row.code
        return None


    # -- reordering (drag and drop, Move up / Move down) -------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between countries, never on one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [COUNTRY_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self.rows)})
        mime = QMimeData()
        mime.setData(COUNTRY_IDS_MIME, QByteArray(json.dumps([self.rows[r].id for r in rows]).encode()))
        return mime

    def ids_in(self, mime: QMimeData) -> list[str]:
        """The ids of this list's countries carried by ``mime`` (nothing for anything else)."""
        if mime is None or not mime.hasFormat(COUNTRY_IDS_MIME):
            return []
        try:
            ids = json.loads(bytes(mime.data(COUNTRY_IDS_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        known = {r.id for r in self.rows}
        return [i for i in ids if isinstance(i, str) and i in known] if isinstance(ids, list) else []

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        return action == Qt.DropAction.MoveAction and bool(self.ids_in(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        ids = self.ids_in(data)
        if not ids or action != Qt.DropAction.MoveAction:
            return False
        self.move_countries(ids, parent.row() if parent.isValid() else row)
        # The list reloads from the store: the view must not remove the dragged rows itself.
        return False

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:  # noqa: N802
        """What QListView asks for an internal drag: one undoable reorder saved at once."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not (source_row >= 0 and source_row + count <= len(self.rows)):
            return False
        ids = [r.id for r in self.rows[source_row:source_row + count]]
        return self.move_countries(ids, destination_child)

    def move_by(self, country_id: str, step: int) -> bool:
        """Move one country ``step`` places up (negative) or down; False at either end."""
        row = self.row_of(country_id)
        target = row + step
        if row < 0 or step == 0 or not 0 <= target < len(self.rows):
            return False
        return self.move_countries([country_id], target + 1 if step > 0 else target)

    def move_countries(self, ids: Sequence[str], row: int) -> bool:
        """Put these countries before the one now at ``row`` (past the end: last), as one undo step.

        True if the order changed and was saved; nothing is pushed when it stays the same.
        """
        order = [r.id for r in self.rows]
        new_order = core.moved_order(order, ids, row)
        if new_order == order:
            return False
        moving = set(ids)
        names = ", ".join(core.country_name(r.code, self.lang) for r in self.rows if r.id in moving)
        store = self.ctx.store
        return self.ctx.run(self.tr("Move {0}").format(names),
                            lambda: operations.reorder_countries(store, new_order)) is not None


class CountryChoiceModel(QAbstractListModel):
    """Every ISO 3166 country, named in the UI language; those already in the region are disabled."""

    def __init__(self, lang: str, taken: set[str], parent: QObject | None = None):
        super().__init__(parent)
        self.rows = list(core.country_choices(lang))
        self.taken = set(taken)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        code, name = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if code in self.taken:
                return self.tr("{0} ({1}) — already in the region").format(name, code)
            return f"{name} ({code})"
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.ToolTipRole:
            return code
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()][0] in self.taken:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OpenTasksModel(QAbstractTableModel):
    """A country's open and waiting tasks, soonest due first."""

    COL_TITLE, COL_DUE, COL_STATUS = range(3)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id: str | None = None
        self.zone = "UTC"
        self.rows: list[core.OpenTask] = []
        self.unreadable = False  # some of the country's tasks could not be read (left out)
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "task", "country"):
            self.reload()

    def set_country(self, country_id: str | None, zone: str = "UTC") -> None:
        self.country_id = country_id
        self.zone = zone
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.unreadable = False
        try:
            found = (core.open_tasks(self.ctx.store, self.country_id, self.ctx.now(), self.ctx.zone_name)
                     if self.country_id else [])
            self.rows, self.unreadable = list(found), bool(getattr(found, "unreadable", 0))
        except ValueError as exc:  # a stored date that can't be read back (``store.codec.Unreadable``)
            logging.getLogger(__name__).warning("the tasks of country %s could not be read: %s", self.country_id, exc)
            self.rows, self.unreadable = [], True
        self.endResetModel()

    def notice(self) -> str:
        """What the table says about tasks it could not read ("" when none)."""
        return self.tr("Some tasks could not be read and are not shown") if self.unreadable else ""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Open task"), self.tr("Due (local)"), self.tr("Status")][section]
        return None

    def _due_text(self, task: core.OpenTask) -> str:
        if task.due_at is None:
            return ""
        local = task.due_at.astimezone(ZoneInfo(task.due_tz or self.zone))
        return formats.date_text(local.date())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        task = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return task.title
            if col == self.COL_DUE:
                return self._due_text(task)
            if col == self.COL_STATUS:
                if task.status == "waiting":
                    return self.tr("Waiting on {0}").format(task.delegated_to) if task.delegated_to else self.tr("Waiting")
                if task.status != "open":  # a newer app's status: shown as such, never hidden
                    return unknown_status()
                if task.placement is not None:  # the Priorities matrix's own word for it
                    return quadrant_title(task.placement.quadrant)
                return self.tr("Urgent") if task.urgent else self.tr("Open")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return task.title
        if (role == Qt.ItemDataRole.ForegroundRole and col == self.COL_DUE and task.due_at is not None
                and task.due_at < self.ctx.now()):
            return theme.ink("error")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_STATUS and task.placement is not None:
            return quadrant_hint(task.placement.quadrant)
        do_now = task.placement.quadrant == Quadrant.DO if task.placement is not None else task.urgent and task.important
        if role == Qt.ItemDataRole.FontRole and do_now and col == self.COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return task.id
        return None

