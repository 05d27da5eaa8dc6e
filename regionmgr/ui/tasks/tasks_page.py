"""The Tasks page: quick capture, filters and search over the one task list, a detail pane, "waiting for".

Paint first, load after: the page is built with every part in place (capture line,
filters, list) but no rows, so nothing moves once it shows; once the window has painted
it shows the soonest-due tasks (one index read) and reads the whole list in a
worker thread. Space completes the selected tasks, Delete deletes them; bulk
changes (done, quadrant) are one undoable step each.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.fold_row import FoldRow
from regionmgr.ui.tasks.column_chooser import ColumnChooser
from regionmgr.ui.tasks.task_detail import TaskDetailPane
from regionmgr.ui.tasks.task_model import (
    COL_CHANNEL,
    COL_COUNTRY,
    COL_DELEGATED,
    COL_DUE,
    COL_QUADRANT,
    COL_REQUESTER,
    COL_STATUS,
    COL_TITLE,
    TaskIdRole,
    TaskTableModel,
    quadrant_names,
)
from regionmgr.ui.tasks.task_texts import channel_names
from regionmgr.ui.tasks.waiting_model import WaitingForModel

if TYPE_CHECKING:
    from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

# The status filter: the active ones (open, waiting, and any status this version does not know),
# each status of the vocabulary, or all.
STATUS_CHOICES = ("active", *tl.STATUSES, "all")
DETAIL_SHARE = 0.3  # of the page's width, for the detail pane when the page first shows
PARK_SHORTCUT = "Ctrl+Shift+M"  # park (or unpark) the selected tasks for the next meeting


MIN_TITLE_WIDTH = 180  # below this the list scrolls sideways rather than squeeze the titles


class TaskListView(QTableView):
    """A flat list where Space completes and Delete deletes.

    A table view, not a tree view: after a reset a QTreeView lays out an item per
    row (~150 ms at 100k rows), a QTableView with fixed row heights does not (~5 ms).
    """

    def __init__(self, page: TasksPage):
        super().__init__(page)
        self.page = page
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        # Always there: it doesn't appear when the whole list arrives and narrow the columns (a jump).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSortingEnabled(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.page._fit_title()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            self.page.toggle_done_selected()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            self.page.delete_selected()  # asks first when more than one task is selected
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if self.page.selected_ids():
            self.page.context_menu().exec(event.globalPos())


class TasksPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, autoload: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.capture_bar: QuickCaptureBar | None = None  # optional module, imported when built
        self.model = TaskTableModel(ctx, self)
        self.waiting_model = WaitingForModel(self.model, self)

        # Quick capture sits above the list; built with the page (last: its place in the tab order), so
        # the first frame has it in place. Its date parser loads only when the user heads for it.
        self.capture_slot = QVBoxLayout()
        self.capture_slot.setContentsMargins(0, 0, 0, 0)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles, notes and people"))
        self.search_edit.setToolTip(self.tr("Titles, notes, requesters and delegates; case and accents ignored"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_search)
        self.country_box = QComboBox()
        self.country_box.setToolTip(self.tr("Country"))
        self.country_box.addItem(self.tr("All countries"), None)
        self.country_box.activated.connect(lambda _i: self.model.set_filter(country=self.country_box.currentData()))
        self.quadrant_box = QComboBox()
        self.quadrant_box.setToolTip(self.tr("Quadrant"))
        self.quadrant_box.addItem(self.tr("All quadrants"), None)
        for number, name in enumerate(quadrant_names()):
            self.quadrant_box.addItem(name, number)
        self.quadrant_box.activated.connect(lambda _i: self.model.set_filter(quadrant=self.quadrant_box.currentData()))
        self.status_box = QComboBox()
        self.status_box.setToolTip(self.tr("Status"))
        labels = {"active": self.tr("Open and waiting"), tl.OPEN: self.tr("Open"), tl.WAITING: self.tr("Waiting"),
                  tl.DONE: self.tr("Done"), tl.DROPPED: self.tr("Dropped"), "all": self.tr("All statuses")}
        for key in STATUS_CHOICES:
            self.status_box.addItem(labels[key], key)
        self.status_box.activated.connect(lambda _i: self.model.set_filter(status=self.status_box.currentData()))
        self.overdue_box = QCheckBox(self.tr("Overdue"))
        self.overdue_box.toggled.connect(lambda on: self.model.set_filter(overdue=on))
        self.week_box = QCheckBox(self.tr("Due this week"))
        self.week_box.toggled.connect(lambda on: self.model.set_filter(due_this_week=on))
        self.waiting_box = QCheckBox(self.tr("Delegated"))
        self.waiting_box.setToolTip(self.tr("Only tasks delegated to someone and not finished"))
        self.waiting_box.toggled.connect(lambda on: self.model.set_filter(waiting_for=on))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for w in (self.country_box, self.quadrant_box, self.status_box, self.overdue_box, self.week_box,
                  self.waiting_box):
            filters.addWidget(w)
        # Who asked, how, and what waits for the next meeting.
        self.channel_box = QComboBox()
        self.channel_box.setToolTip(self.tr("How the request arrived"))
        self.channel_box.addItem(self.tr("All channels"), None)
        for key, name in channel_names().items():
            self.channel_box.addItem(name, key)
        self.channel_box.activated.connect(lambda _i: self.model.set_filter(channel=self.channel_box.currentData()))
        self.requester_box = QComboBox()
        self.requester_box.setToolTip(self.tr("Requester (internal client)"))
        self.requester_box.activated.connect(
            lambda _i: self.model.set_filter(requester=self.requester_box.currentData()))
        self.delegate_filter = QComboBox()
        self.delegate_filter.setToolTip(self.tr("Delegated to"))
        self.delegate_filter.activated.connect(
            lambda _i: self.model.set_filter(delegate=self.delegate_filter.currentData()))
        for box in (self.requester_box, self.delegate_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        self._fill_people()
        self.parked_box = QCheckBox(self.tr("Parked"))
        self.parked_box.setToolTip(self.tr("Only tasks parked for the next meeting"))
        self.parked_box.toggled.connect(lambda on: self.model.set_filter(parked=on))
        self.interruptions_button = QPushButton(self.tr("Spontaneous requests…"))
        self.interruptions_button.setAutoDefault(False)
        self.interruptions_button.setToolTip(self.tr(
            "Requests that came between meetings, per week, channel and country"))
        self.interruptions_button.clicked.connect(self.show_interruptions)
        self.interruptions_dialog: QWidget | None = None
        people = QHBoxLayout()
        for w in (self.requester_box, self.delegate_filter, self.channel_box, self.parked_box):
            people.addWidget(w)
        people.addStretch(1)
        people.addWidget(self.interruptions_button)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("All tasks"))
        self.tabs.addTab(self.tr("Waiting for"))
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._show_tab)

        self.view = TaskListView(self)
        self.view.setModel(self.model)
        self.view.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._column_resized)
        metrics = self.view.fontMetrics()  # the longest quadrant name fits ("À faire maintenant")
        quadrant_width = max(90, *(metrics.horizontalAdvance(n) + 16 for n in quadrant_names()))
        for col, width in ((COL_COUNTRY, 60), (COL_REQUESTER, 120), (COL_QUADRANT, quadrant_width), (COL_DUE, 130),
                           (COL_STATUS, 70), (COL_DELEGATED, 100), (COL_CHANNEL, 64)):
            header.resizeSection(col, width)
        # Right-click on the header: which columns show (Requester and Channel hidden at first).
        self.columns = ColumnChooser(header, ctx.settings, self)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.waiting_view = QTreeView(self)
        self.waiting_view.setRootIsDecorated(False)
        self.waiting_view.setUniformRowHeights(True)
        self.waiting_view.setModel(self.waiting_model)
        self.waiting_view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.waiting_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.waiting_view.header().setStretchLastSection(False)
        self.waiting_view.selectionModel().currentChanged.connect(
            lambda current, _prev: self.detail.show_task(current.data(TaskIdRole)))
        self.lists = QStackedWidget()
        self.lists.addWidget(self.view)
        self.lists.addWidget(self.waiting_view)

        self.count_label = QLabel()
        # After a delete: "Deleted N tasks — Undo" until another step is done or undone.
        self.deleted_label = QLabel()
        self.deleted_label.linkActivated.connect(self._undo_delete)
        self.deleted_label.hide()
        self._deleted_at = -1  # the undo stack's index right after the delete
        self.confirmation: QMessageBox | None = None
        ctx.undo_stack.indexChanged.connect(self._stack_moved)  # any later step or undo: stale
        self.done_button = QToolButton()
        self.done_button.setText(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Complete the selected tasks (Space)"))
        self.done_button.clicked.connect(self.toggle_done_selected)
        # A push button with a menu: the style keeps room for the arrow (a tool button in instant-popup
        # mode draws it over the end of the label: "Déplacer vers le quadrant").
        self.quadrant_button = QPushButton(self.tr("Move to quadrant"))
        self.quadrant_button.setAutoDefault(False)
        menu = QMenu(self.quadrant_button)
        for number, name in enumerate(quadrant_names()):
            action = QAction(name, menu)
            action.triggered.connect(lambda _c=False, q=number: self.set_quadrant_selected(q))
            menu.addAction(action)
        self.quadrant_button.setMenu(menu)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected tasks (Delete); Ctrl+Z brings them back"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.timer_button = QToolButton()
        self.timer_button.setText(self.tr("Start timer"))
        self.timer_button.setToolTip(self.tr("Log time on the selected task (one timer at a time)"))
        self.timer_button.clicked.connect(self.start_timer)
        for button in (self.done_button, self.quadrant_button, self.delete_button, self.timer_button):
            # Never squeezed below their text ("Démarr…chrono" at 1024 px): the list gives way instead.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, button.sizePolicy().verticalPolicy())
        self.park_action = QAction(self.tr("Park for the next meeting"), self)
        self.park_action.setShortcut(QKeySequence(PARK_SHORTCUT))
        self.park_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.park_action.setToolTip(self.tr("Put the selected requests on their country's next meeting agenda "
                                            "(again: take them off)"))
        self.park_action.triggered.connect(self.toggle_park_selected)
        self.addAction(self.park_action)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.deleted_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.timer_button, self.done_button, self.quadrant_button, self.delete_button):
            buttons.addWidget(b)
        # The count beside the buttons, or above them when the list is narrow (French, 1024 px).
        bottom = FoldRow(counts, buttons, stretch=(1, 0))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs)
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(bottom)
        self.detail: TaskDetailPane = TaskDetailPane(ctx, self)  # declared: used in a slot above
        self.detail.delete_requested.connect(self.delete_tasks)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._split_done = False  # the first show gives the detail pane its share of the width

        layout = QVBoxLayout(self)
        layout.addLayout(self.capture_slot)
        layout.addLayout(filters)
        layout.addLayout(people)
        layout.addWidget(self.splitter, 1)

        self.model.modelReset.connect(self._show_count)
        self.waiting_model.modelReset.connect(self._waiting_reset)
        self.model.rows_loaded.connect(self._fill_countries)
        self.model.rows_loaded.connect(lambda _n: self._fill_people())
        ctx.data_changed.connect(self._on_data_changed)
        self.model.rows_loaded.connect(self._show_count)
        self.model.failed.connect(lambda _message: self.model.load())  # read it here instead
        self._show_count()
        self._build_capture_bar()
        if autoload:
            QTimer.singleShot(0, self._load_after_paint)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._split_done:
            self._split_done = True
            total = sum(self.splitter.sizes()) or self.splitter.width()
            detail = max(self.detail.minimumSizeHint().width(), int(total * DETAIL_SHARE))
            self.splitter.setSizes([max(0, total - detail), detail])

    # -- loading --------------------------------------------------------------------------
    def _load_after_paint(self) -> None:
        self.model.load_first_page()
        self.model.load_in_background()

    def load_now(self) -> None:
        """Load the whole list on this thread (tests)."""
        self.model.load()
        self._build_capture_bar()

    def _build_capture_bar(self) -> None:
        if self.capture_bar is not None or importlib.util.find_spec("regionmgr.ui.tasks.quick_capture") is None:
            return
        from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

        self.capture_bar = QuickCaptureBar(self.ctx, self)
        self.capture_bar.task_created.connect(self.select_task)
        self.capture_slot.addWidget(self.capture_bar)

    def quick_capture(self) -> None:
        """File > New task (Ctrl+N): focus the capture line."""
        self._build_capture_bar()
        if self.capture_bar is not None:
            self.capture_bar.focus_capture()

    def _fill_countries(self, _count: int = 0) -> None:
        """The country filter's choices, in the user's order (after a load, and when countries change)."""
        current = self.country_box.currentData()
        self.country_box.clear()
        self.country_box.addItem(self.tr("All countries"), None)
        for rowid, code in self.model.countries():
            self.country_box.addItem(code, rowid)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(current)))
        if self.country_box.currentData() != current:  # the chosen country was deleted: all countries
            self.model.set_filter(country=None)

    def _on_data_changed(self, table: str) -> None:
        if table in ("country", ""):  # the model has re-read the countries (it listens first)
            self._fill_countries()
        if table in ("task", ""):
            self._fill_people()

    def _fill_people(self) -> None:
        """The requester and delegate filters' choices, from the list's rows (kept when still there):
        a set over the loaded tuples (~10 ms at 100k), no query per edit."""
        rows = self.model.all_rows()
        requesters = sorted({r[tl.R_REQUESTER] for r in rows} - {""}, key=str.casefold)
        delegates = sorted({r[tl.R_DELEGATED_TO] for r in rows} - {""}, key=str.casefold)
        for box, names, everyone, field in (
                (self.requester_box, requesters, self.tr("All requesters"), "requester"),
                (self.delegate_filter, delegates, self.tr("All delegates"), "delegate")):
            current = box.currentData()
            if [box.itemData(i) for i in range(1, box.count())] == names:
                continue
            box.clear()
            box.addItem(everyone, None)
            for name in names:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(current)))
            if box.currentData() != current:  # that person is on no task any more
                self.model.set_filter(**{field: None})

    # -- how requests arrive ------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        """The list's context menu: park or unpark, and how the requests arrived."""
        menu = QMenu(self)
        parked = self._all_parked()
        park = menu.addAction(self.tr("Unpark") if parked else self.tr("Park for the next meeting"))
        park.setShortcut(QKeySequence(PARK_SHORTCUT))
        park.triggered.connect(self.toggle_park_selected)
        channels = menu.addMenu(self.tr("Arrived by"))
        for key, name in channel_names().items():
            action = channels.addAction(name)
            action.triggered.connect(lambda _c=False, k=key: self.set_channel_selected(k))
        menu.addSeparator()
        menu.addAction(self.tr("Mark done"), self.toggle_done_selected)
        menu.addAction(self.tr("Delete"), self.delete_selected)
        return menu

    def _all_parked(self) -> bool:
        if self.lists.currentIndex() != 0:
            return False
        rows = [i.row() for i in self.view.selectionModel().selectedRows()]
        return bool(rows) and all(self.model.row_tuple(r)[tl.R_FLAGS] & tl.F_PARKED for r in rows)

    def toggle_park_selected(self) -> None:
        """Park the selected tasks for their country's next meeting (unpark them if all are parked)."""
        ids = self.selected_ids()
        if not ids:
            return
        store, now = self.ctx.store, self.ctx.now()
        if self._all_parked():
            self.ctx.run(self.tr("Unpark %n task(s)", "", len(ids)), lambda: operations.unpark(store, ids))
        else:
            self.ctx.run(self.tr("Park %n task(s) for the next meeting", "", len(ids)),
                         lambda: operations.park_tasks(store, ids, now))

    def set_channel_selected(self, channel: str) -> None:
        ids, store = self.selected_ids(), self.ctx.store
        if ids:
            self.ctx.run(self.tr("Set how %n request(s) arrived", "", len(ids)),
                         lambda: operations.set_channel(store, ids, channel))

    def show_interruptions(self) -> QWidget:
        """The weekly count of spontaneous requests (a dialog, one at a time)."""
        from regionmgr.ui.tasks.interruptions_dialog import InterruptionsDialog

        if self.interruptions_dialog is None or not shiboken6.isValid(self.interruptions_dialog):
            self.interruptions_dialog = InterruptionsDialog(self.ctx, self)
        self.interruptions_dialog.show()
        self.interruptions_dialog.raise_()
        return self.interruptions_dialog

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != COL_TITLE:
            self._fit_title()

    def _fit_title(self) -> None:
        """The Title takes the room the other columns leave, but never less than MIN_TITLE_WIDTH:
        below that the list scrolls sideways (titles stay readable on a small screen)."""
        view = getattr(self, "view", None)
        if view is None:
            return
        header = view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != COL_TITLE and not header.isSectionHidden(c))
        room = view.viewport().width() - others
        wanted = QHeaderView.ResizeMode.Interactive if room < MIN_TITLE_WIDTH else QHeaderView.ResizeMode.Stretch
        if header.sectionResizeMode(COL_TITLE) != wanted:
            header.setSectionResizeMode(COL_TITLE, wanted)
        if wanted == QHeaderView.ResizeMode.Interactive and header.sectionSize(COL_TITLE) != MIN_TITLE_WIDTH:
            header.resizeSection(COL_TITLE, MIN_TITLE_WIDTH)

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.tabs.currentIndex() == 1:  # the Waiting-for tab counts its own rows
            text = self.tr("%n task(s) shown", "", self.waiting_model.rowCount())
        elif self.model.complete or shown == 0:
            text = self.tr("%n task(s) shown", "", shown)
            if self.model.notice():  # a task whose stored dates can't be read back: left out, said so
                text += " — " + self.model.notice()
        else:
            text = self.tr("Loading the list…")
        self.count_label.setText(text)
        if self.detail.task_id is not None and self.tabs.currentIndex() == 0:
            row = self.model.row_of(self.detail.task_id)
            if row >= 0:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def _show_tab(self, index: int) -> None:
        self.lists.setCurrentIndex(index)
        self.waiting_model.active = index == 1
        if index == 1:
            self.waiting_model.refresh()  # its reset shows the count and syncs the detail pane
            return
        if self.detail.task_id is not None and self.model.row_of(self.detail.task_id) >= 0:
            self.select_task(self.detail.task_id)
        else:
            self._selection_changed()
        self._show_count()

    def _waiting_reset(self) -> None:
        """The detail pane keeps its task only if the Waiting-for list still shows it (selected there)."""
        if self.tabs.currentIndex() != 1:
            return
        self._show_count()
        row = self.waiting_model.row_of(self.detail.task_id) if self.detail.task_id is not None else -1
        if row >= 0:
            self.waiting_view.selectionModel().setCurrentIndex(
                self.waiting_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.detail.show_task(None)

    # -- selection and bulk edits ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        view = self.lists.currentWidget()
        assert isinstance(view, QAbstractItemView)
        if view is self.view:
            return self.model.task_ids([i.row() for i in view.selectionModel().selectedRows()])
        return [i.data(TaskIdRole) for i in view.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.detail.show_task(rows[0].data(TaskIdRole) if len(rows) == 1 else None)

    def select_task(self, task_id: str) -> None:
        row = self.model.row_of(task_id)
        self.detail.show_task(task_id)
        if row >= 0:
            index: QModelIndex = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def start_timer(self) -> bool:
        """Start the toolbar timer on the selected task (stops any other timer)."""
        ids = self.selected_ids()
        timer = getattr(self.window(), "timer_widget", None)
        if len(ids) != 1 or timer is None:
            return False
        return timer.start_for_task(ids[0])

    def toggle_done_selected(self) -> None:
        """Space: complete the selected tasks (reopen them if all are done already)."""
        ids = self.selected_ids()
        if not ids:
            return
        store, now = self.ctx.store, self.ctx.now()
        rows = [i.row() for i in self.view.selectionModel().selectedRows()] if self.lists.currentIndex() == 0 else []
        if rows and all(self.model.row_tuple(r)[tl.R_STATUS] == tl.DONE_CODE for r in rows):
            self.ctx.run(self.tr("Reopen %n task(s)", "", len(ids)), lambda: operations.reopen_tasks(store, ids))
        else:
            self.ctx.run(self.tr("Complete %n task(s)", "", len(ids)),
                         lambda: operations.complete_tasks(store, ids, now))

    def set_quadrant_selected(self, quadrant: int) -> None:
        ids, store = self.selected_ids(), self.ctx.store
        if ids:
            self.ctx.run(self.tr("Move %n task(s) to “{0}”", "", len(ids)).format(quadrant_names()[quadrant]),
                         lambda: operations.set_quadrant(store, ids, quadrant))

    def delete_selected(self) -> None:
        """Delete key, Backspace, the Delete button: one task goes at once (with an Undo link); more ask first."""
        ids = self.selected_ids()
        if len(ids) <= 1:
            self.delete_tasks(ids)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete tasks"),
                          self.tr("Delete the %n selected task(s) and their parts?", "", len(ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Edit > Undo (Ctrl+Z) brings them back."))
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete %n task(s)", "", len(ids)))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes.clicked.connect(lambda: self.delete_tasks(ids))
        self.confirmation = box
        box.open()

    def _stack_moved(self, _index: int) -> None:
        # The stack can move while this page is being torn down (an editor saving as it closes):
        # its children may already be gone then.
        if shiboken6.isValid(self.deleted_label):
            self.deleted_label.hide()

    def _undo_delete(self, _link: str = "") -> None:
        if self.ctx.undo_stack.index() == self._deleted_at:
            self.ctx.undo_stack.undo()
        self.deleted_label.hide()

    def delete_tasks(self, ids: list[str]) -> None:
        if not ids:
            return
        if self.detail.task_id in ids:
            self.detail.show_task(None)
        store, ids = self.ctx.store, list(ids)
        if self.ctx.run(self.tr("Delete %n task(s)", "", len(ids)),
                        lambda: operations.delete_tasks(store, ids)) is not None:
            self._deleted_at = self.ctx.undo_stack.index()
            self.deleted_label.setText(self.tr("Deleted %n task(s) — <a href=\"undo\">Undo</a>", "", len(ids)))
            self.deleted_label.show()
