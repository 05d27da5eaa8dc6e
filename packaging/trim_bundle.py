"""What build.spec leaves out of the frozen bundle (PyInstaller TOC entries: (dest, src, typecode)).

- Qt plugins: only those listed in QT_PLUGINS (platforms xcb/wayland/offscreen, SVG images and
  icons, the xdg-desktop-portal theme, cups printing, xcb GL integration).
- Qt libraries only the dropped plugins or modules use (EGLFS, QML/Quick, virtual keyboard).
- Qt translations: only qtbase_<lang> for the languages the app ships a catalogue for.
- System libraries: those the .deb depends on (packaging/check_libs.py) are not bundled, nor the
  libraries only they need; a library stays only when something kept still needs it directly
  (e.g. libsqlite3 for Python's _sqlite3). Bundling a build machine's libstdc++, glib or
  fontconfig beside the user's own is also a classic source of crashes.

Pure functions, no PyInstaller import: tests/shell/test_check_libs.py drives them on a fake TOC.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Collection, Iterable
from pathlib import PurePosixPath

QT_PLUGINS = {
    "platforms": ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"),
    "wayland-shell-integration": ("libxdg-shell.so",),
    "wayland-decoration-client": ("libbradient.so",),
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl.so",),
    "xcbglintegrations": ("libqxcb-glx-integration.so", "libqxcb-egl-integration.so"),
    "imageformats": ("libqsvg.so",),
    "iconengines": ("libqsvgicon.so",),
    "platformthemes": ("libqxdgdesktopportal.so",),
    "printsupport": ("libcupsprintersupport.so",),
}

# Qt libraries nothing kept uses (their plugins or Python modules are excluded).
QT_LIBS_DROPPED = ("Qt6EglFS", "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Pdf", "Qt6WebEngine")

Entry = tuple[str, str, str]


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_qt_entry(dest: str, languages: Collection[str]) -> bool:
    """False for the Qt plugins, libraries and translations the app does not use."""
    dest = _posix(dest)
    if "/Qt/plugins/" in dest or dest.startswith("PySide6/plugins/"):
        parts = PurePosixPath(dest.split("plugins/", 1)[1]).parts
        if len(parts) < 2:
            return True
        return parts[-1] in QT_PLUGINS.get(parts[0], ())
    if "/Qt/translations/" in dest or dest.startswith("PySide6/translations/"):
        name = PurePosixPath(dest).name
        return any(name == f"qtbase_{lang}.qm" for lang in languages)
    name = PurePosixPath(dest).name
    return not any(name.lower().startswith((f"lib{lib}".lower(), lib.lower())) for lib in QT_LIBS_DROPPED)


def needed(path: str) -> list[str] | None:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file, or None when it can't be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for index in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + index * phentsize)
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []

    def file_offset(vaddr: int) -> int | None:
        for start, offset, size in loads:
            if start <= vaddr < start + size:
                return offset + vaddr - start
        return None

    entries, strtab = [], None
    for position in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, position)
        if tag == 0:
            break
        if tag == 1:
            entries.append(value)
        elif tag == 5:
            strtab = file_offset(value)
    if strtab is None:
        return None
    names = []
    for value in entries:
        start = strtab + value
        names.append(data[start:data.index(b"\0", start)].decode())
    return names


def is_bundled_library(dest: str) -> bool:
    """A shared library PyInstaller collected at the top of the bundle (from the system or a
    wheel's .libs), as opposed to a package's own extension or Qt file."""
    dest = _posix(dest)
    return "/" not in dest and ".so" in dest and not dest.startswith("libpython")


def _link_target(dest: str, src: str) -> str:
    """Where a SYMLINK entry points, as a bundle path."""
    return _normalise(_posix(dest).rpartition("/")[0] + "/" + _posix(src))


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def keep_libraries(binaries: Iterable[Entry], system: Collection[str],
                   read_needed: Callable[[str], list[str] | None] = needed) -> list[Entry]:
    """Drop the top-level libraries named in `system` and those no kept binary needs any more.

    Roots are everything but top-level libraries (Python extensions, Qt, libpython); a top-level
    library is kept when a kept binary needs it directly and it is not a system library. A file
    whose dependencies can't be read keeps everything it might need (nothing is dropped blindly).
    SYMLINK entries (src = the relative target) stay when their target stays.
    """
    binaries = list(binaries)
    by_dest = {_posix(e[0]): e for e in binaries}
    by_name: dict[str, Entry] = {}
    for entry in binaries:
        dest, src, kind = entry
        name = PurePosixPath(_posix(dest)).name
        if kind == "SYMLINK":
            target = by_dest.get(_link_target(dest, src))
            if target is not None:
                by_name.setdefault(name, target)
        else:
            by_name[name] = entry
    roots = [e for e in binaries if e[2] != "SYMLINK" and not is_bundled_library(e[0])]
    kept: dict[str, Entry] = {}
    pending = list(roots)
    unknown = False
    while pending:
        dest, src, kind = pending.pop()
        if _posix(dest) in kept:
            continue
        kept[_posix(dest)] = (dest, src, kind)
        names = read_needed(src)
        if names is None:
            unknown = True
            continue
        for name in names:
            entry = by_name.get(name)
            if entry is not None and name not in system and _posix(entry[0]) not in kept:
                pending.append(entry)
    if unknown:
        kept.update({_posix(e[0]): e for e in binaries if e[2] != "SYMLINK"
                     and is_bundled_library(e[0]) and PurePosixPath(_posix(e[0])).name not in system})
    result = []
    for entry in binaries:
        dest, src, kind = entry
        if kind == "SYMLINK":
            if _link_target(dest, src) in kept and PurePosixPath(_posix(dest)).name not in system:
                result.append(entry)
        elif _posix(dest) in kept:
            result.append(entry)
    return result
