"""Documents to PDF and to the printer: HTML laid out by QTextDocument, written atomically.

Shared by the refresher packs, the transparency report and the handover
dossier. The HTML comes from ``core`` (plain strings); this module only lays it
out. Must run on the UI thread or a worker thread that owns no widgets
(QTextDocument and QPdfWriter are not widgets, so a worker thread is fine).

A document whose contents give page numbers comes as a ``PageBuilder``: a
function from "anchor name -> page" to HTML. It is laid out, the page of each
anchor measured, and built again with those numbers until they no longer move
(at most ``MAX_PASSES`` layouts); its pages then get their number in the footer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from regionmgr.core.atomic import atomic_path

PageBuilder = Callable[[Mapping[str, int]], str]
MAX_PASSES = 3
FOOTER_MM = 8.0  # the strip under the text that holds the page number


def make_document(html: str, title: str = "") -> QTextDocument:
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setDefaultStyleSheet(
        "body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; }"
        "table { border-collapse: collapse; } td, th { padding: 3px 6px; border: 1px solid #999; }"
        "th { background: #e8eef3; }"
    )
    doc.setHtml(html)
    return doc


def anchor_pages(doc: QTextDocument) -> dict[str, int]:
    """Each anchor name of a paginated, laid-out ``doc`` -> the page (from 1) its block starts on."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    pages: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                pages.setdefault(name, int(layout.blockBoundingRect(block).top() // height) + 1)
            it += 1
        block = block.next()
    return pages


def paginate(build: PageBuilder, device: QPagedPaintDevice, page: QSizeF, title: str = "") -> QTextDocument:
    """``build``'s document laid out on ``device`` in pages of ``page``, its page numbers stable."""
    numbers: dict[str, int] = {}
    for _ in range(MAX_PASSES):
        doc = make_document(build(numbers), title)
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(page)
        found = anchor_pages(doc)
        if found == numbers:
            break
        numbers = found
    return doc


def footer_height(device: QPagedPaintDevice) -> float:
    return FOOTER_MM / 25.4 * device.logicalDpiY()


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, first: int = 0, last: int = 0) -> None:
    """Paint the paginated ``doc`` on ``device``, each page's number in its footer (pages ``first``..``last``)."""
    page = doc.pageSize()
    count = doc.pageCount()
    chosen = range(max(first, 1), min(last or count, count) + 1)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        font = QFont(doc.defaultFont())
        font.setPointSizeF(8)
        for number in chosen:
            if number != chosen.start:
                device.newPage()
            top = (number - 1) * page.height()
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, page.width(), page.height())
            context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
            painter.save()
            painter.setClipRect(QRectF(0, 0, page.width(), page.height()))
            painter.translate(0, -top)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(0, page.height(), page.width(), footer_height(device)),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, str(number))
    finally:
        painter.end()


def write_pdf(html: str | PageBuilder, target: Path | str, title: str = "") -> Path:
    """Lay ``html`` (or a ``PageBuilder``'s document) out on A4 and write it to ``target`` (atomically)."""
    target = Path(target)
    with atomic_path(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Region Manager")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        )
        # Lay the text out for the PDF's resolution, not the screen's (else it prints tiny).
        if not isinstance(html, str):
            page = QSizeF(writer.width(), writer.height() - footer_height(writer))
            paint_pages(paginate(html, writer, page, title), writer)
        else:
            doc = make_document(html, title)
            doc.documentLayout().setPaintDevice(writer)
            doc.setPageSize(QSizeF(writer.width(), writer.height()))
            doc.print_(writer)
        del writer  # flushes and closes the file before the rename
    return target


def print_html(html: str | PageBuilder, printer: QPrinter, title: str = "") -> None:
    if not isinstance(html, str):
        page = QSizeF(printer.width(), printer.height() - footer_height(printer))
        paint_pages(paginate(html, printer, page, title), printer, printer.fromPage(), printer.toPage())
        return
    doc = make_document(html, title)
    doc.documentLayout().setPaintDevice(printer)
    doc.print_(printer)
