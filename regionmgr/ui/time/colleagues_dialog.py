"""The Colleagues dialog: the people tasks can be delegated to, with their languages and skills (seed 004).

A table over the ``colleague`` table: every cell is edited in place and saved at once through
the named operations of ``core.time.colleagues`` (each edit one undoable step); Add creates a
colleague to rename, Delete removes the selected ones. Bad input (an address with ``?bcc=``,
an unknown language code) is said under the table and changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import colleagues
from regionmgr.core.time.colleagues import ColleagueRow
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.rows_model import DISPLAY, ID_ROLE, RowsTableModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
WATCHED = ("", "colleague", "task")


class ColleagueModel(RowsTableModel):
    """Colleagues, one per row; ``editor(colleague id, field, text) -> bool`` saves an edit."""

    COL_NAME, COL_EMAIL, COL_LANGUAGES, COL_SKILLS, COL_COMMENTS = range(5)
    HEADERS = colleagues.FIELDS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = lambda _cid, _field, _text: False

    def header(self, section: int) -> str:
        return (self.tr("Name"), self.tr("E-mail"), self.tr("Languages"), self.tr("Skills"),
                self.tr("Comments"))[section]

    def text(self, row: ColleagueRow, column: int) -> str | None:
        return (row.name, row.email, ", ".join(row.languages), ", ".join(row.skills), row.comments)[column]

    def tooltip(self, row: ColleagueRow, column: int) -> str | None:
        if column == self.COL_LANGUAGES:
            return self.tr("Language codes, separated by commas (e.g. fr, en, ar)")
        if column == self.COL_SKILLS:
            return self.tr("Words found in the tasks they can take, separated by commas")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == EDIT:
            return super().data(index, DISPLAY)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        if role != EDIT or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        row: ColleagueRow = self.rows[index.row()]
        if str(value) == self.text(row, index.column()):
            return True
        return bool(self.editor(row.id, colleagues.FIELDS[index.column()], str(value)))


class ColleaguesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Colleagues"))
        self.model = ColleagueModel(self)
        self.model.editor = self.save_edit
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        intro = QLabel(self.tr("People you can hand tasks to. The Time page suggests first those who speak "
                               "the country's language, then those whose skills appear in the task, then "
                               "the least busy. Double-click a cell to change it: it is saved at once."), self)
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_colleague)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(860, 420)
        ctx.data_changed.connect(self._on_data_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(colleagues.list_colleagues(self.ctx.store))
        for column, width in ((ColleagueModel.COL_NAME, 160), (ColleagueModel.COL_EMAIL, 200),
                              (ColleagueModel.COL_LANGUAGES, 110), (ColleagueModel.COL_SKILLS, 220)):
            self.view.setColumnWidth(column, width)
        self._update_buttons()

    def _on_data_changed(self, table: str) -> None:
        if table in WATCHED:
            self.reload()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _checked(self, values: dict[str, str]) -> bool:
        """Say what is wrong with ``values`` (nothing is written then); False when something is."""
        try:
            colleagues.check_colleague(values)
        except ValidationError as exc:
            self.error_label.setText(self.ctx.describe_error(exc))
            return False
        self.error_label.clear()
        return True

    def save_edit(self, colleague_id: str, field: str, text: str) -> bool:
        if not self._checked({field: text}):
            return False
        store, changes = self.ctx.store, {field: text}
        return self.ctx.run(self.tr("Edit colleague"),
                            lambda: colleagues.update_colleague(store, colleague_id, changes)) is not None

    def add_colleague(self) -> str | None:
        """Add a colleague to fill in; its name cell is opened for typing. Returns the new id."""
        store, values = self.ctx.store, {"name": self.tr("New colleague")}
        done = self.ctx.run(self.tr("Add colleague"), lambda: colleagues.add_colleague(store, values))
        if done is None:
            return None
        new_id = str(done.result)
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == new_id:
                index = self.model.index(row, ColleagueModel.COL_NAME)
                self.view.setCurrentIndex(index)
                self.view.edit(index)
        return new_id

    def delete_selected(self) -> bool:
        ids = [self.model.index(i.row(), 0).data(ID_ROLE) for i in self.view.selectionModel().selectedRows()]
        if not ids:
            return False
        store = self.ctx.store
        text = self.tr("Delete %n colleague(s)", "", len(ids))
        return self.ctx.run(text, lambda: colleagues.delete_colleagues(store, ids)) is not None
