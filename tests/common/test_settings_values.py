"""Bad values in settings.ini fall back to defaults: every page still opens."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QSettings

from regionmgr.ui.common import settings_values as sv

BAD_INI = """[welcome]
done=true
[reminders]
task_lead_min=abc
meeting_lead_min=-5
morning_hour=99
enabled=maybe
[ui]
theme=purple
language=xx
[time]
margin=abc
[notes]
refresh_months=99999999999
[zone]
current=Mars/Olympus
[window]
page=nonsense
geometry=garbage
"""


@pytest.fixture
def settings(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(BAD_INI, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_read_int_falls_back_for_text_out_of_range_and_huge_values(settings):
    assert sv.read_int(settings, "reminders/task_lead_min", 60, 0, 10_080) == 60
    assert sv.read_int(settings, "reminders/meeting_lead_min", 15, 0, 1440) == 15
    assert sv.read_int(settings, "reminders/morning_hour", 9, 0, 23) == 9
    assert sv.read_int(settings, "notes/refresh_months", 6, 1, 60) == 6
    assert sv.read_int(settings, "missing/key", 7, 0, 10) == 7
    settings.setValue("ok/int", 12)
    assert sv.read_int(settings, "ok/int", 7, 0, 100) == 12
    settings.setValue("ok/text_int", " 12 ")
    assert sv.read_int(settings, "ok/text_int", 7, 0, 100) == 12
    settings.setValue("ok/bool", True)
    assert sv.read_int(settings, "ok/bool", 7, 0, 100) == 7


def test_read_float_refuses_nan_and_infinity(settings):
    assert sv.read_float(settings, "time/margin", 5.0, 0.0, 50.0) == 5.0
    for bad in ("nan", "inf", "-inf", "1e308", "-1"):
        settings.setValue("time/margin", bad)
        value = sv.read_float(settings, "time/margin", 5.0, 0.0, 50.0)
        assert value == 5.0 and math.isfinite(value)
    settings.setValue("time/margin", "7.5")
    assert sv.read_float(settings, "time/margin", 5.0, 0.0, 50.0) == 7.5


def test_read_bool_and_choice(settings):
    assert sv.read_bool(settings, "reminders/enabled", True) is True
    assert sv.read_bool(settings, "reminders/enabled", False) is False
    for text, expected in (("true", True), ("false", False), ("1", True), ("0", False), (False, False)):
        settings.setValue("x/flag", text)
        assert sv.read_bool(settings, "x/flag", not expected) is expected
    assert sv.read_choice(settings, "ui/theme", "system", ("system", "light", "dark")) == "system"
    settings.setValue("ui/theme", "dark")
    assert sv.read_choice(settings, "ui/theme", "system", ("system", "light", "dark")) == "dark"


def test_read_zone_refuses_unknown_and_path_like_names(settings):
    assert sv.read_zone(settings, "zone/current", "UTC") == "UTC"
    for bad in ("../../etc/passwd", "Europe", "", "Europe/Paris\x00"):
        settings.setValue("zone/current", bad)
        assert sv.read_zone(settings, "zone/current", "UTC") == "UTC"
    settings.setValue("zone/current", "Africa/Casablanca")
    assert sv.read_zone(settings, "zone/current", "UTC") == "Africa/Casablanca"


def test_every_page_opens_with_defaults_from_a_bad_settings_file(qtbot, sample_store, settings, clock):
    from regionmgr.core.time import shares
    from regionmgr.ui.common import theme
    from regionmgr.ui.common.context import AppContext, system_zone_name
    from regionmgr.ui.countries.note_editor import DEFAULT_REFRESH_MONTHS, NotesPanel
    from regionmgr.ui.shell.main_window import MainWindow
    from regionmgr.ui.shell.pages import PAGES
    from regionmgr.ui.shell.reminders import lead_times
    from regionmgr.ui.shell.settings_dialog import SettingsDialog

    ctx = AppContext(sample_store, settings, clock=clock)
    assert ctx.zone_name == system_zone_name()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
        assert window.current_page_key() == spec.key
    assert window.pages["time"].margin_spin.value() == shares.DEFAULT_MARGIN
    panels = window.pages["countries"].findChildren(NotesPanel)
    assert panels and all(p.period_spin.value() == DEFAULT_REFRESH_MONTHS for p in panels)
    assert theme.chosen_theme(settings) == "system"
    leads = lead_times(settings)
    assert (leads.task_min, leads.meeting_min, leads.morning_hour) == (60, 15, 9)
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.task_lead.value() == 60 and dialog.theme_combo.currentData() == "system"
