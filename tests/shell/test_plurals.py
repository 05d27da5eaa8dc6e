"""English plurals: "1 task shown" / "22 tasks shown", never "task(s)".

English ships a small catalogue (``regionmgr_en.ts``) holding only the plural forms of the
``%n`` messages; it is extracted afresh from the sources here (as ``make translations``),
so a new ``%n`` message without its English forms fails, with its context.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.shell.test_translations import ROOT, build_qm, parse, qt_tool, sources

EN_TS = ROOT / "resources" / "translations" / "regionmgr_en.ts"


@pytest.fixture(scope="module")
def english_ts(tmp_path_factory) -> Path:
    """A copy of the committed English catalogue, updated by lupdate over today's sources (as the Makefile)."""
    ts = tmp_path_factory.mktemp("en") / "regionmgr_en.ts"
    shutil.copy(EN_TS, ts)
    subprocess.run([qt_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-pluralonly",
                    "-target-language", "en_GB", *sources(), "-ts", str(ts)],
                   check=True, capture_output=True, text=True)
    return ts


@pytest.fixture
def english(qapp, monkeypatch, english_ts) -> Iterator[None]:
    """The English catalogue compiled from today's extraction installed; none afterwards."""
    from regionmgr.ui.common import i18n

    qm = build_qm(english_ts, english_ts.with_suffix(".qm"))
    monkeypatch.setattr(i18n, "plurals_path", lambda: qm)
    before = QLocale()
    assert i18n.install(qapp, "en") == "en"
    try:
        yield
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(before)


def test_every_plural_message_has_its_english_forms(english_ts):
    messages = parse(english_ts)
    assert messages, "no %n message found: is lupdate reading the sources?"
    missing = [m.where() for m in messages if not m.finished or len(m.forms) != 2 or not all(m.forms)]
    assert not missing, f"add the English singular and plural to {EN_TS.name}: {missing}"
    for m in messages:
        assert all("(s)" not in form for form in m.forms), m.where()
        assert m.numerus and "%n" in m.forms[1], m.where()


def test_the_committed_english_catalogue_holds_only_plural_messages():
    assert all(m.numerus for m in parse(EN_TS))


def test_english_plurals_are_used(english, qapp):
    tr = QCoreApplication.translate
    assert tr("TasksPage", "%n task(s) shown", "", 1) == "1 task shown"
    assert tr("TasksPage", "%n task(s) shown", "", 22) == "22 tasks shown"
    assert tr("WaitingForModel", "%n day(s) ago", "", 9) == "9 days ago"
    assert tr("WaitingForModel", "%n day(s) ago", "", 1) == "1 day ago"


def test_the_task_list_count_and_waiting_for_read_as_english(english, qtbot, sample_ctx):
    from regionmgr.ui.tasks.tasks_page import TasksPage

    page = TasksPage(sample_ctx, autoload=False)
    qtbot.addWidget(page)
    page.load_now()
    page.show()
    qtbot.waitExposed(page)
    shown = page.model.rowCount()
    assert shown > 1
    assert page.count_label.text() == f"{shown} tasks shown"
    page.search_edit.setText("Update phone list")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count_label.text() == "1 task shown"
    page.search_edit.clear()
    page.tabs.setCurrentIndex(1)
    ago = [page.waiting_model.index(r, page.waiting_model.COL_DAYS).data() for r in range(page.waiting_model.rowCount())]
    assert "9 days ago" in ago
    assert not any("(s)" in text for text in ago)
