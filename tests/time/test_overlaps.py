"""Overlapping time entries: refused when typed or started, counted once when already stored (#13)."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from regionmgr.core.ops import ValidationError
from regionmgr.core.time import operations, shares
from regionmgr.store.models import Country, Task, TimeEntry
from tests.conftest import FIXED_NOW

UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")
H = dt.timedelta(hours=1)


@pytest.fixture
def two(store):
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris", target_share=50.0)
        pl = Country(code="PL", timezone="Europe/Warsaw", target_share=50.0)
        s.add_all([fr, pl])
        s.flush()
        task = Task(title="Payroll question", country_id=pl.id)
        s.add(task)
        s.flush()
        return store, fr.id, pl.id, task.id


def rows(store):
    with store.session() as s:
        return [(r.started_at, r.ended_at, r.country_id, r.task_id)
                for r in s.scalars(select(TimeEntry).order_by(TimeEntry.started_at))]


def entry(country=None, task=None, start=FIXED_NOW - 3 * H, end=FIXED_NOW - 2 * H):
    return {"country_id": country, "task_id": task, "started_at": start, "ended_at": end, "comment": ""}


def test_a_manual_entry_overlapping_another_is_refused_and_names_it(two):
    store, fr, _pl, task = two
    operations.add_entry(store, entry(task=task), FIXED_NOW)  # 06:30-07:30 UTC = 07:30-08:30 Paris
    before = rows(store)
    with pytest.raises(ValidationError) as caught:
        operations.add_entry(store, entry(country=fr, start=FIXED_NOW - 2.5 * H, end=FIXED_NOW - H),
                             FIXED_NOW, PARIS)
    message = str(caught.value)
    assert "PL · Payroll question" in message
    assert "07:30" in message and "08:30" in message  # the times as shown, in the user's zone
    assert rows(store) == before  # nothing changed


def test_touching_entries_are_fine_and_an_edit_does_not_overlap_itself(two):
    store, fr, _pl, _task = two
    first = operations.add_entry(store, entry(country=fr), FIXED_NOW)
    operations.add_entry(store, entry(country=fr, start=FIXED_NOW - 2 * H, end=FIXED_NOW - H), FIXED_NOW)
    operations.edit_entry(store, first.result, entry(country=fr, start=FIXED_NOW - 4 * H), FIXED_NOW)
    with pytest.raises(ValidationError):  # stretched into the next one
        operations.edit_entry(store, first.result, entry(country=fr, end=FIXED_NOW - 1.5 * H), FIXED_NOW)
    assert len(rows(store)) == 2


def test_a_manual_entry_over_the_running_timer_is_refused(two):
    store, fr, pl, _task = two
    operations.start_timer(store, FIXED_NOW - H, country_id=pl)
    with pytest.raises(ValidationError) as caught:
        operations.add_entry(store, entry(country=fr, start=FIXED_NOW - 2 * H, end=FIXED_NOW - 0.5 * H),
                             FIXED_NOW, PARIS)
    assert "PL" in str(caught.value)
    assert len(rows(store)) == 1


def test_the_timer_refuses_to_start_inside_a_logged_entry_but_stops_a_running_one(two):
    store, fr, pl, _task = two
    # A logged entry that ends a little after now (the one-minute tolerance for typed ends).
    operations.add_entry(store, entry(country=pl, start=FIXED_NOW - H, end=FIXED_NOW + dt.timedelta(seconds=50)),
                         FIXED_NOW)
    before = rows(store)
    with pytest.raises(ValidationError) as caught:
        operations.start_timer(store, FIXED_NOW, country_id=fr)
    assert "PL" in str(caught.value)
    assert rows(store) == before
    # A running timer is simply stopped, as always.
    later = FIXED_NOW + 2 * H
    operations.start_timer(store, later - H, country_id=pl)
    operations.start_timer(store, later, country_id=fr)
    assert rows(store)[-2][1] == later


def test_stored_overlaps_are_counted_once(two):
    store, fr, pl, _task = two
    with store.write() as s:  # imported data: two entries over the same hour, and one inside another
        s.add_all([
            TimeEntry(country_id=fr, started_at=FIXED_NOW - 4 * H, ended_at=FIXED_NOW - 2 * H),
            TimeEntry(country_id=pl, started_at=FIXED_NOW - 3 * H, ended_at=FIXED_NOW - H),
            TimeEntry(country_id=pl, started_at=FIXED_NOW - 2.5 * H, ended_at=FIXED_NOW - 2 * H),
        ])
    period = shares.Period(FIXED_NOW.date(), FIXED_NOW.date())
    report = shares.compute_shares(store, period, PARIS, FIXED_NOW)
    assert report.total_seconds == pytest.approx(3 * 3600)  # 4h ago .. 1h ago, once
    by_code = {r.code: r.seconds for r in report.rows}
    # The entry started later takes over the shared time (as a started timer stops the running one).
    assert by_code == {"FR": pytest.approx(3600), "PL": pytest.approx(2 * 3600)}


def test_disjoint_keeps_the_union_per_period():
    s = shares.Span
    t0 = FIXED_NOW
    spans = [s(t0, t0 + 3 * H, "a", None), s(t0 + H, t0 + 2 * H, "b", None), s(t0 + 0.5 * H, t0 + 4 * H, "c", None)]
    out = shares.disjoint(spans)
    assert sum((p.ended_at - p.started_at for p in out), dt.timedelta()) == 4 * H
    assert all(a.ended_at <= b.started_at for a, b in itertools.pairwise(out))
    totals = shares.seconds_by(out, t0.date(), t0.date(), UTC)
    assert totals == {"a": pytest.approx(1800), "c": pytest.approx(2.5 * 3600), "b": pytest.approx(3600)}
