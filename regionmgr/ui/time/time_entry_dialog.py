"""Add or edit one time-log entry: what it was on, start, end, comment. Saved (undoably) on OK.

Times are typed in the user's current zone: a day (with a calendar) and a time of day
in a plain line edit, so a time typed over the selected one replaces it ("08:15",
"8h15", "0815"). Bad input, and time already logged in another entry, are explained
inside the dialog, which stays open; nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import timelog
from regionmgr.ui.common import theme
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
        start_row, self.start_day, self.start_time = self._moment_row()
        end_row, self.end_day, self.end_time = self._moment_row()
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setMaxLength(500)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {theme.css('error')};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self.tr("On:"), self.target_combo)
        form.addRow(self.tr("Start:"), start_row)
        form.addRow(self.tr("End:"), end_row)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
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
    def _moment_row(self) -> tuple[QWidget, QDateEdit, QLineEdit]:
        """A day (calendar popup) and a time of day (a line edit: typing replaces the selection)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        day = QDateEdit(row)
        day.setCalendarPopup(True)
        day.setDisplayFormat("yyyy-MM-dd")
        clock = QLineEdit(row)
        clock.setMaxLength(8)
        clock.setPlaceholderText("08:15")
        clock.setFixedWidth(clock.fontMetrics().horizontalAdvance("00:00") * 2)
        layout.addWidget(day)
        layout.addWidget(clock)
        layout.addStretch(1)
        return row, day, clock

    def _to_edit(self, day: QDateEdit, clock: QLineEdit, value: dt.datetime) -> None:
        local = value.astimezone(self.ctx.zone)
        day.setDate(QDate(local.date()))
        clock.setText(local.strftime("%H:%M"))

    def _from_edit(self, day: QDateEdit, clock: QLineEdit) -> dt.datetime:
        """The typed moment in UTC (ValidationError when the time of day can't be read)."""
        date: dt.date = day.date().toPython()  # type: ignore[assignment]
        local = dt.datetime.combine(date, timelog.read_clock(clock.text()))
        return local.replace(tzinfo=self.ctx.zone).astimezone(dt.UTC)

    def set_times(self, start: dt.datetime, end: dt.datetime) -> None:
        self._to_edit(self.start_day, self.start_time, start)
        self._to_edit(self.end_day, self.end_time, end)

    def values(self) -> dict:
        """What was typed (raises ValidationError for a time of day that can't be read)."""
        kind, row_id = self.target_combo.currentData() or ("country", None)
        return {
            "task_id": row_id if kind == "task" else None,
            "country_id": row_id if kind == "country" else None,
            "started_at": self._from_edit(self.start_day, self.start_time),
            "ended_at": self._from_edit(self.end_day, self.end_time),
            "comment": self.comment_edit.text().strip(),
        }

    # -- saving ------------------------------------------------------------------
    def accept(self) -> None:
        from regionmgr.core.time import operations

        store, now, zone = self.ctx.store, self.ctx.now(), self.ctx.zone
        entry_id = self.entry.id if self.entry is not None else None
        was_running = self.entry is not None and self.entry.ended_at is None
        try:
            values = timelog.validate_entry(self.values(), now)
            timelog.check_no_overlap(store, timelog.left_running(values, was_running, now), zone, entry_id)
        except ValidationError as exc:  # explained here, in the UI language; the dialog stays open
            self.error_label.setText(exc.translated(QCoreApplication.translate))
            self.error_label.show()
            return
        if self.entry is None:
            outcome = self.ctx.run(self.tr("Add time"), lambda: operations.add_entry(store, values, now, zone))
            self.saved_id = outcome.result if outcome is not None else None  # type: ignore[assignment]
        else:
            edited = self.entry.id
            outcome = self.ctx.run(self.tr("Edit time entry"),
                                   lambda: operations.edit_entry(store, edited, values, now, was_running, zone))
            self.saved_id = edited
        if outcome is not None:
            super().accept()
