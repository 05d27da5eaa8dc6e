"""Recurring tasks: completing one creates the next, in the same undoable step."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations
from regionmgr.core.tasks.capture import load_countries, parse_capture
from regionmgr.core.tasks.planning import capture_task
from regionmgr.ui.tasks.task_model import COL_TITLE
from tests.conftest import FIXED_NOW  # Monday 23 November 2026, 09:30 UTC
from tests.tasks.conftest import select_title

PARIS = ZoneInfo("Europe/Paris")


def titled(store, title: str) -> list[dict]:
    conn = store.raw()
    ids = [r[0] for r in conn.execute("SELECT id FROM task WHERE title = ? ORDER BY due_at", (title,))]
    return [tl.read_task(store, i) for i in ids]


def capture(store, line: str, now: dt.datetime = FIXED_NOW) -> str:
    cap = parse_capture(line, now, load_countries(store), [], default_zone="Europe/Paris")
    assert cap.ok, cap.problems
    return str(capture_task(store, cap).result)


def local_day(task: dict) -> dt.date:
    return task["due_at"].astimezone(PARIS).date()


def test_completing_a_recurring_task_creates_the_next(sample_store):
    first = capture(sample_store, "FR weekly payroll check every monday @Claire !")
    sample_store.raw().execute("UPDATE task SET notes = 'the usual file' WHERE id = ?", (first,))
    sample_store.raw().commit()
    applied = operations.complete_tasks(sample_store, [first], FIXED_NOW)
    done, nxt = titled(sample_store, "weekly payroll check")
    assert done["id"] == first and done["status"] == "done"
    assert nxt["status"] == "open"
    assert local_day(done) == dt.date(2026, 11, 23)
    assert local_day(nxt) == dt.date(2026, 11, 30)  # the next Monday after the due date
    assert nxt["due_at"].astimezone(PARIS).time() == dt.time(18, 0)  # the same end of the working day
    for column in ("country_id", "requester", "urgent", "important", "notes", "recurrence", "due_tz",
                   "due_all_day"):
        assert nxt[column] == done[column], column
    assert nxt["recurrence"] == "weekly:1"
    assert applied.change.ids("task") == {first, nxt["id"]}

    # Undo: the new one is gone, the old one open again.
    redo = applied.undo()
    assert [t["status"] for t in titled(sample_store, "weekly payroll check")] == ["open"]
    # Redo: the same next task again (same id).
    redo.undo()
    again = titled(sample_store, "weekly payroll check")
    assert [t["id"] for t in again] == [first, nxt["id"]]


def test_completing_a_done_or_ordinary_task_creates_nothing(sample_store):
    plain = capture(sample_store, "FR one-off report friday")
    operations.complete_tasks(sample_store, [plain], FIXED_NOW)
    assert len(titled(sample_store, "one-off report")) == 1
    weekly = capture(sample_store, "FR standup notes every tuesday")
    operations.complete_tasks(sample_store, [weekly], FIXED_NOW)
    operations.complete_tasks(sample_store, [weekly], FIXED_NOW)  # already done: no second copy
    assert len(titled(sample_store, "standup notes")) == 2


def test_a_late_completion_skips_the_missed_weeks(sample_store):
    weeks_ago = FIXED_NOW - dt.timedelta(days=21)
    task = capture(sample_store, "FR stock report every monday", weeks_ago)
    operations.complete_tasks(sample_store, [task], FIXED_NOW + dt.timedelta(days=2))  # Wednesday 25
    _done, nxt = titled(sample_store, "stock report")
    assert local_day(nxt) == dt.date(2026, 11, 30)


def test_a_holiday_moves_the_next_one(sample_store):
    july = dt.datetime(2026, 7, 6, 8, 0, tzinfo=dt.UTC)  # Monday 6 July
    task = capture(sample_store, "FR dispatch every tuesday", july)  # Tuesday 7
    operations.complete_tasks(sample_store, [task], july)
    _done, nxt = titled(sample_store, "dispatch")
    assert local_day(nxt) == dt.date(2026, 7, 15)  # 14 July is a holiday in France


def test_an_unreadable_rule_completes_without_a_next(sample_store):
    task = capture(sample_store, "FR old rule task friday")
    sample_store.raw().execute("UPDATE task SET recurrence = 'v9;hourly' WHERE id = ?", (task,))
    sample_store.raw().commit()
    operations.complete_tasks(sample_store, [task], FIXED_NOW)
    assert [t["status"] for t in titled(sample_store, "old rule task")] == ["done"]


# -- on the Tasks page -------------------------------------------------------------------
def shown_titles(page) -> list[str]:
    m = page.model
    return [m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


def test_on_the_tasks_page_complete_shows_the_next_and_ctrl_z_restores(qtbot, page, sample_ctx):
    store = sample_ctx.store
    sample_ctx.run("capture", lambda: capture_task(store, parse_capture(
        "FR monthly close le dernier jour ouvré du mois", FIXED_NOW, load_countries(store), [],
        default_zone="Europe/Paris")))
    qtbot.waitUntil(lambda: "monthly close" in shown_titles(page))
    first = select_title(page, "monthly close")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # complete the selected task
    tasks = titled(store, "monthly close")
    assert [t["status"] for t in tasks] == ["done", "open"]
    assert local_day(tasks[1]) == dt.date(2026, 12, 31)  # November's was the 30th
    nxt = tasks[1]["id"]

    def shown_ids() -> list[str]:
        m = page.model
        return [m.task_id(r) for r in range(m.rowCount())
                if m.index(r, COL_TITLE).data(Qt.ItemDataRole.EditRole) == "monthly close"]

    qtbot.waitUntil(lambda: shown_ids() == [nxt])  # the active list: the next one, not the done one
    row = [page.model.task_id(r) for r in range(page.model.rowCount())].index(nxt)
    assert "↻" in page.model.index(row, COL_TITLE).data()  # the recurring marker

    sample_ctx.undo_stack.undo()  # Ctrl+Z
    qtbot.waitUntil(lambda: shown_ids() == [first])
    assert [t["status"] for t in titled(store, "monthly close")] == ["open"]


# -- the detail pane ---------------------------------------------------------------------
def test_the_detail_pane_sets_shows_and_stops_a_repeat(qtbot, page, sample_ctx, english_plurals):
    store = sample_ctx.store
    sample_ctx.run("capture", lambda: capture_task(store, parse_capture(
        "FR visa renewals friday", FIXED_NOW, load_countries(store), [], default_zone="Europe/Paris")))
    qtbot.waitUntil(lambda: "visa renewals" in shown_titles(page))
    task = select_title(page, "visa renewals")
    detail = page.detail
    assert detail.repeat_edit.text() == ""
    assert not detail.stop_repeat_button.isEnabled()

    detail.repeat_edit.setFocus()
    qtbot.keyClicks(detail.repeat_edit, "tous les 15 du mois")
    qtbot.keyClick(detail.repeat_edit, Qt.Key.Key_Return)
    assert tl.read_task(store, task)["recurrence"] == "monthly:15"
    assert detail.repeat_edit.text() == "On day 15 of every month"  # the rule in words
    assert detail.stop_repeat_button.isEnabled()
    assert "15 Dec 2026" in detail.repeat_label.text()
    assert not detail.repeat_label.isHidden()

    detail.stop_repeat_button.click()
    assert tl.read_task(store, task)["recurrence"] == ""
    assert detail.repeat_edit.text() == ""
    assert detail.repeat_label.isHidden()  # no line about the next one for a task done once
    sample_ctx.undo_stack.undo()
    assert tl.read_task(store, task)["recurrence"] == "monthly:15"
    assert detail.repeat_edit.text() == "On day 15 of every month"


def test_the_detail_pane_refuses_a_repeat_that_never_happens(qtbot, page, sample_ctx, english_plurals):
    store = sample_ctx.store
    sample_ctx.run("capture", lambda: capture_task(store, parse_capture(
        "FR tax filing every monday", FIXED_NOW, load_countries(store), [], default_zone="Europe/Paris")))
    qtbot.waitUntil(lambda: "tax filing" in shown_titles(page))
    task = select_title(page, "tax filing")
    detail = page.detail
    assert detail.repeat_edit.text() == "Every Monday"
    steps = sample_ctx.undo_stack.count()
    for bad in ("every 31st of February", "tous les 0 du mois", "now and then"):
        detail.repeat_edit.selectAll()
        qtbot.keyClicks(detail.repeat_edit, bad)
        qtbot.keyClick(detail.repeat_edit, Qt.Key.Key_Return)
        assert detail.error_label.isVisible()
        assert bad in detail.error_label.text()
        assert tl.read_task(store, task)["recurrence"] == "weekly:1"  # nothing changed
    assert sample_ctx.undo_stack.count() == steps
