"""The Time page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from regionmgr.ui.context import AppContext
from regionmgr.ui.placeholder import ComingSoonPage


class TimePage(ComingSoonPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("TimePage", "Time"), QCoreApplication.translate("TimePage", "Time shares per country and the handover dossier are coming soon."), parent)
        self.ctx = ctx
