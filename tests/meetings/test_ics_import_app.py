"""Opening an .ics file with the app: a confirmation, an undoable import shown on the Meetings page,
a refusal with a message, the file passed on by a second launch, and the command-line form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from regionmgr.__main__ import build_parser, file_argument
from regionmgr.core.meetings import series as meetings
from regionmgr.ui.meetings import ics_open
from regionmgr.ui.shell.single_instance import SingleInstance
from tests.meetings.test_ics_import import HAND_MADE


def offer(window, path, qtbot) -> QMessageBox:
    """Open ``path`` as the app does and wait for the question (the file is read in a worker)."""
    assert ics_open.offer_import(window, str(path)) is not None
    qtbot.waitUntil(lambda: getattr(window, "ics_question", None) is not None, timeout=10_000)
    return window.ics_question


def test_opening_a_file_asks_then_imports_undoably(window, tmp_path, qtbot):
    path = tmp_path / "invite.ics"
    path.write_bytes(HAND_MADE)
    before = len(meetings.list_series(window.ctx.store))
    box = offer(window, path, qtbot)
    assert box is not None and box.isVisible()
    assert "Point hebdo Maghreb" in box.text() and "Europe/Paris" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    names = [s.name for s in meetings.list_series(window.ctx.store)]
    assert len(names) == before + 1 and "Point hebdo Maghreb" in names
    assert window.current_page_key() == "meetings"
    window.undo_action.trigger()
    assert len(meetings.list_series(window.ctx.store)) == before


def test_declining_imports_nothing(window, tmp_path, qtbot):
    path = tmp_path / "invite.ics"
    path.write_bytes(HAND_MADE)
    before = len(meetings.list_series(window.ctx.store))
    box = offer(window, path, qtbot)
    box.button(QMessageBox.StandardButton.No).click()
    assert len(meetings.list_series(window.ctx.store)) == before


def test_a_bad_file_gets_a_message(window, tmp_path, qtbot):
    path = tmp_path / "bad.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert ics_open.offer_import(window, str(path)) is not None  # read in a worker, refused there
    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=10_000)
    assert window.ics_question is None
    assert "holds no meeting" in window.last_error_box.text()


def test_second_launch_passes_the_file_to_the_running_instance(qapp, tmp_path, qtbot):
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.listen()
    second = SingleInstance(data_dir)
    try:
        assert not second.acquire()
        target = tmp_path / "réunion hebdo.ics"
        with qtbot.waitSignal(first.open_requested, timeout=5000) as signal:
            assert second.notify_running(open_path=str(target))
        assert signal.args == [str(target.resolve())]
    finally:
        first.release()


def test_a_plain_launch_still_just_raises_the_window(qapp, tmp_path, qtbot):
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.listen()
    opened = []
    first.open_requested.connect(opened.append)
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert SingleInstance(data_dir).notify_running()
        from PySide6.QtNetwork import QLocalSocket

        qtbot.waitUntil(lambda: not first.server.findChildren(QLocalSocket))  # its line read, connection gone
        assert opened == []
    finally:
        first.release()


def test_command_line_accepts_a_file_argument():
    parser = build_parser()
    args = parser.parse_args(file_argument(["--data-dir", "/tmp/x", "/home/me/invite.ics"]))
    assert args.file == "/home/me/invite.ics" and args.command is None
    assert parser.parse_args(file_argument(["sample"])).command == "sample"
    assert parser.parse_args(file_argument([])).file is None


def test_imported_meeting_keeps_its_skipped_weeks(window, tmp_path, qtbot):
    path = tmp_path / "invite.ics"
    path.write_bytes(HAND_MADE)
    box = offer(window, path, qtbot)
    box.button(QMessageBox.StandardButton.Yes).click()
    series = next(s for s in meetings.list_series(window.ctx.store) if s.name == "Point hebdo Maghreb")
    assert dt.date(2026, 12, 24) in series.skipped()


def test_a_file_open_event_is_offered_for_import(qapp, qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    f = ics_open.FileOpenFilter()
    qapp.installEventFilter(f)
    try:
        with qtbot.waitSignal(f.file_opened) as signal:
            QCoreApplication.sendEvent(qapp, QFileOpenEvent("/Users/me/Downloads/invite.ics"))
        assert signal.args == ["/Users/me/Downloads/invite.ics"]
    finally:
        qapp.removeEventFilter(f)


CORPUS = __import__("pathlib").Path(__file__).parent / "corpus"


def test_a_file_with_several_weekly_series_lets_the_user_pick_one(window, tmp_path, qtbot):
    path = tmp_path / "export.ics"
    path.write_bytes((CORPUS / "thunderbird_two_weekly_series.ics").read_bytes())
    assert ics_open.offer_import(window, str(path)) is not None
    qtbot.waitUntil(lambda: getattr(window, "ics_choice", None) is not None, timeout=10_000)
    choice = window.ics_choice
    items = choice.comboBoxItems()
    assert len(items) == 2 and "Lundi Maghreb" in items[0] and "Vendredi Afrique" in items[1]
    choice.setTextValue(items[1])
    choice.accept()
    qtbot.waitUntil(lambda: getattr(window, "ics_question", None) is not None, timeout=5_000)
    box = window.ics_question
    assert "Vendredi Afrique" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    names = [s.name for s in meetings.list_series(window.ctx.store)]
    assert "Vendredi Afrique" in names and "Lundi Maghreb" not in names


def test_the_question_says_what_a_weekly_series_cannot_keep(window, tmp_path, qtbot):
    path = tmp_path / "apple.ics"
    path.write_bytes((CORPUS / "apple_calendar_moved_week.ics").read_bytes())
    box = offer(window, path, qtbot)
    assert "2026-10-21" in box.text() or "21" in box.text()
    assert "moved" in box.text().lower()
    assert "imported at its new time" in box.text() and "skipped week" not in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    series = next(s for s in meetings.list_series(window.ctx.store) if s.name == "UK & Ireland catch-up")
    week = series.skipped()[dt.date(2026, 10, 20)]  # not held at its old time, but at the new one
    assert week.moved_to == dt.datetime(2026, 10, 21, 14, 0, tzinfo=dt.UTC) and week.reason == ""
    assert dt.date(2026, 10, 20) in series.moved()


def test_a_refusal_names_the_repeat_in_words(window, tmp_path, qtbot):
    path = tmp_path / "biweekly.ics"
    path.write_bytes((CORPUS / "outlook_every_two_weeks.ics").read_bytes())
    assert ics_open.offer_import(window, str(path)) is not None
    qtbot.waitUntil(lambda: window.last_error_box is not None, timeout=10_000)
    text = window.last_error_box.text()
    assert "every 2 weeks" in text and "FREQ" not in text
