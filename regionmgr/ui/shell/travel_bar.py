"""Travel: when this computer's zone is not the app's, offer to switch in one click (#16).

A bar over the page (never a dialog): "Your computer is now on Asia/Dubai time. Switch Region
Manager to Dubai? [Switch] [Keep Paris]". It is checked when the window is built (so it is in
the first frame, nothing moves after) and when the app becomes active again after a while away
(a laptop opened after a flight). "Keep" is remembered for that pair of zones.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from regionmgr.ui.common import context
from regionmgr.ui.common.context import AppContext

KEPT_KEY = "travel/kept/"  # + "<app zone>|<system zone>": the user chose to keep the app's zone
AWAY_S = 10 * 60  # inactive this long, then active again: the computer may have travelled


def city(zone: str) -> str:
    """The place a zone is named after: "Asia/Dubai" -> "Dubai", "America/Argentina/Buenos_Aires" ->
    "Buenos Aires"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


class TravelBar(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 monotonic: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.ctx = ctx
        self._monotonic = monotonic
        self._inactive_since: float | None = None
        self.system_zone = ""
        self.setObjectName("travelBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Time zone change"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("Switch"), self)
        self.switch_button.clicked.connect(self.switch)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self.keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.switch_button)
        row.addWidget(self.keep_button)
        self.hide()
        ctx.zone_changed.connect(lambda _name: self.check())
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_state_changed)

    def _kept_key(self) -> str:
        return f"{KEPT_KEY}{self.ctx.zone_name}|{self.system_zone}".replace("/", "-")

    def check(self) -> bool:
        """Show the offer if this computer's zone differs from the app's and was not kept; say if shown."""
        self.system_zone = context.system_zone_name()
        offer = self.system_zone != self.ctx.zone_name and self.ctx.settings.value(
            self._kept_key(), False) not in (True, "true")
        if offer:
            self.label.setText(self.tr("Your computer is now on {0} time. Switch Region Manager to {1}?").format(
                self.system_zone, city(self.system_zone)))
            self.keep_button.setText(self.tr("Keep {0}").format(city(self.ctx.zone_name)))
        self.setVisible(offer)
        return offer

    def switch(self) -> None:
        self.hide()
        self.ctx.set_zone(self.system_zone)  # the status bar, lists and times follow (zone_changed)

    def keep(self) -> None:
        self.ctx.settings.setValue(self._kept_key(), True)
        self.hide()

    def on_state_changed(self, state: Qt.ApplicationState) -> None:
        """Back after a while away (inactive, suspended): check again."""
        if state == Qt.ApplicationState.ApplicationActive:
            away = self._inactive_since
            self._inactive_since = None
            if away is not None and self._monotonic() - away >= AWAY_S:
                self.check()
        elif self._inactive_since is None:
            self._inactive_since = self._monotonic()
