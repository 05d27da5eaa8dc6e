"""A country's contacts (correspondents): edit in place, add, delete, click an e-mail to write to them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import operations
from regionmgr.core.countries import region as core
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.countries.contact_models import ID_ROLE, ChannelDelegate, ContactTableModel


class ContactsTable(QTableView):
    """Typing on a cell starts editing it; with an editor open, Tab / Shift+Tab go on to the next /
    previous editable cell (the editor stays open), Enter commits."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return index
        model = self.model()
        cells = model.rowCount() * model.columnCount() if model is not None else 0
        start = self.currentIndex()
        for _ in range(cells):  # skip the cells that can't be edited (the Procedures column)
            if not index.isValid() or index.flags() & Qt.ItemFlag.ItemIsEditable:
                break
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            index = super().moveCursor(action, modifiers)
        self.selectionModel().setCurrentIndex(start, QItemSelectionModel.SelectionFlag.NoUpdate)
        return index


class ContactsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 opener: Callable[[QUrl], object] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id: str | None = None
        self.opener: Callable[[QUrl], object] = opener or QDesktopServices.openUrl
        self.model = ContactTableModel(ctx, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Contacts</b>"), self))
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("Add contact"), self)
        self.add_button.clicked.connect(self.add_contact)
        self.delete_button = QPushButton(self.tr("Delete contact"), self)
        self.delete_button.clicked.connect(self.delete_contact)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

        self.table = ContactsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setTabKeyNavigation(True)
        self.table.setItemDelegateForColumn(ContactTableModel.COL_CHANNEL, ChannelDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Columns fit their contents and headers; the table scrolls sideways when narrow.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ContactTableModel.COL_ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ContactTableModel.COL_ROLE, 125)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.clicked.connect(self._on_clicked)
        layout.addWidget(self.table)
        self.setEnabled(False)

    def set_country(self, country_id: str | None) -> None:
        self.country_id = country_id
        self.model.set_country(country_id)
        self.setEnabled(country_id is not None)

    def current_contact_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == ContactTableModel.COL_EMAIL:
            self.compose(index.row())

    def mailto_for(self, row: int) -> QUrl | None:
        contact = self.model.rows[row]
        if not contact.email:
            return None
        return QUrl(core.mailto_url(contact.email), QUrl.ParsingMode.StrictMode)

    def compose(self, row: int) -> QUrl | None:
        """Open a new message to the contact in the user's mail program."""
        url = self.mailto_for(row)
        if url is not None:
            self.opener(url)
        return url

    def add_contact(self) -> str | None:
        if self.country_id is None:
            return None
        store, country_id, name = self.ctx.store, self.country_id, self.tr("New contact")
        outcome = self.ctx.run(self.tr("Add contact"), lambda: operations.add_contact(store, country_id, name))
        if outcome is None:
            return None
        contact_id = str(outcome.result)
        row = next((i for i, r in enumerate(self.model.rows) if r.id == contact_id), -1)
        if row >= 0:
            index = self.model.index(row, ContactTableModel.COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)
        return contact_id

    def delete_contact(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id:
            store = self.ctx.store
            self.ctx.run(self.tr("Delete contact"), lambda: operations.delete_contacts(store, [contact_id]))
