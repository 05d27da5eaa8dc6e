"""Settings window: bad input is explained and nothing saved; good input is saved at once and applied."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from regionmgr.core.meetings import series as meetings
from regionmgr.core.tasks.reminders import KEYS
from regionmgr.ui.common import i18n, theme
from regionmgr.ui.shell.reminders import lead_times
from regionmgr.ui.shell.settings_dialog import SettingsDialog
from tests.shell.test_translations import TS, qt_tool


@pytest.fixture
def dialog(window, qtbot):
    d = window.show_settings()
    qtbot.waitExposed(d)
    yield d
    d.close()


@pytest.fixture(scope="module")
def french_catalogue(tmp_path_factory) -> Path:
    """The committed French catalogue, compiled (the .qm is a build product, maybe not built yet)."""
    qm = tmp_path_factory.mktemp("qm") / "regionmgr_fr.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def _stored(ctx):
    return meetings.get_settings(ctx.store, ["organizer_name", "organizer_email", "home_zone"])


def test_good_settings_are_saved_at_once(dialog, window, tmp_path, qtbot):
    ctx = window.ctx
    dialog.name_edit.setText("  Amélie Durand ")
    dialog.email_edit.setText("amelie@example.fr")
    dialog.zone_combo.setCurrentText("Africa/Casablanca")
    dialog.backup_edit.setText(str(tmp_path))
    dialog.task_lead.setValue(120)
    dialog.meeting_lead.setValue(5)
    dialog.accept()
    assert not dialog.isVisible()
    assert _stored(ctx) == {"organizer_name": "Amélie Durand", "organizer_email": "amelie@example.fr",
                            "home_zone": "Africa/Casablanca"}
    assert ctx.settings.value("backup/folder") == str(tmp_path)
    leads = lead_times(ctx.settings)
    assert (leads.task_min, leads.meeting_min) == (120, 5)
    again = SettingsDialog(ctx, window)  # shows what was saved
    assert again.email_edit.text() == "amelie@example.fr"
    assert again.zone_combo.currentText() == "Africa/Casablanca"
    assert again.task_lead.value() == 120


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("email_edit", "amelie@", "not a valid e-mail"),
        ("zone_combo", "Mars/Olympus", "not a known time zone"),
        ("backup_edit", "/nonexistent/folder/here", "does not exist"),
    ],
)
def test_bad_input_is_explained_and_nothing_saved(dialog, window, field, value, words):
    before = _stored(window.ctx)
    dialog.name_edit.setText("Someone Else")
    widget = getattr(dialog, field)
    (widget.setCurrentText if field == "zone_combo" else widget.setText)(value)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert words in dialog.error_label.text()
    assert _stored(window.ctx) == before


def test_unwritable_backup_folder_is_refused(dialog, tmp_path, monkeypatch):
    from regionmgr.ui.shell import settings_dialog

    monkeypatch.setattr(settings_dialog.os, "access", lambda path, mode: False)  # as for a read-only folder
    dialog.backup_edit.setText(str(tmp_path))
    dialog.accept()
    assert dialog.isVisible()
    assert "can't be written" in dialog.error_label.text()


def test_language_choice_is_stored_and_applied(sample_ctx, monkeypatch, qtbot, qapp, french_catalogue):
    from regionmgr.ui.shell.main_window import MainWindow

    monkeypatch.setattr(i18n, "catalogue_path", lambda code: french_catalogue)
    sample_ctx.settings.setValue("welcome/done", True)
    english = MainWindow(sample_ctx)  # not handed to qtbot: the switch closes and deletes it
    gone: list[bool] = []
    english.destroyed.connect(lambda: gone.append(True))
    english.show()
    try:
        dialog = english.show_settings()
        dialog._select(dialog.language_combo, "fr")
        dialog.accept()
        assert sample_ctx.settings.value("ui/language") == "fr"
        qtbot.waitUntil(lambda: english.replaced_by is not None)  # the real switch: rebuilt in French
        french = english.replaced_by
        qtbot.addWidget(french)
        assert french.isVisible()
        assert french.file_menu.title() == "&Fichier"
        assert french.page_actions["tasks"].text() == "Tâches"
        assert QLocale().language() == QLocale.Language.French  # dates and numbers too
        qtbot.waitUntil(lambda: gone == [True])  # the English window is gone
    finally:
        if not gone:
            english.close()
        i18n.install(qapp, "en")  # other tests expect English


def test_theme_choice_is_stored_and_applied(dialog, window, qapp):
    try:
        dialog._select(dialog.theme_combo, "dark")
        dialog.accept()
        assert window.ctx.settings.value(theme.SETTING_KEY) == "dark"
        assert theme.effective_scheme(qapp) == "dark"
    finally:
        theme.apply_theme(qapp, "system")


def test_reminders_can_be_switched_off(dialog, window):
    dialog.remind_check.setChecked(False)
    dialog.accept()
    assert window.ctx.settings.value(KEYS["enabled"]) in (False, "false")


def test_tab_goes_through_the_fields_in_reading_order(dialog):
    expected = [dialog.name_edit, dialog.email_edit, dialog.zone_combo, dialog.language_combo,
                dialog.theme_combo, dialog.backup_edit, dialog.remind_check, dialog.task_lead,
                dialog.meeting_lead, dialog.morning_hour]
    order, widget = [], dialog.name_edit
    for _ in range(60):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.name_edit:
            break
    assert order == expected
    for w in expected:  # a screen reader names each field (a check box by its own text)
        assert w.accessibleName() or (hasattr(w, "text") and w.text()), w
