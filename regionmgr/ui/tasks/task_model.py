"""The item model of the Tasks page: the one task list, fast at 100k tasks.

``TaskTableModel`` holds plain tuples read by ``store.task_queries`` (no ORM
objects, no task ids): it paints a first page read through an index, loads the
whole list off the UI thread, and after an edit re-reads only the rows written
since (``updated_at``). Filters and sorting run in bulk over those tuples and
reset the model (no per-row Python proxy at keystroke time). The search box
scans the case-folded titles and notes held in memory as compact UTF-8 (a few
ms at 100k); while the whole list is still loading it asks the ``task_fts``
trigram index instead. Edits (in place, the checkbox) go through ``ctx.push``
and are undoable.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import islice
from operator import itemgetter
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import rules as core
from regionmgr.store.queries import tasks as tq
from regionmgr.store.queries.tasks import (
    F_ALL_DAY,
    F_FLOATING,
    F_IMPORTANT,
    F_URGENT,
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
from regionmgr.ui.common.context import AppContext, StoreCommand

COL_TITLE, COL_COUNTRY, COL_REQUESTER, COL_QUADRANT, COL_DUE, COL_STATUS, COL_DELEGATED = range(7)
# Roles as plain ints: data() runs for every painted cell, and enum comparisons cost.
DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.EditRole.value)
CHECK, BACKGROUND = int(Qt.ItemDataRole.CheckStateRole.value), int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND, FONT = int(Qt.ItemDataRole.ForegroundRole.value), int(Qt.ItemDataRole.FontRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_FLAGS = [_BASE_FLAGS] * 7
_FLAGS[0] = _BASE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
_FLAGS[2] = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
TaskIdRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2  # "overdue" | "today" | ""
FIRST_PAGE = 200
OVERDUE_BG = QColor(255, 225, 225)
TODAY_BG = QColor(255, 243, 205)
LATE_FG = QColor(160, 20, 20)


def quadrant_names() -> list[str]:
    """The four quadrants' names, as the Priorities page shows them."""
    from regionmgr.core.tasks.priority import Quadrant
    from regionmgr.ui.common.quadrants import quadrant_title

    return [quadrant_title(q) for q in Quadrant]


def status_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [QCoreApplication.translate("Status", "Open"), QCoreApplication.translate("Status", "Waiting"),
            QCoreApplication.translate("Status", "Done"), QCoreApplication.translate("Status", "Dropped")]


def zone_city(name: str) -> str:
    return name.rsplit("/", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class TaskFilter:
    """What the list shows. ``status``: "active" (open + waiting), a status name, or "all"."""

    country: int | None = None  # country rowid
    quadrant: int | None = None
    status: str = "active"
    overdue: bool = False
    due_this_week: bool = False
    waiting_for: bool = False  # delegated and not finished


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
        self._job = None
        self._stamp = ""  # latest updated_at seen
        self._countries: dict[int, tuple] = {}
        self._tranches: dict[int, tuple] = {}  # parent rowid -> parts, done, first start, last due
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
        self._overdue_bg, self._today_bg, self._late_fg = QBrush(OVERDUE_BG), QBrush(TODAY_BG), QBrush(LATE_FG)
        self._on_tint_fg = QBrush(QColor(25, 25, 25))  # readable on the light tints in a dark theme too
        self._quadrant_names, self._status_names = quadrant_names(), status_names()
        self._done_font = QFont()
        self._done_font.setStrikeOut(True)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.zone_changed.connect(lambda _z: self._rederive())

    # -- loading ---------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        return self._complete

    def load_first_page(self) -> None:
        """Show the soonest-due tasks at once (an index read), before the whole list."""
        conn = self.ctx.store.raw()
        self._read_meta(conn)
        self._stamp = tq.last_change(conn)[0]
        self._hay = None
        self._set_rows(tq.first_rows(conn, FIRST_PAGE))

    def load(self) -> None:
        """Read the whole list now, on this thread (tests, small stores)."""
        self._loaded(*tq.list_snapshot(self.ctx.store.raw()))

    def load_in_background(self) -> None:
        """Read the whole list in a worker thread; the rows replace the first page when read."""
        from regionmgr.ui.common import worker

        path = str(self.ctx.store.path)

        def read(_report):
            conn = tq.reader(path)
            try:
                return tq.list_snapshot(conn)
            finally:
                conn.close()

        self._job = worker.Job(read)
        self._job.signals.finished.connect(lambda result: self._loaded(*result))
        self._job.signals.failed.connect(lambda exc: self.failed.emit(str(exc)))
        worker.start(self._job)

    def _loaded(self, stamp: str, rows: list[tuple], hay: list[bytes]) -> None:
        self._job = None
        conn = self.ctx.store.raw()
        self._read_meta(conn)
        self._stamp, self._hay, self._complete = stamp, hay, True
        if tq.last_change(conn) != (stamp, len(rows)):
            self._rows, self._pos_of = rows, None
            self._on_data_changed("task")  # something was written while it was reading
        else:
            self._set_rows(rows)
        self.rows_loaded.emit(len(self._rows))

    def _read_meta(self, conn) -> None:
        from regionmgr.core.calendar.workweek import WorkWeek

        self._countries = {}
        for rowid, cid, code, zone, days, start, end in tq.countries(conn):
            self._countries[rowid] = (cid, code, zone, WorkWeek(code, zone, days, start, end))
        self._tranches = tq.tranche_stats(conn)

    def _set_rows(self, rows: list[tuple], same_positions: bool = False) -> None:
        """Show ``rows`` (``_hay``, when loaded, is kept aligned with them by the caller)."""
        self._rows = rows
        if not same_positions:
            self._pos_of = None
        self._titles = None
        self._derived_for = None
        self._apply()

    def _on_data_changed(self, table: str) -> None:
        """Re-read what was written since the last read: changed, added and removed rows."""
        if table not in ("task", "", "country", "contact") or not self._rows and not self._complete:
            return
        if self._job is not None:
            return  # the background read is running; it re-checks when it ends
        conn = self.ctx.store.raw()
        self._read_meta(conn)
        self._ids = {}  # a deleted row's rowid can come back for another task
        stamp, count = tq.last_change(conn)
        changed = tq.rows_changed_since(conn, self._stamp)
        if not changed and count == len(self._rows) and table == "task":
            return
        rows, hay = self._rows, self._hay
        texts = tq.search_texts(conn, [r[R_ROWID] for r in changed]) if hay is not None else {}
        same_positions = True
        pos_of = self._positions()
        touched: list[int] = []
        before = len(rows)
        for row in changed:
            pos = pos_of.get(row[R_ROWID])
            if pos is None:
                pos = len(rows)
                rows.append(row)
                pos_of.appended(pos)
                if hay is not None:
                    hay.append(texts.get(row[R_ROWID], b""))
            else:
                rows[pos] = row
                if hay is not None:
                    hay[pos] = texts.get(row[R_ROWID], b"")
            touched.append(pos)
        if self._complete and len(rows) != count:
            present = tq.all_rowids(conn)
            added = sorted(present - {r[R_ROWID] for r in rows})
            keep = [i for i, r in enumerate(rows) if r[R_ROWID] in present]
            rows = [rows[i] for i in keep] + tq.rows_by_rowid(conn, added)
            if hay is not None:
                texts = tq.search_texts(conn, added)
                self._hay = [hay[i] for i in keep] + [texts.get(r[R_ROWID], b"") for r in rows[len(keep):]]
            same_positions = False
        self._stamp = stamp
        if same_positions and table == "task" and self._derived_for == self._derive_key(before):
            self._patch_derived(touched)  # an edit at 100k: the changed rows only, not all of them
            self._apply()
        else:
            self._set_rows(rows, same_positions)

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
        self._now_text = core.stored_instant(now)
        self._today_end = core.stored_instant(midnight + dt.timedelta(days=1))
        week_end = dt.datetime.combine(today + dt.timedelta(days=8 - today.isoweekday()), dt.time(), zone)
        self._week_start, self._week_end = core.stored_instant(midnight), core.stored_instant(week_end)

    def _resolve(self, row: tuple) -> str | None:
        """A floating due time as an instant in the user's zone (memoised: dates repeat)."""
        key = (self.ctx.zone_name, row[R_DUE])
        if key not in self._floating:
            wall = core.parse_stored_wall(row[R_DUE])
            self._floating[key] = None if wall is None else core.stored_instant(wall.replace(tzinfo=self.ctx.zone))
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
        text = " ".join(text.split()).casefold()
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
        self.endResetModel()

    def _searched(self, positions: list[int]) -> list[int]:
        """Positions whose title or notes contain the search text (case-insensitive)."""
        text, rows = self._search, self._rows
        if not text:
            return list(positions)
        hay = self._hay
        if hay is not None:  # one bulk scan in memory: a few ms at 100k rows
            needle = text.encode()
            return [p for p in positions if needle in hay[p]]
        hits = tq.search_rowids(self.ctx.store.raw(), text)  # still loading: the trigram index
        if hits is None:  # under three letters: titles only
            if self._titles is None:
                self._titles = [r[R_TITLE].casefold() for r in rows]
            titles = self._titles
            return [p for p in positions if text in titles[p]]
        found = set(hits)
        return [p for p in positions if rows[p][R_ROWID] in found]

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
        return [d or "~" for d in self._due]

    def _apply(self) -> None:
        """Recompute the filtered, sorted positions and reset the view."""
        self._derive()
        f, rows = self._filter, self._rows
        positions = range(len(rows))
        if f.status == "active":
            positions = [p for p in positions if rows[p][R_STATUS] < 2]
        elif f.status != "all":
            wanted = tq.STATUS_NAMES.index(f.status)
            positions = [p for p in positions if rows[p][R_STATUS] == wanted]
        if f.country is not None:
            positions = [p for p in positions if rows[p][R_COUNTRY] == f.country]
        if f.waiting_for:
            positions = [p for p in positions if rows[p][R_DELEGATED_TO] and rows[p][R_STATUS] < 2]
        due = self._due
        if f.overdue:
            now = self._now_text
            positions = [p for p in positions if due[p] is not None and due[p] < now and rows[p][R_STATUS] < 2]
        if f.due_this_week:
            lo, hi = self._week_start, self._week_end
            positions = [p for p in positions if due[p] is not None and lo <= due[p] < hi]
        if f.quadrant is not None:
            quads = self.quadrants()
            positions = [p for p in positions if quads[p] == f.quadrant]
        column, order = self._sort
        keys = self._sort_keys(column)
        base = sorted(positions, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._base = base
        self._visible = self._searched(base)
        self.endResetModel()

    # -- access ------------------------------------------------------------------------
    def id_of(self, rowid: int) -> str:
        task_id = self._ids.get(rowid)
        if task_id is None:
            task_id = self._ids[rowid] = tq.ids_of(self.ctx.store.raw(), [rowid]).get(rowid, "")
        return task_id

    def task_id(self, row: int) -> str:
        return self.id_of(self._rows[self._visible[row]][R_ROWID])

    def task_ids(self, rows: list[int]) -> list[str]:
        rowids = [self._rows[self._visible[r]][R_ROWID] for r in rows]
        missing = [r for r in rowids if r not in self._ids]
        if missing:
            self._ids.update(tq.ids_of(self.ctx.store.raw(), missing))
        return [self._ids.get(r, "") for r in rowids]

    def row_of(self, task_id: str) -> int:
        rowid = tq.rowid_of(self.ctx.store.raw(), task_id)
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
        if due is None or r[R_STATUS] >= 2:
            return ""
        if due < self._now_text:
            return "overdue"
        return "today" if due < self._today_end else ""

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 7:
            return None
        return [self.tr("Title"), self.tr("Country"), self.tr("Requester"), self.tr("Quadrant"),
                self.tr("Due"), self.tr("Status"), self.tr("Delegated to")][section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex, role: int = DISPLAY):
        row = index.row()
        if not index.isValid() or row >= len(self._visible):
            return None
        pos = self._visible[row]
        r, col = self._rows[pos], index.column()
        if role == DISPLAY or role == EDIT:
            return self._text(pos, r, col, role == EDIT)
        if role == CHECK:
            if col != COL_TITLE:
                return None
            return Qt.CheckState.Checked if r[R_STATUS] == 2 else Qt.CheckState.Unchecked
        if role == BACKGROUND:
            late = self.urgency(pos)
            return self._overdue_bg if late == "overdue" else self._today_bg if late == "today" else None
        if role == FOREGROUND:
            late = self.urgency(pos)
            if late == "overdue":
                return self._late_fg if col == COL_DUE else self._on_tint_fg
            return self._on_tint_fg if late == "today" else None
        if role == FONT:
            return self._done_font if r[R_STATUS] >= 2 and col == COL_TITLE else None
        if role == TOOLTIP:
            return self._tooltip(pos, r, col)
        if role == TaskIdRole:
            return self.id_of(r[R_ROWID])
        if role == UrgencyRole:
            return self.urgency(pos)
        return None

    def _text(self, pos: int, r: tuple, col: int, edit: bool) -> str:
        if col == COL_TITLE:
            if edit or r[R_ROWID] not in self._tranches:
                return r[R_TITLE]
            n, done, _s, _e = self._tranches[r[R_ROWID]]
            return self.tr("{0} ({1} of {2} done)").format(r[R_TITLE], done, n)
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
        return r[R_DELEGATED_TO]

    def due_view(self, r: tuple) -> core.DueView | None:
        floating = bool(r[R_FLAGS] & F_FLOATING)
        if floating:
            return core.due_view(None, None, True, core.parse_stored_wall(r[R_DUE]), bool(r[R_FLAGS] & F_ALL_DAY),
                                 self.ctx.zone)
        entry = self._countries.get(r[R_COUNTRY])
        zone = r[R_DUE_TZ] or (entry[2] if entry else None)
        return core.due_view(core.parse_stored_instant(r[R_DUE]), zone, False, None,
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

    def _tooltip(self, pos: int, r: tuple, col: int) -> str | None:
        if col == COL_TITLE and r[R_ROWID] in self._tranches:
            n, done, start, end = self._tranches[r[R_ROWID]]
            first = QDate.fromString(start, "yyyy-MM-dd") if start else None
            last = core.parse_stored_instant(end)
            span = "–".join(self._locale.toString(d, QLocale.FormatType.ShortFormat) for d in filter(None, [
                first, QDate(last.year, last.month, last.day) if last else None]))
            return self.tr("{0} of {1} parts done; {2}").format(done, n, span)
        if col == COL_DUE:
            view = self.due_view(r)
            if view is not None and view.floating:
                return self.tr("Floating: follows the zone you are in")
            if view is not None and view.fixed_zone:
                return self.tr("Fixed in {0}").format(view.fixed_zone)
        if col == COL_TITLE:
            late = self.urgency(pos)
            if late == "overdue":
                return self.tr("Overdue")
            if late == "today":
                return self.tr("Due today")
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        r = self._rows[self._visible[index.row()]]
        try:
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_TITLE:
                done = Qt.CheckState(value) == Qt.CheckState.Checked
                changes = core.complete_changes(self.ctx.now()) if done else core.reopen_changes(r[R_DELEGATED_TO])
                text = self.tr("Complete “{0}”") if done else self.tr("Reopen “{0}”")
            elif role == Qt.ItemDataRole.EditRole and index.column() == COL_TITLE:
                changes, text = {"title": core.clean_title(str(value))}, self.tr("Rename “{0}”")
            elif role == Qt.ItemDataRole.EditRole and index.column() == COL_REQUESTER:
                changes, text = {"requester": core.clean_name(str(value))}, self.tr("Change requester of “{0}”")
            else:
                return False
        except ValidationError as exc:
            self.ctx.error_raised.emit(describe_input_error(exc))
            return False
        return push_update(self.ctx, [self.id_of(r[R_ROWID])], changes, text.format(r[R_TITLE]))


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


class TaskUpdateCommand(StoreCommand):
    """The same change on one or many tasks, one undo step, saved with plain sqlite3 (``core.tasks.
    save_changes``): editing the list loads no ORM."""

    def __init__(self, ctx: AppContext, ids: list[str], changes: dict, text: str):
        super().__init__(ctx, text)
        self.ids, self.changes, self.tables = list(ids), dict(changes), ("task",)

    def do(self) -> object:
        try:
            return core.save_changes(self.ctx.store, self.ids, self.changes)
        except core.TaskGoneError as exc:
            raise ValidationError(QCoreApplication.translate("UpdateCommand", "The item no longer exists.")) from exc

    def undo_with(self, data: object) -> None:
        core.restore_changes(self.ctx.store, data)  # type: ignore[arg-type]


def push_update(ctx: AppContext, ids: list[str], changes: dict, text: str) -> bool:
    """Save a change to one or many tasks now, as one undoable step."""
    return ctx.push(TaskUpdateCommand(ctx, ids, changes, text))


def format_due(view: core.DueView, locale: QLocale, this_year: int) -> str:
    """"Fri 27 Nov 18:00 (17:00 Casablanca)": in the user's zone, and in the fixed zone when it differs."""
    def stamp(moment: dt.datetime, with_day: bool = True) -> str:
        date = QDate(moment.year, moment.month, moment.day)
        day = locale.toString(date, "ddd d MMM" if moment.year == this_year else "ddd d MMM yyyy")
        if view.all_day:
            return day
        time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        return f"{day} {time}" if with_day else time

    if view.all_day:
        return stamp(view.there or view.here)
    text = stamp(view.here)
    if view.there is not None:
        same_day = view.there.date() == view.here.date()
        text += f" ({stamp(view.there, not same_day)} {zone_city(view.fixed_zone or '')})"
    if view.floating:
        text += " ⟳"
    return text


def describe_input_error(exc: Exception) -> str:
    """The translated message for a ``TaskInputError`` (English fallback for any other error)."""
    from PySide6.QtCore import QCoreApplication

    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {})
    messages = {
        "empty_title": QCoreApplication.translate("TaskInput", "A task needs a title."),
        "title_too_long": QCoreApplication.translate("TaskInput", "A title is at most {limit} characters."),
        "name_too_long": QCoreApplication.translate("TaskInput", "A name is at most {limit} characters."),
        "bad_date": QCoreApplication.translate("TaskInput", "“{text}” is not a date. Write it as 2026-11-27 or 27/11/2026."),
        "impossible_date": QCoreApplication.translate("TaskInput", "{text} does not exist in the calendar."),
        "bad_time": QCoreApplication.translate("TaskInput", "“{text}” is not a time of day. Write it as 17:00."),
        "impossible_time": QCoreApplication.translate("TaskInput", "{text} is not a time of day."),
        "unknown_zone": QCoreApplication.translate("TaskInput", "“{zone}” is not a known time zone."),
        "time_without_date": QCoreApplication.translate("TaskInput", "A due time needs a due date."),
        "zone_needed": QCoreApplication.translate("TaskInput", "A fixed due time needs a time zone."),
        "delegate_needs_name": QCoreApplication.translate("TaskInput", "Say who the task is delegated to."),
        "bad_status": QCoreApplication.translate("TaskInput", "Unknown status “{status}”."),
    }
    if code in messages:
        return messages[code].format(**params)
    return str(exc)
