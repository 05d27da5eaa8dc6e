"""Reminders while the app runs: a desktop notification for what is due, and a tray icon.

Every minute (and once, two seconds after the window shows) ``check_in_background()``
asks ``core.reminders`` what has come due at ``ctx.now()``, reading the store in a
worker thread (a big list takes a while), and shows the result on the UI thread;
``check()`` does the same at once, on this thread. Each reminder is shown once (their keys are
kept in the settings under ``reminders/shown``), several at once become one
notification. ``notified(title, body)`` is emitted for every notification, so
the scheduling is testable where there is no system tray (offscreen). The tray
icon's menu offers Quick capture, Show window and Quit. Nothing is sent anywhere.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from regionmgr.core.tasks import reminders
from regionmgr.core.tasks.reminders import KEYS, LeadTimes, Reminder
from regionmgr.ui.common import formats
from regionmgr.ui.common.settings_values import read_bool, read_int
from regionmgr.ui.common.theme import app_icon
from regionmgr.ui.common.worker import Job
from regionmgr.ui.common.worker import start as start_job

log = logging.getLogger(__name__)

SHOWN_KEY = "reminders/shown"
MAX_REMEMBERED = 1000
MAX_LINES = 4
CHECK_EVERY_MS = 60_000


def lead_times(settings) -> LeadTimes:
    """The lead times saved in the settings (each one's default where missing or out of range)."""
    return LeadTimes(read_int(settings, KEYS["task_lead_min"], 60, 0, 7 * 24 * 60),
                     read_int(settings, KEYS["meeting_lead_min"], 15, 0, 24 * 60),
                     read_int(settings, KEYS["morning_hour"], 9, 0, 23))


def enabled(settings) -> bool:
    return read_bool(settings, KEYS["enabled"], True)


class TrayMenu(QMenu):
    """The tray icon's menu; retranslated when the language changes."""

    language_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed.emit()
        super().changeEvent(event)


class ReminderService(QObject):
    notified = Signal(str, str)  # title, body: one desktop notification
    reminded = Signal(list)  # the Reminder objects just shown
    check_failed = Signal(str)  # the message shown when checking starts failing (details in the log)
    checked = Signal(list)  # after every check: the Reminder objects newly shown (maybe none)

    def __init__(self, ctx, window_fn: Callable[[], QWidget] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_fn = window_fn
        self.failing = False
        self.job: Job | None = None  # the background check while it runs
        self.closed = False
        self.last_due: list[Reminder] = []
        self.menu = TrayMenu()
        self.capture_action = QAction(self.menu)
        self.capture_action.triggered.connect(self.quick_capture)
        self.show_action = QAction(self.menu)
        self.show_action.triggered.connect(self.show_window)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(QCoreApplication.quit)
        for action in (self.capture_action, self.show_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.language_changed.connect(self.retranslate)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.messageClicked.connect(self.show_window)
            self.tray.show()
        self.retranslate()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_in_background)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.check_in_background)  # once the window is painted

    def retranslate(self) -> None:
        self.capture_action.setText(self.tr("Quick capture…"))
        self.show_action.setText(self.tr("Show Region Manager"))
        self.quit_action.setText(self.tr("Quit"))
        if self.tray is not None:
            self.tray.setToolTip(self.tr("Region Manager"))

    # -- what was shown ----------------------------------------------------------
    def shown_keys(self) -> list[str]:
        value = self.ctx.settings.value(SHOWN_KEY, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or [])]

    def _remember(self, keys: list[str]) -> None:
        kept = (self.shown_keys() + keys)[-MAX_REMEMBERED:]
        self.ctx.settings.setValue(SHOWN_KEY, kept)
        self.ctx.settings.sync()

    # -- checking ----------------------------------------------------------------
    def _question(self) -> tuple[dt.datetime, str, LeadTimes, set[str]]:
        """What a check asks, read here on the UI thread: now, the zone, the lead times, what was shown."""
        return self.ctx.now(), self.ctx.zone_name, lead_times(self.ctx.settings), set(self.shown_keys())

    def check(self) -> list[Reminder]:
        """Notify what has come due and was not shown before, reading on this thread; return it."""
        if not enabled(self.ctx.settings):
            self.checked.emit([])
            return []
        try:
            due = reminders.due_reminders(self.ctx.store, *self._question())
        except Exception as exc:  # noqa: BLE001 - logged and said (_failed)
            self._failed(exc)
            return []
        return self._deliver(due)

    def check_in_background(self) -> Job | None:
        """Read what has come due in a worker thread; notify it here when read (``checked`` follows).
        None when reminders are off or the previous check is still reading."""
        if self.job is not None:
            return None
        if not enabled(self.ctx.settings):
            self.checked.emit([])
            return None
        store, question = self.ctx.store, self._question()

        def read(_report) -> list[Reminder]:
            conn = reminders.reader(store)
            try:
                return reminders.due_reminders(conn, *question)
            finally:
                conn.close()

        self.job = Job(read)
        # Bound methods: Qt drops the connections if this service is deleted while the worker reads.
        self.job.signals.finished.connect(self._job_finished)
        self.job.signals.failed.connect(self._job_failed)
        return start_job(self.job)

    def _job_finished(self, due: object) -> None:
        self.job = None
        if self.closed:  # the app is quitting: nothing more to show
            return
        already = set(self.shown_keys())  # a check on this thread may have shown some meanwhile
        self._deliver([r for r in due if r.key not in already] if isinstance(due, list) else [])

    def _job_failed(self, exc: object) -> None:
        self.job = None
        if self.closed:
            return
        self._failed(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    def _failed(self, exc: BaseException) -> None:
        log.error("Checking the reminders failed; trying again in a minute", exc_info=exc)
        if not self.failing:  # once per run of failures: the user may be missing reminders
            self.failing = True
            message = self.tr("Reminders could not be checked; details are in the log.")
            if self.tray is not None:
                self.tray.showMessage(self.tr("Region Manager"), message,
                                      QSystemTrayIcon.MessageIcon.Warning, 15000)
            self.check_failed.emit(message)
        self.checked.emit([])

    def _deliver(self, due: list[Reminder]) -> list[Reminder]:
        """Show what a check found (on the UI thread) and remember it; return it."""
        if self.failing:
            log.info("Reminders checked again")
        self.failing = False
        self.last_due = due
        if due:
            self._remember([r.key for r in due])
            title, body = self.message_for(due)
            if self.tray is not None:
                self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
            self.notified.emit(title, body)
            self.reminded.emit(due)
        self.checked.emit(due)
        return due

    def when(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.ctx.zone)
        today = self.ctx.now().astimezone(self.ctx.zone).date()
        if local.date() == today:
            return formats.time_text(local)
        return formats.date_time_text(local)

    def line_for(self, r: Reminder) -> str:
        return self._line(r) + self._busy(r)

    def _line(self, r: Reminder) -> str:
        where = f" ({r.country_code})" if r.country_code else ""
        if r.kind == "meeting":
            return self.tr("Meeting at {0}: {1}").format(self.when(r.at), r.title)
        if r.kind == "follow_up":
            return self.tr("Follow up with {0}: {1}{2}").format(r.who, r.title, where)
        if r.at < self.ctx.now():
            return self.tr("Overdue: {0}{1}").format(r.title, where)
        return self.tr("Due {0}: {1}{2}").format(self.when(r.at), r.title, where)

    def _busy(self, r: Reminder) -> str:
        """" — Lunch break in FR until 14:00": not the moment to call that country."""
        if not r.busy:
            return ""
        if r.busy_until is not None:
            return " — " + self.tr("{0} in {1} until {2}").format(r.busy, r.country_code, self.when(r.busy_until))
        return " — " + self.tr("{0} in {1} now").format(r.busy, r.country_code)

    def message_for(self, due: list[Reminder]) -> tuple[str, str]:
        if len(due) == 1:
            r = due[0]
            title = {"meeting": self.tr("Meeting soon"), "follow_up": self.tr("Follow-up today")}.get(
                r.kind, self.tr("Task due"))
            return title, self.line_for(r)
        lines = [self.line_for(r) for r in due[:MAX_LINES]]
        if len(due) > MAX_LINES:
            lines.append(self.tr("…and {0} more").format(len(due) - MAX_LINES))
        return self.tr("{0} reminders").format(len(due)), "\n".join(lines)

    # -- tray menu ---------------------------------------------------------------
    def window(self) -> QWidget | None:
        return self.window_fn() if self.window_fn is not None else None

    def show_window(self) -> None:
        window = self.window()
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def quick_capture(self) -> None:
        window = self.window()
        if window is None:
            return
        self.show_window()
        capture = getattr(window, "_quick_capture", None)
        if callable(capture):
            capture()
        else:
            action = getattr(window, "new_task_action", None)
            if action is not None:
                action.trigger()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def close(self) -> None:
        self.closed = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.menu.deleteLater()
