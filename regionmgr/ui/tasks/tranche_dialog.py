"""Split a task into tranches: edit the parts, propose a schedule, adjust, accept as one undoable step.

The parts table is a ``PartsModel`` (a table model over ``core.tranches.Part``
values held by the dialog until accepted: nothing is written before OK).
"Propose a schedule" spreads the unfinished parts over the country's working
days up to the deadline, first row first (the most urgent); the dates can then
be edited in place. OK checks the plan (``validate_plan``) and writes it with
one named operation (``core.tasks.planning.save_plan``): Ctrl+Z removes the parts again
(or restores the old plan).
Open it with ``.open()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.calendar.workweek import add_working_days
from regionmgr.core.countries.region import country_name
from regionmgr.core.tasks.rules import entry_range
from regionmgr.core.tasks.tranches import (
    Part,
    PlanError,
    Progress,
    check_plan_window,
    default_start,
    load_parts,
    progress,
    propose_schedule,
    subject,
    validate_plan,
)
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language

COL_TITLE, COL_EFFORT, COL_START, COL_DUE, COL_DONE = range(5)


def progress_text(p: Progress, zone: str | None = None) -> str:
    """"1 of 3 done · Mon 16 Nov – Sat 2 Jan": what a split task's row shows (dates in ``zone``)."""
    from zoneinfo import ZoneInfo

    text = QCoreApplication.translate("Tranches", "{0} of {1} done").format(p.done, p.total)
    last = p.last_due.astimezone(ZoneInfo(zone)).date() if p.last_due and zone else (
        p.last_due.date() if p.last_due else None)
    days = [QLocale().toString(QDate(d), "ddd d MMM") for d in (p.first_start, last) if d is not None]
    if len(days) == 2:
        text += " · " + QCoreApplication.translate("Tranches", "{0} – {1}").format(*days)
    elif days:
        text += " · " + days[0]
    return text


class PartsModel(QAbstractTableModel):
    """The parts being planned (in memory until the dialog is accepted)."""

    def __init__(self, parts: list[Part], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parts = list(parts)
        self.default_day: dt.date = dt.date.today()  # the dialog sets the plan's start

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.parts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [self.tr("Part"), self.tr("Effort (days)"), self.tr("Start"), self.tr("Due"),
                self.tr("Done")][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.parts):
            return None
        part, col = self.parts[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_TITLE:
                return part.title
            if col == COL_EFFORT:
                return part.effort
            if col in (COL_START, COL_DUE):
                day = part.start_on if col == COL_START else part.due_on
                if day is None:  # an editor still opens on a sensible day
                    return QDate(self.default_day) if role == Qt.ItemDataRole.EditRole else ""
                if role == Qt.ItemDataRole.EditRole:
                    return QDate(day)
                return QLocale().toString(QDate(day), "ddd d MMM yyyy")
            if col == COL_DONE:
                return self.tr("done") if part.done else ""
        if role == Qt.ItemDataRole.ToolTipRole and part.done:
            return self.tr("Finished parts keep their dates.")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        part = self.parts[index.row()]
        if index.column() == COL_DONE or (part.done and index.column() != COL_TITLE):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        part, col = self.parts[index.row()], index.column()
        if col == COL_TITLE:
            new = replace(part, title=str(value))
        elif col == COL_EFFORT:
            try:
                effort = int(value)
            except (TypeError, ValueError):
                return False
            if effort < 1:
                return False
            new = replace(part, effort=effort)
        elif col in (COL_START, COL_DUE) and isinstance(value, QDate) and value.isValid():
            day = dt.date(value.year(), value.month(), value.day())
            new = replace(part, start_on=day) if col == COL_START else replace(part, due_on=day)
        else:
            return False
        self.parts[index.row()] = new
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    # -- structure ---------------------------------------------------------------
    def add_part(self, title: str, effort: int = 1) -> int:
        row = len(self.parts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.parts.append(Part(title=title, effort=effort))
        self.endInsertRows()
        return row

    def remove_part(self, row: int) -> None:
        if 0 <= row < len(self.parts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.parts[row]
            self.endRemoveRows()

    def move_part(self, row: int, delta: int) -> int:
        """Move a part up (-1) or down (+1): earlier rows are more urgent. Returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.parts) and 0 <= target < len(self.parts)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.parts.insert(target, self.parts.pop(row))
        self.endMoveRows()
        return target

    def set_parts(self, parts: list[Part]) -> None:
        self.beginResetModel()
        self.parts = list(parts)
        self.endResetModel()


class EffortDelegate(QStyledItemDelegate):
    """Effort is a whole number of working days, at least one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(1, 999)
        editor.setSuffix(QCoreApplication.translate("Tranches", " d"))
        return editor


class TrancheDialog(QDialog):
    """Plan the parts of task ``task_id``; OK writes them all as one undoable step."""

    def __init__(self, ctx: AppContext, task_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = task_id
        task = subject(ctx.store, task_id, ctx.zone_name)
        if task is None:
            raise ValueError(task_id)
        self.task = task
        self.week = task.week
        self.setWindowTitle(self.tr("Split into parts: {0}").format(task.title))
        self.resize(760, 460)

        start = default_start(self.week, ctx.now())
        deadline = (task.due_at.astimezone(self.week.zone).date() if task.due_at
                    else add_working_days(self.week, start, 20))
        parts = load_parts(ctx.store, task_id, self.week)
        # An existing plan may have started already: start where its first unfinished part does.
        start = min([start] + [p.start_on for p in parts if p.start_on and not p.done])
        self.model = PartsModel(parts, self)
        self.model.default_day = start

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "List the parts, most urgent first, with the effort of each in working days. "
            "“Propose a schedule” spreads them over the working days of {0} (public holidays skipped) "
            "up to the deadline; adjust the dates if needed, then OK.").format(
                country_name(self.week.code, current_language()) if self.week.code else self.tr("your zone")),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.progress_label = QLabel(self)
        prog = progress(ctx.store, [task_id]).get(task_id)
        self.progress_label.setText(self.tr("Now: {0}").format(progress_text(prog, self.week.timezone))
                                    if prog else self.tr("Not split yet."))
        layout.addWidget(self.progress_label)
        form = QFormLayout()
        self.start_edit = QDateEdit(QDate(start), self)
        self.deadline_edit = QDateEdit(QDate(deadline), self)
        first, last = entry_range(self._today())
        for edit in (self.start_edit, self.deadline_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setDateRange(QDate(first), QDate(last))  # the dates a user may type for a task
        form.addRow(self.tr("Plan starts on"), self.start_edit)
        form.addRow(self.tr("Client's deadline"), self.deadline_edit)
        layout.addLayout(form)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(COL_EFFORT, EffortDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_EFFORT, COL_START, COL_DUE, COL_DONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add part"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.propose_button = QPushButton(self.tr("Propose a schedule"), self)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.propose_button)
        self.export_button = QPushButton(self.tr("Export schedule…"), self)
        self.export_button.setToolTip(self.tr("A document (PDF or text) and a calendar file of the parts' "
                                              "deadlines, to propose the schedule to the client"))
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.model.remove_part(self._row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.propose_button.clicked.connect(self.propose)
        self.export_button.clicked.connect(lambda: self.export_schedule())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if not parts:
            self.model.add_part(self.tr("Part 1"))
            self.model.add_part(self.tr("Part 2"))

    # -- actions -----------------------------------------------------------------
    def _row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _add(self) -> None:
        row = self.model.add_part(self.tr("Part {0}").format(self.model.rowCount() + 1))
        index = self.model.index(row, COL_TITLE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _move(self, delta: int) -> None:
        row = self.model.move_part(self._row(), delta)
        self.table.setCurrentIndex(self.model.index(row, COL_TITLE))

    def plan_start(self):
        return self.start_edit.date().toPython()

    def deadline(self):
        return self.deadline_edit.date().toPython()

    def _today(self) -> dt.date:
        return self.ctx.now().astimezone(self.ctx.zone).date()

    def propose(self) -> bool:
        try:
            check_plan_window(self.plan_start(), self.deadline(), self._today())
            proposal = propose_schedule(self.model.parts, self.plan_start(), self.deadline(), self.week)
        except PlanError as exc:
            self.show_error(exc)
            return False
        self.model.set_parts(proposal.parts)
        if proposal.tight:
            self.show_message(self.tr(
                "The parts add up to {0} working days but only {1} are left before the deadline: "
                "each part got a shorter share. Adjust the dates or talk to the client.").format(
                    proposal.effort, proposal.working_days), warning=True)
        else:
            self.show_message(self.tr("Proposed over {0} working days. Adjust the dates if needed, then OK.")
                              .format(proposal.working_days))
        return True

    def save(self) -> bool:
        """Check the plan and write it as one undoable step; the dialog closes when it is saved."""
        parts = list(self.model.parts)
        try:
            validate_plan(parts, self.plan_start(), self.deadline(), today=self._today())
        except PlanError as exc:
            self.show_error(exc)
            return False
        from regionmgr.core.tasks.planning import save_plan

        store, week, task_id = self.ctx.store, self.week, self.task_id
        text = self.tr("Split “{0}” into {1} parts").format(self.task.title, len(parts))
        if self.ctx.run(text, lambda: save_plan(store, task_id, parts, week)) is None:
            self.show_message(self.tr("The parts could not be saved; nothing was changed."), warning=True)
            return False
        self.accept()
        return True

    # -- export (a schedule to propose to the client) ----------------------------------
    def ask_export_path(self, suggested: str) -> str | None:
        """Where to write the document (tests replace this); the .ics goes beside it."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the schedule"), suggested,
            self.tr("PDF document (*.pdf);;Text file (*.txt)"))
        return path or None

    def export_schedule(self, target: str | None = None) -> list[str]:
        """Write the schedule as PDF (or text, for a .txt name) and its milestones as .ics beside it;
        the paths written ([] when nothing was: the user was told why)."""
        from pathlib import Path

        from PySide6.QtCore import QCoreApplication

        from regionmgr.core.atomic import write_bytes
        from regionmgr.core.tasks import schedule_export
        from regionmgr.ui.common.pdf import write_pdf

        try:
            plan = schedule_export.schedule_of(self.task.title, self.deadline(), list(self.model.parts))
        except PlanError as exc:
            self.show_error(exc)
            return []
        target = target or self.ask_export_path(schedule_export.file_stem(plan) + ".pdf")
        if not target:
            return []
        doc = Path(target)
        if doc.suffix.lower() not in (".pdf", ".txt"):
            doc = doc.with_name(doc.name + ".pdf")
        calendar = doc.with_suffix(".ics")
        language, tr = current_language(), QCoreApplication.translate
        try:
            if doc.suffix.lower() == ".txt":
                write_bytes(doc, schedule_export.schedule_text(plan, language, tr).encode("utf-8"), mode=0o644)
            else:
                write_pdf(schedule_export.schedule_html(plan, language, tr), doc, plan.request)
            write_bytes(calendar, schedule_export.schedule_ics(plan, self.ctx.now(), tr), mode=0o644)
        except OSError as exc:
            self.show_message(self.tr("The schedule could not be written: {0}").format(exc.strerror or exc),
                              warning=True)
            return []
        self.show_message(self.tr("Saved {0} and {1} (the deadlines, for the client's calendar).").format(
            doc, calendar.name))
        return [str(doc), str(calendar)]

    # -- messages ------------------------------------------------------------------
    def show_message(self, text: str, warning: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("warning", warning)
        self.message.setStyleSheet(f"color: {theme.css('error')};" if warning else "")

    def show_error(self, exc: PlanError) -> None:
        self.show_message(self.describe(exc), warning=True)

    def describe(self, exc: PlanError) -> str:
        p = {k: (QLocale().toString(QDate(v), "ddd d MMM yyyy") if isinstance(v, dt.date) else v)
             for k, v in exc.params.items()}
        texts = {
            "no_parts": self.tr("Add at least one part."),
            "empty_title": self.tr("Part {index} has no name."),
            "bad_effort": self.tr("The effort of “{title}” must be at least one day."),
            "deadline_before_start": self.tr("The deadline ({deadline}) is before the start of the plan "
                                             "({start})."),
            "not_enough_days": self.tr("{parts} parts need at least {parts} working days; there are only "
                                       "{days} between {start} and {deadline}. Move the deadline or merge "
                                       "parts."),
            "missing_dates": self.tr("“{title}” needs a start and a due date: propose a schedule or "
                                     "enter them."),
            "due_before_plan_start": self.tr("“{title}” is due on {due}, before the plan starts ({start})."),
            "due_before_part_start": self.tr("“{title}” is due on {due}, before it starts ({part_start})."),
            "due_after_deadline": self.tr("“{title}” is due on {due}, after the client's deadline "
                                          "({deadline})."),
            "date_too_far": self.tr("{day} is too far from today: give dates between {first} and {last}."),
        }
        return texts[exc.code].format(**p)
