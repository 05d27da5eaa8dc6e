"""Item models of the Time page: shares per country, the time log, the delegable tasks.

Each model holds what ``core`` computed for the chosen period and is reset by
the page when the data or the period changes. They are ``RowsTableModel``s (the
shared base of the small read-only tables): each gives its headers and cell text,
and adds its own colours and fonts.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from regionmgr.ui.common.rows_model import DISPLAY, ID_ROLE, Index, RowsTableModel

if TYPE_CHECKING:  # the toolbar timer uses ``local_text`` from start-up: no SQLAlchemy here
    from regionmgr.core.time.shares import CountryShare, DelegableTask
    from regionmgr.core.time.timelog import EntryRow

__all__ = ["ID_ROLE", "DelegableTaskModel", "ShareTableModel", "TimeEntryModel", "hours_text", "local_text"]

UNDER_SERVED_BG = QColor("#fde2e1")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def local_text(value: dt.datetime | None, zone: ZoneInfo, with_time: bool = True) -> str:
    """An instant shown in ``zone``, formatted for the UI locale."""
    if value is None:
        return ""
    local = value.astimezone(zone).replace(tzinfo=None)
    qdt = QDateTime(local)
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(qdt, fmt) if with_time else QLocale().toString(qdt.date(), fmt)


def hours_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class ShareTableModel(RowsTableModel):
    COL_COUNTRY, COL_HOURS, COL_ACTUAL, COL_TARGET, COL_GAP = range(5)
    HEADERS = ("country", "hours", "actual", "target", "gap")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def header(self, section: int) -> str:
        return (self.tr("Country"), self.tr("Hours"), self.tr("Actual share"), self.tr("Agreed share"),
                self.tr("Gap (points)"))[section]

    def text(self, row: CountryShare, column: int) -> str | None:
        locale = QLocale()
        if column == self.COL_COUNTRY:
            name = self.names.get(row.code, row.code)
            return self.tr("{0} — below its share").format(name) if row.under_served else name
        if column == self.COL_HOURS:
            return hours_text(row.seconds)
        if column == self.COL_ACTUAL:
            return locale.toString(row.actual, "f", 1) + " %"
        if column == self.COL_TARGET:
            return "—" if row.target is None else locale.toString(row.target, "f", 1) + " %"
        if column == self.COL_GAP:
            return "—" if row.gap is None else ("+" if row.gap > 0 else "") + locale.toString(row.gap, "f", 1)
        return None

    def tooltip(self, row: CountryShare, column: int) -> str | None:
        if row.under_served:
            return self.tr("Under-served: {0:.1f} points below the agreed share.").format(-(row.gap or 0))
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: CountryShare = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and row.under_served:
            return QBrush(UNDER_SERVED_BG)
        if role == Qt.ItemDataRole.FontRole and row.under_served:
            return _font(bold=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_COUNTRY:
            return RIGHT
        if role == ID_ROLE:
            return row.country_id
        return super().data(index, role)


class TimeEntryModel(RowsTableModel):
    COL_START, COL_END, COL_DURATION, COL_COUNTRY, COL_TASK, COL_COMMENT = range(6)
    HEADERS = ("start", "end", "duration", "country", "task", "comment")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")
        self.now = dt.datetime.now(dt.UTC)

    def header(self, section: int) -> str:
        return (self.tr("Start"), self.tr("End"), self.tr("Duration"), self.tr("Country"), self.tr("Task"),
                self.tr("Comment"))[section]

    def text(self, row: EntryRow, column: int) -> str | None:
        if column == self.COL_START:
            return local_text(row.started_at, self.zone)
        if column == self.COL_END:
            return self.tr("running") if row.ended_at is None else local_text(row.ended_at, self.zone)
        if column == self.COL_DURATION:
            return hours_text(row.duration(self.now).total_seconds())
        if column == self.COL_COUNTRY:
            return row.country_code
        if column == self.COL_TASK:
            return row.task_title
        if column == self.COL_COMMENT:
            return row.comment
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid() and 0 <= index.row() < len(self.rows)
                and self.rows[index.row()].ended_at is None):
            return _font(italic=True)
        return super().data(index, role)  # ID_ROLE: the entry's id


class DelegableTaskModel(RowsTableModel):
    COL_TITLE, COL_COUNTRY, COL_REQUESTER, COL_DUE, COL_LOGGED = range(5)
    HEADERS = ("title", "country", "requester", "due", "logged")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")

    def header(self, section: int) -> str:
        return (self.tr("Task"), self.tr("Country"), self.tr("Internal client"), self.tr("Due"),
                self.tr("Time logged"))[section]

    def text(self, row: DelegableTask, column: int) -> str | None:
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_COUNTRY:
            return row.country_code
        if column == self.COL_REQUESTER:
            return row.requester
        if column == self.COL_DUE:
            return local_text(row.due_at, self.zone, with_time=False)
        if column == self.COL_LOGGED:
            return hours_text(row.seconds)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self.rows):
            return self.rows[index.row()].task_id
        return super().data(index, role)
