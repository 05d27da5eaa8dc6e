"""A reminder about a country that is in a protected period right now says so (lunch time in
Paris until 14:00), so the user does not call then."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from regionmgr.core.countries import region
from regionmgr.core.tasks import reminders
from regionmgr.core.tasks.reminders import LeadTimes
from regionmgr.store.models import Task

UTC = dt.UTC


def _task(store, title: str, due: dt.datetime, country_id: str | None) -> str:
    with store.write() as s:
        task = Task(title=title, status="open", due_at=due, due_tz="Europe/Paris", due_all_day=False,
                    country_id=country_id)
        s.add(task)
        s.flush()
        return task.id


def test_a_reminder_during_the_country_s_lunch_says_until_when(sample_store):
    fr = next(c for c in region.list_countries(sample_store) if c.code == "FR")
    de = next(c for c in region.list_countries(sample_store) if c.code == "DE")
    now = dt.datetime(2026, 11, 23, 11, 45, tzinfo=UTC)  # 12:45 in Paris and Berlin
    _task(sample_store, "Call Claire about payroll", now + dt.timedelta(minutes=20), fr.id)
    _task(sample_store, "Call Anna about the bonus", now + dt.timedelta(minutes=20), de.id)
    _task(sample_store, "Write the memo", now + dt.timedelta(minutes=20), None)
    found = {r.title: r for r in reminders.due_reminders(sample_store, now, "Europe/Paris", LeadTimes(task_min=30))}
    call = found["Call Claire about payroll"]
    assert call.busy == "Lunch break" and call.busy_until == dt.datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
    berlin = found["Call Anna about the bonus"]  # Germany's lunch (12:00-13:00) ends at 13:00 Berlin
    assert berlin.busy == "Lunch break" and berlin.busy_until == dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    memo = found["Write the memo"]
    assert memo.busy == "" and memo.busy_until is None
    # Half an hour later Germany's lunch is over, France's is not.
    later = {r.title: r for r in reminders.due_reminders(sample_store, now + dt.timedelta(minutes=30),
                                                        "Europe/Paris", LeadTimes(task_min=60))}
    assert later["Call Claire about payroll"].busy == "Lunch break"
    assert later["Call Anna about the bonus"].busy == ""


def test_reminders_still_import_no_sqlalchemy():
    code = ("import sys; import regionmgr.core.tasks.reminders, regionmgr.core.countries.protected; "
            "print('sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
