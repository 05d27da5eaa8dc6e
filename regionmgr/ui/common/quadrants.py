"""The four quadrants' names and hints, as every page shows them (light: the task list needs them at start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from regionmgr.core.tasks.priority import Quadrant

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def quadrant_title(q: Quadrant) -> str:
    return {
        Quadrant.DO: translate("Priorities", "Do now"),
        Quadrant.SCHEDULE: translate("Priorities", "Schedule"),
        Quadrant.DELEGATE: translate("Priorities", "Delegate"),
        Quadrant.DROP: translate("Priorities", "Drop"),
    }[q]


def quadrant_hint(q: Quadrant) -> str:
    return {
        Quadrant.DO: translate("Priorities", "Urgent and important"),
        Quadrant.SCHEDULE: translate("Priorities", "Important, not urgent"),
        Quadrant.DELEGATE: translate("Priorities", "Urgent, not important"),
        Quadrant.DROP: translate("Priorities", "Neither urgent nor important"),
    }[q]
