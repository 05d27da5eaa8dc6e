"""QtCharts views of the time shares: bars actual vs agreed per country, and the trend over weeks.

Imported only when the Time page is built (QtCharts is heavy); start-up never loads it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from regionmgr.core.time.shares import ShareReport, TrendPoint

ACTUAL_COLOR = QColor("#2f6f9f")
TARGET_COLOR = QColor("#b8c7d3")
UNDER_COLOR = QColor("#c0392b")
SERIES_COLORS = ["#2f6f9f", "#e67e22", "#27ae60", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#d35400"]


def _nice_max(value: float) -> float:
    for step in (10, 20, 25, 40, 50, 60, 75, 100):
        if value <= step:
            return float(step)
    return 100.0


class _ChartView(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None):
        self.title = title
        super().__init__(self._new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setTitle(self.title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _clear(self) -> QChart:
        """A fresh chart for new data (re-using one leaves stale axis labels drawn)."""
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        old.deleteLater()
        return chart


class ShareChartView(_ChartView):
    """Bars per country: the actual share next to the agreed one (percent)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Actual vs agreed share (%)"), parent)
        self.categories: list[str] = []
        self.actual_values: list[float] = []
        self.target_values: list[float] = []

    def set_report(self, report: ShareReport) -> None:
        chart = self._clear()
        actual = QBarSet(self.tr("Actual"))
        actual.setColor(ACTUAL_COLOR)
        target = QBarSet(self.tr("Agreed"))
        target.setColor(TARGET_COLOR)
        self.categories = [r.code + (" ⚠" if r.under_served else "") for r in report.rows]
        self.actual_values = [round(r.actual, 1) for r in report.rows]
        self.target_values = [r.target or 0.0 for r in report.rows]
        actual.append(self.actual_values)
        target.append(self.target_values)
        series = QBarSeries()
        series.append(actual)
        series.append(target)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, _nice_max(max(self.actual_values + self.target_values + [1.0]) * 1.1))
        y.applyNiceNumbers()
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)


class TrendChartView(_ChartView):
    """One line per country: its weekly share over the last weeks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Share per week (%)"), parent)
        self.week_labels: list[str] = []
        self.lines: dict[str, list[float]] = {}

    def set_points(self, points: list[TrendPoint], countries: list[tuple[str, str, float | None]]) -> None:
        chart = self._clear()
        locale = QLocale()
        self.week_labels = [locale.toString(QDate(p.week.first), "d MMM") for p in points]
        self.lines = {}
        x = QBarCategoryAxis()
        x.append(self.week_labels)
        font = x.labelsFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        x.setLabelsFont(font)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        y = QValueAxis()
        y.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        top = 10.0
        for i, (cid, code, _target) in enumerate(countries):
            values = [p.shares.get(cid, 0.0) for p in points]
            self.lines[code] = values
            series = QLineSeries()
            series.setName(code)
            pen = QPen(QColor(SERIES_COLORS[i % len(SERIES_COLORS)]))
            pen.setWidthF(2.0)
            series.setPen(pen)
            series.setPointsVisible(True)
            for n, value in enumerate(values):
                series.append(float(n), value)
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
            top = max(top, *values) if values else top
        y.setRange(0, _nice_max(top * 1.1))
        y.applyNiceNumbers()
