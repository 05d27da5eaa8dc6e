"""Looks: light/dark forced or following the system; SVG icons sharp at any size; accessible navigation."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette

from regionmgr.resources import resource_path
from regionmgr.ui.common import theme
from regionmgr.ui.shell.pages import PAGES


def test_forcing_dark_then_light_then_system(qapp):
    try:
        assert theme.apply_theme(qapp, "dark") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
        assert theme.apply_theme(qapp, "light") == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    finally:
        theme.apply_theme(qapp, "system")
    assert theme.effective_scheme(qapp) in ("light", "dark")


def test_saved_choice_is_read_back(ctx):
    assert theme.chosen_theme(ctx.settings) == "system"
    ctx.settings.setValue(theme.SETTING_KEY, "nonsense")
    assert theme.chosen_theme(ctx.settings) == "system"
    ctx.settings.setValue(theme.SETTING_KEY, "dark")
    assert theme.chosen_theme(ctx.settings) == "dark"


def test_svg_icons_render_sharp_at_high_dpi(qapp):
    from PySide6.QtGui import QIcon

    for spec in PAGES:
        icon = QIcon(str(resource_path("icons", spec.icon)))
        pixmap = icon.pixmap(QSize(28, 28), 3.0)  # a 300 % screen
        assert pixmap.width() == 84 and not pixmap.isNull(), spec.icon


def test_navigation_has_accessible_names(window):
    assert window.nav_bar.accessibleName() == "Navigation"
    for spec in PAGES:
        button = window.nav_bar.widgetForAction(window.page_actions[spec.key])
        assert button.accessibleName() == spec.tr_title()


def test_navigation_icons_follow_the_scheme_and_stay_sharp(window, qapp):
    action = window.page_actions["tasks"]

    def ink() -> int:
        image = action.icon().pixmap(QSize(28, 28), 2.0).toImage()
        assert image.width() == 56  # drawn for the 200 % screen, not scaled up
        inked = [image.pixelColor(x, y) for x in range(56) for y in range(56) if image.pixelColor(x, y).alpha() > 200]
        return max(c.lightness() for c in inked)

    try:
        theme.apply_theme(qapp, "light")
        light = ink()
        theme.apply_theme(qapp, "dark")
        dark = ink()
        assert dark > light + 40  # lighter strokes on the dark background
    finally:
        theme.apply_theme(qapp, "system")
