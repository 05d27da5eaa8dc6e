"""The Time page stays readable in the light and the dark scheme: the under-served row, the bar labels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from regionmgr.core.time.shares import Period
from regionmgr.ui.time.time_models import ShareTableModel

LAST_WEEK = Period(dt.date(2026, 11, 16), dt.date(2026, 11, 22))


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_helper():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    from regionmgr.ui.common.theme import dark_palette

    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    else:
        qapp.setPalette(qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(before)


@pytest.fixture
def page(qtbot, sample_ctx, scheme):
    from regionmgr.ui.time.time_page import TimePage

    p = TimePage(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.set_period(LAST_WEEK)
    return p


def _cell_colours(view, index) -> tuple[QColor, QColor]:
    """What the view paints a cell with: the model's roles, else the view's palette."""
    palette = view.palette()
    background = index.data(Qt.ItemDataRole.BackgroundRole)
    foreground = index.data(Qt.ItemDataRole.ForegroundRole)
    bg = background.color() if background is not None else palette.color(QPalette.ColorRole.Base)
    fg = foreground.color() if foreground is not None else palette.color(QPalette.ColorRole.Text)
    return fg, bg


def test_the_under_served_row_is_readable(page, scheme):
    model = page.share_model
    pl = [r.code for r in model.rows].index("PL")
    assert model.rows[pl].under_served
    base = page.share_view.palette().color(QPalette.ColorRole.Base)
    for column in range(model.columnCount()):
        fg, bg = _cell_colours(page.share_view, model.index(pl, column))
        assert contrast(fg, bg) >= 4.5, (scheme, column, fg.name(), bg.name())
        assert bg != base  # still stands out from the other rows
    fr = [r.code for r in model.rows].index("FR")
    assert model.index(fr, ShareTableModel.COL_COUNTRY).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_bar_labels_are_readable(page, scheme):
    chart = page.share_chart.chart()
    background = chart.backgroundBrush().color()
    if scheme == "dark":
        assert background.lightness() < 128  # the chart follows the scheme
    else:
        assert background.lightness() >= 128
    (series,) = chart.series()
    assert series.isLabelsVisible()
    for bar_set in series.barSets():
        assert contrast(bar_set.labelColor(), background) >= 4.5, (scheme, bar_set.labelColor().name())
    for axis in chart.axes():
        assert contrast(axis.labelsColor(), background) >= 4.5
    assert contrast(chart.titleBrush().color(), background) >= 4.5
    assert contrast(chart.legend().labelColor(), background) >= 4.5


def test_the_charts_follow_a_scheme_switch(page, scheme, qapp, qtbot):
    from regionmgr.ui.common.theme import dark_palette

    qapp.setPalette(qapp.style().standardPalette() if scheme == "dark" else dark_palette())
    for view in (page.share_chart, page.trend_chart):  # the palette change arrives as an event
        qtbot.waitUntil(lambda view=view: (view.chart().backgroundBrush().color().lightness() < 128)
                        == (scheme == "light"))
    chart = page.share_chart.chart()
    for bar_set in chart.series()[0].barSets():
        assert contrast(bar_set.labelColor(), chart.backgroundBrush().color()) >= 4.5
