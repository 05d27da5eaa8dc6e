"""Backups while the app runs: at start, every 30 minutes when something changed, at close.

``BackupScheduler`` owns the timer, runs ``core.data.backups.make_backup`` in a
worker thread, raises an alert when a copy looks wrong, and restores a backup
into the running app (store closed, file replaced, store reopened in place, undo
history cleared). ``backup_menu.install(window)`` wires it, plus the status-bar
age of the last backup and the data-safety menu actions, into a MainWindow;
``start()`` (called by the app at boot, not by tests) begins the schedule, and
``warn_about_location`` warns about a data folder in a synced or network folder.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from regionmgr.core import storage
from regionmgr.core.data import backups
from regionmgr.core.data.cloud import location_risk
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.worker import Job, start

UTC = dt.UTC
INTERVAL_MS = 30 * 60 * 1000
FOLDER_KEY = "backup/folder"
CLOCK_SLACK = dt.timedelta(minutes=2)  # a copy stamped further ahead than this: the clock went back


def default_backup_folder(store_path: Path) -> Path:
    return Path(store_path).parent / "backups"


class BackupScheduler(QObject):
    backup_finished = Signal(object)  # BackupResult
    backup_failed = Signal(str)  # message for the user
    alert_raised = Signal(str)  # message for the user: a copy looked wrong
    restored = Signal(str)  # path the replaced file was moved to ("" if none)

    def __init__(self, ctx: AppContext, clock: Callable[[], dt.datetime] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock or ctx.now
        self._store_id: str | None = None
        self.watch = backups.ChangeWatch(ctx.store.path)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.backup_if_changed)
        self.job: Job | None = None
        self.last_result: backups.BackupResult | None = None
        self.last_error = ""  # the last attempt failed (cleared by the next good copy)
        self.last_failed_reason = ""
        self.failures_in_a_row = 0
        self._diverged = False  # restored since the last copy: the store is not the newest copy

    # -- folders -----------------------------------------------------------------
    @property
    def default_folder(self) -> Path:
        return default_backup_folder(self.ctx.store.path)

    def configured_folder(self) -> Path | None:
        value = str(self.ctx.settings.value(FOLDER_KEY, "") or "")
        return Path(value).expanduser() if value else None

    def set_folder(self, folder: Path | None) -> None:
        self.ctx.settings.setValue(FOLDER_KEY, str(folder) if folder else "")
        self.ctx.settings.sync()

    def folder(self) -> Path:
        """Where the next backup goes: the configured folder if usable, else the default."""
        chosen = self.configured_folder()
        if chosen is not None:
            try:
                chosen.mkdir(parents=True, exist_ok=True)
                if os.access(chosen, os.W_OK):
                    return chosen
            except OSError:
                pass
        return self.default_folder

    def folders(self) -> list[Path]:
        """Every folder that may hold our backups (configured first)."""
        out = [self.default_folder]
        chosen = self.configured_folder()
        if chosen is not None and chosen.resolve() != self.default_folder.resolve():
            out.insert(0, chosen)
        return out

    def store_id(self) -> str:
        """This store's id (given on first use); "" if it has none and can't be given one."""
        if self._store_id is None:
            self._store_id = backups.store_identity(self.ctx.store.path) or None
        return self._store_id or ""

    def list(self) -> list[backups.BackupInfo]:
        """This store's copies (newest first, by sequence), then copies of earlier versions."""
        return backups.list_backups(self.folders(), self.store_id())

    def newest(self) -> backups.BackupInfo | None:
        """This store's newest copy by sequence: a clock set back doesn't make an old one newest."""
        return backups.newest_backup(self.folders(), self.store_id())

    def last_backup_time(self) -> dt.datetime | None:
        newest = self.newest()
        return newest.taken_at if newest else None

    # -- schedule ----------------------------------------------------------------
    def start(self) -> None:
        """Back up now (the start copy), then every 30 minutes when something changed.

        No start copy when the store is exactly its newest copy (closed cleanly just after it, the
        file untouched since): the changes from now on are watched as after any copy."""
        folder = self.folder()
        if folder != default_backup_folder(self.ctx.store.path):  # the default one is swept at open
            storage.remove_leftover_temps(folder)  # our own temp files left by a killed backup
        if backups.start_copy_needed(self.ctx.store, self.newest()):
            self.backup_async("start")
        else:
            self.store_id()
            self.watch.mark()
        self.timer.start()

    def backup_if_changed(self) -> bool:
        if not self.watch.changed():
            return False
        return self.backup_async("auto")

    def busy(self) -> bool:
        return self.job is not None

    def backup_async(self, reason: str = "auto") -> bool:
        """Take a backup in a worker thread; False if one is already running."""
        if self.job is not None:
            return False
        self.store_id()  # written once, before the mark: giving the store its id is not a change
        self.watch.mark()  # changes made while copying count for the next one
        path, folder, now, known = self.ctx.store.path, self.folder(), self._clock(), self.folders()
        self.job = Job(lambda _report: backups.make_backup(path, folder, reason, now, known))
        self.job.signals.finished.connect(self._done)
        self.job.signals.failed.connect(lambda exc, r=reason: self._failed(exc, r))
        start(self.job)
        return True

    def backup_now(self, reason: str = "manual") -> backups.BackupResult | None:
        """Take a backup on this thread (at close, or from the Backups dialog)."""
        self.wait()
        self.store_id()
        self.watch.mark()
        try:
            result = backups.make_backup(self.ctx.store.path, self.folder(), reason, self._clock(), self.folders())
        except backups.BackupError as exc:
            self._failed(exc, reason)
            return None
        self._done(result)
        return result

    def wait(self, timeout_s: float = 120.0) -> None:
        """Let a running backup finish (its signals delivered)."""
        deadline = time.monotonic() + timeout_s
        while self.job is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        self.job = None

    def finish(self) -> None:
        """At close: a last copy if anything changed since the last one."""
        self.timer.stop()
        self.wait()
        if self.watch.changed():
            self.backup_now("close")
        in_sync = not self._diverged and not self.last_error and not self.watch.changed()
        backups.note_in_sync(self.ctx.store, self.newest() if in_sync else None)  # kept at the clean close
        self.watch.close()

    def _done(self, result: backups.BackupResult) -> None:
        self.job = None
        self._diverged = False
        self.last_result = result
        self.last_error = ""
        self.last_failed_reason = ""
        self.failures_in_a_row = 0
        self.backup_finished.emit(result)
        if result.alert:
            self.alert_raised.emit(self.tr(
                "The backup just taken looks wrong: {0}. Older backups were kept, none was deleted. "
                "If you did not remove this data yourself, open File > Backups to restore an earlier copy."
            ).format(result.alert))

    def _failed(self, exc: object, reason: str = "auto") -> None:
        self.job = None
        self.last_error = self.tr("The backup could not be made: {0}").format(exc)
        self.last_failed_reason = reason
        self.failures_in_a_row += 1
        self.backup_failed.emit(self.last_error)

    # -- restore -----------------------------------------------------------------
    def restore(self, backup_path: Path) -> Path | None:
        """Replace the open store with ``backup_path``, reopening it in place.

        The current file is moved aside first (returned). Raises BackupError
        (nothing changed) if the backup isn't a good copy.
        """
        self.timer.stop()
        self.wait()
        backups.check_copy(backup_path)
        previous_id = self.store_id()
        self.watch.close()
        try:
            aside = backups.restore_in_place(self.ctx.store, backup_path)
        finally:
            self.ctx.undo_stack.clear()
            self.ctx.notify(backups.RESTORED)
        # A copy of an earlier version holds no id: the restored store keeps the one it replaced.
        self._store_id = None
        if previous_id and backups.read_store_id(self.ctx.store.path) is None:
            backups.ensure_store_id(self.ctx.store.path, value=previous_id)
        self.watch.mark()
        self._diverged = True  # the store is an older copy now, not the newest: copied at next start
        self.restored.emit(str(aside or ""))
        return aside


def describe_age(taken: dt.datetime | None, now: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """The age of the newest copy (by sequence) by this computer's clock, told honestly when
    that copy carries a later time than the clock (the clock was set back)."""
    if taken is None:
        return QCoreApplication.translate("BackupScheduler", "No backup yet")
    if taken - now > CLOCK_SLACK:
        when = taken.astimezone(zone or UTC).strftime("%Y-%m-%d %H:%M")
        return QCoreApplication.translate(
            "BackupScheduler", "Last backup: {0}, later than this computer's clock (check its date and time)"
        ).format(when)
    minutes = int((now - taken).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("BackupScheduler", "Last backup: just now")
    if minutes < 60:
        return QCoreApplication.translate("BackupScheduler", "Last backup: {0} min ago").format(minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("BackupScheduler", "Last backup: {0} h ago").format(minutes // 60)
    return QCoreApplication.translate("BackupScheduler", "Last backup: {0} days ago").format(minutes // (24 * 60))


def scheduler_for(ctx: AppContext) -> BackupScheduler:
    """The one scheduler of ``ctx`` (it outlives a main window rebuilt for a language switch)."""
    scheduler = getattr(ctx, "backup_scheduler", None)
    if scheduler is None:
        scheduler = BackupScheduler(ctx, parent=ctx)
        ctx.backup_scheduler = scheduler  # type: ignore[attr-defined]
    return scheduler


def warn_about_location(window: QMainWindow, mounts_text: str | None = None) -> QMessageBox | None:
    """Status-bar warning (and once per folder a non-blocking box) for a synced or network data folder."""
    ctx: AppContext = window.ctx  # type: ignore[attr-defined]
    folder = ctx.store.path.parent
    risk = location_risk(folder, mounts_text)
    if risk is None:
        return None
    if risk.kind == "synced":
        message = QCoreApplication.translate("MainWindow",
            "Your data folder {0} is inside {1}. Sync tools copy a database and its journal separately, "
            "which can damage it. Move the data folder out of the synced folder (backups can go there instead)."
        ).format(folder, risk.name)
    else:
        message = QCoreApplication.translate("MainWindow",
            "Your data folder {0} is on a network drive ({1}). Network drives can damage a database that is "
            "in use. Keep the data folder on this computer's own disk (backups can go to the network drive)."
        ).format(folder, risk.name)
    window.statusBar().showMessage(message, 60000)
    key = "warnings/location_shown/" + str(folder).replace("/", "|")
    if ctx.settings.value(key, False) in (True, "true"):
        return None
    ctx.settings.setValue(key, True)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Region Manager"), message, QMessageBox.StandardButton.Ok, window)
    box.open()
    window.location_box = box  # type: ignore[attr-defined]
    return box
