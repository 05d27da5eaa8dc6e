"""The log: a private rotating file in the data folder; uncaught errors logged and shown; Help > Open log folder."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from regionmgr import logs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def logged(tmp_path):
    """Logging into a fresh data folder; the hooks and the file handler gone afterwards."""
    path = logs.setup(tmp_path)
    yield path
    logs.uninstall_excepthook()
    logs.shutdown()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_and_its_rotated_files_are_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0)  # a careless umask: the file would be world-writable if we relied on it
    try:
        path = logs.setup(tmp_path)
        logging.getLogger("regionmgr.test").info("hello")
        logs._state["handler"].doRollover()
        logging.getLogger("regionmgr.test").info("again")
    finally:
        os.umask(old)
        logs.shutdown()
    assert path == tmp_path / logs.LOG_FILENAME
    assert "hello" in (tmp_path / (logs.LOG_FILENAME + ".1")).read_text()
    assert "again" in path.read_text()
    assert mode(path) == 0o600 and mode(tmp_path / (logs.LOG_FILENAME + ".1")) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_log_with_a_wider_mode_is_made_private(tmp_path):
    path = tmp_path / logs.LOG_FILENAME
    path.write_text("old line\n")
    path.chmod(0o644)
    try:
        logs.setup(tmp_path)
    finally:
        logs.shutdown()
    assert mode(path) == 0o600 and path.read_text().startswith("old line")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_after_start_the_data_folder_holds_a_private_log(tmp_path):
    data_dir = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "regionmgr", "--smoke-test", "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    log_file = data_dir / logs.LOG_FILENAME
    assert mode(log_file) == 0o600
    text = log_file.read_text()
    assert "starting" in text and "stopped (status 0)" in text


@pytest.mark.qt_no_exception_capture  # the app's own hook must see the error, not pytest-qt's
def test_an_error_in_a_slot_is_logged_and_shown_in_a_readable_dialog(qapp, qtbot, logged, monkeypatch):
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QMessageBox

    from regionmgr.ui.shell import error_dialog

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    error_dialog.install()
    assert sys.excepthook is logs.excepthook  # the real hook, not a stand-in

    class Sender(QObject):
        fired = Signal()

    def broken_slot():
        raise RuntimeError("the slot broke")

    sender = Sender()
    sender.fired.connect(broken_slot)
    QTimer.singleShot(0, sender.fired.emit)  # from the event loop, as a click would
    qtbot.waitUntil(lambda: len(shown) == 1)

    text = logged.read_text()
    assert "Unexpected error: the slot broke" in text
    assert "Traceback" in text and "in broken_slot" in text
    box = shown[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Traceback" not in box.text() and "RuntimeError" not in box.text()  # a plain sentence
    assert str(logged) in box.informativeText()
    assert "RuntimeError: the slot broke" in box.detailedText()  # folded under "Show Details…"


@pytest.mark.qt_no_exception_capture
def test_an_error_while_the_dialog_is_open_gets_no_second_dialog(qapp, logged, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from regionmgr.ui.shell import error_dialog

    shown = []

    def exec_and_fail_again(self):
        shown.append(self.detailedText())
        try:
            raise ValueError("second")
        except ValueError:
            logs.excepthook(*sys.exc_info())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    error_dialog.install()
    try:
        raise KeyError("first")
    except KeyError:
        logs.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "first" in shown[0]
    assert "second" in logged.read_text()


def test_help_open_log_folder_opens_the_data_folder_locally(window, tmp_path, monkeypatch, logged):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert window.log_folder_action in window.help_menu.actions()
    window.log_folder_action.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == logged.parent


def test_a_failing_reminder_check_is_logged_and_said_once(ctx, qtbot, caplog, monkeypatch):
    from regionmgr.core.tasks import reminders
    from regionmgr.ui.shell.reminders import ReminderService

    def broken(*args, **kwargs):
        raise RuntimeError("reminder query broke")

    monkeypatch.setattr(reminders, "due_reminders", broken)
    service = ReminderService(ctx)
    said = []
    service.check_failed.connect(said.append)
    try:
        with caplog.at_level(logging.ERROR, logger="regionmgr.ui.shell.reminders"):
            assert service.check() == []
            assert service.check() == []
        errors = [r for r in caplog.records if r.name == "regionmgr.ui.shell.reminders"]
        assert len(errors) == 2 and errors[0].exc_info and "reminder query broke" in str(errors[0].exc_info[1])
        assert len(said) == 1 and "log" in said[0]  # told once, not every minute
        monkeypatch.setattr(reminders, "due_reminders", lambda *a, **k: [])
        assert service.check() == [] and not service.failing
        monkeypatch.setattr(reminders, "due_reminders", broken)
        service.check()
        assert len(said) == 2  # failing again after a recovery is said again
    finally:
        service.close()
