"""Light or dark: follow the desktop's colour scheme, or force one (setting ``ui/theme``).

Qt 6.8+ lets an application ask for a scheme (``QStyleHints.setColorScheme``);
platform themes that support it (Windows 11, macOS, GNOME/KDE through the
desktop portal) then repaint everything in the native dark or light look, and
"system" (``unsetColorScheme``) follows the desktop live. Where the platform
can't honour the request (plain X11, offscreen), a Fusion palette of the chosen
scheme is set instead, so forcing dark always gives dark.

Icons made from ``resources/icons/*.svg`` are drawn by Qt's SVG icon engine
plugin (loaded by Qt itself; ``build.spec`` bundles QtSvg), so they stay sharp
at any size and DPI; the dark scheme's recoloured icons use ``QSvgRenderer``,
imported when first drawn (importing QtSvg costs ~15 ms of start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyleFactory, QStyleOption

from regionmgr.resources import resource_path

SETTING_KEY = "ui/theme"  # "system" | "light" | "dark"
CHOICES = ("system", "light", "dark")



class _ThemeState:
    """What apply_theme did last: painted a palette itself (and from which style), and whether it
    already follows the platform's scheme changes."""

    palette_set = False
    style = ""
    watching = False


_state = _ThemeState()
ICON_PROPERTY = "themed_icon"  # an action's icon file name, set by use_icon
LIGHT_INK, DARK_INK = "#4a6a85", "#a9c4dc"  # the navigation icons' stroke, and its dark-scheme twin


# -- colours that carry a meaning, readable in both schemes -----------------------------------
# Each ink: its light-scheme and dark-scheme variant; ``ink`` picks one by the palette's base and
# nudges it until it has a contrast of at least 4.5 (WCAG AA) against base and window.
INKS: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),  # a field's error, overdue, "outside working hours"
    "warning": ("#8a4b00", "#ffcc80"),
    "ok": ("#1e6b34", "#81c995"),  # "inside working hours"
    "link": ("#1254a8", "#8ab4f8"),  # an e-mail address, a thing to click
    "accent": ("#1565c0", "#90caf9"),  # a chosen slot, a highlight line
}
# Each tint: the colour mixed into the base for a row's background (light, dark amount).
TINTS: dict[str, tuple[str, float, float]] = {
    "overdue": ("#d9453a", 0.16, 0.30),
    "today": ("#f2b01e", 0.22, 0.28),
    "under": ("#d9453a", 0.18, 0.30),  # a country below its agreed share
    "match": ("#ffc107", 0.40, 0.35),  # a search hit in a text
    "busy": ("#90a4ae", 0.18, 0.30),  # a busy slot in a week grid
}
MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return _palette(palette).color(QPalette.ColorRole.Base).lightness() < 128


def _readable(colour: QColor, against: list[QColor], lighter: bool) -> QColor:
    """``colour`` made lighter (or darker) step by step until it reads on every one of ``against``."""
    h, s, lightness = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    candidate = QColor(colour)
    for _ in range(50):
        if all(contrast(candidate, bg) >= MIN_CONTRAST for bg in against):
            return candidate
        lightness = min(1.0, lightness + 0.02) if lighter else max(0.0, lightness - 0.02)
        candidate = QColor.fromHslF(max(h, 0.0), s, lightness)
    return candidate


def ink(name: str, palette: QPalette | None = None) -> QColor:
    """The colour for text meaning ``name`` ("error", "ok", "link"...) on this palette's base and window."""
    pal = _palette(palette)
    dark = is_dark(pal)
    colour = QColor(INKS[name][1 if dark else 0])
    return _readable(colour, [pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Window)], dark)


def css(name: str, palette: QPalette | None = None) -> str:
    """``ink`` as "#rrggbb", for a style sheet or rich text."""
    return ink(name, palette).name()


def tint(name: str, palette: QPalette | None = None) -> QColor:
    """A row background meaning ``name``: its colour mixed into the base, light in light, dark in dark;
    the palette's text and the error ink stay readable on it."""
    pal = _palette(palette)
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    colour, light_amount, dark_amount = TINTS[name]
    mixed = QColor(colour)
    amount = dark_amount if is_dark(pal) else light_amount
    result = base
    while amount > 0.02:
        result = QColor.fromRgbF(base.redF() * (1 - amount) + mixed.redF() * amount,
                                 base.greenF() * (1 - amount) + mixed.greenF() * amount,
                                 base.blueF() * (1 - amount) + mixed.blueF() * amount)
        if contrast(text, result) >= MIN_CONTRAST and contrast(ink("error", pal), result) >= MIN_CONTRAST:
            return result
        amount -= 0.02
    return result


def text_colour(palette: QPalette | None = None) -> QColor:
    """The palette's text: what reads on every tint."""
    return _palette(palette).color(QPalette.ColorRole.Text)


def chosen_theme(settings: QSettings) -> str:
    value = str(settings.value(SETTING_KEY, "system") or "system")
    return value if value in CHOICES else "system"


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (used where the platform can't switch itself)."""
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(128, 128, 128)
    highlight = QColor(61, 133, 198)
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 90, 90)),
        (QPalette.ColorRole.Link, QColor(110, 170, 240)), (QPalette.ColorRole.LinkVisited, QColor(170, 140, 230)),
        (QPalette.ColorRole.Highlight, highlight), (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)), (QPalette.ColorRole.Mid, QColor(70, 70, 74)),
        (QPalette.ColorRole.Dark, QColor(25, 25, 27)), (QPalette.ColorRole.Light, QColor(70, 70, 74)),
        (QPalette.ColorRole.Midlight, QColor(60, 60, 64)), (QPalette.ColorRole.Shadow, QColor(0, 0, 0)),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def effective_scheme(app: QGuiApplication | None = None) -> str:
    """"dark" or "light": what the user sees now."""
    if app is None:
        instance = QGuiApplication.instance()
        if not isinstance(instance, QGuiApplication):  # no GUI application (yet): nothing to see
            return "light"
        app = instance
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark and not _state.palette_set:
        return "dark"
    if scheme == Qt.ColorScheme.Light and not _state.palette_set:
        return "light"
    return "dark" if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"


def apply_theme(app: QApplication, choice: str) -> str:
    """Use ``choice`` ("system", "light", "dark") now; return the scheme in effect."""
    choice = choice if choice in CHOICES else "system"
    hints = app.styleHints()
    if _state.palette_set:  # undo an earlier fallback before asking the platform again
        if _state.style:
            app.setStyle(_state.style)
        app.setPalette(app.style().standardPalette())
        _state.palette_set = False
    if not _state.watching:
        hints.colorSchemeChanged.connect(lambda _scheme: refresh_icons(app))
        _state.watching = True
    if choice == "system":
        hints.unsetColorScheme()
        refresh_icons(app)
        return effective_scheme(app)
    wanted = Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
    hints.setColorScheme(wanted)
    if hints.colorScheme() != wanted:  # the platform can't switch: paint it ourselves
        _state.style = app.style().name()
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())
        _state.palette_set = True
    refresh_icons(app)
    return effective_scheme(app)


def apply_saved(app: QApplication, settings: QSettings) -> str:
    """Apply the saved choice at start-up."""
    return apply_theme(app, chosen_theme(settings))


class SvgIconEngine(QIconEngine):
    """Draws SVG data at the exact size and pixel ratio asked for (sharp at any scale)."""

    def __init__(self, data: bytes):
        super().__init__()
        self.data = data

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtSvg import QSvgRenderer

        QSvgRenderer(QByteArray(self.data)).render(painter, QRectF(rect))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size * scale), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode == QIcon.Mode.Disabled and QApplication.instance() is not None:
            return QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.data)


def app_icon() -> QIcon:
    """Region Manager's own icon (window, tray, dialogs)."""
    return QIcon(str(resource_path("icons", "app.svg")))


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>`` (SVG), its ink lightened when the scheme is dark."""
    path = resource_path("icons", name)
    if effective_scheme() != "dark":
        return QIcon(str(path))
    data = path.read_bytes().replace(LIGHT_INK.encode(), DARK_INK.encode())
    return QIcon(SvgIconEngine(data))


def use_icon(action: QAction, name: str) -> None:
    """Give ``action`` the icon ``name`` now, and the right one for the scheme whenever it changes."""
    action.setProperty(ICON_PROPERTY, name)
    action.setIcon(icon(name))


def refresh_icons(app: QApplication) -> None:
    """Give every action set up with ``use_icon``, in every window, the icon of the scheme now in effect."""
    for widget in app.topLevelWidgets():
        for action in widget.findChildren(QAction):
            name = action.property(ICON_PROPERTY)
            if name:
                action.setIcon(icon(str(name)))
