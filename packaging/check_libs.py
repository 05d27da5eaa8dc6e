"""The system libraries Qt needs on Debian/Ubuntu, checked before `make run` and declared by the .deb.

    python packaging/check_libs.py              # exit 0 when all are there; else print the apt-get line, exit 1
    python packaging/check_libs.py --depends    # the .deb's Depends: field (packaging/build_deb.sh)
    python packaging/check_libs.py --recommends # the .deb's Recommends: field

As root with apt-get available, the missing packages are installed instead of listed.

The PySide6 wheel ships Qt itself but not the system libraries Qt's xcb platform plugin
(plugins/platforms/libqxcb.so + libQt6XcbQpa) and QtGui link to: on a fresh Debian/Ubuntu
Qt then stops with "could not load the Qt platform plugin xcb ... xcb-cursor0 or libxcb-cursor0
is needed", whatever library is really missing. The list below is `readelf -d` NEEDED of
libqxcb.so, libQt6XcbQpa, libQt6Gui, libQt6Core, libQt6DBus and libQt6Network, by soname. The
frozen bundle (build.spec) leaves these out and the .deb depends on them instead.

The check skips itself off Linux and when QT_QPA_PLATFORM is offscreen/minimal (no display used).
Nothing here imports Qt: it has to run before Qt can load.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable

# soname -> the Debian/Ubuntu package that provides it (Ubuntu 24.04's "t64" packages provide these names).
REQUIRED: dict[str, str] = {
    # the xcb platform plugin
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    # QtGui, QtCore, QtDBus, QtNetwork (the single-instance local socket)
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

# Loaded when present, the app runs without them: printing to printers (the cups print-support
# plugin; without it only "Print to PDF"), native Wayland (else Qt uses xcb through XWayland) and
# GLX. Recommended by the .deb, not checked.
OPTIONAL: dict[str, str] = {
    "libcups.so.2": "libcups2",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxcb-glx.so.0": "libxcb-glx0",
}

# Provided by the system in every case (libc6 is Essential); never bundled, never listed.
BASE = ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libresolv.so.2",
        "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1")

SYSTEM_SONAMES = frozenset(REQUIRED) | frozenset(OPTIONAL) | frozenset(BASE)

_LDCONFIG = ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig")


def _packages(sonames: Iterable[str], table: dict[str, str]) -> list[str]:
    seen: dict[str, None] = {}
    for soname in sonames:
        seen.setdefault(table[soname], None)
    return list(seen)


def depends() -> str:
    """The .deb Depends: field."""
    return ", ".join(["libc6", *_packages(REQUIRED, REQUIRED)])


def recommends() -> str:
    return ", ".join(_packages(OPTIONAL, OPTIONAL))


def installed_sonames() -> set[str] | None:
    """The sonames the dynamic linker knows for this process's word size (`ldconfig -p`), or None
    when ldconfig can't be found (not a glibc system: nothing is checked)."""
    for candidate in _LDCONFIG:
        path = shutil.which(candidate)
        if path:
            break
    else:
        return None
    result = subprocess.run([path, "-p"], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return None
    wide = sys.maxsize > 2**32
    found = set()
    for line in result.stdout.splitlines():
        # "\tlibxcb.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb.so.1"
        name, _, rest = line.strip().partition(" (")
        if not rest:
            continue
        flags = rest.split(")", 1)[0]
        if ("64" in flags) == wide:
            found.add(name)
    return found


def missing_packages(installed: set[str]) -> list[str]:
    """The packages to install, in a stable order, for the required sonames not in `installed`."""
    return _packages((s for s in REQUIRED if s not in installed), REQUIRED)


def install_command(packages: list[str], *, root: bool) -> list[str]:
    return (["apt-get"] if root else ["sudo", "apt-get"]) + ["install", "-y", *packages]


def _should_check(environ: dict[str, str], platform: str) -> bool:
    if not platform.startswith("linux"):
        return False
    qpa = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    return qpa not in ("offscreen", "minimal")


def main(argv: list[str] | None = None, *,
         lookup: Callable[[], set[str] | None] = installed_sonames,
         run: Callable[[list[str]], int] = lambda cmd: subprocess.run(cmd, check=False).returncode,
         is_root: bool | None = None,
         has_apt: bool | None = None,
         environ: dict[str, str] | None = None,
         platform: str = sys.platform,
         out=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = out or sys.stdout
    if "--depends" in args:
        print(depends(), file=out)
        return 0
    if "--recommends" in args:
        print(recommends(), file=out)
        return 0
    if not _should_check(dict(os.environ) if environ is None else environ, platform):
        return 0
    installed = lookup()
    if installed is None:
        print("check_libs: ldconfig not found: system libraries not checked", file=sys.stderr)
        return 0
    missing = missing_packages(installed)
    if not missing:
        return 0
    root = (os.geteuid() == 0) if is_root is None else is_root
    apt = (shutil.which("apt-get") is not None) if has_apt is None else has_apt
    if root and apt:
        print("Installing the system libraries Qt needs: " + " ".join(missing), file=out)
        if run(["apt-get", "update"]) != 0 or run(install_command(missing, root=True)) != 0:
            print("check_libs: apt-get failed; install them with:\n  "
                  + " ".join(install_command(missing, root=True)), file=out)
            return 1
        return 0
    print("Region Manager needs system libraries that are not installed "
          "(Qt's xcb platform plugin cannot start without them). Install them with:", file=out)
    print("  " + " ".join(install_command(missing, root=root)), file=out)
    if not apt:
        lacking = [s for s in REQUIRED if s not in installed]
        print("(not a Debian/Ubuntu system? the missing libraries are: " + " ".join(lacking) + ")", file=out)
    return 1


if __name__ == "__main__":
    sys.exit(main())
