"""In French, at 1280x800, no label, button, tab, group title or column header of a page is cut off.

French runs ~20 % longer than English. Each page of the main window is shown over the
sample region in a 1280x800 window with the French catalogue installed; every visible
piece of fixed text must fit its widget (its text's advance within the widget's width,
a few pixels of tolerance). English text left on a French page (a string that has a
French translation but was not looked up) is reported too. Screenshots go to tmp_path.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from tests.shell.test_translations import build_qm, extract, parse

TOLERANCE = 3  # pixels


def plain(text: str) -> str:
    """The text as shown: without the & of an accelerator."""
    return re.sub(r"&(.)", r"\1", text)


def text_width(widget: QWidget, text: str, rich: bool = False) -> int:
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return int(doc.idealWidth() + 0.999)
    fm = widget.fontMetrics()
    return max((fm.horizontalAdvance(line) for line in plain(text).splitlines()), default=0)


def describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__} {name!r} in {owner}"


def label_cut(label: QLabel) -> str | None:
    if label.wordWrap() or not label.text() or (label.pixmap() and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    need = text_width(label, label.text(), rich)
    if need > room + TOLERANCE:
        return f"{describe(label)}: {label.text()[:80]!r} needs {need}px, has {room}px"
    return None


def button_cut(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint().width()
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    if button.width() + TOLERANCE < hint:
        return f"{describe(button)}: {plain(button.text())!r} needs {hint}px, has {button.width()}px"
    return None


def tabs_cut(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        need = bar.fontMetrics().horizontalAdvance(plain(bar.tabText(i)))
        if rect.right() > bar.width() + TOLERANCE:
            out.append(f"tab {plain(bar.tabText(i))!r} of {describe(bar)} is beyond the edge (scroll arrows)")
        elif rect.width() < need + TOLERANCE:
            out.append(f"tab {plain(bar.tabText(i))!r} of {describe(bar)} needs {need}px, has {rect.width()}px")
    return out


def group_cut(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    need = box.fontMetrics().horizontalAdvance(plain(box.title())) + (20 if box.isCheckable() else 8)
    if need > box.width() + TOLERANCE:
        return f"{describe(box)}: title {plain(box.title())!r} needs {need}px, has {box.width()}px"
    return None


def horizontal_header(view: QAbstractItemView) -> QHeaderView | None:
    if hasattr(view, "horizontalHeader"):
        return view.horizontalHeader()
    return view.header() if hasattr(view, "header") else None


def headers_cut(view: QAbstractItemView) -> list[str]:
    out = []
    header = horizontal_header(view)
    if not isinstance(header, QHeaderView) or not header.isVisible() or view.model() is None:
        return out
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionViewportPosition(section) >= header.viewport().width():
            continue
        text = view.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.fontMetrics().horizontalAdvance(str(text)) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(section) + TOLERANCE < need:
            out.append(f"column {str(text)!r} of {describe(view)} needs {need}px, has {header.sectionSize(section)}px")
    return out


def combo_cut(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
    need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + arrow + 8
    if need > combo.width() + TOLERANCE:
        return f"{describe(combo)}: {combo.currentText()!r} needs {need}px, has {combo.width()}px"
    return None


def toolbar_overflow(bar: QToolBar) -> str | None:
    """Actions pushed behind the toolbar's » extension button are out of sight."""
    ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if ext is None or not ext.isVisible():
        return None
    hidden = [plain(a.text()) for a in bar.actions()
              if a.isVisible() and not a.isSeparator() and bar.widgetForAction(a) is not None
              and not bar.widgetForAction(a).isVisible()]
    return f"{describe(bar)}: {len(hidden)} action(s) hidden behind »: {hidden}" if hidden else None


def cut_offs(root: QWidget) -> list[str]:
    """Every visible piece of fixed text under ``root`` that does not fit."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            found.append(label_cut(w))
        elif isinstance(w, (QPushButton, QToolButton, QAbstractButton)):
            found.append(button_cut(w))
        elif isinstance(w, QComboBox):
            found.append(combo_cut(w))
        if isinstance(w, QToolBar):
            found.append(toolbar_overflow(w))
        if isinstance(w, QTabBar):
            found += tabs_cut(w)
        if isinstance(w, QGroupBox):
            found.append(group_cut(w))
        if isinstance(w, QAbstractItemView):
            found += headers_cut(w)
    return [f for f in found if f]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the fixed texts a user reads on the page."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((describe(w), w.text()))
        if isinstance(w, QGroupBox):
            out.append((describe(w), w.title()))
        if isinstance(w, QTabBar):
            out += [(describe(w), w.tabText(i)) for i in range(w.count())]
        if hasattr(w, "placeholderText"):
            out.append((describe(w), w.placeholderText()))
        if w.toolTip():
            out.append((describe(w) + " tooltip", w.toolTip()))
        header = horizontal_header(w) if isinstance(w, QAbstractItemView) else None
        if header is not None and header.isVisible() and w.model() is not None:
            out += [(describe(w) + " header", str(w.model().headerData(c, Qt.Orientation.Horizontal)))
                    for c in range(header.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = header.count() if header is not None else 1
            for row in range(min(model.rowCount(w.rootIndex()), 40)):
                for column in range(columns):
                    value = model.index(row, column, w.rootIndex()).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        out.append((f"{describe(w)} cells of column {column}", value))
    return out


def english_left(root: QWidget, translations: dict[str, set[str]]) -> list[str]:
    out: list[str] = []
    for where, text in shown_texts(root):
        line = f"{where}: {text!r} is still English"
        if text in translations and text not in translations[text] and line not in out:
            out.append(line)
    return out


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    """Today's extraction, with the French translations of the committed catalogue."""
    return extract(tmp_path_factory.mktemp("ts"))


@pytest.fixture
def french_window(qapp, qtbot, monkeypatch, request, sample_ctx, catalogue):
    from regionmgr.ui.common import i18n
    from regionmgr.ui.shell.main_window import MainWindow

    qm = build_qm(catalogue, catalogue.with_suffix(".qm"))
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: qm)
    assert i18n.install(qapp, "fr") == "fr"
    request.addfinalizer(lambda: i18n.install(qapp, "en"))  # other tests expect English
    sample_ctx.settings.setValue("welcome/done", True)
    w = MainWindow(sample_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def settle(qtbot, page: QWidget) -> None:
    """Let a page finish loading (some load in a worker thread) before looking at it."""
    def loaded() -> bool:
        return not any(w.isVisible() and "Chargement" in w.text() for w in page.findChildren(QLabel))
    with contextlib.suppress(Exception):  # the check below shows whatever is on screen
        qtbot.waitUntil(loaded, timeout=5000)
    QApplication.processEvents()  # the layouts the loaded content asked for


def visit_pages(qtbot, window, tmp_path: Path):
    """Show each page, and each tab of its tab widgets, at 1280x800 (screenshots saved); yield (where, page)."""
    from regionmgr.ui.shell.pages import PAGES

    assert window.page_actions["tasks"].text() == "Tâches"  # the French catalogue is really in use
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        settle(qtbot, page)
        assert (window.width(), window.height()) == (1280, 800)
        window.grab().save(str(tmp_path / f"fr-{spec.key}.png"))
        yield spec.key, page
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            first = tabs.currentIndex()
            for i in range(tabs.count()):
                if i == first or not tabs.isTabEnabled(i):
                    continue
                tabs.setCurrentIndex(i)
                QApplication.processEvents()  # the tab's layout done before the screenshot
                window.grab().save(str(tmp_path / f"fr-{spec.key}-tab{i}.png"))
                yield f"{spec.key} / {plain(tabs.tabText(i))}", page
            tabs.setCurrentIndex(first)


@pytest.mark.slow
def test_french_pages_at_1280x800_cut_nothing_off(qtbot, french_window, tmp_path: Path):
    w = french_window
    problems = []
    for key, page in visit_pages(qtbot, w, tmp_path):
        problems += [f"[{key}] {p}" for p in cut_offs(page)]
    problems += [f"[window] {p}" for p in cut_offs(w.nav_bar) + cut_offs(w.statusBar())]
    assert not problems, (
        f"French text cut off at 1280x800 (screenshots in {tmp_path}):\n" + "\n".join(problems)
    )


@pytest.mark.slow
def test_french_pages_show_no_english_that_has_a_translation(qtbot, french_window, catalogue, tmp_path: Path):
    translations: dict[str, set[str]] = {}
    for m in parse(catalogue):
        if m.finished and all(m.forms) and m.forms[0] != m.source:
            translations.setdefault(m.source, set()).update(m.forms)
    problems = []
    for key, page in visit_pages(qtbot, french_window, tmp_path):
        problems += [f"[{key}] {p}" for p in english_left(page, translations)]
    problems += [f"[window] {p}" for p in english_left(french_window.statusBar(), translations)]
    assert not problems, (
        "English text on French pages (a translation exists but was not looked up: see "
        "test_translations.py::test_every_translation_call_is_seen_by_lupdate):\n" + "\n".join(problems)
    )


def test_the_layout_check_sees_a_cut_label(qtbot, qapp):
    """The check can fail: a label narrower than its text, a header narrower than its title."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    fits = QLabel("Tâches")
    cut = QLabel("Prochains jours fériés dans tous les pays de la région")
    cut.setMinimumWidth(1)
    cut.setSizePolicy(cut.sizePolicy().horizontalPolicy().Ignored, cut.sizePolicy().verticalPolicy())
    button = QPushButton("Envoyer la mise à jour de la réunion hebdomadaire")
    button.setSizePolicy(button.sizePolicy().horizontalPolicy().Ignored, button.sizePolicy().verticalPolicy())
    table = QTableView()
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["Échéance (heure locale du pays)", "Pays"])
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 30)
    for x in (fits, cut, button, table):
        layout.addWidget(x)
    host.resize(120, 300)
    host.show()
    qtbot.waitExposed(host)
    found = "\n".join(cut_offs(host))
    assert "Prochains jours fériés" in found
    assert "Envoyer la mise à jour" in found
    assert "Échéance (heure locale du pays)" in found
    assert "'Tâches'" not in found and "'Pays'" not in found


@pytest.mark.slow
def test_every_quadrant_name_fits_its_column_in_french(qtbot, french_window):
    """The task list's Quadrant column shows "À faire maintenant" whole, not "À faire mai…"."""
    from regionmgr.ui.tasks.task_model import COL_QUADRANT, quadrant_names

    french_window.show_page("tasks")
    view = french_window.pages["tasks"].view
    names = quadrant_names()
    assert "À faire maintenant" in names
    width = view.horizontalHeader().sectionSize(COL_QUADRANT)
    assert all(view.fontMetrics().horizontalAdvance(n) + 8 <= width for n in names), (width, names)
