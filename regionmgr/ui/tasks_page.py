"""The Tasks page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from regionmgr.ui.context import AppContext
from regionmgr.ui.placeholder import ComingSoonPage


class TasksPage(ComingSoonPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("TasksPage", "Tasks"), QCoreApplication.translate("TasksPage", "The one task list for every request from every country is coming soon."), parent)
        self.ctx = ctx
