"""The Priorities page: the urgent/important matrix as four lists, with drag and drop between them.

Each quadrant is a ``QuadrantModel`` (a list model over plain rows read by
``core.matrix.load_matrix``). Dragging tasks to another quadrant, or "Move to"
from the context menu, sets that quadrant's flags as one undoable step.
Urgency that comes from a close deadline (counted in the task's country's
working days) cannot be dragged away: the flags are still set as asked, the
task stays in the urgent quadrant of its new importance, and a notice above the
lists says why (it moves once its due date does).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.tasks.matrix import (
    MatrixRow,
    count_open,
    load_matrix,
    load_matrix_at,
    move_outcome,
)
from regionmgr.core.tasks.priority import Quadrant
from regionmgr.ui.common import formats
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.quadrants import quadrant_hint, quadrant_title
from regionmgr.ui.tasks.urgency import deadline_text, plural, translate, urgency_text, why_text

if TYPE_CHECKING:
    from regionmgr.ui.common.worker import Job
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

TASK_IDS_MIME = "application/x-regionmgr-task-ids"
# Up to this many open tasks the matrix loads at once; beyond, in a worker thread (paint first).
SYNC_LOAD_LIMIT = 3000
REPLACE_EVERY_MS = 10 * 60 * 1000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHY_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3


def due_text(row: MatrixRow) -> str:
    """"due 12 Dec (asked 5 Dec)": the agreed deadline, and the one asked for when it differs."""
    asked = row.requested_due_on
    if row.due_at is None:
        return QCoreApplication.translate("Matrix", "asked {0}").format(formats.date_text(asked)) \
            if asked else ""
    local = row.due_at.astimezone(ZoneInfo(row.zone)).date()
    text = formats.date_text(local)
    if asked is not None and asked != local:
        text = QCoreApplication.translate("Matrix", "due {0} (asked {1})").format(
            text, formats.date_text(asked))
    return text


class QuadrantModel(QAbstractListModel):
    """The open tasks of one quadrant (plain rows). Accepts tasks dropped from the other quadrants."""

    moved = Signal(str)  # a notice for the user after a move ("" when there is nothing to say)

    def __init__(self, ctx: AppContext, quadrant: Quadrant, lookup: Callable[[str], MatrixRow | None],
                 parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.quadrant = quadrant
        self._lookup = lookup
        self._rows: list[MatrixRow] = []

    def set_rows(self, rows: list[MatrixRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MatrixRow:
        return self._rows[row]

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # -- read ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title, why_text(row)]
            if row.parent_title:
                lines.append(self.tr("Part of: {0}").format(row.parent_title))
            return "\n".join(lines)
        if role == ID_ROLE:
            return row.id
        if role == WHY_ROLE:
            return urgency_text(row.placement.urgency, row.placement.working_days_left, row.zone)
        if role == DETAIL_ROLE:
            parts = [p for p in (row.country_code, due_text(row), urgency_text(
                row.placement.urgency, row.placement.working_days_left, row.zone)) if p]
            return " · ".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {why_text(row)}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    # -- drag and drop ---------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TASK_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = []
        for index in indexes:
            if index.isValid() and self._rows[index.row()].id not in ids:
                ids.append(self._rows[index.row()].id)
        mime = QMimeData()
        mime.setData(TASK_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    @staticmethod
    def ids_in(mime: QMimeData) -> list[str]:
        if not mime.hasFormat(TASK_IDS_MIME):
            return []
        try:
            ids = json.loads(bytes(mime.data(TASK_IDS_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return bool(self.ids_in(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        ids = self.ids_in(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        self.move_tasks(ids)
        # The lists reload from the store; don't let the source view remove rows itself.
        return False

    def move_tasks(self, ids: list[str]) -> bool:
        """Give these tasks this quadrant's flags (one undo step). True if something was written."""
        rows = [r for r in (self._lookup(i) for i in ids) if r is not None]
        if not rows:
            return False
        outcome = move_outcome(rows, self.quadrant)
        wrote = False
        if outcome.writes:
            from regionmgr.core.tasks.planning import set_priority_flags

            flags = next(iter(outcome.changes.values()))
            ids = list(outcome.changes)
            store = self.ctx.store
            text = plural(len(outcome.changes), translate("Priorities", "Move {n} task to {0}"),
                          translate("Priorities", "Move {n} tasks to {0}")).format(quadrant_title(self.quadrant))
            wrote = self.ctx.run(text, lambda: set_priority_flags(store, ids, flags)) is not None
        notice = ""
        if outcome.kept_urgent:
            first = outcome.kept_urgent[0]
            reason = deadline_text(first.placement.working_days_left, first.zone)
            notice = self.tr(
                "“{0}” stays urgent ({1}): a close deadline makes a task urgent whatever its flag. "
                "Change its due date to move it out of the urgent quadrants."
            ).format(first.title, reason)
            if len(outcome.kept_urgent) > 1:
                notice += " " + plural(len(outcome.kept_urgent) - 1,
                                   translate("Priorities", "So does {n} other task."),
                                   translate("Priorities", "So do {n} other tasks."))
        self.moved.emit(notice)
        return wrote


class TaskItemDelegate(QStyledItemDelegate):
    """Two lines per task: the title, then country · due date · why it is in this quadrant."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        return QSize(200, fm.height() * 2 + 10)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(6, 4, -6, -4)
        half = rect.height() // 2
        painter.save()
        group = QPalette.ColorGroup.Normal
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        fm = opt.fontMetrics
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), half),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(QRect(rect.left(), rect.top() + half, rect.width(), half),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class QuadrantView(QListView):
    """A quadrant's list: drag source and drop target, with a "Move to" context menu."""

    split_requested = Signal(str)  # a task id: "Split into parts…"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self.setItemDelegate(TaskItemDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.move_targets: list[QuadrantModel] = []

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self.selectionModel().selectedIndexes()]

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        sub = menu.addMenu(self.tr("Move to"))
        for target in self.move_targets:
            action = QAction(quadrant_title(target.quadrant), sub)
            action.setEnabled(target is not self.model())
            action.triggered.connect(lambda _c=False, t=target, ids=ids: t.move_tasks(ids))
            sub.addAction(action)
        split = menu.addAction(self.tr("Split into parts…"))
        split.setEnabled(len(ids) == 1)
        split.triggered.connect(lambda _c=False, tid=ids[0]: self.split_requested.emit(tid))
        menu.popup(event.globalPos())


class PrioritiesPage(QWidget):
    """Four quadrants with counts; reloads whenever tasks or countries change."""

    task_activated = Signal(str)  # a task double-clicked or Enter pressed (to open it elsewhere)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._by_id: dict[str, MatrixRow] = {}
        self.models: dict[Quadrant, QuadrantModel] = {}
        self.views: dict[Quadrant, QuadrantView] = {}
        self.titles: dict[Quadrant, QLabel] = {}

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Priorities"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Drag tasks between the quadrants to change their urgent and important flags. "
            "A deadline within two working days of the task's country also makes a task urgent."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = QLabel(self)
        self.notice.setObjectName("prioritiesNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#prioritiesNotice { background: palette(tooltip-base); "
                                  "color: palette(tooltip-text); padding: 6px; border-radius: 4px; }")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.unreadable_notice = QLabel(self)  # tasks left out: a stored date can't be read back
        self.unreadable_notice.setWordWrap(True)
        self.unreadable_notice.hide()
        layout.addWidget(self.unreadable_notice)

        grid = QGridLayout()
        grid.setSpacing(10)
        for q in Quadrant:
            model = QuadrantModel(ctx, q, self._by_id.get, self)
            model.moved.connect(self.show_notice)
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title = QLabel(frame)
            tfont = title.font()
            tfont.setBold(True)
            title.setFont(tfont)
            hint = QLabel(quadrant_hint(q), frame)
            hfont = hint.font()
            hfont.setItalic(True)
            hint.setFont(hfont)
            view = QuadrantView(frame)
            view.setModel(model)
            view.setAccessibleName(quadrant_title(q))
            view.split_requested.connect(self.split_task)
            view.activated.connect(lambda index: self.task_activated.emit(str(index.data(ID_ROLE))))
            box.addWidget(title)
            box.addWidget(hint)
            box.addWidget(view)
            grid.addWidget(frame, q.value // 2, q.value % 2)
            self.models[q], self.views[q], self.titles[q] = model, view, title
        for view in self.views.values():
            view.move_targets = list(self.models.values())
        layout.addLayout(grid, 1)

        self.loading = QLabel(self.tr("Loading the open tasks…"), self)
        self.loading.hide()
        layout.insertWidget(2, self.loading)
        self._generation = 0
        self._dirty = False
        self._job: Job | None = None
        ctx.data_changed.connect(self._on_data_changed)
        ctx.zone_changed.connect(lambda _z: self.reload())
        # Deadlines come closer as time passes: re-place the tasks every few minutes.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(REPLACE_EVERY_MS)
        self._clock_timer.timeout.connect(self.reload)
        self._clock_timer.start()
        self.reload(force=True)

    def _on_data_changed(self, table: str) -> None:
        if table in ("", "task", "country"):
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self, force: bool = False) -> None:
        """Reload the quadrants now (small stores) or in the background (big ones); later if hidden."""
        if not force and not self.isVisible():
            self._dirty = True  # reload when shown: edits elsewhere don't pay for this page
            return
        self._dirty = False
        self._generation += 1
        if count_open(self.ctx.store) <= SYNC_LOAD_LIMIT:
            self._apply(load_matrix(self.ctx.store, self.ctx.now(), self.ctx.zone_name))
            return
        from regionmgr.ui.common.worker import Job, start

        path, now, zone, gen = self.ctx.store.path, self.ctx.now(), self.ctx.zone_name, self._generation
        self.loading.show()
        job = Job(lambda _report: (gen, load_matrix_at(path, now, zone)))
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self._load_failed)
        self._job = start(job)

    def _loaded(self, result) -> None:
        gen, matrix = result
        if gen == self._generation:  # a newer reload supersedes this one
            self._apply(matrix)

    def _load_failed(self, exc) -> None:
        self.loading.hide()
        self.ctx.error_raised.emit(self.tr("The priorities could not be loaded: {0}").format(exc))

    def _apply(self, matrix) -> None:
        self.loading.hide()
        self._by_id.clear()
        for q, rows in matrix.items():
            for row in rows:
                self._by_id[row.id] = row
            self.models[q].set_rows(rows)
            self.titles[q].setText(self.tr("{0} ({1})").format(quadrant_title(q), len(rows)))
        left_out = len(getattr(matrix, "unreadable", ()))
        self.unreadable_notice.setText(
            self.tr("%n task(s) could not be read and are not shown", "", left_out) if left_out else "")
        self.unreadable_notice.setVisible(bool(left_out))

    def count(self, q: Quadrant) -> int:
        return self.models[q].rowCount()

    def split_task(self, task_id: str) -> TrancheDialog:
        """Open the tranche planner for a task (a part's parent when given a part)."""
        from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

        row = self._by_id.get(task_id)
        target = row.parent_id if row is not None and row.parent_id else task_id
        dialog = TrancheDialog(self.ctx, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
