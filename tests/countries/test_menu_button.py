"""The "Add note" button with its menu leaves room for its arrow beside the label (both languages)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from regionmgr.core.countries import region as countries_core
from regionmgr.ui.countries.note_editor import NotesPanel


def test_add_note_button_fits_label_and_arrow(qtbot, sample_ctx):
    panel = NotesPanel(sample_ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    panel.set_country(next(c.id for c in countries_core.list_countries(sample_ctx.store) if c.code == "MA"))
    for text in ("Add note", "Ajouter une note"):
        button = panel.add_button
        button.setText(text)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        label = button.fontMetrics().horizontalAdvance(text)
        assert button.menu() is not None
        assert button.sizeHint().width() >= label + arrow + 8, text
