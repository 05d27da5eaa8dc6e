"""The timer starts from the task list and from the country page, and the toolbar shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from regionmgr.store.models import Country, Task, TimeEntry


def _running(store):
    with store.session() as s:
        return s.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))).all()


def test_start_timer_on_the_selected_task(window, qtbot):
    window.show_page("tasks")
    page = window.pages["tasks"]
    page.load_now()
    with window.ctx.store.session() as s:
        task = s.scalars(select(Task).where(Task.title.like("Approve Q4%"))).one()
    page.select_task(task.id)
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    running = _running(window.ctx.store)
    assert [e.task_id for e in running] == [task.id]


def test_start_timer_on_the_country_shown_stops_the_task_timer(window, qtbot):
    window.show_page("countries")
    page = window.pages["countries"]
    assert page.select_code("MA")
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    with window.ctx.store.session() as s:
        morocco = s.scalars(select(Country).where(Country.code == "MA")).one()
    running = _running(window.ctx.store)
    assert [e.country_id for e in running] == [morocco.id]
    window.ctx.undo_stack.undo()
    assert _running(window.ctx.store) == []


def _shown_code(window) -> str:
    combo = window.timer_widget.country_combo
    return combo.currentData(combo.CODE_ROLE)


def _country_id(store, code: str) -> str:
    with store.session() as s:
        return s.scalars(select(Country).where(Country.code == code)).one().id


def test_the_toolbar_shows_the_country_of_the_task_being_timed(window, qtbot):
    from regionmgr.core.tasks import operations as task_operations

    store = window.ctx.store
    assert _shown_code(window) == "FR"  # the first country, before any timer
    window.show_page("tasks")
    page = window.pages["tasks"]
    page.load_now()
    with store.session() as s:
        task = s.scalars(select(Task).where(Task.title.like("Approve Q4%"))).one()
        assert task.country.code == "DE"
    page.select_task(task.id)
    qtbot.mouseClick(page.timer_button, Qt.MouseButton.LeftButton)
    assert _shown_code(window) == "DE"
    # The running task moves to Poland: the combo follows.
    poland, task_id = _country_id(store, "PL"), task.id
    window.ctx.run("Move", lambda: task_operations.update_tasks(store, [task_id], {"country_id": poland}))
    qtbot.waitUntil(lambda: _shown_code(window) == "PL")
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: _shown_code(window) == "DE")


def test_the_toolbar_follows_a_timer_started_on_a_country_and_keeps_the_users_pick(window, qtbot):
    store = window.ctx.store
    widget = window.timer_widget
    assert widget.start_for_country(_country_id(store, "MA"))
    assert _shown_code(window) == "MA"
    # The user picks another country to start next: an unrelated change does not undo the pick.
    widget.country_combo.setCurrentIndex(widget.country_combo.findData(_country_id(store, "AE")))
    window.ctx.data_changed.emit("task")
    assert _shown_code(window) == "AE"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert [e.country_id for e in _running(store)] == [_country_id(store, "AE")]
    assert _shown_code(window) == "AE"
