"""The time finder: a week grid ranking meeting start times for the chosen attendees' countries.

Columns are the days of a week, rows the start times (every 30 minutes) in the
organizer's zone. Each start is a weekly slot judged over the next weeks (8 by
default): a cell is green when most weeks suit every country (darker: further
from anyone's start or end of a working window; paler: some week has a holiday
or another reason), amber when it suits only some, grey when it suits nobody.
Countries' protected periods (lunch, Friday prayer, Ramadan hours) count as
outside their day. The slot under the pointer shows each country's local time
and, per country, how many weeks suit it and why the others don't; clicking
chooses it, and a warning says who would be outside their day and why. The best
slots are listed beside the grid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.countries import protected, region
from regionmgr.core.countries.protected import Period
from regionmgr.core.meetings.timefinder import (
    HORIZON_WEEKS,
    CountryFit,
    Miss,
    Slot,
    evaluate,
    week_grid,
)
from regionmgr.ui.common import theme
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.meetings.meeting_models import fmt_date, fmt_time

STEP_MIN = 30


def slot_label(slot: Slot, zone: ZoneInfo) -> str:
    local = slot.start.astimezone(zone)
    return f"{QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {fmt_time(local.time())}"


def holiday_text(code: str, day: dt.date, fallback: str) -> str:
    """The public holiday of ``code`` on ``day``, named in the UI language where known."""
    found = region.next_holidays(code, day, current_language(), count=1)
    return found[0][1] if found and found[0][0] == day else fallback


def miss_text(miss: Miss, code: str = "") -> str:
    """Why one week does not suit a country (``code``), in the UI language."""
    if miss.kind == "holiday":
        return QCoreApplication.translate("TimeFinder", "{0}: {1}").format(
            QLocale().toString(QDate(miss.day.year, miss.day.month, miss.day.day), "d MMM"),
            holiday_text(code, miss.day, miss.label) if code else miss.label)
    if miss.kind == "day_off":
        return QCoreApplication.translate("TimeFinder", "day off")
    if miss.kind == "ramadan":
        return miss.label or QCoreApplication.translate("TimeFinder", "Ramadan hours")
    if miss.kind == "protected":
        return miss.label or QCoreApplication.translate("TimeFinder", "protected period")
    return QCoreApplication.translate("TimeFinder", "outside the working hours")


def fit_text(fit: CountryFit, weeks: int) -> str:
    """"fits 7 of 8 weeks: 14 Jul: National Day" ("" when every week suits)."""
    if fit.weeks_ok >= weeks:
        return ""
    reasons = list(dict.fromkeys(miss_text(m, fit.code) for m in fit.missed))
    if weeks == 1:
        return "; ".join(reasons)
    return QCoreApplication.translate("TimeFinder", "fits {0} of {1} weeks: {2}").format(
        fit.weeks_ok, weeks, "; ".join(reasons))


class RankedSlotsModel(QAbstractListModel):
    """The best start times of the week, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Slot] = []
        self._zone = ZoneInfo("UTC")
        self._total = 0

    def set_slots(self, slots: Sequence[Slot], zone: ZoneInfo, total: int) -> None:
        self.beginResetModel()
        self._slots, self._zone, self._total = list(slots), zone, total
        self.endResetModel()

    def slot_at(self, row: int) -> Slot:
        return self._slots[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._slots)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slots):
            return None
        slot = self._slots[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.tr("{0} — suits {1} of {2}").format(slot_label(slot, self._zone), len(slot.fits), self._total)
            if slot.weeks > 1:
                text += " · " + self.tr("%n of {0} weeks", "", slot.weeks_together).format(slot.weeks)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{fit.code}: {fit_text(fit, slot.weeks)}" for fit in slot.countries
                     if fit.weeks_ok < slot.weeks]
            if slot.misses:
                lines.insert(0, self.tr("Outside the working day in: {0}").format(", ".join(slot.misses)))
            return "\n".join(lines) or None
        return None


class WeekGrid(QWidget):
    """Seven day columns of start times; hover shows a slot, click chooses it."""

    slot_hovered = Signal(object)  # Slot or None
    slot_clicked = Signal(object)  # Slot

    ROW_H = 11
    LEFT = 44
    TOP = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self._grid: list[list[Slot]] = []
        self._days: list[dt.date] = []
        self._total = 0
        self._chosen: Slot | None = None
        self._hover: Slot | None = None
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.LEFT + 7 * 70, self.TOP + (24 * 60 // STEP_MIN) * self.ROW_H + 2)

    def set_grid(self, grid: list[list[Slot]], days: list[dt.date], total: int) -> None:
        self._grid, self._days, self._total = grid, days, total
        self.update()

    def set_chosen(self, slot: Slot | None) -> None:
        self._chosen = slot
        self.update()

    def _col_w(self) -> float:
        return max(20.0, (self.width() - self.LEFT - 2) / 7)

    def cell_rect(self, col: int, row: int) -> QRect:
        w = self._col_w()
        return QRect(int(self.LEFT + col * w), self.TOP + row * self.ROW_H, int(w) - 1, self.ROW_H - 1)

    def slot_at(self, pos: QPoint) -> Slot | None:
        if not self._grid or pos.x() < self.LEFT or pos.y() < self.TOP:
            return None
        col = int((pos.x() - self.LEFT) // self._col_w())
        row = (pos.y() - self.TOP) // self.ROW_H
        if 0 <= col < len(self._grid) and 0 <= row < len(self._grid[col]):
            return self._grid[col][row]
        return None

    def position_of(self, slot: Slot) -> tuple[int, int] | None:
        for c, column in enumerate(self._grid):
            for r, s in enumerate(column):
                if s.start == slot.start:
                    return c, r
        return None

    def _colour(self, slot: Slot) -> QColor:
        if not slot.fits:
            return theme.tint("busy")
        if slot.suits_all:
            strength = min(slot.margin_min, 180) / 180
            if slot.weeks_together < slot.weeks:  # some week has a holiday or a protected period: paler
                return QColor.fromHsvF(0.30, 0.15 + 0.25 * strength, 0.92 - 0.1 * strength)
            return QColor.fromHsvF(0.33, 0.35 + 0.45 * strength, 0.85 - 0.2 * strength)
        share = len(slot.fits) / max(self._total, 1)
        return QColor.fromHsvF(0.11, 0.15 + 0.45 * share, 0.98)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        p.setPen(pal.text().color())
        for c, day in enumerate(self._days):
            r = self.cell_rect(c, 0)
            head = QRect(r.left(), 0, r.width(), self.TOP - 2)
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, f"{name} {day.day}")
        for row in range(0, 24 * 60 // STEP_MIN, 60 // STEP_MIN * 2):
            y = self.TOP + row * self.ROW_H
            p.drawText(QRect(0, y - 6, self.LEFT - 4, 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{row * STEP_MIN // 60:02d}:00")
        for c, column in enumerate(self._grid):
            for row_no, slot in enumerate(column):
                p.fillRect(self.cell_rect(c, row_no), self._colour(slot))
        for marked, colour, width in ((self._hover, pal.highlight().color(), 1), (self._chosen, theme.ink("accent"), 2)):
            where = self.position_of(marked) if marked else None
            if where:
                p.setPen(QPen(colour, width))
                p.drawRect(self.cell_rect(*where).adjusted(0, 0, -1, -1))
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        slot = self.slot_at(event.position().toPoint())
        if slot is not self._hover:
            self._hover = slot
            self.update()
            self.slot_hovered.emit(slot)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = None
        self.update()
        self.slot_hovered.emit(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        slot = self.slot_at(event.position().toPoint())
        if slot is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_chosen(slot)
            self.slot_clicked.emit(slot)


class TimeFinderDialog(QDialog):
    """Find a start time suiting every chosen country; ``chosen`` is the slot picked (or None).

    ``protected``: country code -> its protected periods; when not given, they are read from the
    parent's ``ctx.store`` if it has one."""

    def __init__(self, weeks: Sequence[WorkWeek], zone: str, duration_min: int, week_start: dt.date,
                 initial: dt.datetime | None = None, parent: QWidget | None = None,
                 protected_periods: Mapping[str, Sequence[Period]] | None = None,
                 weeks_ahead: int = HORIZON_WEEKS):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a time"))
        self.weeks = list(weeks)
        if protected_periods is None:
            store = getattr(getattr(parent, "ctx", None), "store", None)
            protected_periods = protected.by_code(store) if store is not None else {}
        self.protected = dict(protected_periods)
        self.zone_name = zone
        self.zone = ZoneInfo(zone)
        self.week_start = week_start - dt.timedelta(days=week_start.isoweekday() - 1)
        self.chosen: Slot | None = None

        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(duration_min)
        top = QHBoxLayout()
        for w in (self.prev_button, self.week_label, self.next_button):
            top.addWidget(w)
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 26)
        self.horizon.setValue(weeks_ahead)
        self.horizon.setToolTip(self.tr("A weekly slot is judged on this many weeks from the week shown"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Judge over:")))
        top.addWidget(self.horizon)
        top.addWidget(QLabel(self.tr("weeks")))
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Duration:")))
        top.addWidget(self.duration)

        self.grid = WeekGrid()
        self.ranked = RankedSlotsModel(self)
        self.ranked_view = QListView()
        self.ranked_view.setModel(self.ranked)
        self.ranked_view.setMinimumWidth(330)  # "Tue 10:00 — suits 5 of 5 · 8 of 8 weeks", in French too
        self.hover_label = QLabel()
        self.hover_label.setWordWrap(True)
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {theme.css('error')};")
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Best start times ({0}):").format(zone)))
        side.addWidget(self.ranked_view, 1)
        side.addWidget(QLabel(self.tr("Under the pointer:")))
        side.addWidget(self.hover_label)
        side.addWidget(self.warning)
        middle = QHBoxLayout()
        middle.addWidget(self.grid, 3)
        middle.addLayout(side, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this time"))
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("Green: inside everyone's working day in most weeks (darker: more comfortable; "
                                "paler: some weeks don't suit). Amber: some are outside their day. "
                                "Lunch breaks, prayer times and Ramadan hours count as outside. "
                                "Times are in {0}.").format(zone))
        legend.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self.prev_button.clicked.connect(lambda: self.move_week(-1))
        self.next_button.clicked.connect(lambda: self.move_week(1))
        self.duration.valueChanged.connect(lambda _v: self.refresh())
        self.horizon.valueChanged.connect(lambda _v: self.refresh())
        self.grid.slot_hovered.connect(self.show_hover)
        self.grid.slot_clicked.connect(self.choose)
        self.ranked_view.clicked.connect(lambda idx: self.choose(self.ranked.slot_at(idx.row())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh()
        if initial is not None:
            self.choose(self.evaluate(initial, self.duration.value()))
        else:
            self._update_ok()

    def days(self) -> list[dt.date]:
        return [self.week_start + dt.timedelta(days=i) for i in range(7)]

    def evaluate(self, local_start: dt.datetime, duration: int) -> Slot:
        return evaluate(self.weeks, local_start, duration, self.protected, self.horizon.value(), self.zone_name)

    def move_week(self, step: int) -> None:
        self.week_start += dt.timedelta(days=7 * step)
        self.refresh()

    def refresh(self) -> None:
        duration = self.duration.value()
        grid = week_grid(self.weeks, self.week_start, self.zone_name, duration, STEP_MIN, self.protected,
                         self.horizon.value())
        self.grid.set_grid(grid, self.days(), len(self.weeks))
        ranked = sorted((s for col in grid for s in col if s.fits), key=Slot.rank_key)[:12]
        self.ranked.set_slots(ranked, self.zone, len(self.weeks))
        self.week_label.setText(self.tr("Week of {0}").format(fmt_date(self.week_start)))
        if self.chosen is not None:
            # Same weekday and time in the new week / with the new duration.
            local = self.chosen.start.astimezone(self.zone)
            day = self.week_start + dt.timedelta(days=local.isoweekday() - 1)
            self.choose(self.evaluate(dt.datetime.combine(day, local.time(), self.zone), duration))

    def describe(self, slot: Slot) -> str:
        lines = []
        for week in self.weeks:
            local = slot.start.astimezone(week.zone)
            day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
            state = "✓" if week.code in slot.fits else "✗ " + self.tr("outside the working day")
            line = self.tr("{0} {1} {2} {3} ({4})").format(state, week.code, day, fmt_time(local.time()),
                                                          week.timezone)
            fit = next((f for f in slot.countries if f.code == week.code), None)
            why = fit_text(fit, slot.weeks) if fit is not None else ""
            lines.append(f"{line} — {why}" if why else line)
        return "\n".join(lines)

    def show_hover(self, slot: Slot | None) -> None:
        self.hover_label.setText(self.describe(slot) if slot else "")

    def choose(self, slot: Slot) -> None:
        self.chosen = slot
        self.grid.set_chosen(slot)
        if slot.misses:
            why = [f"{f.code} ({fit_text(f, slot.weeks)})" if fit_text(f, slot.weeks) else f.code
                   for f in slot.countries if f.code in slot.misses]
            self.warning.setText(self.tr("{0}: outside the working day in {1}.").format(
                slot_label(slot, self.zone), ", ".join(why)))
        else:
            self.warning.setText("")
        self.hover_label.setText(self.describe(slot))
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen is not None)

    def chosen_local(self) -> dt.datetime | None:
        """The chosen start, in the organizer's zone."""
        return self.chosen.start.astimezone(self.zone) if self.chosen else None
