"""Reading the task list's rows, and the values derived from them (part of ``TaskTableModel``).

``RowLoading`` is mixed into the model: it paints a first page read through an index, reads
the whole list (on this thread, or in a worker), re-reads exactly the tasks a write names
(``ctx.changed``), and keeps the derived values (due instant, quadrant, due text) of each
row, which depend on the clock and the user's zone. The model itself filters, sorts and
answers the view.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from regionmgr.core.changes import Change
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.listing import (
    F_FLOATING,
    F_IMPORTANT,
    F_URGENT,
    R_COUNTRY,
    R_DUE,
    R_FLAGS,
    R_ROWID,
    R_TITLE,
)
from regionmgr.core.tasks.recurrence import recurring_among, recurring_rowids
from regionmgr.ui.tasks.row_index import RowIndex

if TYPE_CHECKING:
    from regionmgr.ui.common.context import AppContext

FIRST_PAGE = 200
log = logging.getLogger(__name__)


class RowLoading:
    """The rows of ``TaskTableModel`` and their derived values: read, re-read, patched."""

    # Set by the model's __init__ (declared here for the type checker).
    ctx: AppContext
    rows_loaded: Any  # Signal(int)
    failed: Any  # Signal(str)
    _rows: list[tuple]
    _hay: list[bytes] | None
    _complete: bool
    _job: Any
    _pending: Change
    _told: list[str]
    _countries: dict[int, tuple]
    _tranches: dict[int, tuple]
    _recurring: dict[int, str]
    _links: list[tuple[int, int]]
    _ids: dict[int, str]
    _derived_for: tuple | None
    _due: list[str | None]
    _quads: list[int] | None
    _titles: list[str] | None
    _pos_of: RowIndex | None
    _book: core.QuadrantBook | None
    _due_texts: dict[int, str]
    _floating: dict[tuple[str, str], str | None]
    _now_text: str
    _today_end: str
    _week_start: str
    _week_end: str
    unreadable: list[int]

    def _apply(self) -> None:
        """Filter and sort the rows again (the model's)."""
        raise NotImplementedError

    def _reload(self) -> None:
        """Read the whole list again (the model's)."""
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        return self._complete

    def load_first_page(self) -> None:
        """Show the soonest-due tasks at once (an index read), before the whole list."""
        conn = tl.connection(self.ctx.store)
        self._read_meta(conn)
        self._hay = None
        # In rowid order, as the whole list is read: equal keys then sort the same in both (no row
        # moves when the whole list replaces the first page).
        rows = sorted(tl.first_rows(conn, FIRST_PAGE), key=lambda r: r[R_ROWID])
        self._recurring = recurring_among(conn, [r[R_ROWID] for r in rows])  # the page's only (start-up)
        self._set_rows(rows)

    def load(self) -> None:
        """Read the whole list now, on this thread (tests, small stores)."""
        self._pending = Change()
        self._loaded(*tl.list_snapshot(tl.connection(self.ctx.store)))

    def load_in_background(self) -> None:
        """Read the whole list in a worker thread; the rows replace the first page when read."""
        from regionmgr.ui.common import worker

        store = self.ctx.store
        self._pending = Change()

        def read(_report):
            conn = tl.reader(store)
            try:
                return tl.list_snapshot(conn)
            finally:
                conn.close()

        self._job = worker.Job(read)
        # Bound methods, not lambdas: Qt drops the connection if this model is deleted while the
        # worker reads (the window is rebuilt when the language changes).
        self._job.signals.finished.connect(self._job_finished)
        self._job.signals.failed.connect(self._job_failed)
        worker.start(self._job)

    def _job_finished(self, result: tuple[list[tuple], list[bytes], list[int]]) -> None:
        self._loaded(*result)

    def _job_failed(self, exc: object) -> None:
        self.failed.emit(str(exc))

    def _loaded(self, rows: list[tuple], hay: list[bytes], unreadable: Sequence[int] = ()) -> None:
        self._job = None
        self.unreadable = list(unreadable)
        if self.unreadable:
            log.warning("%d task(s) left out of the list: a date can't be read back (rowids %s)",
                        len(self.unreadable), self.unreadable[:20])
        self._read_meta(tl.connection(self.ctx.store))
        self._hay, self._complete = hay, True
        self._recurring = recurring_rowids(tl.connection(self.ctx.store))
        pending, self._pending = self._pending, Change()
        self._set_rows(rows)
        if pending:
            self._show(pending)  # written while it was reading: those rows again
        self.rows_loaded.emit(len(self._rows))

    def _read_meta(self, conn) -> None:
        from regionmgr.core.calendar.workweek import WorkWeek

        self._countries = {}
        for rowid, cid, code, zone, days, start, end in tl.countries(self.ctx.store):
            self._countries[rowid] = (cid, code, zone, WorkWeek(code, zone, days, start, end))
        self._tranches = tl.tranche_stats(conn)
        self._links = tl.tranche_links(conn)

    def _set_rows(self, rows: list[tuple], same_positions: bool = False) -> None:
        """Show ``rows`` (``_hay``, when loaded, is kept aligned with them by the caller)."""
        self._rows = rows
        if not same_positions:
            self._pos_of = None
        self._titles = None
        self._derived_for = None
        self._apply()

    def _on_data_changed(self, table: str) -> None:
        """A table name alone: the echo of the last ``changed`` (already applied), or a caller that
        says no more than the table (then every row of it may have changed)."""
        if table in self._told:
            self._told.remove(table)
            return
        self._show(Change.everything([table]))

    def refresh(self, change: Change) -> None:
        """Show what a write changed (``ctx.changed``)."""
        self._told = sorted(change.tables)
        self._show(change)

    def _show(self, change: Change) -> None:
        """Re-read exactly the task ids ``change`` names (changed, added or removed rows), or the
        whole list when it names every task (an import, a restore)."""
        if not change.touches("task", "", "country", "contact"):
            return
        if self._job is not None:  # the background read is running: these rows again when it ends
            self._pending = self._pending | change
            return
        if not self._rows and not self._complete:
            return  # nothing read yet: the first read shows it
        task_ids = change.ids("task")
        if change.touches("") or task_ids is None:
            self._reload()
            return
        conn = tl.connection(self.ctx.store)
        zones = {rowid: entry[2] for rowid, entry in self._countries.items()}
        self._read_meta(conn)  # tranche counts and countries (a country's code, zone, working days)
        changed = tl.rows_by_id(conn, task_ids) if task_ids else []
        if changed:  # the repeat rules of the rows read again (no scan of the whole list)
            rowids = [r[R_ROWID] for r in changed]
            for rowid in rowids:
                self._recurring.pop(rowid, None)
            self._recurring.update(recurring_among(conn, rowids))
        gone = len(changed) < len(task_ids)  # some were deleted
        moved = {k for k, zone in zones.items() if k in self._countries and self._countries[k][2] != zone}
        if moved:  # a country's zone changed: its tasks' due zones are told apart from it again
            seen = {r[R_ROWID] for r in changed}
            changed += tl.rows_by_rowid(conn, [r[R_ROWID] for r in self._rows
                                               if r[R_COUNTRY] in moved and r[R_ROWID] not in seen])
        if not changed and not gone:  # only countries or contacts: the derived values again
            self._set_rows(self._rows, same_positions=True)
            return
        self._update_rows(conn, changed, gone, patch=not change.touches("country", "contact"))

    def _update_rows(self, conn, changed: list[tuple], gone: bool, patch: bool) -> None:
        """Show the ``changed`` rows read again (update those shown, add the new ones) and, when some
        tasks are ``gone``, drop the rows deleted."""
        rows, hay = self._rows, self._hay
        texts = tl.search_texts(conn, [r[R_ROWID] for r in changed]) if hay is not None else {}
        pos_of = self._positions()
        touched: list[int] = []
        before = len(rows)
        for row in changed:
            rowid = row[R_ROWID]
            self._ids.pop(rowid, None)
            pos = pos_of.get(rowid)
            if pos is None:
                pos = len(rows)
                rows.append(row)
                pos_of.appended(pos)
                if hay is not None:
                    hay.append(texts.get(rowid, b""))
            else:
                rows[pos] = row
                if hay is not None:
                    hay[pos] = texts.get(rowid, b"")
            touched.append(pos)
        if gone:  # drop the rows whose rowid is gone
            self._ids = {}  # a deleted row's rowid can come back for another task
            present = tl.all_rowids(conn)
            keep = [i for i, r in enumerate(rows) if r[R_ROWID] in present]
            if len(keep) < len(rows):
                self._rows = [rows[i] for i in keep]
                if hay is not None:
                    self._hay = [hay[i] for i in keep]
                self._set_rows(self._rows)
                return
        if patch and self._derived_for == self._derive_key(before):
            self._patch_derived(touched)  # an edit at 100k: the changed rows only, not all of them
            self._apply()
        else:
            self._set_rows(rows, same_positions=True)

    def _patch_derived(self, positions: list[int]) -> None:
        """Derived values (due instant, quadrant, folded title, due text) of the rows at ``positions``
        only: rows updated in place, or appended (their positions then follow in order)."""
        rows, quads, titles, book = self._rows, self._quads, self._titles, self._book
        assert book is not None

        def put(column: list, pos: int, value: object) -> None:
            if pos < len(column):
                column[pos] = value
            else:
                column.append(value)

        for pos in positions:
            r = rows[pos]
            due = self._resolve(r) if r[R_FLAGS] & F_FLOATING else r[R_DUE]
            put(self._due, pos, due)
            self._due_texts.pop(pos, None)
            if quads is not None:
                put(quads, pos, book.quadrant(r[R_COUNTRY], r[R_FLAGS] & F_URGENT, r[R_FLAGS] & F_IMPORTANT, due))
            if titles is not None:
                put(titles, pos, r[R_TITLE].casefold())
        self._derived_for = self._derive_key(len(rows))

    def _positions(self) -> RowIndex:
        if self._pos_of is None:
            self._pos_of = RowIndex(self._rows)
        return self._pos_of

    # -- derived values (depend on the clock and the user's zone) ---------------------
    def _derive_key(self, count: int) -> tuple:
        """What the derived values depend on: zone, the minute, and which rows (list and length)."""
        return (self.ctx.zone.key, self.ctx.now().replace(second=0, microsecond=0), id(self._rows), count)

    def _derive(self) -> None:
        zone, now = self.ctx.zone, self.ctx.now()
        key = self._derive_key(len(self._rows))
        if self._derived_for == key:
            return
        self._derived_for = key
        self._quads = None
        self._due_texts = {}
        self._book = core.QuadrantBook({k: v[3] for k, v in self._countries.items()}, now)
        self._due = [self._resolve(r) if r[R_FLAGS] & F_FLOATING else r[R_DUE] for r in self._rows]
        today = now.astimezone(zone).date()
        midnight = dt.datetime.combine(today, dt.time(), zone)
        self._now_text = tl.stored_instant(now)
        self._today_end = tl.stored_instant(midnight + dt.timedelta(days=1))
        week_end = dt.datetime.combine(today + dt.timedelta(days=8 - today.isoweekday()), dt.time(), zone)
        self._week_start, self._week_end = tl.stored_instant(midnight), tl.stored_instant(week_end)

    def _resolve(self, row: tuple) -> str | None:
        """A floating due time as an instant in the user's zone (memoised: dates repeat)."""
        key = (self.ctx.zone_name, row[R_DUE])
        if key not in self._floating:
            wall = tl.wall(row[R_DUE])
            self._floating[key] = None if wall is None else tl.stored_instant(wall.replace(tzinfo=self.ctx.zone))
        return self._floating[key]

    def _rederive(self) -> None:
        self._derived_for = None
        self._apply()

    def quadrants(self) -> list[int]:
        self._derive()
        if self._quads is None:
            book, due = self._book, self._due
            assert book is not None
            assert F_URGENT == 1 and F_IMPORTANT == 2  # the bits quadrants_of reads
            self._quads = book.quadrants_of(self._rows, due, R_COUNTRY, R_FLAGS)
        return self._quads

    def _quadrant_at(self, pos: int) -> int:
        if self._quads is not None:
            return self._quads[pos]
        r = self._rows[pos]
        assert self._book is not None
        return self._book.quadrant(r[R_COUNTRY], r[R_FLAGS] & F_URGENT, r[R_FLAGS] & F_IMPORTANT, self._due[pos])
