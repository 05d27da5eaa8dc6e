"""The one task list: loading, filters, search as you type, sorting, rows that stand out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionmgr.core.tasks.priority import Quadrant
from regionmgr.ui.tasks.task_model import (
    COL_CHANNEL,
    COL_COUNTRY,
    COL_DUE,
    COL_QUADRANT,
    COL_STATUS,
    COL_TITLE,
    TaskTableModel,
    UrgencyRole,
)


@pytest.fixture
def model(sample_ctx):
    m = TaskTableModel(sample_ctx)
    m.load()
    return m


def titles(model) -> list[str]:
    return [model.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_active_tasks_soonest_due_first(model):
    shown = titles(model)
    assert "Answer: maternity leave rules" not in shown  # done: hidden by default
    assert shown[0] == "Approve Q4 bonus list"  # overdue by two days
    assert shown.index("CNSS declaration check") < shown.index("Team offsite in Marrakech")
    assert shown[-1] in {"Reorganise shared drive folders", "Read the new travel policy draft",
                         "Compare coffee machine offers"}


def test_overdue_and_due_today_rows_stand_out(model):
    shown = titles(model)
    assert model.index(shown.index("Approve Q4 bonus list"), COL_TITLE).data(UrgencyRole) == "overdue"
    assert model.index(shown.index("CNSS declaration check"), COL_TITLE).data(UrgencyRole) == "today"
    row = shown.index("Team offsite in Marrakech")
    assert model.index(row, COL_TITLE).data(UrgencyRole) == ""
    assert model.index(row, COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, COL_DUE).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_filters(model):
    countries = {code: rowid for rowid, code in model.countries()}
    model.set_filter(country=countries["MA"])
    assert {model.index(r, COL_COUNTRY).data() for r in range(model.rowCount())} == {"MA"}
    model.set_filter(country=None, overdue=True)
    assert set(titles(model)) == {"Approve Q4 bonus list", "Collect signed timesheets"}
    model.set_filter(overdue=False, status="done")
    assert "Answer: car policy for managers" in titles(model)
    assert all(model.index(r, COL_STATUS).data() == "Done" for r in range(model.rowCount()))
    model.set_filter(status="active", waiting_for=True)
    assert set(titles(model)) == {"Renew office lease summary", "Collect bank details of new hires",
                                  "Check medical insurance renewal"}
    model.set_filter(waiting_for=False, quadrant=int(Quadrant.SCHEDULE))
    assert "Prepare annual review framework" in titles(model)
    assert {model.index(r, COL_QUADRANT).data() for r in range(model.rowCount())} == {"Schedule"}


def test_due_this_week(model):
    model.set_filter(due_this_week=True)
    shown = set(titles(model))
    # Monday 23 November 2026: due Mon..Sun of this week, not the overdue ones.
    assert {"CNSS declaration check", "Update phone list", "Visa renewal for the new sales lead"} <= shown
    assert "Approve Q4 bonus list" not in shown and "Onboarding pack in Polish" not in shown


def test_search_as_you_type_titles_and_notes(qtbot, page):
    qtbot.keyClicks(page.search_edit, "Vi")  # under three letters: titles only
    shown = titles(page.model)
    assert "Visa renewal for the new sales lead" in shown and "Prepare annual review framework" in shown
    assert all("vi" in t.casefold() for t in shown)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "cut-off")  # only in a task's notes
    assert titles(page.model) == ["Payroll question: overtime rules for engineers"]
    page.search_edit.clear()
    assert page.model.rowCount() == len(titles(page.model)) > 15
    qtbot.keyClicks(page.search_edit, "zzz")
    assert page.model.rowCount() == 0


def test_search_narrows_inside_the_filters(qtbot, page):
    page.overdue_box.setChecked(True)
    qtbot.keyClicks(page.search_edit, "collect")
    assert titles(page.model) == ["Collect signed timesheets"]


def test_sort_on_any_column(model):
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    shown = titles(model)
    assert shown == sorted(shown, key=str.casefold)
    model.sort(COL_COUNTRY, Qt.SortOrder.DescendingOrder)
    codes = [model.index(r, COL_COUNTRY).data() for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    model.sort(COL_QUADRANT, Qt.SortOrder.AscendingOrder)
    quads = [model.index(r, COL_QUADRANT).data() for r in range(model.rowCount())]
    assert quads[0] == "Do now" and quads[-1] == "Drop"


def test_parent_shows_tranches_done(model):
    model.set_filter(status="all")
    row = titles(model).index("Harmonise job descriptions (120 roles)")
    assert model.index(row, COL_TITLE).data() == "Harmonise job descriptions (120 roles) (1 of 3 done)"
    assert "1 of 3 parts done" in model.index(row, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_an_edit_elsewhere_shows_in_the_list(sample_ctx, model):
    from regionmgr.store.models import Task
    from tests.commands import CreateCommand

    sample_ctx.push(CreateCommand(sample_ctx, Task, {"title": "Brand new request", "due_at": None}, "New"))
    assert "Brand new request" in titles(model)
    sample_ctx.undo_stack.undo()
    assert "Brand new request" not in titles(model)


def test_first_page_then_the_whole_list_in_background(qtbot, sample_ctx):
    m = TaskTableModel(sample_ctx)
    m.load_first_page()
    assert m.rowCount() > 0 and not m.complete
    m.set_search("cut-off")  # while loading, the search uses the trigram index
    assert titles(m) == ["Payroll question: overtime rules for engineers"]
    m.set_search("")
    with qtbot.waitSignal(m.rows_loaded, timeout=5000):
        m.load_in_background()
    assert m.complete and "Read the new travel policy draft" in titles(m)


def test_page_shows_count_and_fills_country_filter(page):
    assert page.count_label.text().endswith("shown")
    assert page.country_box.count() == 6  # all + five countries


def test_checkbox_column_is_checkable(model):
    flags = model.flags(model.index(0, COL_TITLE))
    assert flags & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(0, COL_TITLE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_due_column_text(model):
    shown = titles(model)
    row = shown.index("CNSS declaration check")
    assert model.index(row, COL_DUE).data().startswith("Mon 23 Nov")
    assert dt.date(2026, 11, 23).isoweekday() == 1


def test_ctrl_n_focuses_the_quick_capture_line_above_the_list(qtbot, window):
    page = window.pages["tasks"]
    qtbot.waitUntil(lambda: page.model.complete, timeout=5000)
    window.new_task_action.trigger()
    assert page.capture_bar is not None
    qtbot.waitUntil(lambda: page.capture_bar.isAncestorOf(window.focusWidget()) or page.capture_bar.hasFocus(),
                    timeout=2000)


def test_the_list_shows_each_task_as_stored(ctx):
    """Every column of a few tasks written with known values, as the user sees them (the rows
    share repeated values to save memory: two tasks with the same requester and due time)."""
    from regionmgr.core import ops
    from regionmgr.core.countries import region
    from regionmgr.store.models import Country, Task

    utc = dt.UTC
    ma = ops.create(ctx.store, Country, region.new_country_values(ctx.store, "MA"))
    due = dt.datetime(2026, 11, 27, 13, 0, tzinfo=utc)  # 14:00 in Paris, 17:00 in Dubai
    ops.create(ctx.store, Task, {"title": "Payslips for November", "country_id": ma, "requester": "Sara Alaoui",
                                 "urgent": True, "important": True, "due_at": due, "due_tz": "Asia/Dubai",
                                 "due_all_day": False})
    ops.create(ctx.store, Task, {"title": "Payslips for December", "country_id": ma, "requester": "Sara Alaoui",
                                 "important": True, "due_at": due + dt.timedelta(days=31),
                                 "due_tz": "Africa/Casablanca", "due_all_day": False})
    ops.create(ctx.store, Task, {"title": "Lease summary", "status": "waiting", "delegated_to": "Karim"})
    ops.create(ctx.store, Task, {"title": "Old request", "status": "done"})
    ops.create(ctx.store, Task, {"title": "Abandoned idea", "status": "dropped"})
    m = TaskTableModel(ctx)
    m.load()
    m.set_filter(status="all")
    m.sort(COL_TITLE)
    shown = [tuple(m.index(r, c).data() for c in range(COL_CHANNEL)) for r in range(m.rowCount())]
    assert shown == [
        ("Abandoned idea", "", "", "Drop", "", "Dropped", ""),
        ("Lease summary", "", "", "Drop", "", "Waiting", "Karim"),
        ("Old request", "", "", "Drop", "", "Done", ""),
        ("Payslips for December", "MA", "Sara Alaoui", "Schedule", "Mon 28 Dec 14:00", "Open", ""),
        ("Payslips for November", "MA", "Sara Alaoui", "Do now", "Fri 27 Nov 14:00 (17:00 Dubai)", "Open", ""),
    ]
    m.set_filter(status="active")
    assert [m.index(r, COL_TITLE).data() for r in range(m.rowCount())] == [
        "Lease summary", "Payslips for December", "Payslips for November"]


def test_the_country_filter_follows_countries_added_and_reordered(qtbot, page, sample_ctx):
    from regionmgr.core.countries import operations as countries
    from regionmgr.core.countries import region

    codes = lambda: [page.country_box.itemText(i) for i in range(1, page.country_box.count())]  # noqa: E731
    before = codes()
    store = sample_ctx.store
    assert sample_ctx.run("Add", lambda: countries.add_country(store, "ES"))
    assert codes() == [*before, "ES"]
    ordered = [row.id for row in region.list_countries(store)]
    assert sample_ctx.run("Reorder", lambda: countries.reorder_countries(store, ordered[::-1]))
    assert codes() == ["ES", *before[::-1]]


def test_a_due_time_fixed_in_its_country_zone_stays_there_when_the_country_moves_zone(sample_ctx, model):
    """A deadline fixed in Casablanca time keeps showing as such once Morocco's zone is set to another
    one (the list keeps a task's fixed zone only when it differs from its country's)."""
    from regionmgr.core import ops
    from regionmgr.core.countries import operations as countries
    from regionmgr.core.countries import region
    from regionmgr.store.models import Task

    store = sample_ctx.store
    ma = next(c for c in region.list_countries(store) if c.code == "MA")
    ops.create(store, Task, {"title": "Casablanca deadline", "country_id": ma.id, "due_tz": "Africa/Casablanca",
                             "due_at": dt.datetime(2026, 11, 27, 16, 0, tzinfo=dt.UTC), "due_all_day": False})
    model.load()
    row = titles(model).index("Casablanca deadline")
    assert model.index(row, COL_DUE).data() == "Fri 27 Nov 17:00"  # Paris and Casablanca: the same time
    assert sample_ctx.run("Zone", lambda: countries.update_country(store, ma.id, {"timezone": "Asia/Dubai"}))
    row = titles(model).index("Casablanca deadline")
    assert model.index(row, COL_DUE).data() == "Fri 27 Nov 17:00"  # not "(20:00 Dubai)"
    assert "Casablanca" in model.index(row, COL_DUE).data(Qt.ItemDataRole.ToolTipRole)


def test_after_edits_the_list_shows_what_a_fresh_read_shows(sample_ctx, model):
    """Edits update only the changed rows' quadrant, due text, order and search text; the result is
    what reading the whole list again gives (the quadrant column sorted, a search active)."""
    import datetime as dt

    from regionmgr.store.models import Task
    from regionmgr.ui.tasks.task_model import push_update
    from tests.commands import CreateCommand

    def shown(m) -> list[tuple]:
        return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]

    model.sort(COL_QUADRANT)
    model.quadrants()  # derived for every row before the edits
    assert shown(model)  # and every row's texts shown once (cached)
    ids = [model.task_id(r) for r in range(4)]
    now = sample_ctx.now()
    push_update(sample_ctx, [ids[0]], {"urgent": True, "important": True}, "flags")
    push_update(sample_ctx, [ids[1]], {"due_at": now + dt.timedelta(hours=2), "due_all_day": False}, "due soon")
    push_update(sample_ctx, [ids[2]], {"due_floating": True, "due_at": None,
                                       "due_local": dt.datetime(2026, 11, 26, 19, 0)}, "floating")
    push_update(sample_ctx, [ids[3]], {"title": "Zebra crossing survey"}, "title")
    sample_ctx.push(CreateCommand(sample_ctx, Task, {"title": "Zebra permits", "urgent": True}, "New"))
    model.set_search("zebra")
    fresh = TaskTableModel(sample_ctx)
    fresh.load()
    fresh.sort(COL_QUADRANT)
    fresh.set_search("zebra")
    assert shown(model) == shown(fresh) and len(shown(model)) == 2
    model.set_search("")
    fresh.set_search("")
    assert shown(model) == shown(fresh)


def test_row_positions_found_by_rowid_in_order_or_not():
    from regionmgr.ui.tasks.task_model import RowIndex

    rows = [(rowid, f"t{rowid}") for rowid in (2, 5, 9, 14)]
    index = RowIndex(rows)
    assert index.map is None  # read in rowid order: searched by bisection, no dict
    assert [index.get(r) for r in (2, 5, 9, 14, 1, 6, 99)] == [0, 1, 2, 3, None, None, None]
    rows.append((20, "t20"))
    index.appended(4)
    assert index.map is None and index.get(20) == 4
    rows.append((7, "t7"))  # a rowid SQLite gave again: out of order
    index.appended(5)
    assert index.map is not None
    assert [index.get(r) for r in (2, 5, 9, 14, 20, 7, 6)] == [0, 1, 2, 3, 4, 5, None]
    assert RowIndex([(3, ""), (1, "")]).get(1) == 1
