"""The timer in the main window's toolbar: what is being timed, for how long, stop, start on a country.

Other pages start a timer through the window's ``timer_widget``:
``window.timer_widget.start_for_task(task_id)`` or ``start_for_country(country_id)``.
Starting one timer stops the running one; every start and stop is undoable.

A timer forgotten over a long idle period is caught at start-up and when the
heartbeat shows a long gap (the laptop slept): a non-blocking question lets the
user keep all the time, stop at the last activity, or discard the entry.

Built with the window's content (before its first paint: it takes its place at
once, nothing moves later), it stays light: it reads with plain
SQL (``core.timelog``'s reads), shows country codes until the combo's list is
first opened (the names come from babel's CLDR data), and loads the ORM only
for what the user does (start, stop, an answer about idle time).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from regionmgr.core.time import timelog
from regionmgr.core.time.timelog import IdleChoice, IdleTimer
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.time.time_models import local_text

HEARTBEAT_EVERY = dt.timedelta(seconds=60)
WATCHED = ("", "time_entry", "task", "country")


def elapsed_text(delta: dt.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class CountryCombo(QComboBox):
    """Countries as "FR" until the list is first opened, then as "FR — France" (in the UI language).

    The names come from babel's CLDR data: loading it only when asked keeps the
    toolbar light at start-up.
    """

    CODE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.named = False  # True once the list was opened: items show their names

    def set_countries(self, countries: list[tuple[str, str]]) -> None:
        """(id, code) pairs, in order; keeps the chosen country."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        for cid, code in countries:
            self.addItem(code, cid)
            self.setItemData(self.count() - 1, code, self.CODE_ROLE)
        if self.named:
            self._name_items()
        if chosen is not None:
            self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def show_country(self, country_id: str | None, code: str | None) -> bool:
        """Choose the country ``country_id`` (or, without one, the one of ``code``); False if not in the list."""
        index = self.findData(country_id) if country_id else -1
        if index < 0 and code:
            index = self.findData(code, self.CODE_ROLE)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def _name_items(self) -> None:
        from regionmgr.core.countries.region import country_name

        lang = current_language()
        for i in range(self.count()):
            code = self.itemData(i, self.CODE_ROLE)
            self.setItemText(i, f"{code} — {country_name(code, lang)}")

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        if not self.named:
            self.named = True
            self._name_items()
        super().showPopup()


class TimerWidget(QWidget):
    timer_changed = Signal()  # started, stopped or resolved
    idle_detected = Signal(object)  # the IdleTimer being asked about

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, check_at_start: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.current: timelog.RunningTimer | None = None
        self.idle: IdleTimer | None = None
        self.idle_box: QMessageBox | None = None
        self._shown_timer: tuple[str, str | None, str] | None = None  # the running timer the combo last followed
        self._last_tick = ctx.now()
        self._last_beat = ctx.now()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.status_label = QLabel(self)
        self.status_label.setMinimumWidth(260)
        self.stop_button = QToolButton(self)
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the running timer"))
        self.stop_button.clicked.connect(self.stop)
        self.country_combo = CountryCombo(self)
        self.country_combo.setToolTip(self.tr("Country to time"))
        self.country_combo.setMinimumContentsLength(12)
        self.start_button = QPushButton(self.tr("Start timer"), self)
        self.start_button.setToolTip(self.tr("Start timing work for the chosen country (stops the running timer)"))
        self.start_button.clicked.connect(self._start_chosen_country)
        for w in (self.status_label, self.stop_button):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.country_combo)
        layout.addWidget(self.start_button)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()
        if check_at_start:
            QTimer.singleShot(0, lambda: self.check_idle(at_startup=True))

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        self.current = timelog.running(self.ctx.store)
        self.country_combo.set_countries(timelog.country_codes(self.ctx.store))
        self.start_button.setEnabled(self.country_combo.count() > 0)
        self._follow_running()
        self._show()

    def _follow_running(self) -> None:
        """Show the running timer's country in the combo when that timer starts or its country changes.

        Only then: a country the user picked to start next stays picked through unrelated changes.
        """
        if self.current is None:
            self._shown_timer = None
            return
        code = self._running_code(self.current)
        key = (self.current.entry_id, self.current.country_id, code)
        if key != self._shown_timer:
            self._shown_timer = key
            self.country_combo.show_country(self.current.country_id, code)

    @staticmethod
    def _running_code(current: timelog.RunningTimer) -> str:
        """The code of the country whose time it is: a task's own country (its label is "FR · title")."""
        code, sep, _title = current.label.partition(" · ")
        return code if sep or current.task_id is None else ""

    def _show(self) -> None:
        if self.current is None:
            self.status_label.setText(self.tr("No timer running"))
            self.status_label.setToolTip("")
            self.stop_button.setEnabled(False)
            self.status_label.setStyleSheet("")
            return
        elapsed = elapsed_text(self.ctx.now() - self.current.started_at)
        label = self.status_label.fontMetrics().elidedText(self.current.label, Qt.TextElideMode.ElideRight, 360)
        self.status_label.setText(self.tr("Timing {0} — {1}").format(label, elapsed))
        self.status_label.setToolTip(self.tr("{0}: running since {1}").format(
            self.current.label, local_text(self.current.started_at, self.ctx.zone)))
        self.status_label.setStyleSheet(f"color: {theme.css('error')}; font-weight: bold;")
        self.stop_button.setEnabled(True)

    def _on_data_changed(self, table: str) -> None:
        if table in WATCHED:
            self.refresh()

    # -- actions -----------------------------------------------------------------
    def start_for_task(self, task_id: str) -> bool:
        """Start timing a task (its country gets the time); stops the running timer."""
        return self._start(task_id=task_id)

    def start_for_country(self, country_id: str) -> bool:
        """Start timing general work for a country; stops the running timer."""
        return self._start(country_id=country_id)

    def _start_chosen_country(self) -> None:
        cid = self.country_combo.currentData()
        if cid:
            self.start_for_country(cid)

    def _start(self, task_id: str | None = None, country_id: str | None = None) -> bool:
        from regionmgr.core.time import operations  # loads the ORM: only once the user acts

        store, now, new_id, zone = self.ctx.store, self.ctx.now(), timelog.new_entry_id(), self.ctx.zone
        ok = self.ctx.run(self.tr("Start timer"), lambda: operations.start_timer(
            store, now, task_id=task_id, country_id=country_id, new_id=new_id, zone=zone)) is not None
        if ok:
            self._last_beat = now
            self.timer_changed.emit()
        return ok

    def stop(self) -> bool:
        if timelog.running(self.ctx.store) is None:
            return False
        from regionmgr.core.time import operations

        store, now = self.ctx.store, self.ctx.now()
        ok = self.ctx.run(self.tr("Stop timer"), lambda: operations.stop_timer(store, now)) is not None
        if ok:
            self.timer_changed.emit()
        return ok

    # -- clock, heartbeat, forgotten timers ----------------------------------------
    def tick(self) -> None:
        """Every second: show the elapsed time; every minute, record that the app is awake."""
        now = self.ctx.now()
        gap = now - self._last_tick
        self._last_tick = now
        self._show()
        if self.current is None or self.idle_box is not None:
            return
        due = gap > timelog.MAX_GAP or now - self._last_beat >= HEARTBEAT_EVERY
        if due and self.check_idle() is None:
            try:
                timelog.heartbeat(self.ctx.store, now)
            except Exception as exc:  # noqa: BLE001 - a failed heartbeat must not stop the clock
                self.ctx.report_failure(exc, ())
            self._last_beat = now

    def check_idle(self, at_startup: bool = False) -> IdleTimer | None:
        """Ask the user about a running timer that may hold idle time."""
        if self.idle_box is not None:
            return self.idle
        idle = timelog.find_idle(self.ctx.store, self.ctx.now(), at_startup=at_startup)
        if idle is None:
            return None
        self.idle = idle
        zone = self.ctx.zone
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Timer still running"), "", QMessageBox.StandardButton.NoButton,
                          self.window())
        box.setText(self.tr("The timer on “{0}” has been running since {1}. The app was last used at {2}.").format(
            idle.label, local_text(idle.started_at, zone), local_text(idle.last_activity, zone)))
        box.setInformativeText(self.tr("What should be kept?"))
        self.keep_button = box.addButton(self.tr("Keep all the time"), QMessageBox.ButtonRole.AcceptRole)
        self.stop_at_button = box.addButton(
            self.tr("Stop at {0}").format(local_text(idle.last_activity, zone)), QMessageBox.ButtonRole.YesRole)
        self.discard_button = box.addButton(self.tr("Discard this entry"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(self.stop_at_button)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(self._on_idle_answer)
        self.idle_box = box
        box.open()
        self.idle_detected.emit(idle)
        return idle

    def _on_idle_answer(self, button) -> None:
        choice = {id(self.keep_button): IdleChoice.KEEP_ALL, id(self.stop_at_button): IdleChoice.STOP_AT_LAST_ACTIVITY,
                  id(self.discard_button): IdleChoice.DISCARD}.get(id(button), IdleChoice.KEEP_ALL)
        self.resolve_idle(choice)

    def resolve_idle(self, choice: IdleChoice) -> bool:
        """Apply the user's answer (undoable) and close the question."""
        idle, box = self.idle, self.idle_box
        self.idle, self.idle_box = None, None
        if box is not None:
            box.buttonClicked.disconnect()
            box.close()
            box.deleteLater()
        if idle is None:
            return False
        from regionmgr.core.time import operations

        store = self.ctx.store
        text = {IdleChoice.KEEP_ALL: self.tr("Keep idle time"),
                IdleChoice.STOP_AT_LAST_ACTIVITY: self.tr("Stop timer at last activity"),
                IdleChoice.DISCARD: self.tr("Discard timer")}[choice]
        ok = self.ctx.run(text, lambda: operations.resolve_idle(store, idle, choice)) is not None
        self._last_beat = self._last_tick = self.ctx.now()
        self.timer_changed.emit()
        return ok


def add_timer_toolbar(window: QMainWindow, ctx: AppContext) -> TimerWidget:
    """Put the timer in a toolbar at the top of ``window``; return the widget."""
    bar = QToolBar(QCoreApplication.translate("TimerWidget", "Timer"), window)
    bar.setObjectName("timer")
    bar.setMovable(False)
    widget = TimerWidget(ctx, bar)
    bar.addWidget(widget)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.timer_bar = bar  # type: ignore[attr-defined]
    return widget
