"""Start-up stays light: with the Tasks page shown and no user action, the services started after the
first paint (toolbar timer, reminders, .ics opening, backups) load neither the ORM nor icalendar nor
babel, and they still do their work (running timer shown, forgotten timer caught, reminders checked).

The whole app runs in a child process, so nothing imported by other tests counts."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from regionmgr.core.data.sample import load_sample
from regionmgr.core.time import operations
from regionmgr.store.db import open_store

pytestmark = pytest.mark.slow  # the whole app runs in a child process

# The Tasks page itself may load these: a deadline within three weeks is counted in its country's
# working days, public holidays included (core.priority -> core.workweek -> holidays -> dateutil).
TASK_LIST_CALENDAR = {"holidays", "dateutil"}

CHILD = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    HEAVY = ("sqlalchemy", "icalendar", "babel", "pytz", "dateutil", "holidays", "dateparser")
    app = QApplication(sys.argv[:1])
    from regionmgr.ui.shell import reminders as ui_reminders

    import threading

    checks, readers = [], []
    original_deliver = ui_reminders.ReminderService._deliver
    original_due = ui_reminders.reminders.due_reminders

    def deliver(self, due):  # what a check found, shown on the UI thread
        checks.append(len(due))
        return original_deliver(self, due)

    def due(*args, **kwargs):
        readers.append(threading.current_thread() is threading.main_thread())
        return original_due(*args, **kwargs)

    ui_reminders.ReminderService._deliver = deliver
    ui_reminders.reminders.due_reminders = due
    deadline = time.monotonic() + 60
    out = {}

    def poll():
        from regionmgr.ui.shell.main_window import MainWindow
        from regionmgr.ui.time.timer_widget import TimerWidget

        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        timer = windows[0].findChild(TimerWidget) if windows else None
        if timer is None or not checks or timer.idle is None:
            if time.monotonic() > deadline:
                out["timeout"] = True
                app.exit(0)
            else:
                QTimer.singleShot(100, poll)
            return
        out["heavy"] = [m for m in HEAVY if m in sys.modules]
        out["label"] = timer.status_label.text()
        out["idle_label"] = timer.idle.label
        out["reminders"] = checks
        out["read_on_ui_thread"] = readers
        out["combo"] = [timer.country_combo.itemText(i) for i in range(timer.country_combo.count())]
        from regionmgr.core.time import timelog

        timelog.heartbeat(timer.ctx.store, timer.ctx.now())  # what the clock does every minute
        out["beat"] = timelog.last_activity(timer.ctx.store).isoformat()
        timer.refresh()
        out["heavy_after_beat"] = [m for m in HEAVY if m in sys.modules]
        timer.country_combo.showPopup()  # the names load when the list is opened
        out["popup"] = [timer.country_combo.itemText(i) for i in range(timer.country_combo.count())]
        timer.country_combo.hidePopup()
        app.exit(0)  # not quit(): that asks the windows, and the idle question keeps the window open

    QTimer.singleShot(100, poll)
    from regionmgr.__main__ import main

    main(["--data-dir", sys.argv[1]])
    print("RESULT " + json.dumps(out))
""")


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp_path = tmp_path_factory.mktemp("light_start")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    store = open_store(data_dir / "regionmgr.sqlite3")
    load_sample(store)
    france = store.raw().execute("SELECT id FROM country WHERE code = 'FR'").fetchone()[0]
    # A timer forgotten since this morning: caught by the start-up idle check.
    operations.start_timer(store, dt.datetime.now(dt.UTC) - dt.timedelta(hours=5), country_id=france)
    store.close()
    (data_dir / "settings.ini").write_text("[welcome]\ndone=true\n\n[window]\npage=tasks\n\n[ui]\nlanguage=en\n")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(script), str(data_dir)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"the app did not report (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    out = json.loads(lines[-1][len("RESULT "):])
    assert not out.get("timeout"), f"timer widget, idle check or reminder check never ran: {out}\n{proc.stderr}"
    return out


def test_services_after_first_paint_load_no_orm_icalendar_or_babel(started):
    assert set(started["heavy"]) <= TASK_LIST_CALENDAR, started["heavy"]
    assert set(started["heavy_after_beat"]) <= TASK_LIST_CALENDAR, started["heavy_after_beat"]


def test_services_still_work_at_start(started):
    assert started["label"].startswith("Timing FR — 5:0")  # the running timer, read with plain SQL
    assert started["idle_label"] == "FR"  # the forgotten timer was caught at start
    assert started["reminders"] and started["reminders"][0] > 0  # the sample has overdue tasks
    assert started["read_on_ui_thread"] == [False]  # read in a worker thread, shown on the UI thread
    assert started["combo"] == ["FR", "DE", "MA", "AE", "PL"]
    assert dt.datetime.fromisoformat(started["beat"]) > dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    assert started["popup"][0] == "FR — France"
