"""Repeat rules in words, in the UI language ("Every Monday and Thursday", "Le 15 de chaque mois").

The core gives a rule as its kind and numbers (``core.tasks.recurrence.Rule``); the weekday and
month names come from the UI's locale. Each sentence reads back through the detail pane's field
(``recurrence_words.parse_phrase`` understands the English and French wordings used here).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from regionmgr.core.tasks.recurrence import (
    DAILY,
    LAST,
    LAST_WORKDAY,
    MONTHLY,
    NTH,
    WEEKLY,
    YEARLY,
    RecurrenceError,
    Rule,
    parse_rule,
)

MARK = "↻"  # the recurring marker in the task list


def _day_name(iso: int) -> str:
    return QLocale().dayName(iso, QLocale.FormatType.LongFormat)


def _joined(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("RecurrenceTexts", "{0} and {1}").format(", ".join(names[:-1]), names[-1])


def rule_words(rule: Rule) -> str:
    """The rule as a sentence in the UI language."""
    if rule.kind == DAILY:
        return QCoreApplication.translate("RecurrenceTexts", "Every working day")
    if rule.kind == WEEKLY:
        return QCoreApplication.translate("RecurrenceTexts", "Every {0}").format(
            _joined([_day_name(d) for d in rule.weekdays]))
    if rule.kind == MONTHLY:
        return QCoreApplication.translate("RecurrenceTexts", "On day {0} of every month").format(rule.day)
    if rule.kind == NTH:
        day = _day_name(rule.weekdays[0])
        texts = {
            1: QCoreApplication.translate("RecurrenceTexts", "The first {0} of the month"),
            2: QCoreApplication.translate("RecurrenceTexts", "The second {0} of the month"),
            3: QCoreApplication.translate("RecurrenceTexts", "The third {0} of the month"),
            4: QCoreApplication.translate("RecurrenceTexts", "The fourth {0} of the month"),
            LAST: QCoreApplication.translate("RecurrenceTexts", "The last {0} of the month"),
        }
        return texts[rule.nth].format(day)
    if rule.kind == LAST_WORKDAY:
        return QCoreApplication.translate("RecurrenceTexts", "The last working day of the month")
    if rule.kind == YEARLY:
        when = QLocale().toString(QDate(dt.date(2000, rule.month, rule.day)), "d MMMM")
        return QCoreApplication.translate("RecurrenceTexts", "Every year on {0}").format(when)
    return rule.text


def stored_words(text: str) -> str:
    """A task's stored rule in words ("" when it does not repeat)."""
    try:
        rule = parse_rule(text)
    except RecurrenceError:
        return QCoreApplication.translate("RecurrenceTexts", "Repeats by a rule this version can't read (“{0}”)"
                                          ).format(text)
    return "" if rule is None else rule_words(rule)


def problem_words(code: str, phrase: str) -> str:
    """Why a typed repeat phrase can't be used (``RecurrenceError.code``)."""
    if code == "no_such_day":
        return QCoreApplication.translate("RecurrenceTexts", "“{0}” never happens: that month has no such day."
                                          ).format(phrase)
    if code == "day_range":
        return QCoreApplication.translate(
            "RecurrenceTexts", "In “{0}”, the day of the month must be between 1 and 31.").format(phrase)
    return QCoreApplication.translate(
        "RecurrenceTexts", "“{0}” is not a repeat this app understands; try “every monday”, “tous les 15 du "
        "mois” or “the last working day of the month”.").format(phrase)
