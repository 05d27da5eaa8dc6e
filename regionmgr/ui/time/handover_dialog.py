"""The handover dialog: an absence (dates, who covers), saved undoably; the dossier as PDF and HTML; the out-of-office text.

The absence is saved at once; the dossier is then built (a 256 KB one takes a third of a
second), laid out and written off the UI thread, a busy bar in the dialog, which stays
responsive; the out-of-office text (French and English) shows when it is ready, to copy.
The folder proposed is the last one used (else Documents, else home: one that exists);
a folder that can't be used, or a write that fails, is said in a box over this dialog.
One colleague covers every country, or (ticking "A different cover per country")
each country gets its own cover in a small table, pre-filled with the general one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from regionmgr.core import atomic
from regionmgr.core.countries import region as countries
from regionmgr.core.errors import ValidationError
from regionmgr.core.time import handover, operations
from regionmgr.ui.common import save_location
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.export_progress import Output, describe_export_error, write_outputs
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.worker import Cancelled, Job, start
from regionmgr.ui.time.report_dialog import language_combo


class DossierRunner(QObject):
    """What became of the dossier job: the written paths, a message for the user, or a cancel."""

    succeeded = Signal(object)  # list of written paths
    failed = Signal(str)
    cancelled = Signal()


class HandoverDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_absence_id: str | None = None  # pressing Create again updates this one
        self._saved_values: dict = {}
        self.runner = DossierRunner(self)
        self.job: Job | None = None
        self._first_target: Path | None = None
        self.setWindowTitle(self.tr("Handover dossier"))
        self.resize(720, 640)

        form = QFormLayout(self)
        today = ctx.now().astimezone(ctx.zone).date()
        monday = today + dt.timedelta(days=7 - today.weekday())
        self.starts_edit = QDateEdit(QDate(monday), self)
        self.ends_edit = QDateEdit(QDate(monday + dt.timedelta(days=11)), self)
        self.starts_edit.setCalendarPopup(True)
        self.ends_edit.setCalendarPopup(True)
        self.cover_name_edit = QLineEdit(self)
        self.cover_name_edit.setPlaceholderText(self.tr("Colleague who answers the countries"))
        self.cover_email_edit = QLineEdit(self)
        self.comments_edit = QPlainTextEdit(self)
        self.comments_edit.setPlaceholderText(self.tr("Anything the cover should know first"))
        self.comments_edit.setMaximumHeight(70)
        previous = handover.absences(ctx.store)
        if previous:
            self.cover_name_edit.setText(previous[0].cover_name)
            self.cover_email_edit.setText(previous[0].cover_email)
        self.language_combo = language_combo(self)
        folder_widget, self.folder_edit = save_location.folder_row(self, ctx.settings)
        form.addRow(self.tr("First day away:"), self.starts_edit)
        form.addRow(self.tr("Last day away:"), self.ends_edit)
        form.addRow(self.tr("Covered by:"), self.cover_name_edit)
        form.addRow(self.tr("Their e-mail:"), self.cover_email_edit)
        self.per_country_check = QCheckBox(self.tr("A different cover per country"), self)
        form.addRow(self.per_country_check)
        self.covers_table = self._covers_table()
        self.per_country_check.toggled.connect(self.covers_table.setVisible)
        form.addRow(self.covers_table)
        form.addRow(self.tr("Notes for the cover:"), self.comments_edit)
        form.addRow(self.tr("Dossier language:"), self.language_combo)
        form.addRow(self.tr("Folder:"), folder_widget)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        form.addRow(self.status_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        form.addRow(self.busy_bar)

        grid = QGridLayout()
        self.ooo_edits: dict[str, QPlainTextEdit] = {}
        for col, (lang, title) in enumerate((("fr", self.tr("Out-of-office (French)")),
                                             ("en", self.tr("Out-of-office (English)")))):
            grid.addWidget(QLabel(title, self), 0, col)
            edit = QPlainTextEdit(self)
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("Written when the dossier is created."))
            grid.addWidget(edit, 1, col)
            copy = QPushButton(self.tr("Copy"), self)
            copy.clicked.connect(lambda _c=False, e=edit: QGuiApplication.clipboard().setText(e.toPlainText()))
            grid.addWidget(copy, 2, col)
            self.ooo_edits[lang] = edit
        form.addRow(grid)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = buttons.addButton(self.tr("Save absence and create dossier"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _covers_table(self) -> QTableWidget:
        """One row per country: its name (read-only), who covers it and their e-mail (the general cover at first)."""
        self.cover_codes = [row.code for row in countries.list_countries(self.ctx.store)]
        table = QTableWidget(len(self.cover_codes), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Covered by"), self.tr("E-mail")])
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lang = current_language()
        for row, code in enumerate(self.cover_codes):
            name = QTableWidgetItem(countries.country_name(code, lang))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(self.cover_name_edit.text()))
            table.setItem(row, 2, QTableWidgetItem(self.cover_email_edit.text()))
        table.resizeColumnToContents(0)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(1, max(table.columnWidth(1), 200))
        rows_shown = min(len(self.cover_codes), 5)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                               + rows_shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        table.setVisible(False)
        # Rows still showing the general cover follow it when it is edited.
        self._general = {1: self.cover_name_edit.text(), 2: self.cover_email_edit.text()}
        self.cover_name_edit.textChanged.connect(lambda text: self._follow_general(1, text))
        self.cover_email_edit.textChanged.connect(lambda text: self._follow_general(2, text))
        return table

    def _follow_general(self, column: int, text: str) -> None:
        old, self._general[column] = self._general[column], text
        for row in range(self.covers_table.rowCount()):
            item = self.covers_table.item(row, column)
            if item is not None and item.text() == old:
                item.setText(text)

    def country_covers(self) -> dict[str, tuple[str, str]] | None:
        """Each country's (name, e-mail) when covers differ per country; None for one cover for all."""
        if not self.per_country_check.isChecked():
            return None
        out = {}
        for row, code in enumerate(self.cover_codes):
            country, name, email = (self._cell(row, column) for column in range(3))
            if not name:
                self.covers_table.setCurrentCell(row, 1)
                raise ValidationError(self.tr("Say who covers {0}.").format(country))
            if not handover.valid_email(email):
                self.covers_table.setCurrentCell(row, 2)
                raise ValidationError(self.tr("“{0}” is not an e-mail address (cover for {1}).").format(email, country))
            out[code] = (name, email)
        return out

    def _cell(self, row: int, column: int) -> str:
        item = self.covers_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def absence_message(self, exc: ValidationError) -> str:
        """The translated message for a refused absence (``handover.AbsenceError``)."""
        if not isinstance(exc, handover.AbsenceError):
            return str(exc)
        return {
            "no_dates": self.tr("Give the first and the last day of the absence."),
            "ends_before_start": self.tr("The absence ends before it starts."),
            "no_cover": self.tr("Say who covers during the absence."),
            "bad_email": self.tr("“{0}” is not an e-mail address.").format(exc.detail),
        }.get(exc.code, str(exc))

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.create_button.setEnabled(True)
        self.busy_bar.hide()

    def absence_values(self) -> dict:
        return handover.validate_absence({
            "starts_on": self.starts_edit.date().toPython(),
            "ends_on": self.ends_edit.date().toPython(),
            "cover_name": self.cover_name_edit.text(),
            "cover_email": self.cover_email_edit.text(),
            "comments": self.comments_edit.toPlainText(),
        })

    def create(self) -> bool:  # type: ignore[override]  # not QWidget.create: the dialog's action
        """Save the absence, then build and write the dossier in a worker (the result shows when ready)."""
        if self.job is not None:  # one dossier at a time
            return False
        try:
            values = self.absence_values()
            covers = self.country_covers()
        except ValidationError as exc:
            self._status(self.absence_message(exc))
            return False
        problem = save_location.folder_problem(self.folder_edit.text())
        if problem:  # said over this dialog, before anything is saved
            self._status(problem)
            save_location.show_error(self, problem)
            return False
        store, saved = self.ctx.store, self.saved_absence_id
        if saved is None:
            outcome = self.ctx.run(self.tr("Save absence"), lambda: operations.save_absence(store, values))
            if outcome is None:
                return False
            self.saved_absence_id = outcome.result  # type: ignore[assignment]
        elif values != self._saved_values and self.ctx.run(  # pressed again after a correction
                self.tr("Change absence"), lambda: operations.update_absence(store, saved, values)) is None:
            return False
        self._saved_values = values
        folder = Path(self.folder_edit.text().strip()).expanduser()
        save_location.remember_folder(self.ctx.settings, folder)
        self._start_job(values, covers, folder)
        return True

    def _start_job(self, values: dict, covers: dict[str, tuple[str, str]] | None, folder: Path) -> None:
        """Read the rows here (the store stays on this thread); build, lay out and write in a worker."""
        lang = self.language_combo.currentData()
        data, now = handover.dossier_data(self.ctx.store), self.ctx.now()
        stem = f"handover_{values['starts_on'].isoformat()}_{values['ends_on'].isoformat()}"
        title = handover.DOSSIER_LABELS[lang]["d_title"]
        pdf_path, html_path = folder / f"{stem}.pdf", folder / f"{stem}.html"
        self._first_target = pdf_path

        def work(report: Callable[[int, int], None]) -> tuple[list[Path], dict[str, str]]:
            report(0, 3)
            dossier = handover.dossier_from(data, values, now, lang, covers=covers)
            texts = handover.out_of_office(dossier)
            html = handover.dossier_html(dossier)

            def pdf(target: Path) -> None:  # laid out so that no table row is cut by a page end
                from regionmgr.ui.time.dossier_pdf import write_dossier_pdf

                write_dossier_pdf(lambda breaks: handover.dossier_html(dossier, breaks=breaks), target, title)

            outputs: list[Output] = [(pdf_path, pdf), (html_path, lambda target: atomic.write_text(target, html))]
            return write_outputs(outputs, lambda done, total: report(done + 1, total + 1)), texts

        job = Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.job = job
        self.create_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the dossier…"))
        self.busy_bar.setRange(0, 0)  # busy until the first step is done
        self.busy_bar.show()
        start(job)

    def _on_progress(self, done: int, total: int) -> None:
        if done:
            self.busy_bar.setRange(0, total)
            self.busy_bar.setValue(done)

    def _on_finished(self, result: object) -> None:
        self.job = None
        paths: list[Path]
        texts: dict[str, str]
        paths, texts = result  # type: ignore[misc]  # what ``work`` returned
        for key, text in texts.items():
            self.ooo_edits[key].setPlainText(text)
        self._status(self.tr("Saved: {0}").format(", ".join(str(p) for p in paths)))
        self.runner.succeeded.emit(paths)

    def _on_failed(self, exc: object) -> None:
        self.job = None
        if isinstance(exc, Cancelled):
            self._on_cancelled()
            return
        message = describe_export_error(exc, self._first_target)  # type: ignore[arg-type]
        self._status(message)
        save_location.show_error(self, message)  # over this dialog, not behind it
        self.runner.failed.emit(message)

    def _on_cancelled(self) -> None:
        self.job = None
        self._status(self.tr("Export cancelled; nothing was written."))
        self.runner.cancelled.emit()

    def reject(self) -> None:
        """Closing the dialog stops a dossier still being written (what it wrote is removed)."""
        if self.job is not None:
            self.job.cancel()
        super().reject()
