"""The detail pane of the Tasks page: one task edited in place, each change saved at once and undoable.

Fields save when the user leaves them (Enter, Tab, a choice in a list); the
notes save after a short pause in typing and when the editor loses focus, so a
1 MB paste is saved once, not per keystroke. Bad input is explained under the
fields and changes nothing. The task is read as one ORM row (the edit path),
never the list's 100k.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.changes import Applied
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations
from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.recurrence import RecurrenceError, next_due_preview
from regionmgr.core.tasks.recurrence_words import parse_phrase
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.date_field import DateField
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.links import open_mailto
from regionmgr.ui.tasks.recurrence_texts import problem_words, stored_words
from regionmgr.ui.tasks.request_box import RequestBox
from regionmgr.ui.tasks.task_model import push_update
from regionmgr.ui.tasks.task_texts import (
    describe_input_error,
    format_due,
    status_names,
    unknown_status_name,
    zone_city,
)

if TYPE_CHECKING:
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

NOTES_SAVE_MS = 800
MIN_WIDTH = 320
FIXED, FLOATING = 0, 1


class TaskDetailPane(QWidget):
    """Edits the task given to ``show_task``; empty state when none is chosen."""

    delete_requested = Signal(list)  # task ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task_id: str | None = None
        self.values: dict | None = None
        self._zones: list[str] | None = None
        self.tranche_dialog: TrancheDialog | None = None

        self.empty_label = QLabel(self.tr("Choose a task in the list to see and edit it here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = QWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty_label)
        # The fields scroll when the window is too short for them all (never squeezed onto each other).
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        outer.addWidget(self.form_scroll)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(core.TITLE_MAX + 20)
        self.title_edit.editingFinished.connect(self._save_title)
        self.country_box = QComboBox()
        self.country_box.activated.connect(self._save_country)
        self.requester_edit = QLineEdit()
        self.requester_edit.editingFinished.connect(self._save_requester)
        self.urgent_box = QCheckBox(self.tr("Urgent"))
        self.important_box = QCheckBox(self.tr("Important"))
        self.urgent_box.clicked.connect(lambda on: self._save({"urgent": on}, self.tr("Mark urgent")))
        self.important_box.clicked.connect(lambda on: self._save({"important": on}, self.tr("Mark important")))
        flags = QHBoxLayout()
        flags.addWidget(self.urgent_box)
        flags.addWidget(self.important_box)
        flags.addStretch(1)
        self.status_box = QComboBox()
        self.status_box.addItems(status_names())  # in ``listing.STATUSES`` order
        self.status_box.setPlaceholderText(unknown_status_name())  # shown for a status not in the list
        self.status_box.activated.connect(self._save_status)

        self.due_date = DateField(self._now_local)
        self.due_date.setPlaceholderText(self.tr("e.g. 27/11, 27 nov, vendredi, next friday (empty: no due date)"))
        self.due_time = QLineEdit()
        self.due_time.setPlaceholderText(self.tr("17:00"))
        self.due_time.setToolTip(self.tr("Time of day; leave empty for the whole day"))
        self.due_kind = QComboBox()
        self.due_kind.addItems([self.tr("Fixed in a time zone"), self.tr("Floating: follows me")])
        self.due_kind.setToolTip(self.tr(
            "Fixed: the same moment wherever you are (a client's deadline). "
            "Floating: the same clock time in the zone you are in (call at 19:00 wherever I am)."))
        self.due_zone = QComboBox()
        self.due_zone.setEditable(True)
        self.due_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for w in (self.due_date, self.due_time):
            w.editingFinished.connect(self._save_due)
        self.due_kind.activated.connect(lambda _i: self._save_due())
        self.due_zone.activated.connect(lambda _i: self._save_due())
        zone_line = self.due_zone.lineEdit()
        assert zone_line is not None  # an editable combo box always has its line edit
        zone_line.editingFinished.connect(self._save_due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_date, 3)
        due_row.addWidget(self.due_time, 2)
        zone_row = QHBoxLayout()
        self.due_zone.setMinimumContentsLength(14)
        # The kind's names whole ("Fixe dans un fuseau horaire"); the zone takes the rest of the row.
        self.due_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        zone_row.addWidget(self.due_kind)
        zone_row.addWidget(self.due_zone, 1)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        # Repeat: a rule typed in words (English or French), shown back in the UI language.
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setPlaceholderText(self.tr("e.g. every monday, tous les 15 du mois (empty: once)"))
        self.repeat_edit.setToolTip(self.tr(
            "Every day, every monday (and thursday), every month on the 15th, the second tuesday of the "
            "month, the last working day of the month, every 14 July; in English or French. Completing "
            "the task creates the next one."))
        self.repeat_edit.editingFinished.connect(self._save_repeat)
        self.stop_repeat_button = QPushButton(self.tr("Stop repeating"))
        self.stop_repeat_button.clicked.connect(self.stop_repeating)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_edit, 1)
        repeat_row.addWidget(self.stop_repeat_button)
        self.repeat_label = QLabel()
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setToolTip(self.tr("Days off and public holidays of the task's country move an "
                                             "occurrence to the next working day."))

        delegation = QGroupBox(self.tr("Delegation"))
        self.delegate_box = QComboBox()
        self.delegate_box.setEditable(True)
        self.delegate_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        delegate_line = self.delegate_box.lineEdit()
        assert delegate_line is not None  # an editable combo box always has its line edit
        delegate_line.setPlaceholderText(self.tr("A contact or any name"))
        self.follow_up_edit = DateField(self._now_local)
        self.follow_up_edit.setPlaceholderText(self.tr("Follow up on, e.g. 30/11, lundi, next monday"))
        self.delegate_button = QPushButton(self.tr("Delegate"))
        self.delegate_button.clicked.connect(self.delegate)
        self.undelegate_button = QPushButton(self.tr("Take back"))
        self.undelegate_button.clicked.connect(self.undelegate)
        self.delegated_label = QLabel()
        self.delegated_label.setWordWrap(True)
        dl = QFormLayout(delegation)
        dl.addRow(self.tr("To"), self.delegate_box)
        dl.addRow(self.tr("Follow up"), self.follow_up_edit)
        dl.addRow("", self.follow_up_edit.preview)
        self.mail_button = QPushButton(self.tr("E-mail the delegate"))
        self.mail_button.setToolTip(self.tr("Open your mail program with the task, its deadline and context, "
                                            "addressed to the delegate when their address is known"))
        self.mail_button.clicked.connect(self.mail_delegate)
        self.open_url: Callable[[str], object] = open_mailto
        buttons = QHBoxLayout()
        buttons.addWidget(self.delegate_button)
        buttons.addWidget(self.undelegate_button)
        buttons.addWidget(self.mail_button)
        buttons.addStretch(1)
        dl.addRow(buttons)
        dl.addRow(self.delegated_label)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes_edit.textChanged.connect(self._notes_typed)
        self.notes_edit.installEventFilter(self)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.css('error')};")
        self.error_label.hide()

        self.complete_button = QPushButton(self.tr("Mark done"))
        self.complete_button.clicked.connect(self.toggle_done)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.task_id and self.delete_requested.emit([self.task_id]))
        self.tranche_button = QPushButton(self.tr("Split into parts…"))
        self.tranche_button.clicked.connect(self.open_tranches)
        if importlib.util.find_spec("regionmgr.ui.tasks.tranche_dialog") is None:
            self.tranche_button.hide()  # setVisible(True) on a parentless button shows it as a window
        actions = QHBoxLayout()
        for b in (self.complete_button, self.tranche_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Country"), self.country_box)
        form.addRow(self.tr("Requester"), self.requester_edit)
        form.addRow(self.tr("Priority"), flags)
        form.addRow(self.tr("Status"), self.status_box)
        form.addRow(self.tr("Due"), due_row)
        form.addRow("", zone_row)
        form.addRow("", self.due_date.preview)
        form.addRow("", self.due_label)
        form.addRow(self.tr("Repeats"), repeat_row)
        form.addRow("", self.repeat_label)
        self._repeat_form = form
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.request_box = RequestBox(ctx, self._now_local)  # channel, parking, negotiated deadline
        self.request_box.failed.connect(self._fail)
        layout.addWidget(self.request_box)
        layout.addWidget(delegation)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)

        self._fit_width()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.zone_changed.connect(lambda _z: self._show_due_label())
        self.show_task(None)

    def _fit_width(self) -> None:
        """As wide as the fields need (filled: a zone's name, a long status), the splitter keeps it: only
        the height scrolls."""
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width()
                                    + self.form_scroll.verticalScrollBar().sizeHint().width())
        # A splitter sets its panes' sizes once: when a busier task needs more room than the pane
        # has, take it from the list (else the fields run past the pane's right edge).
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter) and self.isVisible():
            sizes, at = splitter.sizes(), splitter.indexOf(self)
            short = self.minimumSizeHint().width() - sizes[at]
            if at > 0 and short > 0:
                sizes[at - 1], sizes[at] = max(0, sizes[at - 1] - short), sizes[at] + short
                splitter.setSizes(sizes)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never narrower than its texts need (labels, buttons, choices whole, in French too): the
        page's splitter can't squeeze it below that, whatever the window's width."""
        hint = super().minimumSizeHint()
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(MIN_WIDTH, hint.width(), self.form.minimumSizeHint().width() + bar), hint.height())

    # -- showing -------------------------------------------------------------------------
    def show_task(self, task_id: str | None) -> None:
        switched = task_id != self.task_id
        if switched:
            self.save_notes()
            self.error_label.hide()
        self.task_id = task_id
        self.load()
        if switched:
            self.title_edit.setCursorPosition(0)  # a long title shows its start

    def load(self) -> None:
        values = None
        if self.task_id is not None:
            values = tl.read_task(self.ctx.store, self.task_id)  # plain sqlite3: no ORM on a click
        self.values = values
        self.empty_label.setVisible(values is None)
        self.form.setVisible(values is not None)
        self.form_scroll.setVisible(values is not None)
        if values is None:
            return
        self._fill_lists()
        self._set_text(self.title_edit, values["title"])
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(values["country_id"])))
        self._set_text(self.requester_edit, values["requester"])
        self.urgent_box.setChecked(values["urgent"])
        self.important_box.setChecked(values["important"])
        known = values["status"] in tl.STATUSES  # else a newer version's status: "Unknown" until changed
        self.status_box.setCurrentIndex(tl.STATUSES.index(values["status"]) if known else -1)
        view = self._due_view()
        if view is None:
            date_text, time_text = "", ""
        else:
            shown = view.there if (view.there is not None and not view.floating) else view.here
            date_text = shown.strftime("%d/%m/%Y")
            time_text = "" if view.all_day else shown.strftime("%H:%M")
        self._set_text(self.due_date, date_text)
        self._set_text(self.due_time, time_text)
        self.due_kind.setCurrentIndex(FLOATING if values["due_floating"] else FIXED)
        self.due_zone.setCurrentText(values["due_tz"] or self._country_zone() or self.ctx.zone_name)
        self.due_zone.setEnabled(not values["due_floating"])
        self._show_due_label()
        self._show_repeat()
        self.delegate_box.setCurrentText(values["delegated_to"])
        follow = values["follow_up_on"]
        self._set_text(self.follow_up_edit, follow.strftime("%d/%m/%Y") if follow else "")
        self.undelegate_button.setEnabled(bool(values["delegated_to"]))
        self.mail_button.setEnabled(bool(values["delegated_to"]))
        self._show_delegation()
        if not self._notes_timer.isActive() and self.notes_edit.toPlainText() != values["notes"]:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(values["notes"])
            self.notes_edit.blockSignals(False)
        assert self.task_id is not None
        self.request_box.show_values(self.task_id, values)
        self._fit_width()
        QTimer.singleShot(0, self._fit_width)  # again once the filled form has laid itself out
        done = values["status"] == tl.DONE
        self.complete_button.setText(self.tr("Reopen") if done else self.tr("Mark done"))

    def _set_text(self, edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)  # a long title shows its start, not its end

    def _fill_lists(self) -> None:
        countries = tl.countries(self.ctx.store)
        if self.country_box.count() != len(countries) + 1:
            self.country_box.clear()
            self.country_box.addItem(self.tr("(no country)"), None)
            for _rowid, cid, code, zone, *_rest in countries:
                self.country_box.addItem(code, cid)
                self.country_box.setItemData(self.country_box.count() - 1, zone, Qt.ItemDataRole.UserRole + 1)
        if self._zones is None:
            self._zones = sorted(available_timezones())
            self.due_zone.addItems(self._zones)
            completer = self.due_zone.completer()
            assert completer is not None  # an editable combo box always has its completer
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        names = [name for _id, name, _code in tl.contacts(self.ctx.store)]
        if names != [self.delegate_box.itemText(i) for i in range(self.delegate_box.count())]:
            current = self.delegate_box.currentText()
            self.delegate_box.clear()
            self.delegate_box.addItems(names)
            self.delegate_box.setCurrentText(current)

    def _now_local(self) -> dt.datetime:
        """The user's wall clock: what "demain" or "vendredi" in a date field count from."""
        return self.ctx.now().astimezone(self.ctx.zone).replace(tzinfo=None)

    def _country_zone(self) -> str | None:
        return self.country_box.currentData(Qt.ItemDataRole.UserRole + 1)

    def _due_view(self) -> core.DueView | None:
        v = self.values
        if v is None:
            return None
        return core.due_view(v["due_at"], v["due_tz"], v["due_floating"], v["due_local"], v["due_all_day"],
                             self.ctx.zone)

    def _show_due_label(self) -> None:
        view = self._due_view()
        if view is None:
            self.due_label.setText(self.tr("No due date."))
            return
        year = self.ctx.now().astimezone(self.ctx.zone).year
        mine = format_due(core.DueView(view.here, view.all_day, view.floating, None, None), QLocale(), year)
        if view.floating:
            text = self.tr("Due {0} wherever you are (now in {1}).").format(mine, self.ctx.zone_name)
        elif view.all_day:
            there = format_due(core.DueView(view.there or view.here, True, False, None, None), QLocale(), year)
            text = self.tr("Due {0}, by the end of the day in {1}.").format(
                there, zone_city(view.fixed_zone or self.ctx.zone_name))
        elif view.there is not None:
            there = format_due(core.DueView(view.there, view.all_day, False, None, None), QLocale(), year)
            text = self.tr("Due {0} in {1}; that is {2} where you are ({3}).").format(
                there, zone_city(view.fixed_zone or ""), mine, self.ctx.zone_name)
        else:
            text = self.tr("Due {0} ({1}).").format(mine, view.fixed_zone or self.ctx.zone_name)
        self.due_label.setText(text)

    def _show_repeat(self) -> None:
        rule = (self.values or {}).get("recurrence", "")
        self._set_text(self.repeat_edit, stored_words(rule))
        self.stop_repeat_button.setEnabled(bool(rule))
        finished = (self.values or {}).get("status") in (tl.DONE, tl.DROPPED)
        day = next_due_preview(self.ctx.store, self.values, self.ctx.now()) if rule and self.values else None
        # One short line, only for a recurring task still to do (the pane is full at 1280x800).
        self._repeat_form.setRowVisible(self.repeat_label, bool(rule) and not finished)
        if day is None:
            self.repeat_label.setText(self.tr("Completing it creates no other task."))
        else:
            self.repeat_label.setText(self.tr("Next one when done: {0}").format(
                QLocale().toString(QDate(day), "ddd d MMM yyyy")))

    def _save_repeat(self) -> None:
        if self.task_id is None or self.values is None:
            return
        text = self.repeat_edit.text().strip()
        if text == stored_words(self.values.get("recurrence", "")):
            return  # unchanged (the words shown)
        try:
            rule = parse_phrase(text)
        except RecurrenceError as exc:
            self.error_label.setText(problem_words(exc.code, text))
            self.error_label.show()
            return
        self._set_repeat(rule.text if rule is not None else "")

    def stop_repeating(self) -> None:
        self._set_repeat("")

    def _set_repeat(self, rule_text: str) -> None:
        if self.task_id is None or self.values is None or rule_text == self.values.get("recurrence", ""):
            self._show_repeat()
            return
        store, ids = self.ctx.store, [self.task_id]
        self._run(self.tr("Stop repeating") if not rule_text else self.tr("Repeat task"),
                  lambda: operations.set_recurrence(store, ids, rule_text))

    def _show_delegation(self) -> None:
        v = self.values or {}
        if not v.get("delegated_to"):
            self.delegated_label.setText(self.tr("Not delegated."))
            return
        since = v.get("delegated_at")
        days = max(0, (self.ctx.now() - since).days) if since else 0
        text = self.tr("Delegated to {0} %n day(s) ago.", "", days).format(v["delegated_to"])
        follow = v.get("follow_up_on")
        if follow and follow < self.ctx.now().astimezone(self.ctx.zone).date():
            text += " " + self.tr("The follow-up date has passed.")
        self.delegated_label.setText(text)

    def _on_data_changed(self, table: str) -> None:
        if table in ("task", "", "country", "contact") and self.task_id is not None:
            self.load()

    # -- saving ---------------------------------------------------------------------------
    def _fail(self, exc: Exception) -> None:
        self.error_label.setText(describe_input_error(exc))
        self.error_label.show()

    def _save(self, changes: dict, text: str) -> bool:
        if self.task_id is None or self.values is None:
            return False
        if all(self.values.get(k) == v for k, v in changes.items()):
            return True
        self.error_label.hide()
        return push_update(self.ctx, [self.task_id], changes, text)

    def _save_title(self) -> None:
        try:
            title = core.clean_title(self.title_edit.text())
        except ValidationError as exc:
            self._fail(exc)
            return
        self._save({"title": title}, self.tr("Rename task"))

    def _save_requester(self) -> None:
        try:
            name = core.clean_name(self.requester_edit.text())
        except ValidationError as exc:
            self._fail(exc)
            return
        self._save({"requester": name}, self.tr("Change requester"))

    def _save_country(self, _index: int) -> None:
        self._save({"country_id": self.country_box.currentData()}, self.tr("Change country"))

    def _save_status(self, index: int) -> None:
        changes = core.status_changes(tl.STATUSES[index], self.ctx.now())
        self._save(changes, self.tr("Change status"))

    def due_changes(self) -> dict:
        """The due columns the fields say (raises ``ValidationError`` for bad input)."""
        view = self._due_view()  # the date shown when the task was loaded: kept even if long past
        shown = (view.there if view.there is not None and not view.floating else view.here) if view else None
        # The one date reader ("vendredi", "27/11", "demain 14h"...), near today (the entry rule).
        reading = core.read_entry(self.due_date.text(), self._now_local(), shown.date() if shown else None)
        when = reading.value if reading is not None else None
        day = when.date() if when is not None else None
        time: dt.time | None
        if when is not None and reading is not None and reading.timed:
            time = when.time().replace(second=0, microsecond=0)  # the phrase gave the time
        else:
            time = core.parse_time(self.due_time.text())
        floating = self.due_kind.currentIndex() == FLOATING
        zone = self.due_zone.currentText().strip() or self._country_zone() or self.ctx.zone_name
        return core.due_changes(day, time, None if floating else zone, floating)

    def _save_due(self) -> None:
        if self.values is None:
            return
        self.due_zone.setEnabled(self.due_kind.currentIndex() == FIXED)
        try:
            changes = self.due_changes()
        except ValidationError as exc:
            self._fail(exc)
            return
        self._save(changes, self.tr("Change due date"))

    def mail_delegate(self) -> str | None:
        """Compose the hand-over message to the task's delegate (#16); the mailto: link, None if refused."""
        if self.task_id is None:
            return None
        from regionmgr.core.time import delegation_mail  # loads the ORM and babel: only once asked

        try:
            url = delegation_mail.task_mailto(self.ctx.store, self.task_id, current_language(), self.ctx.zone)
        except ValidationError as exc:
            self._fail(exc)
            return None
        self.open_url(url)
        return url

    def delegate(self) -> None:
        name = self.delegate_box.currentText()
        try:
            reading = core.read_entry(self.follow_up_edit.text(), self._now_local(),
                                      (self.values or {}).get("follow_up_on"))
            follow = reading.value.date() if reading is not None and reading.value is not None else None
            who = core.delegate_name(name)
        except ValidationError as exc:
            self._fail(exc)
            return
        if self.task_id is None:
            return
        store, ids, now, zone = self.ctx.store, [self.task_id], self.ctx.now(), self.ctx.zone
        contact = tl.contact_named(store, who)
        self._run(self.tr("Delegate to {0}").format(who),  # no date given: the default follow-up
                  lambda: operations.delegate_tasks(store, ids, who, contact, follow, now, zone))

    def undelegate(self) -> None:
        if self.task_id is not None:
            store, ids = self.ctx.store, [self.task_id]
            self._run(self.tr("Take back a delegated task"), lambda: operations.undelegate_tasks(store, ids))

    def toggle_done(self) -> None:
        if self.task_id is None or self.values is None:
            return
        store, ids, now = self.ctx.store, [self.task_id], self.ctx.now()
        if self.values["status"] == tl.DONE:
            self._run(self.tr("Reopen task"), lambda: operations.reopen_tasks(store, ids))
        else:
            self._run(self.tr("Complete task"), lambda: operations.complete_tasks(store, ids, now))

    def _run(self, text: str, operation: Callable[[], Applied]) -> bool:
        """Apply a named task operation as one undoable step (a refusal is shown by the context)."""
        self.error_label.hide()
        return self.ctx.run(text, operation) is not None

    def _notes_typed(self) -> None:
        self._notes_timer.start()

    def save_notes(self) -> None:
        """Save the notes now if they changed (after a pause, on leaving the editor, on switching task)."""
        self._notes_timer.stop()
        if self.values is None or self.task_id is None:
            return
        text = self.notes_edit.toPlainText()
        if text != self.values["notes"]:
            self._save({"notes": text}, self.tr("Edit notes"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)

    def open_tranches(self) -> None:
        if self.task_id is None:
            return
        from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

        self.tranche_dialog = TrancheDialog(self.ctx, self.task_id, self)
        self.tranche_dialog.open()

