"""The time finder dialog judges a weekly slot over the next weeks and honours protected periods:
a lunch-time slot is unsuitable for France and says why; a holiday week shows as "7 of 8 weeks"."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.countries.protected import Period
from regionmgr.ui.meetings.time_finder import TimeFinderDialog

PARIS = ZoneInfo("Europe/Paris")
FR = WorkWeek("FR", "Europe/Paris", "12345", 9 * 60, 18 * 60)
AE = WorkWeek("AE", "Asia/Dubai", "12345", 8 * 60, 17 * 60)
LUNCH = Period("l", "c", "daily", None, 12 * 60 + 30, 14 * 60, None, None, "Lunch break")
PRAYER = Period("p", "c", "weekday", 5, 12 * 60, 14 * 60 + 30, None, None, "Friday prayer")


def test_lunch_slot_warns_with_the_reason_and_holiday_weeks_are_counted(qtbot, qtmodeltester):
    dialog = TimeFinderDialog([FR, AE], "Europe/Paris", 60, dt.date(2026, 5, 25),
                              protected_periods={"FR": [LUNCH], "AE": [PRAYER]})
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.ranked)
    assert dialog.horizon.value() == 8
    # Tuesday 13:00 Paris: France's lunch.
    qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=dialog.grid.cell_rect(1, 26).center())
    assert dialog.chosen is not None and dialog.chosen.misses == ("FR",)
    assert "Lunch break" in dialog.warning.text() and "FR" in dialog.warning.text()
    # Friday 10:00 Paris is 12:00 in Dubai: Friday prayer.
    qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=dialog.grid.cell_rect(4, 20).center())
    assert "Friday prayer" in dialog.warning.text()
    # Monday 10:00 (Whit Monday on 25 May): France fits 7 of 8 weeks, the holiday named.
    qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=dialog.grid.cell_rect(0, 20).center())
    assert dialog.chosen.suits_all and dialog.warning.text() == ""
    assert "7" in dialog.hover_label.text() and "Pentecost Monday" in dialog.hover_label.text()
    texts = [dialog.ranked.data(dialog.ranked.index(r)) for r in range(dialog.ranked.rowCount())]
    assert texts and all("8" in t for t in texts)
    # Judged on the shown week only, that Monday suits nobody.
    dialog.horizon.setValue(1)
    assert "FR" in dialog.chosen.misses
    assert "Pentecost Monday" in dialog.hover_label.text()


def test_periods_are_read_from_the_parent_s_store(qtbot, sample_ctx):
    parent = QWidget()
    parent.ctx = sample_ctx
    qtbot.addWidget(parent)
    dialog = TimeFinderDialog([FR], "Europe/Paris", 60, dt.date(2026, 11, 23), parent=parent)
    assert any(p.label == "Lunch break" for p in dialog.protected["FR"])
    lunch = dialog.evaluate(dt.datetime(2026, 11, 24, 13, 0, tzinfo=PARIS), 60)
    assert lunch.misses == ("FR",)
