"""The status bar does not shift when the last backup's age changes (e.g. the start copy lands)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


def _zone_button_x(window) -> int:
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return window.zone_button.mapTo(window, QPoint(0, 0)).x()


def test_the_zone_button_stays_put_whatever_the_backup_age(window, monkeypatch):
    scheduler, button = window.backup_scheduler, window.backup_button
    now = scheduler._clock()
    places = set()
    for taken in (None, now, now - dt.timedelta(minutes=59), now - dt.timedelta(hours=47),
                  now - dt.timedelta(days=120)):
        monkeypatch.setattr(scheduler, "last_backup_time", lambda t=taken: t)
        button.refresh()
        places.add(_zone_button_x(window))
    assert len(places) == 1, places
