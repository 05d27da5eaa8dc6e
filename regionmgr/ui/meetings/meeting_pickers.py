"""Small dialogs of the Meetings page: pick an upcoming meeting (to skip or cancel it), pick holidays to skip.

Both are opened with ``open()`` (never a blocking ``exec()``) and report
through ``accepted``; tests drive them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.meetings.series import HolidayClash
from regionmgr.ui.meetings.meeting_models import HolidayModel, fmt_date, weekday_name


class OccurrenceDialog(QDialog):
    """Choose one upcoming meeting and say why (the reason is kept with the skipped date)."""

    def __init__(self, title: str, intro: str, dates: Sequence[dt.date], reasons: dict[dt.date, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reasons = reasons or {}
        self.date_pick = QComboBox()
        for day in dates:
            label = f"{weekday_name(day.isoweekday())} {fmt_date(day, weekday=False)}"
            if day in self.reasons:
                label += f" — {self.reasons[day]}"
            self.date_pick.addItem(label, day.isoformat())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. public holiday, offsite"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(dates))
        text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Meeting:"), self.date_pick)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date_pick.currentIndexChanged.connect(self._fill_reason)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_reason()

    def _fill_reason(self) -> None:
        day = self.chosen_date()
        if day in self.reasons and not self.reason.text():
            self.reason.setText(self.reasons[day])

    def chosen_date(self) -> dt.date | None:
        data = self.date_pick.currentData()
        return dt.date.fromisoformat(data) if data else None

    def select_date(self, day: dt.date) -> None:
        index = self.date_pick.findData(day.isoformat())
        if index >= 0:
            self.date_pick.setCurrentIndex(index)


class HolidayDialog(QDialog):
    """Meetings on a public holiday of the organizer's or an attendee's country; ticked ones get skipped."""

    def __init__(self, clashes: Sequence[HolidayClash], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skip public holidays"))
        self.model = HolidayModel(self)
        self.model.set_rows(clashes)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(HolidayModel.COL_HOLIDAYS, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnToContents(HolidayModel.COL_DATE)
        if clashes:
            intro = self.tr("These meetings fall on a public holiday in the organizer's or an attendee's country. "
                            "Ticked ones are skipped: the next invite or update leaves them out.")
        else:
            intro = self.tr("No meeting in the next twelve months falls on a public holiday "
                            "of the organizer's or an attendee's country.")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skip ticked meetings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(clashes))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 360)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def chosen(self) -> list[HolidayClash]:
        return self.model.chosen()
