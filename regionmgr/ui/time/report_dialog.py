"""The transparency report dialog: period, language, folder; writes the PDF and the CSV off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from regionmgr.core.ops import ValidationError
from regionmgr.core.time import report
from regionmgr.core.time.shares import Period
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.export_progress import ExportRunner, Output
from regionmgr.ui.common.i18n import current_language

FOLDER_KEY = "export/folder"


def default_folder(ctx: AppContext) -> str:
    saved = str(ctx.settings.value(FOLDER_KEY, "") or "")
    from regionmgr.ui.common.save_location import start_folder

    return start_folder(saved, QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("English", "en")
    combo.addItem("Français", "fr")
    combo.setCurrentIndex(max(0, combo.findData(current_language())))
    return combo


def folder_row(parent: QWidget, ctx: AppContext) -> tuple[QWidget, QLineEdit]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    edit = QLineEdit(default_folder(ctx), row)
    browse = QPushButton(QCoreApplication.translate("ReportDialog", "Browse…"), row)

    def choose() -> None:
        folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ReportDialog", "Save in folder"), edit.text())
        if folder:
            edit.setText(folder)

    browse.clicked.connect(choose)
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return row, edit


class ReportDialog(QDialog):
    """Choose what to export; the export itself runs in a worker with a progress bar."""

    def __init__(self, ctx: AppContext, period: Period, margin: float = 5.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.margin = margin
        self.runner = ExportRunner(ctx, self)
        self.runner.succeeded.connect(self._on_done)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda: self._status(self.tr("Export cancelled; nothing was written.")))
        self.setWindowTitle(self.tr("Transparency report"))
        form = QFormLayout(self)
        self.first_edit = QDateEdit(QDate(period.first), self)
        self.last_edit = QDateEdit(QDate(period.last), self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
        self.language_combo = language_combo(self)
        folder_widget, self.folder_edit = folder_row(self, ctx)
        self.pdf_check = QCheckBox(self.tr("PDF, to send to the countries"), self)
        self.per_country_check = QCheckBox(self.tr("Also one PDF per country (all shares, its own requests)"), self)
        self.csv_check = QCheckBox(self.tr("CSV, for a spreadsheet"), self)
        self.pdf_check.setChecked(True)
        self.csv_check.setChecked(True)
        self.pdf_check.toggled.connect(self.per_country_check.setEnabled)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        form.addRow(self.tr("From:"), self.first_edit)
        form.addRow(self.tr("To:"), self.last_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Folder:"), folder_widget)
        form.addRow(self.pdf_check)
        form.addRow(self.per_country_check)
        form.addRow(self.csv_check)
        form.addRow(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.export_button.setEnabled(True)

    def outputs(self) -> list[Output]:
        """Gather the figures now (fast) and say which files to write (slow, in the worker)."""
        first: dt.date = self.first_edit.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last_edit.date().toPython()  # type: ignore[assignment]
        if last < first:
            raise ValidationError(self.tr("The period ends before it starts."))
        if not self.pdf_check.isChecked() and not self.csv_check.isChecked():
            raise ValidationError(self.tr("Choose PDF, CSV or both."))
        lang = self.language_combo.currentData()
        rep = report.build_report(self.ctx.store, Period(first, last), self.ctx.zone, self.ctx.now(), lang, self.margin)
        folder = Path(self.folder_edit.text().strip() or ".")
        stem = f"time-report_{first.isoformat()}_{last.isoformat()}"
        title = report.labels_for(lang)["title"]
        out: list[Output] = []
        if self.pdf_check.isChecked():
            def pdf(target: Path, rep=rep, title=title) -> None:
                from regionmgr.ui.common.pdf import write_pdf

                write_pdf(report.report_html(rep), target, title)

            out.append((folder / f"{stem}.pdf", pdf))
            if self.per_country_check.isChecked():
                for line in rep.countries:
                    def country_pdf(target: Path, rep=rep, title=title, code=line.code) -> None:
                        from regionmgr.ui.common.pdf import write_pdf

                        write_pdf(report.report_html(rep, only=code), target, title)

                    out.append((folder / f"time-report_{line.code}_{first.isoformat()}_{last.isoformat()}.pdf",
                                country_pdf))
        if self.csv_check.isChecked():
            def csv(target: Path, rep: report.TransparencyReport = rep) -> None:
                report.write_csv(rep, target)

            out.append((folder / f"{stem}.csv", csv))
        return out

    def export(self) -> None:
        try:
            outputs = self.outputs()
        except ValidationError as exc:
            self._status(str(exc))
            return
        self.ctx.settings.setValue(FOLDER_KEY, self.folder_edit.text().strip())
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Exporting…"))
        self.runner.run(outputs, self.tr("Writing the transparency report…"))

    def _on_done(self, paths: object) -> None:
        self._status(self.tr("Saved: {0}").format(", ".join(str(p) for p in paths)))  # type: ignore[attr-defined]

    def _on_failed(self, message: str) -> None:
        self._status(message)
