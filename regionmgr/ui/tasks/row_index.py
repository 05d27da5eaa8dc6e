"""rowid -> position in the task list's rows, without a 100k-entry dict when it can."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from operator import itemgetter

from regionmgr.core.tasks.listing import R_ROWID


class RowIndex:
    """rowid -> position in a list of rows. The whole list is read in rowid order, so it is
    searched by bisection: no 100k-entry dict (~8 MiB) after the first edit. Rows out of
    rowid order (the first page, a rowid SQLite gave again) get a dict instead."""

    def __init__(self, rows: list[tuple]):
        self.rows = rows
        in_order = all(a[R_ROWID] < b[R_ROWID] for a, b in zip(rows, islice(rows, 1, None), strict=False))
        self.map: dict[int, int] | None = None if in_order else self._build()

    def _build(self) -> dict[int, int]:
        return {r[R_ROWID]: i for i, r in enumerate(self.rows)}

    def get(self, rowid: int) -> int | None:
        if self.map is not None:
            return self.map.get(rowid)
        rows = self.rows
        i = bisect_left(rows, rowid, key=itemgetter(R_ROWID))
        return i if i < len(rows) and rows[i][R_ROWID] == rowid else None

    def appended(self, pos: int) -> None:
        """The row now at ``pos`` (the end) was just appended to the rows."""
        rowid = self.rows[pos][R_ROWID]
        if self.map is not None:
            self.map[rowid] = pos
        elif pos > 0 and self.rows[pos - 1][R_ROWID] >= rowid:
            self.map = self._build()
