"""The time entry dialog: times typed over the selection, overlaps refused inside the dialog (#13, #14)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from regionmgr.store.models import Country, TimeEntry
from regionmgr.ui.time.time_entry_dialog import TimeEntryDialog
from tests.conftest import FIXED_NOW

H = dt.timedelta(hours=1)


@pytest.fixture
def fr(ctx):
    with ctx.store.write() as s:
        country = Country(code="FR", timezone="Europe/Paris")
        s.add(country)
        s.flush()
        return country.id


def count(store):
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(TimeEntry))


def test_typing_a_time_over_the_selected_one_replaces_it(qtbot, ctx, fr):
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, typed in ((dialog.start_time, "08:15"), (dialog.end_time, "9h40")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)
    values = dialog.values()
    local = ctx.zone
    assert values["started_at"].astimezone(local).time() == dt.time(8, 15)
    assert values["ended_at"].astimezone(local).time() == dt.time(9, 40)
    assert values["started_at"].astimezone(local).date() == FIXED_NOW.astimezone(local).date()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert count(ctx.store) == 1


def test_a_time_that_is_not_one_is_explained(qtbot, ctx, fr):
    dialog = TimeEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_time.selectAll()
    qtbot.keyClicks(dialog.start_time, "25:99")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "25:99" in dialog.error_label.text()
    assert count(ctx.store) == 0


def test_an_overlapping_entry_is_refused_inside_the_dialog(qtbot, ctx, fr):
    with ctx.store.write() as s:  # 08:00-09:00 in Paris
        s.add(TimeEntry(country_id=fr, started_at=FIXED_NOW - 2.5 * H, ended_at=FIXED_NOW - 1.5 * H))
    errors = []
    ctx.error_raised.connect(errors.append)
    dialog = TimeEntryDialog(ctx)  # 09:30-10:30 Paris by default: no overlap
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_time.selectAll()
    qtbot.keyClicks(dialog.start_time, "08:45")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert "FR" in text and "08:00" in text and "09:00" in text
    assert count(ctx.store) == 1 and errors == []
