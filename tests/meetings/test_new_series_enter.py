"""Enter in the attendee e-mail field of New series adds the attendee; it does not accept the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.meetings import series as meetings
from regionmgr.ui.meetings.meetings_page import MeetingsPage


@pytest.fixture
def page(qtbot, sample_ctx):
    p = MeetingsPage(sample_ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def series_names(store):
    return sorted(s.name for s in meetings.list_series(store))


def test_enter_in_the_address_field_adds_the_attendee_and_keeps_the_dialog_open(page, qtbot, sample_ctx):
    before = series_names(sample_ctx.store)
    dialog = page.new_series()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.name, "Correspondents call")
    dialog.free_email.setFocus()
    qtbot.keyClicks(dialog.free_email, "jo@example.org")
    qtbot.keyClick(dialog.free_email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert [a.email for a in dialog.attendee_model.rows] == ["jo@example.org"]
    assert dialog.free_email.text() == ""
    assert series_names(sample_ctx.store) == before
    # A second address with the keypad's Enter, then an empty Enter: neither accepts the dialog.
    qtbot.keyClicks(dialog.free_email, "Ana <ana@example.org>")
    qtbot.keyClick(dialog.free_email, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(dialog.free_email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert [a.email for a in dialog.attendee_model.rows] == ["jo@example.org", "ana@example.org"]
    assert series_names(sample_ctx.store) == before


def test_enter_elsewhere_still_accepts_the_dialog(page, qtbot, sample_ctx):
    dialog = page.new_series()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Correspondents call")
    dialog.free_email.setText("jo@example.org")
    dialog.add_email.click()
    dialog.name.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Correspondents call" in series_names(sample_ctx.store)
