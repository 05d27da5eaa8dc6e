"""The Meetings page, driven like a user: create a series in the dialog, find a time, send, cancel a week."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import vobject
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from regionmgr.core.meetings import series as meetings
from regionmgr.ui.meetings.meetings_page import MeetingsPage


@pytest.fixture
def page(qtbot, sample_ctx, tmp_path, qtmodeltester):
    p = MeetingsPage(sample_ctx)
    qtbot.addWidget(p)
    p.saved_to = tmp_path / "out"
    p.saved_to.mkdir()
    p.ask_save_path = lambda _title, suggested, _filter: str(p.saved_to / suggested)
    p.opened = []
    p.open_url = p.opened.append
    p.show()
    for model in (p.series_model, p.attendee_model, p.skip_model, p.sent_model):
        qtmodeltester.check(model)
    return p


def parse(path):
    """Both parsers read every file the page writes; icalendar's result is returned."""
    data = path.read_bytes()
    assert vobject.readOne(data.decode("utf-8")).vevent.uid.value
    return icalendar.Calendar.from_ical(data)


def add_contact(dialog, name: str) -> None:
    index = next(i for i in range(dialog.contact_pick.count()) if dialog.contact_pick.itemText(i).startswith(name))
    dialog.contact_pick.setCurrentIndex(index)
    dialog.add_contact.click()


def test_create_series_in_the_dialog_refuses_bad_input_and_is_undoable(page, qtbot, sample_ctx, qtmodeltester):
    dialog = page.new_series()
    assert dialog.isVisible()
    assert dialog.organizer_email.text() == "alex.morel@example.com"  # from the existing series
    dialog.name.setText("Correspondents call")
    dialog.organizer_name.setText("Alex Morel")
    dialog.organizer_email.setText("alex@example.com")
    dialog.free_email.setText("not an address")
    dialog.add_email.click()
    assert "not an address" in dialog.error_label.text() and dialog.attendee_model.rowCount() == 0
    for name in ("Claire Dubois", "Anna Schmidt", "Youssef El Amrani", "Priya Nair"):
        add_contact(dialog, name)
    dialog.free_email.setText("Guest <guest@example.org>")
    dialog.add_email.click()
    qtmodeltester.check(dialog.attendee_model)
    assert [a.country_code for a in dialog.attendee_model.rows] == ["FR", "DE", "MA", "AE", None]
    dialog.duration.setValue(0)
    dialog.accept()
    assert dialog.isVisible() and "duration" in dialog.error_label.text()
    dialog.duration.setValue(45)
    dialog.zone.setCurrentText("Europe/Paris")

    # Find a time for the four countries; click Wednesday 11:00 Paris time in the grid.
    dialog.open_time_finder()
    finder = dialog.finder
    qtmodeltester.check(finder.ranked)
    assert finder.ranked.rowCount() > 0 and finder.ranked.slot_at(0).suits_all
    col = 2  # Wednesday (weeks start on Monday)
    rect = finder.grid.cell_rect(col, 22)  # 11:00
    qtbot.mouseClick(finder.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert finder.chosen is not None and finder.chosen.suits_all and finder.warning.text() == ""
    # A Sunday slot warns who would be outside their day.
    qtbot.mouseClick(finder.grid, Qt.MouseButton.LeftButton, pos=finder.grid.cell_rect(6, 22).center())
    assert "FR" in finder.warning.text()
    qtbot.mouseClick(finder.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    noon = QPointF(rect.center().x(), rect.center().y() + 2 * finder.grid.ROW_H)
    QApplication.sendEvent(finder.grid, QMouseEvent(
        QEvent.Type.MouseMove, noon, finder.grid.mapToGlobal(noon), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    # The slot under the pointer (12:00 Paris) in every country's local time.
    hover = finder.hover_label.text()
    assert "AE Wed 15:00" in hover and "MA Wed 12:00" in hover and "FR Wed 12:00" in hover
    finder.accept()
    assert dialog.weekday.currentData() == 3 and dialog.start.time().hour() == 11

    dialog.accept()
    assert not dialog.isVisible()
    names = [v.name for v in page.series_model.rows]
    assert "Correspondents call" in names and page.current().name == "Correspondents call"
    view = page.current()
    assert (view.weekday, view.start_local, view.duration_min) == (3, dt.time(11, 0), 45)
    assert meetings.get_settings(sample_ctx.store, ["organizer_email"]) == {"organizer_email": "alex@example.com"}
    sample_ctx.undo_stack.undo()
    assert "Correspondents call" not in [v.name for v in page.series_model.rows]
    assert meetings.get_settings(sample_ctx.store, ["organizer_email"]) == {"organizer_email": ""}
    sample_ctx.undo_stack.redo()
    assert "Correspondents call" in [v.name for v in page.series_model.rows]


def test_send_open_mail_and_cancel_a_week(page, sample_ctx, qtmodeltester):
    view = page.current()
    assert view.name == "Weekly regional call" and page.act_send.isEnabled()
    assert not page.act_open.isEnabled()
    assert page.send_invite()
    invite = page.saved_to / "Weekly regional call.ics"
    cal = parse(invite)
    assert cal["METHOD"] == "REQUEST" and cal.walk("VEVENT")[0]["SEQUENCE"] == 0
    description = str(cal.walk("VEVENT")[0]["DESCRIPTION"])
    # the invite goes to correspondents: no internal agenda (local times, overdue marks), the video link
    assert "Local times" not in description and "Overdue" not in description
    assert "Local times" in page.agenda_text(view)
    assert view.video_url and view.video_url in description
    assert page.sent_model.rowCount() == 1 and page.act_send.text().startswith("Send update")
    page.open_in_calendar()
    assert page.opened[-1].toLocalFile() == str(invite)
    page.compose_email()
    mail = page.opened[-1]
    assert mail.scheme() == "mailto" and "claire.dubois@example.fr" in mail.path()
    assert "subject=Weekly%20regional%20call" in mail.toString(mail.ComponentFormattingOption.FullyEncoded)
    assert len(mail.toEncoded()) <= 1900

    dialog = page.ask_cancel_week()
    dialog.select_date(dt.date(2026, 12, 8))
    dialog.reason.setText("Offsite")
    dialog.accept()
    cancel = page.saved_to / "Weekly regional call-cancel-2026-12-08.ics"
    event = parse(cancel).walk("VEVENT")[0]
    assert event["SEQUENCE"] == 1 and event["RECURRENCE-ID"].dt.date() == dt.date(2026, 12, 8)
    qtmodeltester.check(page.skip_model)
    assert [(s.on_date, s.reason, s.cancelled) for s in page.skip_model.rows] == [
        (dt.date(2026, 12, 8), "Offsite", True)]
    # The next update leaves the cancelled week out.
    assert page.send_invite()
    update = parse(page.saved_to / "Weekly regional call-update-2.ics").walk("VEVENT")[0]
    assert parse(invite).walk("VEVENT")[0]["SEQUENCE"] == 0  # the first invite's file is left alone
    assert update["SEQUENCE"] == 2 and update["EXDATE"].dts[0].dt.date() == dt.date(2026, 12, 8)
    # Undo the update, then the cancellation: history and sequence come back.
    sample_ctx.undo_stack.undo()
    sample_ctx.undo_stack.undo()
    view = meetings.load_series(sample_ctx.store, view.id)
    assert view.sequence == 0 and [s.method for s in view.sent] == ["REQUEST"] and view.skips == []


def test_skip_holidays_and_cancel_the_series(page, sample_ctx, qtmodeltester):
    holidays = page.ask_skip_holidays()
    qtmodeltester.check(holidays.model)
    assert holidays.model.rowCount() >= 1  # Eid in Morocco / the UAE falls on a Tuesday in 2027
    first = holidays.model.row_at(0)
    holidays.accept()
    view = page.current()
    assert view.skipped()[first.on_date].reason == first.reason()
    box = page.ask_cancel_series()
    box.button(box.StandardButton.Yes).click()
    view = page.current()
    assert view.status == "cancelled" and not page.act_send.isEnabled()
    cal = parse(page.saved_to / "Weekly regional call-cancel.ics")
    assert cal["METHOD"] == "CANCEL" and cal.walk("VEVENT")[0]["STATUS"] == "CANCELLED"


def test_agenda_pdf_is_written_off_the_ui_thread(page, qtbot, tmp_path):
    target = tmp_path / "agenda.pdf"
    page.agenda_pdf(str(target))
    qtbot.waitUntil(lambda: target.exists() and "Agenda saved" in page.status.text(), timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")


def test_empty_store_explains_what_to_do(qtbot, ctx):
    p = MeetingsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    assert p.empty_label.isVisible() and not p.act_send.isEnabled()


def test_find_a_time_moves_the_series(page, sample_ctx, qtbot):
    finder = page.find_time()
    # Opens on the next meeting (Tuesday 10:00 Paris), which suits all five countries.
    assert finder.chosen is not None and finder.chosen.suits_all
    qtbot.mouseClick(finder.grid, Qt.MouseButton.LeftButton, pos=finder.grid.cell_rect(3, 28).center())  # Thu 14:00
    finder.accept()
    view = page.current()
    assert (view.weekday, view.start_local) == (4, dt.time(14, 0))
    sample_ctx.undo_stack.undo()
    assert (page.current().weekday, page.current().start_local) == (2, dt.time(10, 0))


def test_print_agenda_opens_the_print_dialog_without_blocking(qtbot, page):
    """Print agenda… opens the print dialog (QPrintDialog.open() with no arguments raised TypeError)."""
    from PySide6.QtPrintSupport import QPrintDialog

    page.series_view.selectRow(0)
    page.print_agenda()
    printers = page.findChildren(QPrintDialog)
    assert len(printers) == 1
    qtbot.waitUntil(printers[0].isVisible)
    printers[0].reject()
