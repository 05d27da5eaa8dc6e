"""Help > Keyboard shortcuts: every action of the main window that has a shortcut, grouped by menu.

The list is read from the window itself (``findChildren(QAction)``), so an
action a page adds with a shortcut appears here without anyone keeping a list.
Actions found in the menu bar are grouped under their menu; the others under
their page, or under "Window" (navigation, page-less actions).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
)

from regionmgr.ui.shell.pages import PAGES
from regionmgr.ui.shell.palette import page_of, plain_text, shortcut_text

COL_GROUP, COL_ACTION, COL_KEYS = range(3)


@dataclass(frozen=True)
class ShortcutRow:
    group: str
    text: str
    keys: str
    action: QAction


def _menu_groups(window) -> dict[int, str]:
    """id(action) -> title of the top-level menu holding it (submenus included)."""
    groups: dict[int, str] = {}

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            groups.setdefault(id(action), title)
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, title)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(top))
    return groups


def collect_shortcuts(window, build_pages: bool = True) -> list[ShortcutRow]:
    """Every action with a shortcut found on ``window``, menu order first, then pages, then the rest."""
    if build_pages and hasattr(window, "page"):
        for spec in PAGES:  # page actions exist once the page is built
            window.page(spec.key)
    groups = _menu_groups(window)
    titles = {spec.key: spec.tr_title() for spec in PAGES}
    other = QCoreApplication.translate("ShortcutsDialog", "Window")
    rows: list[ShortcutRow] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = shortcut_text(action)
        text = plain_text(action)
        if not keys or not text:
            continue
        group = groups.get(id(action))
        if group is None:
            key = page_of(window, action)
            group = titles.get(key, other) if key else other
        if (text, keys) in seen:
            continue
        seen.add((text, keys))
        rows.append(ShortcutRow(group, text, keys, action))
    order = list(dict.fromkeys(list(groups.values()) + list(titles.values()) + [other]))
    rows.sort(key=lambda r: order.index(r.group) if r.group in order else len(order))
    return rows


class ShortcutModel(QAbstractTableModel):
    def __init__(self, rows: list[ShortcutRow], parent: QObject | None = None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.group, row.text, row.keys)[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Menu"), self.tr("Action"), self.tr("Shortcut"))[section]
        return None


class ShortcutsDialog(QDialog):
    """A searchable table of the shortcuts; Escape or Close to leave."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.model = ShortcutModel(collect_shortcuts(window), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Shortcuts"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(COL_GROUP, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(COL_KEYS, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
