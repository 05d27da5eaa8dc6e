"""Is the data folder inside a cloud-synced or network folder?

Sync tools (OneDrive, Dropbox, iCloud Drive, Google Drive) copy a live
database file and its journal separately, and network file systems (SMB/CIFS,
NFS, FUSE mounts) don't honour SQLite's locks reliably: both are known ways to
corrupt an SQLite file. The app warns at start; it doesn't refuse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath

# Path components (compared case-insensitively) that name a synced folder.
SYNCED_NAMES = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud Drive",
    "icloud~": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "icloudrive": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
NETWORK_FS = ("smb", "smbfs", "smb2", "smb3", "cifs", "nfs", "nfs4", "afpfs", "webdav", "davfs", "9p", "sshfs")


@dataclass(frozen=True)
class LocationRisk:
    kind: str  # "synced" or "network"
    name: str  # "OneDrive", "nfs4", "fuse.sshfs", ...


def synced_folder(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path`` (by path components), or None."""
    for part in path.parts:
        low = part.lower()
        for key, name in SYNCED_NAMES.items():
            if low == key or low.startswith((key + " ", key + "-")) or (key.endswith("~") and low.startswith(key)):
                return name
    return None


def _unescape(field: str) -> str:
    """/proc/mounts escapes space, tab, newline and backslash as octal."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\"))


def mount_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux /proc/mounts), or None."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(Path(os.path.abspath(path)))
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def is_network_fs(fstype: str | None) -> bool:
    if not fstype:
        return False
    fstype = fstype.lower()
    if fstype in NETWORK_FS or fstype.startswith("nfs"):
        return True
    return fstype.startswith("fuse.") and fstype != "fuse.portal"


def location_risk(path: Path, mounts_text: str | None = None) -> LocationRisk | None:
    """Why the folder at ``path`` is a risky home for a live SQLite file, or None."""
    name = synced_folder(Path(os.path.abspath(path)))
    if name:
        return LocationRisk("synced", name)
    fstype = mount_type(path, mounts_text)
    if is_network_fs(fstype):
        return LocationRisk("network", fstype or "")
    return None
