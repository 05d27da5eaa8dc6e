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
