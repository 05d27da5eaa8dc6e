"""Which columns the task list shows: a checkable list on the header's right-click, kept in the settings.

The Title can't be hidden (it stretches over the room the others leave). By default
Requester and Channel are hidden: with them, at 1280x800 in French, the Title got
about a fifth of the list's width; without them it gets more than a third. Both
stay one click away (and their filters stay above the list).
The setting holds the hidden columns' names separated by spaces ("requester channel");
a value that can't be read (an unknown name, the Title, not a text) gives the defaults.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from regionmgr.ui.common.settings_values import Settings, read_text
from regionmgr.ui.tasks.task_model import (
    COL_CHANNEL,
    COL_COUNTRY,
    COL_DELEGATED,
    COL_DUE,
    COL_QUADRANT,
    COL_REQUESTER,
    COL_STATUS,
    COL_TITLE,
)

SETTING_KEY = "tasks/hidden_columns"
HORIZONTAL = Qt.Orientation.Horizontal
# Names as stored (stable: not the translated header texts), in the columns' order.
NAMES = {COL_COUNTRY: "country", COL_REQUESTER: "requester", COL_QUADRANT: "quadrant", COL_DUE: "due",
         COL_STATUS: "status", COL_DELEGATED: "delegated", COL_CHANNEL: "channel"}
DEFAULT_HIDDEN = frozenset({COL_REQUESTER, COL_CHANNEL})


def read_hidden(settings: Settings) -> frozenset[int]:
    """The columns hidden by the user's choice, else the defaults."""
    text = read_text(settings, SETTING_KEY, "\x00")
    if text == "\x00":
        return DEFAULT_HIDDEN
    columns = {name: col for col, name in NAMES.items()}
    words = text.split()
    if any(w not in columns for w in words):
        return DEFAULT_HIDDEN
    return frozenset(columns[w] for w in words)


class ColumnChooser(QObject):
    """Hides and shows the sections of ``header`` (a task list's) as the user picks them."""

    def __init__(self, header: QHeaderView, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.header, self.settings = header, settings
        self.menu: QMenu | None = None  # the menu open now, if any
        for col in range(header.count()):
            header.setSectionHidden(col, col in read_hidden(settings))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)

    def hidden(self) -> frozenset[int]:
        return frozenset(c for c in NAMES if self.header.isSectionHidden(c))

    def build_menu(self) -> QMenu:
        menu = QMenu(self.header)
        model = self.header.model()
        for col in range(self.header.count()):
            action = QAction(str(model.headerData(col, HORIZONTAL)), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(col))
            if col == COL_TITLE or col not in NAMES:
                action.setEnabled(False)  # always shown
            else:
                action.toggled.connect(lambda on, c=col: self.show_column(c, on))
            menu.addAction(action)
        return menu

    def _open_menu(self, at: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build_menu()
        self.menu.popup(self.header.viewport().mapToGlobal(at))  # not exec(): no nested event loop

    def show_column(self, column: int, shown: bool) -> None:
        if column not in NAMES:
            return
        self.header.setSectionHidden(column, not shown)
        self.settings.setValue(SETTING_KEY, " ".join(NAMES[c] for c in sorted(self.hidden())))
