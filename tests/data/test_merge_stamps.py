"""A change time in the future (a clock ahead, a hostile file) never beats a believable one in a merge.

The rule: a stamp later than the import time (plus a few minutes for clocks
that differ a little) says nothing about when the row was changed. Such an
incoming row is added when the store lacks it, with its change time set to the
import time; it never replaces a row of the store whose stamp is believable.
A row of the store stamped in the future is replaced by any believable
incoming change. Between two believable stamps the newer wins, as before.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

from regionmgr.core import ops
from regionmgr.core.data import transfer
from regionmgr.store.db import open_store
from regionmgr.store.models import Task
from tests.conftest import FIXED_NOW

UTC = dt.UTC
FUTURE = "2099-01-01T00:00:00+00:00"
# The sample's rows are stamped with the real clock: the import times come after it.
T1 = (dt.datetime.now(UTC) + dt.timedelta(days=1)).replace(microsecond=0)  # first import
T2 = T1 + dt.timedelta(days=1)  # the local edit
T3 = T2 + dt.timedelta(days=1)  # the same file imported again


def _future_file(store, stamp: str = FUTURE, title: str | None = None) -> tuple[bytes, list[str]]:
    """An export of ``store`` whose tasks all say they were changed at ``stamp``."""
    payload = transfer.export_bytes(store, now=FIXED_NOW)
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    tasks = json.loads(members["tables/task.json"])
    for t in tasks:
        t["updated_at"] = stamp
        if title is not None:
            t["title"] = title
    members["tables/task.json"] = json.dumps(tasks).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue(), [t["id"] for t in tasks]


def _import(store, payload: bytes, now: dt.datetime) -> transfer.ImportPlan:
    plan = transfer.plan_import(store, transfer.read_export(payload), now=now)
    transfer.apply_import(store, plan)
    return plan


def test_a_future_row_does_not_beat_a_later_local_edit(sample_store, tmp_path):
    payload, ids = _future_file(sample_store)
    other = open_store(tmp_path / "other.sqlite3")
    plan = _import(other, payload, T1)
    assert plan.clamped == {"task": ids} and plan.kept_future == {}
    assert ops.get(other, Task, ids[0])["updated_at"] == T1  # written with the import time, not 2099
    ops.update(other, Task, ids[0], {"title": "local edit", "updated_at": T2})
    again = _import(other, payload, T3)
    assert ops.get(other, Task, ids[0])["title"] == "local edit"
    assert again.counts()["task"][1] == 0  # nothing replaced
    assert again.kept_future == {"task": ids} and again.future_count() == len(ids)
    other.close()


def test_a_future_row_never_replaces_a_believable_one(sample_store):
    payload, ids = _future_file(sample_store, title="hostile")
    plan = _import(sample_store, payload, T1)
    assert all(ops.get(sample_store, Task, i)["title"] != "hostile" for i in ids)
    assert plan.kept_future == {"task": ids} and plan.clamped == {}


def test_a_local_row_stamped_in_the_future_takes_a_believable_change(sample_store, tmp_path):
    other = open_store(tmp_path / "other.sqlite3")
    _import(other, transfer.export_bytes(sample_store, now=FIXED_NOW), T1)
    task_id = next(iter(r[0] for r in other.raw().execute("SELECT id FROM task ORDER BY id LIMIT 1")))
    ops.update(other, Task, task_id, {"title": "from a wrong clock", "updated_at": dt.datetime(2099, 1, 1, tzinfo=UTC)})
    ops.update(sample_store, Task, task_id, {"title": "edited since", "updated_at": T2})
    plan = _import(other, transfer.export_bytes(sample_store, now=FIXED_NOW), T3)
    assert ops.get(other, Task, task_id)["title"] == "edited since"
    assert plan.counts()["task"][1] == 1
    other.close()


def test_a_stamp_a_few_minutes_ahead_is_believed(sample_store, tmp_path):
    ahead = (T1 + dt.timedelta(minutes=2)).isoformat()
    payload, ids = _future_file(sample_store, stamp=ahead, title="slightly ahead")
    plan = _import(sample_store, payload, T1)
    assert ops.get(sample_store, Task, ids[0])["title"] == "slightly ahead"
    assert plan.future_count() == 0


def test_the_preview_reports_rows_dated_in_the_future(window, tmp_path, qtbot):
    from regionmgr.ui.data.transfer_dialog import ImportPreviewDialog

    payload, ids = _future_file(window.ctx.store, title="hostile")
    plan = transfer.plan_import(window.ctx.store, transfer.read_export(payload), now=T1)
    dialog = ImportPreviewDialog(window.ctx, tmp_path / "x.rgmexport", plan, window)
    qtbot.addWidget(dialog)
    assert f"{len(ids)} rows in this file had change times in the future" in dialog.future_note.text()
    assert not dialog.future_note.isHidden()
