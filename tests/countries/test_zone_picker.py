"""Where are you now? Recent zones, then the region's (the shown country's first), then all; typing filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regionmgr.ui.common.zone_picker import ZONE_ROLE, ZonePicker


def shown(picker) -> list[str]:
    items = (picker.list.item(r) for r in range(picker.list.count()))
    return [i.data(ZONE_ROLE) or f"# {i.text()}" for i in items if not i.isHidden()]


def test_the_status_bar_opens_the_picker_with_the_region_first(qtbot, window, sample_ctx):
    window.show_page("countries")
    window.pages["countries"].select_code("MA")
    window.choose_zone()
    picker = window.zone_picker
    assert isinstance(picker, ZonePicker)
    order = shown(picker)
    assert order[:2] == ["# Recent", sample_ctx.zone_name]
    assert order[2] == "# Your region" and order[3] == "Africa/Casablanca"  # the shown country's zone first
    assert order.index("Asia/Dubai") < order.index("# All time zones")
    assert len(order) > 400
    picker.reject()


def test_typing_filters_and_the_choice_is_remembered(qtbot, sample_ctx):
    picker = ZonePicker(sample_ctx)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.filter_edit, "new york")
    assert [z for z in shown(picker) if not z.startswith("#")] == ["America/New_York"]
    picker.filter_edit.clear()
    qtbot.keyClicks(picker.filter_edit, "emirates")
    assert picker.chosen() == "Asia/Dubai"  # found by its country's name
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert sample_ctx.zone_name == "Asia/Dubai"
    again = ZonePicker(sample_ctx)
    qtbot.addWidget(again)
    assert shown(again)[1:3] == ["Asia/Dubai", "Europe/Paris"]  # now, then the recent ones
