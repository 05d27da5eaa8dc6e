"""The detail pane's "Request" group: how the request arrived, parking it for the next meeting, and
the negotiated deadline (the date asked for, the day the due date was agreed, a note).

Each change is saved at once as one undoable step through a named operation
(``operations.set_channel``, ``park_tasks``/``unpark``, ``set_negotiation``); dates are read by
the one date reader with the task entry rules (``rules.read_entry``). Bad input is handed to
the pane (``failed``) and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from regionmgr.core.changes import Applied
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import operations, requests
from regionmgr.core.tasks import rules as core
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.date_field import DateField
from regionmgr.ui.tasks.task_texts import channel_names


class RequestBox(QGroupBox):
    """Channel, park/unpark, requested deadline, agreed on, note: for the task ``show_values`` gives."""

    failed = Signal(Exception)

    def __init__(self, ctx: AppContext, now_local: Callable[[], dt.datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Request"))
        self.ctx = ctx
        self.task_id: str | None = None
        self.values: dict[str, Any] = {}
        self.channel_box = QComboBox()
        self.channel_box.setToolTip(self.tr("How the request arrived"))
        for key, name in channel_names().items():
            self.channel_box.addItem(name, key)
        self.channel_box.activated.connect(self._save_channel)
        self.park_button = QPushButton()
        self.park_button.setAutoDefault(False)
        self.park_button.clicked.connect(self.toggle_park)
        self.requested_edit = DateField(now_local)
        self.requested_edit.setPlaceholderText(self.tr("Asked for, e.g. 5/12"))
        self.requested_edit.setToolTip(self.tr("The deadline the requester asked for; the due date above is "
                                               "the one agreed"))
        self.agreed_edit = DateField(now_local)
        self.agreed_edit.setPlaceholderText(self.tr("Agreed on, e.g. today"))
        self.agreed_edit.setToolTip(self.tr("The day the deadline was agreed"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(requests.NOTE_MAX + 20)
        self.note_edit.setPlaceholderText(self.tr("Negotiation note, e.g. “payroll first; Friday is fine”"))
        for edit in (self.requested_edit, self.agreed_edit, self.note_edit):
            edit.editingFinished.connect(self._save_negotiation)
        self.summary = QLabel()  # what is recorded, in one line: the group's tooltip (no room for a row)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Arrived by")), 0, 0)
        grid.addWidget(self.channel_box, 0, 1)
        grid.addWidget(self.park_button, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Requested")), 1, 0)
        grid.addWidget(self.requested_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("agreed on")), 1, 2)
        grid.addWidget(self.agreed_edit, 1, 3)
        grid.addWidget(self.note_edit, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # -- showing ----------------------------------------------------------------------------
    def show_values(self, task_id: str, values: dict[str, Any]) -> None:
        self.task_id, self.values = task_id, values
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(values.get("channel") or "")))
        parked = values.get("parked_at")
        self.park_button.setText(self.tr("Unpark") if parked else self.tr("Park for the next meeting"))
        self.park_button.setToolTip(self.tr("Take it off the next meeting's agenda") if parked else
                                    self.tr("Put it on its country's next meeting agenda instead of handling it now"))
        for edit, key in ((self.requested_edit, "requested_due_on"), (self.agreed_edit, "deadline_agreed_on")):
            day = values.get(key)
            text = day.strftime("%d/%m/%Y") if day else ""
            if edit.text() != text:
                edit.setText(text)
        if self.note_edit.text() != values.get("deadline_note", ""):
            self.note_edit.setText(values.get("deadline_note", ""))
            self.note_edit.setCursorPosition(0)
        self.summary.setText(self.summary_text())
        self.setToolTip(self.summary.text())

    def summary_text(self) -> str:
        """"Parked on 23 Nov · Requested 5 Dec · agreed on 23 Nov — note" (what is recorded)."""
        v, locale = self.values, QLocale()
        parts = []
        if v.get("parked_at"):
            day = v["parked_at"].astimezone(self.ctx.zone).date()
            parts.append(self.tr("Parked on {0}").format(locale.toString(QDate(day), "d MMM")))
        if v.get("requested_due_on"):
            parts.append(self.tr("Requested {0}").format(locale.toString(QDate(v["requested_due_on"]), "d MMM yyyy")))
        if v.get("deadline_agreed_on"):
            parts.append(self.tr("agreed on {0}").format(locale.toString(QDate(v["deadline_agreed_on"]), "d MMM yyyy")))
        text = " · ".join(parts)
        if v.get("deadline_note"):
            text += (" — " if text else "") + v["deadline_note"]
        return text

    # -- saving -----------------------------------------------------------------------------
    def _run(self, text: str, operation: Callable[[], Applied]) -> bool:
        return self.ctx.run(text, operation) is not None

    def _save_channel(self, _index: int = 0) -> None:
        channel = self.channel_box.currentData()
        if self.task_id is None or channel == (self.values.get("channel") or ""):
            return
        store, ids = self.ctx.store, [self.task_id]
        self._run(self.tr("Set how the request arrived"), lambda: operations.set_channel(store, ids, channel))

    def toggle_park(self) -> None:
        if self.task_id is None:
            return
        store, ids, now = self.ctx.store, [self.task_id], self.ctx.now()
        if self.values.get("parked_at"):
            self._run(self.tr("Unpark task"), lambda: operations.unpark(store, ids))
        else:
            self._run(self.tr("Park for the next meeting"), lambda: operations.park_tasks(store, ids, now))

    def _read(self, edit: DateField, key: str) -> dt.date | None:
        now_local = self.ctx.now().astimezone(self.ctx.zone).replace(tzinfo=None)
        reading = core.read_entry(edit.text(), now_local, self.values.get(key))
        return reading.value.date() if reading is not None and reading.value is not None else None

    def negotiation(self) -> tuple[dt.date | None, dt.date | None, str]:
        """What the fields say (``ValidationError`` for bad input)."""
        return (self._read(self.requested_edit, "requested_due_on"),
                self._read(self.agreed_edit, "deadline_agreed_on"),
                requests.clean_note(self.note_edit.text()))

    def _save_negotiation(self) -> None:
        if self.task_id is None:
            return
        try:
            requested, agreed, note = self.negotiation()
        except ValidationError as exc:
            self.failed.emit(exc)
            return
        v = self.values
        if (requested, agreed, note) == (v.get("requested_due_on"), v.get("deadline_agreed_on"),
                                         v.get("deadline_note", "")):
            return
        store, task_id = self.ctx.store, self.task_id
        self._run(self.tr("Change the negotiated deadline"),
                  lambda: operations.set_negotiation(store, task_id, requested, agreed, note))
