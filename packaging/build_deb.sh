#!/bin/sh
# Build the Debian/Ubuntu package of Region Manager from the frozen bundle (make app -> dist/regionmgr).
#
#   sh packaging/build_deb.sh [OUTPUT_DIR]        # -> OUTPUT_DIR/regionmgr_<version>_<arch>.deb (default: dist)
#   DEB_COMPRESSION=none sh packaging/build_deb.sh /tmp/out   # fast, uncompressed (tests)
#
# The package installs:
#   /opt/regionmgr/                      the frozen one-folder bundle
#   /usr/bin/regionmgr                   -> /opt/regionmgr/regionmgr
#   /usr/share/applications/regionmgr.desktop   menu entry; opens text/calendar (.ics) files
#   /usr/share/icons/hicolor/scalable/apps/regionmgr.svg, 256x256/apps/regionmgr.png
# The desktop database and icon cache are refreshed by dpkg triggers of desktop-file-utils and
# hicolor-icon-theme, so no maintainer script is needed.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-"$ROOT/dist"}
BUNDLE="$ROOT/dist/regionmgr"
COMPRESSION=${DEB_COMPRESSION:-xz}

command -v dpkg-deb >/dev/null 2>&1 || { echo "build_deb: dpkg-deb is not installed (apt install dpkg)" >&2; exit 2; }
[ -x "$BUNDLE/regionmgr" ] || { echo "build_deb: $BUNDLE/regionmgr is missing: run 'make app' first" >&2; exit 2; }

VERSION=$(sed -n 's/^version = "\([^"]*\)"/\1/p' "$ROOT/pyproject.toml" | head -n 1)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/regionmgr-deb.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT INT TERM
PKG="$STAGE/root"

install -d -m 0755 "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/icons/hicolor/256x256/apps" \
    "$PKG/usr/share/doc/regionmgr"
cp -a "$BUNDLE" "$PKG/opt/regionmgr"
ln -s /opt/regionmgr/regionmgr "$PKG/usr/bin/regionmgr"
install -m 0644 "$ROOT/resources/regionmgr.desktop" "$PKG/usr/share/applications/regionmgr.desktop"
install -m 0644 "$ROOT/resources/icons/app.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/regionmgr.svg"
install -m 0644 "$ROOT/resources/icons/app.png" "$PKG/usr/share/icons/hicolor/256x256/apps/regionmgr.png"
cat > "$PKG/usr/share/doc/regionmgr/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: regionmgr
License: MIT
Comment: Region Manager bundles Qt (LGPLv3) through PySide6 and the Python libraries listed in
 its pyproject.toml, each under its own licence.
COPYRIGHT
chmod 0644 "$PKG/usr/share/doc/regionmgr/copyright"

# Files readable by all, directories and executables traversable; owned by root in the archive.
find "$PKG/opt/regionmgr" -type d -exec chmod 0755 {} +
find "$PKG/opt/regionmgr" -type f -perm -u+x -exec chmod 0755 {} +
find "$PKG/opt/regionmgr" -type f ! -perm -u+x -exec chmod 0644 {} +

SIZE_KB=$(du -sk "$PKG" | cut -f1)
# The system libraries the bundle leaves out (Qt's xcb plugin, QtGui...): one list, packaging/check_libs.py.
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
DEPENDS=$("$PY" "$ROOT/packaging/check_libs.py" --depends)
RECOMMENDS=$("$PY" "$ROOT/packaging/check_libs.py" --recommends)
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: regionmgr
Version: $VERSION
Architecture: $ARCH
Maintainer: Region Manager maintainers <regionmgr@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS, desktop-file-utils, hicolor-icon-theme
Section: office
Priority: optional
Description: offline desktop app for regional managers
 Region Manager keeps a regional manager's requests (Eisenhower matrix,
 delegation, tranches), country notes and contacts, the weekly meeting
 (iCalendar invites) and time spent per country in one local store.
 Works offline; nothing is sent anywhere. Opens .ics files to import a
 weekly meeting.
CONTROL
chmod 0644 "$PKG/DEBIAN/control"

mkdir -p "$OUT"
DEB="$OUT/regionmgr_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
