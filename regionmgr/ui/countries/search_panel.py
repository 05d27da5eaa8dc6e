"""Search across every country's notes and contacts as you type, with the matching words highlighted."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.countries import search as core
from regionmgr.core.countries.region import country_name
from regionmgr.ui.common import theme
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language
from regionmgr.ui.countries.note_models import kind_label

ROOT = QModelIndex()  # the invisible root: the default ``parent`` of the model methods

HTML_ROLE = Qt.ItemDataRole.UserRole
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


def marks_to_html(text: str) -> str:
    """Escape ``text`` and turn the search marks into highlighted spans."""
    escaped = html.escape(text.replace("\n", " "))
    return escaped.replace(core.MARK_START, f"<span style='background:{theme.tint('match').name()}'><b>").replace(
        core.MARK_END, "</b></span>"
    )


class SearchResultsModel(QAbstractListModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = ""
        self.hits: list[core.Hit] = []
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, table: str) -> None:
        if self.query and table in ("", "note", "contact", "country"):
            self.set_query(self.query)

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text
        self.hits = core.search(self.ctx.store, text) if text.strip() else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.hits)

    def _where(self, hit: core.Hit) -> str:
        country = country_name(hit.country_code, current_language()) if hit.country_code else ""
        what = kind_label(hit.note_kind) if hit.kind == "note" else self.tr("Contact")
        return f"{country} · {what}" if country else what

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.hits)):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{core.strip_marks(hit.title)} — {self._where(hit)}"
        if role == HTML_ROLE:
            return (f"<b>{marks_to_html(hit.title)}</b> <span style='color:#666'>— "
                    f"{html.escape(self._where(hit))}</span><br>{marks_to_html(hit.snippet)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return core.strip_marks(hit.snippet)
        if role == HIT_ROLE:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text (rich text with highlights)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchPanel(QWidget):
    """A search box; results appear under it while there is text."""

    hit_activated = Signal(object)  # core.search.Hit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = SearchResultsModel(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)  # typing restarts it
        self.timer.timeout.connect(self.run_now)
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search all notes and contacts…"))
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self.run_now)
        layout.addWidget(self.box)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(230)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        layout.addWidget(self.results)
        self._show_results(False)

    def _show_results(self, visible: bool) -> None:
        self.results.setVisible(visible)
        self.status.setVisible(visible)

    def run_now(self) -> None:
        self.timer.stop()
        text = self.box.text()
        self.model.set_query(text)
        has_text = bool(text.strip())
        self._show_results(has_text)
        if has_text:
            count = self.model.rowCount()
            self.status.setText(self.tr("No note or contact matches.") if count == 0
                                else self.tr("{0} matches (best first)").format(count))

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)
