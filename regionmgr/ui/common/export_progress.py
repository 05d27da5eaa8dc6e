"""Long exports off the UI thread: a progress dialog with Cancel, and a clear message when writing fails.

Each file is written atomically (``core.atomic``), so a failure (full disk,
folder gone, read-only folder) or a cancel leaves no half-written file under
its final name. Files written earlier in a cancelled export that did not exist
before are removed too, so a cancel leaves the folder as it was.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.worker import Cancelled, Job, start

# One output: the final path, and a function writing it (atomically) to that path.
Output = tuple[Path, Callable[[Path], object]]


def describe_export_error(exc: BaseException, target: Path | None = None) -> str:
    """A message for the user saying why an export failed; nothing was left half-written."""
    where = str(target.parent) if target is not None else ""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "no space" in str(exc).lower():
        text = QCoreApplication.translate("Export", "The disk is full.")
    elif isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        text = QCoreApplication.translate("Export", "The folder {0} no longer exists.").format(where)
    elif isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        text = QCoreApplication.translate("Export", "{0} is not a folder.").format(where)
    elif isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QCoreApplication.translate("Export", "The folder {0} is read-only.").format(where)
    else:
        text = str(exc)
    return QCoreApplication.translate("Export", "The export failed: {0} No file was written.").format(text)


def write_outputs(outputs: Sequence[Output], report: Callable[[int, int], None]) -> list[Path]:
    """Write each output in turn, reporting progress; undo new files on cancel or failure."""
    written: list[Path] = []
    total = len(outputs)
    try:
        for done, (target, writer) in enumerate(outputs):
            report(done, total)
            existed = target.exists()
            writer(target)
            if not existed:
                written.append(target)
        report(total, total)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return [t for t, _w in outputs]


class ExportRunner(QObject):
    """Runs one export as a Job with a progress dialog; says what happened."""

    succeeded = Signal(object)  # list of written paths
    failed = Signal(str)  # message shown to the user
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_error = ""
        self._first_target: Path | None = None

    def run(self, outputs: Sequence[Output], title: str) -> Job:
        self._first_target = outputs[0][0] if outputs else None
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, max(1, len(outputs)), self.parent_widget)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(True)
        dialog.setValue(0)
        self.progress = dialog
        job = Job(lambda report: write_outputs(outputs, report))
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        dialog.canceled.connect(job.cancel)
        self.job = job
        return start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.close()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)

    def _on_finished(self, paths: object) -> None:
        self._close()
        self.succeeded.emit(paths)

    def _on_failed(self, exc: object) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self._on_cancelled()
            return
        message = describe_export_error(exc, self._first_target)  # type: ignore[arg-type]
        self.last_error = message
        self.failed.emit(message)
        self.ctx.error_raised.emit(message)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
