"""Meeting mode driven with the keyboard: country by country, A/D records, N captures, End meeting."""

from __future__ import annotations

import datetime as dt
import urllib.parse

from PySide6.QtCore import Qt

from regionmgr.core.meetings import agenda, minutes
from regionmgr.ui.meetings.meeting_mode import MeetingModeDialog
from tests.meetings.test_agenda import build

DAY = dt.date(2026, 11, 24)


def select(dialog, title):
    for i in range(dialog.items.count()):
        item = dialog.items.item(i)
        if item.text().startswith(title) and item.data(Qt.ItemDataRole.UserRole):
            dialog.items.setCurrentItem(item)
            return
    raise AssertionError(title)


def test_walk_record_capture_and_end_with_keys(qtbot, ctx, store):
    view = build(store)
    dialog = MeetingModeDialog(ctx, view, DAY)
    qtbot.addWidget(dialog)
    assert dialog.codes == ["FR", "AE"] and dialog.code == "FR"
    select(dialog, "New FR request")
    qtbot.keyClick(dialog.items, Qt.Key.Key_A)
    assert dialog.entry.isVisibleTo(dialog) and dialog.pending == "answer"
    qtbot.keyClicks(dialog.entry, "Sent on Friday")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert "→ " in next(dialog.items.item(i).text() for i in range(dialog.items.count())
                        if dialog.items.item(i).text().startswith("New FR request"))
    qtbot.keyClick(dialog.items, Qt.Key.Key_D)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)  # empty: refused, nothing written
    assert dialog.entry.isVisibleTo(dialog)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Escape)
    assert not dialog.entry.isVisibleTo(dialog)
    qtbot.keyClick(dialog.items, Qt.Key.Key_PageDown)
    assert dialog.code == "AE"
    qtbot.keyClick(dialog.items, Qt.Key.Key_N)
    qtbot.keyClicks(dialog.capture, "Visa renewal by friday")
    qtbot.keyClick(dialog.capture, Qt.Key.Key_Return)
    assert dialog.capture.text() == ""
    recap = minutes.build_recap(store, view, DAY)
    assert {g.code: ([a.body for a in g.answers], [r.about for r in g.requests]) for g in recap.countries} == {
        "FR": (["Sent on Friday"], []), "AE": ([], ["Visa renewal"])}
    ctx.undo_stack.undo()
    assert [g.code for g in minutes.build_recap(store, view, DAY).countries] == ["FR"]
    ctx.undo_stack.redo()
    done = dialog.end_meeting()
    qtbot.addWidget(done)
    opened = []
    done.open_url = opened.append
    done.country.setCurrentIndex(done.country.findData("AE"))
    qtbot.mouseClick(done.compose_button, Qt.MouseButton.LeftButton)
    url = opened[0].toString(opened[0].ComponentFormattingOption.FullyEncoded)
    assert url.startswith("mailto:priya@example.ae?subject=")
    assert "Visa renewal" in urllib.parse.unquote(url)
    assert agenda.build_agenda(store, view, ctx.now()).meeting_date == DAY + dt.timedelta(days=7)


def test_minutes_saved_as_html_and_pdf(qtbot, ctx, store, tmp_path):
    view = build(store)
    dialog = MeetingModeDialog(ctx, view, DAY)
    qtbot.addWidget(dialog)
    done = dialog.end_meeting()
    qtbot.addWidget(done)
    html_path = done.save("html", str(tmp_path / "m.html"))
    assert html_path is not None and "Weekly call" in html_path.read_text(encoding="utf-8")
    pdf = done.save("pdf", str(tmp_path / "m.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_an_answered_parked_item_is_unparked_and_stays_in_view(qtbot, ctx, store):
    from regionmgr.core.tasks.operations import update_tasks
    from tests.meetings.test_minutes import ids_by_title

    view = build(store)
    tid = ids_by_title(store)["Old FR request"]
    update_tasks(store, [tid], {"parked_at": ctx.now()})
    dialog = MeetingModeDialog(ctx, view, DAY)
    qtbot.addWidget(dialog)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert texts.index("Parked for this meeting") < texts.index("Old FR request")
    select(dialog, "Old FR request")
    qtbot.keyClick(dialog.items, Qt.Key.Key_A)
    qtbot.keyClicks(dialog.entry, "Later")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert "Parked for this meeting" not in texts
    assert "Discussed in this meeting" in texts
    assert "Old FR request\n    → Answer: Later" in texts


def test_the_meetings_page_starts_meeting_mode_on_the_next_occurrence(qtbot, sample_ctx):
    from regionmgr.ui.meetings.meetings_page import MeetingsPage

    page = MeetingsPage(sample_ctx)
    qtbot.addWidget(page)
    assert page.act_meeting.isEnabled()
    page.act_meeting.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MeetingModeDialog) and dialog.isVisible()
    assert dialog.day == dt.date(2026, 11, 24) and dialog.codes == ["FR", "DE", "MA", "AE", "PL"]
    qtbot.keyClick(dialog.items, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.items, Qt.Key.Key_PageDown)
    assert dialog.code == "MA"
    qtbot.keyClick(dialog.items, Qt.Key.Key_PageUp)
    assert dialog.code == "DE"
    dialog.reject()


def test_moving_to_another_country_abandons_the_answer_being_written(qtbot, ctx, store):
    view = build(store)
    dialog = MeetingModeDialog(ctx, view, DAY)
    qtbot.addWidget(dialog)
    select(dialog, "New FR request")
    qtbot.keyClick(dialog.items, Qt.Key.Key_A)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.entry, "half")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the shortcut
    assert dialog.code == "AE" and not dialog.entry.isVisibleTo(dialog) and dialog.pending == ""
    assert minutes.build_recap(store, view, DAY).countries == []
