"""Opening an .ics file with the app (``regionmgr FILE.ics``, a double-click, or a second launch).

The file is read and checked first (``core.ics_import``); the user then confirms
the import in a non-blocking question, and the series is created (or updated
when its UID is known) as one undoable step, then shown on the Meetings page.
A file that can't be imported gets a clear message and changes nothing.

Installed at start-up (``FileOpenFilter``, the second launch's request), it
loads the reader (icalendar) and the ORM only when a file is actually opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from regionmgr.core.meetings.ics_import import ImportedSeries


def error_text(exc: Exception) -> str:
    """A translated message for an import failure."""
    from regionmgr.core.meetings.ics_import import IcsImportError

    if isinstance(exc, IcsImportError):
        messages = {
            "too_big": QCoreApplication.translate("IcsOpen", "The file is too large to be a meeting invitation ({0})."),
            "unreadable": QCoreApplication.translate("IcsOpen", "The file is not a calendar file that can be read."),
            "too_many": QCoreApplication.translate("IcsOpen", "The file holds too many calendar entries ({0}) to be one meeting."),
            "no_event": QCoreApplication.translate("IcsOpen", "The file holds no meeting."),
            "several": QCoreApplication.translate("IcsOpen", "The file holds several meetings; import them one at a time."),
            "not_weekly": QCoreApplication.translate("IcsOpen", "Only weekly meetings can be imported (this one repeats: {0})."),
            "not_timed": QCoreApplication.translate("IcsOpen", "The meeting has no start time."),
            "unknown_zone": QCoreApplication.translate("IcsOpen", "The meeting's time zone is not known: {0}."),
            "bad_duration": QCoreApplication.translate("IcsOpen", "The meeting's duration can't be used ({0})."),
            "cancelled": QCoreApplication.translate("IcsOpen", "This file cancels a meeting; there is nothing to import."),
            "missing": QCoreApplication.translate("IcsOpen", "The file can't be read: {0}."),
        }
        return messages.get(exc.code, str(exc)).format(exc.detail)
    from regionmgr.core.errors import ValidationError

    if isinstance(exc, ValidationError):
        return exc.translated(QCoreApplication.translate)
    return str(exc)


def summary(imported: ImportedSeries) -> str:
    v = imported.values
    day = QLocale().dayName(v["weekday"])
    time = QLocale().toString(v["start_local"], QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("IcsOpen", "“{0}”, every {1} at {2} ({3}), {4} attendee(s).").format(
        v["name"], day, time, v["timezone"], len(imported.attendees))


def offer_import(window, path: str) -> QMessageBox | None:
    """Read ``path`` and ask whether to import it; returns the (open, non-blocking) question box."""
    from regionmgr.core.meetings import ics_import
    from regionmgr.core.meetings import series as meetings

    ctx = window.ctx
    try:
        organizer = meetings.get_settings(ctx.store, ["organizer_name", "organizer_email"])
        imported = ics_import.read_file(path, (organizer["organizer_name"], organizer["organizer_email"]))
    except Exception as exc:  # noqa: BLE001 - every refusal reaches the user
        window.show_error(QCoreApplication.translate("IcsOpen", "“{0}” can't be imported. {1}").format(path, error_text(exc)))
        return None
    known = ics_import.existing_series(ctx.store, imported.uid) is not None
    question = QCoreApplication.translate("IcsOpen", "Update this weekly meeting from the file?") if known else QCoreApplication.translate("IcsOpen", "Import this weekly meeting?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("IcsOpen", "Open calendar file"),
                      question + "\n\n" + summary(imported),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
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
