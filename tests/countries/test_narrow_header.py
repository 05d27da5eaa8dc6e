"""In French, on a 1024-pixel window, the country header and the notes' button bar cut nothing off.

The settings row (time zone, working days, hours) and the notes' buttons fit side by side at
1280 but not at 1024: their second half goes under the first instead of squeezing them
("Marquer relue aujourd'" / "Fuseau [nca]"). The wrapped holiday and protected-times lines
get the height their text needs (they overlapped the next row).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from regionmgr.core.countries import region as countries_core
from tests.shell.test_french_layout import catalogue, cut_offs  # noqa: F401 - a fixture
from tests.shell.test_translations import build_qm

PAGE_AT_1024 = (930, 600)  # the countries page's size in a 1024x700 window


@pytest.fixture
def french(qapp, monkeypatch, catalogue):  # noqa: F811 - the fixture imported above
    from PySide6.QtCore import QLocale

    from regionmgr.ui.common import i18n

    before = QLocale()
    qm = build_qm(catalogue, catalogue.with_suffix(".qm"))
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: qm)
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def morocco_page(qtbot, ctx, size):
    from regionmgr.ui.countries.countries_page import CountriesPage

    holder = QWidget()  # a page inside a window is given its size, whatever its minimum
    qtbot.addWidget(holder)
    holder.resize(*size)
    page = CountriesPage(ctx, holder)
    page.setGeometry(0, 0, *size)
    page.holder = holder  # kept alive with the page
    holder.show()
    qtbot.waitExposed(holder)
    ma = next(c.id for c in countries_core.list_countries(ctx.store) if c.code == "MA")
    assert page.select_country(ma)
    QApplication.processEvents()
    return page


@pytest.mark.slow
@pytest.mark.parametrize("size", [PAGE_AT_1024, (1190, 700)])
def test_french_country_header_and_note_buttons_fit(qtbot, french, sample_ctx, size):
    page = morocco_page(qtbot, sample_ctx, size)
    assert page.header.holidays_label.text()
    problems = cut_offs(page.header) + cut_offs(page.notes)
    for label in (page.header.holidays_label, page.header.periods_label):
        if label.height() < label.heightForWidth(label.width()):
            problems.append(f"{label.text()[:40]!r} has {label.height()}px, needs {label.heightForWidth(label.width())}")
    for w in [*page.header.day_boxes.values(), page.header.zone_combo, page.header.start_edit, page.header.end_edit]:
        if w.width() < w.minimumSizeHint().width():
            problems.append(f"{type(w).__name__} {getattr(w, 'text', str)()!r} squeezed to {w.width()}px")
    assert not problems, "\n".join(problems)

