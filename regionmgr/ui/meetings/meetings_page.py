"""The Meetings page: weekly video meeting series, their invites, updates, cancellations and agenda.

Left, the series; right, the selected one: when and where, the next meeting's
agenda with each attendee's local time, the attendees, the skipped dates and
the history of what was sent. Every change is one undoable step (the whole
series is snapshotted before and after). Invites are saved as .ics files
(atomically) for the user to attach to an e-mail: ``mailto:`` cannot attach a
file, so "Compose e-mail" fills in the recipients, the subject and the invite's own text
(what attendees may see: ``meeting_texts``), never the internal agenda.

For tests, ``ask_save_path(title, suggested, filter)`` and ``open_url(QUrl)``
are attributes that can be replaced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.atomic import write_bytes
from regionmgr.core.changes import Applied
from regionmgr.core.errors import ValidationError
from regionmgr.core.meetings import agenda, operations
from regionmgr.core.meetings import series as meetings
from regionmgr.core.meetings.series import Outgoing, SeriesView
from regionmgr.core.storage import Store
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language as ui_language
from regionmgr.ui.common.i18n import locale_name
from regionmgr.ui.meetings import meeting_texts
from regionmgr.ui.meetings.meeting_dialog import MeetingDialog
from regionmgr.ui.meetings.meeting_models import (
    AttendeeModel,
    SentModel,
    SeriesListModel,
    SkipModel,
    error_text,
)
from regionmgr.ui.meetings.meeting_pickers import HolidayDialog, OccurrenceDialog
from regionmgr.ui.meetings.time_finder import TimeFinderDialog

if TYPE_CHECKING:  # the worker module is imported when a PDF is first written
    from regionmgr.ui.common.worker import Job

def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class MeetingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ask_save_path = self._ask_save_path
        self.open_url = QDesktopServices.openUrl
        self.last_saved: dict[str, Path] = {}
        self.dialog: QWidget | None = None  # the dialog currently open (for tests)
        self.pdf_job: Job | None = None

        self.series_model = SeriesListModel(self)
        self.series_view = _table(self.series_model)
        self.series_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.series_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SeriesListModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No meeting series yet. Create one with “New series”: "
                                          "title, attendees, weekday and time; then send the invite."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(False)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agenda_view = QTextBrowser()
        self.agenda_view.setOpenLinks(False)
        self.attendee_model = AttendeeModel(self)
        self.attendee_view = _table(self.attendee_model)
        self.attendee_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.skip_model = SkipModel(self)
        self.skip_view = _table(self.skip_model)
        self.skip_view.horizontalHeader().setStretchLastSection(False)
        self.skip_view.horizontalHeader().setSectionResizeMode(SkipModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.sent_model = SentModel(lambda: self.ctx.zone, self)
        self.sent_view = _table(self.sent_model)
        self.skip_holidays_button = QPushButton(self.tr("Skip public holidays…"))
        self.skip_week_button = QPushButton(self.tr("Skip a week…"))
        self.unskip_button = QPushButton(self.tr("Hold again"))
        self.save_copy_button = QPushButton(self.tr("Save this file again…"))
        skips = QWidget()
        skips_layout = QVBoxLayout(skips)
        skips_layout.addWidget(self.skip_view)
        row = QHBoxLayout()
        for b in (self.skip_holidays_button, self.skip_week_button, self.unskip_button):
            row.addWidget(b)
        row.addStretch(1)
        skips_layout.addLayout(row)
        sent = QWidget()
        sent_layout = QVBoxLayout(sent)
        sent_layout.addWidget(self.sent_view)
        row = QHBoxLayout()
        row.addWidget(self.save_copy_button)
        row.addStretch(1)
        sent_layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_view, self.tr("Next meeting's agenda"))
        self.tabs.addTab(self.attendee_view, self.tr("Attendees"))
        self.tabs.addTab(skips, self.tr("Skipped dates"))
        self.tabs.addTab(sent, self.tr("Sent"))

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_new = self._action(self.tr("New series…"), self.new_series)
        self.act_edit = self._action(self.tr("Edit…"), self.edit_series)
        self.act_find = self._action(self.tr("Find a time…"), self.find_time)
        self.toolbar.addSeparator()
        self.act_send = self._action(self.tr("Send invite…"), self.send_invite)
        self.act_cancel_week = self._action(self.tr("Cancel one week…"), self.ask_cancel_week)
        self.act_cancel_series = self._action(self.tr("Cancel series…"), self.ask_cancel_series)
        self.toolbar.addSeparator()
        self.act_open = self._action(self.tr("Open in calendar"), self.open_in_calendar)
        self.act_mail = self._action(self.tr("Compose e-mail"), self.compose_email)
        self.act_print = self._action(self.tr("Print agenda…"), self.print_agenda)
        self.act_pdf = self._action(self.tr("Agenda as PDF…"), self.agenda_pdf)
        # Meeting mode: a button beside the series' details (the toolbar is full in French).
        self.act_meeting = QAction(self.tr("Start meeting"), self)
        self.act_meeting.triggered.connect(lambda _checked=False: self.start_meeting())
        self.meeting_button = QToolButton()
        self.meeting_button.setDefaultAction(self.act_meeting)
        self.toolbar.addSeparator()
        self.act_delete = self._action(self.tr("Delete series"), self.delete_series)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.series_view)
        left_layout.addWidget(self.empty_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        details_row.addWidget(self.meeting_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(details_row)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 760])
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.series_view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())
        self.series_view.doubleClicked.connect(lambda _i: self.edit_series())
        self.skip_holidays_button.clicked.connect(self.ask_skip_holidays)
        self.skip_week_button.clicked.connect(self.ask_skip_week)
        self.unskip_button.clicked.connect(self.unskip_selected)
        self.save_copy_button.clicked.connect(self.save_sent_copy)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.zone_changed.connect(lambda _zone: self.show_current())
        self.reload()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # -- loading -------------------------------------------------------------------------------
    def _on_data_changed(self, table: str) -> None:
        if table in ("", "meeting_series", "task", "contact", "country", "setting"):
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self.series_model.set_rows(meetings.list_series(self.ctx.store))
        row = self.series_model.row_of(keep)
        if row < 0 and self.series_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.series_view.selectionModel().setCurrentIndex(
                self.series_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.empty_label.setVisible(self.series_model.rowCount() == 0)
        self.show_current()

    def current(self) -> SeriesView | None:
        index = self.series_view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.series_model.rowCount():
            return None
        return self.series_model.row_at(index.row())

    def current_id(self) -> str | None:
        view = self.current() if hasattr(self, "series_view") else None
        return view.id if view else None

    def select_series(self, series_id: str) -> None:
        row = self.series_model.row_of(series_id)
        if row >= 0:
            self.series_view.selectRow(row)

    def show_current(self) -> None:
        view = self.current()
        active = view is not None and view.status == "active"
        for action in (self.act_edit, self.act_find, self.act_delete, self.act_print, self.act_pdf, self.act_mail,
                       self.act_meeting):
            action.setEnabled(view is not None)
        for action in (self.act_send, self.act_cancel_week, self.act_cancel_series):
            action.setEnabled(active)
        for button in (self.skip_holidays_button, self.skip_week_button, self.unskip_button):
            button.setEnabled(active)
        self.act_open.setEnabled(view is not None and view.id in self.last_saved)
        self.act_send.setText(self.tr("Send update…") if view and view.sent else self.tr("Send invite…"))
        if view is None:
            for model in (self.attendee_model, self.skip_model, self.sent_model):
                model.set_rows([])
            self.details.setText("")
            self.agenda_view.setHtml("")
            return
        self.attendee_model.set_rows(view.attendees)
        self.skip_model.zone = view.zone  # a moved week's new time, in the series' zone
        self.skip_model.series = view  # an extra meeting (off the weekly rule) is shown as one
        self.skip_model.set_rows(view.skips)
        self.sent_model.set_rows(list(reversed(view.sent)))
        for table in (self.skip_view, self.sent_view):
            table.resizeColumnsToContents()
        self.details.setText(self._details_html(view))
        self.agenda_view.setHtml(agenda.agenda_html(self._agenda(view), locale_name()))

    def _agenda(self, view: SeriesView) -> agenda.Agenda:
        return agenda.build_agenda(self.ctx.store, view, self.ctx.now())

    def agenda_text(self, view: SeriesView) -> str:
        return agenda.agenda_text(self._agenda(view), locale_name())

    def _details_html(self, view: SeriesView) -> str:
        return meeting_texts.details_html(view, self.ctx.now())

    # -- undoable edits ------------------------------------------------------------------------
    def run(self, text: str, operation: Callable[[Store], Applied]) -> Applied | None:
        """Apply a named meeting operation as one undoable step (None: it failed, the user was told)."""
        store = self.ctx.store
        return self.ctx.run(text, lambda: operation(store))

    def show_error(self, exc: Exception | str) -> None:
        message = exc if isinstance(exc, str) else error_text(exc)
        self.status.setText(message)
        self.ctx.error_raised.emit(message)

    # -- series --------------------------------------------------------------------------------
    def new_series(self) -> MeetingDialog:
        dialog = MeetingDialog(self.ctx, None, self)
        dialog.accepted.connect(lambda: self._create_from(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create_from(self, dialog: MeetingDialog) -> None:
        values, attendees = dialog.values(), dialog.attendees()
        organizer = {"organizer_name": values["organizer_name"], "organizer_email": values["organizer_email"]}
        done = self.run(self.tr("New meeting series"),
                        lambda store: operations.create_series(store, values, attendees, organizer))
        if done is not None:
            self.select_series(str(done.result))

    def edit_series(self) -> MeetingDialog | None:
        view = self.current()
        if view is None:
            return None
        dialog = MeetingDialog(self.ctx, view, self)
        dialog.accepted.connect(lambda: self._update_from(view.id, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _update_from(self, series_id: str, dialog: MeetingDialog) -> None:
        values, attendees = dialog.values(), dialog.attendees()
        organizer = {"organizer_name": values["organizer_name"], "organizer_email": values["organizer_email"]}
        if self.run(self.tr("Edit meeting series"),
                    lambda store: operations.update_series(store, series_id, values, attendees, organizer)):
            view = meetings.load_series(self.ctx.store, series_id)
            if view.sent and view.status == "active":
                self.status.setText(self.tr("Changed. Send the update so the attendees' calendars follow."))

    def find_time(self) -> TimeFinderDialog | None:
        """The time finder for the series' attendees; the chosen slot moves the series (undoable)."""
        view = self.current()
        if view is None:
            return None
        weeks = meetings.work_weeks_for(self.ctx.store, [a.contact_id for a in view.attendees], view.timezone)
        day = meetings.next_occurrence(view, self.ctx.now()) or self.ctx.now().astimezone(view.zone).date()
        dialog = TimeFinderDialog(weeks, view.timezone, view.duration_min, day, view.start_at(day), self)
        dialog.accepted.connect(lambda: self._move_to(view, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _move_to(self, view: SeriesView, dialog: TimeFinderDialog) -> None:
        local = dialog.chosen_local()
        if local is None:
            return
        values = {**meetings.values_of(view), "weekday": local.isoweekday(),
                  "start_local": dt.time(local.hour, local.minute), "duration_min": dialog.duration.value()}
        attendees = meetings.attendee_values(view)
        try:
            meetings.validate(values, attendees)
        except ValidationError as exc:
            self.show_error(exc)
            return
        moved = self.run(self.tr("Move the meeting"),
                         lambda store: operations.update_series(store, view.id, values, attendees))
        if moved and view.sent:
            self.status.setText(self.tr("Changed. Send the update so the attendees' calendars follow."))

    def delete_series(self) -> None:
        view = self.current()
        if view is not None:
            self.run(self.tr("Delete meeting series"), lambda store: operations.delete_series(store, view.id))

    # -- skipped dates -------------------------------------------------------------------------
    def _upcoming(self, view: SeriesView, weeks: int = 52) -> list[dt.date]:
        today = self.ctx.now().astimezone(view.zone).date()
        return meetings.scheduled(view, today, today + dt.timedelta(days=7 * weeks))

    def ask_skip_holidays(self) -> HolidayDialog | None:
        view = self.current()
        if view is None:
            return None
        today = self.ctx.now().astimezone(view.zone).date()
        clashes = meetings.holiday_clashes(self.ctx.store, view, today, today + dt.timedelta(days=365),
                                               ui_language())
        dialog = HolidayDialog(clashes, self)
        dialog.accepted.connect(lambda: self.skip_dates(view.id, [(c.on_date, c.reason()) for c in dialog.chosen()]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_skip_week(self) -> OccurrenceDialog | None:
        view = self.current()
        if view is None:
            return None
        skipped = view.skipped()
        dates = [d for d in self._upcoming(view) if d not in skipped]
        dialog = OccurrenceDialog(self.tr("Skip a week"), self.tr(
            "This date is left out of the series (as a skipped date) in the next invite or update. "
            "To tell the attendees now, use “Cancel one week” instead."), dates, parent=self)
        dialog.accepted.connect(lambda: self._skip_chosen(view.id, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _skip_chosen(self, series_id: str, dialog: OccurrenceDialog) -> None:
        day = dialog.chosen_date()
        if day is not None:  # OK is disabled when there is no week to choose
            self.skip_dates(series_id, [(day, dialog.reason.text().strip())])

    def skip_dates(self, series_id: str, skips: list[tuple[dt.date, str]]) -> None:
        if skips:
            self.run(self.tr("Skip meetings"), lambda store: operations.add_skips(store, series_id, skips))

    def unskip_selected(self) -> None:
        view = self.current()
        rows = {i.row() for i in self.skip_view.selectionModel().selectedRows()}
        days = [self.skip_model.row_at(r).on_date for r in rows if not self.skip_model.row_at(r).cancelled]
        if view is not None and days:
            self.run(self.tr("Hold meetings again"), lambda store: operations.remove_skips(store, view.id, days))

    # -- sending -------------------------------------------------------------------------------
    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        folder = str(self.ctx.settings.value("meetings/last_dir", "") or Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested), file_filter)
        if path:
            self.ctx.settings.setValue("meetings/last_dir", str(Path(path).parent))
        return path or None

    def _save_and_record(self, view: SeriesView, out: Outgoing, text: str, reason: str = "") -> bool:
        target = self.ask_save_path(self.tr("Save the calendar file"), out.filename(view, ui_language()),
                                    self.tr("Calendar files (*.ics)"))
        if not target:
            return False
        path = Path(target)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            write_bytes(path, out.data, mode=0o644)
        except OSError as exc:
            self.show_error(self.tr("The file could not be written: {0}").format(exc.strerror or exc))
            return False
        now = self.ctx.now()
        if not self.run(text, lambda store: operations.record_sent(store, view.id, out, now, reason)):
            return False
        self.last_saved[view.id] = path
        self.act_open.setEnabled(True)
        self.status.setText(self.tr("Saved {0}. Attach it to an e-mail to the attendees "
                                    "(“Compose e-mail” fills in the rest).").format(path))
        return True

    def send_invite(self) -> bool:
        view = self.current()
        if view is None:
            return False
        try:
            # the invite gets what attendees should see (core.meetings.invite_text), never this agenda's text
            out = meetings.prepare_request(view, self.ctx.now(), self._agenda(view), ui_language(),
                                           QCoreApplication.translate)
        except ValidationError as exc:
            self.show_error(exc)
            return False
        text = self.tr("Send update") if view.sent else self.tr("Send invite")
        return self._save_and_record(view, out, text)

    def ask_cancel_week(self) -> OccurrenceDialog | None:
        view = self.current()
        if view is None:
            return None
        skipped = view.skipped()
        dates = [d for d in self._upcoming(view) if not (d in skipped and skipped[d].cancelled)]
        reasons = {d: s.reason for d, s in skipped.items()}
        dialog = OccurrenceDialog(self.tr("Cancel one week"), self.tr(
            "A cancellation for this one meeting is saved as a calendar file to send to the attendees; "
            "later updates leave it out."), dates, reasons, self)
        dialog.accepted.connect(lambda: self.cancel_week(dialog.chosen_date(), dialog.reason.text().strip()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def cancel_week(self, on_date: dt.date | None, reason: str = "") -> bool:
        view = self.current()
        if view is None or on_date is None:
            return False
        try:
            out = meetings.prepare_cancel(view, self.ctx.now(), on_date, self.tr("Cancelled: {0}").format(reason)
                                          if reason else "")
        except ValidationError as exc:
            self.show_error(exc)
            return False
        return self._save_and_record(view, out, self.tr("Cancel one meeting"), reason)

    def ask_cancel_series(self) -> QMessageBox | None:
        view = self.current()
        if view is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel series"),
                          self.tr("Cancel every meeting of “{0}”? A cancellation is saved as a calendar file "
                                  "to send to the attendees.").format(view.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.accepted.connect(self.cancel_series)
        self.dialog = box
        box.open()
        return box

    def cancel_series(self) -> bool:
        view = self.current()
        if view is None:
            return False
        try:
            out = meetings.prepare_cancel(view, self.ctx.now())
        except ValidationError as exc:
            self.show_error(exc)
            return False
        return self._save_and_record(view, out, self.tr("Cancel meeting series"))

    def save_sent_copy(self) -> None:
        view = self.current()
        rows = self.sent_view.selectionModel().selectedRows()
        if view is None or not rows:
            return
        sent = self.sent_model.row_at(rows[0].row())
        target = self.ask_save_path(self.tr("Save the calendar file"), f"{view.name}-{sent.sequence}.ics",
                                    self.tr("Calendar files (*.ics)"))
        if target:
            try:
                write_bytes(target, sent.ics.encode("utf-8"), mode=0o644)
            except OSError as exc:
                self.show_error(self.tr("The file could not be written: {0}").format(exc.strerror or exc))

    # -- output --------------------------------------------------------------------------------
    def open_in_calendar(self) -> None:
        view = self.current()
        if view is not None and view.id in self.last_saved:
            self.open_url(QUrl.fromLocalFile(str(self.last_saved[view.id])))

    def mailto_url(self, view: SeriesView) -> QUrl:
        """mailto: with the attendees, a subject and the invite's attendee-safe text (never the agenda)."""
        return meeting_texts.mailto_url(view, self._agenda(view), ui_language())

    def compose_email(self) -> None:
        view = self.current()
        if view is not None:
            self.open_url(self.mailto_url(view))

    def agenda_html(self, view: SeriesView) -> str:
        return agenda.agenda_html(self._agenda(view), locale_name())

    def start_meeting(self) -> QDialog | None:
        """Meeting mode for the selected series' current or next occurrence."""
        view = self.current()
        if view is None:
            return None
        day = agenda.next_open_occurrence(self.ctx.store, view, self.ctx.now())
        if day is None:
            self.show_error(self.tr("This series has no meeting to come."))
            return None
        from regionmgr.ui.meetings.meeting_mode import MeetingModeDialog

        dialog = MeetingModeDialog(self.ctx, view, day, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_agenda(self) -> None:
        view = self.current()
        if view is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from regionmgr.ui.common.pdf import print_html

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        content = self.agenda_html(view)
        dialog.accepted.connect(lambda: print_html(content, printer, view.name))
        self.dialog = dialog
        # PySide6's QPrintDialog.open takes (receiver, member) only and hides QDialog.open(): call the base one.
        QDialog.open(dialog)

    def agenda_pdf(self, target: str | None = None) -> None:
        view = self.current()
        if view is None:
            return
        target = target or self.ask_save_path(self.tr("Save the agenda"), meetings.agenda_file_name(view, ui_language()),
                                              self.tr("PDF files (*.pdf)"))
        if not target:
            return
        from regionmgr.ui.common.pdf import write_pdf
        from regionmgr.ui.common.worker import Job, start

        content, title = self.agenda_html(view), view.name
        job = Job(lambda _report: write_pdf(content, target, title))
        job.signals.finished.connect(lambda path: self.status.setText(self.tr("Agenda saved: {0}").format(path)))
        job.signals.failed.connect(lambda exc: self.show_error(self.tr("The agenda could not be saved: {0}").format(exc)))
        self.pdf_job = start(job)
