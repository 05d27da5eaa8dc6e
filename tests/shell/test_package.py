"""The Linux package: `packaging/build_deb.sh` makes a .deb that installs into a scratch root with a valid
.desktop entry (menu, .ics association), icons, the bundle under /opt and /usr/bin/regionmgr."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "regionmgr" / "regionmgr"
DESKTOP = ROOT / "resources" / "regionmgr.desktop"


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate missing (apt install desktop-file-utils)")
def test_desktop_entry_is_valid_and_opens_ics_files():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = _desktop_entry(DESKTOP)
    assert "text/calendar" in entry["MimeType"].split(";")
    assert entry["Exec"].endswith("%f")  # the file to open is passed as an argument
    assert entry["Icon"] == "regionmgr"
    assert entry["Name[fr]"] and entry["Comment[fr]"]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb missing: the .deb can only be built on Debian/Ubuntu")
    if not BUNDLE.exists():
        pytest.skip("dist/regionmgr is missing: run `make app` first (the package wraps the frozen bundle)")
    out = tmp_path_factory.mktemp("deb")
    env = dict(os.environ, DEB_COMPRESSION="none", TMPDIR=str(out))
    result = subprocess.run(["sh", str(ROOT / "packaging" / "build_deb.sh"), str(out)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb.is_file()
    root = out / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    return deb, root, info


@pytest.mark.slow
def test_deb_installs_the_bundle_menu_entry_and_icons(installed):
    _deb, root, info = installed
    assert "Package: regionmgr" in info and "Architecture:" in info and "Depends:" in info
    assert os.access(root / "opt/regionmgr/regionmgr", os.X_OK)
    link = root / "usr/bin/regionmgr"
    assert link.is_symlink() and os.readlink(link) == "/opt/regionmgr/regionmgr"
    desktop = root / "usr/share/applications/regionmgr.desktop"
    assert desktop.is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/regionmgr.svg").is_file()
    png = root / "usr/share/icons/hicolor/256x256/apps/regionmgr.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    entry = _desktop_entry(desktop)
    assert entry["Exec"].split()[0] in ("regionmgr", "/usr/bin/regionmgr", "/opt/regionmgr/regionmgr")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_deb_files_are_owned_by_root_and_readable(installed):
    deb, _root, _info = installed
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in listing.splitlines() if line]
    assert all(" root/root " in line for line in lines)
    assert not any(line.startswith(("-rw-------", "drwx------")) for line in lines)


@pytest.mark.slow
def test_deb_depends_on_the_system_libraries_the_bundle_leaves_out(installed):
    from tests.shell.test_check_libs import check_libs

    _deb, _root, info = installed
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Depends"] == check_libs.depends()
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxkbcommon-x11-0"):
        assert package in fields["Depends"].split(", ")
    assert "libcups2" in fields["Recommends"]


def test_bundle_ships_only_what_the_app_uses():
    """Issue 14: the one-folder bundle is at most 120 MiB; no unused Qt plugin or translation, no
    system library the .deb depends on; every library any bundled binary needs is either in the
    bundle or declared (packaging/check_libs.py)."""
    from tests.shell.test_check_libs import check_libs, trim_bundle

    if not BUNDLE.exists():
        pytest.skip("dist/regionmgr is missing: run `make app` first")
    folder = BUNDLE.parent
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    assert size <= 120 * 2**20, f"bundle is {size / 2**20:.0f} MiB"
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    qt = folder / "_internal" / "PySide6" / "Qt"
    for plugin in (qt / "plugins").rglob("*.so"):
        assert plugin.name in trim_bundle.QT_PLUGINS.get(plugin.parent.name, ()), plugin
    assert {p.name for p in (qt / "translations").iterdir()} <= {"qtbase_en.qm", "qtbase_fr.qm"}
    names = {p.name for p in folder.rglob("*")}
    assert not names & set(check_libs.REQUIRED), "system libraries bundled"
    unresolved = {}
    for path in files:
        if ".so" not in path.name and path != BUNDLE:
            continue
        lacking = set(trim_bundle.needed(str(path)) or ()) - names - check_libs.SYSTEM_SONAMES
        if lacking:
            unresolved[str(path.relative_to(folder))] = sorted(lacking)
    assert not unresolved


def test_one_version_everywhere():
    """pyproject.toml, regionmgr.__version__ and the Windows version resource name the same version."""
    import re

    from regionmgr import __version__

    root = Path(__file__).resolve().parents[2]
    project = re.search(r'^version = "([^"]+)"', (root / "pyproject.toml").read_text(), re.M).group(1)
    resource = (root / "resources" / "windows_version.txt").read_text(encoding="utf-8")
    numbers = tuple(int(x) for x in project.split(".")) + (0,) * (4 - len(project.split(".")))
    assert __version__ == project
    assert f"StringStruct('FileVersion', '{project}')" in resource
    assert f"StringStruct('ProductVersion', '{project}')" in resource
    four = ", ".join(map(str, numbers))
    assert f"filevers=({four})" in resource and f"prodvers=({four})" in resource
