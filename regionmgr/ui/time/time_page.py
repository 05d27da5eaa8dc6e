"""The Time page: how time was shared between countries (charts, table), the time log, delegable work.

A period chooser (this week, last week, this month, last month, custom dates)
and a margin drive everything on the page. Countries below their agreed share
by more than the margin are highlighted. From here the user also writes the
transparency report and the handover dossier.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries.region import country_name
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import operations as task_operations
from regionmgr.core.tasks import rules as task_rules
from regionmgr.core.time import colleagues, delegation_mail, operations, shares, timelog
from regionmgr.core.time.shares import Period
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.common.links import open_mailto
from regionmgr.ui.common.settings_values import read_float
from regionmgr.ui.time.time_models import (
    ID_ROLE,
    AgreedShareDelegate,
    DelegableTaskModel,
    RequesterTableModel,
    ShareTableModel,
    TimeEntryModel,
    hours_text,
)

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from regionmgr.ui.time.colleagues_dialog import ColleaguesDialog
    from regionmgr.ui.time.handover_dialog import HandoverDialog
    from regionmgr.ui.time.report_dialog import ReportDialog
    from regionmgr.ui.time.time_entry_dialog import TimeEntryDialog

WATCHED = ("", "time_entry", "task", "country", "contact", "colleague")
EMAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # a delegate's e-mail in the delegate box
MARGIN_KEY = "time/margin"


def _table(model, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class TimePage(QWidget):
    PERIODS = ("this_week", "last_week", "this_month", "last_month", "custom")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from regionmgr.ui.time.charts import (  # QtCharts only when the page is built
            ShareChartView,
            TrendChartView,
        )

        self.ctx = ctx
        self.period = Period.this_week(ctx.now(), ctx.zone)
        self.report_dialog: ReportDialog | None = None
        self.handover_dialog: HandoverDialog | None = None
        self.entry_dialog: TimeEntryDialog | None = None
        self.colleagues_dialog: ColleaguesDialog | None = None
        self.open_url = open_mailto  # replaced in tests
        self._stale = False

        # -- top: period, margin, documents -----------------------------------------
        self.period_combo = QComboBox(self)
        for key, text in zip(self.PERIODS, (self.tr("This week"), self.tr("Last week"), self.tr("This month"),
                                            self.tr("Last month"), self.tr("Custom dates")), strict=True):
            self.period_combo.addItem(text, key)
        self.first_edit = QDateEdit(self)
        self.last_edit = QDateEdit(self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._custom_dates_changed)
        self.margin_spin = QDoubleSpinBox(self)
        self.margin_spin.setRange(0.0, 50.0)
        self.margin_spin.setSingleStep(1.0)
        self.margin_spin.setDecimals(1)
        self.margin_spin.setSuffix(self.tr(" points"))
        self.margin_spin.setToolTip(self.tr("A country this far below its agreed share is flagged as under-served"))
        self.margin_spin.setValue(read_float(ctx.settings, MARGIN_KEY, shares.DEFAULT_MARGIN, 0.0, 50.0))
        self.report_button = QPushButton(self.tr("Transparency report…"), self)
        self.report_button.clicked.connect(self.open_report)
        self.handover_button = QPushButton(self.tr("Handover dossier…"), self)
        self.handover_button.clicked.connect(self.open_handover)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_combo)
        top.addWidget(self.first_edit)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.last_edit)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Flag below target by more than:"), self))
        top.addWidget(self.margin_spin)
        top.addStretch(1)
        documents = QWidget(self)  # beside the tabs: the period row keeps its room on a narrow window
        row = QHBoxLayout(documents)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.report_button)
        row.addWidget(self.handover_button)

        # -- shares tab ----------------------------------------------------------------
        self.share_chart = ShareChartView(self)
        self.trend_chart = TrendChartView(self)
        self.share_model = ShareTableModel(self)
        self.share_view = _table(self.share_model, self)
        self.share_view.horizontalHeader().setStretchLastSection(False)
        self.share_view.horizontalHeader().setSectionResizeMode(ShareTableModel.COL_COUNTRY, QHeaderView.ResizeMode.Stretch)
        self.share_view.setItemDelegateForColumn(ShareTableModel.COL_TARGET, AgreedShareDelegate(self.share_view))
        self.share_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.share_model.accept_target = self.set_agreed_share
        self.requester_model = RequesterTableModel(self)
        self.requester_view = _table(self.requester_model, self)
        self.requester_view.horizontalHeader().setStretchLastSection(False)
        self.requester_view.horizontalHeader().setSectionResizeMode(RequesterTableModel.COL_REQUESTER,
                                                                    QHeaderView.ResizeMode.Stretch)
        self.requester_view.setToolTip(self.tr("Time per internal client (who asked for the task)"))
        tables = QSplitter(Qt.Orientation.Horizontal, self)
        tables.addWidget(self.share_view)
        tables.addWidget(self.requester_view)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.share_chart)
        charts.addWidget(self.trend_chart)
        shares_tab = QWidget(self)
        lay = QVBoxLayout(shares_tab)
        lay.addWidget(charts, 3)
        lay.addWidget(self.summary_label)
        lay.addWidget(tables, 2)

        # -- time log tab ------------------------------------------------------------
        self.entry_model = TimeEntryModel(self)
        self.entry_view = _table(self.entry_model, self)
        self.entry_view.doubleClicked.connect(lambda _i: self.edit_entry())
        self.add_button = QPushButton(self.tr("Add time…"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_entry)
        log_tab = QWidget(self)
        lay = QVBoxLayout(log_tab)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.entry_view)
        self.entry_view.selectionModel().selectionChanged.connect(self._update_buttons)

        # -- delegable tab -------------------------------------------------------------
        self.delegable_label = QLabel(self)
        self.delegable_label.setWordWrap(True)
        self.delegable_model = DelegableTaskModel(self)
        self.delegable_view = _table(self.delegable_model, self)
        self.delegate_combo = QComboBox(self)
        self.delegate_combo.setEditable(True)
        self.delegate_combo.setMinimumContentsLength(20)
        line_edit = self.delegate_combo.lineEdit()  # there is one: the combo is editable
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Name of a contact or colleague"))
        self.delegate_button = QPushButton(self.tr("Delegate"), self)
        self.delegate_button.clicked.connect(self.delegate_selected)
        self.compose_button = QPushButton(self.tr("Compose e-mail"), self)
        self.compose_button.setToolTip(self.tr("Open your mail program with a message handing the task over: "
                                               "deadline, country, internal client, notes, follow-up"))
        self.compose_button.clicked.connect(self.compose_mail)
        self.colleagues_button = QPushButton(self.tr("Colleagues…"), self)
        self.colleagues_button.setToolTip(self.tr("The people you can delegate to, with their languages and skills"))
        self.colleagues_button.clicked.connect(self.open_colleagues)
        self.delegable_view.selectionModel().selectionChanged.connect(self._fill_delegates)
        delegable_tab = QWidget(self)
        lay = QVBoxLayout(delegable_tab)
        lay.addWidget(self.delegable_label)
        lay.addWidget(self.delegable_view)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Delegate the selected task to:"), self))
        row.addWidget(self.delegate_combo, 1)
        row.addWidget(self.delegate_button)
        row.addWidget(self.compose_button)
        row.addWidget(self.colleagues_button)
        lay.addLayout(row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(shares_tab, self.tr("Shares"))
        self.tabs.addTab(log_tab, self.tr("Time log"))
        self.tabs.addTab(delegable_tab, self.tr("Delegable work"))
        self.tabs.setCornerWidget(documents, Qt.Corner.TopRightCorner)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet(f"color: {theme.css('error')};")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.margin_spin.valueChanged.connect(self._margin_changed)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.zone_changed.connect(lambda _z: self._period_chosen())
        self._period_chosen()

    # -- period ------------------------------------------------------------------
    def set_period(self, period: Period) -> None:
        """Show ``period`` (custom dates)."""
        self.period_combo.setCurrentIndex(self.PERIODS.index("custom"))
        self._show_dates(period)
        self.period = period
        self.reload()

    def _show_dates(self, period: Period) -> None:
        for edit, value in ((self.first_edit, period.first), (self.last_edit, period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)

    def _period_chosen(self) -> None:
        key = self.period_combo.currentData()
        now, zone = self.ctx.now(), self.ctx.zone
        today = now.astimezone(zone).date()
        if key == "this_week":
            self.period = Period.week_of(today)
        elif key == "last_week":
            self.period = Period.week_of(today - dt.timedelta(days=7))
        elif key == "this_month":
            self.period = Period.month_of(today)
        elif key == "last_month":
            self.period = Period.month_of(today.replace(day=1) - dt.timedelta(days=1))
        custom = key == "custom"
        self.first_edit.setEnabled(custom)
        self.last_edit.setEnabled(custom)
        self._show_dates(self.period)
        self.reload()

    def _custom_dates_changed(self) -> None:
        first: dt.date = self.first_edit.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last_edit.date().toPython()  # type: ignore[assignment]
        if last < first:
            self.status_label.setText(self.tr("The period ends before it starts."))
            return
        self.period = Period(first, last)
        self.reload()

    def _margin_changed(self, value: float) -> None:
        self.ctx.settings.setValue(MARGIN_KEY, value)
        self.reload()

    def _on_data_changed(self, table: str) -> None:
        if table not in WATCHED:
            return
        if self.isVisible():
            self.reload()  # one emission per edit: a reload per edit, on the page the user sees
        else:
            self._stale = True  # reloaded when shown again

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.status_label.clear()
        store, zone, now = self.ctx.store, self.ctx.zone, self.ctx.now()
        lang = current_language()
        report = shares.compute_shares(store, self.period, zone, now, self.margin_spin.value())
        self.share_model.names = {r.code: country_name(r.code, lang) for r in report.rows}
        self.share_model.set_rows(report.rows)
        self.share_chart.set_report(report)
        self.trend_chart.set_points(shares.weekly_trend(store, self.period.last, zone, now),
                                    shares.countries(store))
        self.summary_label.setText(self._summary(report))
        start, end = self.period.bounds(zone)
        self.entry_model.zone, self.entry_model.now = zone, now
        self.entry_model.set_rows(timelog.list_entries(store, start, end))
        delegable = shares.delegable_work(store, self.period, zone, now)
        self.delegable_model.zone = zone
        self.delegable_model.set_rows(delegable.tasks)
        self.delegable_label.setText(self._delegable_text(delegable))
        self.requester_model.set_rows(shares.time_per_requester(store, self.period, zone, now))
        self._update_buttons()
        self._fill_delegates()

    def _summary(self, report: shares.ShareReport) -> str:
        agreed = float(sum(r.target for r in report.rows if r.target is not None))  # 0 when none is agreed
        warning = self.tr("The agreed shares add up to {0} %: more than 100 %.").format(
            QLocale().toString(agreed, "f", 1))
        over = "" if agreed <= 100.0 + 1e-9 else f" <span style='color:{theme.css('error')}'><b>⚠ {warning}</b></span>"
        return self._logged_summary(report) + over

    def _logged_summary(self, report: shares.ShareReport) -> str:
        if not report.total_seconds:
            return self.tr("No time logged in this period. Start the timer from the toolbar or add time in the Time log tab.")
        text = self.tr("{0} logged from {1} to {2}.").format(
            hours_text(report.total_seconds), QLocale().toString(self.first_edit.date(), QLocale.FormatType.LongFormat),
            QLocale().toString(self.last_edit.date(), QLocale.FormatType.LongFormat))
        under = [self.share_model.names.get(r.code, r.code) for r in report.under_served]
        if under:
            text += " " + self.tr("<b>Under-served:</b> {0}.").format(", ".join(under))
        return text

    def _delegable_text(self, rep: shares.DelegableReport) -> str:
        text = self.tr("Time on delegable tasks (urgent, not important): {0} — {1:.0f} % of logged time, "
                       "{2} per day with logged time.").format(
            hours_text(rep.delegable_seconds), rep.share, hours_text(rep.per_day.total_seconds()))
        if rep.warning:
            text = f"<span style='color:{theme.css('error')}'><b>⚠ " + self.tr(
                "More than 40 % of a 10-hour day goes to work others could do. Delegate some of it.") + \
                "</b></span><br>" + text
        if not rep.tasks:
            text += "<br>" + self.tr("No open task to delegate right now.")
        return text

    # -- time log ----------------------------------------------------------------
    def selected_entry(self) -> timelog.EntryRow | None:
        rows = self.entry_view.selectionModel().selectedRows()
        return self.entry_model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_entry(self) -> TimeEntryDialog:
        from regionmgr.ui.time.time_entry_dialog import TimeEntryDialog

        self.entry_dialog = TimeEntryDialog(self.ctx, None, self)
        self.entry_dialog.open()
        return self.entry_dialog

    def edit_entry(self) -> TimeEntryDialog | None:
        from regionmgr.ui.time.time_entry_dialog import TimeEntryDialog

        entry = self.selected_entry()
        if entry is None:
            return None
        self.entry_dialog = TimeEntryDialog(self.ctx, entry, self)
        self.entry_dialog.open()
        return self.entry_dialog

    def delete_entry(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        store, entry_id = self.ctx.store, entry.id
        return self.ctx.run(self.tr("Delete time entry"),
                            lambda: operations.delete_entries(store, [entry_id])) is not None

    # -- delegation --------------------------------------------------------------
    def selected_delegable(self) -> str | None:
        rows = self.delegable_view.selectionModel().selectedRows()
        return self.delegable_model.index(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _fill_delegates(self) -> None:
        task_id = self.selected_delegable()
        typed = self.delegate_combo.currentText()
        self.delegate_combo.clear()
        if task_id:
            listed = set()
            for hint in colleagues.suggest(self.ctx.store, task_id):  # the best fit first
                self.delegate_combo.addItem(hint.name, None)
                last = self.delegate_combo.count() - 1
                self.delegate_combo.setItemData(last, hint.colleague.email, EMAIL_ROLE)
                self.delegate_combo.setItemData(last, self._hint_text(hint), Qt.ItemDataRole.ToolTipRole)
                listed.add(hint.name.casefold())
            for name, cid in shares.delegate_candidates(self.ctx.store, task_id):
                if name.casefold() not in listed:
                    self.delegate_combo.addItem(name, cid)
        self.delegate_combo.setEditText(typed if typed and self.delegate_combo.findText(typed) < 0 else
                                        self.delegate_combo.itemText(0) if self.delegate_combo.count() else "")
        self.delegate_button.setEnabled(task_id is not None)
        self.compose_button.setEnabled(task_id is not None)

    def _hint_text(self, hint: colleagues.Suggestion) -> str:
        """Why a colleague is suggested, for the delegate box's tooltip."""
        parts = [self.tr("Speaks the country's language") if hint.speaks else self.tr("Does not speak the country's language")]
        if hint.skills:
            parts.append(self.tr("Skills: {0}").format(", ".join(hint.skills)))
        parts.append(self.tr("%n open task(s) already delegated", "", hint.open_delegated))
        return "\n".join(parts)

    def compose_mail(self) -> str | None:
        """Open the mail program with the message handing the selected task to the person in the box
        (their address when known, or the address typed). Returns the mailto: link, None if refused."""
        task_id = self.selected_delegable()
        if task_id is None:
            return None
        name = self.delegate_combo.currentText().strip()
        index = self.delegate_combo.findText(name)
        address = (self.delegate_combo.itemData(index, EMAIL_ROLE) if index >= 0 else None) or ""
        who = name
        if not address and "@" in name:  # an address typed in the box: checked by the core
            address, who = name, ""
        elif not address:
            address = delegation_mail.address_for(self.ctx.store, name)
        try:
            url = delegation_mail.delegation_mailto(self.ctx.store, task_id, address, current_language(),
                                                    self.ctx.zone, who)
        except ValidationError as exc:
            self.status_label.setText(self.ctx.describe_error(exc))
            return None
        self.status_label.clear()
        self.open_url(url)
        return url

    def open_colleagues(self) -> ColleaguesDialog:
        from regionmgr.ui.time.colleagues_dialog import ColleaguesDialog

        if self.colleagues_dialog is None:
            self.colleagues_dialog = ColleaguesDialog(self.ctx, self)
        self.colleagues_dialog.show()
        self.colleagues_dialog.raise_()
        return self.colleagues_dialog

    # -- agreed shares -----------------------------------------------------------
    def set_agreed_share(self, country_id: str, value: float | None) -> bool:
        """Save a country's agreed share (one undoable step); a bad value is said and changes nothing."""
        try:
            checked = shares.check_agreed_share(value)
        except ValidationError as exc:
            self.status_label.setText(self.ctx.describe_error(exc))
            return False
        self.status_label.clear()
        store = self.ctx.store
        return self.ctx.run(self.tr("Set agreed share"),
                            lambda: shares.set_agreed_share(store, country_id, checked)) is not None

    def delegate_selected(self) -> bool:
        """Hand the selected task to the person in the box (one undoable step)."""
        task_id = self.selected_delegable()
        if task_id is None:
            return False
        name = self.delegate_combo.currentText()
        index = self.delegate_combo.findText(name)
        contact_id = self.delegate_combo.itemData(index) if index >= 0 else None
        try:  # the one delegate operation's checks, said here at once (no name, a name too long)
            who = task_rules.delegate_name(name)
        except ValidationError as exc:
            self.status_label.setText(self.ctx.describe_error(exc))
            return False
        store, ids, now, zone = self.ctx.store, [task_id], self.ctx.now(), self.ctx.zone
        return self.ctx.run(  # the default follow-up date, as from the Tasks page
            self.tr("Delegate to {0}").format(who),
            lambda: task_operations.delegate_tasks(store, ids, who, contact_id, None, now, zone)) is not None

    # -- documents ---------------------------------------------------------------
    def open_report(self) -> ReportDialog:
        from regionmgr.ui.time.report_dialog import ReportDialog

        self.report_dialog = ReportDialog(self.ctx, self.period, self.margin_spin.value(), self)
        self.report_dialog.open()
        return self.report_dialog

    def open_handover(self) -> HandoverDialog:
        from regionmgr.ui.time.handover_dialog import HandoverDialog

        self.handover_dialog = HandoverDialog(self.ctx, self)
        self.handover_dialog.open()
        return self.handover_dialog

