"""Add or edit one time-log entry: what it was on, start, end, comment. Saved (undoably) on OK.

Times are typed in the user's current zone. Bad input is explained inside the
dialog, which stays open; nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import timelog
from regionmgr.ui.common.context import AppContext


class TimeEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, entry: timelog.EntryRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entry = entry
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit time entry") if entry else self.tr("Add time"))
        form = QFormLayout(self)
        self.target_combo = QComboBox(self)
        for kind, row_id, label in timelog.targets(ctx.store, include_task=entry.task_id if entry else None):
            text = label if kind == "task" else self.tr("{0} (country, no task)").format(label)
            self.target_combo.addItem(text, (kind, row_id))
        self.start_edit = QDateTimeEdit(self)
        self.end_edit = QDateTimeEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setMaxLength(500)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self.tr("On:"), self.target_combo)
        form.addRow(self.tr("Start:"), self.start_edit)
        form.addRow(self.tr("End:"), self.end_edit)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        now = ctx.now()
        if entry is not None:
            key = ("task", entry.task_id) if entry.task_id else ("country", entry.country_id)
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(key)))
            self.set_times(entry.started_at, entry.ended_at or now)
            self.comment_edit.setText(entry.comment)
        else:
            end = now.replace(second=0, microsecond=0)
            self.set_times(end - dt.timedelta(hours=1), end)

    # -- values ------------------------------------------------------------------
    def _to_edit(self, edit: QDateTimeEdit, value: dt.datetime) -> None:
        edit.setDateTime(QDateTime(value.astimezone(self.ctx.zone).replace(tzinfo=None)))

    def _from_edit(self, edit: QDateTimeEdit) -> dt.datetime:
        local: dt.datetime = edit.dateTime().toPython()  # type: ignore[assignment]
        return local.replace(tzinfo=self.ctx.zone).astimezone(dt.UTC)

    def set_times(self, start: dt.datetime, end: dt.datetime) -> None:
        self._to_edit(self.start_edit, start)
        self._to_edit(self.end_edit, end)

    def values(self) -> dict:
        kind, row_id = self.target_combo.currentData() or ("country", None)
        return {
            "task_id": row_id if kind == "task" else None,
            "country_id": row_id if kind == "country" else None,
            "started_at": self._from_edit(self.start_edit),
            "ended_at": self._from_edit(self.end_edit),
            "comment": self.comment_edit.text().strip(),
        }

    # -- saving ------------------------------------------------------------------
    def accept(self) -> None:
        from regionmgr.core.time import operations

        store, now = self.ctx.store, self.ctx.now()
        try:
            values = timelog.validate_entry(self.values(), now)
        except ValidationError as exc:  # explained here, in the UI language; the dialog stays open
            self.error_label.setText(exc.translated(QCoreApplication.translate))
            self.error_label.show()
            return
        if self.entry is None:
            outcome = self.ctx.run(self.tr("Add time"), lambda: operations.add_entry(store, values, now))
            self.saved_id = outcome.result if outcome is not None else None  # type: ignore[assignment]
        else:
            entry_id, was_running = self.entry.id, self.entry.ended_at is None
            outcome = self.ctx.run(self.tr("Edit time entry"),
                                   lambda: operations.edit_entry(store, entry_id, values, now, was_running))
            self.saved_id = entry_id
        if outcome is not None:
            super().accept()
