"""A country's protected periods (lunch, Friday prayer, short Fridays, Ramadan hours, dated
periods): a list and an editor.

Every edit is saved at once as one undoable step: changing a field of the selected period saves
it, Add saves the form as a new period, Delete removes the selected one. Bad input (a period
that ends before it starts, no weekday, no dates) is explained under the form and changes
nothing: the form goes back to what is saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import protected
from regionmgr.core.countries.protected import Period
from regionmgr.core.errors import ValidationError
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.date_field import DateField

END_OF_DAY = 24 * 60


def kind_name(kind: str) -> str:
    return {
        "daily": QCoreApplication.translate("ProtectedPeriods", "Every day"),
        "weekday": QCoreApplication.translate("ProtectedPeriods", "One weekday"),
        "ramadan": QCoreApplication.translate("ProtectedPeriods", "Ramadan hours"),
        "dates": QCoreApplication.translate("ProtectedPeriods", "Dates"),
    }.get(kind, kind)


def clock_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _day(day: dt.date | None) -> str:
    return "" if day is None else QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _typed(day: dt.date | None) -> str:
    """A day as the date field reads it back (27/11/2026)."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def when_text(period: Period) -> str:
    """"Every day 12:30–14:00", "Friday 12:00–14:30", "During Ramadan: 09:00–15:00"..."""
    hours = f"{clock_text(period.start_min)}–{clock_text(period.end_min)}"
    if period.kind == "weekday" and period.weekday:
        return f"{QLocale().dayName(period.weekday, QLocale.FormatType.LongFormat)} {hours}"
    if period.kind == "ramadan":
        return QCoreApplication.translate("ProtectedPeriods", "During Ramadan: {0}").format(hours)
    if period.kind == "dates":
        return QCoreApplication.translate("ProtectedPeriods", "{0} to {1}, {2}").format(
            _day(period.from_date), _day(period.to_date), hours)
    return QCoreApplication.translate("ProtectedPeriods", "Every day {0}").format(hours)


def period_label(period: Period) -> str:
    return period.label or kind_name(period.kind)


class PeriodsModel(QAbstractTableModel):
    """The periods of one country: what, when."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Period] = []

    def set_rows(self, rows: list[Period]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (self.tr("Name"), self.tr("When"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        period = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return period_label(period) if index.column() == 0 else when_text(period)
        return None


class ProtectedPeriodsDialog(QDialog):
    """List and edit one country's protected periods; every change is saved at once (undoable)."""

    def __init__(self, ctx: AppContext, country_id: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.country_id = ctx, country_id
        self.setWindowTitle(self.tr("Protected times — {0}").format(title))
        self.model = PeriodsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.kind = QComboBox(self)
        for kind in protected.KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.weekday = QComboBox(self)
        for iso in range(1, 8):
            self.weekday.addItem(QLocale().dayName(iso, QLocale.FormatType.LongFormat), iso)
        self.weekday.setCurrentIndex(4)  # Friday
        self.start = QTimeEdit(QTime(12, 0), self)
        self.end = QTimeEdit(QTime(14, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.end.setToolTip(self.tr("23:59 means until the end of the day"))
        now_local = lambda: self.ctx.now().astimezone(self.ctx.zone).replace(tzinfo=None)  # noqa: E731
        self.from_date = DateField(now_local, self)
        self.to_date = DateField(now_local, self)
        self.label = QLineEdit(self)
        self.label.setMaxLength(protected.LABEL_MAX)
        self.label.setPlaceholderText(self.tr("e.g. Lunch break, Friday prayer"))
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel("–", self))
        hours.addWidget(self.end)
        hours.addStretch(1)
        dates = QHBoxLayout()
        for field in (self.from_date, self.to_date):
            box = QVBoxLayout()
            box.addWidget(field)
            box.addWidget(field.preview)
            dates.addLayout(box)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.label)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Weekday:"), self.weekday)
        form.addRow(self.tr("Hours (local):"), hours)
        form.addRow(self.tr("From – to:"), dates)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.css('error')};")

        self.add_button = QPushButton(self.tr("Add as new"), self)
        self.add_button.setToolTip(self.tr("Save the form as a new protected period"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(620, 520)

        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_form())
        self.kind.activated.connect(lambda _i: self._field_changed())
        self.weekday.activated.connect(lambda _i: self._field_changed())
        for widget in (self.start, self.end, self.from_date, self.to_date, self.label):
            widget.editingFinished.connect(self._field_changed)
        self.ctx.data_changed.connect(self._data_changed)
        self.reload()

    # -- showing ------------------------------------------------------------------------------
    def current(self) -> Period | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def reload(self, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.id if current is not None else None)
        self.model.set_rows(protected.load(self.ctx.store, self.country_id))
        row = next((i for i, p in enumerate(self.model.rows) if p.id == keep), 0 if self.model.rows else -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.load_form()

    def _data_changed(self, table: str) -> None:
        if table in ("", "protected_period"):
            self.reload()

    def load_form(self) -> None:
        period = self.current()
        self.delete_button.setEnabled(period is not None)
        if period is None:
            self._enable_fields()
            return
        widgets = (self.kind, self.weekday, self.start, self.end, self.from_date, self.to_date, self.label)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.kind.setCurrentIndex(max(self.kind.findData(period.kind), 0))
            if period.weekday:
                self.weekday.setCurrentIndex(period.weekday - 1)
            self.start.setTime(QTime(period.start_min // 60, period.start_min % 60))
            end = min(period.end_min, END_OF_DAY - 1)
            self.end.setTime(QTime(end // 60, end % 60))
            self.from_date.setText(_typed(period.from_date))
            self.to_date.setText(_typed(period.to_date))
            self.label.setText(period.label)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._enable_fields()

    def _enable_fields(self) -> None:
        kind = self.kind.currentData()
        self.weekday.setEnabled(kind == "weekday")
        for field in (self.from_date, self.to_date):
            field.setEnabled(kind == "dates")
        self.hint.setText({
            "daily": self.tr("Not to be called or met at this time on any working day (e.g. lunch)."),
            "weekday": self.tr("Every week on this day (e.g. Friday prayer; a short Friday: 12:00–23:59)."),
            "ramadan": self.tr("These working hours replace the usual ones during Ramadan "
                               "(dates from the Umm al-Qura calendar)."),
            "dates": self.tr("On each day from the first to the last date (00:00–23:59: the whole day)."),
        }.get(kind, ""))

    # -- editing --------------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        """The form as a period's values; raises ``ValidationError`` for a date that can't be read."""
        start, end = self.start.time(), self.end.time()
        end_min = end.hour() * 60 + end.minute()
        kind = self.kind.currentData()
        return {
            "kind": kind,
            "weekday": self.weekday.currentData() if kind == "weekday" else None,
            "start_min": start.hour() * 60 + start.minute(),
            "end_min": END_OF_DAY if end_min == END_OF_DAY - 1 else end_min,
            "from_date": self.from_date.date() if kind == "dates" else None,
            "to_date": self.to_date.date() if kind == "dates" else None,
            "label": self.label.text(),
        }

    def _checked(self) -> dict[str, Any] | None:
        try:
            values = self.form_values()
            protected.check_values(values)
        except ValidationError as exc:
            self.error_label.setText(exc.translated(QCoreApplication.translate))
            return None
        self.error_label.clear()
        return values

    def _field_changed(self) -> None:
        self._enable_fields()
        period = self.current()
        if period is None:
            return
        values = self._checked()
        if values is None:
            self.load_form()  # back to what is saved
            return
        if protected.check_values(values) == protected.check_values(period.__dict__):
            return
        store, period_id = self.ctx.store, period.id
        self.ctx.run(self.tr("Change protected period"), lambda: protected.update_period(store, period_id, values))

    def add(self) -> None:
        values = self._checked()
        if values is None:
            return
        store, country_id = self.ctx.store, self.country_id
        applied = self.ctx.run(self.tr("Add protected period"), lambda: protected.add_period(store, country_id, values))
        if applied is not None:
            self.reload(select=str(applied.result))

    def delete(self) -> None:
        period = self.current()
        if period is None:
            return
        store = self.ctx.store
        self.ctx.run(self.tr("Delete protected period"), lambda: protected.delete_periods(store, [period.id]))
