"""Why a task is (or is not) urgent, in words: the texts the Priorities page and quick capture share.

Deadlines count in the working days of the task's country ("due in 2 working days in Dubai").
The strings keep the translation context "Priorities".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from regionmgr.core.tasks.matrix import MatrixRow
from regionmgr.core.tasks.priority import UrgencyReason

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def plural(n: int, one: str, many: str) -> str:
    """Pick the singular or plural text (both already translated); ``{n}`` in it is the number."""
    return (one if abs(n) == 1 else many).replace("{n}", str(n))


def place_name(zone: str) -> str:
    """"Asia/Dubai" -> "Dubai": where a deadline's working days are counted."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def deadline_text(days_left: int | None, zone: str) -> str:
    """"due in 2 working days in Dubai", "overdue by 1 working day in Berlin", or "" without a date."""
    where = place_name(zone)
    if days_left is None:
        return ""
    if days_left < 0:
        return plural(-days_left, translate("Priorities", "overdue by {n} working day in {0}"),
                  translate("Priorities", "overdue by {n} working days in {0}")).format(where)
    if days_left == 0:
        return translate("Priorities", "due today in {0}").format(where)
    return plural(days_left, translate("Priorities", "due in {n} working day in {0}"),
              translate("Priorities", "due in {n} working days in {0}")).format(where)


def urgency_text(urgency: UrgencyReason, days_left: int | None, zone: str) -> str:
    """Why a task is (or is not) urgent, e.g. "urgent: due in 1 working day in Dubai"."""
    deadline = deadline_text(days_left, zone)
    if urgency is UrgencyReason.MARKED:
        if deadline:
            return translate("Priorities", "marked urgent; {0}").format(deadline)
        return translate("Priorities", "marked urgent")
    if urgency is UrgencyReason.OVERDUE and days_left == 0:
        return translate("Priorities", "urgent: past due today in {0}").format(place_name(zone))
    if urgency in (UrgencyReason.OVERDUE, UrgencyReason.DUE_SOON):
        return translate("Priorities", "urgent: {0}").format(deadline)
    if deadline:
        return translate("Priorities", "not urgent: {0}").format(deadline)
    return translate("Priorities", "not urgent: no due date")


def why_text(row: MatrixRow) -> str:
    p = row.placement
    if row.important:
        important = translate("Priorities", "marked important")
    else:
        important = translate("Priorities", "not marked important")
    urgency = urgency_text(p.urgency, p.working_days_left, row.zone)
    return translate("Priorities", "{0}; {1}").format(urgency, important)
