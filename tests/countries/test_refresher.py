"""Refresher packs: a dated PDF and Markdown of the chosen procedures, and the log of who received which version."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt, QUrl

from regionmgr.core.countries import notes as notes_core
from regionmgr.core.countries import refresher as core
from regionmgr.core.countries import region as countries_core
from regionmgr.core.ops import create
from regionmgr.store.models import Note
from regionmgr.ui.countries.countries_page import CountriesPage
from regionmgr.ui.countries.refresher_dialog import ChecklistModel, RefresherDialog


def country_id(store, code):
    return next(c.id for c in countries_core.list_countries(store) if c.code == code)


@pytest.fixture
def ma_with_two_procedures(sample_store):
    ma = country_id(sample_store, "MA")
    create(sample_store, Note, {"country_id": ma, "kind": "procedure", "title": "Expense claims",
                                "body": "## Steps\n1. Scan receipts.\n2. Send to **Youssef**.\n\n"
                                        "![logo](/etc/hosts) ![web](https://example.com/x.png)\n"})
    return ma


@pytest.fixture
def dialog(qtbot, sample_ctx, ma_with_two_procedures):
    d = RefresherDialog(sample_ctx, ma_with_two_procedures)
    qtbot.addWidget(d)
    return d


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def export(qtbot, dialog, **paths):
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        assert dialog.export(**paths) is not None
    return blocker.args[0]


def ui_date() -> str:
    return QLocale().toString(QDate(2026, 11, 23), QLocale.FormatType.LongFormat)


def test_the_pdf_pack_has_a_heading_contents_the_notes_and_the_date(qtbot, dialog, tmp_path):
    target = tmp_path / "pack.pdf"
    written = export(qtbot, dialog, pdf_path=target)
    assert written == [str(target)]
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1  # one flowing document: heading, contents, the procedures
    first = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Refresher pack" in first and "Procedures for Morocco" in first
    assert f"Date: {ui_date()}" in first  # the UI language's format (QLocale)
    assert "Contents" in first and "CNSS declaration" in first
    text = pdf_text(target)
    for expected in ("CNSS declaration", "Damancom", "Expense claims", "Scan receipts", "Morocco"):
        assert expected in text
    assert reader.metadata.title == "Refresher pack — Morocco"
    assert not list(tmp_path.glob("*.part"))  # written atomically


def test_only_the_ticked_procedures_go_in_the_pack(qtbot, dialog, tmp_path):
    model = dialog.notes_model
    row = next(i for i, r in enumerate(model.rows) if r[1] == "Expense claims")
    model.setData(model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    export(qtbot, dialog, md_path=tmp_path / "pack.md")
    text = (tmp_path / "pack.md").read_text(encoding="utf-8")
    assert "Damancom" in text and "Expense claims" not in text


def test_the_markdown_pack_is_clean_and_dated(qtbot, dialog, tmp_path):
    export(qtbot, dialog, md_path=tmp_path / "pack.md")
    text = (tmp_path / "pack.md").read_text(encoding="utf-8")
    assert text.startswith("# Refresher pack\n")
    assert f"Date: {ui_date()}" in text
    assert "## Contents\n\n1. CNSS declaration\n2. Expense claims" in text
    assert "#### Steps" in text  # the note's headings sit under the note's own heading
    assert "/etc/hosts" not in text and "example.com/x.png" not in text  # images never carried


def test_the_pack_is_in_the_ui_language(qtbot, sample_ctx, ma_with_two_procedures, tmp_path):
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        d = RefresherDialog(sample_ctx, ma_with_two_procedures)
        qtbot.addWidget(d)
        export(qtbot, d, pdf_path=tmp_path / "pack.pdf", md_path=tmp_path / "pack.md")
    finally:
        QLocale.setDefault(previous)
    assert "23 novembre 2026" in (tmp_path / "pack.md").read_text(encoding="utf-8")
    assert "Maroc" in pdf_text(tmp_path / "pack.pdf")


def test_exporting_nothing_says_so(qtbot, dialog):
    for row in range(dialog.notes_model.rowCount()):
        dialog.notes_model.setData(dialog.notes_model.index(row), Qt.CheckState.Unchecked,
                                   Qt.ItemDataRole.CheckStateRole)
    assert dialog.export(md_path="/nonexistent/x.md") is None
    assert "at least one procedure" in dialog.status.text()


def test_the_log_shows_who_never_got_the_current_version(qtbot, dialog, sample_ctx, ma_with_two_procedures):
    store, ma = sample_ctx.store, ma_with_two_procedures
    contacts = {c.name: c.id for c in countries_core.list_contacts(store, ma)}
    assert set(core.missing_current(store, ma)) == set(contacts.values())
    salma = dialog.contacts_model
    row = next(i for i, r in enumerate(salma.rows) if r[0] == contacts["Salma Bennani"])
    salma.setData(salma.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.record_sent()
    missing = core.missing_current(store, ma)
    assert contacts["Salma Bennani"] not in missing
    assert missing[contacts["Youssef El Amrani"]] == ["CNSS declaration", "Expense claims"]
    log = core.last_sent(store, ma)
    assert {(e.contact_name, e.note_title, e.note_version) for e in log} == {
        ("Salma Bennani", "CNSS declaration", 1), ("Salma Bennani", "Expense claims", 1)}
    assert log[0].sent_at == sample_ctx.now()
    # The contacts table on the page says the same.
    page = CountriesPage(sample_ctx)
    qtbot.addWidget(page)
    page.select_code("MA")
    model = page.contacts.model
    texts = {r.name: model.refresher_text(r.id) for r in model.rows}
    assert texts["Salma Bennani"] == "Up to date"
    assert texts["Youssef El Amrani"] == "2 to send"
    assert "CNSS declaration, Expense claims" in model.refresher_tooltip(contacts["Youssef El Amrani"])
    # Editing a procedure makes a new current version Salma never got.
    cnss = next(n for n in notes_core.list_notes(store, ma, "procedure") if n.title == "CNSS declaration")
    page.notes.select_note(cnss.id)
    page.notes.editor.setPlainText(page.notes.editor.toPlainText() + "\n4. Keep the receipt.")
    page.notes.flush()
    assert core.missing_current(store, ma)[contacts["Salma Bennani"]] == ["CNSS declaration"]
    assert "not the current version" in model.refresher_tooltip(contacts["Salma Bennani"])
    # Recording is undoable.
    sample_ctx.undo_stack.undo()  # the edit
    sample_ctx.undo_stack.undo()  # the record
    assert core.last_sent(store, ma) == []


def test_recording_needs_a_procedure_and_a_contact(dialog):
    assert not dialog.record_sent()
    assert "at least one procedure and one contact" in dialog.status.text()


def test_the_page_opens_the_refresher_for_its_country(qtbot, sample_ctx):
    page = CountriesPage(sample_ctx)
    qtbot.addWidget(page)
    page.select_code("DE")
    d = page.open_refresher()
    assert [r[1] for r in d.notes_model.rows] == ["Expense approval"]
    assert "Germany" in d.windowTitle()
    d.close()


def test_checklist_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(ChecklistModel([("a", "A", ""), ("b", "B", "tip")], True))


def test_html_pack_drops_images_and_demotes_headings():
    html = core.build_html("X", [core.PackNote("T", "", "<html><body><h1>A</h1><img src='/etc/x'></body></html>",
                                               None, 3)], __import__("datetime").date(2026, 1, 2), "en")
    assert "<img" not in html and "<h3>A</h3>" in html and "January 2, 2026" in html


def test_html_pack_contents_take_the_page_numbers_given():
    note = core.PackNote("T", "", "<p>x</p>", None, 1)
    day = __import__("datetime").date(2026, 1, 2)
    blank = core.build_html("X", [note], day, "en")
    numbered = core.build_html("X", [note], day, "en", page_numbers={core.section_anchor(1): 7})
    assert f"<a name='{core.section_anchor(1)}'></a>1. T</h2>" in blank
    assert ">7</td>" in numbered and ">7</td>" not in blank
    assert numbered.replace(">7</td>", "></td>") == blank  # the same layout with or without the numbers


def test_writing_to_the_ticked_contacts_prepares_the_message(dialog):
    opened = []
    dialog.opener = opened.append
    assert dialog.compose_email() is None and "at least one contact" in dialog.status.text()
    for row in range(dialog.contacts_model.rowCount()):
        dialog.contacts_model.setData(dialog.contacts_model.index(row), Qt.CheckState.Checked,
                                      Qt.ItemDataRole.CheckStateRole)
    url = dialog.compose_email()
    assert opened == [url]
    text = url.toString(QUrl.ComponentFormattingOption.FullyDecoded)
    assert text.startswith("mailto:s.bennani@example.ma,y.elamrani@example.ma?subject=Refresher pack — Morocco")
    assert "- CNSS declaration" in text


def pdftotext_pages(path) -> list[str]:
    """The PDF's pages as laid-out text (pdftotext splits them by form feeds)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def test_the_contents_give_the_page_each_section_starts_on(qtbot, sample_ctx, sample_store, tmp_path):
    ma = country_id(sample_store, "MA")
    paragraph = "This step is explained at length so that the procedure runs over several pages. " * 12
    lengths = {"Alpha onboarding": 30, "Bravo payroll": 2, "Charlie audits": 45, "Delta closing": 8}
    for title, paragraphs in lengths.items():
        body = "\n\n".join(f"{i}. {paragraph}" for i in range(paragraphs))
        create(sample_store, Note, {"country_id": ma, "kind": "procedure", "title": title, "body": body})
    d = RefresherDialog(sample_ctx, ma)
    qtbot.addWidget(d)
    target = tmp_path / "pack.pdf"
    export(qtbot, d, pdf_path=target)

    pages = pdftotext_pages(target)
    contents_page = next(i for i, text in enumerate(pages) if "Contents" in text)
    contents = dict(re.findall(r"^\s*(\d+\. .+?)\s{2,}(\d+)\s*$", pages[contents_page], re.MULTILINE))
    titles = [r[1] for r in d.notes_model.rows]
    assert len(contents) == len(titles) >= 5  # the sample's procedure and the four long ones
    starts = []
    for number, title in enumerate(titles, start=1):
        heading = f"{number}. {title}"
        page = int(contents[heading])
        # The section's heading is on that page (pdftotext pages count from 1), and on no page before.
        assert heading in pages[page - 1], (heading, page)
        assert all(heading not in text for text in pages[contents_page + 1:page - 1])
        starts.append(page)
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert starts[-1] - starts[0] > len(starts)  # the long notes really run over several pages
    # Each page has its number in the footer.
    assert all(re.search(rf"\b{n}\s*$", text) for n, text in enumerate(pages, start=1) if text.strip())


def test_printing_the_pack_numbers_the_contents_the_same_way(qtbot, tmp_path):
    """The printer path paginates like the PDF (here a QPrinter writing a PDF file)."""
    from PySide6.QtPrintSupport import QPrinter

    from regionmgr.ui.common.pdf import print_html

    long_body = "<p>" + "A long explanation of the procedure. " * 400 + "</p>"
    notes = [core.PackNote(t, "", long_body if t != "Short" else "<p>Brief.</p>", None, 1)
             for t in ("First", "Short", "Last")]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_html(lambda pages: core.build_html("Morocco", notes, __import__("datetime").date(2026, 1, 2), "en",
                                             page_numbers=pages), printer, "Pack")
    del printer
    pages = pdftotext_pages(tmp_path / "printed.pdf")
    contents = dict(re.findall(r"^\s*(\d+\. .+?)\s{2,}(\d+)\s*$", pages[0], re.MULTILINE))
    assert list(contents) == ["1. First", "2. Short", "3. Last"]
    for heading, page in contents.items():
        assert heading in pages[int(page) - 1]
    # One flowing document: "Short" starts where the long "First" ends, "Last" right after it.
    assert int(contents["3. Last"]) >= int(contents["2. Short"]) > int(contents["1. First"])


def test_print_opens_the_print_dialog_without_blocking(qtbot, dialog):
    from PySide6.QtPrintSupport import QPrintDialog

    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # used to raise TypeError: nothing opened
    printers = dialog.findChildren(QPrintDialog)
    assert len(printers) == 1
    qtbot.waitUntil(printers[0].isVisible)
    assert printers[0].windowModality() == Qt.WindowModality.WindowModal
    printers[0].reject()
