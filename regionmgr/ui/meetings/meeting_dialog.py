"""The dialog to create or edit a weekly meeting series.

Title, organizer (name and e-mail, remembered as the defaults for the next
series), weekday, start time, duration, the organizer's zone, video link,
first date, end (never / until / count), description, and attendees: contacts
from any country or free e-mail addresses. "Find a time…" opens the time
finder for the attendees' countries. OK checks the input with the core rules
and shows what is wrong inside the dialog; nothing is saved until it is right.
The page turns the result into one undoable edit.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import AttendeeView, MeetingError, SeriesView
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.meetings.meeting_models import AttendeeModel, error_text, weekday_name
from regionmgr.ui.meetings.time_finder import TimeFinderDialog


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class MeetingDialog(QDialog):
    """Edit buffer for one series; ``values()`` and ``attendees()`` once accepted."""

    def __init__(self, ctx: AppContext, view: SeriesView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.finder: TimeFinderDialog | None = None
        self.setWindowTitle(self.tr("Edit the meeting series") if view else self.tr("New meeting series"))
        self._contacts = {cid: (name, email, code) for cid, name, email, code in meetings.contacts_with_email(ctx.store)}

        self.name = QLineEdit()
        self.organizer_name = QLineEdit()
        self.organizer_email = QLineEdit()
        self.weekday = QComboBox()
        for iso in range(1, 8):
            self.weekday.addItem(weekday_name(iso), iso)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60 + 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.video_url = QLineEdit()
        self.video_url.setPlaceholderText(self.tr("Teams, Zoom, Meet or any link"))
        self.first_date = QDateEdit()
        self.first_date.setCalendarPopup(True)
        self.end_never = QRadioButton(self.tr("Never"))
        self.end_until = QRadioButton(self.tr("On"))
        self.end_count = QRadioButton(self.tr("After"))
        self.end_group = QButtonGroup(self)
        for b in (self.end_never, self.end_until, self.end_count):
            self.end_group.addButton(b)
        self.until_date = QDateEdit()
        self.until_date.setCalendarPopup(True)
        self.count = QSpinBox()
        self.count.setRange(0, 1000)
        self.count.setSuffix(self.tr(" meetings"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Shown at the top of the invite"))
        self.description.setFixedHeight(60)
        self.invite_agenda = QCheckBox(self.tr("Include a short agenda per attending country"))
        self.invite_agenda.setToolTip(self.tr(
            "The invite then lists, for each country with an attendee, the titles of its items. Notes, "
            "requesters, due dates and other countries are never sent: the full agenda stays in the app."))
        self.find_button = QPushButton(self.tr("Find a time…"))

        when = QHBoxLayout()
        for w in (self.weekday, self.start, self.duration, self.find_button):
            when.addWidget(w)
        end = QGridLayout()
        end.addWidget(self.end_never, 0, 0)
        end.addWidget(self.end_until, 1, 0)
        end.addWidget(self.until_date, 1, 1)
        end.addWidget(self.end_count, 2, 0)
        end.addWidget(self.count, 2, 1)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.name)
        form.addRow(self.tr("Organizer:"), self.organizer_name)
        form.addRow(self.tr("Organizer's e-mail:"), self.organizer_email)
        form.addRow(self.tr("Every:"), when)
        form.addRow(self.tr("Time zone:"), self.zone)
        self.zone_note = QLabel(self.tr(
            "This zone's clock changes follow no yearly rule. The invite lists each change, so most calendar "
            "programs show every meeting at the right time, but older Outlook versions may show some meetings "
            "an hour early or late."))
        self.zone_note.setWordWrap(True)
        self.zone_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.zone_note.hide()
        form.addRow("", self.zone_note)
        self.zone.currentTextChanged.connect(self._update_zone_note)
        form.addRow(self.tr("Video link:"), self.video_url)
        form.addRow(self.tr("From:"), self.first_date)
        form.addRow(self.tr("Ends:"), end)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow("", self.invite_agenda)

        # Attendees: the dialog's own edit buffer.
        self.attendee_model = AttendeeModel(self)
        self.attendee_view = QTableView()
        self.attendee_view.setModel(self.attendee_model)
        self.attendee_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendee_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attendee_view.verticalHeader().hide()
        self.contact_pick = QComboBox()
        for cid, (name, email, code) in self._contacts.items():
            self.contact_pick.addItem(f"{name} ({code}) <{email}>", cid)
        self.add_contact = QPushButton(self.tr("Add contact"))
        self.free_email = QLineEdit()
        self.free_email.setPlaceholderText(self.tr("name@example.com"))
        self.add_email = QPushButton(self.tr("Add address"))
        self.remove_attendee = QPushButton(self.tr("Remove"))
        self.toggle_optional = QPushButton(self.tr("Required / optional"))
        pick = QHBoxLayout()
        pick.addWidget(self.contact_pick, 1)
        pick.addWidget(self.add_contact)
        free = QHBoxLayout()
        free.addWidget(self.free_email, 1)
        free.addWidget(self.add_email)
        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.toggle_optional)
        tools.addWidget(self.remove_attendee)
        box = QGroupBox(self.tr("Attendees"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.attendee_view)
        box_layout.addLayout(pick)
        box_layout.addLayout(free)
        box_layout.addLayout(tools)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.css('error')};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.add_contact.clicked.connect(self.add_selected_contact)
        self.add_email.clicked.connect(self.add_free_address)
        # Enter in the address field adds the address; it must not reach the dialog's OK button.
        self.free_email.installEventFilter(self)
        self.remove_attendee.clicked.connect(self.remove_selected)
        self.toggle_optional.clicked.connect(self.toggle_selected_role)
        self.find_button.clicked.connect(self.open_time_finder)
        self.end_group.buttonToggled.connect(lambda *_a: self._update_end())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._load(view)
        self.resize(980, 560)

    # -- loading ------------------------------------------------------------------------------
    def _load(self, view: SeriesView | None) -> None:
        if view is None:
            defaults = meetings.get_settings(self.ctx.store, ["organizer_name", "organizer_email"])
            if not defaults["organizer_email"]:  # no default saved yet: the organizer of an existing series
                existing = meetings.list_series(self.ctx.store)
                if existing:
                    defaults = {"organizer_name": existing[0].organizer_name,
                                "organizer_email": existing[0].organizer_email}
            today = self.ctx.now().astimezone(self.ctx.zone).date()
            view = SeriesView(
                id="", name="", uid="", organizer_name=defaults["organizer_name"],
                organizer_email=defaults["organizer_email"], weekday=2, start_local=dt.time(10, 0),
                duration_min=60, timezone=self.ctx.zone_name, video_url="", first_date=today, end_kind="never",
                until_date=None, count=None, description="", sequence=0, status="active")
        self.name.setText(view.name)
        self.organizer_name.setText(view.organizer_name)
        self.organizer_email.setText(view.organizer_email)
        self.weekday.setCurrentIndex(view.weekday - 1)
        self.start.setTime(QTime(view.start_local.hour, view.start_local.minute))
        self.duration.setValue(view.duration_min)
        self.zone.setCurrentText(view.timezone)
        self.video_url.setText(view.video_url)
        self.first_date.setDate(_qdate(view.first_date))
        self.until_date.setDate(_qdate(view.until_date or view.first_date + dt.timedelta(days=182)))
        self.count.setValue(view.count or 10)
        {"until": self.end_until, "count": self.end_count}.get(view.end_kind, self.end_never).setChecked(True)
        self.description.setPlainText(view.description)
        self.invite_agenda.setChecked(view.invite_agenda)
        self.attendee_model.set_rows(view.attendees)
        self._update_end()

    def _update_end(self) -> None:
        self.until_date.setEnabled(self.end_until.isChecked())
        self.count.setEnabled(self.end_count.isChecked())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.free_email and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.free_email.text().strip():
                self.add_free_address()
            return True
        return super().eventFilter(watched, event)

    # -- attendees ----------------------------------------------------------------------------
    def _add(self, attendee: AttendeeView) -> None:
        rows = self.attendee_model.rows
        if any(a.email.casefold() == attendee.email.casefold() for a in rows):
            self.error_label.setText(self.tr("{0} is already invited.").format(attendee.email))
            return
        self.attendee_model.set_rows([*rows, attendee])
        self.error_label.clear()

    def add_selected_contact(self) -> None:
        cid = self.contact_pick.currentData()
        if cid in self._contacts:
            name, email, code = self._contacts[cid]
            self._add(AttendeeView(name, email, "REQ-PARTICIPANT", cid, code))

    def add_free_address(self) -> None:
        text = self.free_email.text().strip()
        name, email = "", text
        if "<" in text and text.endswith(">"):
            name, email = text[: text.index("<")].strip().strip('"'), text[text.index("<") + 1:-1].strip()
        if not meetings.valid_email(email):
            self.error_label.setText(error_text(MeetingError("bad_email", text)))
            return
        self._add(AttendeeView(name, email))
        self.free_email.clear()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.attendee_view.selectionModel().selectedRows()})

    def remove_selected(self) -> None:
        drop = set(self._selected_rows())
        self.attendee_model.set_rows([a for i, a in enumerate(self.attendee_model.rows) if i not in drop])

    def toggle_selected_role(self) -> None:
        flip = set(self._selected_rows())
        rows = []
        for i, a in enumerate(self.attendee_model.rows):
            if i in flip:
                role = "REQ-PARTICIPANT" if a.role == "OPT-PARTICIPANT" else "OPT-PARTICIPANT"
                a = AttendeeView(a.name, a.email, role, a.contact_id, a.country_code, a.country_zone)
            rows.append(a)
        self.attendee_model.set_rows(rows)

    def _update_zone_note(self) -> None:
        self.zone_note.setVisible(meetings.needs_zone_notice(self.values()))

    # -- time finder --------------------------------------------------------------------------
    def open_time_finder(self) -> None:
        zone = self.zone.currentText().strip()
        try:
            meetings.validate({"name": "x", "timezone": zone, "organizer_email": "a@b.cc", "weekday": 1,
                               "duration_min": 60}, [{"email": "a@b.cc"}])
        except MeetingError as exc:
            self.error_label.setText(error_text(exc))
            return
        weeks = meetings.work_weeks_for(self.ctx.store, [a.contact_id for a in self.attendee_model.rows], zone)
        first = _pydate(self.first_date.date())
        today = self.ctx.now().astimezone(self.ctx.zone).date()
        start = max(first, today)
        day = start + dt.timedelta(days=(self.weekday.currentData() - start.isoweekday()) % 7)
        t = self.start.time()
        initial = dt.datetime.combine(day, dt.time(t.hour(), t.minute()), ZoneInfo(zone))
        self.finder = TimeFinderDialog(weeks, zone, max(self.duration.value(), 5), start, initial, self)
        self.finder.accepted.connect(self._take_finder_slot)
        self.finder.open()

    def _take_finder_slot(self) -> None:
        local = self.finder.chosen_local() if self.finder is not None else None
        if self.finder is None or local is None:
            return
        self.weekday.setCurrentIndex(local.isoweekday() - 1)
        self.start.setTime(QTime(local.hour, local.minute))
        self.duration.setValue(self.finder.duration.value())

    # -- result -------------------------------------------------------------------------------
    def values(self) -> dict:
        t = self.start.time()
        end_kind = "until" if self.end_until.isChecked() else "count" if self.end_count.isChecked() else "never"
        return {
            "name": self.name.text().strip(),
            "organizer_name": self.organizer_name.text().strip(),
            "organizer_email": self.organizer_email.text().strip(),
            "weekday": int(self.weekday.currentData()),
            "start_local": dt.time(t.hour(), t.minute()),
            "duration_min": self.duration.value(),
            "timezone": self.zone.currentText().strip(),
            "video_url": self.video_url.text().strip(),
            "first_date": _pydate(self.first_date.date()),
            "end_kind": end_kind,
            "until_date": _pydate(self.until_date.date()) if end_kind == "until" else None,
            "count": self.count.value() if end_kind == "count" else None,
            "description": self.description.toPlainText().strip(),
            "invite_agenda": self.invite_agenda.isChecked(),
        }

    def attendees(self) -> list[dict]:
        return [{"name": a.name, "email": a.email, "role": a.role, "contact_id": a.contact_id}
                for a in self.attendee_model.rows]

    def accept(self) -> None:
        try:
            meetings.validate(self.values(), self.attendees())
        except MeetingError as exc:
            self.error_label.setText(error_text(exc))
            return
        super().accept()
