"""The command palette (Ctrl+K): type to find any action, task, country or note, Enter to go there.

Commands are every QAction of the main window with a text (menus, navigation,
and the actions of the pages built so far) and the push buttons of the pages and
toolbars (Add country…, Handover dossier…), read from the widgets themselves so the
list can't drift; they are matched by their words in the UI language or the other
one (from the catalogues), accents ignored. Tasks,
countries and notes come from ``core.palette_index`` over the store's full-text
indexes. Choosing a command triggers the action or clicks the button (after showing its page); choosing a
task, country or note shows its page and, when the page offers it, selects the
item (``select_task``, ``select_country``, ``select_note``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries.region import sort_key
from regionmgr.core.data import palette_index
from regionmgr.ui.common import i18n
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.shell.pages import PAGES

COL_TITLE, COL_KIND, COL_DETAIL = range(3)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_ACTIONS = 12


@dataclass(frozen=True)
class PaletteItem:
    kind: str  # "action" | "task" | "country" | "note"
    title: str
    detail: str
    ref_id: str = ""
    country_id: str | None = None
    action: QAction | None = None
    done: bool = False
    button: QAbstractButton | None = None
    keys: str = ""  # what typed words are matched against (sort keys of both languages' wordings)


def plain_text(action: QAction | QAbstractButton) -> str:
    """An action's text without the mnemonic ampersand and trailing ellipsis."""
    return plain(action.text())


def plain(text: str) -> str:
    """A label without the mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").rstrip(".").strip()


def wordings(text: str) -> str:
    """Sort keys of a label and of its wordings in the other language, to match typed words against."""
    return " | ".join(sort_key(plain(t)) for t in (text, *sorted(i18n.other_wordings(text))))


def owner_label(action: QAction) -> str:
    """The raw label of the button or submenu an action's menu hangs from ("Add note"), or ""."""
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu):
            parent = obj.parent()
            if isinstance(parent, QAbstractButton) and parent.text():
                return parent.text()
            if isinstance(parent, QMenu) and obj.title():
                return obj.title()
    return ""


# Dedicated keys of some keyboards (Help, Undo, Exit...) that Qt's standard bindings add: not worth listing.
_MEDIA_KEYS = {
    Qt.Key.Key_Help, Qt.Key.Key_Exit, Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Find, Qt.Key.Key_New,
    Qt.Key.Key_Open, Qt.Key.Key_Save, Qt.Key.Key_Close, Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste,
    Qt.Key.Key_Back, Qt.Key.Key_Forward, Qt.Key.Key_Refresh, Qt.Key.Key_Reload, Qt.Key.Key_Cancel,
}


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the user types them, without repeats or dedicated media keys."""
    texts: list[str] = []
    for seq in action.shortcuts():
        # PySide6 supports seq[i] (a QKeyCombination), its stubs miss __getitem__
        if seq.isEmpty() or (seq.count() == 1 and seq[0].key() in _MEDIA_KEYS):  # type: ignore[index]
            continue
        text = seq.toString(QKeySequence.SequenceFormat.NativeText)
        if text not in texts:
            texts.append(text)
    return ", ".join(texts)


def window_actions(window: QWidget) -> list[QAction]:
    """The window's actions that do something: with a text, not a submenu, not a separator, no duplicates."""
    seen: set[str] = set()
    out = []
    toggles = {id(bar.toggleViewAction()) for bar in window.findChildren(QToolBar)}
    toggles |= {id(dock.toggleViewAction()) for dock in window.findChildren(QDockWidget)}
    for action in window.findChildren(QAction):
        if id(action) in toggles:  # "show/hide this toolbar": not a command to look for
            continue
        text = plain_text(action)
        if not text or action.isSeparator() or action.menu() is not None:
            continue
        if getattr(action, "palette_hidden", False):
            continue
        key = sort_key(text)
        if key in seen:
            continue
        seen.add(key)
        out.append(action)
    return out


def page_buttons(window: QWidget) -> list[QPushButton]:
    """The push buttons of the window's pages and toolbars that run a command: with a label, not a
    toggle, not a menu, shown where they are (a page's hidden pane's are not), not in a dialog."""
    pages = list(getattr(window, "pages", {}).values())
    out = []
    for button in window.findChildren(QPushButton):
        if (not button.text() or button.isCheckable() or button.menu() is not None
                or button.window() is not window):
            continue
        page = next((p for p in pages if p.isAncestorOf(button)), None)
        if page is None and not button.isVisibleTo(window):
            continue
        if page is not None and not _shown_in_tabs(button, page):
            continue
        out.append(button)
    return out


def _in_other_tab(widget: QWidget) -> bool:
    """Hidden only because another tab of its tab widget is shown."""
    stack = widget.parentWidget()
    return isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget)


def _shown_in_tabs(widget: QWidget, page: QWidget) -> bool:
    """Shown on ``page`` once the right tabs are chosen (no hidden pane on the way)."""
    current: QWidget | None = widget
    while current is not None and current is not page:
        if current.isHidden() and not _in_other_tab(current):
            return False
        current = current.parentWidget()
    return True


def show_tabs_of(widget: QWidget) -> None:
    """Choose every tab on the way to ``widget`` so it is on screen."""
    current = widget.parentWidget()
    child: QWidget = widget
    while current is not None:
        if isinstance(current, QTabWidget):
            for index in range(current.count()):
                tab = current.widget(index)
                if tab is not None and (tab is child or tab.isAncestorOf(child)):
                    current.setCurrentIndex(index)
                    break
        child, current = current, current.parentWidget()


def page_of(window: QWidget, obj: QObject | None) -> str | None:
    """The key of the page an action or widget belongs to (walking parents), or None."""
    pages = getattr(window, "pages", {})
    by_widget = {id(w): k for k, w in pages.items()}
    while obj is not None:
        key = by_widget.get(id(obj))
        if key is not None:
            return key
        obj = obj.parent()
    return None


class PaletteModel(QAbstractTableModel):
    """The palette's results, loaded from the window's actions and the store for a query."""

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.rows: list[PaletteItem] = []
        self.kind_titles = {
            "action": self.tr("Command"),
            "task": self.tr("Task"),
            "country": self.tr("Country"),
            "note": self.tr("Note"),
        }

    # -- loading -------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.rows = self._actions(text) + self._store_hits(text)
        self.endResetModel()

    def commands(self) -> list[PaletteItem]:
        """Every command that can run now: the window's enabled actions, then its pages' buttons."""
        titles = {spec.key: spec.tr_title() for spec in PAGES}
        items: list[PaletteItem] = []
        seen: set[tuple[str, str | None]] = set()
        for action in window_actions(self.window):
            if not action.isEnabled():
                continue
            owner = owner_label(action)
            title = f"{plain(owner)} › {plain_text(action)}" if owner else plain_text(action)
            page = page_of(self.window, action)
            seen.add((sort_key(title), page))
            keys = " | ".join(wordings(t) for t in (action.text(), owner, action.property("palette_name")) if t)
            detail = shortcut_text(action) or titles.get(page or "", "")
            items.append(PaletteItem("action", title, detail, action=action, keys=keys))
        for button in page_buttons(self.window):
            page = page_of(self.window, button)
            title = plain_text(button)
            if not button.isEnabled() or (sort_key(title), page) in seen or (sort_key(title), None) in seen:
                continue
            seen.add((sort_key(title), page))
            items.append(PaletteItem("action", title, titles.get(page or "", ""), button=button,
                                     keys=wordings(button.text())))
        return items

    def _actions(self, text: str) -> list[PaletteItem]:
        words = [sort_key(w) for w in text.split()]
        items = [item for item in self.commands() if all(w in item.keys for w in words)]
        if not words:
            return items
        # Those whose title starts with what is typed first, then those whose other wording does.
        phrase = " ".join(words)
        items.sort(key=lambda item: (not sort_key(item.title).startswith(phrase),
                                     not any(k.startswith(phrase) for k in item.keys.split(" | "))))
        return items[:MAX_ACTIONS]

    def _store_hits(self, text: str) -> list[PaletteItem]:
        if not text.strip():
            return []
        ctx = getattr(self.window, "ctx", None)  # the main window's, set once the store is open
        if not isinstance(ctx, AppContext):
            return []
        hits = palette_index.find(ctx.store, text, i18n.current_language())
        return [PaletteItem(h.kind, h.title, h.detail, h.ref_id, h.country_id, done=h.done) for h in hits]

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                return item.title
            if col == COL_KIND:
                return self.kind_titles.get(item.kind, item.kind)
            return item.detail
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return item.title
        if role == Qt.ItemDataRole.ForegroundRole and item.done:
            return self.window.palette().placeholderText()
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_TITLE:
            return self.tr("{0}: {1}").format(self.kind_titles.get(item.kind, item.kind), item.title)
        if role == KIND_ROLE:
            return item.kind
        if role == ID_ROLE:
            return item.ref_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Kind"), self.tr("Shortcut or country"))[section] if 0 <= section < 3 else None
        return None


class PaletteEdit(QLineEdit):
    """The query field: Up/Down/Page keys move through the results below it."""

    moved = Signal(int)  # +1 / -1 / +10 / -10

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        steps: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        if event.key() in steps:
            self.moved.emit(steps[event.key()])
            return
        super().keyPressEvent(event)


class CommandPalette(QDialog):
    """Type a few letters, move with the arrows, Enter to go. Escape closes it."""

    activated = Signal(str, str)  # kind, id (the action's text for commands)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self._pages_built = False
        self.setWindowTitle(self.tr("Go to anything"))
        self.setAccessibleName(self.tr("Command palette"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.edit = PaletteEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a command, task, country or note…"))
        self.edit.setAccessibleName(self.tr("Search commands, tasks, countries and notes"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.model = PaletteModel(window, self)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Results"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setHeaderHidden(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("Nothing matches. Try another word."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        hint = QLabel(self.tr("↑ ↓ to choose, Enter to go, Esc to close"), self)
        hint.setEnabled(False)
        layout.addWidget(hint)

        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.activate_current)
        self.edit.moved.connect(self.move_selection)
        self.view.activated.connect(lambda index: self.activate_row(index.row()))
        self.view.clicked.connect(lambda index: self.activate_row(index.row()))

    def popup(self) -> None:
        """Show the palette empty, listing the commands, with the cursor in the field."""
        self.edit.clear()
        self.search("")
        self.open()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        if not self._pages_built:  # the pages' own actions exist once they are built
            QTimer.singleShot(0, self.build_pages)

    def build_pages(self) -> None:
        if hasattr(self.window_, "page"):
            for spec in PAGES:
                self.window_.page(spec.key)
        self._pages_built = True
        if self.isVisible():
            self.search(self.edit.text())

    def search(self, text: str) -> None:
        self.model.set_query(text)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self.view.currentIndex().row() + step))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def activate_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.activate_row(index.row())

    def activate_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        item = self.model.rows[row]
        self.accept()
        go_to(self.window_, item)
        self.activated.emit(item.kind, item.title if item.kind == "action" else item.ref_id)


def go_to(window, item: PaletteItem) -> None:
    """Trigger the action or show the item on its page (selecting it when the page can)."""
    if item.kind == "action" and (item.action is not None or item.button is not None):
        key = page_of(window, item.action or item.button)
        if key is not None and window.current_page_key() != key:
            window.show_page(key)
        if item.action is not None:
            item.action.trigger()
        elif item.button is not None and item.button.isEnabled():
            show_tabs_of(item.button)
            item.button.click()
        return
    target = {"task": "tasks", "country": "countries", "note": "countries"}.get(item.kind)
    if target is None:
        return
    window.show_page(target)
    page = window.pages.get(target)
    if item.kind == "note":
        select = getattr(page, "select_note", None)
        if callable(select):
            select(item.ref_id)
            return
        show_hit = getattr(page, "show_hit", None)  # the Countries page: country, then its note
        if callable(show_hit) and item.country_id:
            show_hit(item)
            return
        select = getattr(page, "select_country", None)
        if callable(select) and item.country_id:
            select(item.country_id)
        return
    select = getattr(page, f"select_{item.kind}", None)
    if callable(select):
        select(item.ref_id)
