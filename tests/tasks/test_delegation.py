"""Delegation: hand a task to a contact or a free name; the "waiting for" view by follow-up date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from regionmgr.core import ops
from regionmgr.store.models import Task
from regionmgr.ui.tasks.task_model import UrgencyRole
from regionmgr.ui.tasks.waiting_model import WaitingForModel
from tests.tasks.conftest import select_title as select

pytestmark = pytest.mark.usefixtures("english_plurals")


def waiting(page) -> list[tuple[str, str, str, str]]:
    m = page.waiting_model
    return [tuple(m.index(r, c).data() for c in range(5)) for r in range(m.rowCount())]


def test_waiting_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.waiting_model)
    assert isinstance(page.waiting_model, WaitingForModel)


def test_waiting_for_is_ordered_by_follow_up_with_passed_ones_marked(page):
    page.tabs.setCurrentIndex(1)
    rows = waiting(page)
    assert [r[1] for r in rows] == ["Renew office lease summary", "Check medical insurance renewal",
                                   "Collect bank details of new hires"]
    assert rows[0][0] == "Priya Nair" and rows[0][3].endswith("(passed)") and rows[0][4] == "9 days ago"
    assert not rows[2][3].endswith("(passed)")
    m = page.waiting_model
    assert m.index(0, 0).data(UrgencyRole) == "overdue"
    assert m.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_delegate_to_a_contact_with_follow_up_then_undo(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    detail = page.detail
    detail.delegate_box.setCurrentText("Claire Dubois")
    detail.follow_up_edit.setText("25/11/2026")
    detail.delegate_button.click()
    values = ops.get(sample_ctx.store, Task, task_id)
    assert values["delegated_to"] == "Claire Dubois" and values["delegated_contact_id"] is not None
    assert values["follow_up_on"] == dt.date(2026, 11, 25) and values["status"] == "waiting"
    assert values["delegated_at"] == sample_ctx.now()
    page.tabs.setCurrentIndex(1)
    titles = [r[1] for r in waiting(page)]
    assert titles.index("Update phone list") == 2  # after the two passed follow-ups, before 26 Nov
    assert "0 days ago" in detail.delegated_label.text()
    sample_ctx.undo_stack.undo()
    assert "Update phone list" not in [r[1] for r in waiting(page)]
    assert ops.get(sample_ctx.store, Task, task_id)["status"] == "open"


def test_delegate_to_a_free_name(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    page.detail.delegate_box.setCurrentText("Marc, the new intern")
    page.detail.delegate_button.click()
    values = ops.get(sample_ctx.store, Task, task_id)
    assert values["delegated_to"] == "Marc, the new intern" and values["delegated_contact_id"] is None


def test_delegation_needs_a_name_and_a_real_date(qtbot, page, sample_ctx):
    task_id = select(page, "Update phone list")
    detail = page.detail
    detail.delegate_box.setCurrentText("")
    detail.delegate_button.click()
    assert detail.error_label.text() == "Say who the task is delegated to."
    detail.delegate_box.setCurrentText("Claire Dubois")
    detail.follow_up_edit.setText("30/02/2027")
    detail.delegate_button.click()
    assert "does not exist" in detail.error_label.text()
    assert ops.get(sample_ctx.store, Task, task_id)["delegated_to"] == ""
    assert sample_ctx.undo_stack.count() == 0


def test_take_back_a_delegated_task(qtbot, page, sample_ctx):
    page.model.set_filter(waiting_for=True)
    task_id = select(page, "Renew office lease summary")
    page.detail.undelegate_button.click()
    values = ops.get(sample_ctx.store, Task, task_id)
    assert values["delegated_to"] == "" and values["status"] == "open"
    assert page.model.row_of(task_id) == -1
