"""The data-safety controls of the main window: the status-bar age of the last backup (click:
the Backups dialog) and File > Backups…, Export data…, Import data….

``install(window)`` adds them to a MainWindow, over the one ``BackupScheduler`` of its context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStyle, QToolButton

from regionmgr.ui.data.backup_scheduler import BackupScheduler, describe_age, scheduler_for
from regionmgr.ui.data.backups_dialog import BackupsDialog


class BackupStatusButton(QToolButton):
    """Status-bar button: the age of the last backup; click for the Backups dialog.

    When a backup fails it shows a warning icon and says so until the next good copy, and the
    first failure (the start backup, or the first after a good copy) opens a non-modal warning.
    """

    def __init__(self, scheduler: BackupScheduler, parent=None):
        super().__init__(parent)
        self.scheduler = scheduler
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warning_box: QMessageBox | None = None
        self.setToolTip(self.tr("Backups of your data; click to see them or restore one"))
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        scheduler.backup_finished.connect(self.refresh)
        scheduler.backup_failed.connect(self.refresh)
        scheduler.restored.connect(self.refresh)
        scheduler.alert_raised.connect(self.show_alert)
        scheduler.backup_failed.connect(self.show_failure)
        self.dialog: BackupsDialog | None = None
        self._reserve_width()
        self.refresh()

    def _reserve_width(self) -> None:
        """As wide as its usual texts' widest: the age changing (the start copy landing, a minute
        passing) never shifts the status bar's other buttons."""
        now = self.scheduler._clock()
        ages = (None, now, now - dt.timedelta(minutes=59), now - dt.timedelta(hours=47),
                now - dt.timedelta(days=999))
        margin = self.sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        widest = max(self.fontMetrics().horizontalAdvance(describe_age(t, now)) for t in ages)
        self.setMinimumWidth(widest + margin)

    def show_alert(self, message: str) -> None:
        self.window().show_error(message)  # type: ignore[attr-defined]

    def show_failure(self, message: str) -> None:
        """A failed backup is a warning the user sees, not a passing status-bar note."""
        if self.scheduler.last_failed_reason == "manual":
            return  # the Backups dialog tells it itself
        if self.scheduler.failures_in_a_row > 1 and self.scheduler.last_failed_reason != "start":
            return  # already told; the button keeps saying it
        if self.warning_box is not None and self.warning_box.isVisible():
            self.warning_box.setText(self._warning_text(message))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup failed"), self._warning_text(message),
                          QMessageBox.StandardButton.Ok, self.window())
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.warning_box = box

    def _warning_text(self, message: str) -> str:
        return self.tr("{0}\n\nYour data is not backed up until this is fixed. Open File > Backups to see "
                       "the backup folder or choose another one.").format(message)

    def open_backups(self) -> None:
        dialog = BackupsDialog(self.scheduler, self.window())
        dialog.open()
        self.dialog = dialog

    def refresh(self, *_args: object) -> None:
        now = self.scheduler._clock()
        text = describe_age(self.scheduler.last_backup_time(), now, self.scheduler.ctx.zone)
        if self.scheduler.last_error:
            text = self.tr("{0} (last attempt failed)").format(text)
            self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.setToolTip(self.scheduler.last_error)
        else:
            self.setIcon(QIcon())
            self.setToolTip(self.tr("Backups of your data; click to see them or restore one"))
        self.setText(text)


def install(window: QMainWindow) -> BackupScheduler:
    """Add the status-bar button and the File menu's data-safety actions to ``window``."""
    scheduler = scheduler_for(window.ctx)  # type: ignore[attr-defined]
    window.backup_scheduler = scheduler  # type: ignore[attr-defined]
    button = BackupStatusButton(scheduler, window)
    window.backup_button = button  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(button)
    button.clicked.connect(button.open_backups)
    file_menu = window.file_menu  # type: ignore[attr-defined]
    quit_action = next((a for a in file_menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
    actions = []
    for text, slot in (
        (QCoreApplication.translate("MainWindow", "&Backups…"), button.open_backups),
        (QCoreApplication.translate("MainWindow", "&Export data…"), lambda: _transfer(window, "export")),
        (QCoreApplication.translate("MainWindow", "&Import data…"), lambda: _transfer(window, "import")),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        actions.append(action)
    window.backups_action, window.export_data_action, window.import_data_action = actions  # type: ignore[attr-defined]
    for action in actions:
        if quit_action is not None:
            file_menu.insertAction(quit_action, action)
        else:
            file_menu.addAction(action)
    if quit_action is not None:
        file_menu.insertSeparator(quit_action)
    return scheduler


def _transfer(window: QMainWindow, what: str) -> None:
    from regionmgr.ui.data import transfer_dialog

    if what == "export":
        transfer_dialog.start_export(window)
    else:
        transfer_dialog.start_import(window)
