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
Row tints follow the palette: a theme switched while the app runs repaints them.

Its parts: ``task_columns`` (columns, roles, the filter), ``task_loading`` (reading rows,
in a worker too, and their derived values), ``task_grouping`` (parts under their parent).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
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
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from regionmgr.core.changes import Applied, Change
from regionmgr.core.errors import ValidationError
from regionmgr.core.tasks import listing as tl
from regionmgr.core.tasks import operations
from regionmgr.core.tasks import rules as core
from regionmgr.core.tasks.listing import (
    DONE_CODE,
    F_ALL_DAY,
    F_FLOATING,
    F_PARKED,
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
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.tasks.recurrence_texts import MARK as RECURRING_MARK
from regionmgr.ui.tasks.recurrence_texts import stored_words
from regionmgr.ui.tasks.row_index import RowIndex
from regionmgr.ui.tasks.task_columns import (
    BACKGROUND,
    CHECK,
    COL_CHANNEL,
    COL_COUNTRY,
    COL_DELEGATED,
    COL_DUE,
    COL_QUADRANT,
    COL_REQUESTER,
    COL_STATUS,
    COL_TITLE,
    COLUMN_FLAGS,
    COLUMNS,
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    LATE_FG,
    OVERDUE_BG,
    TODAY_BG,
    TOOLTIP,
    TaskFilter,
    TaskIdRole,
    UrgencyRole,
)
from regionmgr.ui.tasks.task_grouping import MAX_DEPTH, grouped, indented
from regionmgr.ui.tasks.task_loading import FIRST_PAGE, RowLoading
from regionmgr.ui.tasks.task_texts import (
    PARKED_MARK,
    channel_name,
    describe_input_error,
    format_due,
    quadrant_names,
    status_names,
    unknown_status_name,
)

# Re-exported: the room (and its tests) import the columns, roles, texts and row index from here.
__all__ = ["COLUMNS", "COLUMN_FLAGS", "COL_CHANNEL", "COL_COUNTRY", "COL_DELEGATED", "COL_DUE", "COL_QUADRANT",
           "COL_REQUESTER", "COL_STATUS", "COL_TITLE", "FIRST_PAGE", "LATE_FG", "MAX_DEPTH", "OVERDUE_BG",
           "RELOAD_IN_BACKGROUND", "TODAY_BG", "RowIndex", "TaskFilter", "TaskIdRole", "TaskTableModel",
           "UrgencyRole", "describe_input_error", "format_due", "push_update", "quadrant_names", "status_names",
           "unknown_status_name"]

RELOAD_IN_BACKGROUND = 20_000  # rows: a whole list this long is read again in a worker thread


class TaskTableModel(RowLoading, QAbstractTableModel):
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
        self._overdue_bg = self._today_bg = self._late_fg = self._on_tint_fg = QBrush()
        self._read_colours()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a theme switched while the app runs: the new tints
            app.paletteChanged.connect(self._palette_changed)
            app.styleHints().colorSchemeChanged.connect(self._palette_changed)
        self._quadrant_names = quadrant_names()
        self._status_names = [*status_names(), unknown_status_name()]  # indexed by a row's status code
        assert len(self._status_names) == tl.UNKNOWN_STATUS + 1
        self._done_font = QFont()
        self._done_font.setStrikeOut(True)
        self.ctx.changed.connect(self.refresh)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.ctx.zone_changed.connect(lambda _z: self._rederive())

    def _read_colours(self) -> bool:
        """The row tints and inks of the palette in use; True when they changed."""
        colours = (QBrush(theme.tint("overdue")), QBrush(theme.tint("today")),
                   QBrush(theme.ink("error")),  # the scheme's: light and dark variants
                   QBrush(theme.text_colour()))  # the tints keep the palette's text readable
        if colours == (self._overdue_bg, self._today_bg, self._late_fg, self._on_tint_fg):
            return False
        self._overdue_bg, self._today_bg, self._late_fg, self._on_tint_fg = colours
        return True

    def _palette_changed(self, *_args: object) -> None:
        if self._read_colours() and self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, COLUMNS - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

    # -- loading: see task_loading.RowLoading; the whole list again (here: tests patch RELOAD_IN_BACKGROUND)
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
        """``positions`` (sorted) with each parent's parts right under it (``task_grouping``)."""
        out, self._depth = grouped(positions, len(self._rows), self._links, self._positions())
        return out

    def _nest(self) -> None:
        """Which shown rows are indented: parts whose parent is shown too (a search may hide it)."""
        depth = self._depth
        if not depth or not self._search:
            self._indent = depth
            return
        self._indent = indented(depth, self._visible, len(self._rows), self._links, self._positions())

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
        return COLUMN_FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

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


