"""The handover dossier is built and written in a worker; the dialog shows it is busy and stays responsive (#14)."""

from __future__ import annotations

import threading

from regionmgr.core.time import handover


def test_the_dossier_is_built_off_the_ui_thread_and_the_result_shows(qtbot, sample_ctx, tmp_path, monkeypatch):
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    threads = []
    real_html = handover.dossier_html

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_html(*args, **kwargs)

    monkeypatch.setattr(handover, "dossier_html", recording)
    dialog = HandoverDialog(sample_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cover_name_edit.setText("Sam Lee")
    dialog.cover_email_edit.setText("sam.lee@example.com")
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    with qtbot.waitSignal(dialog.runner.succeeded, timeout=20000):
        assert dialog.create() is True
        # While the worker runs: busy, and no second press.
        assert dialog.busy_bar.isVisible() and not dialog.create_button.isEnabled()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert not dialog.busy_bar.isVisible() and dialog.create_button.isEnabled()
    assert "Sam Lee (sam.lee@example.com) covers France" in dialog.ooo_edits["en"].toPlainText()
    assert sorted(p.suffix for p in out.iterdir()) == [".html", ".pdf"]
    assert str(out) in dialog.status_label.text()
