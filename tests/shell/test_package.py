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
