"""Privacy on disk: owner-only folders and files; a warning for a data folder in a synced or network folder."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

import pytest

from regionmgr.core.data import transfer
from regionmgr.core.data.cloud import location_risk
from regionmgr.store import backup

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_data_folder_store_backups_and_exports_are_for_the_user_only(tmp_path):
    from regionmgr.app import data_dir_from, store_path
    from regionmgr.core.data.sample import load_sample
    from regionmgr.store.db import open_store

    old = os.umask(0o022)  # a typical, permissive umask
    try:
        data_dir = data_dir_from(argparse.Namespace(data_dir=str(tmp_path / "data")))
        store = open_store(store_path(data_dir))
        load_sample(store)
        copy = backup.make_backup(store.path, data_dir / "backups", "start").info.path
        export = tmp_path / "export.rgmexport"
        transfer.export_to(store, export)
        store.close()
        aside = backup.set_aside(store.path, "test")
    finally:
        os.umask(old)
    assert _mode(data_dir) == 0o700
    assert _mode(copy.parent) == 0o700 and _mode(copy) == 0o600
    assert _mode(export) == 0o600
    assert _mode(aside.parent) == 0o700 and _mode(aside) == 0o600  # the store file itself was 0600


@pytest.mark.parametrize("path, service", [
    ("/home/ana/OneDrive - Acme Corp/Region Manager", "OneDrive"),
    ("C:/Users/ana/OneDrive/AppData", "OneDrive"),
    ("/home/ana/Dropbox/regionmgr", "Dropbox"),
    ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/regionmgr", "iCloud Drive"),
    ("/Users/ana/iCloud Drive/regionmgr", "iCloud Drive"),
    ("/Users/ana/Google Drive/My Drive/regionmgr", "Google Drive"),
])
def test_synced_folders_are_recognised(path, service):
    risk = location_risk(Path(path), mounts_text="")
    assert risk is not None and risk.kind == "synced" and risk.name == service


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//filer/home /mnt/filer cifs rw 0 0
filer:/export /srv/nfs\\040share nfs4 rw 0 0
ana@host:/ /home/ana/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/mnt/filer/ana/regionmgr", "cifs"),
    ("/srv/nfs share/regionmgr", "nfs4"),
    ("/home/ana/remote/data", "fuse.sshfs"),
])
def test_network_mounts_are_recognised(path, kind):
    risk = location_risk(Path(path), MOUNTS)
    assert risk is not None and risk.kind == "network" and risk.name == kind


@pytest.mark.parametrize("path", ["/home/ana/.local/share/Region Manager", "/tmp/x", "/mnt/filerx/data"])
def test_local_folders_get_no_warning(path):
    assert location_risk(Path(path), MOUNTS) is None


def test_the_app_warns_without_blocking_once_per_folder(window):
    from regionmgr.ui.data.backup_scheduler import warn_about_location

    folder = window.ctx.store.path.parent
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//filer/share {folder} cifs rw 0 0\n"
    box = warn_about_location(window, mounts)
    assert (box is not None and box.isVisible() and not box.isModal()) or box.windowModality() != 2
    assert "network drive" in window.statusBar().currentMessage()
    box.close()
    assert warn_about_location(window, mounts) is None  # the box once; the status message every start
    assert "network drive" in window.statusBar().currentMessage()
    assert warn_about_location(window, "/dev/sda1 / ext4 rw 0 0\n") is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ui_settings_file_is_owner_only(tmp_path):
    from regionmgr.app import settings_for

    settings = settings_for(tmp_path)
    settings.setValue("window/page", "countries")
    settings.sync()
    assert stat.S_IMODE((tmp_path / "settings.ini").stat().st_mode) == 0o600
