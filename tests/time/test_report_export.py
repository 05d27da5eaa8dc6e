"""Exports from the UI: run in a worker with progress, succeed with the right files, fail cleanly.

Tests run as root, where a chmod read-only folder is still writable, so a
failing folder is simulated three ways: a folder that no longer exists, a file
where the folder should be, and a full disk (``os.replace`` monkeypatched to
raise ENOSPC after the temporary file was written).
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os

import pytest
from sqlalchemy import select

from regionmgr.core.time.shares import Period
from regionmgr.store.models import Absence
from tests.time.test_report import pdf_text

THREE_WEEKS = Period(dt.date(2026, 11, 2), dt.date(2026, 11, 22))


@pytest.fixture
def report_dialog(qtbot, sample_ctx):
    from regionmgr.ui.time.report_dialog import ReportDialog

    dialog = ReportDialog(sample_ctx, THREE_WEEKS)
    qtbot.addWidget(dialog)
    return dialog


def run_export(qtbot, dialog, runner, signal_name="succeeded"):
    with qtbot.waitSignal(getattr(runner, signal_name), timeout=20000) as blocker:
        dialog.export() if hasattr(dialog, "export") else dialog.create()
    return blocker.args


def test_report_export_writes_pdf_and_csv(qtbot, report_dialog, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    report_dialog.folder_edit.setText(str(out))
    report_dialog.language_combo.setCurrentIndex(report_dialog.language_combo.findData("fr"))
    run_export(qtbot, report_dialog, report_dialog.runner)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["time-report_2026-11-02_2026-11-22.csv", "time-report_2026-11-02_2026-11-22.pdf"]
    with open(out / names[0], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][1] == "Pays"
    assert rows[-1][:6] == ["PL", "Pologne", "7.50", "5.3", "15.0", "oui"]
    text = pdf_text(out / names[1])
    assert "Répartition de mon temps" in text and "Période : du 2 novembre 2026 au 22 novembre 2026" in text
    assert report_dialog.status_label.text().startswith("Saved:")


@pytest.mark.parametrize("how", ["folder gone", "file instead of folder"])
def test_export_to_an_unusable_folder_fails_cleanly(qtbot, report_dialog, sample_ctx, tmp_path, how):
    if how == "folder gone":
        folder = tmp_path / "usb-stick" / "reports"  # its parent does not exist
    else:
        folder = tmp_path / "reports"
        folder.write_text("not a folder")
    report_dialog.folder_edit.setText(str(folder))
    errors = []
    sample_ctx.error_raised.connect(errors.append)
    (message,) = run_export(qtbot, report_dialog, report_dialog.runner, "failed")
    assert message.startswith("The export failed:") and "No file was written." in message
    assert errors == [message]
    assert report_dialog.status_label.text() == message
    assert report_dialog.export_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == (
        [] if how == "folder gone" else ["reports"])


def test_a_full_disk_leaves_no_half_written_file(qtbot, report_dialog, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "time-report_2026-11-02_2026-11-22.pdf").write_bytes(b"previous report")
    report_dialog.folder_edit.setText(str(out))
    real_replace = os.replace

    def full_disk(src, dst):
        if str(dst).endswith(".csv"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    (message,) = run_export(qtbot, report_dialog, report_dialog.runner, "failed")
    assert "The disk is full." in message
    # The earlier PDF was replaced by a complete new one; no CSV, no temporary file.
    assert sorted(p.name for p in out.iterdir()) == ["time-report_2026-11-02_2026-11-22.pdf"]
    assert (out / "time-report_2026-11-02_2026-11-22.pdf").read_bytes().startswith(b"%PDF")


def test_cancel_removes_what_the_export_had_written(qtbot, sample_ctx, tmp_path):
    from regionmgr.ui.common.export_progress import ExportRunner

    out = tmp_path / "out"
    out.mkdir()
    runner = ExportRunner(sample_ctx)

    def first(target):
        target.write_text("one")

    def second(target):
        runner.cancel()  # the user clicks Cancel while the second file is written

    outputs = [(out / "a.txt", first), (out / "b.txt", second), (out / "c.txt", first)]
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        runner.run(outputs, "Export")
    assert list(out.iterdir()) == []


def test_handover_dialog_saves_the_absence_and_writes_the_dossier(qtbot, sample_ctx, tmp_path):
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    dialog = HandoverDialog(sample_ctx)
    qtbot.addWidget(dialog)
    assert dialog.starts_edit.date().toPython() == dt.date(2026, 11, 30)  # next Monday
    dialog.cover_name_edit.setText("Sam Lee")
    dialog.cover_email_edit.setText("sam.lee@example.com")
    dialog.comments_edit.setPlainText("Payroll questions first.")
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    run_export(qtbot, dialog, dialog.runner)
    with sample_ctx.store.session() as s:
        absence = s.scalars(select(Absence)).one()
    assert (absence.starts_on, absence.ends_on, absence.cover_name) == (dt.date(2026, 11, 30), dt.date(2026, 12, 11), "Sam Lee")
    assert "Sam Lee (sam.lee@example.com) assure mon remplacement" in dialog.ooo_edits["fr"].toPlainText()
    assert "Sam Lee (sam.lee@example.com) covers France" in dialog.ooo_edits["en"].toPlainText()
    names = sorted(p.name for p in out.iterdir())
    assert names == ["handover_2026-11-30_2026-12-11.html", "handover_2026-11-30_2026-12-11.pdf"]
    text = pdf_text(out / names[1])
    assert "Payroll questions first." in text and "https://meet.example.com/regional-weekly" in text
    assert "Katarzyna Nowak" in (out / names[0]).read_text(encoding="utf-8")
    sample_ctx.undo_stack.undo()
    with sample_ctx.store.session() as s:
        assert s.scalars(select(Absence)).all() == []


def test_handover_without_a_cover_is_refused(qtbot, sample_ctx):
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    dialog = HandoverDialog(sample_ctx)
    qtbot.addWidget(dialog)
    assert dialog.create() is False
    assert dialog.status_label.text() == "Say who covers during the absence."
    with sample_ctx.store.session() as s:
        assert s.scalars(select(Absence)).all() == []


def test_a_refused_absence_is_explained_in_french(qtbot, qapp, sample_ctx, monkeypatch, tmp_path):
    from regionmgr.ui.common import i18n
    from regionmgr.ui.time.handover_dialog import HandoverDialog
    from tests.shell.test_translations import TS, build_qm

    qm = build_qm(TS, tmp_path / "regionmgr_fr.qm")
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: qm)
    assert i18n.install(qapp, "fr") == "fr"
    try:
        dialog = HandoverDialog(sample_ctx)
        qtbot.addWidget(dialog)
        assert dialog.create() is False
        assert dialog.status_label.text() == "Indiquez qui vous remplace pendant l’absence."
        dialog.cover_name_edit.setText("Sam Lee")
        dialog.cover_email_edit.setText("sam at example.com")
        assert dialog.create() is False
        assert dialog.status_label.text() == "«\u00a0sam at example.com\u00a0» n’est pas une adresse e-mail."
    finally:
        i18n.install(qapp, "en")
