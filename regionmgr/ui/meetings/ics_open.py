"""Opening an .ics file with the app (``regionmgr FILE.ics``, a double-click, or a second launch).

Only a regular file of reasonable size is opened (checked with ``stat`` first, so a
FIFO or a device named ``*.ics`` gets a message instead of blocking the app); it is
read and checked (``core.ics_import``) in a worker thread behind a busy indicator.
A file holding several weekly series lets the user pick one (``window.ics_choice``).
The user then confirms the import in a non-blocking question, which also lists the
addresses left out and the meetings a weekly series can't hold (a moved week, a
meeting off the weekly rule), and the series is created (or updated when its UID is known)
as one undoable step, then shown on the Meetings page. A file that can't be
imported gets a clear message and changes nothing.

Installed at start-up (``FileOpenFilter``, the second launch's request), it
loads the reader (icalendar) and the ORM only when a file is actually opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog

if TYPE_CHECKING:
    from regionmgr.core.meetings.ics_import import ImportedSeries
    from regionmgr.ui.common.worker import Job

MAX_LISTED = 10  # addresses left out, named in the question (then "and N more")


def error_text(exc: BaseException) -> str:
    """A translated message for an import failure."""
    from regionmgr.core.meetings.ics_import import IcsImportError

    if isinstance(exc, IcsImportError):
        messages = {
            "too_big": QCoreApplication.translate("IcsOpen", "The file is too large to be a meeting invitation ({0})."),
            "unreadable": QCoreApplication.translate("IcsOpen", "The file is not a calendar file that can be read."),
            "too_many": QCoreApplication.translate("IcsOpen", "The file holds too many calendar entries ({0}) to be one meeting."),
            "no_event": QCoreApplication.translate("IcsOpen", "The file holds no meeting."),
            "several": QCoreApplication.translate("IcsOpen", "The file holds several weekly meetings ({0}); choose one."),
            "not_weekly": QCoreApplication.translate("IcsOpen", "Only weekly meetings can be imported; this one {0}."),
            "every_n_weeks": QCoreApplication.translate("IcsOpen", "Only meetings held every week can be imported; this one is every {0} weeks."),
            "several_days": QCoreApplication.translate("IcsOpen", "Only meetings held on one day of the week can be imported; this one is held on several days ({0})."),
            "none_weekly": QCoreApplication.translate("IcsOpen", "None of the {0} entries in the file is a weekly meeting."),
            "no_weekly_meeting": QCoreApplication.translate("IcsOpen", "The series ends before its first weekly meeting."),
            "not_timed": QCoreApplication.translate("IcsOpen", "The meeting has no start time."),
            "unknown_zone": QCoreApplication.translate("IcsOpen", "The meeting's time zone is not known: {0}."),
            "bad_duration": QCoreApplication.translate("IcsOpen", "The meeting's duration can't be used ({0})."),
            "cancelled": QCoreApplication.translate("IcsOpen", "This file cancels a meeting; there is nothing to import."),
            "missing": QCoreApplication.translate("IcsOpen", "The file can't be read: {0}."),
            "not_a_file": QCoreApplication.translate("IcsOpen", "This is not a regular file."),
        }
        detail = exc.detail
        if exc.code == "not_weekly":
            detail = _repeat_words(exc.detail)
        elif exc.code == "several_days":  # "MO,WE,FR" -> the user's day names
            codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            detail = ", ".join(QLocale().dayName(codes.index(code[-2:]) + 1, QLocale.FormatType.ShortFormat)
                               if code[-2:] in codes else code for code in exc.detail.split(","))
        return messages.get(exc.code, str(exc)).format(detail)
    from regionmgr.core.errors import ValidationError

    if isinstance(exc, ValidationError):
        return exc.translated(QCoreApplication.translate)
    return str(exc)


def _repeat_words(freq: str) -> str:
    """How a refused series repeats, in words (``not_weekly``'s detail: "once", "daily", …)."""
    words = {
        "once": QCoreApplication.translate("IcsOpen", "happens only once"),
        "daily": QCoreApplication.translate("IcsOpen", "repeats every day"),
        "monthly": QCoreApplication.translate("IcsOpen", "repeats every month"),
        "yearly": QCoreApplication.translate("IcsOpen", "repeats every year"),
        "several": QCoreApplication.translate("IcsOpen", "follows several repeat rules"),
    }
    if freq in ("hourly", "minutely", "secondly"):
        return QCoreApplication.translate("IcsOpen", "repeats several times a day")
    return words.get(freq, QCoreApplication.translate("IcsOpen", "repeats only in some weeks"))


def default_zone() -> str:
    """The computer's zone (IANA), for a file whose times name no zone; UTC when it has no IANA name."""
    from zoneinfo import available_timezones

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in available_timezones() else "UTC"


def _when(moment) -> str:
    """A meeting's start for the question: the user's date and time format, in the series' zone."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def not_kept_text(imported: ImportedSeries) -> str:
    """The meetings in the file that a weekly series can't hold ("" when none)."""
    lines = []
    for item in imported.not_kept[:MAX_LISTED]:
        if item.kind == "moved" and item.original is not None:
            original = QDate(item.original.year, item.original.month, item.original.day)
            day = QLocale().toString(original, QLocale.FormatType.ShortFormat)
            if item.start is not None:
                lines.append(QCoreApplication.translate(
                    "IcsOpen", "The meeting of {0} was moved to {1}: it is imported at its new time.").format(
                    day, _when(item.start)))
            else:
                lines.append(QCoreApplication.translate(
                    "IcsOpen", "The meeting of {0} was changed: it is imported as a skipped week.").format(day))
        elif item.start is not None:
            lines.append(QCoreApplication.translate(
                "IcsOpen", "The meeting on {0} is outside the weekly rule: it is not imported.").format(
                _when(item.start)))
    more = len(imported.not_kept) - MAX_LISTED
    if more > 0:
        lines.append(QCoreApplication.translate("IcsOpen", "and {0} more").format(more))
    if not lines:
        return ""
    head = QCoreApplication.translate("IcsOpen", "A weekly series can't hold every meeting in this file:")
    return head + "\n" + "\n".join("• " + line for line in lines)


def summary(imported: ImportedSeries) -> str:
    v = imported.values
    day = QLocale().dayName(v["weekday"])
    time = QLocale().toString(v["start_local"], QLocale.FormatType.ShortFormat)
    attendees = QCoreApplication.translate("IcsOpen", "%n attendee(s)", "", len(imported.attendees))
    return QCoreApplication.translate("IcsOpen", "“{0}”, every {1} at {2} ({3}), {4}.").format(
        v["name"], day, time, v["timezone"], attendees)


def dropped_text(imported: ImportedSeries) -> str:
    """The organizer/attendees left out of the import and why ("" when none)."""
    if not imported.dropped:
        return ""
    names = [f"{d.name} <{d.email}>" if d.name else (d.email or "—") for d in imported.dropped[:MAX_LISTED]]
    more = len(imported.dropped) - MAX_LISTED
    if more > 0:
        names.append(QCoreApplication.translate("IcsOpen", "and {0} more").format(more))
    return QCoreApplication.translate("IcsOpen", "Left out (not a plain e-mail address): {0}").format(
        ", ".join(names))


def _refuse(window, path: str, exc: BaseException) -> None:
    window.show_error(QCoreApplication.translate("IcsOpen", "“{0}” can't be imported. {1}").format(path, error_text(exc)))


class _Reading(QObject):
    """One file being read in a worker: the busy indicator and what to do with the outcome (UI thread)."""

    def __init__(self, window, path: str, job: Job):
        super().__init__(window)
        self.window, self.path, self.job = window, path, job
        progress = QProgressDialog(QCoreApplication.translate("IcsOpen", "Reading “{0}”…").format(path),
                                   QCoreApplication.translate("IcsOpen", "Cancel"), 0, 0, window)
        progress.setWindowTitle(QCoreApplication.translate("IcsOpen", "Open calendar file"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress: QProgressDialog | None = progress
        window.ics_progress = progress
        job.signals.finished.connect(self.done)
        job.signals.failed.connect(self.failed)

    def _close(self) -> bool:
        """Take the busy indicator down; False when this reading was cancelled or replaced."""
        current = getattr(self.window, "ics_reading", None) is self
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing it would say "cancelled"
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if current:
            self.window.ics_reading = None
            self.window.ics_progress = None
        self.deleteLater()
        return current

    def cancel(self) -> None:
        self.job.cancel()
        self._close()

    def done(self, found: list[ImportedSeries]) -> None:
        if self._close():
            if len(found) == 1:
                ask(self.window, found[0])
            else:
                choose(self.window, found)

    def failed(self, exc: BaseException) -> None:
        if self._close():
            _refuse(self.window, self.path, exc)


def offer_import(window, path: str) -> Job | None:
    """Check ``path`` and read it in a worker, then ask whether to import it (``window.ics_question``).

    Returns the reading job, or None when the file was refused at once (a message is shown).
    """
    from regionmgr.core.meetings import ics_import
    from regionmgr.core.meetings import series as meetings
    from regionmgr.ui.common.worker import Job, start

    ctx = window.ctx
    try:
        ics_import.check_file(path)  # stat only: a FIFO, a folder or a huge file never gets opened
        organizer = meetings.get_settings(ctx.store, ["organizer_name", "organizer_email"])
    except Exception as exc:  # noqa: BLE001 - every refusal reaches the user
        _refuse(window, path, exc)
        return None
    default = (organizer["organizer_name"], organizer["organizer_email"])
    zone = default_zone()
    job = Job(lambda _report: ics_import.read_all(path, default, zone))
    previous = getattr(window, "ics_reading", None)
    if previous is not None:
        previous.cancel()
    window.ics_question = None
    window.ics_choice = None
    window.ics_reading = _Reading(window, path, job)
    return start(job)


def choose(window, found: list[ImportedSeries]) -> QInputDialog:
    """The (open, non-blocking) choice of one weekly series among several; also ``window.ics_choice``."""
    labels = [summary(imported) for imported in found]
    dialog = QInputDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("IcsOpen", "Open calendar file"))
    dialog.setLabelText(QCoreApplication.translate(
        "IcsOpen", "The file holds several weekly meetings. Which one do you want to import?"))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)

    def chosen(label: str) -> None:
        window.ics_choice = None
        if label in labels:
            ask(window, found[labels.index(label)])

    dialog.textValueSelected.connect(chosen)
    dialog.open()
    window.ics_choice = dialog
    return dialog


def ask(window, imported: ImportedSeries) -> QMessageBox:
    """The (open, non-blocking) question whether to import ``imported``; also ``window.ics_question``."""
    from regionmgr.core.meetings import ics_import

    ctx = window.ctx
    known = ics_import.existing_series(ctx.store, imported.uid) is not None
    question = QCoreApplication.translate("IcsOpen", "Update this weekly meeting from the file?") if known else QCoreApplication.translate("IcsOpen", "Import this weekly meeting?")
    text = question + "\n\n" + summary(imported)
    if imported.dropped:
        text += "\n\n" + dropped_text(imported)
    if imported.not_kept:
        text += "\n\n" + not_kept_text(imported)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("IcsOpen", "Open calendar file"),
                      text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses from the file are never read as HTML
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.accepted.connect(lambda: do_import(window, imported))
    box.open()
    window.ics_question = box
    return box


def do_import(window, imported: ImportedSeries) -> str | None:
    """Create or update the series as one undoable step; show it. Returns its id (None on failure)."""
    from regionmgr.core.meetings import operations

    ctx = window.ctx
    store = ctx.store
    done = ctx.run(QCoreApplication.translate("IcsOpen", "Import “{0}”").format(imported.values["name"]),
                   lambda: operations.import_series(store, imported))
    if done is None:
        return None
    series_id = str(done.result)
    window.show_page("meetings")
    select = getattr(window.pages.get("meetings"), "select_series", None)
    if callable(select):
        select(series_id)
    return series_id


class FileOpenFilter(QObject):
    """macOS delivers a double-clicked .ics as a QFileOpenEvent to the application, not in argv."""

    file_opened = Signal(str)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.file_opened.emit(event.file())
            return True
        return super().eventFilter(obj, event)
