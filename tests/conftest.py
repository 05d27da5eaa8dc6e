"""Shared fixtures: offscreen Qt, a fresh store per test, an AppContext with a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import: no display needed
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from regionmgr.store.db import STORE_FILENAME, Store, open_store

UTC = dt.UTC
# A fixed "now" for tests: Monday 23 November 2026, 09:30 UTC (10:30 in Paris).
FIXED_NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def store(data_dir: Path):
    s = open_store(data_dir / STORE_FILENAME)
    yield s
    s.close()


@pytest.fixture
def sample_store(store: Store) -> Store:
    from regionmgr.core.data.sample import load_sample

    load_sample(store, now=FIXED_NOW)
    return store


class Clock:
    """A settable clock for tests."""

    def __init__(self, now: dt.datetime = FIXED_NOW):
        self.value = now

    def __call__(self) -> dt.datetime:
        return self.value

    def advance(self, **kwargs: float) -> None:
        self.value += dt.timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_ctx(store: Store, data_dir: Path, clock: Clock, zone: str = "Europe/Paris"):
    from PySide6.QtCore import QSettings

    from regionmgr.ui.common.context import AppContext

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("zone/current", zone)
    return AppContext(store, settings, clock=clock)


@pytest.fixture
def ctx(qapp, store, data_dir, clock):
    return make_ctx(store, data_dir, clock)


@pytest.fixture
def sample_ctx(qapp, sample_store, data_dir, clock):
    return make_ctx(sample_store, data_dir, clock)


@pytest.fixture
def window(qtbot, sample_ctx):
    """The main window over the sample region, shown."""
    from regionmgr.ui.shell.main_window import MainWindow

    sample_ctx.settings.setValue("welcome/done", True)
    w = MainWindow(sample_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
