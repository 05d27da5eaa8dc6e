"""At start, when the store can't be opened (damaged, not SQLite, not ours): what now?

The dialog offers to restore the newest backup that passes its check, to open
another file, to start with an empty store, or to quit. The problem file is
always kept: restoring or starting afresh *moves* it (renamed, never rewritten)
into the ``replaced`` folder beside it.

When the store opened but something beside it was set aside (a journal that was not its own),
``show_store_notices`` tells the user in a box that doesn't block the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.data import backups
from regionmgr.core.storage import NOTICE_BAD_LOG, StoreNotice
from regionmgr.ui.common import formats


def backup_folders(data_dir: Path, settings: QSettings | None = None) -> list[Path]:
    """The default backup folder and the one chosen in the settings (if any)."""
    folders = [Path(data_dir) / "backups"]
    if settings is not None:
        chosen = str(settings.value("backup/folder", "") or "")
        if chosen:
            folders.insert(0, Path(chosen).expanduser())
    return folders


class StoreProblemDialog(QDialog):
    """Says what is wrong with the store file and offers the ways out.

    After it closes, ``outcome`` is ("restored" | "other" | "fresh", path to
    open) or ("quit", None). The action methods work without ``exec()`` (tests).
    """

    def __init__(self, store_path: Path, message: str, folders: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.folders = folders
        self.outcome: tuple[str, Path | None] = ("quit", None)
        self.kept_at: Path | None = None
        self.error = ""
        self.setWindowTitle(self.tr("Region Manager: your data file can't be opened"))
        self.good = backups.newest_good_backup(folders, self.store_path)

        text = QLabel(self)
        text.setWordWrap(True)
        text.setText(self.tr("{0}\n\nThe file is kept exactly as it is; nothing will delete it.").format(message))
        self.message_label = text
        self.restore_button = QPushButton(self)
        if self.good is not None:
            when = formats.date_time_text(self.good.taken_at.astimezone())
            self.restore_button.setText(self.tr("Restore the newest good backup ({0})").format(when))
        else:
            self.restore_button.setText(self.tr("Restore a backup (none found)"))
            self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_newest)
        self.other_button = QPushButton(self.tr("Open another file…"), self)
        self.other_button.clicked.connect(self.choose_other)
        self.fresh_button = QPushButton(self.tr("Start with no data (the file is set aside, not deleted)"), self)
        self.fresh_button.clicked.connect(self.start_fresh)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for button in (self.restore_button, self.other_button, self.fresh_button, self.quit_button):
            layout.addWidget(button)
        (self.restore_button if self.good else self.quit_button).setDefault(True)

    def _show_error(self, text: str) -> None:
        self.error = text
        box = QMessageBox(QMessageBox.Icon.Critical, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.open()
        self.last_box = box

    def restore_newest(self) -> bool:
        if self.good is None:
            return False
        try:
            self.kept_at = backups.restore_file(self.good.path, self.store_path)
        except backups.BackupError as exc:
            self._show_error(self.tr("The backup could not be restored: {0}").format(exc))
            return False
        self.outcome = ("restored", self.store_path)
        self.accept()
        return True

    def choose_other(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Open a Region Manager file"), str(self.store_path.parent))
        if name:
            self.open_other(Path(name))

    def open_other(self, path: Path) -> None:
        self.outcome = ("other", Path(path))
        self.accept()

    def start_fresh(self) -> bool:
        try:
            self.kept_at = backups.set_aside(self.store_path, "set-aside")
        except OSError as exc:
            self._show_error(self.tr("The file could not be set aside: {0}").format(exc))
            return False
        self.outcome = ("fresh", self.store_path)
        self.accept()
        return True


def resolve_store_problem(store_path: Path, message: str, folders: list[Path]) -> Path | None:
    """Show the dialog (modal: nothing else is open yet); the file to open next, or None to quit."""
    dialog = StoreProblemDialog(store_path, message, folders)
    dialog.exec()
    return dialog.outcome[1]


def notice_text(notice: StoreNotice) -> str:
    """The user's words for what opening the store set aside."""
    if notice.kind == NOTICE_BAD_LOG:
        text = QCoreApplication.translate(
            "StoreNotice", "A journal file found beside your data file failed its check ({0}), "
            "so it was not applied: your data was opened as it was last saved in the file. "
            "If you were working when the app stopped, the latest changes may be missing.")
        text = text.format(notice.problem)
    else:
        text = QCoreApplication.translate(
            "StoreNotice", "A journal file found beside your data file did not belong to it "
            "(it may come from another copy or a sync tool), so it was not applied. "
            "Your data is as you left it.")
    kept = QCoreApplication.translate("StoreNotice", "The journal file was kept in “{0}”.")
    return text + "\n\n" + kept.format(notice.path.parent)


def show_store_notices(parent: QWidget | None, notices: list[StoreNotice]) -> QMessageBox | None:
    """A warning box (not modal to the app) for what opening the store set aside; None if nothing."""
    if not notices:
        return None
    title = QCoreApplication.translate("StoreNotice", "Region Manager: your data file")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(notice_text(n) for n in notices),
                      QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
