"""A country's contacts as an editable table, with which procedures each one still needs."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from regionmgr.core.countries import operations, refresher
from regionmgr.core.countries import region as core
from regionmgr.core.errors import ValidationError
from regionmgr.ui.common import formats, theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.countries.country_detail import validation_messages

ROOT = QModelIndex()  # the invisible root: the default ``parent`` of the model methods

ID_ROLE = Qt.ItemDataRole.UserRole

CHANNEL_LABELS = {
    "email": QT_TRANSLATE_NOOP("Channels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Channels", "Phone"),
    "video": QT_TRANSLATE_NOOP("Channels", "Video call"),
    "chat": QT_TRANSLATE_NOOP("Channels", "Chat"),
    "in_person": QT_TRANSLATE_NOOP("Channels", "In person"),
}


def channel_label(key: str) -> str:
    return QCoreApplication.translate("Channels", str(CHANNEL_LABELS[key])) if key in CHANNEL_LABELS else key


class ContactTableModel(QAbstractTableModel):
    COL_NAME, COL_ROLE, COL_EMAIL, COL_PHONE, COL_REFRESHER, COL_LANGUAGE, COL_CHANNEL = range(7)
    FIELDS: ClassVar[dict[int, str]] = {COL_NAME: "name", COL_ROLE: "role", COL_EMAIL: "email", COL_PHONE: "phone",
              COL_LANGUAGE: "language", COL_CHANNEL: "preferred_channel"}

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id: str | None = None
        self.rows: list[core.ContactRow] = []
        self.missing: dict[str, list[str]] = {}
        self.last: dict[str, list[refresher.SentEntry]] = {}
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "contact", "note", "refresher_sent", "country"):
            self.reload()

    def set_country(self, country_id: str | None) -> None:
        self.country_id = country_id
        self.reload()

    def reload(self) -> None:
        if self.country_id and self.rows and self._update_in_place():
            return
        self.beginResetModel()
        if self.country_id:
            self.rows = core.list_contacts(self.ctx.store, self.country_id)
            self.missing = refresher.missing_current(self.ctx.store, self.country_id)
            self.last = {}
            for entry in refresher.last_sent(self.ctx.store, self.country_id):
                self.last.setdefault(entry.contact_id, []).append(entry)
        else:
            self.rows, self.missing, self.last = [], {}, {}
        self.endResetModel()

    def _update_in_place(self) -> bool:
        """Same contacts as shown: refresh their cells where they stand (no reset), so an editor
        open in the table stays open and Tab goes on to the next cell; a renamed contact keeps its
        place until the list is next loaded. False when contacts came or went (reload it all)."""
        assert self.country_id is not None
        fresh = {c.id: c for c in core.list_contacts(self.ctx.store, self.country_id)}
        if set(fresh) != {r.id for r in self.rows}:
            return False
        self.rows = [fresh[r.id] for r in self.rows]
        self.missing = refresher.missing_current(self.ctx.store, self.country_id)
        self.last = {}
        for entry in refresher.last_sent(self.ctx.store, self.country_id):
            self.last.setdefault(entry.contact_id, []).append(entry)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone"), self.tr("Procedures"),
                    self.tr("Language"), self.tr("Prefers")][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.FIELDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def refresher_text(self, contact_id: str) -> str:
        missing = self.missing.get(contact_id, [])
        if missing:
            return self.tr("{0} to send").format(len(missing))
        return self.tr("Up to date")

    def refresher_tooltip(self, contact_id: str) -> str:
        entries = self.last.get(contact_id, [])
        missing = self.missing.get(contact_id, [])
        lines = [self.tr("Never got the current version of: {0}").format(", ".join(missing))] if missing else []
        if not entries:
            return "\n".join([*lines, self.tr("Has never received a refresher pack.")])
        locale = QLocale()
        lines += [
            self.tr("{0}: version {1} on {2}{3}").format(
                e.note_title, e.note_version,
                formats.date_text(e.sent_at.astimezone(self.ctx.zone).date(), locale=locale),
                "" if e.note_version == e.current_version else self.tr(" (not the current version)"),
            )
            for e in entries
        ]
        return "\n".join(lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.EditRole and col in self.FIELDS:
            return getattr(row, self.FIELDS[col])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_CHANNEL:
                return channel_label(row.preferred_channel)
            if col == self.COL_LANGUAGE:
                return core.language_name(row.language, current_language())
            if col == self.COL_REFRESHER:
                return self.refresher_text(row.id)
            return getattr(row, self.FIELDS[col])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_EMAIL and row.email:
                return self.tr("Click to write to {0}").format(row.email)
            if col == self.COL_REFRESHER:
                return self.refresher_tooltip(row.id)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_EMAIL:
                return theme.ink("link")
            if col == self.COL_REFRESHER and self.missing.get(row.id):
                return theme.ink("error")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_EMAIL and row.email:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self.FIELDS:
            return False
        row = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        messages = validation_messages()
        try:
            clean = core.check_contact_changes({field: str(value)}, messages)
        except ValidationError as exc:
            self.ctx.error_raised.emit(exc.translated(QCoreApplication.translate))
            return False
        if clean[field] == getattr(row, field):
            return False
        store, contact_id = self.ctx.store, row.id
        return self.ctx.run(self.tr("Edit contact"),
                            lambda: operations.update_contact(store, contact_id, clean, messages)) is not None


class ChannelDelegate(QStyledItemDelegate):
    """A list of channels to choose the preferred one from."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for key in core.CHANNELS:
            combo.addItem(channel_label(key), key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
