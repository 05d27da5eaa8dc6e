"""Item models of the Meetings page and dialog: series, attendees, skipped dates, sent history, holidays.

Each model shows plain views from ``regionmgr.core.meetings.series``; the page
reloads them after any change to the meeting tables. ``error_text`` turns a
core ``MeetingError`` into a translated message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from regionmgr.core.errors import QT_TRANSLATE_NOOP, ValidationError  # a typed marker lupdate reads
from regionmgr.core.meetings import moves
from regionmgr.core.meetings.series import (
    AttendeeView,
    HolidayClash,
    MeetingError,
    SentView,
    SeriesView,
    SkipView,
)
from regionmgr.ui.common import formats
from regionmgr.ui.common.rows_model import DISPLAY, Index, RowsTableModel


def _t(text: str) -> str:
    """Translate a source text marked elsewhere (column headers marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("Meetings", text)


def error_text(exc: Exception) -> str:
    """A message for the user, in their language."""
    if isinstance(exc, MeetingError):
        messages = {
            "no_name": QCoreApplication.translate("Meetings", "The meeting needs a title."),
            "title_too_long": QCoreApplication.translate("Meetings",
                                                         "The title is too long: at most {0} characters."),
            "no_attendees": QCoreApplication.translate("Meetings", "Add at least one attendee."),
            "bad_email": QCoreApplication.translate("Meetings", "Not a valid e-mail address: {0}"),
            "no_organizer": QCoreApplication.translate("Meetings", "The organizer's e-mail address is missing or invalid: {0}"),
            "end_before_start": QCoreApplication.translate("Meetings", "The series ends before it starts."),
            "bad_duration": QCoreApplication.translate("Meetings", "The duration must be between 1 minute and 24 hours."),
            "bad_count": QCoreApplication.translate("Meetings", "The number of meetings must be at least 1."),
            "bad_weekday": QCoreApplication.translate("Meetings", "Choose a weekday."),
            "unknown_zone": QCoreApplication.translate("Meetings", "Unknown time zone: {0}"),
            "not_found": QCoreApplication.translate("Meetings", "This meeting series no longer exists."),
            "not_an_occurrence": QCoreApplication.translate("Meetings", "There is no meeting on {0}."),
            "already_cancelled": QCoreApplication.translate("Meetings", "The meeting on {0} is already cancelled."),
            "series_cancelled": QCoreApplication.translate("Meetings", "This series has been cancelled."),
        }
        if exc.code in messages:
            return messages[exc.code].format(exc.detail)
    if isinstance(exc, ValidationError):
        return exc.translated(QCoreApplication.translate)
    return QCoreApplication.translate("Meetings", "This could not be done: {0}").format(exc)


def weekday_name(iso: int) -> str:
    return QLocale().dayName(iso, QLocale.FormatType.LongFormat)


def fmt_date(day: dt.date | None, weekday: bool = True) -> str:
    if day is None:
        return ""
    return formats.date_text(day, weekday=weekday)


def fmt_time(t: dt.time) -> str:
    return formats.time_text(t)


def when_text(view: SeriesView, short: bool = False) -> str:
    if short:
        day = QLocale().dayName(view.weekday, QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("Meetings", "{0} {1}").format(day, fmt_time(view.start_local))
    return QCoreApplication.translate("Meetings", "{0} {1}, {2} min ({3})").format(weekday_name(view.weekday), fmt_time(view.start_local),
                                               view.duration_min, view.timezone)


class _MeetingRows(RowsTableModel):
    """The shared table base, with headers marked in the "Meetings" context."""

    def header(self, section: int) -> str:
        return _t(self.HEADERS[section])


class SeriesListModel(_MeetingRows):
    """The meeting series, by name."""

    COL_NAME, COL_WHEN, COL_ATTENDEES, COL_STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Meeting"),
        QT_TRANSLATE_NOOP("Meetings", "When"),
        QT_TRANSLATE_NOOP("Meetings", "Attendees"),
        QT_TRANSLATE_NOOP("Meetings", "Status"),
    )

    def text(self, row: SeriesView, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_WHEN:
            return when_text(row, short=True)
        if column == self.COL_ATTENDEES:
            return str(len(row.attendees))
        if row.status == "cancelled":
            return QCoreApplication.translate("Meetings", "Cancelled")
        if not row.sent:
            return QCoreApplication.translate("Meetings", "Not sent yet")
        if row.sequence == 0:
            return QCoreApplication.translate("Meetings", "First invite sent")
        return QCoreApplication.translate("Meetings", "Update {0} sent").format(row.sequence)

    def tooltip(self, row: SeriesView, column: int) -> str | None:
        return when_text(row)

    def row_of(self, series_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == series_id), -1)


class AttendeeModel(_MeetingRows):
    """The attendees of a series (read-only on the page, the edit buffer in the dialog)."""

    COL_NAME, COL_EMAIL, COL_COUNTRY, COL_ROLE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Name"),
        QT_TRANSLATE_NOOP("Meetings", "E-mail"),
        QT_TRANSLATE_NOOP("Meetings", "Country"),
        QT_TRANSLATE_NOOP("Meetings", "Role"),
    )

    def text(self, row: AttendeeView, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_EMAIL:
            return row.email
        if column == self.COL_COUNTRY:
            return row.country_code or QCoreApplication.translate("Meetings", "(free address)")
        return QCoreApplication.translate("Meetings", "Optional") if row.role == "OPT-PARTICIPANT" else QCoreApplication.translate("Meetings", "Required")


class SkipModel(_MeetingRows):
    COL_DATE, COL_REASON, COL_STATE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Date"),
        QT_TRANSLATE_NOOP("Meetings", "Reason"),
        QT_TRANSLATE_NOOP("Meetings", "State"),
    )

    zone: tzinfo | None = None  # the series' zone: a moved week's new time is shown in it
    series: SeriesView | None = None  # the series shown: tells an extra meeting from a moved week

    def text(self, row: SkipView, column: int) -> str:
        if column == self.COL_DATE:
            return fmt_date(row.on_date)
        if column == self.COL_REASON:
            return row.reason
        if row.cancelled:
            return QCoreApplication.translate("Meetings", "Cancellation sent")
        if row.moved_to is not None and self.series is not None and moves.is_extra(self.series, row):
            local = row.moved_to.astimezone(self.zone)
            minutes = row.moved_minutes or self.series.duration_min
            return QCoreApplication.translate("Meetings", "Extra meeting at {0} ({1} min)").format(
                fmt_time(local.time()), minutes)
        if row.moved_to is not None:
            local = row.moved_to.astimezone(self.zone)
            return QCoreApplication.translate("Meetings", "Moved to {0} {1}").format(
                fmt_date(local.date()), fmt_time(local.time()))
        return QCoreApplication.translate("Meetings", "Skipped")


class SentModel(_MeetingRows):
    COL_SENT_AT, COL_METHOD, COL_SEQUENCE, COL_OCCURRENCE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Written"),
        QT_TRANSLATE_NOOP("Meetings", "Message"),
        QT_TRANSLATE_NOOP("Meetings", "No."),
        QT_TRANSLATE_NOOP("Meetings", "Meeting"),
    )

    def __init__(self, zone_fn: Callable[[], tzinfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone_fn = zone_fn

    def text(self, row: SentView, column: int) -> str:
        if column == self.COL_SENT_AT:
            local = row.sent_at.astimezone(self._zone_fn())
            return f"{fmt_date(local.date())} {fmt_time(local.time())}"
        if column == self.COL_METHOD:
            if row.method == "REQUEST":
                if row.sequence == 0:
                    return QCoreApplication.translate("Meetings", "First invite")
                return QCoreApplication.translate("Meetings", "Update {0}").format(row.sequence)
            return QCoreApplication.translate("Meetings", "Cancellation") if row.recurrence_date else QCoreApplication.translate("Meetings", "Series cancelled")
        if column == self.COL_SEQUENCE:
            return str(row.sequence)
        return fmt_date(row.recurrence_date) if row.recurrence_date else QCoreApplication.translate("Meetings", "All")


class HolidayModel(_MeetingRows):
    """Occurrences on a public holiday, each with a check box (checked: skip it)."""

    COL_DATE, COL_HOLIDAYS = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("Meetings", "Meeting"),
        QT_TRANSLATE_NOOP("Meetings", "Public holidays"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[dt.date] = set()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._checked = {r.on_date for r in rows}
        super().set_rows(rows)

    def text(self, row: HolidayClash, column: int) -> str:
        return fmt_date(row.on_date) if column == self.COL_DATE else row.reason()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == self.COL_DATE \
                and 0 <= index.row() < len(self.rows):
            on = self.rows[index.row()].on_date in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_DATE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.COL_DATE:
            return False
        day = self.rows[index.row()].on_date
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        (self._checked.add if checked else self._checked.discard)(day)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def chosen(self) -> list[HolidayClash]:
        return [r for r in self.rows if r.on_date in self._checked]
