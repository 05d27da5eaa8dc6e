"""The Priorities page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from regionmgr.ui.context import AppContext
from regionmgr.ui.placeholder import ComingSoonPage


class PrioritiesPage(ComingSoonPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PrioritiesPage", "Priorities"), QCoreApplication.translate("PrioritiesPage", "The urgent/important matrix is coming soon."), parent)
        self.ctx = ctx
