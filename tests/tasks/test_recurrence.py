"""Recurring tasks, core: the rule's text form and its next due date in the country's calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from regionmgr.core.calendar import workweek
from regionmgr.core.calendar.workweek import SUN_THU, WorkWeek
from regionmgr.core.tasks import recurrence as rec
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
    due_after_completion,
    first_due,
    next_due,
    parse_rule,
)

D = dt.date
FR = WorkWeek("FR", "Europe/Paris")
MA = WorkWeek("MA", "Africa/Casablanca")  # Monday to Friday
AE = WorkWeek("AE", "Asia/Dubai")  # Monday to Friday since 2022
AE_OLD = WorkWeek("AE", "Asia/Dubai", SUN_THU)  # a store that still has the old week


@pytest.mark.parametrize(("text", "rule"), [
    ("daily", Rule(DAILY)),
    ("weekly:1,4", Rule(WEEKLY, (1, 4))),
    ("monthly:15", Rule(MONTHLY, day=15)),
    ("monthly:nth:2:1", Rule(NTH, (1,), nth=2)),
    ("monthly:nth:-1:5", Rule(NTH, (5,), nth=LAST)),
    ("monthly:last-workday", Rule(LAST_WORKDAY)),
    ("yearly:07-14", Rule(YEARLY, day=14, month=7)),
])
def test_text_form_round_trip(text, rule):
    assert parse_rule(text) == rule
    assert rule.text == text
    assert parse_rule("v1;" + text) == rule  # the explicit version 1 prefix


def test_empty_is_not_recurring():
    assert parse_rule("") is None
    assert parse_rule("  ") is None


@pytest.mark.parametrize(("text", "code"), [
    ("monthly:0", "day_range"),
    ("monthly:32", "day_range"),
    ("yearly:02-31", "no_such_day"),
    ("yearly:04-31", "no_such_day"),
    ("yearly:13-01", "unreadable"),
    ("weekly:", "unreadable"),
    ("weekly:8", "unreadable"),
    ("monthly:nth:5:1", "unreadable"),
    ("hourly", "unreadable"),
    ("v2;fortnightly:1", "newer"),
])
def test_bad_rules_are_refused_with_a_reason(text, code):
    with pytest.raises(RecurrenceError) as info:
        parse_rule(text)
    assert info.value.code == code
    assert rec.rule_or_none(text) is None


def test_impossible_rules_cannot_be_built():
    with pytest.raises(RecurrenceError):
        Rule(YEARLY, day=31, month=2)
    with pytest.raises(RecurrenceError):
        Rule(MONTHLY, day=0)
    assert Rule(YEARLY, day=29, month=2).text == "yearly:02-29"  # exists in leap years


# -- daily and weekly ---------------------------------------------------------------------
def test_daily_skips_the_weekend_and_holidays():
    assert next_due(Rule(DAILY), D(2026, 11, 27), FR) == D(2026, 11, 30)  # Friday -> Monday
    assert next_due(Rule(DAILY), D(2026, 7, 13), FR) == D(2026, 7, 15)  # 14 July
    assert next_due(Rule(DAILY), D(2026, 7, 13), MA) == D(2026, 7, 14)  # not a holiday in Morocco


def test_daily_follows_the_countrys_working_week():
    # Thursday 26 Nov 2026: the next working day is Friday (Mon-Fri) or Sunday (Sun-Thu).
    assert next_due(Rule(DAILY), D(2026, 11, 26), AE) == D(2026, 11, 27)
    assert next_due(Rule(DAILY), D(2026, 11, 26), AE_OLD) == D(2026, 11, 29)


def test_weekly_on_several_days():
    rule = Rule(WEEKLY, (1, 4))
    assert next_due(rule, D(2026, 11, 23), FR) == D(2026, 11, 26)  # Monday -> Thursday
    assert next_due(rule, D(2026, 11, 26), FR) == D(2026, 11, 30)  # Thursday -> Monday


def test_weekly_on_a_holiday_moves_to_the_next_working_day():
    assert next_due(Rule(WEEKLY, (2,)), D(2026, 7, 7), FR) == D(2026, 7, 15)  # Tue 14 July -> Wed
    assert next_due(Rule(WEEKLY, (2,)), D(2026, 7, 15), FR) == D(2026, 7, 21)  # then back to Tuesdays


def test_weekly_on_a_day_off_moves_to_the_next_working_day():
    # Every Friday in the UAE with the old Sunday-Thursday week: Friday is off -> Sunday.
    assert next_due(Rule(WEEKLY, (5,)), D(2026, 11, 23), AE_OLD) == D(2026, 11, 29)
    assert next_due(Rule(WEEKLY, (5,)), D(2026, 11, 23), AE) == D(2026, 11, 27)


def test_national_day_in_the_uae():
    # 2 and 3 December are the UAE's National Day: a Wednesday task comes on Friday the 4th.
    assert next_due(Rule(WEEKLY, (3,)), D(2026, 11, 25), AE) == D(2026, 12, 4)


# -- monthly ------------------------------------------------------------------------------
def test_monthly_on_a_day():
    rule = Rule(MONTHLY, day=15)
    assert next_due(rule, D(2026, 11, 1), FR) == D(2026, 11, 16)  # Sun 15 Nov -> Monday
    assert next_due(rule, D(2026, 11, 16), FR) == D(2026, 12, 15)
    assert next_due(rule, D(2026, 7, 20), FR) == D(2026, 8, 17)  # Sat 15 Aug, a holiday -> Monday
    # The 17th is the moved occurrence: the next one is September's.
    assert next_due(rule, D(2026, 8, 17), FR) == D(2026, 9, 15)
    # Due the 16th (edited by hand): the Saturday-15th occurrence moved to the 17th still counts.
    assert next_due(rule, D(2026, 8, 16), FR) == D(2026, 8, 17)


def test_monthly_on_the_31st_in_short_months():
    rule = Rule(MONTHLY, day=31)
    assert next_due(rule, D(2026, 10, 1), FR) == D(2026, 11, 2)  # Sat 31 Oct -> Monday 2 Nov
    assert next_due(rule, D(2026, 11, 2), FR) == D(2026, 11, 30)
    assert next_due(rule, D(2027, 2, 1), FR) == D(2027, 3, 1)  # Sun 28 Feb 2027 -> Monday
    assert next_due(rule, D(2027, 3, 1), FR) == D(2027, 3, 31)


def test_nth_weekday():
    assert next_due(Rule(NTH, (1,), nth=2), D(2026, 11, 30), FR) == D(2026, 12, 14)  # 2nd Monday
    assert next_due(Rule(NTH, (5,), nth=LAST), D(2026, 11, 1), FR) == D(2026, 11, 27)  # last Friday
    # 4th Monday of May 2026 is Whit Monday (a holiday in France) -> Tuesday.
    assert next_due(Rule(NTH, (1,), nth=4), D(2026, 5, 1), FR) == D(2026, 5, 26)
    assert next_due(Rule(NTH, (1,), nth=1), D(2026, 5, 26), FR) == D(2026, 6, 1)


def test_last_working_day_of_the_month():
    rule = Rule(LAST_WORKDAY)
    assert next_due(rule, D(2026, 12, 1), FR) == D(2026, 12, 31)  # a Thursday
    assert next_due(rule, D(2026, 12, 31), FR) == D(2027, 1, 29)  # Sun 31 Jan -> Friday 29
    assert next_due(rule, D(2026, 5, 1), FR) == D(2026, 5, 29)
    # Morocco, July 2027: Sat 31, and Fri 30 is Throne Day -> Thursday 29.
    assert workweek.holiday_name("MA", D(2027, 7, 30))
    assert next_due(rule, D(2027, 7, 1), MA) == D(2027, 7, 29)
    # The UAE's old week: Friday 30 April 2027 is off -> Thursday 29; Sunday 31 Jan is a working day.
    assert next_due(rule, D(2027, 4, 1), AE_OLD) == D(2027, 4, 29)
    assert next_due(rule, D(2027, 4, 1), AE) == D(2027, 4, 30)
    assert next_due(rule, D(2027, 1, 1), AE_OLD) == D(2027, 1, 31)
    assert next_due(rule, D(2027, 1, 1), AE) == D(2027, 1, 29)


def test_yearly():
    rule = Rule(YEARLY, day=1, month=12)
    assert next_due(rule, D(2026, 11, 23), FR) == D(2026, 12, 1)
    assert next_due(rule, D(2026, 12, 1), FR) == D(2027, 12, 1)
    leap = Rule(YEARLY, day=29, month=2)
    assert next_due(leap, D(2027, 1, 1)) == D(2027, 3, 1)  # Sun 28 Feb 2027 -> Monday (no country)
    assert next_due(leap, D(2027, 3, 1)) == D(2028, 2, 29)


def test_no_country_is_monday_to_friday_without_holidays():
    assert next_due(Rule(DAILY), D(2026, 7, 13)) == D(2026, 7, 14)
    assert next_due(Rule(DAILY), D(2026, 11, 27)) == D(2026, 11, 30)


# -- bounds -------------------------------------------------------------------------------
def test_near_the_end_of_the_apps_years_there_is_no_next():
    assert next_due(Rule(DAILY), D(2200, 12, 31), FR) is None
    assert next_due(Rule(YEARLY, day=1, month=1), D(2200, 6, 1), FR) is None


def test_a_week_without_working_days_gives_up_in_bounded_steps(monkeypatch):
    calls = []
    real = rec.is_working_day

    def counting(week, day):
        calls.append(day)
        return real(week, day)

    monkeypatch.setattr(rec, "is_working_day", counting)
    nowhere = WorkWeek("FR", "Europe/Paris", "")
    assert next_due(Rule(DAILY), D(2026, 1, 1), nowhere) is None
    assert len(calls) <= rec.MAX_STEPS * rec.MAX_SHIFT
    calls.clear()
    assert next_due(Rule(LAST_WORKDAY), D(2026, 1, 1), nowhere) is None
    assert len(calls) <= rec.MAX_STEPS * rec.MAX_SHIFT


def test_first_due_counts_today():
    monday = D(2026, 11, 23)
    assert first_due(Rule(WEEKLY, (1,)), monday, FR) == monday
    assert first_due(Rule(WEEKLY, (2,)), monday, FR) == D(2026, 11, 24)


def test_after_completion_the_next_follows_the_due_date_not_today():
    weekly = Rule(WEEKLY, (5,))
    # Due Friday 27, done early on Wednesday 25: the next is the Friday after, 4 Dec.
    assert due_after_completion(weekly, D(2026, 11, 27), D(2026, 11, 25), FR) == D(2026, 12, 4)
    # Done late on Monday 30: still the next Friday after the due date.
    assert due_after_completion(weekly, D(2026, 11, 27), D(2026, 11, 30), FR) == D(2026, 12, 4)


def test_after_completion_missed_occurrences_are_skipped_never_in_the_past():
    weekly = Rule(WEEKLY, (1,))
    # Due 2 Nov, done on Wednesday 25 Nov: not 9 Nov (past) but the first Monday from today.
    assert due_after_completion(weekly, D(2026, 11, 2), D(2026, 11, 25), FR) == D(2026, 11, 30)
    # Today is an occurrence: due today.
    assert due_after_completion(Rule(DAILY), D(2026, 11, 2), D(2026, 11, 25), FR) == D(2026, 11, 25)
    # No due date: the first occurrence after today.
    assert due_after_completion(weekly, None, D(2026, 11, 23), FR) == D(2026, 11, 30)
