"""Travel (#16): the computer's zone differs from the app's: a bar offers to switch in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regionmgr.ui.common import context
from regionmgr.ui.shell.main_window import MainWindow
from regionmgr.ui.shell.travel_bar import AWAY_S, TravelBar, city


def _window(qtbot, sample_ctx) -> MainWindow:
    sample_ctx.settings.setValue("welcome/done", True)
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_city_names():
    assert city("Asia/Dubai") == "Dubai"
    assert city("America/Argentina/Buenos_Aires") == "Buenos Aires"


def test_no_bar_when_the_zones_agree(qtbot, sample_ctx, monkeypatch):
    monkeypatch.setattr(context, "system_zone_name", lambda: "Europe/Paris")
    window = _window(qtbot, sample_ctx)
    assert not window.travel_bar.isVisible()


def test_switch_in_one_click(qtbot, sample_ctx, monkeypatch):
    monkeypatch.setattr(context, "system_zone_name", lambda: "Asia/Dubai")
    window = _window(qtbot, sample_ctx)  # built with the window: in the first frame
    bar = window.travel_bar
    assert bar.isVisible()
    assert bar.label.text() == "Your computer is now on Asia/Dubai time. Switch Region Manager to Dubai?"
    assert bar.keep_button.text() == "Keep Paris"
    with qtbot.waitSignal(sample_ctx.zone_changed):
        qtbot.mouseClick(bar.switch_button, Qt.MouseButton.LeftButton)
    assert sample_ctx.zone_name == "Asia/Dubai" and not bar.isVisible()
    assert window.zone_button.text() == "Zone: Asia/Dubai"


def test_keep_is_remembered_for_that_pair_of_zones(qtbot, sample_ctx, monkeypatch):
    monkeypatch.setattr(context, "system_zone_name", lambda: "Asia/Dubai")
    window = _window(qtbot, sample_ctx)
    qtbot.mouseClick(window.travel_bar.keep_button, Qt.MouseButton.LeftButton)
    assert sample_ctx.zone_name == "Europe/Paris" and not window.travel_bar.isVisible()
    again = _window(qtbot, sample_ctx)  # the next start: not asked again for this pair
    assert not again.travel_bar.isVisible()
    monkeypatch.setattr(context, "system_zone_name", lambda: "Asia/Tokyo")  # another trip: asked
    assert again.travel_bar.check() and again.travel_bar.isVisible()


def test_checked_again_on_resume_after_a_while(qtbot, sample_ctx, monkeypatch):
    monkeypatch.setattr(context, "system_zone_name", lambda: "Europe/Paris")
    now = [1000.0]
    bar = TravelBar(sample_ctx, monotonic=lambda: now[0])
    qtbot.addWidget(bar)
    assert not bar.check()
    monkeypatch.setattr(context, "system_zone_name", lambda: "Asia/Dubai")  # flew while suspended
    bar.on_state_changed(Qt.ApplicationState.ApplicationInactive)
    now[0] += 60
    bar.on_state_changed(Qt.ApplicationState.ApplicationActive)  # a minute: not checked
    assert bar.isHidden()
    bar.on_state_changed(Qt.ApplicationState.ApplicationSuspended)
    now[0] += AWAY_S
    bar.on_state_changed(Qt.ApplicationState.ApplicationActive)
    assert not bar.isHidden()
