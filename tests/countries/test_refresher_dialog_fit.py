"""The refresher dialog's lists wrap long lines ("… — never got current: …") inside the view: no text
hidden behind a horizontal scrollbar."""

from __future__ import annotations

from regionmgr.core.countries import region as countries_core
from regionmgr.ui.countries.refresher_dialog import RefresherDialog


def test_long_contact_lines_wrap_inside_the_list(qtbot, sample_ctx):
    ma = next(c.id for c in countries_core.list_countries(sample_ctx.store) if c.code == "MA")
    d = RefresherDialog(sample_ctx, ma)
    qtbot.addWidget(d)
    d.contacts_model.beginResetModel()
    d.contacts_model.rows = [("x", "Salma Bennani — never got current: " + ", ".join(
        f"Procedure number {n} with a long title" for n in range(6)), "")]
    d.contacts_model.endResetModel()
    d.show()
    qtbot.waitExposed(d)
    view = d.contacts_view
    qtbot.waitUntil(lambda: view.visualRect(d.contacts_model.index(0)).height() > 2 * view.fontMetrics().height())
    rect = view.visualRect(d.contacts_model.index(0))
    assert rect.right() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
