"""The UI language: English or French, from the system locale or the user's choice, switchable at run time.

Our catalogue is ``resources/translations/regionmgr_fr.qm`` (compiled from the
``.ts`` by ``make translations``); Qt's own strings (standard buttons, dialogs)
come from Qt's ``qtbase_fr.qm``. Dates and numbers follow ``QLocale.setDefault``.
Switching at run time rebuilds the main window, so every label is produced
again through ``tr()`` in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from regionmgr.resources import resource_path

SUPPORTED = ("en", "fr")
SETTING_KEY = "ui/language"  # "system" | "en" | "fr"

_installed: list[QTranslator] = []


def resolve(choice: str | None) -> str:
    """The language to use for a setting value ("system", "en", "fr" or None)."""
    if choice in SUPPORTED:
        return str(choice)
    system = QLocale.system().name()[:2]
    return system if system in SUPPORTED else "en"


def chosen_language(settings: QSettings) -> str:
    return resolve(str(settings.value(SETTING_KEY, "system")))


def catalogue_path(code: str):
    return resource_path("translations", f"regionmgr_{code}.qm")


def install(app: QCoreApplication, code: str) -> str:
    """Install the translators for ``code`` (replacing earlier ones); return the language used."""
    code = resolve(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if code == "fr" else QLocale.Language.English,
                               QLocale.Country.France if code == "fr" else QLocale.Country.UnitedKingdom))
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(code))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return code


def current_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def apply_language(app: QCoreApplication, code: str) -> str:
    """Switch the running app to ``code`` and rebuild every main window in it."""
    from PySide6.QtWidgets import QApplication

    from regionmgr.ui.shell.main_window import MainWindow

    used = install(app, code)
    if isinstance(app, QApplication):
        for widget in list(app.topLevelWidgets()):
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.replace_for_language()
    return used
