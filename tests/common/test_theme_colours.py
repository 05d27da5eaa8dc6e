"""Coloured text and tinted rows stay readable in both schemes: the theme helper's inks have a
contrast of at least 4.5 (WCAG AA) against the palette's base and window, and the palette's text
keeps 4.5 on its tints; the task list's overdue row follows the scheme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from regionmgr.ui.common import theme

pytestmark = pytest.mark.usefixtures("qapp")


def light_palette() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


PALETTES = {"light": light_palette, "dark": theme.dark_palette}


@pytest.mark.parametrize("scheme", PALETTES)
@pytest.mark.parametrize("name", theme.INKS)
def test_inks_contrast_with_base_and_window(scheme, name):
    palette = PALETTES[scheme]()
    colour = theme.ink(name, palette)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert theme.contrast(colour, palette.color(role)) >= 4.5, (name, scheme, colour.name())
    assert theme.css(name, palette) == colour.name()


@pytest.mark.parametrize("scheme", PALETTES)
@pytest.mark.parametrize("name", theme.TINTS)
def test_text_stays_readable_on_tints(scheme, name):
    palette = PALETTES[scheme]()
    tint = theme.tint(name, palette)
    text = palette.color(QPalette.ColorRole.Text)
    assert theme.contrast(text, tint) >= 4.5, (name, scheme, tint.name())
    assert tint != palette.color(QPalette.ColorRole.Base)  # still tinted
    assert theme.contrast(theme.ink("error", palette), tint) >= 4.5


def test_contrast_is_the_wcag_ratio():
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


def test_the_overdue_row_is_dark_in_the_dark_scheme(qapp, sample_ctx):
    """The task list tints overdue rows from the palette: a dark red in dark, text readable."""
    from PySide6.QtCore import Qt

    from regionmgr.ui.tasks.task_model import TaskTableModel, UrgencyRole

    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    try:
        model = TaskTableModel(sample_ctx)
        model.load()
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(UrgencyRole) == "overdue"]
        assert rows
        index = model.index(rows[0], 0)
        bg = index.data(Qt.ItemDataRole.BackgroundRole).color()
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        fg = fg.color() if fg is not None else qapp.palette().color(QPalette.ColorRole.Text)
        assert bg.lightness() < 128
        assert theme.contrast(fg, bg) >= 4.5
    finally:
        qapp.setPalette(before)
