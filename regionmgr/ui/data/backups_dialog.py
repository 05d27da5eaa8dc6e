"""The Backups dialog: every backup with its date and size; back up now, restore one, change the folder.

Restoring asks for confirmation, moves the current file aside (never deleted,
never overwritten without a copy), puts the chosen copy in place and reopens
the store in the running app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.data.backups import BackupError, BackupInfo
from regionmgr.ui.common import formats
from regionmgr.ui.data.backup_scheduler import BackupScheduler

COL_DATE, COL_SIZE, COL_KIND, COL_FOLDER = range(4)


class BackupListModel(QAbstractTableModel):
    """The backups found in the scheduler's folders, newest first."""

    def __init__(self, scheduler: BackupScheduler, parent=None):
        super().__init__(parent)
        self.scheduler = scheduler
        self.rows: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.scheduler.list()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Date"), self.tr("Size"), self.tr("Taken"), self.tr("Folder")][section]
        return None

    def kind_text(self, reason: str) -> str:
        return {
            "start": self.tr("at start"),
            "auto": self.tr("automatic"),
            "close": self.tr("at close"),
            "manual": self.tr("by you"),
            "upgrade": self.tr("before an upgrade"),
            "import": self.tr("before an import"),
        }.get(reason, reason)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        b = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                local = b.taken_at.astimezone(self.scheduler.ctx.zone)
                return formats.date_time_text(local)
            if col == COL_SIZE:
                return QLocale().formattedDataSize(b.size)
            if col == COL_KIND:
                if not b.store_id and not b.is_upgrade_copy:  # no id inside: can't be told whose
                    return self.tr("{0}, earlier version").format(self.kind_text(b.reason))
                return self.kind_text(b.reason)
            if col == COL_FOLDER:
                return str(b.path.parent)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == Qt.ItemDataRole.UserRole:
            return str(b.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    def __init__(self, scheduler: BackupScheduler, parent: QWidget | None = None):
        super().__init__(parent)
        self.scheduler = scheduler
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)
        self.last_box: QMessageBox | None = None

        self.model = BackupListModel(scheduler, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        for col in (COL_DATE, COL_SIZE, COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FOLDER, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.ask_restore())

        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No backup yet. One is taken at every start, every 30 minutes "
                                          "while you work, and when you quit."), self)
        self.empty_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button = QPushButton(self.tr("Change folder…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Use the default folder"), self)
        self.default_button.clicked.connect(lambda: self.set_folder(None))

        row = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.folder_button, self.default_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(close)
        scheduler.backup_finished.connect(self._refresh)
        scheduler.restored.connect(self._refresh)
        self._refresh()

    # -- state -------------------------------------------------------------------
    def _refresh(self, *_args) -> None:
        self.model.reload()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        folder = self.scheduler.folder()
        text = self.tr("New backups go to {0}.").format(folder)
        chosen = self.scheduler.configured_folder()
        if chosen is not None and chosen != folder:
            text += " " + self.tr("The chosen folder {0} can't be written to now (drive not connected?).").format(chosen)
        self.folder_label.setText(text)
        self.default_button.setEnabled(chosen is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.model.rows[rows[0].row()].path)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Backups"), text, QMessageBox.StandardButton.Ok, self)
        box.open()
        self.last_box = box
        return box

    # -- actions -----------------------------------------------------------------
    def backup_now(self) -> None:
        result = self.scheduler.backup_now("manual")
        if result is None:
            self._tell(QMessageBox.Icon.Warning, self.scheduler.last_error)
        self._refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self.scheduler.folder()))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path | None) -> None:
        self.scheduler.set_folder(folder)
        self._refresh()

    def ask_restore(self) -> QMessageBox | None:
        path = self.selected()
        if path is None:
            return None
        info = next(b for b in self.model.rows if Path(b.path) == path)
        when = formats.date_time_text(info.taken_at.astimezone(self.scheduler.ctx.zone))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr("Replace your current data with the backup of {0}?\n\nYour current file is kept aside "
                    "first (in the “replaced” folder beside it), so this can be reversed.").format(when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda b, p=path: self.restore(p) if b is yes else None)
        box.open()
        self.last_box = box
        return box

    def restore(self, path: Path) -> bool:
        try:
            aside = self.scheduler.restore(path)
        except (BackupError, OSError) as exc:
            self._tell(QMessageBox.Icon.Critical, self.tr("The backup was not restored: {0}. "
                                                          "Your data was not changed.").format(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - e.g. the copy can't be opened after all
            self._tell(QMessageBox.Icon.Critical, self.tr("The backup could not be opened: {0}").format(exc))
            return False
        self._tell(QMessageBox.Icon.Information, self.tr(
            "The backup was restored. The data you had before is kept in {0}.").format(aside or "-"))
        self._refresh()
        return True
