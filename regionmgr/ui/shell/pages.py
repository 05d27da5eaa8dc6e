"""The pages of the main window, in navigation order, built only when first shown.

Each page module defines a QWidget subclass taking ``(ctx, parent=None)``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from regionmgr.core.errors import QT_TRANSLATE_NOOP  # the marker lupdate reads, typed str

if TYPE_CHECKING:  # the window's navigation is built before the store is open: no store import here
    from PySide6.QtWidgets import QWidget

    from regionmgr.ui.common.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # untranslated source text (context "Pages")
    module: str
    cls: str
    icon: str  # file name in resources/icons

    def tr_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.cls)(ctx)


PAGES = [
    PageSpec("tasks", QT_TRANSLATE_NOOP("Pages", "Tasks"), "regionmgr.ui.tasks.tasks_page", "TasksPage", "tasks.svg"),
    PageSpec("priorities", QT_TRANSLATE_NOOP("Pages", "Priorities"), "regionmgr.ui.tasks.priorities_page", "PrioritiesPage", "priorities.svg"),
    PageSpec("countries", QT_TRANSLATE_NOOP("Pages", "Countries"), "regionmgr.ui.countries.countries_page", "CountriesPage", "countries.svg"),
    PageSpec("meetings", QT_TRANSLATE_NOOP("Pages", "Meetings"), "regionmgr.ui.meetings.meetings_page", "MeetingsPage", "meetings.svg"),
    PageSpec("time", QT_TRANSLATE_NOOP("Pages", "Time"), "regionmgr.ui.time.time_page", "TimePage", "time.svg"),
]
