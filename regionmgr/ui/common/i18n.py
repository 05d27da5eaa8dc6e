"""The UI language: English or French, from the system locale or the user's choice, switchable at run time.

Our catalogue is ``resources/translations/regionmgr_fr.qm`` (compiled from the
``.ts`` by ``make``; ``make translations`` extracts the strings); Qt's own strings
(standard buttons, dialogs) come from Qt's ``qtbase_fr.qm``. English has a small
catalogue too, ``regionmgr_en.qm``, with only the plural forms of the ``%n``
messages ("1 task shown", "22 tasks shown"). Dates and numbers follow ``QLocale.setDefault``.
Switching at run time (``apply_language``) runs the hooks registered with
``when_switched``: the shell's rebuilds the main window, so every label is
produced again through ``tr()`` in the new language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from regionmgr.resources import resource_path

SUPPORTED = ("en", "fr")
SETTING_KEY = "ui/language"  # "system" | "en" | "fr"

_installed: list[QTranslator] = []
_switch_hooks: list[Callable[[QCoreApplication], object]] = []


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


def plurals_path():
    """The English catalogue: only the plural forms of the ``%n`` messages."""
    return resource_path("translations", "regionmgr_en.qm")


def install(app: QCoreApplication, code: str) -> str:
    """Install the translators for ``code`` (replacing earlier ones); return the language used."""
    code = resolve(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if code == "fr" else QLocale.Language.English,
                               QLocale.Country.France if code == "fr" else QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    if ours.load(str(plurals_path() if code == "en" else catalogue_path(code))):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators ``install`` put in (the source strings show again)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def current_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def when_switched(hook: Callable[[QCoreApplication], object]) -> None:
    """Call ``hook(app)`` after every ``apply_language`` (the shell rebuilds its windows then).

    The language is common ground; what must be redone in a new language is the shell's to
    say, so it registers here rather than this module reaching up into it."""
    if hook not in _switch_hooks:
        _switch_hooks.append(hook)


def apply_language(app: QCoreApplication, code: str) -> str:
    """Switch the running app to ``code``, then let every registered hook redo its part."""
    used = install(app, code)
    for hook in _switch_hooks:
        hook(app)
    return used
