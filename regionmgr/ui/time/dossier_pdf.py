"""The handover dossier as a PDF that paginates cleanly: no table row cut by a page end, no orphan heading.

QTextDocument ignores ``page-break-inside: avoid``: a table row that meets the end of a
page is cut, its lines spread over two pages, and a heading can end a page while its
table starts the next. So the dossier is laid out on the PDF's own pages, each cut row
found from the layout, and the HTML built again with that table split there (its header
repeated on the new page, ``handover._Tables``); a table whose first row would leave its
heading behind moves with the heading. One fix per country section and pass (a section
starts on its own page, so fixing one never moves another), until nothing is cut. A row
taller than a page is the only one left to be cut.

Runs in a worker thread (QTextDocument and QPdfWriter are not widgets).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextFrame, QTextTable

from regionmgr.core.atomic import atomic_path
from regionmgr.ui.common.pdf import make_document

HtmlBuilder = Callable[[Collection[str]], str]  # page breaks -> the dossier's HTML
MAX_PASSES = 40


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _name(table: QTextTable) -> tuple[str, int] | None:
    """("t<section>_<n>", index of its first row) from the anchor of the first header cell."""
    block = table.cellAt(0, 0).firstCursorPosition().block()
    it = block.begin()
    while not it.atEnd():
        for anchor in it.fragment().charFormat().anchorNames():
            tid, _, first = anchor.partition(":")
            if tid.startswith("t") and first.isdigit():
                return tid, int(first)
        it += 1
    return None


def row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """The top and bottom of ``row``'s text in the laid-out ``doc`` (document coordinates)."""
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def cut_rows(doc: QTextDocument) -> list[tuple[str, int]]:
    """(table name, row) of every row the page ends cut in the laid-out ``doc`` (header rows are 0)."""
    height = doc.pageSize().height()
    out = []
    for table in _tables(doc.rootFrame()):
        name = _name(table)
        for row in range(table.rows()):
            top, bottom = row_span(doc, table, row)
            if bottom - top < height and int(top // height) != int((bottom - 1) // height):
                out.append((name[0] if name else "?", row))
    return out


def breaks_needed(doc: QTextDocument, done: Collection[str] = ()) -> list[str]:
    """The page breaks (``handover._Tables`` keys) that fix the first cut in each country section."""
    height = doc.pageSize().height()
    found: dict[str, str] = {}
    for table in _tables(doc.rootFrame()):
        name = _name(table)
        if name is None:
            continue
        tid, first = name
        section = tid.partition("_")[0]
        if section in found:
            continue
        before = doc.findBlock(max(0, table.firstPosition() - 1))
        head_top, _head_bottom = row_span(doc, table, 0)
        heading_page = int((doc.documentLayout().blockBoundingRect(before).bottom() - 1) // height)
        if first == 0 and f"{tid}.0" not in done and heading_page != int(head_top // height):
            found[section] = f"{tid}.0"  # the heading ends a page, its table starts the next
            continue
        last_page = int(head_top // height)
        for row in range(table.rows()):
            top, bottom = row_span(doc, table, row)
            key = f"{tid}.{first + row - 1}" if row >= 1 and (first or row > 1) else f"{tid}.0"
            cut = bottom - top < height and int(top // height) != int((bottom - 1) // height)
            headless = row >= 2 and int(top // height) != last_page  # a new page without the header
            last_page = int((bottom - 1) // height)
            if (cut or headless) and key not in done:
                found[section] = key
                break
    return list(found.values())


def _pdf_writer(target: str | QIODevice) -> QPdfWriter:
    """A PDF writer set as ``ui.common.pdf.write_pdf`` sets its own: A4, 18 mm margins, 300 dpi."""
    writer = QPdfWriter(target)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    return writer


def paginate(build: HtmlBuilder, title: str = "", device: QPdfWriter | None = None) -> tuple[str, QTextDocument]:
    """The HTML whose layout on ``device`` (default: an A4 PDF in memory) cuts no row, and that layout."""
    buffer = QBuffer()
    if device is None:
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        device = _pdf_writer(buffer)
    breaks: set[str] = set()
    for _ in range(MAX_PASSES):
        html = build(breaks)
        doc = make_document(html, title)
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(QSizeF(device.width(), device.height()))
        more = breaks_needed(doc, breaks)
        if not more:
            break
        breaks.update(more)
    return html, doc


def write_dossier_pdf(build: HtmlBuilder, target: Path | str, title: str = "") -> Path:
    """Lay the dossier out on A4 with no row cut and write it to ``target`` (atomically)."""
    target = Path(target)
    with atomic_path(target) as tmp:
        writer = _pdf_writer(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Region Manager")
        _html, doc = paginate(build, title, writer)
        doc.print_(writer)  # already laid out for this writer: printed as it is
        del writer  # flushes and closes the file before the rename
    return target
