"""Time per internal client (task.requester) beside time per country; and the agreed shares set from the Time page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from regionmgr.core.errors import ValidationError
from regionmgr.core.time import shares
from regionmgr.core.time.shares import Period
from regionmgr.store.models import Country, Task, TimeEntry
from tests.conftest import FIXED_NOW

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC
DAY = Period(dt.date(2026, 11, 20), dt.date(2026, 11, 20))


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 20, hour, minute, tzinfo=UTC)


def fill(store) -> None:
    with store.write() as s:
        s.add(Country(id="fr", code="FR", timezone="Europe/Paris"))
        s.add(Task(id="a", title="A", requester="HR Director", country_id="fr"))
        s.add(Task(id="b", title="B", requester="  hr director ", country_id="fr"))  # the same client
        s.add(Task(id="c", title="C", requester="Finance"))
        s.add(Task(id="d", title="D", requester=""))
        s.flush()
        s.add_all([
            TimeEntry(task_id="a", started_at=at(8), ended_at=at(9)),  # 1 h
            TimeEntry(task_id="b", started_at=at(8, 30), ended_at=at(9, 30)),  # overlaps A: 30 min more
            TimeEntry(task_id="c", started_at=at(10), ended_at=at(12)),  # 2 h
            TimeEntry(task_id="d", started_at=at(13), ended_at=at(13, 30)),  # no requester
            TimeEntry(country_id="fr", started_at=at(14), ended_at=at(14, 15)),  # no task
        ])


def test_time_per_requester_counts_overlaps_once(store):
    fill(store)
    rows = shares.time_per_requester(store, DAY, PARIS, FIXED_NOW)
    assert [(r.requester, r.seconds / 60) for r in rows] == [("Finance", 120), ("HR Director", 90),
                                                             ("", 45)]
    assert sum(r.share for r in rows) == pytest.approx(100.0)
    assert rows[0].share == pytest.approx(100 * 120 / 255)


def test_no_time_no_rows(store):
    assert shares.time_per_requester(store, DAY, PARIS, FIXED_NOW) == []


def target(store, code: str) -> float | None:
    with store.session() as s:
        return s.scalars(select(Country.target_share).where(Country.code == code)).one()


def country_id(store, code: str) -> str:
    with store.session() as s:
        return s.scalars(select(Country.id).where(Country.code == code)).one()


def test_set_agreed_share_is_undoable_and_totals_are_told(sample_store):
    store = sample_store
    pl = country_id(store, "PL")
    done = shares.set_agreed_share(store, pl, 20.0)
    assert target(store, "PL") == 20.0
    assert shares.agreed_total(store) == pytest.approx(105.0)
    done.undo()
    assert target(store, "PL") == 15.0
    shares.set_agreed_share(store, pl, None)
    assert target(store, "PL") is None
    assert shares.agreed_total(store) == pytest.approx(85.0)


@pytest.mark.parametrize("value", [-1.0, 100.5, float("nan"), float("inf")])
def test_agreed_share_out_of_range_is_refused(sample_store, value):
    with pytest.raises(ValidationError, match="between 0 and 100"):
        shares.set_agreed_share(sample_store, country_id(sample_store, "PL"), value)
    assert target(sample_store, "PL") == 15.0


def test_agreed_share_of_a_removed_country(store):
    with pytest.raises(ValidationError, match="no longer"):
        shares.set_agreed_share(store, "gone", 10.0)
