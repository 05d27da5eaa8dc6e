"""Item models of the Time page: shares per country, the time log, the delegable tasks.

Each model holds what ``core`` computed for the chosen period and is reset by
the page when the data or the period changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

if TYPE_CHECKING:  # the toolbar timer uses ``local_text`` from start-up: no SQLAlchemy here
    from regionmgr.core.time.shares import CountryShare, DelegableTask
    from regionmgr.core.time.timelog import EntryRow

Index = QModelIndex | QPersistentModelIndex
UNDER_SERVED_BG = QColor("#fde2e1")
ID_ROLE = Qt.ItemDataRole.UserRole


def local_text(value: dt.datetime | None, zone: ZoneInfo, with_time: bool = True) -> str:
    """An instant shown in ``zone``, formatted for the UI locale."""
    if value is None:
        return ""
    local = value.astimezone(zone).replace(tzinfo=None)
    qdt = QDateTime(local)
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(qdt, fmt) if with_time else QLocale().toString(qdt.date(), fmt)


def hours_text(seconds: float) -> str:
    minutes = int(round(seconds / 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


class _RowsModel(QAbstractTableModel):
    """A table over a list of plain rows; subclasses give headers and cell text."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        raise NotImplementedError


class ShareTableModel(_RowsModel):
    COL_COUNTRY, COL_HOURS, COL_ACTUAL, COL_TARGET, COL_GAP = range(5)
    HEADERS = ("country", "hours", "actual", "target", "gap")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def header(self, section: int) -> str:
        return (self.tr("Country"), self.tr("Hours"), self.tr("Actual share"), self.tr("Agreed share"),
                self.tr("Gap (points)"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: CountryShare = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if col == self.COL_COUNTRY:
                name = self.names.get(row.code, row.code)
                return self.tr("{0} — below its share").format(name) if row.under_served else name
            if col == self.COL_HOURS:
                return hours_text(row.seconds)
            if col == self.COL_ACTUAL:
                return locale.toString(row.actual, "f", 1) + " %"
            if col == self.COL_TARGET:
                return "—" if row.target is None else locale.toString(row.target, "f", 1) + " %"
            if col == self.COL_GAP:
                return "—" if row.gap is None else ("+" if row.gap > 0 else "") + locale.toString(row.gap, "f", 1)
        if role == Qt.ItemDataRole.BackgroundRole and row.under_served:
            return QBrush(UNDER_SERVED_BG)
        if role == Qt.ItemDataRole.FontRole and row.under_served:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.under_served:
            return self.tr("Under-served: {0:.1f} points below the agreed share.").format(-(row.gap or 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_COUNTRY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.country_id
        return None


class TimeEntryModel(_RowsModel):
    COL_START, COL_END, COL_DURATION, COL_COUNTRY, COL_TASK, COL_COMMENT = range(6)
    HEADERS = ("start", "end", "duration", "country", "task", "comment")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")
        self.now = dt.datetime.now(dt.UTC)

    def header(self, section: int) -> str:
        return (self.tr("Start"), self.tr("End"), self.tr("Duration"), self.tr("Country"), self.tr("Task"),
                self.tr("Comment"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: EntryRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_START:
                return local_text(row.started_at, self.zone)
            if col == self.COL_END:
                return self.tr("running") if row.ended_at is None else local_text(row.ended_at, self.zone)
            if col == self.COL_DURATION:
                return hours_text(row.duration(self.now).total_seconds())
            if col == self.COL_COUNTRY:
                return row.country_code
            if col == self.COL_TASK:
                return row.task_title
            if col == self.COL_COMMENT:
                return row.comment
        if role == Qt.ItemDataRole.FontRole and row.ended_at is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return row.id
        return None


class DelegableTaskModel(_RowsModel):
    COL_TITLE, COL_COUNTRY, COL_REQUESTER, COL_DUE, COL_LOGGED = range(5)
    HEADERS = ("title", "country", "requester", "due", "logged")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")

    def header(self, section: int) -> str:
        return (self.tr("Task"), self.tr("Country"), self.tr("Internal client"), self.tr("Due"),
                self.tr("Time logged"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: DelegableTask = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TITLE:
                return row.title
            if col == self.COL_COUNTRY:
                return row.country_code
            if col == self.COL_REQUESTER:
                return row.requester
            if col == self.COL_DUE:
                return local_text(row.due_at, self.zone, with_time=False)
            if col == self.COL_LOGGED:
                return hours_text(row.seconds)
        if role == ID_ROLE:
            return row.task_id
        return None
