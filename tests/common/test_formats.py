"""A date or a time looks the same on every page, in English and in French: the task list and
detail pane, the meetings page and the time page all go through
``ui.common.formats``."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from regionmgr.core.tasks.rules import DueView
from regionmgr.ui.common import formats, i18n

PARIS = ZoneInfo("Europe/Paris")
DAY = dt.date(2026, 11, 27)  # a Friday, this year for the fixed clock
MOMENT = dt.datetime(2026, 11, 27, 17, 5, tzinfo=PARIS)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp, sample_ctx):  # sample_ctx: "this year" follows its clock (2026)
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


EXPECTED = {
    "en": ("Fri 27 Nov", "17:05", "Sat 27 Nov 2027", "Friday 27 November 2026"),
    "fr": ("ven. 27 nov.", "17:05", "sam. 27 nov. 2027", "vendredi 27 novembre 2026"),
}


def test_the_helper_in_both_languages(language):
    day, time, other_year, long = EXPECTED[language]
    assert formats.date_text(DAY) == day
    assert formats.time_text(MOMENT) == time
    assert formats.date_time_text(MOMENT) == f"{day} {time}"
    assert formats.date_text(dt.date(2027, 11, 27)) == other_year
    assert formats.long_date(DAY) == long
    assert formats.entry_date(DAY) == "27/11/2026"


def test_the_same_day_and_moment_look_the_same_on_every_page(language):
    from regionmgr.ui.meetings.meeting_models import fmt_date, fmt_time
    from regionmgr.ui.tasks.task_texts import format_due
    from regionmgr.ui.time.time_models import local_text

    day, time, _other, _long = EXPECTED[language]
    utc = MOMENT.astimezone(dt.UTC)
    naive = MOMENT.replace(tzinfo=None)
    # task list and detail pane (format_due), time page, meetings page
    assert format_due(DueView(naive, True, False, None, None), QLocale(), 2026) == day
    assert format_due(DueView(naive, False, False, None, None), QLocale(), 2026) == f"{day} {time}"
    assert local_text(utc, PARIS, with_time=False) == day
    assert local_text(utc, PARIS) == f"{day} {time}"
    assert fmt_date(DAY) == day
    assert f"{fmt_date(DAY)} {fmt_time(MOMENT.time())}" == f"{day} {time}"
