"""The notes of one country as a table: title (editable), kind, last reviewed with a "refresh due" mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from regionmgr.core.countries import notes as core
from regionmgr.core.countries import operations
from regionmgr.core.errors import ValidationError
from regionmgr.ui.common import formats, theme
from regionmgr.ui.common.context import AppContext

ROOT = QModelIndex()  # the invisible root: the default ``parent`` of the model methods

ID_ROLE = Qt.ItemDataRole.UserRole
DUE_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "culture": QT_TRANSLATE_NOOP("NoteKinds", "Cultural context"),
    "procedure": QT_TRANSLATE_NOOP("NoteKinds", "Procedure"),
    "other": QT_TRANSLATE_NOOP("NoteKinds", "Other"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("NoteKinds", str(KIND_LABELS.get(kind, KIND_LABELS["other"])))


class NoteListModel(QAbstractTableModel):
    COL_TITLE, COL_KIND, COL_REVIEWED = range(3)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id: str | None = None
        self.rows: list[core.NoteRow] = []
        self.period_days = core.DEFAULT_REFRESH_DAYS
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "note", "country"):
            self.reload()

    def set_country(self, country_id: str | None) -> None:
        self.country_id = country_id
        self.reload()

    def set_period_days(self, days: int) -> None:
        self.period_days = days
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 2))

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = core.list_notes(self.ctx.store, self.country_id) if self.country_id else []
        self.endResetModel()

    def row_of(self, note_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == note_id), -1)

    def is_due(self, row: core.NoteRow) -> bool:
        return core.is_refresh_due(row, self.ctx.now().astimezone(self.ctx.zone).date(), self.period_days)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Note"), self.tr("Kind"), self.tr("Last reviewed")][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.COL_TITLE, self.COL_KIND):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.EditRole and col == self.COL_KIND:
            return row.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_TITLE:
                return row.title if (row.title or role == Qt.ItemDataRole.EditRole) else self.tr("(untitled)")
            if col == self.COL_KIND:
                return kind_label(row.kind)
            if col == self.COL_REVIEWED:
                when = (formats.date_text(row.last_reviewed)
                        if row.last_reviewed else self.tr("never"))
                return self.tr("{0} — refresh due").format(when) if self.is_due(row) else when
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_REVIEWED and self.is_due(row):
            return theme.ink("error")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_REVIEWED and self.is_due(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.is_due(row):
            return self.tr("This procedure has not been reviewed for {0} days or more.").format(self.period_days)
        if role == ID_ROLE:
            return row.id
        if role == DUE_ROLE:
            return self.is_due(row)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        store, note_id = self.ctx.store, row.id
        if index.column() == self.COL_KIND:
            if value not in core.KINDS or value == row.kind:
                return False
            kind = str(value)
            return self.ctx.run(self.tr("Change note kind"),
                                lambda: operations.set_note_kind(store, note_id, kind)) is not None
        if index.column() != self.COL_TITLE:
            return False
        try:
            title = core.check_title(str(value))
        except ValidationError as exc:
            self.ctx.error_raised.emit(exc.translated(QCoreApplication.translate))
            return False
        if title == row.title:
            return False
        return self.ctx.run(self.tr("Rename note"), lambda: operations.rename_note(store, note_id, title)) is not None


class KindDelegate(QStyledItemDelegate):
    """Choose a note's kind from the three kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for kind in core.KINDS:
            combo.addItem(kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
