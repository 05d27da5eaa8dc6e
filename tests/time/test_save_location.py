"""Where exports are saved: the last folder used, else an existing Documents, else home (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from regionmgr.ui.common import save_location


def no_documents(monkeypatch, tmp_path):
    """The platform names a Documents folder that does not exist (a fresh account)."""
    real = QStandardPaths.writableLocation
    documents = QStandardPaths.StandardLocation.DocumentsLocation
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda where: str(tmp_path / "no-Documents") if where == documents else real(where))


def test_the_last_folder_if_it_exists_else_documents_if_it_exists_else_home(tmp_path):
    last, docs = tmp_path / "last", tmp_path / "Documents"
    assert save_location.start_folder(str(last), str(docs)) == str(Path.home())  # neither exists
    docs.mkdir()
    assert save_location.start_folder(str(last), str(docs)) == str(docs)
    last.mkdir()
    assert save_location.start_folder(str(last), str(docs)) == str(last)


def test_the_folder_used_is_remembered(ctx, tmp_path, monkeypatch):
    no_documents(monkeypatch, tmp_path)
    assert save_location.remembered_folder(ctx.settings) == str(Path.home())
    save_location.remember_folder(ctx.settings, tmp_path)
    assert save_location.remembered_folder(ctx.settings) == str(tmp_path)


def test_the_report_dialog_never_proposes_a_missing_documents_folder(qtbot, ctx, tmp_path, monkeypatch):
    from regionmgr.core.time.shares import Period
    from regionmgr.ui.time.report_dialog import ReportDialog
    from tests.conftest import FIXED_NOW

    no_documents(monkeypatch, tmp_path)
    dialog = ReportDialog(ctx, Period(FIXED_NOW.date(), FIXED_NOW.date()))
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(Path.home())


@pytest.fixture
def handover(qtbot, sample_ctx, tmp_path, monkeypatch):
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    no_documents(monkeypatch, tmp_path)
    dialog = HandoverDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.cover_name_edit.setText("Sam Lee")
    dialog.cover_email_edit.setText("sam.lee@example.com")
    return dialog


def test_the_handover_dialog_proposes_home_when_documents_is_missing(handover):
    assert handover.folder_edit.text() == str(Path.home())


@pytest.mark.parametrize("how", ["missing", "a file"])
def test_an_unusable_folder_is_explained_over_the_dialog_and_nothing_is_saved(qtbot, handover, sample_ctx,
                                                                               tmp_path, how):
    folder = tmp_path / "gone" / "reports"
    if how == "a file":
        folder = tmp_path / "reports"
        folder.write_text("not a folder")
    handover.show()
    handover.folder_edit.setText(str(folder))
    errors = []
    sample_ctx.error_raised.connect(errors.append)
    assert handover.create() is False
    boxes = [b for b in handover.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and str(folder) in boxes[0].text()
    assert boxes[0].parent() is handover  # over the dialog, not behind it
    assert str(folder) in handover.status_label.text()
    assert errors == [] and sample_ctx.undo_stack.count() == 0


def test_a_failed_write_is_explained_over_the_dialog(qtbot, handover, sample_ctx, tmp_path, monkeypatch):
    import errno
    import os

    out = tmp_path / "out"
    out.mkdir()
    handover.show()
    handover.folder_edit.setText(str(out))

    def full_disk(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    errors = []
    sample_ctx.error_raised.connect(errors.append)
    with qtbot.waitSignal(handover.runner.failed, timeout=20000) as blocker:
        handover.create()
    assert "The disk is full." in blocker.args[0]
    boxes = [b for b in handover.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "The disk is full." in boxes[0].text()
    assert errors == []
    assert list(out.iterdir()) == []
    assert handover.create_button.isEnabled()


def test_a_written_dossier_remembers_its_folder(qtbot, handover, sample_ctx, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    handover.folder_edit.setText(str(out))
    with qtbot.waitSignal(handover.runner.succeeded, timeout=20000):
        handover.create()
    assert save_location.remembered_folder(sample_ctx.settings) == str(out)
