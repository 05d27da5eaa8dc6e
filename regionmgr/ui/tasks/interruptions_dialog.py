"""The weekly count of spontaneous requests: those that came between meetings (e-mail, phone, chat,
visit), per week and channel, for every country or one, so the user sees whether they drop.

Counted by ``core.tasks.requests.weekly_interruptions`` (weeks start on Monday in the user's zone,
by the day each task was created); re-read when tasks change or the user's zone does.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.tasks import requests
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.tasks.task_texts import channel_name

TREND_WEEKS = 4  # the last weeks compared with the weeks before them


class InterruptionsDialog(QDialog):
    """Weeks (newest first) x channels, with a total, for the chosen country."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Spontaneous requests per week"))
        self.counts: requests.Counts = {}
        self.intro = QLabel(self.tr(
            "Requests that arrived between meetings (e-mail, phone, chat, visit), counted by the week they "
            "were created. Tasks whose channel was not recorded are not counted."))
        self.intro.setWordWrap(True)
        self.country_box = QComboBox()
        self.country_box.setToolTip(self.tr("Country"))
        self.country_box.activated.connect(lambda _i: self.show_table())
        self.trend_label = QLabel()
        self.trend_label.setWordWrap(True)
        self.table = QTableWidget(0, len(requests.SPONTANEOUS) + 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Week"), *(channel_name(c) for c in requests.SPONTANEOUS), self.tr("Total")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Country")))
        top.addWidget(self.country_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.trend_label)
        layout.addWidget(buttons)
        self.resize(560, 420)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.zone_changed.connect(lambda _z: self.reload())
        self.reload()

    def _on_data_changed(self, table: str) -> None:
        if table in ("task", "country", ""):
            self.reload()

    def reload(self) -> None:
        self.counts = requests.weekly_interruptions(self.ctx.store, self.ctx.zone)
        current = self.country_box.currentData()
        self.country_box.clear()
        self.country_box.addItem(self.tr("All countries"), None)
        for code in requests.countries_in(self.counts):
            self.country_box.addItem(code or self.tr("(no country)"), code)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(current)))
        self.show_table()

    def show_table(self) -> None:
        weeks = requests.interruption_table(self.counts, self.country_box.currentData())
        weeks.reverse()  # the newest week first
        self.table.setRowCount(len(weeks))
        locale = QLocale()
        for row, (week, per_channel) in enumerate(weeks):
            label = self.tr("Week {0} · {1}").format(week.isocalendar()[1],
                                                      locale.toString(QDate(week), "d MMM yyyy"))
            cells = [label, *(per_channel.get(c, 0) for c in requests.SPONTANEOUS), sum(per_channel.values())]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.trend_label.setText(self.trend_text([sum(c.values()) for _w, c in weeks]))

    def trend_text(self, totals_newest_first: list[int]) -> str:
        if not totals_newest_first:
            return self.tr("No spontaneous request recorded yet.")
        recent = totals_newest_first[:TREND_WEEKS]
        before = totals_newest_first[TREND_WEEKS:TREND_WEEKS * 2]
        text = self.tr("Last %n week(s): {0} per week on average", "", len(recent)).format(
            _average(recent, QLocale()))
        if before:
            text += " — " + self.tr("the %n week(s) before: {0}", "", len(before)).format(_average(before, QLocale()))
        return text

    def week_rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (tests)."""
        return [tuple((self.table.item(r, c).text() if self.table.item(r, c) else "")  # type: ignore[union-attr]
                      for c in range(self.table.columnCount())) for r in range(self.table.rowCount())]


def _average(values: list[int], locale: QLocale) -> str:
    return locale.toString(sum(values) / len(values), "f", 1)

