"""The handover dialog: an absence (dates, who covers), saved undoably; the dossier as PDF and HTML; the out-of-office text.

The dossier files are written off the UI thread with a progress bar; the
out-of-office text (French and English) is shown at once, ready to copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from regionmgr.core import atomic, handover
from regionmgr.core.ops import ValidationError
from regionmgr.store.models import Absence
from regionmgr.ui.context import AppContext
from regionmgr.ui.export_progress import ExportRunner, Output
from regionmgr.ui.report_dialog import FOLDER_KEY, folder_row, language_combo
from regionmgr.ui.undo import CreateCommand


class HandoverDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_absence_id: str | None = None
        self.runner = ExportRunner(ctx, self)
        self.runner.succeeded.connect(
            lambda paths: self._status(self.tr("Saved: {0}").format(", ".join(str(p) for p in paths))))
        self.runner.failed.connect(self._status)
        self.runner.cancelled.connect(lambda: self._status(self.tr("Export cancelled; nothing was written.")))
        self.setWindowTitle(self.tr("Handover dossier"))
        self.resize(720, 640)

        form = QFormLayout(self)
        today = ctx.now().astimezone(ctx.zone).date()
        monday = today + dt.timedelta(days=7 - today.weekday())
        self.starts_edit = QDateEdit(monday, self)
        self.ends_edit = QDateEdit(monday + dt.timedelta(days=11), self)
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
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
        folder_widget, self.folder_edit = folder_row(self, ctx)
        form.addRow(self.tr("First day away:"), self.starts_edit)
        form.addRow(self.tr("Last day away:"), self.ends_edit)
        form.addRow(self.tr("Covered by:"), self.cover_name_edit)
        form.addRow(self.tr("Their e-mail:"), self.cover_email_edit)
        form.addRow(self.tr("Notes for the cover:"), self.comments_edit)
        form.addRow(self.tr("Dossier language:"), self.language_combo)
        form.addRow(self.tr("Folder:"), folder_widget)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        form.addRow(self.status_label)

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

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.create_button.setEnabled(True)

    def absence_values(self) -> dict:
        return handover.validate_absence({
            "starts_on": self.starts_edit.date().toPython(),
            "ends_on": self.ends_edit.date().toPython(),
            "cover_name": self.cover_name_edit.text(),
            "cover_email": self.cover_email_edit.text(),
            "comments": self.comments_edit.toPlainText(),
        })

    def create(self) -> bool:
        """Save the absence, show the out-of-office text, write the dossier files in a worker."""
        try:
            values = self.absence_values()
        except ValidationError as exc:
            self._status(str(exc))
            return False
        command = CreateCommand(self.ctx, Absence, values, self.tr("Save absence"))
        if not self.ctx.push(command):
            return False
        self.saved_absence_id = command.row_id
        lang = self.language_combo.currentData()
        dossier = handover.build_dossier(self.ctx.store, values, self.ctx.now(), lang)
        for key, text in handover.out_of_office(dossier).items():
            self.ooo_edits[key].setPlainText(text)
        html = handover.dossier_html(dossier)
        folder = Path(self.folder_edit.text().strip() or ".")
        stem = f"handover_{values['starts_on'].isoformat()}_{values['ends_on'].isoformat()}"
        title = handover.DOSSIER_LABELS[lang]["d_title"]

        def pdf(target: Path) -> None:
            from regionmgr.ui.pdf import write_pdf

            write_pdf(html, target, title)

        outputs: list[Output] = [(folder / f"{stem}.pdf", pdf),
                                 (folder / f"{stem}.html", lambda target: atomic.write_text(target, html))]
        self.ctx.settings.setValue(FOLDER_KEY, self.folder_edit.text().strip())
        self.create_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the dossier…"))
        self.runner.run(outputs, self.tr("Writing the handover dossier…"))
        return True
