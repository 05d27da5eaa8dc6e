"""The refresher PDF is one flowing document (no cover or contents page, no page per procedure) dated
in the UI language's format."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtCore import QLocale

from regionmgr.core.countries import region as countries_core
from regionmgr.core.ops import create
from regionmgr.store.models import Note
from regionmgr.ui.countries.refresher_dialog import RefresherDialog


def test_six_short_procedures_fit_on_one_page_with_a_uk_date(qtbot, sample_ctx, sample_store, tmp_path):
    ma = next(c.id for c in countries_core.list_countries(sample_store) if c.code == "MA")
    for n in range(5):
        create(sample_store, Note, {"country_id": ma, "kind": "procedure", "title": f"Step {n}",
                                    "body": f"Do thing {n}."})
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        d = RefresherDialog(sample_ctx, ma)
        qtbot.addWidget(d)
        assert d.notes_model.rowCount() == 6
        target = tmp_path / "pack.pdf"
        with qtbot.waitSignal(d.exported, timeout=20000):
            d.export(pdf_path=target, md_path=tmp_path / "pack.md")
    finally:
        QLocale.setDefault(previous)
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "23 November 2026" in text and "November 23" not in text
    assert all(f"Step {n}" in text for n in range(5))
    assert "23 November 2026" in (tmp_path / "pack.md").read_text(encoding="utf-8")
