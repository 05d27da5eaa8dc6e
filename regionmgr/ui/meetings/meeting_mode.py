"""Meeting mode: walk one occurrence of a series country by country, record answers and decisions
in one keystroke, capture new requests, then close the meeting and send the minutes.

Keys in the item list: A records an answer on the selected item, D a decision, N goes to the
new-request line; Page Down / Page Up (or Alt+Right / Alt+Left) go to the next / previous
country. In the text line, Enter records and Escape abandons. Every record is one undoable step
(``core.meetings.operations``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.meetings import agenda, minutes, operations
from regionmgr.core.meetings.series import SeriesView
from regionmgr.core.tasks.capture import load_countries, load_people, parse_capture
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.links import mailto_qurl

TASK_ROLE = Qt.ItemDataRole.UserRole


class MeetingModeDialog(QDialog):
    """One occurrence, one country at a time."""

    def __init__(self, ctx: AppContext, view: SeriesView, day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.view, self.day = ctx, view, day
        self.minutes_dialog: MinutesDialog | None = None
        self.setWindowTitle(self.tr("Meeting mode – {0}").format(view.name))
        self.resize(900, 640)
        self.country_ids = {c.code: c.id for c in load_countries(ctx.store)}
        self.codes = self._attending_codes()
        self.index = 0
        self.pending = ""  # "answer" or "decision" while the text line is open for one

        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("meetingItems")
        self.items.setWordWrap(True)
        self.hint = QLabel(self.tr("A: answer · D: decision · N: new request · Page Down / Page Up: next / "
                                   "previous country"))
        self.hint.setWordWrap(True)
        self.entry_label = QLabel()
        self.entry_label.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setObjectName("meetingEntry")
        self.capture = QLineEdit()
        self.capture.setObjectName("meetingCapture")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("← Previous country"))
        self.next_button = QPushButton(self.tr("Next country →"))
        self.end_button = QPushButton(self.tr("End meeting…"))
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.entry_label)
        layout.addWidget(self.entry)
        layout.addWidget(self.capture)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_entry(False)

        self.prev_button.clicked.connect(self.previous_country)
        self.next_button.clicked.connect(self.next_country)
        self.end_button.clicked.connect(self.end_meeting)
        self.entry.returnPressed.connect(self.commit_entry)
        self.capture.returnPressed.connect(self.capture_request)
        for keys, slot in (("Alt+Right", self.next_country), ("Alt+Left", self.previous_country)):
            QShortcut(QKeySequence(keys), self, slot)
        self.items.installEventFilter(self)
        self.entry.installEventFilter(self)
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()
        self.items.setFocus()

    # -- countries -------------------------------------------------------------------------------
    def _attending_codes(self) -> list[str | None]:
        """The attendees' countries in the region's order (every country with items when no
        attendee has one)."""
        order = list(self.country_ids)
        attending = {a.country_code for a in self.view.attendees if a.country_code}
        if attending:
            return [c for c in order if c in attending]
        built = agenda.build_agenda(self.ctx.store, self.view, self.ctx.now(), self.day)
        return [g.code for g in built.countries] or [None]

    @property
    def code(self) -> str | None:
        return self.codes[self.index] if self.codes else None

    def next_country(self) -> None:
        if self.index < len(self.codes) - 1:
            self.index += 1
            self._show_entry(False)  # an answer being written was about the other country's item
            self.refresh()

    def previous_country(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_entry(False)  # an answer being written was about the other country's item
            self.refresh()

    def _country_label(self, code: str | None) -> str:
        return agenda.country_name(code, current_language(), agenda.labels_for(current_language()))

    # -- display ---------------------------------------------------------------------------------
    def _on_data_changed(self, table: str) -> None:
        if table in ("", "task", "meeting_item", "meeting_minutes"):
            self.refresh()

    def section_titles(self) -> dict[str, str]:
        return {"raised": self.tr("Requests since the last meeting"), "parked": self.tr("Parked for this meeting"),
                "answered": self.tr("Answers to give"), "waiting": self.tr("Waiting for others"),
                "overdue": self.tr("Overdue")}

    def refresh(self) -> None:
        code = self.code
        self.heading.setText(self.tr("{0} – {1} ({2} of {3})").format(
            self.view.name, self._country_label(code), self.index + 1, max(len(self.codes), 1)))
        self.capture.setPlaceholderText(self.tr("New request for {0} (Enter adds it)").format(
            self._country_label(code)))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.codes) - 1)
        built = agenda.build_agenda(self.ctx.store, self.view, self.ctx.now(), self.day)
        group = next((g for g in built.countries if g.code == code), agenda.CountryAgenda(code))
        recorded = self._recorded()
        keep = self.selected_task()
        self.items.clear()
        sections = [(title, getattr(group, section)) for section, title in self.section_titles().items()]
        shown = {entry.task_id for _title, entries in sections for entry in entries}
        # What was discussed and has left every list since (a parked item answered is unparked).
        discussed = [agenda.AgendaItem(title, task_id=task_id) for task_id, code_, _kind, _body, title
                     in minutes.occurrence_records(self.ctx.store, self.view.id, self.day)
                     if task_id and code_ == code and task_id not in shown]
        sections.append((self.tr("Discussed in this meeting"), list({i.task_id: i for i in discussed}.values())))
        for title, entries in sections:
            if not entries:
                continue
            self._add_header(title)
            for entry in entries:
                lines = [entry.title] + [f"    → {said}" for said in recorded.get(entry.task_id, [])]
                item = QListWidgetItem("\n".join(lines))
                item.setData(TASK_ROLE, entry.task_id)
                self.items.addItem(item)
                if entry.task_id == keep:
                    self.items.setCurrentItem(item)
        notes = recorded.get(f"country:{code}", [])
        if notes:
            self._add_header(self.tr("Recorded for the country"))
            for said in notes:
                item = QListWidgetItem(f"→ {said}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.items.addItem(item)
        if self.items.currentItem() is None:
            first = next((self.items.item(i) for i in range(self.items.count())
                          if self.items.item(i).data(TASK_ROLE)), None)
            if first is not None:
                self.items.setCurrentItem(first)

    def _add_header(self, title: str) -> None:
        header = QListWidgetItem(title)
        header.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: the keys move over it
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setForeground(self.palette().color(QPalette.ColorRole.WindowText))  # readable, not greyed
        self.items.addItem(header)

    def _recorded(self) -> dict[str, list[str]]:
        """What was said, by task id (and "country:<code>" for points about the country)."""
        kinds = {"answer": self.tr("Answer: {0}"), "decision": self.tr("Decision: {0}")}
        out: dict[str, list[str]] = {}
        for task_id, code, kind, body, _title in minutes.occurrence_records(self.ctx.store, self.view.id, self.day):
            if kind not in kinds:  # a request raised here: the task itself is listed
                continue
            key = task_id or f"country:{code}"
            out.setdefault(key, []).append(kinds.get(kind, "{0}").format(body))
        return out

    def selected_task(self) -> str | None:
        item = self.items.currentItem()
        return item.data(TASK_ROLE) if item is not None and item.data(TASK_ROLE) else None

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.items and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if key in (Qt.Key.Key_A, Qt.Key.Key_R):  # A(nswer), R(éponse): the hint names one per language
                    self.begin("answer")
                    return True
                if key == Qt.Key.Key_D:
                    self.begin("decision")
                    return True
                if key == Qt.Key.Key_N:
                    self.capture.setFocus()
                    return True
                if key == Qt.Key.Key_PageDown:
                    self.next_country()
                    return True
                if key == Qt.Key.Key_PageUp:
                    self.previous_country()
                    return True
            if watched is self.entry and key == Qt.Key.Key_Escape:
                self._show_entry(False)
                self.items.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _show_entry(self, shown: bool) -> None:
        self.entry_label.setVisible(shown)
        self.entry.setVisible(shown)
        if not shown:
            self.pending = ""
            self.entry.clear()

    def begin(self, kind: str) -> None:
        """Open the text line for an answer or a decision on the selected item (on the country
        when no item is selected)."""
        self.pending = kind
        task = self.items.currentItem()
        about = task.text().splitlines()[0] if task is not None and self.selected_task() else \
            self._country_label(self.code)
        text = self.tr("Answer on “{0}” (Enter records, Escape cancels):") if kind == "answer" else \
            self.tr("Decision on “{0}” (Enter records, Escape cancels):")
        self.entry_label.setText(text.format(about))
        self._show_entry(True)
        self.entry.setFocus()

    def commit_entry(self) -> None:
        kind, body, task_id = self.pending, self.entry.text(), self.selected_task()
        if not kind:
            return
        country = self.country_ids.get(self.code) if self.code else None
        applied = self.ctx.run(self.tr("Record in the meeting"), lambda: operations.record_item(
            self.ctx.store, self.view.id, self.day, kind, body, task_id, country))
        if applied is None:
            self.message.setText(self.tr("Nothing recorded: write the answer or decision first."))
            return
        self.message.setText(self.tr("Recorded. Ctrl+Z undoes it."))
        self._show_entry(False)
        self.items.setFocus()

    def capture_request(self) -> None:
        text = self.capture.text()
        countries = load_countries(self.ctx.store)
        cap = parse_capture(text, self.ctx.now(), countries, load_people(self.ctx.store), self.ctx.zone_name)
        if cap.ok and cap.country is None and self.code:  # the section's country: its zone for the date
            cap = parse_capture(f"{self.code} {text}", self.ctx.now(), countries, load_people(self.ctx.store),
                                self.ctx.zone_name)
        if not cap.ok:
            self.message.setText(self.tr("Nothing added: write what is asked (a country alone is not a request)."))
            return
        country = self.country_ids.get(self.code) if self.code else None
        applied = self.ctx.run(self.tr("New request in the meeting"), lambda: operations.capture_request(
            self.ctx.store, self.view.id, self.day, cap, country))
        if applied is not None:
            self.capture.clear()
            self.message.setText(self.tr("Request added. Ctrl+Z undoes it."))

    # -- the end ---------------------------------------------------------------------------------
    def end_meeting(self) -> MinutesDialog | None:
        recap = minutes.build_recap(self.ctx.store, self.view, self.day)
        text = minutes.recap_text(recap, current_language())
        applied = self.ctx.run(self.tr("End the meeting"), lambda: operations.close_meeting(
            self.ctx.store, self.view.id, self.day, text, self.ctx.now()))
        if applied is None:
            return None
        self.minutes_dialog = MinutesDialog(self.ctx, recap, self.parentWidget())
        self.minutes_dialog.open()
        self.accept()
        return self.minutes_dialog


class MinutesDialog(QDialog):
    """The minutes: read, e-mailed to one country's attendees, saved as PDF or HTML."""

    def __init__(self, ctx: AppContext, recap: minutes.Recap, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.recap = ctx, recap
        self.open_url = QDesktopServices.openUrl
        self.ask_save_path = self._ask_save_path
        self.setWindowTitle(self.tr("Minutes – {0}").format(recap.series.name))
        self.resize(760, 560)
        language = current_language()
        self.view = QTextBrowser()
        self.view.setHtml(minutes.recap_html(recap, language))
        self.country = QComboBox()
        self.country.addItem(self.tr("Every country"), "*")
        for group in recap.countries:
            self.country.addItem(minutes.country_name(group.code, language), group.code)
        self.compose_button = QPushButton(self.tr("Compose e-mail"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.html_button = QPushButton(self.tr("Save as HTML…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For:")))
        row.addWidget(self.country)
        for b in (self.compose_button, self.pdf_button, self.html_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.compose_button.clicked.connect(self.compose)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.html_button.clicked.connect(lambda: self.save("html"))
        self.close_button.clicked.connect(self.accept)

    def mailto(self) -> QUrl:
        url = minutes.mailto_url(self.recap, self.country.currentData(), current_language())
        return mailto_qurl(url)

    def compose(self) -> None:
        if not minutes.recipients(self.recap.series, self.country.currentData()):
            self.status.setText(self.tr("No attendee of this country has a valid e-mail address: "
                                        "the message opens without recipients."))
        self.open_url(self.mailto())

    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path or None

    def save(self, kind: str, target: str | None = None) -> Path | None:
        name = f"{self.recap.series.name} {self.recap.day.isoformat()}.{kind}"
        file_filter = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("HTML files (*.html)")
        target = target or self.ask_save_path(self.tr("Save the minutes"), name, file_filter)
        if not target:
            return None
        content = minutes.recap_html(self.recap, current_language())
        try:
            if kind == "pdf":
                from regionmgr.ui.common.pdf import write_pdf

                path = write_pdf(content, target, self.recap.series.name)
            else:
                path = Path(target)
                path.write_text(f"<!DOCTYPE html><html><meta charset=\"utf-8\"><body>{content}</body></html>",
                                encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("The minutes could not be saved: {0}").format(exc))
            return None
        self.status.setText(self.tr("Minutes saved: {0}").format(path))
        return path
