"""A date typed as words, with a preview: the line edit every date field uses.

The text is read by the one date reader (``core.calendar.dates``): "27/11/26", "27 nov",
"vendredi", "next friday", "demain 14h"... in English or French. Under the field, the
``preview`` label says the day in full in the UI language ("Friday 4 December 2026"), or
why the text can't be used. The owner puts ``preview`` in its layout (under the field) and
reads the value with ``reading()`` / ``date()`` when it saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from regionmgr.core.calendar.dates import DateInputError, Reading, read_field
from regionmgr.ui.common import theme

PREVIEW_MS = 150  # the preview waits for a pause in typing (the first words load dateparser)


def day_text(day: dt.date, locale: QLocale | None = None) -> str:
    """"Friday 4 December 2026" / "vendredi 4 décembre 2026", in the UI language."""
    return (locale or QLocale()).toString(QDate(day), "dddd d MMMM yyyy")


class DateField(QLineEdit):
    """A line edit read as a date, with ``preview`` (a label to place under it).

    ``now_local`` gives the naive wall clock of the zone relative dates count from.
    """

    def __init__(self, now_local: Callable[[], dt.datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._now_local = now_local
        self.preview = QLabel()  # placed by the owner, under the field
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # a typed "<b>" stays text
        self.preview.setProperty("error", False)
        self.setToolTip(self.tr("A date in English or French: 27/11/2026, 27/11, 27 nov, vendredi, "
                                "next friday, demain, in 2 weeks…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.editingFinished.connect(self.refresh_preview)

    # -- reading -------------------------------------------------------------------------
    def reading(self) -> Reading | None:
        """The text as read: None when empty; raises ``DateInputError`` (with a message)."""
        return read_field(self.text(), self._now_local())

    def date(self) -> dt.date | None:
        """The text as a day: None when empty; raises ``DateInputError``."""
        reading = self.reading()
        return None if reading is None or reading.value is None else reading.value.date()

    # -- the preview ---------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            reading = self.reading()
        except DateInputError as exc:
            self._show(exc.translated(QCoreApplication.translate), error=True)
            return
        if reading is None or reading.value is None:
            self._show("", error=False)
            return
        text = day_text(reading.value.date())
        if reading.timed:
            time = QTime(reading.value.hour, reading.value.minute)
            text = self.tr("{0} at {1}").format(text, QLocale().toString(time, QLocale.FormatType.ShortFormat))
        self._show(text, error=False)

    def _show(self, text: str, error: bool) -> None:
        self.preview.setText(text)
        self.preview.setProperty("error", error)
        self.preview.setStyleSheet(f"color: {theme.css('error')};" if error else "")
        self.setAccessibleDescription(text)
