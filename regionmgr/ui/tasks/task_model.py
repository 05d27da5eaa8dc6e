"""The item model of the Tasks page: the one task list, fast at 100k tasks.

``TaskTableModel`` holds plain tuples read through ``core.tasks.listing`` (no ORM
objects, no task ids): it paints a first page read through an index, loads the
whole list off the UI thread, and after a write re-reads exactly the tasks the
write says it changed (``ctx.changed``: a ``Change`` naming task ids), or the
whole list when it says "every row" (an import, a restore). Never by
``updated_at``: imports, undo and a clock set back write older stamps. Filters
and sorting run in bulk over those tuples and reset the model (no per-row Python
proxy at keystroke time). The search box scans the case-folded titles and notes
held in memory as compact UTF-8 (a few ms at 100k); while the whole list is
still loading it asks the ``task_fts`` trigram index instead. Edits (in place,
the checkbox) are named core operations run through ``ctx.run``: undoable.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations
from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.listing import (
    DONE_CODE,
    F_ALL_DAY,
    F_FLOATING,
    F_IMPORTANT,
    F_PARKED,
    F_URGENT,
    FINISHED_CODES,
    R_CHANNEL,
    R_COUNTRY,
    R_DELEGATED_TO,
    R_DUE,
    R_DUE_TZ,
    R_FLAGS,
    R_REQUESTER,
    R_ROWID,
    R_STATUS,
    R_TITLE,
)
from regionmgr.core.tasks.recurrence import recurring_among, recurring_rowids
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.tasks.recurrence_texts import MARK as RECURRING_MARK
from regionmgr.ui.tasks.recurrence_texts import stored_words
from regionmgr.ui.tasks.row_index import RowIndex
from regionmgr.ui.tasks.task_texts import (
    PARKED_MARK,
    channel_name,
    describe_input_error,
    format_due,
    quadrant_names,
    status_names,
    unknown_status_name,
)

__all__ = ["RowIndex", "describe_input_error", "format_due", "push_update", "quadrant_names", "status_names",
           "unknown_status_name"]  # (the texts and the row index are re-exported: the room imports them here)

COL_TITLE, COL_COUNTRY, COL_REQUESTER, COL_QUADRANT, COL_DUE, COL_STATUS, COL_DELEGATED, COL_CHANNEL = range(8)
COLUMNS = 8
# Roles as plain ints: data() runs for every painted cell, and enum comparisons cost.
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.EditRole.value)
CHECK, BACKGROUND = int(Qt.ItemDataRole.CheckStateRole.value), int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole.value), int(Qt.ItemDataRole.FontRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_FLAGS = [_BASE_FLAGS] * COLUMNS
_FLAGS[0] = _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
_FLAGS[2] = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
TaskIdRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2  # "overdue" | "today" | ""
FIRST_PAGE = 200
MAX_DEPTH = 4  # parts of parts of...: deeper ones (a damaged store) are shown flat, after the rest
RELOAD_IN_BACKGROUND = 20_000  # rows: a whole list this long is read again in a worker thread
OVERDUE_BG = QColor(255, 225, 225)
TODAY_BG = QColor(255, 243, 205)
LATE_FG = QColor(160, 20, 20)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskFilter:
    """What the list shows. ``status``: "active" (open + waiting), a status name, or "all"."""

    country: int | None = None  # country rowid
    quadrant: int | None = None
    status: str = "active"
    overdue: bool = False
    due_this_week: bool = False
    waiting_for: bool = False  # delegated and not finished
    channel: str | None = None  # how the request arrived ("" = not recorded; None: any)
    parked: bool = False  # only the tasks parked for the next meeting
    requester: str | None = None  # the internal client (None: anyone)
    delegate: str | None = None  # delegated to (None: anyone)


class TaskTableModel(QAbstractTableModel):
    rows_loaded = Signal(int)  # number of tasks loaded (the whole list)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[tuple] = []
        self._visible: list[int] = []  # positions into _rows, filtered and sorted
        self._base: list[int] = []  # positions passing the filters other than the search text
        self._filter = TaskFilter()
        self._search = ""
        self._sort = (COL_DUE, Qt.SortOrder.AscendingOrder)
        self._complete = False  # the whole list is loaded (not only the first page)
        self._job: Any = None  # the background read (a ``worker.Job``) while it runs
        self._pending = Change()  # what was written while the background read ran
        self._told: list[str] = []  # tables of the last ``changed``, echoed by ``data_changed``
        self._countries: dict[int, tuple] = {}
        self._tranches: dict[int, tuple] = {}  # parent rowid -> parts, done, first start, last due
        self._recurring: dict[int, str] = {}  # rowid -> repeat rule of the recurring tasks (their ↻ mark)
        self._links: list[tuple[int, int]] = []  # (part rowid, parent rowid), each parent's in plan order
        self._depth: dict[int, int] = {}  # position -> how deep it is shown under its parent (parts)
        self._indent: dict[int, int] = {}  # the same for the rows shown now (a search may hide a parent)
        self._ids: dict[int, str] = {}  # rowid -> task id, read when needed
        self._derived_for: tuple | None = None
        self._due: list[str | None] = []  # due instant (UTC text) of each row, floating ones resolved
        self._quads: list[int] | None = None
        self._titles: list[str] | None = None
        # Title and notes of each row, case-folded, UTF-8 (compact): what the search box scans.
        self._hay: list[bytes] | None = None
        self._pos_of: RowIndex | None = None
        self._book: core.QuadrantBook | None = None
        self._locale = QLocale()
        self._zones: dict[str, ZoneInfo] = {}
        self._due_texts: dict[int, str] = {}
        self._floating: dict[tuple[str, str], str | None] = {}
        self.unreadable: list[int] = []  # rowids left out of the list: their dates can't be read back
        self._overdue_bg, self._today_bg = QBrush(theme.tint("overdue")), QBrush(theme.tint("today"))
        self._late_fg = QBrush(theme.ink("error"))  # the scheme's: light and dark variants
        self._on_tint_fg = QBrush(theme.text_colour())  # the tints keep the palette's text readable
        self._quadrant_names = quadrant_names()
        self._status_names = [*status_names(), unknown_status_name()]  # indexed by a row's status code
        assert len(self._status_names) == tl.UNKNOWN_STATUS + 1
        self._done_font = QFont()
        self._done_font.setStrikeOut(True)
        self.ctx.changed.connect(self.refresh)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.zone_changed.connect(lambda _z: self._rederive())

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

    def _reload(self) -> None:
        """Read the whole list again (after an import, a restore, a write that names no rows): off
        the UI thread for a big list (the rows shown meanwhile are replaced when read)."""
        self._ids = {}
        if not self._complete:
            self.load_first_page()
        elif len(self._rows) >= RELOAD_IN_BACKGROUND:
            self.load_in_background()
        else:
            self._loaded(*tl.list_snapshot(tl.connection(self.ctx.store)))

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

    # -- filters, search, sort --------------------------------------------------------
    @property
    def task_filter(self) -> TaskFilter:
        return self._filter

    def set_filter(self, **changes: object) -> None:
        self._filter = replace(self._filter, **changes)  # type: ignore[arg-type]
        self._apply()

    def set_search(self, text: str) -> None:
        text = tl.fold_search(" ".join(text.split()))  # case and accents ignored
        if text == self._search:
            return
        previous, self._search = self._search, text
        narrow = bool(previous) and previous in text and (
            self._hay is not None or (len(previous) >= 3) == (len(text) >= 3))
        visible = self._searched(self._visible if narrow else self._base)
        if visible == self._visible:
            return  # the same rows: nothing to repaint
        self.beginResetModel()
        self._visible = visible
        self._nest()
        self.endResetModel()

    def _searched(self, positions: list[int]) -> list[int]:
        """Positions whose title, notes, requester or delegate contain the search text (case and
        accents ignored)."""
        text, rows = self._search, self._rows
        if not text:
            return list(positions)
        hay = self._hay
        if hay is not None:  # one bulk scan in memory: a few ms at 100k rows
            needle = text.encode()
            return [p for p in positions if needle in hay[p]]
        # Still loading: the trigram index (title and notes), and the people of the rows shown.
        fold = tl.fold_search
        people = {p for p in positions if text in fold(rows[p][R_REQUESTER]) or text in fold(rows[p][R_DELEGATED_TO])}
        hits = tl.search_rowids(tl.connection(self.ctx.store), text)
        if hits is None:  # under three letters: titles only
            if self._titles is None:
                self._titles = [r[R_TITLE].casefold() for r in rows]
            titles = self._titles
            return [p for p in positions if text in fold(titles[p]) or p in people]
        found = set(hits)
        return [p for p in positions if rows[p][R_ROWID] in found or p in people]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply()

    def _sort_keys(self, column: int) -> list:
        rows = self._rows
        if column == COL_TITLE:
            return self._titles or [r[R_TITLE].casefold() for r in rows]
        if column == COL_COUNTRY:
            codes = {k: v[1] for k, v in self._countries.items()}
            return [codes.get(r[R_COUNTRY], "~") for r in rows]
        if column == COL_REQUESTER:
            return [r[R_REQUESTER].casefold() or "\uffff" for r in rows]
        if column == COL_QUADRANT:
            return self.quadrants()
        if column == COL_STATUS:
            return [r[R_STATUS] for r in rows]
        if column == COL_DELEGATED:
            return [r[R_DELEGATED_TO].casefold() or "\uffff" for r in rows]
        if column == COL_CHANNEL:
            return [r[R_CHANNEL] or "\uffff" for r in rows]
        return [d or "~" for d in self._due]

    def _apply(self) -> None:
        """Recompute the filtered, sorted positions and reset the view."""
        self._derive()
        f, rows = self._filter, self._rows
        positions: Sequence[int] = range(len(rows))
        if f.status == "active":
            positions = [p for p in positions if rows[p][R_STATUS] not in FINISHED_CODES]
        elif f.status != "all":
            wanted = tl.status_code(f.status)
            positions = [p for p in positions if rows[p][R_STATUS] == wanted]
        if f.country is not None:
            positions = [p for p in positions if rows[p][R_COUNTRY] == f.country]
        if f.waiting_for:
            positions = [p for p in positions if rows[p][R_DELEGATED_TO] and rows[p][R_STATUS] not in FINISHED_CODES]
        if f.channel is not None:
            positions = [p for p in positions if rows[p][R_CHANNEL] == f.channel]
        if f.parked:
            positions = [p for p in positions if rows[p][R_FLAGS] & F_PARKED]
        if f.requester is not None:
            positions = [p for p in positions if rows[p][R_REQUESTER] == f.requester]
        if f.delegate is not None:
            positions = [p for p in positions if rows[p][R_DELEGATED_TO] == f.delegate]
        due = self._due
        if f.overdue:
            now = self._now_text
            positions = [p for p in positions
                         if (d := due[p]) is not None and d < now and rows[p][R_STATUS] not in FINISHED_CODES]
        if f.due_this_week:
            lo, hi = self._week_start, self._week_end
            positions = [p for p in positions if (d := due[p]) is not None and lo <= d < hi]
        if f.quadrant is not None:
            quads = self.quadrants()
            positions = [p for p in positions if quads[p] == f.quadrant]
        column, order = self._sort
        keys = self._sort_keys(column)
        base = sorted(positions, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        base = self._grouped(base)
        self.beginResetModel()
        self._base = base
        self._visible = self._searched(base)
        self._nest()
        self.endResetModel()

    def _grouped(self, positions: list[int]) -> list[int]:
        """``positions`` (sorted) with each parent's parts right under it, in their plan order: the
        sort orders top-level tasks only. A part whose parent is filtered out stays where it sorts.
        O(rows) with a byte mask: no 100k-entry set."""
        self._depth = {}
        if not self._links:
            return positions
        shown = bytearray(len(self._rows))
        for p in positions:
            shown[p] = 1
        pos_of = self._positions()
        under: dict[int, list[int]] = {}
        for part, parent in self._links:
            c, above = pos_of.get(part), pos_of.get(parent)
            if c is not None and above is not None and shown[c] and shown[above] and c != above:
                under.setdefault(above, []).append(c)
        if not under:
            return positions
        nested = {c for parts in under.values() for c in parts}
        out: list[int] = []
        depth = self._depth

        def place(p: int, level: int) -> None:
            out.append(p)
            if level:
                depth[p] = level
            if level < MAX_DEPTH:
                for c in under.get(p, ()):
                    place(c, level + 1)

        for p in positions:
            if p not in nested:
                place(p, 0)
        if len(out) < len(positions):  # parts of a loop of parents (a damaged store): shown flat
            placed = bytearray(len(self._rows))
            for p in out:
                placed[p] = 1
            out += [p for p in positions if not placed[p]]
        return out

    def _nest(self) -> None:
        """Which shown rows are indented: parts whose parent is shown too (a search may hide it)."""
        depth = self._depth
        if not depth or not self._search:
            self._indent = depth
            return
        shown = bytearray(len(self._rows))
        for p in self._visible:
            shown[p] = 1
        pos_of = self._positions()
        parent_at: dict[int, int] = {}
        for part, parent in self._links:
            c, above = pos_of.get(part), pos_of.get(parent)
            if c is not None and above is not None:
                parent_at[c] = above
        self._indent = {p: d for p, d in depth.items()
                        if shown[p] and (above := parent_at.get(p)) is not None and shown[above]}

    # -- access ------------------------------------------------------------------------
    def id_of(self, rowid: int) -> str:
        task_id = self._ids.get(rowid)
        if task_id is None:
            task_id = self._ids[rowid] = tl.ids_of(tl.connection(self.ctx.store), [rowid]).get(rowid, "")
        return task_id

    def task_id(self, row: int) -> str:
        return self.id_of(self._rows[self._visible[row]][R_ROWID])

    def task_ids(self, rows: list[int]) -> list[str]:
        rowids = [self._rows[self._visible[r]][R_ROWID] for r in rows]
        missing = [r for r in rowids if r not in self._ids]
        if missing:
            self._ids.update(tl.ids_of(tl.connection(self.ctx.store), missing))
        return [self._ids.get(r, "") for r in rowids]

    def row_of(self, task_id: str) -> int:
        rowid = tl.rowid_of(tl.connection(self.ctx.store), task_id)
        rows = self._rows
        for i, pos in enumerate(self._visible):
            if rows[pos][R_ROWID] == rowid:
                return i
        return -1

    def row_tuple(self, row: int) -> tuple:
        return self._rows[self._visible[row]]

    def all_rows(self) -> list[tuple]:
        return self._rows

    def country_code(self, country: int | None) -> str:
        entry = self._countries.get(country)  # type: ignore[arg-type]
        return entry[1] if entry else ""

    def countries(self) -> list[tuple[int, str]]:
        return [(k, v[1]) for k, v in self._countries.items()]

    def urgency(self, pos: int) -> str:
        r, due = self._rows[pos], self._due[pos]
        if due is None or r[R_STATUS] in FINISHED_CODES:
            return ""
        if due < self._now_text:
            return "overdue"
        return "today" if due < self._today_end else ""

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < COLUMNS:
            return None
        return [self.tr("Title"), self.tr("Country"), self.tr("Requester"), self.tr("Quadrant"),
                self.tr("Due"), self.tr("Status"), self.tr("Delegated to"), self.tr("Channel")][section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return None
        pos = self._visible[row]
        r, col = self._rows[pos], index.column()
        if role in (DISPLAY, EDIT):
            return self._text(pos, r, col, role == EDIT)
        if role == CHECK:
            if col != COL_TITLE:
                return None
            return Qt.CheckState.Checked if r[R_STATUS] == DONE_CODE else Qt.CheckState.Unchecked
        if role == BACKGROUND:
            late = self.urgency(pos)
            return self._overdue_bg if late == "overdue" else self._today_bg if late == "today" else None
        if role == FOREGROUND:
            late = self.urgency(pos)
            if late == "overdue":
                return self._late_fg if col == COL_DUE else self._on_tint_fg
            return self._on_tint_fg if late == "today" else None
        if role == FONT:
            return self._done_font if r[R_STATUS] in FINISHED_CODES and col == COL_TITLE else None
        if role == TOOLTIP:
            return self._tooltip(pos, r, col)
        if role == TaskIdRole:
            return self.id_of(r[R_ROWID])
        if role == UrgencyRole:
            return self.urgency(pos)
        return None

    def _text(self, pos: int, r: tuple, col: int, edit: bool) -> str:
        if col == COL_TITLE:
            if edit:
                return r[R_TITLE]
            title = r[R_TITLE]
            if r[R_ROWID] in self._tranches:
                n, done, _s, _e = self._tranches[r[R_ROWID]]
                title = self.tr("{0} ({1} of {2} done)").format(title, done, n)
            if r[R_FLAGS] & F_PARKED:
                title = PARKED_MARK + " " + title  # parked for the next meeting
            if r[R_ROWID] in self._recurring:
                title = RECURRING_MARK + " " + title  # a recurring task (first: seen when the title is cut)
            level = self._indent.get(pos)
            return title if level is None else "\u2003" * level + "↳ " + title  # a part, under its parent
        if col == COL_COUNTRY:
            return self.country_code(r[R_COUNTRY])
        if col == COL_REQUESTER:
            return r[R_REQUESTER]
        if col == COL_QUADRANT:
            return self._quadrant_names[self._quadrant_at(pos)]
        if col == COL_DUE:
            text = self._due_texts.get(pos)
            if text is None:
                text = self._due_texts[pos] = self.due_text(r)
            return text
        if col == COL_STATUS:
            return self._status_names[r[R_STATUS]]
        if col == COL_CHANNEL:
            return channel_name(r[R_CHANNEL]) if r[R_CHANNEL] else ""
        return r[R_DELEGATED_TO]

    def due_view(self, r: tuple) -> core.DueView | None:
        floating = bool(r[R_FLAGS] & F_FLOATING)
        if floating:
            return core.due_view(None, None, True, tl.wall(r[R_DUE]), bool(r[R_FLAGS] & F_ALL_DAY),
                                 self.ctx.zone)
        entry = self._countries.get(r[R_COUNTRY])
        zone = r[R_DUE_TZ] or (entry[2] if entry else None)
        return core.due_view(tl.instant(r[R_DUE]), zone, False, None,
                             bool(r[R_FLAGS] & F_ALL_DAY), self._zone(self.ctx.zone_name), self._zone)

    def _zone(self, name: str) -> ZoneInfo:
        """ZoneInfo objects kept here: ZoneInfo's own cache holds few, and 30 countries reload."""
        zone = self._zones.get(name)
        if zone is None:
            zone = self._zones[name] = ZoneInfo(name)
        return zone

    def due_text(self, r: tuple) -> str:
        view = self.due_view(r)
        return "" if view is None else format_due(view, self._locale, self.ctx.now().astimezone(self.ctx.zone).year)

    def notice(self) -> str:
        """What the list says about the tasks it leaves out ("" when none)."""
        if not self.unreadable:
            return ""
        return self.tr("%n task(s) could not be read and are not shown", "", len(self.unreadable))

    def _tooltip(self, pos: int, r: tuple, col: int) -> str | None:
        if col == COL_TITLE and r[R_ROWID] in self._tranches:
            n, done, start, end = self._tranches[r[R_ROWID]]
            first = QDate.fromString(start, "yyyy-MM-dd") if start else None
            try:
                last = tl.instant(end)
            except ValueError:  # a part due in a year the app can't show (that part is left out)
                last = None
            span = "–".join(self._locale.toString(d, QLocale.FormatType.ShortFormat) for d in filter(None, [
                first, QDate(last.year, last.month, last.day) if last else None]))
            return self.tr("{0} of {1} parts done; {2}").format(done, n, span)
        if col == COL_DUE:
            view = self.due_view(r)
            if view is not None and view.floating:
                return self.tr("Floating: follows the zone you are in")
            if view is not None and view.fixed_zone:
                return self.tr("Fixed in {0}").format(view.fixed_zone)
        if col == COL_TITLE and r[R_FLAGS] & F_PARKED:
            return self.tr("Parked for the next meeting")
        if col == COL_TITLE and r[R_ROWID] in self._recurring:
            return self.tr("Repeats: {0}").format(stored_words(self._recurring[r[R_ROWID]]))
        if col == COL_TITLE:
            late = self.urgency(pos)
            if late == "overdue":
                return self.tr("Overdue")
            if late == "today":
                return self.tr("Due today")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        r = self._rows[self._visible[index.row()]]
        store, ids, now = self.ctx.store, [self.id_of(r[R_ROWID])], self.ctx.now()
        operation: Callable[[], Applied]
        try:  # refused input is said at once, nothing written (and nothing reloaded)
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_TITLE:
                if Qt.CheckState(value) == Qt.CheckState.Checked:
                    text, operation = self.tr("Complete “{0}”"), lambda: operations.complete_tasks(store, ids, now)
                else:
                    text, operation = self.tr("Reopen “{0}”"), lambda: operations.reopen_tasks(store, ids)
            elif role == Qt.ItemDataRole.EditRole and index.column() == COL_TITLE:
                title = core.clean_title(str(value))
                text, operation = self.tr("Rename “{0}”"), lambda: operations.rename_task(store, ids[0], title)
            elif role == Qt.ItemDataRole.EditRole and index.column() == COL_REQUESTER:
                name = core.clean_name(str(value))
                text = self.tr("Change requester of “{0}”")
                operation = lambda: operations.set_requester(store, ids[0], name)  # noqa: E731
            else:
                return False
        except ValidationError as exc:
            self.ctx.error_raised.emit(describe_input_error(exc))
            return False
        return self.ctx.run(text.format(r[R_TITLE]), operation) is not None


def push_update(ctx: AppContext, ids: list[str], changes: dict, text: str) -> bool:
    """Save the same column changes to one or many tasks now, as one undoable step
    (``operations.update_tasks``, plain sqlite3: editing the list loads no ORM)."""
    store, ids, changes = ctx.store, list(ids), dict(changes)
    return ctx.run(text, lambda: operations.update_tasks(store, ids, changes)) is not None


