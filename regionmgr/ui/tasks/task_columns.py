"""The task list's columns, roles and filter: what ``task_model`` and its parts share."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

COL_TITLE, COL_COUNTRY, COL_REQUESTER, COL_QUADRANT, COL_DUE, COL_STATUS, COL_DELEGATED, COL_CHANNEL = range(8)
COLUMNS = 8
# Roles as plain ints: data() runs for every painted cell, and enum comparisons cost.
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.EditRole.value)
CHECK, BACKGROUND = int(Qt.ItemDataRole.CheckStateRole.value), int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole.value), int(Qt.ItemDataRole.FontRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
COLUMN_FLAGS = [_BASE_FLAGS] * COLUMNS  # per column
COLUMN_FLAGS[0] = _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
COLUMN_FLAGS[2] = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
TaskIdRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2  # "overdue" | "today" | ""
# The light scheme's fixed tints of old (the list now takes them from ``theme``, light or dark).
OVERDUE_BG = QColor(255, 225, 225)
TODAY_BG = QColor(255, 243, 205)
LATE_FG = QColor(160, 20, 20)


@dataclass(frozen=True)
class TaskFilter:
    """What the list shows. ``status``: "active" (open + waiting), a status name, or "all"."""

    country: int | None = None  # country rowid
    quadrant: int | None = None
    status: str = "active"
    overdue: bool = False
    due_this_week: bool = False
    waiting_for: bool = False  # delegated and not finished
    channel: str | None = None  # how the request arrived ("" = not recorded; None: any)
    parked: bool = False  # only the tasks parked for the next meeting
    requester: str | None = None  # the internal client (None: anyone)
    delegate: str | None = None  # delegated to (None: anyone)
