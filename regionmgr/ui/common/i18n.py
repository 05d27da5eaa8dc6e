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

import functools
import struct
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


def locale_name() -> str:
    """The UI's locale for formatting outside Qt (babel): "en_GB" or "fr_FR", as ``install`` set it.

    Its first two letters are the language, so it can be passed where a language is asked for."""
    return QLocale().name()


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


# -- the other language's wording of a text (the palette finds commands typed in either) --------
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_catalogue(path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of each message of a compiled ``.qm`` catalogue; [] if unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if not data.startswith(_QM_MAGIC):
        return []
    pos, messages = len(_QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == 0x69:  # the messages block
            messages = data[pos + 5: pos + 5 + length]
        pos += 5 + length
    out: list[tuple[str, str, list[str]]] = []
    pos, context, source = 0, "", ""
    translations: list[str] = []
    try:
        while pos < len(messages):
            tag = messages[pos]
            pos += 1
            if tag == 1:  # end of a message
                out.append((context, source, translations))
                context, source, translations = "", "", []
            elif tag == 5:  # obsolete hash
                pos += 4
            elif tag in (3, 6, 7, 8):
                length = struct.unpack_from(">I", messages, pos)[0]
                pos += 4
                if length == 0xFFFFFFFF:
                    continue
                chunk = messages[pos: pos + length]
                pos += length
                if tag == 3:
                    translations.append(chunk.decode("utf-16-be", "replace"))
                elif tag == 6:
                    source = chunk.decode("utf-8", "replace")
                elif tag == 7:
                    context = chunk.decode("utf-8", "replace")
            else:  # a layout this reader doesn't know: what was read so far
                break
    except struct.error:
        pass
    return out


@functools.cache
def _wordings() -> dict[str, frozenset[str]]:
    """Each English source and each French translation -> the other language's wordings."""
    table: dict[str, set[str]] = {}
    for code in SUPPORTED:
        if code == "en":
            continue
        for _context, source, translations in read_catalogue(catalogue_path(code)):
            if not source:
                continue
            for translated in translations:
                if translated and translated != source:
                    table.setdefault(source, set()).add(translated)
                    table.setdefault(translated, set()).add(source)
    return {text: frozenset(others) for text, others in table.items()}


def other_wordings(text: str) -> frozenset[str]:
    """The same text in the other shipped languages ("&Settings…" <-> "&Paramètres…"), from the catalogues."""
    return _wordings().get(text, frozenset())
