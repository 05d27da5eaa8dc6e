"""The transparency report: figures per country, the CSV rows, the PDF text, in English and French."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from regionmgr.core.time import report
from regionmgr.core.time.shares import Period
from regionmgr.store.models import Country, Task
from tests.conftest import FIXED_NOW

PARIS = ZoneInfo("Europe/Paris")
THREE_WEEKS = Period(dt.date(2026, 11, 2), dt.date(2026, 11, 22))
UTC = dt.UTC


def pdf_text(path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # tabs, ligatures
    return text.replace("/ ", "/")  # a line wrapped after a slash (URLs, zone names in narrow cells)


@pytest.fixture
def requests_store(store):
    """One country: requests answered in 2 h, 10 h and 30 h, one still open, one from before, a tranche."""
    with store.write() as s:
        fr = Country(code="FR", timezone="Europe/Paris", target_share=100.0)
        s.add(fr)
        s.flush()
        base = dt.datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
        for i, hours in enumerate((2, 10, 30)):
            s.add(Task(title=f"Answered {i}", country_id=fr.id, created_at=base, status="done",
                       completed_at=base + dt.timedelta(hours=hours)))
        s.add(Task(title="Still open: payroll rules", country_id=fr.id, requester="Claire Dubois",
                   created_at=base, status="open"))
        s.add(Task(title="Old request", country_id=fr.id, created_at=base - dt.timedelta(days=30),
                   status="waiting"))
        s.flush()
        parent = s.scalars(select(Task).where(Task.title == "Old request")).one()
        s.add(Task(title="A tranche is not a request", country_id=fr.id, created_at=base,
                   parent_id=parent.id, status="open"))
    return store


def test_requests_received_answered_and_median(requests_store):
    rep = report.build_report(requests_store, Period(dt.date(2026, 11, 2), dt.date(2026, 11, 8)),
                              PARIS, FIXED_NOW)
    (line,) = rep.countries
    assert (line.received, line.answered) == (4, 3)
    assert line.median_response == dt.timedelta(hours=10)
    assert [i.title for i in line.open_items] == ["Old request", "Still open: payroll rules"]


def test_csv_rows_and_file_for_the_sample(sample_store, tmp_path):
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="en")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "shares.csv"
    report.write_csv(rep, target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Code", "Country", "Hours", "Actual share"]
    by_code = {r[0]: r for r in rows[1:]}
    assert list(by_code) == ["FR", "DE", "MA", "AE", "PL"]
    # 15 weekdays of 3.5 / 2.5 / 1.5 / 1.5 / 0.5 hours.
    assert [by_code[c][2] for c in by_code] == ["52.50", "37.50", "22.50", "22.50", "7.50"]
    assert by_code["PL"][3:6] == ["5.3", "15.0", "yes"]
    assert by_code["FR"][5] == "no"
    assert [p.name for p in out.iterdir()] == ["shares.csv"]  # no temporary left


def test_french_report_uses_french_labels_and_dates(sample_store):
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="fr")
    rows = report.csv_rows(rep)
    assert rows[0][1] == "Pays" and rows[5][1] == "Pologne" and rows[5][5] == "oui"
    html = report.report_html(rep)
    assert "Répartition de mon temps" in html and "2 novembre 2026" in html and "Pologne" in html


def test_pdf_text_says_how_time_was_shared(qapp, sample_store, tmp_path):
    from regionmgr.ui.common.pdf import write_pdf

    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="en")
    target = write_pdf(report.report_html(rep), tmp_path / "report.pdf", "Report")
    text = pdf_text(target)
    assert "How my time was shared" in text
    assert "Period: 2 November 2026 to 22 November 2026" in text  # the UI's British English dates
    assert "Poland (Below its share) 7.5 5.3 % 15.0 % -9.7" in text
    assert "Collect signed timesheets" in text  # Poland's open request
    with sample_store.session() as s:
        pl = s.scalar(select(Country).where(Country.code == "PL"))
        open_pl = s.scalars(select(Task).where(Task.country_id == pl.id, Task.status.in_(("open", "waiting")),
                                               Task.parent_id.is_(None))).all()
    for task in open_pl:
        assert task.title in text


def test_a_country_report_shows_all_shares_but_only_its_own_requests(sample_store):
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="en")
    html = report.report_html(rep, only="PL")
    assert "Collect signed timesheets" in html  # Poland's open request
    assert "Approve Q4 bonus list" not in html  # Germany's
    assert "Germany" in html and "Below its share" in html  # the shares of all, for fairness


def _laid_out_like_the_pdf(html: str, target):
    """The report laid out as ``write_pdf`` lays it out (A4, 300 dpi); the writer is returned to keep it alive."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from regionmgr.ui.common.pdf import make_document

    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = make_document(html)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.pageCount()  # lays it out
    return doc, writer


def _split_words(doc) -> list[str]:
    """Every word a line break cuts in two, in every block (table cells included)."""
    split: list[str] = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(1, layout.lineCount()):
            at = layout.lineAt(n).textStart()
            if 0 < at < len(text) and not text[at - 1].isspace() and text[at - 1] not in "-/":
                split.append(text[max(0, at - 12):at] + "|" + text[at:at + 12])
        block = block.next()
    return split


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_report_table_breaks_lines_between_words_only(qapp, sample_store, language, tmp_path):
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language=language)
    for only in (None, "PL"):
        doc, _writer = _laid_out_like_the_pdf(report.report_html(rep, only=only), tmp_path / f"{only}.pdf")
        assert doc.blockCount() > 20  # the tables' cells are blocks too
        assert _split_words(doc) == []


def test_the_report_dates_follow_the_ui_formats(sample_store):
    """English is the UI's British English (day before month), French the French one."""
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="en")
    html = report.report_html(rep, only="PL")
    assert "Period: 2 November 2026 to 22 November 2026" in html
    assert "November 2, 2026" not in html
    assert "Prepared on 23 Nov 2026, 10:30 (times in Europe/Paris)" in html  # no seconds
    rep = report.build_report(sample_store, THREE_WEEKS, PARIS, FIXED_NOW, language="fr")
    html = report.report_html(rep, only="PL")
    assert "Période : du 2 novembre 2026 au 22 novembre 2026" in html
    assert "23 nov. 2026" in html
