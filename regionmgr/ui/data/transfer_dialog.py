"""File > Export data… and Import data…: the whole store to one file and back.

Export, the reading/checking of an import and its write run in worker jobs,
with a progress bar and Cancel. An import first shows a dry run (rows added /
updated / unchanged per table) and writes only when the user confirms; the
write is one transaction (Cancel rolls it all back) and one undoable step
(Edit > Undo), and a backup is taken just before it. A refused file changes
nothing and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.data import transfer
from regionmgr.ui.common.context import AppContext, OpCommand
from regionmgr.ui.common.worker import Job, start

COL_TABLE, COL_ADDED, COL_UPDATED, COL_UNCHANGED = range(4)


def table_title(name: str) -> str:
    return {
        "country": QCoreApplication.translate("Transfer", "Countries"), "contact": QCoreApplication.translate("Transfer", "Contacts"), "task": QCoreApplication.translate("Transfer", "Tasks"), "note": QCoreApplication.translate("Transfer", "Notes"),
        "refresher_sent": QCoreApplication.translate("Transfer", "Refreshers sent"), "meeting_series": QCoreApplication.translate("Transfer", "Meetings"),
        "meeting_attendee": QCoreApplication.translate("Transfer", "Meeting attendees"), "meeting_skip": QCoreApplication.translate("Transfer", "Skipped meetings"),
        "meeting_sent": QCoreApplication.translate("Transfer", "Invitations sent"), "time_entry": QCoreApplication.translate("Transfer", "Time entries"), "absence": QCoreApplication.translate("Transfer", "Absences"),
        "setting": QCoreApplication.translate("Transfer", "Settings"),
    }.get(name, name)


def refusal_message(exc: Exception) -> str:
    """A sentence for the user about a refused import (nothing was changed)."""
    if not isinstance(exc, transfer.ImportRefused):
        return QCoreApplication.translate("Transfer", "The file could not be imported: {0}. Nothing was changed.").format(exc)
    reason = {
        "not_zip": QCoreApplication.translate("Transfer", "This file is not a Region Manager export."),
        "not_ours": QCoreApplication.translate("Transfer", "This file is not a Region Manager export."),
        "too_big": QCoreApplication.translate("Transfer", "This file is too large to be a Region Manager export."),
        "version": QCoreApplication.translate("Transfer", "This export was made by a newer version of Region Manager (format {0}); "
                      "install the newer version to import it."),
        "damaged": QCoreApplication.translate("Transfer", "This export file is damaged or incomplete."),
        "invalid": QCoreApplication.translate("Transfer", "This export file holds data that Region Manager can't accept."),
        "conflict": QCoreApplication.translate("Transfer", "This export conflicts with your data."),
    }.get(exc.code, QCoreApplication.translate("Transfer", "This file can't be imported."))
    text = reason.format(exc.detail) if "{0}" in reason else reason
    if exc.detail and exc.code != "version":
        text += " " + QCoreApplication.translate("Transfer", "({0})").format(exc.detail[:300])
    return text + " " + QCoreApplication.translate("Transfer", "Nothing was changed.")


class ImportPlanModel(QAbstractTableModel):
    """The dry run: one row per table with something in the file."""

    def __init__(self, counts: dict[str, tuple[int, int, int]], parent=None):
        super().__init__(parent)
        self.rows = [(name, *c) for name, c in counts.items() if sum(c)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Data"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return table_title(row[0]) if index.column() == COL_TABLE else str(row[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != COL_TABLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """Shows what an import would change; Import applies it."""

    def __init__(self, ctx: AppContext, path: Path, plan: transfer.ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.path, self.plan = ctx, path, plan
        self.setWindowTitle(self.tr("Import data"))
        self.resize(560, 420)
        self.model = ImportPlanModel(plan.counts(), self)
        view = QTableView(self)
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(COL_TABLE, QHeaderView.ResizeMode.Stretch)
        self.view = view
        changes = plan.total_changes()
        if changes:
            summary = self.tr("Importing {0} would add or update {1} rows. Rows changed more recently here "
                              "are kept; nothing is deleted. You can undo the import.").format(path.name, changes)
        else:
            summary = self.tr("{0} holds nothing newer than your data: importing it changes nothing.").format(path.name)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.future_note = QLabel(self.future_text(plan), self)
        self.future_note.setWordWrap(True)
        self.future_note.setVisible(plan.future_count() > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(changes > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.future_note)
        layout.addWidget(view, 1)
        layout.addWidget(self.buttons)

    def future_text(self, plan: transfer.ImportPlan) -> str:
        """Rows dated in the future (a wrong clock, a damaged file): what the import does with them."""
        count = plan.future_count()
        if not count:
            return ""
        added = sum(len(keys) for keys in plan.clamped.values())
        kept = count - added
        text = self.tr("{0} rows in this file had change times in the future (the other computer's clock "
                       "may be wrong).").format(count)
        if added:
            text += " " + self.tr("{0} new rows will be added with their change time set to now.").format(added)
        if kept:
            text += " " + self.tr("{0} rows you already have will be kept as they are.").format(kept)
        return text

    def _backup(self) -> None:
        scheduler = getattr(self.ctx, "backup_scheduler", None)
        if scheduler is not None:
            scheduler.backup_now("import")

    def apply(self) -> bool:
        """Write the import now, on this thread, as one undoable step (a backup is taken first)."""
        self._backup()
        plan, store = self.plan, self.ctx.store
        return self.ctx.run(self.tr("Import {0}").format(self.path.name),
                            lambda: transfer.import_plan(store, plan), everywhere=True) is not None

    def start_apply(self) -> Job:
        """Write the import in a worker with a progress bar and Cancel (a cancel or a failure rolls
        the whole write back); once written it becomes one undoable step and the views refresh."""
        self._backup()
        ctx, plan, store = self.ctx, self.plan, self.ctx.store
        owner = self.parentWidget() or self
        title = self.tr("Import {0}").format(self.path.name)
        job = Job(lambda report: transfer.import_plan(store, plan, report))
        progress = QProgressDialog(QCoreApplication.translate("Transfer", "Importing {0}…").format(self.path.name),
                                   QCoreApplication.translate("Transfer", "Cancel"), 0,
                                   max(1, plan.total_changes()), owner)
        progress.setWindowTitle(QCoreApplication.translate("Transfer", "Import data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(400)
        progress.canceled.connect(job.cancel)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(max(1, total))
            progress.setValue(done)

        def done(applied: object) -> None:
            ctx.push(OpCommand(ctx, title, lambda: applied, everywhere=True))  # type: ignore[arg-type,return-value]

        def failed(exc: object) -> None:
            message = (refusal_message(exc) if isinstance(exc, transfer.ImportRefused)
                       else ctx.describe_error(exc))  # type: ignore[arg-type]
            ctx.error_raised.emit(message)

        def cancelled() -> None:
            status = getattr(owner, "statusBar", None)
            if status is not None:
                status().showMessage(
                    QCoreApplication.translate("Transfer", "Import cancelled. Nothing was changed."), 10000)

        job.signals.progress.connect(advance)
        for ended in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            ended.connect(lambda *_args: progress.hide())
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(cancelled)
        owner.import_write_job = job  # type: ignore[attr-defined]
        owner.import_write_progress = progress  # type: ignore[attr-defined]
        return start(job)

    def accept(self) -> None:
        super().accept()
        self.start_apply()


def _window_ctx(window: QMainWindow) -> AppContext:
    return window.ctx  # type: ignore[attr-defined]


def run_export(window: QMainWindow, target: Path) -> Job:
    """Export to ``target`` in a worker; the status bar says when it is done."""
    ctx = _window_ctx(window)
    store = ctx.store
    job = Job(lambda _report: transfer.export_to(store, target))
    job.signals.finished.connect(lambda counts: window.statusBar().showMessage(
        QCoreApplication.translate("Transfer", "Exported {0} rows to {1}").format(sum(counts.values()), target), 15000))
    job.signals.failed.connect(lambda exc: window.show_error(  # type: ignore[attr-defined]
        QCoreApplication.translate("Transfer", "The export could not be written: {0}. Any earlier file of that name is unchanged.").format(exc)))
    window.export_job = job  # type: ignore[attr-defined]
    return start(job)


def run_import_check(window: QMainWindow, path: Path) -> Job:
    """Read and check ``path`` in a worker, with progress and Cancel, then show the dry run (or the refusal)."""
    ctx = _window_ctx(window)
    store = ctx.store

    def check(report: transfer.Report) -> transfer.ImportPlan:
        export = transfer.read_export(transfer.read_limited(path), lambda done, total: report(done, 2 * total))
        return transfer.plan_import(store, export, report=lambda done, total: report(total + done, 2 * total))

    job = Job(check)
    progress = QProgressDialog(QCoreApplication.translate("Transfer", "Checking {0}…").format(path.name),
                               QCoreApplication.translate("Transfer", "Cancel"), 0, 0, window)
    progress.setWindowTitle(QCoreApplication.translate("Transfer", "Import data"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(400)
    progress.canceled.connect(job.cancel)

    def advance(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    job.signals.progress.connect(advance)
    for ended in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        ended.connect(lambda *_args: progress.hide())
    job.signals.cancelled.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("Transfer", "Import cancelled. Nothing was changed."), 10000))
    window.import_progress = progress  # type: ignore[attr-defined]

    def show_plan(plan: transfer.ImportPlan) -> None:
        dialog = ImportPreviewDialog(ctx, path, plan, window)
        window.import_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    job.signals.finished.connect(show_plan)
    job.signals.failed.connect(lambda exc: window.show_error(refusal_message(exc)))  # type: ignore[attr-defined]
    window.import_job = job  # type: ignore[attr-defined]
    return start(job)


def start_export(window: QMainWindow) -> None:
    name, _filter = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("Transfer", "Export all data"), str(Path.home() / ("regionmgr" + transfer.SUFFIX)),
        QCoreApplication.translate("Transfer", "Region Manager export (*{0})").format(transfer.SUFFIX),
    )
    if name:
        target = Path(name)
        if not target.suffix:
            target = target.with_suffix(transfer.SUFFIX)
        run_export(window, target)


def start_import(window: QMainWindow) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("Transfer", "Import data"), str(Path.home()),
        QCoreApplication.translate("Transfer", "Region Manager export (*{0});;All files (*)").format(transfer.SUFFIX),
    )
    if name:
        run_import_check(window, Path(name))
