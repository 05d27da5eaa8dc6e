"""The top of a country's page: local time, working-hours state, next holidays, and its settings.

Settings (time zone, working days, working hours) are saved as soon as they
change, each as one undoable step. Bad input (an unknown zone, hours that end
before they start, no working day) is reported and nothing changes.

It also says when the country is in a protected period now ("Now: Lunch break until 14:00")
and lists its protected periods; "Protected times…" opens their editor.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import operations, protected
from regionmgr.core.countries import region as core
from regionmgr.core.errors import ValidationError
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.fold_row import FoldRow
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.countries.country_models import qdate
from regionmgr.ui.countries.protected_editor import ProtectedPeriodsDialog, period_label, when_text


def validation_messages() -> dict[str, str]:
    """The checks' messages in the UI language."""
    return {
        "unknown_zone": QCoreApplication.translate(
            "CountryMessages", "“{0}” is not a known time zone (use a name such as Africa/Casablanca)."),
        "hours_order": QCoreApplication.translate(
            "CountryMessages", "Working hours must end after they start ({0} is not after {1})."),
        "no_days": QCoreApplication.translate(
            "CountryMessages", "Choose at least one working day."),
        "bad_email": QCoreApplication.translate(
            "CountryMessages", "“{0}” is not a valid e-mail address."),
        "unknown_country": QCoreApplication.translate(
            "CountryMessages", "“{0}” is not an ISO 3166 country code."),
        "already_there": QCoreApplication.translate(
            "CountryMessages", "This country is already in the region."),
        "empty_name": QCoreApplication.translate(
            "CountryMessages", "A contact needs a name."),
        "bad_language": QCoreApplication.translate(
            "CountryMessages", "“{0}” is not a language code (use e.g. fr, en, ar, pt-BR)."),
    }


class CountryHeader(QWidget):
    """Local time, working state, holidays and settings of one country."""

    settings_rejected = Signal(str)  # the message shown for bad input

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country: core.CountryRow | None = None
        self.empty_hint = ""  # shown when there is no country to show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.state_label = QLabel(self)
        top.addWidget(self.title_label)
        top.addSpacing(16)
        top.addWidget(self.clock_label)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        self.now_label = QLabel(self)  # the protected period the country is in now, if any
        top.addSpacing(12)
        top.addWidget(self.now_label)
        top.addStretch(1)
        layout.addLayout(top)
        self.periods: list[protected.Period] = []
        self.periods_dialog: ProtectedPeriodsDialog | None = None

        self.holidays_label = QLabel(self)
        self.holidays_label.setWordWrap(True)
        layout.addWidget(self.holidays_label)

        periods_row = QHBoxLayout()
        self.periods_label = QLabel(self)
        self.periods_label.setWordWrap(True)
        self.periods_button = QPushButton(self.tr("Protected times…"), self)
        self.periods_button.setToolTip(self.tr("Lunch breaks, prayer times, short Fridays, Ramadan hours and "
                                               "dated periods: not to call or meet the country then"))
        self.periods_button.clicked.connect(self.edit_periods)
        periods_row.addWidget(self.periods_label, 1)
        periods_row.addWidget(self.periods_button)
        layout.addLayout(periods_row)
        ctx.data_changed.connect(self._data_changed)

        row = QHBoxLayout()  # the zone; the days and hours beside it, or under it on a narrow window
        row.addWidget(QLabel(self.tr("Time zone:"), self))
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setMinimumContentsLength(14)  # "Africa/Casablanca" whole; one row at 1280 in French
        self.zone_combo.setToolTip(self.tr("The country's IANA time zone; pick one of its zones or type another"))
        self.zone_combo.activated.connect(lambda _i: self.commit_timezone(self.zone_combo.currentText()))
        zone_edit = self.zone_combo.lineEdit()
        assert zone_edit is not None  # the combo was made editable just above
        zone_edit.editingFinished.connect(lambda: self.commit_timezone(self.zone_combo.currentText()))
        row.addWidget(self.zone_combo)
        row.addSpacing(12)
        row.addStretch(1)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Working days:"), self))
        self.day_boxes: dict[int, QCheckBox] = {}
        locale = QLocale()
        first = locale.firstDayOfWeek().value  # ISO number, Monday=1
        for offset in range(7):
            iso = (first - 1 + offset) % 7 + 1
            box = QCheckBox(locale.dayName(iso, QLocale.FormatType.ShortFormat), self)
            box.toggled.connect(lambda _c: self.commit_days())
            self.day_boxes[iso] = box
            days_row.addWidget(box)
        days_row.addSpacing(12)
        days_row.addWidget(QLabel(self.tr("Hours:"), self))
        self.start_edit = QTimeEdit(self)
        self.end_edit = QTimeEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.editingFinished.connect(self.commit_hours)
        days_row.addWidget(self.start_edit)
        days_row.addWidget(QLabel("–", self))
        days_row.addWidget(self.end_edit)
        days_row.addStretch(1)
        self.settings_row = FoldRow(row, days_row, self, stretch=(0, 1))
        layout.addWidget(self.settings_row)
        # The wrapped holiday and protected-times lines get the height their text takes at this width.
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh_clock)
        self.timer.start()

    # -- showing ------------------------------------------------------------------
    def set_country(self, country: core.CountryRow | None) -> None:
        self.country = country
        self.setEnabled(country is not None)
        widgets = [self.zone_combo, self.start_edit, self.end_edit, *self.day_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        try:
            self.zone_combo.clear()
            if country is None:
                self.title_label.setText(self.tr("<h2>No country selected</h2>"))
                for label in (self.clock_label, self.state_label, self.holidays_label, self.now_label,
                              self.periods_label):
                    label.clear()
                self.holidays_label.setText(self.empty_hint)
                self.periods = []
                return
            zones = core.zones_for_country(country.code)
            if country.timezone not in zones:
                zones = [country.timezone, *zones]
            self.zone_combo.addItems(zones)
            self.zone_combo.setCurrentText(country.timezone)
            days = set(country.work_days)
            for iso, box in self.day_boxes.items():
                box.setChecked(str(iso) in days)
            self.start_edit.setTime(QTime(country.work_start_min // 60, country.work_start_min % 60))
            end = min(country.work_end_min, 24 * 60 - 1)
            self.end_edit.setTime(QTime(end // 60, end % 60))
        finally:
            for w in widgets:
                w.blockSignals(False)
        name = core.country_name(country.code, current_language())
        self.title_label.setText(f"<h2>{html.escape(name)} <small>({country.code})</small></h2>")
        self.load_periods()

    def load_periods(self) -> None:
        """Read the country's protected periods again and show them."""
        if self.country is None:
            return
        self.periods = protected.load(self.ctx.store, self.country.id)
        if self.periods:
            items = "; ".join(f"{html.escape(period_label(p))} ({html.escape(when_text(p))})" for p in self.periods)
            self.periods_label.setText(self.tr("<b>Protected times:</b> {0}").format(items))
        else:
            self.periods_label.setText(self.tr("<b>Protected times:</b> none (add a lunch break or prayer time "
                                               "so the time finder and reminders avoid it)"))
        self.refresh_clock()

    def _data_changed(self, table: str) -> None:
        if table in ("", "protected_period"):
            self.load_periods()

    def edit_periods(self) -> ProtectedPeriodsDialog | None:
        if self.country is None:
            return None
        name = core.country_name(self.country.code, current_language())
        self.periods_dialog = ProtectedPeriodsDialog(self.ctx, self.country.id, name, self)
        self.periods_dialog.open()
        return self.periods_dialog

    def refresh_clock(self) -> None:
        if self.country is None:
            return
        state = core.local_state(self.country.week, self.ctx.now())
        locale = QLocale()
        when = "{} {}".format(
            locale.toString(qdate(state.local.date()), "ddd d MMM"),
            locale.toString(QTime(state.local.hour, state.local.minute), QLocale.FormatType.ShortFormat),
        )
        self.clock_label.setText(self.tr("<b>Local time:</b> {0} (UTC{1})").format(when, state.utc_offset))
        self.now_label.setText(self.now_text())
        if state.working:
            self.state_label.setText(self.tr("<span style='color:#2e7d32'>● Inside working hours</span>").replace("#2e7d32", theme.css("ok")))
        else:
            self.state_label.setText(self.tr("<span style='color:#b71c1c'>● Outside working hours</span>").replace("#b71c1c", theme.css("error")))
        upcoming = core.next_holidays(self.country.code, state.local.date(), current_language(), count=4)
        if upcoming:
            items = "; ".join(
                f"{locale.toString(qdate(day), 'd MMM yyyy')}: {html.escape(name)}" for day, name in upcoming
            )
            self.holidays_label.setText(self.tr("<b>Next public holidays:</b> {0}").format(items))
        else:
            self.holidays_label.setText(self.tr("<b>Next public holidays:</b> none known for this country"))

    def now_text(self) -> str:
        """"Now: Lunch break until 14:00" when the country is in a protected period, else ""."""
        if self.country is None:
            return ""
        found = protected.protection_at(self.country.week, self.periods, self.ctx.now())
        if found is None:
            return ""
        name = html.escape(found.label) if found.label else ""
        if not name:
            name = self.tr("Ramadan hours") if found.kind == "ramadan" else self.tr("protected period")
        if found.until is not None:
            local = found.until.astimezone(self.country.week.zone)
            until = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            text = self.tr("● Now: {0} until {1}").format(name, until)
        else:
            text = self.tr("● Now: {0} (no more calls today)").format(name)
        return f"<span style='color:{theme.css('warning')}'>{text}</span>"

    # -- editing ------------------------------------------------------------------
    def _reject(self, exc: ValidationError) -> None:
        message = exc.translated(QCoreApplication.translate)
        self.ctx.error_raised.emit(message)
        self.settings_rejected.emit(message)
        self.set_country(self.country)

    def _save(self, changes: dict, text: str) -> None:
        assert self.country is not None
        messages = validation_messages()
        try:
            clean = operations.country_changes(self.country, changes, messages)
        except ValidationError as exc:
            self._reject(exc)
            return
        if not clean:
            return
        store, country_id = self.ctx.store, self.country.id
        self.ctx.run(text, lambda: operations.update_country(store, country_id, clean, messages))

    def commit_timezone(self, text: str) -> None:
        if self.country is not None and text.strip() != self.country.timezone:
            self._save({"timezone": text}, self.tr("Change time zone"))

    def commit_days(self) -> None:
        if self.country is None:
            return
        digits = "".join(str(iso) for iso in sorted(self.day_boxes) if self.day_boxes[iso].isChecked())
        self._save({"work_days": digits}, self.tr("Change working days"))

    def commit_hours(self) -> None:
        if self.country is None:
            return
        start, end = self.start_edit.time(), self.end_edit.time()
        end_min = end.hour() * 60 + end.minute()
        if end_min == 23 * 60 + 59 and self.country.work_end_min >= 24 * 60:
            end_min = self.country.work_end_min
        self._save({"work_start_min": start.hour() * 60 + start.minute(), "work_end_min": end_min},
                   self.tr("Change working hours"))
