"""Run slow work off the UI thread: a QThreadPool job with progress, result, error and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QRunnable):
    """``fn(report)`` runs in a worker thread; ``report(done, total)`` raises Cancelled once cancelled."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self._report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_live: set[Job] = set()


def start(job: Job) -> Job:
    """Start ``job`` on the global pool, keeping it alive until it ends."""
    _live.add(job)
    for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        sig.connect(lambda *_a, j=job: _live.discard(j))
    QThreadPool.globalInstance().start(job)
    return job
