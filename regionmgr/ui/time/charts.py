"""QtCharts views of the time shares: bars actual vs agreed per country, and the trend over weeks.

Imported only when the Time page is built (QtCharts is heavy); start-up never loads it.
The charts follow the colour scheme: a light or dark chart theme, with the
background, titles, legends, axis and value labels in the palette's base and
text colours (so every label contrasts with what it is drawn on); when the
palette changes, each chart is drawn again from its last data.
"""

from __future__ import annotations

import re

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from regionmgr.core.time.shares import ShareReport, TrendPoint

ACTUAL_COLOR = QColor("#2f6f9f")
TARGET_COLOR = QColor("#b8c7d3")
UNDER_COLOR = QColor("#c0392b")
Y_AXIS_ROOM = 82  # pixels of a chart view not under its category labels: margins, the value axis
LABEL_ROOM = 24  # what Qt wants around a category label before it cuts it ("12 …"), measured
SERIES_COLORS = ["#2f6f9f", "#e67e22", "#27ae60", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#d35400"]


def day_month_format(locale: QLocale) -> str:
    """The locale's short date without its year: "dd/MM" in British English and in French."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"[^dMy]*y+[^dMy]*", "", short).strip(" /.-") or "dd/MM"


def _nice_max(value: float) -> float:
    for step in (10, 20, 25, 40, 50, 60, 75, 100):
        if value <= step:
            return float(step)
    return 100.0


def _colours() -> tuple[bool, QColor, QColor]:
    """(dark?, background, text) of the palette in effect."""
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return dark, palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


class _ChartView(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None):
        self.title = title
        super().__init__(self._new_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def _new_chart(self) -> QChart:
        dark, background, text = _colours()
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(QBrush(background))
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        chart.setLocale(QLocale())  # value and axis labels in the UI language ("36,8" in French)
        chart.setLocalizeNumbers(True)
        chart.setTitle(self.title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    @staticmethod
    def _colour_axes(chart: QChart) -> None:
        _dark, _background, text = _colours()
        for axis in chart.axes():
            axis.setLabelsColor(text)

    def redraw(self) -> None:
        """Draw the chart again from its last data (in the colours of the palette now in effect)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.redraw()

    def _clear(self) -> QChart:
        """A fresh chart for new data (re-using one leaves stale axis labels drawn)."""
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        old.deleteLater()
        return chart


class ShareChartView(_ChartView):
    """Bars per country: the actual share next to the agreed one (percent)."""

    report: ShareReport | None = None  # the last data (a class default: palette events may come early)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Actual vs agreed share (%)"), parent)
        self.categories: list[str] = []
        self.actual_values: list[float] = []
        self.target_values: list[float] = []

    def redraw(self) -> None:
        if self.report is not None:
            self.set_report(self.report)

    def set_report(self, report: ShareReport) -> None:
        self.report = report
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
        series.setBarWidth(0.8)  # wide enough for the value above each bar on a narrow window
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        _dark, _background, text = _colours()
        for bar_set in (actual, target):
            bar_set.setLabelColor(text)
        x = QBarCategoryAxis()
        x.append(self.categories)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        y.setRange(0, _nice_max(max(self.actual_values + self.target_values + [1.0]) * 1.1))
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f")  # with localized numbers the format needs a precision
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        self._colour_axes(chart)


class TrendChartView(_ChartView):
    """One line per country: its weekly share over the last weeks."""

    data: tuple[list[TrendPoint], list[tuple[str, str, float | None]]] | None = None  # the last data

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Share per week (%)"), parent)
        self.week_labels: list[str] = []
        self.lines: dict[str, list[float]] = {}
        self.short_labels: list[str] = []  # the same weeks in digits, for a narrow chart
        self.x_axis: QBarCategoryAxis | None = None

    def _fit_labels(self) -> None:
        """Week labels that fit side by side: "12 Oct", else "12/10", else upright (Qt would cut them to "12…")."""
        if self.x_axis is None or not self.week_labels:
            return
        metrics = QFontMetrics(self.x_axis.labelsFont())
        available = self.width() - Y_AXIS_ROOM

        def fits(labels: list[str]) -> bool:
            return len(labels) * (max(metrics.horizontalAdvance(t) for t in labels) + LABEL_ROOM) <= available

        labels = self.week_labels if fits(self.week_labels) else self.short_labels
        if self.x_axis.categories() != labels:
            self.x_axis.clear()
            self.x_axis.append(labels)
        self.x_axis.setLabelsAngle(0 if fits(labels) else -90)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_labels()

    def redraw(self) -> None:
        if self.data is not None:
            self.set_points(*self.data)

    def set_points(self, points: list[TrendPoint], countries: list[tuple[str, str, float | None]]) -> None:
        self.data = (points, countries)
        chart = self._clear()
        locale = QLocale()
        self.week_labels = [locale.toString(QDate(p.week.first), "d MMM") for p in points]
        self.short_labels = [locale.toString(QDate(p.week.first), day_month_format(locale)) for p in points]
        self.lines = {}
        x = QBarCategoryAxis()
        x.append(self.week_labels)
        font = x.labelsFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        x.setLabelsFont(font)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.x_axis = x
        y = QValueAxis()
        y.setLabelFormat("%.0f")  # with localized numbers the format needs a precision
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
        self._colour_axes(chart)
        self._fit_labels()
