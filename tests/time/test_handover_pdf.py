"""The handover dossier's PDF: no table row cut by a page end, no heading left at the foot of a page (#14)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from regionmgr.core.time import handover
from regionmgr.store.models import Country, Task
from tests.conftest import FIXED_NOW
from tests.time.test_report import pdf_text

ABSENCE = {"starts_on": dt.date(2026, 11, 30), "ends_on": dt.date(2026, 12, 11), "cover_name": "Sam Lee",
           "cover_email": "sam.lee@example.com", "comments": ""}
LONG = "review the contract annex and the payroll rules "


@pytest.fixture
def long_dossier(qapp, sample_store):
    with sample_store.write() as s:
        france = s.scalars(select(Country).where(Country.code == "FR")).one()
        s.add_all([Task(title=f"Task {i}: " + LONG * (1 + i % 4), country_id=france.id, important=bool(i % 2),
                        urgent=i % 3 == 0, requester="HR Director") for i in range(40)])
    return handover.build_dossier(sample_store, ABSENCE, FIXED_NOW)


def data_rows(doc):
    from regionmgr.ui.time.dossier_pdf import _tables

    return sum(table.rows() - 1 for table in _tables(doc.rootFrame()))


def test_no_row_is_cut_and_every_row_is_kept(long_dossier):
    from regionmgr.ui.common.pdf import make_document
    from regionmgr.ui.time import dossier_pdf

    plain, doc = dossier_pdf.paginate(lambda breaks: handover.dossier_html(long_dossier, breaks=breaks))
    assert dossier_pdf.cut_rows(doc) == []
    # Laid out as before (one table per list), rows are cut: the check above can fail.
    before = make_document(handover.dossier_html(long_dossier))
    before.documentLayout().setPaintDevice(doc.documentLayout().paintDevice())
    before.setPageSize(doc.pageSize())
    assert dossier_pdf.cut_rows(before) != []
    assert data_rows(doc) == data_rows(before)  # split tables, not lost rows
    assert "style='page-break-before: always'><tr><th><a name='t1_" in plain  # a continued table repeats its header
    assert doc.pageCount() <= before.pageCount() + 1


def test_the_written_pdf_holds_every_task(long_dossier, tmp_path):
    from regionmgr.ui.time.dossier_pdf import write_dossier_pdf

    target = write_dossier_pdf(lambda breaks: handover.dossier_html(long_dossier, breaks=breaks),
                               tmp_path / "dossier.pdf", "Handover dossier")
    text = " ".join(pdf_text(target).split())
    assert all(f"Task {i}:" in text for i in range(40))
