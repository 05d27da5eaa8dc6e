"""Recurring tasks in quick capture: the repeat phrases in English and French, and bad ones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.tasks.capture import CountryRef, Problem, parse_capture
from tests.conftest import FIXED_NOW  # Monday 23 November 2026, 09:30 UTC

COUNTRIES = [
    CountryRef("FR", "Europe/Paris", "fr-id"),
    CountryRef("MA", "Africa/Casablanca", "ma-id"),
    CountryRef("AE", "Asia/Dubai", "ae-id"),
]


def cap(text: str, now: dt.datetime = FIXED_NOW):
    return parse_capture(text, now, COUNTRIES, [], default_zone="Europe/Paris")


def due_day(c) -> dt.date:
    return c.due_at.astimezone(ZoneInfo(c.zone)).date()


@pytest.mark.parametrize(("line", "title", "rule", "first"), [
    ("FR payroll report every monday", "payroll report", "weekly:1", dt.date(2026, 11, 23)),
    ("FR payroll report every tuesday and thursday", "payroll report", "weekly:2,4", dt.date(2026, 11, 24)),
    ("FR check the inbox every day", "check the inbox", "daily", dt.date(2026, 11, 23)),
    ("FR invoices every month on the 15th", "invoices", "monthly:15", dt.date(2026, 12, 15)),
    ("FR invoices on the 30th of every month", "invoices", "monthly:30", dt.date(2026, 11, 30)),
    ("FR rapport de paie chaque lundi", "rapport de paie", "weekly:1", dt.date(2026, 11, 23)),
    ("FR rapport de paie tous les lundis", "rapport de paie", "weekly:1", dt.date(2026, 11, 23)),
    ("FR relevé tous les jours", "relevé", "daily", dt.date(2026, 11, 23)),
    ("FR factures tous les 15 du mois", "factures", "monthly:15", dt.date(2026, 12, 15)),
    ("FR clôture le dernier jour ouvré du mois", "clôture", "monthly:last-workday", dt.date(2026, 11, 30)),
    ("FR closing last working day of the month", "closing", "monthly:last-workday", dt.date(2026, 11, 30)),
    ("FR comité every second tuesday", "comité", "monthly:nth:2:2", dt.date(2026, 12, 8)),
    ("FR comité le premier lundi du mois", "comité", "monthly:nth:1:1", dt.date(2026, 12, 7)),
    ("FR fête nationale tous les 14 juillet", "fête nationale", "yearly:07-14", dt.date(2027, 7, 15)),
])
def test_repeat_phrases(line, title, rule, first):
    c = cap(line)
    assert c.ok, c.problems
    assert (c.title, c.recurrence) == (title, rule)
    assert c.recurrence_text and c.recurrence_text in line
    assert due_day(c) == first  # the first occurrence, in the country's calendar
    assert c.due_all_day
    assert c.task_values()["recurrence"] == rule


def test_a_weekday_phrase_is_not_read_as_a_due_date():
    c = cap("FR payroll every friday")
    assert c.date_text == ""
    assert due_day(c) == dt.date(2026, 11, 27)


def test_the_first_occurrence_skips_the_countrys_holidays():
    # Monday 13 July 2026: every Tuesday starts on Wednesday 15 (14 July is a holiday in France).
    monday = dt.datetime(2026, 7, 13, 8, 0, tzinfo=dt.UTC)
    assert due_day(cap("FR report every tuesday", monday)) == dt.date(2026, 7, 15)
    assert due_day(cap("MA report every tuesday", monday)) == dt.date(2026, 7, 14)


def test_an_explicit_date_starts_the_series_there():
    c = cap("FR report every monday from 7/12")
    assert c.ok
    assert c.recurrence == "weekly:1"
    assert due_day(c) == dt.date(2026, 12, 7)


def test_an_ordinary_line_does_not_repeat():
    c = cap("FR urgent payroll question by friday")
    assert c.recurrence == ""
    assert "recurrence" in c.task_values() and c.task_values()["recurrence"] == ""


@pytest.mark.parametrize(("line", "words"), [
    ("FR payroll every 31st of February", "every 31st of February"),
    ("FR factures tous les 0 du mois", "tous les 0 du mois"),
    ("FR factures tous les 31 février", "tous les 31 février"),
    ("FR invoices every month on the 40th", "every month on the 40th"),
])
def test_a_phrase_that_never_happens_is_refused(line, words):
    c = cap(line)
    assert not c.ok
    assert c.problems[0] is Problem.BAD_RECURRENCE
    assert c.problem_text == words
    assert c.recurrence_problem in ("no_such_day", "day_range")


# -- the capture bar ---------------------------------------------------------------------
@pytest.fixture
def bar(qtbot, sample_ctx, english_plurals):
    from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

    w = QuickCaptureBar(sample_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_bar_shows_the_repeat_and_creates_a_recurring_task(qtbot, bar, sample_ctx):
    qtbot.keyClicks(bar.edit, "FR payroll report every monday")
    qtbot.waitUntil(lambda: bar.capture is not None)
    text = bar.preview.text()
    assert "“payroll report”" in text
    assert "↻ Every Monday" in text
    assert "Mon 23 Nov 2026" in text  # the first occurrence: today
    with qtbot.waitSignal(bar.task_created) as sig:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    row = sample_ctx.store.raw().execute("SELECT title, recurrence FROM task WHERE id = ?", (sig.args[0],)).fetchone()
    assert row == ("payroll report", "weekly:1")


def test_the_bar_explains_a_repeat_that_never_happens_and_creates_nothing(qtbot, bar, sample_ctx):
    count = sample_ctx.store.raw().execute("SELECT count(*) FROM task").fetchone()[0]
    qtbot.keyClicks(bar.edit, "FR factures tous les 0 du mois")
    qtbot.waitUntil(lambda: bar.capture is not None)
    assert "Nothing will be created" in bar.preview.text()
    assert "tous les 0 du mois" in bar.preview.text() and "between 1 and 31" in bar.preview.text()
    assert bar.create_task() is None
    assert sample_ctx.store.raw().execute("SELECT count(*) FROM task").fetchone()[0] == count


# -- the rule in words, and back (the detail pane's field) --------------------------------
RULES = ["daily", "weekly:1", "weekly:1,2,5", "monthly:15", "monthly:nth:1:1", "monthly:nth:2:2", "monthly:nth:3:3",
         "monthly:nth:4:4", "monthly:nth:-1:5", "monthly:last-workday", "yearly:07-14"]


@pytest.mark.parametrize("text", RULES)
def test_the_english_words_read_back_as_the_same_rule(text, english_plurals):
    from regionmgr.core.tasks.recurrence import parse_rule
    from regionmgr.core.tasks.recurrence_words import parse_phrase
    from regionmgr.ui.tasks.recurrence_texts import rule_words

    rule = parse_rule(text)
    assert parse_phrase(rule_words(rule)) == rule


@pytest.mark.parametrize(("words", "text"), [  # the French wordings of /tmp/tr (recurring.tsv)
    ("Tous les jours ouvrés", "daily"),
    ("Chaque lundi", "weekly:1"),
    ("Chaque lundi, mardi et vendredi", "weekly:1,2,5"),
    ("Le 15 de chaque mois", "monthly:15"),
    ("Le premier lundi du mois", "monthly:nth:1:1"),
    ("Le deuxième mardi du mois", "monthly:nth:2:2"),
    ("Le troisième mercredi du mois", "monthly:nth:3:3"),
    ("Le quatrième jeudi du mois", "monthly:nth:4:4"),
    ("Le dernier vendredi du mois", "monthly:nth:-1:5"),
    ("Le dernier jour ouvré du mois", "monthly:last-workday"),
    ("Chaque année le 14 juillet", "yearly:07-14"),
])
def test_the_french_words_read_back_as_the_same_rule(words, text):
    from regionmgr.core.tasks.recurrence_words import parse_phrase

    assert parse_phrase(words).text == text


def test_a_typed_phrase_must_be_a_whole_repeat():
    from regionmgr.core.tasks.recurrence import RecurrenceError
    from regionmgr.core.tasks.recurrence_words import parse_phrase

    assert parse_phrase("") is None
    assert parse_phrase("weekly:3").text == "weekly:3"  # the stored form too
    for bad, code in [("every monday please", "unreadable"), ("every 31st of February", "no_such_day"),
                      ("tous les 0 du mois", "day_range")]:
        with pytest.raises(RecurrenceError) as info:
            parse_phrase(bad)
        assert info.value.code == code
