"""Edit > Settings…: who you are (organizer of invites), home zone, language, theme, backups, reminders.

Where each value lives:
- name, e-mail, home zone: the store's ``Setting`` table ("organizer_name",
  "organizer_email", "home_zone"), so they travel with the data (the meeting
  invites read the organizer from there);
- language, theme, backup folder, reminder lead times: the per-computer
  QSettings ("ui/language", "ui/theme", "backup/folder", "reminders/...").

OK checks everything first; bad input (an invalid e-mail, an unknown zone, a
folder that can't be written) is explained in the dialog and nothing is saved.
Accepted changes are saved at once; the theme and the language apply at once.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.changes import Change
from regionmgr.core.meetings import series as meetings
from regionmgr.core.tasks.reminders import KEYS
from regionmgr.ui.common import theme
from regionmgr.ui.shell.reminders import enabled as reminders_enabled
from regionmgr.ui.shell.reminders import lead_times

STORE_KEYS = ("organizer_name", "organizer_email", "home_zone")
LANGUAGE_KEY = "ui/language"
BACKUP_KEY = "backup/folder"


class SettingsDialog(QDialog):
    """Non-blocking (``open()``); ``accept()`` validates, saves and applies, or shows why not."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        stored = meetings.get_settings(ctx.store, STORE_KEYS)
        layout = QVBoxLayout(self)

        you = QGroupBox(self.tr("You"), self)
        form = QFormLayout(you)
        self.name_edit = QLineEdit(stored["organizer_name"], self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.email_edit = QLineEdit(stored["organizer_email"], self)
        self.email_edit.setAccessibleName(self.tr("Your e-mail address"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow("", self._hint(self.tr("Used as the organizer of the meeting invitations you send.")))
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(available_timezones()))
        self.zone_combo.setCurrentText(stored["home_zone"] or ctx.zone_name)
        self.zone_combo.setAccessibleName(self.tr("Home time zone"))
        form.addRow(self.tr("&Home time zone:"), self.zone_combo)
        layout.addWidget(you)

        looks = QGroupBox(self.tr("Language and appearance"), self)
        form = QFormLayout(looks)
        self.language_combo = QComboBox(self)
        for code, text in (("system", self.tr("As the system")), ("en", "English"), ("fr", "Français")):
            self.language_combo.addItem(text, code)
        self._select(self.language_combo, str(ctx.settings.value(LANGUAGE_KEY, "system") or "system"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.theme_combo = QComboBox(self)
        for code, text in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme_combo.addItem(text, code)
        self._select(self.theme_combo, theme.chosen_theme(ctx.settings))
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        layout.addWidget(looks)

        backup = QGroupBox(self.tr("Backups"), self)
        row = QHBoxLayout()
        self.backup_edit = QLineEdit(str(ctx.settings.value(BACKUP_KEY, "") or ""), self)
        self.backup_edit.setPlaceholderText(self.tr("Beside the data (default)"))
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self.browse_backup)
        row.addWidget(self.backup_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(backup)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.backup_edit)
        form.addRow(folder_label, row)
        layout.addWidget(backup)

        remind = QGroupBox(self.tr("Reminders"), self)
        form = QFormLayout(remind)
        leads = lead_times(ctx.settings)
        self.remind_check = QCheckBox(self.tr("Show &reminders on the desktop while the app runs"), self)
        self.remind_check.setChecked(reminders_enabled(ctx.settings))
        form.addRow(self.remind_check)
        self.task_lead = self._spin(0, 7 * 24 * 60, leads.task_min, self.tr(" min"))
        self.task_lead.setAccessibleName(self.tr("Remind of a task's deadline, minutes before"))
        form.addRow(self.tr("Task deadlines, before:"), self.task_lead)
        self.meeting_lead = self._spin(0, 24 * 60, leads.meeting_min, self.tr(" min"))
        self.meeting_lead.setAccessibleName(self.tr("Remind of the meeting, minutes before"))
        form.addRow(self.tr("Meetings, before:"), self.meeting_lead)
        self.morning_hour = self._spin(0, 23, leads.morning_hour, self.tr(":00"))
        self.morning_hour.setAccessibleName(self.tr("Hour of the reminders for all-day deadlines and follow-ups"))
        form.addRow(self.tr("All-day deadlines and follow-ups at:"), self.morning_hour)
        layout.addWidget(remind)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.css('error')}; font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- helpers -----------------------------------------------------------------
    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setEnabled(False)
        return label

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def browse_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_edit.text())
        if folder:
            self.backup_edit.setText(folder)

    # -- validation and saving -------------------------------------------------------
    def problem(self) -> str | None:
        """What is wrong with the input, for the user; None when everything can be saved."""
        email = self.email_edit.text().strip()
        if email and not meetings.valid_email(email):
            return self.tr("“{0}” is not a valid e-mail address.").format(email)
        zone = self.zone_combo.currentText().strip()
        try:
            if not zone or zone not in available_timezones():
                raise ValueError(zone)
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return self.tr("“{0}” is not a known time zone (use a name such as Europe/Paris).").format(zone)
        folder = self.backup_edit.text().strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_dir():
                return self.tr("The backup folder “{0}” does not exist.").format(folder)
            if not os.access(path, os.W_OK | os.X_OK):
                return self.tr("The backup folder “{0}” can't be written to.").format(folder)
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        try:
            self.save()
        except Exception as exc:  # noqa: BLE001 - a failed write is reported, the dialog stays
            self.error_label.setText(self.ctx.describe_error(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        super().accept()
        self.apply()

    def save(self) -> None:
        meetings.set_settings(self.ctx.store, {
            "organizer_name": self.name_edit.text().strip(),
            "organizer_email": self.email_edit.text().strip(),
            "home_zone": self.zone_combo.currentText().strip(),
        })
        s = self.ctx.settings
        self.old_language = str(s.value(LANGUAGE_KEY, "system") or "system")
        s.setValue(LANGUAGE_KEY, self.language_combo.currentData())
        s.setValue(theme.SETTING_KEY, self.theme_combo.currentData())
        folder = self.backup_edit.text().strip()
        s.setValue(BACKUP_KEY, str(Path(folder).expanduser()) if folder else "")
        s.setValue(KEYS["enabled"], self.remind_check.isChecked())
        s.setValue(KEYS["task_lead_min"], self.task_lead.value())
        s.setValue(KEYS["meeting_lead_min"], self.meeting_lead.value())
        s.setValue(KEYS["morning_hour"], self.morning_hour.value())
        s.sync()
        self.ctx.notify(Change.of("setting"))

    def apply(self) -> None:
        """Theme now; the language after this dialog is gone (the window is rebuilt in it)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, with a dialog on screen
            theme.apply_theme(app, self.theme_combo.currentData())
        code = self.language_combo.currentData()
        if code != self.old_language:
            try:
                i18n = importlib.import_module("regionmgr.ui.common.i18n")
            except ImportError:
                return
            switch = getattr(i18n, "apply_language", None)
            if callable(switch):
                QTimer.singleShot(0, lambda: switch(app, code))
