"""Quick capture: the parser (English and French) and the capture bar (preview, create, undo, bad input)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.tasks.capture import CountryRef, Problem, load_countries, parse_capture
from tests.conftest import FIXED_NOW  # Monday 23 November 2026, 09:30 UTC

COUNTRIES = [
    CountryRef("FR", "Europe/Paris", "fr-id"),
    CountryRef("DE", "Europe/Berlin", "de-id"),
    CountryRef("MA", "Africa/Casablanca", "ma-id"),
    CountryRef("AE", "Asia/Dubai", "ae-id", work_days="12345"),
    CountryRef("PL", "Europe/Warsaw", "pl-id"),
]
PEOPLE = ["Claire Dubois", "Anna Schmidt", "Anna Kowalska", "Omar Al Mansoori"]


@pytest.fixture(autouse=True)
def english_dates():
    """Dates and times in the assertions are British English, whatever this machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)



def cap(text: str):
    return parse_capture(text, FIXED_NOW, COUNTRIES, PEOPLE, default_zone="Europe/Paris")


def local(c) -> tuple[dt.date, dt.time]:
    value = c.due_at.astimezone(ZoneInfo(c.zone))
    return value.date(), value.time()


def test_english_line_with_code_marker_and_weekday():
    c = cap("FR urgent payroll question by friday")
    assert c.ok
    assert (c.title, c.country_code, c.urgent, c.important) == ("payroll question", "FR", True, False)
    assert c.country.id == "fr-id"
    assert c.zone == "Europe/Paris"
    # No time written: the end of that working day (18:00) in Paris.
    assert local(c) == (dt.date(2026, 11, 27), dt.time(18, 0))
    assert c.due_all_day
    assert c.date_text == "friday"


def test_french_line_vendredi_prochain_is_the_coming_friday_in_berlin():
    c = cap("DE rappel procédure vendredi prochain")
    assert (c.title, c.country_code, c.urgent, c.important) == ("rappel procédure", "DE", False, False)
    assert c.zone == "Europe/Berlin"
    assert local(c)[0] == dt.date(2026, 11, 27)


def test_french_abbreviated_month_with_marker():
    c = cap("MA important déclaration CNSS 3 déc.")
    assert (c.title, c.country_code, c.important, c.urgent) == ("déclaration CNSS", "MA", True, False)
    assert local(c) == (dt.date(2026, 12, 3), dt.time(18, 0))
    assert c.zone == "Africa/Casablanca"


def test_the_issue_example_without_a_title_is_refused():
    c = cap("MA important 3 déc.")
    assert c.problems == (Problem.EMPTY_TITLE,)
    assert c.important and local(c)[0] == dt.date(2026, 12, 3)  # the rest was still understood


@pytest.mark.parametrize("text", ["Maroc urgent visa", "Morocco urgent visa", "#Maroc urgent visa",
                                  "visa #MA urgent"])
def test_country_names_in_english_and_french(text):
    c = cap(text)
    assert (c.country_code, c.title, c.urgent) == ("MA", "visa", True)


def test_partial_french_name_and_time_fixed_in_dubai():
    c = cap("Émirats urgent visa renewal demain 14h")
    assert (c.country_code, c.title) == ("AE", "visa renewal")
    assert not c.due_all_day
    assert local(c) == (dt.date(2026, 11, 24), dt.time(14, 0))
    assert c.due_at == dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)  # Dubai is UTC+4


def test_full_french_name_and_acronym():
    assert cap("Émirats arabes unis visa").country_code == "AE"
    assert cap("UAE visa").country_code == "AE"


def test_month_and_small_words_in_titles_are_not_dates():
    for text in ("FR prepare mars presentation", "FR May I ask about the bonus", "FR review 2 pages",
                 "FR budget 2027", "FR bonus for march"):
        c = cap(text)
        assert c.due_at is None, text
        assert c.ok
    assert cap("FR bonus for march").title == "bonus for march"


def test_lower_case_two_letters_are_french_words_not_codes():
    c = cap("ma tâche demain")
    assert c.country is None and c.title == "ma tâche"
    assert c.zone == "Europe/Paris"  # no country: the user's zone
    assert cap("de retour lundi").title == "de retour"


def test_markers_only_at_the_edges_of_the_title():
    assert cap("FR reply to the important client").title == "reply to the important client"
    assert not cap("FR reply to the important client").important
    c = cap("FR bonus list important !")
    assert (c.title, c.urgent, c.important) == ("bonus list", True, True)
    assert cap("PL !! payroll").urgent and cap("PL !! payroll").important
    assert cap("PL * payroll").important and not cap("PL * payroll").urgent


def test_requester_expanded_when_unique():
    c = cap("Payroll #FR #urgent @Claire friday")
    assert (c.title, c.requester, c.country_code, c.urgent) == ("Payroll", "Claire Dubois", "FR", True)
    assert cap("DE call @Anna").requester == "Anna"  # two Annas: kept as written
    assert cap("DE call @Anna_Schmidt").requester == "Anna Schmidt"


def test_french_connectors_and_time():
    c = cap("FR call @Claire au plus tard le 3 décembre à 10h")
    assert c.title == "call"
    assert local(c) == (dt.date(2026, 12, 3), dt.time(10, 0))


def test_relative_dates_both_languages():
    assert local(cap("PL onboarding in 2 weeks"))[0] == dt.date(2026, 12, 7)
    assert local(cap("PL onboarding dans 2 semaines"))[0] == dt.date(2026, 12, 7)
    assert local(cap("FR demain appeler Claire"))[0] == dt.date(2026, 11, 24)
    assert cap("FR demain appeler Claire").title == "appeler Claire"
    assert local(cap("DE review 15/12"))[0] == dt.date(2026, 12, 15)  # day first


def test_numeric_dates_are_day_first_and_relative_hours_keep_the_time():
    assert local(cap("PL review contract 12.12"))[0] == dt.date(2026, 12, 12)  # not 12:12 today
    assert local(cap("AE visa 2026-12-03"))[0] == dt.date(2026, 12, 3)
    assert local(cap("FR check payslips 15/01"))[0] == dt.date(2027, 1, 15)  # the next 15 January
    c = cap("FR call back in 2 hours")
    assert not c.due_all_day and local(c) == (dt.date(2026, 11, 23), dt.time(12, 30))


def test_country_names_are_matched_among_all_countries_first():
    # "United" starts the United Arab Emirates' name, but this is the United Kingdom,
    # which is not one of the store's countries: no country, the words stay in the title.
    c = cap("United Kingdom visa")
    assert c.country is None and c.title == "United Kingdom visa" and c.ok
    assert cap("Jordan called about payroll").title == "Jordan called about payroll"
    assert cap("Allemagne paie").country_code == "DE"
    assert cap("Pologne: onboarding").title == "onboarding"


def test_today_is_counted_in_the_country_zone():
    # 23:30 UTC on Monday is already Tuesday in Dubai.
    late = FIXED_NOW.replace(hour=23)
    c = parse_capture("AE visa tomorrow", late, COUNTRIES)
    assert local(c)[0] == dt.date(2026, 11, 25)


@pytest.mark.parametrize("text, bad", [("DE payroll 31 février", "31 février"), ("DE payroll Feb 30", "Feb 30"),
                                       ("FR review 30/02", "30/02"), ("FR payroll by 31/11", "31/11"),
                                       ("FR payroll 31 avril", "31 avril")])
def test_impossible_dates(text, bad):
    c = cap(text)
    assert Problem.IMPOSSIBLE_DATE in c.problems
    assert c.problem_text == bad
    assert c.due_at is None


def test_a_long_paste_is_not_a_title():
    c = cap("FR urgent " + "lorem ipsum " * 100_000 + "friday")
    assert c.problems == (Problem.TITLE_TOO_LONG,)
    assert c.urgent and c.date_text == "friday"


def test_unknown_country_and_empty_title():
    c = cap("IT urgent payroll")
    assert c.problems == (Problem.UNKNOWN_COUNTRY,) and c.problem_text == "IT"
    assert cap("FR urgent").problems == (Problem.EMPTY_TITLE,)
    assert cap("   ").problems == (Problem.EMPTY_TITLE,)


def test_task_values_and_store_countries(sample_store):
    refs = load_countries(sample_store)
    c = parse_capture("AE urgent visa friday", FIXED_NOW, refs)
    values = c.task_values()
    assert values["country_id"] == next(r.id for r in refs if r.code == "AE")
    assert values["due_tz"] == "Asia/Dubai" and values["urgent"] is True
    assert values["title"] == "visa"


# -- the capture bar -------------------------------------------------------------------
@pytest.fixture
def bar(qtbot, sample_ctx):
    from regionmgr.ui.tasks.quick_capture import QuickCaptureBar

    w = QuickCaptureBar(sample_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def task_titles(store) -> list[str]:
    return [r[0] for r in store.raw().execute("SELECT title FROM task ORDER BY title")]


def test_bar_previews_before_creating_then_creates_and_undoes(qtbot, bar, sample_ctx):
    before = task_titles(sample_ctx.store)
    qtbot.keyClicks(bar.edit, "AE urgent visa for Omar by friday")
    qtbot.waitUntil(lambda: bar.capture is not None)
    text = bar.preview.text()
    assert "visa for Omar" in text and "AE" in text and "Dubai" in text
    assert "Fri 27 Nov 2026" in text
    assert task_titles(sample_ctx.store) == before  # nothing written by the preview
    with qtbot.waitSignal(bar.task_created) as sig:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    new_id = sig.args[0]
    row = sample_ctx.store.raw().execute(
        "SELECT t.title, t.urgent, t.due_tz, c.code FROM task t JOIN country c ON c.id = t.country_id "
        "WHERE t.id = ?", (new_id,)).fetchone()
    assert row == ("visa for Omar", 1, "Asia/Dubai", "AE")
    assert bar.edit.text() == ""
    sample_ctx.undo_stack.undo()
    assert task_titles(sample_ctx.store) == before
    sample_ctx.undo_stack.redo()
    assert "visa for Omar" in task_titles(sample_ctx.store)


def test_bar_french_line_shows_quadrant(qtbot, bar):
    bar.edit.setText("FR urgent important paie des cadres demain")
    bar.refresh_preview()
    assert "Do now" in bar.preview.text()
    assert "France (FR)" in bar.preview.text()
    bar.edit.setText("DE rappel procédure vendredi prochain")
    bar.refresh_preview()
    # Four working days away: not urgent; fixed at the end of Berlin's working day (17:00 in the sample).
    assert "· Drop ·" in bar.preview.text()
    assert "Fri 27 Nov 2026 17:00 (Berlin time)" in bar.preview.text()
    bar.edit.setText("AE important visa demain 14h")
    bar.refresh_preview()
    text = bar.preview.text()
    assert "Do now (urgent: due in 1 working day in Dubai)" in text
    assert "Tue 24 Nov 2026 14:00 (Dubai time) = Tue 24 Nov 2026 11:00 your time" in text


@pytest.mark.parametrize("text, words", [
    ("FR payroll 31 février", "“31 février” is not a date"),
    ("DE payroll Feb 30", "“Feb 30” is not a date"),
    ("FR urgent", "write what the task is"),
    ("IT payroll", "IT (Italy) is not one of your countries"),
    ("FR " + "x" * 600, "the title is 600 characters long; keep it under 500"),
])
def test_bar_bad_input_creates_nothing(qtbot, bar, sample_ctx, text, words):
    before = task_titles(sample_ctx.store)
    bar.edit.setText(text)
    assert bar.create_task() is None
    assert words in bar.preview.text()
    assert bar.preview.property("error") is True
    assert task_titles(sample_ctx.store) == before
    assert sample_ctx.undo_stack.count() == 0
    assert bar.edit.text() == text  # kept, so the user can fix it


def test_bar_empty_enter_says_so(qtbot, bar, sample_ctx):
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert "Type a task first" in bar.preview.text()
    assert sample_ctx.undo_stack.count() == 0


def test_bar_focus_capture(qtbot, bar):
    bar.edit.setText("something")
    bar.focus_capture()
    qtbot.waitUntil(bar.edit.hasFocus)
    assert bar.edit.selectedText() == "something"


def test_bar_escape_clears(qtbot, bar):
    bar.edit.setText("FR half typed")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.edit.text() == ""


WORDS = ["FR", "DE", "ma", "de", "urgent", "important", "!", "*", "!!", "@Claire", "#MA", "mars", "may",
         "friday", "vendredi", "prochain", "3", "déc.", "31", "février", "by", "le", "demain", "14h",
         "payroll", "question", "Émirats", "United", "Kingdom", "in", "2", "weeks", "15/12", "30/02", ""]


def test_any_line_is_understood_without_error_and_nothing_invented():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=10))
    def check(words):
        text = " ".join(words)
        c = cap(text)
        # Everything in the title was typed, in the order typed (edge punctuation may go).
        rest = iter(text.split())
        assert all(any(t in w for w in rest) for t in c.title.split())
        assert (c.due_at is None) or (c.date_text and c.due_at.tzinfo is not None)
        assert c.ok == (not c.problems)
        if c.ok:
            assert c.title and len(c.title) <= 500

    check()


def test_bar_explains_a_year_out_of_range_and_creates_nothing(qtbot, bar, sample_ctx):
    before = task_titles(sample_ctx.store)
    bar.edit.setText("FR pay the bills 27/11/1850")
    assert bar.create_task() is None
    # The dates a user may type (a year back, 20 years ahead), not the store's 1970–2200.
    assert "between 23 Nov 2025 and 23 Nov 2046" in bar.preview.text() and "27/11/1850" in bar.preview.text()
    assert task_titles(sample_ctx.store) == before
