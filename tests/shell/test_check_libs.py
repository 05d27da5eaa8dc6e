"""Set-up on a fresh Debian/Ubuntu: `make run` checks the system libraries Qt's xcb plugin needs
(packaging/check_libs.py) and the frozen bundle leaves out what the app doesn't use
(packaging/trim_bundle.py, packaging/icu_subset.py)."""

from __future__ import annotations

import importlib.util
import io
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check_libs = _load("check_libs")
trim_bundle = _load("trim_bundle")
icu_subset = _load("icu_subset")

ALL = set(check_libs.REQUIRED)


def _main(installed, *, root=False, apt=True, environ=None, platform="linux", ran=None):
    out = io.StringIO()
    commands = ran if ran is not None else []
    code = check_libs.main([], lookup=lambda: set(installed), run=lambda cmd: commands.append(cmd) or 0,
                           is_root=root, has_apt=apt, environ=environ or {}, platform=platform, out=out)
    return code, out.getvalue(), commands


def test_nothing_missing_passes_silently():
    assert _main(ALL) == (0, "", [])


def test_missing_xcb_libraries_are_named_as_one_apt_get_line():
    installed = ALL - {"libxcb-icccm.so.4", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    code, text, ran = _main(installed)
    assert code == 1 and ran == []
    lines = [line.strip() for line in text.splitlines() if "apt-get" in line]
    assert lines == ["sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"]


def test_one_package_listed_once_for_several_missing_libraries():
    code, text, _ = _main(ALL - {"libglib-2.0.so.0", "libgthread-2.0.so.0"})
    assert code == 1 and "apt-get install -y libglib2.0-0\n" in text


def test_root_with_apt_installs_the_missing_packages():
    code, _text, ran = _main(ALL - {"libxcb-keysyms.so.1"}, root=True)
    assert code == 0
    assert ran == [["apt-get", "update"], ["apt-get", "install", "-y", "libxcb-keysyms1"]]


def test_without_apt_the_libraries_themselves_are_named():
    code, text, ran = _main(ALL - {"libxcb-shape.so.0"}, root=True, apt=False)
    assert code == 1 and ran == [] and "libxcb-shape.so.0" in text


@pytest.mark.parametrize(("environ", "platform"), [({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
                                                   ({}, "darwin"), ({}, "win32")])
def test_no_check_offscreen_or_off_linux(environ, platform):
    assert _main(set(), environ=environ, platform=platform) == (0, "", [])


def test_the_xcb_plugin_libraries_are_all_in_the_list():
    """Every library libqxcb.so and libQt6XcbQpa link to is either shipped by PySide6 or listed."""
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6 (not Linux)")
    shipped = {p.name for p in (qt / "lib").iterdir()}
    for binary in (plugin, qt / "lib" / "libQt6XcbQpa.so.6", qt / "lib" / "libQt6Gui.so.6",
                   qt / "lib" / "libQt6Core.so.6"):
        names = trim_bundle.needed(str(binary))
        assert names, binary
        unlisted = set(names) - shipped - check_libs.SYSTEM_SONAMES
        assert not unlisted, f"{binary.name} needs {sorted(unlisted)}: add them to packaging/check_libs.py"


def test_deb_depends_names_every_required_package():
    depends = [p.strip() for p in check_libs.depends().split(",")]
    assert depends[0] == "libc6" and len(depends) == len(set(depends))
    assert set(check_libs.REQUIRED.values()) <= set(depends)
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
                    "libxkbcommon-x11-0", "libegl1", "libfontconfig1", "libgl1", "libdbus-1-3", "libglib2.0-0"):
        assert package in depends


def test_qt_plugins_translations_and_libraries_the_app_does_not_use_are_left_out():
    keep = trim_bundle.keep_qt_entry
    languages = ["en", "fr"]
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so", languages)
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so", languages)
    assert keep("PySide6/Qt/plugins/imageformats/libqsvg.so", languages)
    assert not keep("PySide6/Qt/plugins/platforms/libqeglfs.so", languages)
    assert not keep("PySide6/Qt/plugins/imageformats/libqtiff.so", languages)
    assert not keep("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", languages)
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so", languages)
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so", languages)
    assert keep("PySide6/Qt/translations/qtbase_fr.qm", languages)
    assert not keep("PySide6/Qt/translations/qtbase_de.qm", languages)
    assert not keep("PySide6/Qt/translations/qt_fr.qm", languages)
    assert not keep("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", languages)
    assert not keep("libQt6Qml.so.6", languages)
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6", languages)
    assert keep("holidays/locale/fr/LC_MESSAGES/FR.mo", languages)


def test_system_libraries_and_what_only_they_need_are_not_bundled():
    toc = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui", "EXTENSION"),
        ("python3.11/lib-dynload/_sqlite3.so", "/w/_sqlite3", "EXTENSION"),
        ("libpython3.11.so.1.0", "/w/libpython", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib", "BINARY"),  # system: the .deb depends on it
        ("libpcre2-8.so.0", "/usr/lib/libpcre2", "BINARY"),  # only glib needs it
        ("libsqlite3.so.0", "/usr/lib/libsqlite3", "BINARY"),  # _sqlite3 needs it: kept
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui", "BINARY"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),  # target not collected
    ]
    needs = {"/w/QtGui": ["libQt6Gui.so.6", "libc.so.6"], "/w/libQt6Gui": ["libglib-2.0.so.0"],
             "/usr/lib/libglib": ["libpcre2-8.so.0"], "/w/_sqlite3": ["libsqlite3.so.0"],
             "/usr/lib/libsqlite3": [], "/w/libpython": []}
    kept = trim_bundle.keep_libraries(toc, check_libs.SYSTEM_SONAMES, needs.__getitem__)
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so", "python3.11/lib-dynload/_sqlite3.so", "libpython3.11.so.1.0",
        "libsqlite3.so.0", "libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"]


def test_unreadable_dependencies_drop_nothing_but_system_libraries():
    toc = [("PySide6/QtGui.abi3.so", "/w/QtGui", "EXTENSION"), ("libfoo.so.1", "/usr/lib/libfoo", "BINARY"),
           ("libX11.so.6", "/usr/lib/libX11", "BINARY")]
    kept = trim_bundle.keep_libraries(toc, check_libs.SYSTEM_SONAMES, lambda _src: None)
    assert [entry[0] for entry in kept] == ["PySide6/QtGui.abi3.so", "libfoo.so.1"]


def test_needed_reads_an_elf_file():
    names = trim_bundle.needed(sys.executable if Path(sys.executable).is_file() else "/bin/sh")
    if names is None:
        pytest.skip("not a 64-bit little-endian ELF platform")
    assert any(name.startswith("libc.") for name in names) or names == []
    assert trim_bundle.needed(__file__) is None


def _package(names):
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += b"\x01\0\0\0" + b"\x03\0\0\0"
    header += b"\0" * (32 - len(header))
    items = [(f"icudt73l/{name}", name.encode().ljust(20, b"-")) for name in names]
    return icu_subset.write_package(header, items)


def test_icu_package_round_trips_and_keeps_what_qt_uses():
    names = ["root.res", "fr.res", "fr_CA.res", "de.res", "pool.res", "supplementalData.res",
             "cnvalias.icu", "ibm-943_P15A-2003.cnv", "coll/ucadata.icu", "coll/fr.res", "coll/de.res",
             "zone/en.res", "brkitr/thaidict.dict", "curr/fr.res", "unit/en.res"]
    data = _package(names)
    header, items = icu_subset.read_package(data)
    assert icu_subset.write_package(header, items) == data
    assert [name for name, _ in items] == sorted(f"icudt73l/{n}" for n in names)
    assert dict(items)["icudt73l/coll/fr.res"].startswith(b"coll/fr.res")
    _, kept = icu_subset.read_package(icu_subset.subset(data, ("en", "fr")))
    assert sorted(name.split("/", 1)[1] for name, _ in kept) == sorted([
        "root.res", "fr.res", "fr_CA.res", "pool.res", "supplementalData.res", "cnvalias.icu",
        "coll/ucadata.icu", "coll/fr.res", "zone/en.res"])


def _pyside_icu_data() -> Path:
    lib = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
    found = sorted(lib.glob("libicudata.so.*"))
    if not found:
        pytest.skip("PySide6 has no bundled ICU here")
    return found[0]


def test_icu_library_is_left_alone_when_the_compiler_fails(tmp_path):
    out = tmp_path / "libicudata.so"
    failed = subprocess.CompletedProcess([], 1, "", "boom")
    assert not icu_subset.build_library(_pyside_icu_data(), out, ("en",), compiler="cc",
                                        run=lambda *a, **k: failed)
    assert not out.exists()


PROBE = r"""
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime, QTimeZone
words = sorted(["Zoé", "élan", "Ève", "abc"], key=QCollator(QLocale("fr_FR")).sortKey)
paris = QTimeZone(b"Europe/Paris").displayName(QDateTime(QDate(2026, 1, 5), QTime(12, 0)), QTimeZone.NameType.LongName,
                                               QLocale("fr_FR"))
print("|".join(words), paris, QLocale("tr_TR").toUpper("i"), sep="\n")
"""


@pytest.mark.slow
def test_trimmed_icu_data_still_serves_what_qt_asks_of_it(tmp_path):
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    out = tmp_path / _pyside_icu_data().name
    assert icu_subset.build_library(_pyside_icu_data(), out, ("en", "fr"))
    assert out.stat().st_size < _pyside_icu_data().stat().st_size / 5
    env = dict(os.environ, LD_PRELOAD=str(out), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["abc|élan|Ève|Zoé", "heure normale d’Europe centrale", "İ"]
