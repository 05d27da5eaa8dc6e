"""The list's row tints follow a theme switch made while the app runs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regionmgr.ui.common import theme
from regionmgr.ui.tasks.task_model import TaskTableModel, UrgencyRole


def test_an_overdue_row_takes_the_dark_tint_when_the_theme_turns_dark(qtbot, qapp, sample_ctx):
    theme.apply_theme(qapp, "light")
    model = TaskTableModel(sample_ctx)
    model.load()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(UrgencyRole) == "overdue")
    light = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert light.lightness() >= 128
    try:
        with qtbot.waitSignal(model.dataChanged, timeout=2000) as told:
            theme.apply_theme(qapp, "dark")
        roles = told.args[2]
        assert Qt.ItemDataRole.BackgroundRole in roles and Qt.ItemDataRole.ForegroundRole in roles
        dark = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color()
        assert dark == theme.tint("overdue")
        assert dark.lightness() < 128
        text = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color()
        assert text == theme.text_colour()
        theme.apply_theme(qapp, "light")  # and back: the light tint again
        assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == light
    finally:
        theme.apply_theme(qapp, "system")  # as the other tests find the app
