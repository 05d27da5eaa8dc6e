"""The list's first page (read through an index at start) is in the whole list's order.

At start the Tasks page paints the soonest-due tasks first, then swaps in the whole
list when it is read: rows must not move then. Tasks due at the same instant, open
and waiting mixed, come in the same order in both.
"""

from __future__ import annotations

from regionmgr.ui.tasks.task_model import TaskTableModel


def _order(model: TaskTableModel) -> list[str]:
    return [model.task_id(row) for row in range(model.rowCount())]


def test_tied_due_dates_come_in_the_same_order_before_and_after_the_whole_list(qapp, sample_ctx):
    conn = sample_ctx.store.raw()
    rowids = [r for (r,) in conn.execute(
        "SELECT rowid FROM task WHERE status IN ('open', 'waiting') ORDER BY rowid")]
    assert len(rowids) >= 6
    # Waiting ones first by rowid, then open ones: the index reads open ones first.
    with conn:
        conn.execute("UPDATE task SET status = 'waiting' WHERE rowid IN (?, ?, ?)", rowids[:3])
        conn.execute("UPDATE task SET status = 'open' WHERE rowid IN (?, ?, ?)", rowids[3:6])
        conn.execute("UPDATE task SET due_at = (SELECT MIN(due_at) FROM task WHERE due_at IS NOT NULL),"
                     " due_floating = 0 WHERE rowid IN (?, ?, ?, ?, ?, ?)", rowids[:6])

    first = TaskTableModel(sample_ctx)
    first.load_first_page()
    whole = TaskTableModel(sample_ctx)
    whole.load()
    page = _order(first)
    assert _order(whole)[:len(page)] == page
