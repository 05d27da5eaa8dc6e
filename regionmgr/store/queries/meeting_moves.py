"""The SQL of moved weekly meetings: an occurrence held at another time (``meeting_skip.moved_to``).

Beside ``queries.meetings`` (skips, cancellations): a moved week is a skip row whose
``moved_to`` (UTC instant) and ``moved_minutes`` say when it is held instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from regionmgr.store.db import Store
from regionmgr.store.models import MeetingSeries, MeetingSkip


def set_moves(store: Store, series_id: str, moves: Mapping[dt.date, tuple[dt.datetime | None, int | None]]) -> bool:
    """Move these occurrences (local date -> (new start, aware; new length in minutes)); a start
    of None holds a moved week at its usual time again. A cancelled week is left as it is. False when the series
    no longer exists."""
    with store.write() as s:
        series = s.get(MeetingSeries, series_id)
        if series is None:
            return False
        rows = {k.on_date: k for k in series.skips}
        for day, (start, minutes) in moves.items():
            row = rows.get(day)
            if row is not None and row.cancelled:
                continue
            if start is None:
                if row is not None and row.moved_to is not None:
                    series.skips.remove(row)
                continue
            if row is None:
                row = MeetingSkip(on_date=day, reason="")
                series.skips.append(row)
                rows[day] = row
            row.moved_to, row.moved_minutes = start, minutes
        return True
