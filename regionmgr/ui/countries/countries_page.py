"""The Countries page: everything needed to prepare a call with one country, on one page.

Left: the region's countries (a green mark when it is working time there now),
in the user's order (drag one to its place, or Move up / Move down: Alt+Up /
Alt+Down or the context menu; saved at once, one undo step each), with "Add
country" from the full ISO 3166 list named in the UI language. Right:
the chosen country's local time, working-hours state, next public holidays and
settings; its notes (cultural context, procedures, other) in Markdown beside
their rendered view; its contacts; its open tasks; and the refresher pack. At
the top, a search over every country's notes and contacts.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import lookup, operations
from regionmgr.core.countries import region as core
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.countries.contact_panel import ContactsPanel
from regionmgr.ui.countries.country_detail import CountryHeader, validation_messages
from regionmgr.ui.countries.country_models import (
    CODE_ROLE,
    ID_ROLE,
    CountryChoiceModel,
    CountryListModel,
    OpenTasksModel,
)
from regionmgr.ui.countries.note_editor import NotesPanel
from regionmgr.ui.countries.refresher_dialog import RefresherDialog
from regionmgr.ui.countries.search_panel import SearchPanel


class AccentFoldingFilter(QSortFilterProxyModel):
    """Keeps the countries the typed text names, best first (``core.countries.lookup.match_rank``).

    Case and accents are ignored; ISO codes ("MA", "ARE"), abbreviations ("UAE", "UK", "KSA") and
    the English and French names all count, whatever the UI language: "emirats" finds "Émirats
    arabes unis", "ma" finds "Malta" and "Morocco (MA)" but not "Bahamas".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.lang = current_language()
        self._ranks: dict[int, int] = {}

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._set(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set(text)
            self.invalidateFilter()
        self.sort(-1)  # the ranks changed: sort again (sorting by the same column would do nothing)
        self.sort(0)

    def _set(self, text: str) -> None:
        self.needle = lookup.fold(text)
        source = self.sourceModel()
        self._ranks = {}
        for row in range(source.rowCount() if source is not None else 0):
            rank = lookup.match_rank(source.index(row, 0).data(CODE_ROLE) or "", text, self.lang)
            if rank is not None:
                self._ranks[row] = rank

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt override
        return not self.needle or row in self._ranks

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt override
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return (self._ranks.get(left.row(), 9), left.row()) < (self._ranks.get(right.row(), 9), right.row())


class AddCountryDialog(QDialog):
    """Choose a country from the ISO 3166 list (names in the UI language)."""

    def __init__(self, taken: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a country"))
        self.model = CountryChoiceModel(current_language(), taken, self)
        self.proxy = AccentFoldingFilter(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type a country name…"))
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(380, 480)

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.flags(index) & Qt.ItemFlag.ItemIsEnabled:
                self.view.setCurrentIndex(index)
                break

    def chosen_code(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not (self.proxy.flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return None
        return index.data(CODE_ROLE)


class CountriesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.country: core.CountryRow | None = None
        self.add_dialog: AddCountryDialog | None = None
        self.refresher: RefresherDialog | None = None
        self.confirm_box: QMessageBox | None = None

        layout = QVBoxLayout(self)
        self.search = SearchPanel(ctx, self)
        self.search.hit_activated.connect(self.show_hit)
        layout.addWidget(self.search)

        # Left: the region's countries.
        self.list_model = CountryListModel(ctx, self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Reorder by dragging a country to its new place, or with Move up / Move down (Alt+Up / Alt+Down,
        # or the list's context menu).
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setDropIndicatorShown(True)
        self.move_up_action = self._list_action(self.tr("Move up"), Qt.Key.Key_Up, -1)
        self.move_down_action = self._list_action(self.tr("Move down"), Qt.Key.Key_Down, 1)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._on_current(cur))
        self.list_model.modelReset.connect(self._after_reset)
        self.add_button = QPushButton(self.tr("Add country…"), self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the country with its notes and contacts (can be undone)"))
        self.remove_button.clicked.connect(self.confirm_remove)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Countries</b>"), left))
        left_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        self.empty_label = QLabel(self.tr("No country yet: add the countries of your region."), left)
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)

        # Right: one country.
        self.header = CountryHeader(ctx, self)
        self.notes = NotesPanel(ctx, self)
        self.contacts = ContactsPanel(ctx, self)
        self.tasks_model = OpenTasksModel(ctx, self)
        self.tasks_view = QTableView(self)
        self.tasks_view.setModel(self.tasks_model)
        self.tasks_view.verticalHeader().hide()
        self.tasks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tasks_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tasks_view.horizontalHeader().resizeSection(2, 110)
        self.tasks_view.setWordWrap(True)
        self.tasks_view.setToolTip(self.tr("Double-click a task to open it in the task list"))
        self.tasks_view.doubleClicked.connect(self.open_task)
        self.refresher_button = QPushButton(self.tr("Refresher pack…"), self)
        self.refresher_button.setToolTip(self.tr("Export, print and log the procedures sent to correspondents"))
        self.refresher_button.clicked.connect(self.open_refresher)
        self.notes.button_bar.insertWidget(3, self.refresher_button)

        tasks_box = QWidget(self)
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        self.tasks_label = QLabel(self.tr("<b>Open tasks</b>"), tasks_box)
        self.timer_button = QPushButton(self.tr("Start timer"), tasks_box)
        self.timer_button.setToolTip(self.tr("Log time for this country (one timer at a time)"))
        self.timer_button.clicked.connect(self.start_timer)
        tasks_head = QHBoxLayout()
        tasks_head.addWidget(self.tasks_label, 1)
        tasks_head.addWidget(self.timer_button)
        tasks_layout.addLayout(tasks_head)
        tasks_layout.addWidget(self.tasks_view)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.contacts)
        bottom.addWidget(tasks_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([620, 380])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.notes)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([320, 260])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(body, 1)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([190, 1000])
        layout.addWidget(main, 1)

        self.find_action = QAction(self.tr("Search notes and contacts"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(30_000)
        self.clock_timer.timeout.connect(self.list_model.refresh_clock)
        self.clock_timer.start()
        ctx.zone_changed.connect(lambda _z: self.list_model.refresh_clock())
        self._after_reset()

    def _list_action(self, text: str, key: Qt.Key, step: int) -> QAction:
        action = QAction(text, self.list_view)
        action.setShortcut(QKeySequence(QKeyCombination(Qt.KeyboardModifier.AltModifier, key)))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: self.move_current(step))
        self.list_view.addAction(action)
        return action

    def move_current(self, step: int) -> bool:
        """Move the country shown one place up (-1) or down (1): saved at once, one undo step."""
        if self.country is None:
            return False
        return self.list_model.move_by(self.country.id, step)

    def start_timer(self) -> bool:
        """Start the toolbar timer on the country shown (stops any other timer)."""
        timer = getattr(self.window(), "timer_widget", None)
        if self.country is None or timer is None:
            return False
        return timer.start_for_country(self.country.id)

    def focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    # -- selection ----------------------------------------------------------------
    def _on_current(self, current: QModelIndex) -> None:
        country_id = current.data(ID_ROLE) if current.isValid() else None
        self._show(country_id)

    def _show(self, country_id: str | None) -> None:
        self.country = core.get_country(self.ctx.store, country_id) if country_id else None
        self.header.set_country(self.country)
        cid = self.country.id if self.country else None
        if self.notes.country_id != cid:
            self.notes.set_country(cid)
        if self.contacts.country_id != cid:
            self.contacts.set_country(cid)
        self.tasks_model.set_country(cid, self.country.timezone if self.country else "UTC")
        self.tasks_label.setText(self.tr("<b>Open tasks</b> ({0})").format(self.tasks_model.rowCount()))
        self.refresher_button.setEnabled(cid is not None)
        self.remove_button.setEnabled(cid is not None)
        self.timer_button.setEnabled(cid is not None)
        row = self.list_model.row_of(cid) if cid else -1
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < self.list_model.rowCount() - 1)

    def _after_reset(self) -> None:
        empty = self.list_model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.header.empty_hint = (
            self.tr("Add the countries of your region with “Add country…” (bottom left).") if empty else ""
        )
        wanted = self.country.id if self.country else None
        row = self.list_model.row_of(wanted) if wanted else -1
        if row < 0 and self.list_model.rowCount():
            row = 0
        if row >= 0:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.list_model.index(row))
            self.list_view.selectionModel().blockSignals(False)
            self._show(self.list_model.rows[row].id)
        else:
            self._show(None)

    def select_country(self, country_id: str) -> bool:
        row = self.list_model.row_of(country_id)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.list_model.index(row))
        if self.country is None or self.country.id != country_id:
            self._show(country_id)
        return True

    def select_code(self, code: str) -> bool:
        row = next((r for r in self.list_model.rows if r.code == code.upper()), None)
        return self.select_country(row.id) if row else False

    def show_hit(self, hit) -> None:
        """Go to a search hit: its country, then the note or the contact."""
        self.select_country(hit.country_id)
        if hit.kind == "note":
            self.notes.select_note(hit.ref_id)
        else:
            model = self.contacts.model
            row = next((i for i, c in enumerate(model.rows) if c.id == hit.ref_id), -1)
            if row >= 0:
                self.contacts.table.setCurrentIndex(model.index(row, 0))

    def open_task(self, index: QModelIndex) -> bool:
        """Show a task in the task list (when the page sits in the main window)."""
        task_id = index.data(ID_ROLE) if index.isValid() else None
        window = self.window()  # the main window's API, reached by name: this room cannot import the shell
        show_page = getattr(window, "show_page", None)
        if not task_id or not callable(show_page):
            return False
        show_page("tasks")
        select = getattr(getattr(window, "pages", {}).get("tasks"), "select_task", None)
        if callable(select):
            select(task_id)
        return True

    # -- adding and removing ----------------------------------------------------
    def open_add_dialog(self) -> AddCountryDialog:
        dialog = AddCountryDialog({r.code for r in self.list_model.rows}, self)
        dialog.accepted.connect(lambda: self._add_chosen(dialog))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _add_chosen(self, dialog: AddCountryDialog) -> None:
        code = dialog.chosen_code()
        if code:
            self.add_country(code)

    def add_country(self, code: str) -> str | None:
        """Add the country of ISO code ``code`` (one undo step) and show it; its id, or None
        (bad code, already there: ``error_raised`` says why)."""
        store, messages = self.ctx.store, validation_messages()
        name = core.country_name(code.strip().upper(), current_language())
        outcome = self.ctx.run(self.tr("Add {0}").format(name), lambda: operations.add_country(store, code, messages))
        if outcome is None:
            return None
        country_id = str(outcome.result)
        self.select_country(country_id)
        return country_id

    def confirm_remove(self) -> None:
        if self.country is None:
            return
        name = core.country_name(self.country.code, current_language())
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove country"),
            self.tr("Remove {0} with its notes and contacts? (Edit > Undo brings it back.)").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )
        country_id = self.country.id
        box.accepted.connect(lambda: self.remove_country(country_id))
        box.open()
        self.confirm_box = box

    def remove_country(self, country_id: str) -> None:
        row = next((r for r in self.list_model.rows if r.id == country_id), None)
        if row is None:
            return
        name = core.country_name(row.code, current_language())
        store = self.ctx.store
        self.ctx.run(self.tr("Remove {0}").format(name), lambda: operations.remove_countries(store, [country_id]))

    # -- refresher ---------------------------------------------------------------
    def open_refresher(self) -> RefresherDialog | None:
        if self.country is None:
            return None
        self.notes.flush()
        dialog = RefresherDialog(self.ctx, self.country.id, self)
        dialog.show()
        self.refresher = dialog
        return dialog
