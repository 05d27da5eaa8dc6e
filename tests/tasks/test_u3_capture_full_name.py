"""Quick capture: ``@Claire Dubois`` (a contact's full name written with a space) is the requester, and the due
date before it is still read."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from regionmgr.core.tasks.capture import CountryRef, parse_capture
from tests.conftest import FIXED_NOW  # Monday 23 November 2026, 09:30 UTC

COUNTRIES = [CountryRef("FR", "Europe/Paris", "fr-id"), CountryRef("DE", "Europe/Berlin", "de-id")]
PEOPLE = ["Claire Dubois", "Anna Schmidt", "Anna Kowalska", "Omar Al Mansoori"]
FRIDAY = dt.date(2026, 11, 27)


def cap(text: str):
    return parse_capture(text, FIXED_NOW, COUNTRIES, PEOPLE, default_zone="Europe/Paris")


def due_day(c) -> dt.date | None:
    return None if c.due_at is None else c.due_at.astimezone(ZoneInfo(c.zone)).date()


@pytest.mark.parametrize("text", [
    "FR payroll question by friday @Claire Dubois",
    "FR payroll question @Claire Dubois by friday",
    "FR payroll question by friday @claire dubois",
    "FR payroll question by friday @Claire_Dubois",
])
def test_full_name_after_at_is_the_requester_and_the_date_is_kept(text):
    c = cap(text)
    assert c.ok
    assert (c.title, c.requester, due_day(c)) == ("payroll question", "Claire Dubois", FRIDAY)


def test_three_word_names_and_words_that_are_not_the_name():
    c = cap("DE visa @Omar Al Mansoori friday")
    assert (c.title, c.requester, due_day(c)) == ("visa", "Omar Al Mansoori", FRIDAY)
    # "Schmidt" follows the only Anna it can be; "report" is not part of anyone's name.
    c = cap("DE @Anna Schmidt report by friday")
    assert (c.title, c.requester, due_day(c)) == ("report", "Anna Schmidt", FRIDAY)
    c = cap("DE @Anna report by friday")
    assert (c.title, c.requester, due_day(c)) == ("report", "Anna", FRIDAY)
    # A word after the first name that does not continue it stays in the title.
    c = cap("FR call @Claire Martin tomorrow")
    assert (c.title, c.requester) == ("call Martin", "Claire Dubois")


def test_capture_bar_creates_the_task_with_requester_and_due_date(qtbot, sample_ctx):
    from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        bar = QuickCaptureBar(sample_ctx)
        qtbot.addWidget(bar)
        bar.show()
        qtbot.keyClicks(bar.edit, "FR check overtime rules by friday @Claire Dubois")
        qtbot.waitUntil(lambda: bar.capture is not None and bar.capture.text.endswith("Dubois"))
        with qtbot.waitSignal(bar.task_created) as sig:
            qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    finally:
        QLocale.setDefault(before)
    title, requester, due_at, due_tz = sample_ctx.store.raw().execute(
        "SELECT title, requester, due_at, due_tz FROM task WHERE id = ?", (sig.args[0],)).fetchone()
    assert (title, requester, due_tz) == ("check overtime rules", "Claire Dubois", "Europe/Paris")
    assert due_at is not None
