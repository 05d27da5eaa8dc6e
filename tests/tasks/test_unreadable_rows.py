"""A task whose stored due date can't be read back (issue 13.7: year 1 or 9999 written into the
store by hand or by an old import, in an extreme zone) is left out of each page, logged and
announced; the other tasks still show. Dates outside 1970-2200 are refused when set."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.calendar.dates import DateInputError
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.tasks import rules, tranches
from tests.conftest import make_ctx

CASES = [
    ("Pacific/Kiritimati", "9999-12-31 23:59:59.000000"),
    ("Pacific/Kiritimati", "0001-01-01 00:00:00.000000"),
    ("Etc/GMT+12", "0001-01-01 00:00:00.000000"),
    ("Etc/GMT+12", "9999-12-31 23:59:59.000000"),
    ("Etc/GMT+12", "not a date at all"),
]
IDS = ["kiritimati-9999", "kiritimati-0001", "gmt+12-0001", "gmt+12-9999", "garbage"]


def break_one_task(store, zone: str, value: str) -> tuple[str, str, str]:
    """Write ``value`` as the due instant of one open Moroccan task straight into the store (raw
    sqlite), the country and the task in ``zone``; (the task's id, its title, the country's id)."""
    conn = store.raw()
    country_id = conn.execute("SELECT id FROM country WHERE code = 'MA'").fetchone()[0]
    task_id, title = conn.execute(
        "SELECT id, title FROM task WHERE status = 'open' AND parent_id IS NULL AND country_id = ? "
        "ORDER BY title LIMIT 1", (country_id,)).fetchone()
    conn.execute("UPDATE task SET due_at = ?, due_tz = ?, due_floating = 0 WHERE id = ?", (value, zone, task_id))
    conn.execute("UPDATE country SET timezone = ? WHERE id = ?", (zone, country_id))
    conn.commit()
    return task_id, title, country_id


def open_titles(store, country_id: str | None = None) -> set[str]:
    sql = "SELECT title FROM task WHERE status = 'open'" + (" AND country_id = ?" if country_id else "")
    return {t for (t,) in store.raw().execute(sql, (country_id,) if country_id else ())}


def every_cell(model) -> None:
    """Ask the model for every role of every cell, as a view painting it would."""
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole]
    from PySide6.QtCore import QAbstractListModel

    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(model.rowCount()):
        for col in range(columns):
            for role in roles:
                model.data(model.index(row, col), role)


@pytest.mark.parametrize(("zone", "value"), CASES, ids=IDS)
def test_tasks_page_leaves_the_row_out_and_says_so(qtbot, sample_store, data_dir, clock, caplog, zone, value):
    from regionmgr.ui.tasks.task_model import COL_TITLE
    from regionmgr.ui.tasks.tasks_page import TasksPage

    _tid, title, _cid = break_one_task(sample_store, zone, value)
    others = open_titles(sample_store) - {title}
    ctx = make_ctx(sample_store, data_dir, clock, zone=zone)
    page = TasksPage(ctx, autoload=False)
    qtbot.addWidget(page)
    with caplog.at_level(logging.WARNING):
        page.load_now()
    page.show()
    qtbot.waitExposed(page)
    m = page.model
    shown = {m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())}
    assert title not in shown
    assert others <= shown
    every_cell(m)
    assert m.notice().startswith("1 task") and m.notice().endswith("could not be read and are not shown")
    assert any("left out of the list" in r.getMessage() for r in caplog.records)
    m.load_first_page()  # the first page leaves it out too
    every_cell(m)


@pytest.mark.parametrize(("zone", "value"), CASES, ids=IDS)
def test_priorities_page_leaves_the_row_out_and_says_so(qtbot, sample_store, data_dir, clock, caplog, zone, value):
    from regionmgr.ui.tasks.priorities_page import PrioritiesPage

    _tid, title, _cid = break_one_task(sample_store, zone, value)
    ctx = make_ctx(sample_store, data_dir, clock, zone=zone)
    with caplog.at_level(logging.WARNING):
        page = PrioritiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    shown = {page.models[q].row_at(r).title for q in page.models for r in range(page.models[q].rowCount())}
    assert title not in shown
    assert len(shown) >= 5
    for model in page.models.values():
        every_cell(model)
    assert page.unreadable_notice.isVisible()
    notice = page.unreadable_notice.text()
    assert notice.startswith("1 task") and notice.endswith("could not be read and are not shown")
    assert any("left out of the matrix" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("zone", "value"), CASES, ids=IDS)
def test_countries_tasks_table_survives(qtbot, sample_store, data_dir, clock, caplog, zone, value):
    from regionmgr.ui.countries.country_models import OpenTasksModel

    _tid, title, country_id = break_one_task(sample_store, zone, value)
    ctx = make_ctx(sample_store, data_dir, clock, zone=zone)
    model = OpenTasksModel(ctx)
    with caplog.at_level(logging.WARNING):
        model.set_country(country_id, zone)
    every_cell(model)
    shown = {row.title for row in model.rows}
    assert title not in shown
    assert open_titles(sample_store, country_id) - {title} <= shown  # the country's other tasks stay
    assert model.notice() != ""
    assert any("left out" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("zone", "value"), CASES[:3], ids=IDS[:3])
def test_countries_page_survives(qtbot, sample_store, data_dir, clock, zone, value):
    """Ctrl+3 with the broken task's country selected (it segfaulted)."""
    from regionmgr.ui.countries.countries_page import CountriesPage

    _tid, _title, country_id = break_one_task(sample_store, zone, value)
    ctx = make_ctx(sample_store, data_dir, clock, zone=zone)
    page = CountriesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.tasks_model.set_country(country_id, zone)
    every_cell(page.tasks_model)
    page.repaint()


# -- refused when set ---------------------------------------------------------------------------
@pytest.mark.parametrize("day", [dt.date(1, 1, 2), dt.date(9999, 12, 15), dt.date(1969, 12, 31), dt.date(2201, 1, 1)])
def test_due_dates_outside_the_range_are_refused(day):
    with pytest.raises(DateInputError, match="between 1970 and 2200"):
        rules.due_changes(day, None, "Pacific/Kiritimati", False)
    with pytest.raises(DateInputError):
        rules.due_changes(day, dt.time(9), None, True)
    with pytest.raises(DateInputError):
        rules.delegate_changes("Amina", None, day, dt.datetime(2026, 11, 23, tzinfo=dt.UTC))


def test_the_last_day_of_the_range_is_accepted_in_any_zone():
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):
        changes = rules.due_changes(dt.date(2200, 12, 31), None, zone, False)
        assert changes["due_at"] is not None


def test_tranche_plans_outside_the_range_are_refused():
    week = WorkWeek("FR", "Europe/Paris")
    parts = [tranches.Part("one"), tranches.Part("two")]
    with pytest.raises(DateInputError):
        tranches.propose_schedule(parts, dt.date(2026, 11, 23), dt.date(9999, 12, 15), week)
    far = [tranches.Part("one", start_on=dt.date(2026, 11, 23), due_on=dt.date(9999, 1, 1))]
    with pytest.raises(DateInputError):
        tranches.validate_plan(far, dt.date(2026, 11, 23), None)
