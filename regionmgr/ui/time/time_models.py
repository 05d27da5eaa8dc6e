"""Item models of the Time page: shares per country, the time log, the delegable tasks.

Each model holds what ``core`` computed for the chosen period and is reset by
the page when the data or the period changes. They are ``RowsTableModel``s (the
shared base of the small read-only tables): each gives its headers and cell text,
and adds its own colours and fonts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from regionmgr.ui.common import formats
from regionmgr.ui.common.rows_model import DISPLAY, ID_ROLE, Index, RowsTableModel

if TYPE_CHECKING:  # the toolbar timer uses ``local_text`` from start-up: no SQLAlchemy here
    from regionmgr.core.time.shares import CountryShare, DelegableTask, RequesterTime
    from regionmgr.core.time.timelog import EntryRow

__all__ = ["ID_ROLE", "AgreedShareDelegate", "DelegableTaskModel", "RequesterTableModel", "ShareTableModel",
           "TimeEntryModel", "hours_text", "local_text"]

UNDER_SERVED_TINT = QColor("#d9453a")  # mixed into the palette's base: pale pink in light, dark red in dark
TINT_AMOUNT = 0.18
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
EDIT = Qt.ItemDataRole.EditRole
NOT_AGREED = -1.0  # the agreed-share spin's lowest value: "not agreed" (shown as "—")


def local_text(value: dt.datetime | None, zone: ZoneInfo, with_time: bool = True) -> str:
    """An instant shown in ``zone``, formatted for the UI locale."""
    if value is None:
        return ""
    local = value.astimezone(zone)
    return formats.date_time_text(local) if with_time else formats.date_text(local.date())


def hours_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def under_served_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(text, background) of an under-served row: the base tinted red, and the palette's text on it.

    Derived from the palette in effect, so the row reads well in the light and the dark scheme.
    """
    palette = palette or QGuiApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    a = TINT_AMOUNT
    tint = QColor.fromRgbF(base.redF() * (1 - a) + UNDER_SERVED_TINT.redF() * a,
                           base.greenF() * (1 - a) + UNDER_SERVED_TINT.greenF() * a,
                           base.blueF() * (1 - a) + UNDER_SERVED_TINT.blueF() * a)
    return text, tint


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class ShareTableModel(RowsTableModel):
    """Shares per country; the agreed share is edited in place: ``accept_target(country id, percent
    or None)`` (set by the page) saves it and says whether it was."""

    COL_COUNTRY, COL_HOURS, COL_ACTUAL, COL_TARGET, COL_GAP = range(5)
    HEADERS = ("country", "hours", "actual", "target", "gap")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.accept_target: Callable[[str, float | None], bool] = lambda _cid, _value: False

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.COL_TARGET else base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        if role != EDIT or not index.isValid() or index.column() != self.COL_TARGET \
                or not 0 <= index.row() < len(self.rows):
            return False
        row: CountryShare = self.rows[index.row()]
        percent = None if value is None or float(value) <= NOT_AGREED else float(value)
        if percent == row.target:
            return True
        return bool(self.accept_target(row.country_id, percent))

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
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and row.under_served:
            text, background = under_served_colours()
            return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else text)
        if role == Qt.ItemDataRole.FontRole and row.under_served:
            return _font(bold=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_COUNTRY:
            return RIGHT
        if role == ID_ROLE:
            return row.country_id
        if role == EDIT and index.column() == self.COL_TARGET:
            return row.target
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_TARGET and not row.under_served:
            return self.tr("Double-click to set the share of your time agreed for this country")
        return super().data(index, role)


class AgreedShareDelegate(QStyledItemDelegate):
    """The agreed share as a percent spin (0-100); its lowest step, "—", means not agreed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        spin = QDoubleSpinBox(parent)
        spin.setRange(NOT_AGREED, 100.0)
        spin.setDecimals(1)
        spin.setSingleStep(1.0)
        spin.setSuffix(" %")
        spin.setSpecialValueText("—")  # as the table shows a share not agreed
        spin.setToolTip(self.tr("The share of your time agreed for this country, 0 to 100 % (—: not agreed)"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(EDIT)
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(NOT_AGREED if value is None else float(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            value = editor.value()
            model.setData(index, None if value <= NOT_AGREED else value, EDIT)


class RequesterTableModel(RowsTableModel):
    """Time per internal client over the period (``core.time.shares.time_per_requester``)."""

    COL_REQUESTER, COL_HOURS, COL_SHARE = range(3)
    HEADERS = ("requester", "hours", "share")

    def header(self, section: int) -> str:
        return (self.tr("Internal client"), self.tr("Hours"), self.tr("Share"))[section]

    def text(self, row: RequesterTime, column: int) -> str | None:
        if column == self.COL_REQUESTER:
            return row.requester or self.tr("No requester")
        if column == self.COL_HOURS:
            return hours_text(row.seconds)
        if column == self.COL_SHARE:
            return QLocale().toString(row.share, "f", 1) + " %"
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_REQUESTER:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and not self.rows[index.row()].requester:
            return _font(italic=True)
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
