"""The refresher pack of a country: pick procedures, export them as a dated PDF and Markdown, print, log who got them.

Exports run off the UI thread and write their files atomically. "Record as
sent" logs that the checked contacts received the current version of each
checked procedure (one undoable step); the contacts table then shows who still
never got the current version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QWidget,
)

from regionmgr.core import atomic
from regionmgr.core.countries import notes as notes_core
from regionmgr.core.countries import operations, refresher
from regionmgr.core.countries import region as countries_core
from regionmgr.ui.common import worker
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.markdown_view import markdown_to_html
from regionmgr.ui.common.pdf import print_html, write_pdf

ROOT = QModelIndex()  # the invisible root: the default ``parent`` of the model methods

ID_ROLE = Qt.ItemDataRole.UserRole


def locale_day() -> Callable[[dt.date], str]:
    """Dates as the UI language writes them in full (the default QLocale, read now)."""
    locale = QLocale()
    return lambda day: locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class ChecklistModel(QAbstractListModel):
    """(id, label, tooltip) rows the user ticks."""

    def __init__(self, rows: list[tuple[str, str, str]], checked: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.rows = rows
        self.checked = {r[0] for r in rows} if checked else set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        rid, label, tip = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if rid in self.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return rid
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        rid = self.rows[index.row()][0]
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.checked.add(rid)
        else:
            self.checked.discard(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[str]:
        return [r[0] for r in self.rows if r[0] in self.checked]


class RefresherDialog(QDialog):
    exported = Signal(list)  # the paths written
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, country_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country_id = country_id
        self.lang = current_language()
        country = countries_core.get_country(ctx.store, country_id)
        self.country_name = countries_core.country_name(country.code, self.lang) if country else ""
        self.setWindowTitle(self.tr("Refresher pack — {0}").format(self.country_name))
        self.job: worker.Job | None = None
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl

        procedures = notes_core.list_notes(ctx.store, country_id, kind="procedure")
        self.notes_model = ChecklistModel([(n.id, n.title, "") for n in procedures], True, self)
        self.contacts_model = ChecklistModel([], False, self)
        self._load_contacts()

        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("<b>Procedures in the pack</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Send to</b>"), self), 0, 1)
        self.notes_view = QListView(self)
        self.notes_view.setModel(self.notes_model)
        self.contacts_view = QListView(self)
        self.contacts_view.setModel(self.contacts_model)
        for view in (self.notes_view, self.contacts_view):  # long lines wrap: nothing hidden sideways
            view.setWordWrap(True)
            view.setUniformItemSizes(False)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.addWidget(self.notes_view, 1, 0)
        grid.addWidget(self.contacts_view, 1, 1)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.md_button = QPushButton(self.tr("Export Markdown…"), self)
        self.md_button.clicked.connect(self.choose_markdown)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_pack)
        self.record_button = QPushButton(self.tr("Record as sent to the ticked contacts"), self)
        self.record_button.clicked.connect(self.record_sent)
        self.mail_button = QPushButton(self.tr("Write to the ticked contacts…"), self)
        self.mail_button.setToolTip(self.tr("Opens a new message in your mail program; attach the exported PDF"))
        self.mail_button.clicked.connect(self.compose_email)
        grid.addWidget(self.mail_button, 3, 1)
        grid.addWidget(self.pdf_button, 2, 0)
        grid.addWidget(self.md_button, 3, 0)
        grid.addWidget(self.print_button, 4, 0)
        grid.addWidget(self.record_button, 2, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        grid.addWidget(self.status, 5, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, 6, 0, 1, 2)
        if not procedures:
            self.status.setText(self.tr("This country has no procedure notes yet."))
        ctx.data_changed.connect(self._on_data_changed)
        self.resize(720, 460)

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "contact", "refresher_sent", "note"):
            self._load_contacts()

    def _load_contacts(self) -> None:
        missing = refresher.missing_current(self.ctx.store, self.country_id)
        rows = []
        for c in countries_core.list_contacts(self.ctx.store, self.country_id):
            todo = missing.get(c.id, [])
            label = c.name if not todo else self.tr("{0} — never got current: {1}").format(c.name, ", ".join(todo))
            rows.append((c.id, label, c.email))
        self.contacts_model.beginResetModel()
        self.contacts_model.rows = rows
        self.contacts_model.checked &= {r[0] for r in rows}
        self.contacts_model.endResetModel()

    # -- building ----------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Refresher pack"),
            "subtitle": self.tr("Procedures for {0}"),
            "date": self.tr("Date: {0}"),
            "contents": self.tr("Contents"),
            "reviewed": self.tr("Last reviewed: {0}"),
            "version": self.tr("Version {0}"),
            "never": self.tr("never"),
        }

    def _pack_inputs(self) -> tuple[list[tuple[notes_core.NoteRow, str]], dt.date]:
        chosen = set(self.notes_model.checked_ids())
        rows = [n for n in notes_core.list_notes(self.ctx.store, self.country_id, kind="procedure") if n.id in chosen]
        today = self.ctx.now().astimezone(self.ctx.zone).date()
        return [(n, notes_core.note_body(self.ctx.store, n.id) or "") for n in rows], today

    def _title(self) -> str:
        return refresher.pack_title(self.country_name, self.labels())

    def export(self, pdf_path: Path | str | None = None, md_path: Path | str | None = None) -> worker.Job | None:
        """Write the pack (off the UI thread); ``exported`` gives the paths written."""
        inputs, today = self._pack_inputs()
        if not inputs:
            self.status.setText(self.tr("Tick at least one procedure to export."))
            return None
        labels, lang, name, title = self.labels(), self.lang, self.country_name, self._title()
        ui_day = locale_day()

        def run(report):
            notes = []
            for i, (row, body) in enumerate(inputs):
                html = markdown_to_html(body) if pdf_path else ""
                notes.append(refresher.PackNote(row.title, body, html, row.last_reviewed, row.version))
                report(i + 1, len(inputs) + 1)
            written = []
            if pdf_path:
                write_pdf(lambda pages: refresher.build_html(name, notes, today, lang, labels, pages, ui_day),
                          pdf_path, title)
                written.append(str(pdf_path))
            if md_path:
                atomic.write_text(md_path, refresher.build_markdown(name, notes, today, lang, labels, ui_day))
                written.append(str(md_path))
            return written

        self.status.setText(self.tr("Exporting…"))
        for b in (self.pdf_button, self.md_button):
            b.setEnabled(False)
        self.job = worker.Job(run)
        self.job.signals.finished.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        worker.start(self.job)
        return self.job

    def _done(self, paths: list) -> None:
        for b in (self.pdf_button, self.md_button):
            b.setEnabled(True)
        self.status.setText(self.tr("Saved: {0}").format(", ".join(paths)))
        self.exported.emit(list(paths))

    def _failed(self, exc: object) -> None:
        for b in (self.pdf_button, self.md_button):
            b.setEnabled(True)
        message = self.tr("The pack could not be saved: {0}").format(exc)
        self.status.setText(message)
        self.export_failed.emit(message)
        self.ctx.error_raised.emit(message)

    def _default_name(self, suffix: str) -> str:
        today = self.ctx.now().astimezone(self.ctx.zone).date().isoformat()
        return str(Path.home() / f"{self.tr('refresher')}-{self.country_name}-{today}.{suffix}")

    def choose_pdf(self) -> None:  # pragma: no cover - native file dialog
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), self._default_name("pdf"), "PDF (*.pdf)")
        if path:
            self.export(pdf_path=path)

    def choose_markdown(self) -> None:  # pragma: no cover - native file dialog
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Markdown"), self._default_name("md"),
                                              "Markdown (*.md)")
        if path:
            self.export(md_path=path)

    def print_pack(self) -> None:
        inputs, today = self._pack_inputs()
        notes = [refresher.PackNote(r.title, b, markdown_to_html(b), r.last_reviewed, r.version) for r, b in inputs]
        name, lang, labels = self.country_name, self.lang, self.labels()

        ui_day = locale_day()

        def html(pages):
            return refresher.build_html(name, notes, today, lang, labels, pages, ui_day)

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: print_html(html, printer, self._title()))
        # PySide6's QPrintDialog.open takes (receiver, member) only and hides QDialog.open(): call the base one.
        QDialog.open(dialog)
        self._print_dialog = (dialog, printer)

    def compose_email(self) -> QUrl | None:
        """A new message to the ticked contacts, to which the user attaches the pack."""
        emails = [r[2] for r in self.contacts_model.rows if r[0] in self.contacts_model.checked and r[2]]
        if not emails:
            self.status.setText(self.tr("Tick at least one contact with an e-mail address."))
            return None
        titles = [r[1] for r in self.notes_model.rows if r[0] in self.notes_model.checked]
        body = self.tr("Hello,\n\nPlease find attached a refresher on our procedures:\n{0}\n\nBest regards,").format(
            "\n".join(f"- {t}" for t in titles))
        url = QUrl(countries_core.mailto_url(emails, self._title(), body), QUrl.ParsingMode.StrictMode)
        self.opener(url)
        return url

    # -- the log -----------------------------------------------------------------
    def record_sent(self) -> bool:
        note_ids, contact_ids = self.notes_model.checked_ids(), self.contacts_model.checked_ids()
        if not note_ids or not contact_ids:
            self.status.setText(self.tr("Tick at least one procedure and one contact."))
            return False
        store, now = self.ctx.store, self.ctx.now()
        if self.ctx.run(self.tr("Record refresher pack as sent"),
                        lambda: operations.record_sent(store, note_ids, contact_ids, now)) is not None:
            contacts = self.tr("%n contact(s)", "", len(contact_ids))
            procedures = self.tr("%n procedure(s)", "", len(note_ids))
            self.status.setText(self.tr("Recorded: {0} sent to {1}.").format(procedures, contacts))
            return True
        return False
