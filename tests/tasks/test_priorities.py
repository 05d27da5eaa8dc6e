"""The Priorities page: quadrants with counts, moves by model and by drag data, and why a task is where it is."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from regionmgr.core import ops
from regionmgr.core.tasks.matrix import load_matrix
from regionmgr.core.tasks.priority import Quadrant
from regionmgr.store.models import Task
from tests.conftest import FIXED_NOW


@pytest.fixture(autouse=True)
def english_dates():
    """Dates and times in the assertions are British English, whatever this machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)



def country_id(store, code: str) -> str:
    return store.raw().execute("SELECT id FROM country WHERE code = ?", (code,)).fetchone()[0]


def task_id(store, title: str) -> str:
    return store.raw().execute("SELECT id FROM task WHERE title = ?", (title,)).fetchone()[0]


def flags(store, tid: str) -> tuple[bool, bool]:
    u, i = store.raw().execute("SELECT urgent, important FROM task WHERE id = ?", (tid,)).fetchone()
    return bool(u), bool(i)


def add_task(store, title: str, code: str, due_local: dt.datetime | None, urgent=False, important=False) -> str:
    zone = store.raw().execute("SELECT timezone FROM country WHERE code = ?", (code,)).fetchone()[0]
    due = due_local.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC) if due_local else None
    return ops.create(store, Task, {"title": title, "country_id": country_id(store, code), "urgent": urgent,
                                    "important": important, "due_at": due, "due_tz": zone})


@pytest.fixture
def page(qtbot, sample_ctx):
    from regionmgr.ui.tasks.priorities_page import PrioritiesPage

    p = PrioritiesPage(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    return p


def titles(page, q: Quadrant) -> list[str]:
    model = page.models[q]
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def test_quadrants_hold_the_open_tasks_with_counts(page, qtmodeltester):
    for model in page.models.values():
        qtmodeltester.check(model)
    assert "Approve Q4 bonus list" in titles(page, Quadrant.DO)
    assert "Prepare annual review framework" in titles(page, Quadrant.SCHEDULE)
    assert "Update phone list" in titles(page, Quadrant.DELEGATE)
    assert "Compare coffee machine offers" in titles(page, Quadrant.DROP)
    everything = [title for q in Quadrant for title in titles(page, q)]
    assert "Answer: car policy for managers" not in everything  # done
    assert "Renew office lease summary" not in everything  # waiting (already delegated)
    assert "Harmonise job descriptions (120 roles)" not in everything  # its open parts stand for it
    assert "Job descriptions: Engineering roles (50)" in titles(page, Quadrant.SCHEDULE)
    for q in Quadrant:
        assert page.titles[q].text().endswith(f"({page.count(q)})")
    assert page.titles[Quadrant.DO].text().startswith("Do now")
    # Within a quadrant the nearest deadline comes first.
    assert titles(page, Quadrant.DO)[0] == "Approve Q4 bonus list"  # overdue


def test_model_level_move_sets_flags_and_undoes(page, sample_ctx):
    store = sample_ctx.store
    tid = task_id(store, "Compare coffee machine offers")
    drop_before = page.count(Quadrant.DROP)
    assert page.models[Quadrant.SCHEDULE].move_tasks([tid])
    assert flags(store, tid) == (False, True)
    assert "Compare coffee machine offers" in titles(page, Quadrant.SCHEDULE)
    assert page.count(Quadrant.DROP) == drop_before - 1
    assert page.titles[Quadrant.DROP].text().endswith(f"({drop_before - 1})")
    sample_ctx.undo_stack.undo()
    assert flags(store, tid) == (False, False)
    assert "Compare coffee machine offers" in titles(page, Quadrant.DROP)
    sample_ctx.undo_stack.redo()
    assert flags(store, tid) == (False, True)


def test_drag_mime_data_carries_ids_and_drop_moves_them(page, sample_ctx):
    store = sample_ctx.store
    src = page.models[Quadrant.DROP]
    rows = [r for r in range(src.rowCount()) if src.data(src.index(r)) in
            ("Compare coffee machine offers", "Reorganise shared drive folders")]
    mime = src.mimeData([src.index(r) for r in rows])
    assert src.mimeTypes() == ["application/x-regionmgr-task-ids"]
    target = page.models[Quadrant.DO]
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    for title in ("Compare coffee machine offers", "Reorganise shared drive folders"):
        assert flags(store, task_id(store, title)) == (True, True)
        assert title in titles(page, Quadrant.DO)
    # Both moved in one undo step.
    assert sample_ctx.undo_stack.count() == 1
    sample_ctx.undo_stack.undo()
    assert flags(store, task_id(store, "Reorganise shared drive folders")) == (False, False)


def test_foreign_drag_data_is_refused(page, sample_ctx):
    mime = QMimeData()
    mime.setText("hello")
    target = page.models[Quadrant.DO]
    assert not target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    bad = QMimeData()
    bad.setData("application/x-regionmgr-task-ids", b"not json")
    assert not target.dropMimeData(bad, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert sample_ctx.undo_stack.count() == 0


def test_a_friday_deadline_in_dubai_is_not_one_in_paris(sample_ctx, clock):
    """Monday 30 Nov 2026: 2-3 Dec are UAE National Day; France works all week."""
    store = sample_ctx.store
    clock.value = dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC)
    friday = dt.datetime(2026, 12, 4, 17, 0)
    dubai = add_task(store, "Dubai report", "AE", friday, important=True)
    paris = add_task(store, "Paris report", "FR", friday, important=True)
    from regionmgr.ui.tasks.priorities_page import PrioritiesPage

    page = PrioritiesPage(sample_ctx)
    assert "Dubai report" in titles(page, Quadrant.DO)
    assert "Paris report" in titles(page, Quadrant.SCHEDULE)
    by_id = {r.id: r for rows in load_matrix(store, clock(), "Europe/Paris").values() for r in rows}
    do, sched = page.models[Quadrant.DO], page.models[Quadrant.SCHEDULE]
    dubai_row = do.index(do.ids().index(dubai))
    paris_row = sched.index(sched.ids().index(paris))
    from regionmgr.ui.tasks.priorities_page import DETAIL_ROLE, WHY_ROLE

    assert dubai_row.data(WHY_ROLE) == "urgent: due in 2 working days in Dubai"
    assert paris_row.data(WHY_ROLE) == "not urgent: due in 4 working days in Paris"
    assert "marked important" in dubai_row.data(Qt.ItemDataRole.ToolTipRole)
    assert dubai_row.data(DETAIL_ROLE).startswith("AE · Fri 4 Dec")
    assert by_id[dubai].placement.working_days_left == 2
    page.deleteLater()


def test_due_soon_task_dragged_to_a_non_urgent_quadrant_stays_urgent(page, sample_ctx):
    store = sample_ctx.store
    # Tuesday 24 Nov, 17:00 in Dubai: one working day away, no flags -> Delegate, by its deadline.
    tid = add_task(store, "Sign the visa form", "AE", dt.datetime(2026, 11, 24, 17, 0))
    page.reload()
    assert "Sign the visa form" in titles(page, Quadrant.DELEGATE)
    notices = []
    page.models[Quadrant.DROP].moved.connect(notices.append)
    # To Drop: its flags already say "neither", nothing to write; the page says why it stays.
    assert not page.models[Quadrant.DROP].move_tasks([tid])
    assert sample_ctx.undo_stack.count() == 0
    assert "stays urgent (due in 1 working day in Dubai)" in notices[-1]
    assert page.notice.isVisible() and "Change its due date" in page.notice.text()
    # To Schedule: "important" is set (one undo step) and it lands in Do now, with the same notice.
    assert page.models[Quadrant.SCHEDULE].move_tasks([tid])
    assert flags(store, tid) == (False, True)
    assert "Sign the visa form" in titles(page, Quadrant.DO)
    assert "stays urgent" in page.notice.text()
    # A task marked urgent and overdue, dragged to Drop: the flag goes, the deadline keeps it urgent.
    overdue = task_id(store, "Collect signed timesheets")
    assert page.models[Quadrant.DROP].move_tasks([overdue])
    assert flags(store, overdue) == (False, False)
    assert "Collect signed timesheets" in titles(page, Quadrant.DELEGATE)
    assert "stays urgent (overdue by 1 working day in Warsaw)" in page.notice.text()
    # A move that raises no deadline question clears the notice.
    page.models[Quadrant.SCHEDULE].move_tasks([task_id(store, "Compare coffee machine offers")])
    assert page.notice.isHidden()


def test_page_follows_edits_made_elsewhere(page, sample_ctx):
    from tests.commands import UpdateCommand

    tid = task_id(sample_ctx.store, "Read the new travel policy draft")
    assert "Read the new travel policy draft" in titles(page, Quadrant.DROP)
    sample_ctx.push(UpdateCommand(sample_ctx, Task, tid, {"status": "done"}, "done"))
    everything = [title for q in Quadrant for title in titles(page, q)]
    assert "Read the new travel policy draft" not in everything


def test_context_menu_targets(page):
    view = page.views[Quadrant.DO]
    assert [m.quadrant for m in view.move_targets] == list(Quadrant)


def test_floating_due_time_follows_the_user_zone(sample_ctx):
    store = sample_ctx.store
    ops.create(store, Task, {"title": "Call mum", "due_floating": True,
                             "due_local": dt.datetime(2026, 11, 23, 19, 0)})
    rows = {r.title: r for rows in load_matrix(store, FIXED_NOW, "Asia/Dubai").values() for r in rows}
    assert rows["Call mum"].due_at == dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
    assert rows["Call mum"].quadrant is Quadrant.DELEGATE  # due today


def test_split_into_parts_opens_the_planner_for_the_parent(page, sample_ctx):
    part = task_id(sample_ctx.store, "Job descriptions: Engineering roles (50)")
    dialog = page.split_task(part)
    assert dialog.isVisible()
    assert dialog.task.title == "Harmonise job descriptions (120 roles)"
    assert len(dialog.model.parts) == 3
    dialog.reject()


def test_big_stores_load_in_the_background(qtbot, sample_ctx, monkeypatch):
    import regionmgr.ui.tasks.priorities_page as pp

    monkeypatch.setattr(pp, "SYNC_LOAD_LIMIT", 0)
    page = pp.PrioritiesPage(sample_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count(Quadrant.DO) > 0)
    assert "Approve Q4 bonus list" in titles(page, Quadrant.DO)
    assert page.loading.isHidden()


def test_hidden_page_reloads_when_shown(qtbot, page, sample_ctx):
    from tests.commands import UpdateCommand

    page.hide()
    tid = task_id(sample_ctx.store, "Compare coffee machine offers")
    sample_ctx.push(UpdateCommand(sample_ctx, Task, tid, {"important": True}, "flag"))
    assert "Compare coffee machine offers" in titles(page, Quadrant.DROP)  # not reloaded while hidden
    page.show()
    assert "Compare coffee machine offers" in titles(page, Quadrant.SCHEDULE)


def test_priorities_page_in_the_main_window(window, sample_ctx):
    from regionmgr.ui.tasks.priorities_page import PrioritiesPage

    window.show_page("priorities")
    page = window.pages["priorities"]
    assert isinstance(page, PrioritiesPage)
    assert page.count(Quadrant.DO) == 4
    # An undo from the Edit menu's stack is seen by the page.
    tid = task_id(sample_ctx.store, "Update phone list")
    page.models[Quadrant.DROP].move_tasks([tid])
    assert "Update phone list" in titles(page, Quadrant.DROP)
    sample_ctx.undo_stack.undo()
    assert "Update phone list" in titles(page, Quadrant.DELEGATE)


def test_drop_event_on_the_target_view_moves_the_task(qtbot, page, sample_ctx):
    """Drive the view's own drop handling with the source view's drag data."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    src_view, dst_view = page.views[Quadrant.DROP], page.views[Quadrant.SCHEDULE]
    src = page.models[Quadrant.DROP]
    row = titles(page, Quadrant.DROP).index("Read the new travel policy draft")
    src_view.setCurrentIndex(src.index(row))
    mime = src.mimeData(src_view.selectionModel().selectedIndexes())
    assert dst_view.acceptDrops()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dst_view.dropEvent(event)
    tid = task_id(sample_ctx.store, "Read the new travel policy draft")
    assert flags(sample_ctx.store, tid) == (False, True)
    assert "Read the new travel policy draft" in titles(page, Quadrant.SCHEDULE)


def test_activating_a_task_names_it(qtbot, page, sample_ctx):
    view, model = page.views[Quadrant.DO], page.models[Quadrant.DO]
    with qtbot.waitSignal(page.task_activated) as sig:
        view.activated.emit(model.index(0))
    assert sig.args == [model.ids()[0]]


def test_tasks_move_as_their_deadline_comes_closer(qtbot, page, sample_ctx, clock):
    # "Onboarding pack in Polish" is due in 14 days: Schedule today, Do now when it is 2 working days away.
    assert "Onboarding pack in Polish" in titles(page, Quadrant.SCHEDULE)
    clock.advance(days=10)
    page._clock_timer.timeout.emit()
    assert "Onboarding pack in Polish" in titles(page, Quadrant.DO)
