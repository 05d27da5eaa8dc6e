"""The data-safety controls of the main window: the status-bar age of the last backup (click:
the Backups dialog) and File > Backups…, Export data…, Import data….

``install(window)`` adds them to a MainWindow, over the one ``BackupScheduler`` of its context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolButton

from regionmgr.ui.data.backup_scheduler import BackupScheduler, describe_age, scheduler_for
from regionmgr.ui.data.backups_dialog import BackupsDialog


class BackupStatusButton(QToolButton):
    """Status-bar button: the age of the last backup; click for the Backups dialog."""

    def __init__(self, scheduler: BackupScheduler, parent=None):
        super().__init__(parent)
        self.scheduler = scheduler
        self.setAutoRaise(True)
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
        self.refresh()

    def show_alert(self, message: str) -> None:
        self.window().show_error(message)  # type: ignore[attr-defined]

    def show_failure(self, message: str) -> None:
        self.window().statusBar().showMessage(message, 15000)  # type: ignore[attr-defined]

    def open_backups(self) -> None:
        dialog = BackupsDialog(self.scheduler, self.window())
        dialog.open()
        self.dialog = dialog

    def refresh(self, *_args: object) -> None:
        now = self.scheduler._clock()
        text = describe_age(self.scheduler.last_backup_time(), now)
        if self.scheduler.last_error:
            text = self.tr("{0} (last attempt failed)").format(text)
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
