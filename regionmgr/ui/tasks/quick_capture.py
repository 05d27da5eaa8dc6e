"""The quick-capture bar: one line typed in English or French becomes a task, with a preview first.

The line is read by ``core.capture.parse_capture`` (country, urgent/important
markers, @requester, due date fixed in the country's zone). What was understood
is shown under the field as you type (debounced, so typing stays smooth);
Enter creates the task as one undoable step. Bad input (no title, a date that
does not exist, a country that isn't one of yours) is explained in the preview
and creates nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from regionmgr.core.calendar.dates import MAX_YEAR, MIN_YEAR
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.countries.region import country_name
from regionmgr.core.tasks.capture import (
    MAX_TITLE,
    Capture,
    CountryRef,
    Problem,
    load_countries,
    load_people,
    parse_capture,
    warm_up,
)
from regionmgr.core.tasks.priority import UrgencyReason, place
from regionmgr.core.tasks.rules import entry_range
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.quadrants import quadrant_title
from regionmgr.ui.tasks.recurrence_texts import MARK as RECURRING_MARK
from regionmgr.ui.tasks.recurrence_texts import problem_words, stored_words
from regionmgr.ui.tasks.task_texts import channel_name
from regionmgr.ui.tasks.urgency import urgency_text

DEBOUNCE_MS = 150


def _elide(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def country_label(code: str) -> str:
    """"MA" -> "Maroc" / "Morocco" in the UI language."""
    return country_name(code, current_language())


class QuickCaptureBar(QWidget):
    """A line edit with a live preview of what it understood; Enter creates the task."""

    task_created = Signal(str)  # the new task's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._countries: list[CountryRef] | None = None
        self._people: list[str] | None = None
        self.capture: Capture | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("quickCapture")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr(
            "New task (Ctrl+N), e.g. “FR urgent payroll question by friday #phone” or "
            "“DE rappel procédure vendredi prochain @Anna #réunion”"))
        self.edit.setToolTip(self.tr(
            "Start with a country code or name. Markers: urgent, important (or ! and *, !! for both). "
            "@Name for the requester. #phone, #mail, #chat, #visit, #meeting (or #tel, #courriel, #réunion, "
            "#visite) for how the request arrived. End with a due date in English or French "
            "(friday, demain 14h, 3 déc., in 2 weeks). Enter creates the task; Ctrl+Z undoes it."))
        self.edit.setAccessibleName(self.tr("Quick capture"))
        self.preview = QLabel(self)
        self.preview.setObjectName("quickCapturePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # a typed "<b>" stays text
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self.create_task)
        ctx.data_changed.connect(self._on_data_changed)
        self._warm_job: object | None = None
        self.edit.installEventFilter(self)
        self._show_hint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The first parse loads dateparser and the country names (~0.3 s): do it off the UI
        # thread as soon as the user heads for the field, not at start-up.
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()  # Escape abandons the line
            return True
        if watched is self.edit and event.type() == QEvent.Type.FocusIn and self._warm_job is None:
            from regionmgr.ui.common.worker import Job, start

            self._warm_job = start(Job(lambda _report: self._warm_up()))
        return super().eventFilter(watched, event)

    @staticmethod
    def _warm_up() -> None:
        """In a worker: dateparser's language data, the name tables, and the ORM that saves the
        new task (importing SQLAlchemy takes ~0.3 s; the list itself never needs it)."""
        warm_up()
        import regionmgr.core.tasks.planning  # noqa: F401 - capture_task, core.ops and the models

    # -- public ------------------------------------------------------------------
    def focus_capture(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def understand(self, text: str | None = None) -> Capture:
        """Parse ``text`` (default: the field) against the store's countries and contacts."""
        if self._countries is None:
            self._countries = load_countries(self.ctx.store)
            self._people = load_people(self.ctx.store)
        return parse_capture(
            self.edit.text() if text is None else text, self.ctx.now(), self._countries,
            people=self._people or (), default_zone=self.ctx.zone_name,
        )

    def refresh_preview(self) -> None:
        self._timer.stop()
        if not self.edit.text().strip():
            self.capture = None
            self._show_hint()
            return
        self.capture = self.understand()
        self._show(self.capture)

    def create_task(self) -> str | None:
        """Create the task the field describes; None (and a message) when it can't."""
        self.refresh_preview()
        cap = self.capture
        if cap is None:
            self._show_message(self.tr("Type a task first."), error=True)
            return None
        if not cap.ok:
            return None
        from regionmgr.core.tasks.planning import capture_task

        store = self.ctx.store
        applied = self.ctx.run(self.tr("Capture “{0}”").format(cap.title), lambda: capture_task(store, cap))
        if applied is None:
            return None
        task_id = str(applied.result)
        self.edit.clear()
        self._timer.stop()
        self.capture = None
        self._show_message(self.tr("Created “{0}”. Ctrl+Z undoes it.").format(_elide(cap.title)))
        self.task_created.emit(task_id)
        return task_id

    # -- display -----------------------------------------------------------------
    def _on_data_changed(self, table: str) -> None:
        if table in ("", "country", "contact"):
            self._countries = self._people = None

    def _show_hint(self) -> None:
        self._show_message(self.tr("Country, urgent/important, @requester, #channel (#phone, #mail, #réunion…) "
                                   "and a due date are understood in English and French."))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.preview.setText(text)
        self.preview.setProperty("error", error)
        self.preview.setStyleSheet(f"color: {theme.css('error')};" if error else "")
        self.preview.setEnabled(error or self.capture is not None)

    def problem_message(self, cap: Capture) -> str:
        problem = cap.problems[0]
        if problem is Problem.EMPTY_TITLE:
            return self.tr("Nothing will be created: write what the task is, not only its country, "
                           "markers and date.")
        if problem is Problem.TITLE_TOO_LONG:
            return self.tr("Nothing will be created: the title is {0} characters long; keep it under {1} "
                           "and put the details in the task's notes.").format(len(cap.title), MAX_TITLE)
        if problem is Problem.IMPOSSIBLE_DATE:
            return self.tr("Nothing will be created: “{0}” is not a date that exists.").format(cap.problem_text)
        if problem is Problem.DATE_OUT_OF_RANGE:
            return self.tr("Nothing will be created: in “{0}”, the year must be between {1} and {2}.").format(
                cap.problem_text, MIN_YEAR, MAX_YEAR)
        if problem is Problem.BAD_RECURRENCE:
            return self.tr("Nothing will be created: {0}").format(problem_words(cap.recurrence_problem,
                                                                                cap.problem_text))
        if problem is Problem.DATE_TOO_FAR:
            first, last = entry_range(self.ctx.now().astimezone(self.ctx.zone).date())
            return self.tr("Nothing will be created: “{0}” is too far from today; give a due date between "
                           "{1} and {2}.").format(cap.problem_text, *(QLocale().toString(QDate(d), "d MMM yyyy")
                                                              for d in (first, last)))
        return self.tr("Nothing will be created: {0} ({1}) is not one of your countries. Add it on the "
                       "Countries page, or leave the code out.").format(cap.problem_text,
                                                                       country_label(cap.problem_text))

    def describe(self, cap: Capture) -> str:
        """One line: country · quadrant · due date in the country's zone (and the user's) · requester."""
        if not cap.ok:
            return self.problem_message(cap)
        parts = [self.tr("“{0}”").format(_elide(cap.title))]
        if cap.country:
            parts.append(self.tr("{0} ({1})").format(country_label(cap.country.code), cap.country.code))
        else:
            parts.append(self.tr("no country"))
        week = WorkWeek(cap.country.code, cap.country.timezone, cap.country.work_days) if cap.country else None
        placement = place(cap.urgent, cap.important, cap.due_at, week, self.ctx.now())
        quadrant = quadrant_title(placement.quadrant)
        if placement.urgency in (UrgencyReason.DUE_SOON, UrgencyReason.OVERDUE):
            quadrant = self.tr("{0} ({1})").format(quadrant, urgency_text(
                placement.urgency, placement.working_days_left, cap.zone))
        parts.append(quadrant)
        if cap.due_at is not None:
            parts.append(self.tr("due {0}").format(self.format_due(cap)))
        if cap.requester:
            parts.append(self.tr("asked by {0}").format(cap.requester))
        if cap.recurrence:
            parts.append(f"{RECURRING_MARK} {stored_words(cap.recurrence)}")  # "↻ Every Monday"
        if cap.channel:
            parts.append(self.tr("channel: {0}").format(channel_name(cap.channel)))
        return " · ".join(parts) + " — " + self.tr("Enter to create")

    def format_due(self, cap: Capture) -> str:
        local = cap.due_local
        assert local is not None
        text = self._fmt(local)
        text = self.tr("{0} ({1} time)").format(text, cap.zone.rsplit("/", 1)[-1].replace("_", " "))
        if cap.zone != self.ctx.zone_name:
            mine = cap.due_at.astimezone(self.ctx.zone)  # type: ignore[union-attr]
            if mine.utcoffset() != local.utcoffset():
                text += " = " + self.tr("{0} your time").format(self._fmt(mine))
        return text

    @staticmethod
    def _fmt(value: dt.datetime) -> str:
        qdt = QDateTime(QDate(value.date()), QTime(value.hour, value.minute))
        locale = QLocale()
        return (locale.toString(qdt.date(), "ddd d MMM yyyy") + " "
                + locale.toString(qdt.time(), QLocale.FormatType.ShortFormat))

    def _show(self, cap: Capture) -> None:
        self._show_message(self.describe(cap), error=not cap.ok)

