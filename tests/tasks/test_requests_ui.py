"""The Tasks room's request features as the user drives them: the detail pane's Request group,
parking from the list, the channel/requester/delegate filters, searching people without accents,
the weekly count of spontaneous requests, and the matrix showing the deadline asked for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from regionmgr.core.data.sample import sample_id
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import requests
from regionmgr.core.tasks.matrix import load_matrix
from regionmgr.ui.tasks.interruptions_dialog import InterruptionsDialog
from regionmgr.ui.tasks.priorities_page import due_text
from regionmgr.ui.tasks.task_model import COL_CHANNEL, COL_TITLE
from regionmgr.ui.tasks.task_texts import PARKED_MARK
from tests.tasks.conftest import select_title

PAYROLL = "Payroll question: overtime rules for engineers"
PHONE_LIST = "Update phone list"


def _titles(page) -> list[str]:
    m = page.model
    return [m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


def test_the_detail_pane_sets_the_channel_undoably(qtbot, page):
    tid = select_title(page, "Reorganise shared drive folders")
    box = page.detail.request_box
    assert box.channel_box.currentData() == ""
    box.channel_box.setCurrentIndex(box.channel_box.findData("chat"))
    box.channel_box.activated.emit(box.channel_box.currentIndex())
    assert tl.read_task(page.ctx.store, tid)["channel"] == "chat"
    row = page.model.row_of(tid)
    assert page.model.index(row, COL_CHANNEL).data() == "Chat"
    page.ctx.undo_stack.undo()
    assert tl.read_task(page.ctx.store, tid)["channel"] == ""
    assert box.channel_box.currentData() == ""


def test_park_from_the_detail_pane_marks_the_list_and_filters(qtbot, page):
    tid = select_title(page, "Reorganise shared drive folders")
    box = page.detail.request_box
    assert box.park_button.text() == "Park for the next meeting"
    qtbot.mouseClick(box.park_button, Qt.MouseButton.LeftButton)
    values = tl.read_task(page.ctx.store, tid)
    assert values["parked_at"] == page.ctx.now()
    assert box.park_button.text() == "Unpark"
    row = page.model.row_of(tid)
    assert page.model.index(row, COL_TITLE).data().startswith(PARKED_MARK)
    country = values["country_id"]
    assert tid in [t.id for t in requests.parked_for_country(page.ctx.store, country)]
    page.parked_box.setChecked(True)
    assert set(_titles(page)) == {"Reorganise shared drive folders", "Read the new travel policy draft",
                                  "Compare coffee machine offers"}  # with the sample's parked requests
    page.ctx.undo_stack.undo()
    assert tl.read_task(page.ctx.store, tid)["parked_at"] is None
    assert "Reorganise shared drive folders" not in _titles(page)


def test_the_park_shortcut_and_context_menu_park_and_unpark_the_selection(qtbot, page):
    tid = select_title(page, PHONE_LIST)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tl.read_task(page.ctx.store, tid)["parked_at"] is not None
    menu = page.context_menu()
    first = menu.actions()[0]
    assert first.text() == "Unpark"
    first.trigger()
    assert tl.read_task(page.ctx.store, tid)["parked_at"] is None
    arrived = menu.actions()[1].menu()
    next(a for a in arrived.actions() if a.text() == "Visit").trigger()
    assert tl.read_task(page.ctx.store, tid)["channel"] == "visit"


def test_the_negotiated_deadline_is_edited_in_the_pane(qtbot, page):
    tid = select_title(page, "Reorganise shared drive folders")
    box = page.detail.request_box
    box.requested_edit.setText("5/12/2026")
    box.agreed_edit.setText("23/11/2026")
    box.note_edit.setText("Payroll first; Friday is fine")
    box.note_edit.editingFinished.emit()
    v = tl.read_task(page.ctx.store, tid)
    assert (v["requested_due_on"], v["deadline_agreed_on"], v["deadline_note"]) == (
        dt.date(2026, 12, 5), dt.date(2026, 11, 23), "Payroll first; Friday is fine")
    assert "Payroll first" in box.summary.text()
    page.ctx.undo_stack.undo()
    assert tl.read_task(page.ctx.store, tid)["requested_due_on"] is None


def test_a_bad_requested_date_is_explained_and_changes_nothing(qtbot, page):
    tid = select_title(page, "Reorganise shared drive folders")
    box = page.detail.request_box
    box.requested_edit.setText("31/02/2027")
    box.requested_edit.editingFinished.emit()
    assert not page.detail.error_label.isHidden()
    assert "31/02/2027" in page.detail.error_label.text()
    assert tl.read_task(page.ctx.store, tid)["requested_due_on"] is None
    assert page.ctx.undo_stack.count() == 0


def test_filter_by_requester_delegate_and_channel(qtbot, page):
    box = page.requester_box
    assert box.findData("Claire Dubois") > 0
    box.setCurrentIndex(box.findData("Claire Dubois"))
    box.activated.emit(box.currentIndex())
    assert sorted(_titles(page)) == [PAYROLL, PHONE_LIST]
    box.setCurrentIndex(0)
    box.activated.emit(0)
    delegates = page.delegate_filter
    delegates.setCurrentIndex(delegates.findData("Priya Nair"))
    delegates.activated.emit(delegates.currentIndex())
    assert _titles(page) == ["Renew office lease summary"]
    delegates.setCurrentIndex(0)
    delegates.activated.emit(0)
    page.channel_box.setCurrentIndex(page.channel_box.findData("phone"))
    page.channel_box.activated.emit(page.channel_box.currentIndex())
    assert sorted(_titles(page)) == ["Collect signed timesheets", PHONE_LIST, "Visa renewal for the new sales lead"]


def test_search_covers_people_and_ignores_accents(qtbot, page):
    page.search_edit.setText("zielinski")  # "Piotr Zieliński", a requester
    assert sorted(_titles(page)) == ["Collect bank details of new hires", "Collect signed timesheets"]
    page.search_edit.setText("KATARZYNA")  # a delegate (and a requester)
    assert "Collect bank details of new hires" in _titles(page)
    page.search_edit.setText("reorganisation")
    assert _titles(page) == ["Works council consultation plan"]  # notes still searched


def test_quick_capture_records_the_channel_and_says_so(qtbot, page):
    bar = page.capture_bar
    bar.edit.setText("FR check payslip #tel @Claire")
    bar.refresh_preview()
    assert "channel: Phone" in bar.preview.text()
    task_id = bar.create_task()
    assert task_id and tl.read_task(page.ctx.store, task_id)["channel"] == "phone"
    assert "#phone" in bar.edit.placeholderText()


def test_the_weekly_count_dialog_shows_known_data(qtbot, page):
    dialog = page.show_interruptions()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, InterruptionsDialog)
    rows = dialog.week_rows()
    # The sample's spontaneous requests: e-mail, phone, chat, visit columns, then the total.
    assert sum(int(r[-1]) for r in rows) == 7
    assert rows[0][0].startswith("Week ")
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("FR"))
    dialog.country_box.activated.emit(dialog.country_box.currentIndex())
    assert sum(int(r[2]) for r in dialog.week_rows()) == 1  # FR: one phone request
    assert "per week" in dialog.trend_label.text()
    # A new phone request shows at once.
    bar = page.capture_bar
    bar.edit.setText("FR another question #phone")
    bar.create_task()
    assert sum(int(r[-1]) for r in dialog.week_rows()) == 2


def test_the_matrix_shows_the_agreed_and_the_asked_deadline(qtbot, sample_ctx):
    matrix = load_matrix(sample_ctx.store, sample_ctx.now(), "Europe/Paris")
    row = next(r for rows in matrix.values() for r in rows if r.id == sample_id("task", "Approve Q4 bonus list"))
    assert row.requested_due_on is not None
    text = due_text(row)
    assert text.startswith("due ") and "(asked " in text
