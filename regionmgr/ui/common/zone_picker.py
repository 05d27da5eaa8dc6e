"""Where are you now? A searchable list of time zones: recent ones first, then the region's, then all.

Typing filters (any word of the zone or of its country, accents ignored: "casa", "maroc",
"new york"); Enter or a double-click chooses. The choice is remembered for next time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regionmgr.core.calendar.workweek import zones_for_country
from regionmgr.core.countries import zones as core
from regionmgr.core.countries.region import country_choices
from regionmgr.ui.common.context import AppContext
from regionmgr.ui.common.i18n import current_language

RECENT_KEY = "zone/recent"
ZONE_ROLE = Qt.ItemDataRole.UserRole


def _zone_countries(lang: str) -> dict[str, str]:
    """Zone -> the name of the country it belongs to (for searching and showing)."""
    out: dict[str, str] = {}
    for code, name in country_choices(lang):
        for zone in zones_for_country(code):
            out.setdefault(zone, name)
    return out


class ZonePicker(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, country_code: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Where are you now?"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Time zone you are in:"), self))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type a city, region or country…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self.accept)
        layout.addWidget(self.filter_edit)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.countries = _zone_countries(current_language())
        recent = [ctx.zone_name, *self.recent()]
        region = core.region_zones(ctx.store, country_code)
        titles = {"recent": self.tr("Recent"), "region": self.tr("Your region"), "all": self.tr("All time zones")}
        bold = QFont(self.font())
        bold.setBold(True)
        for section, zones in core.sections(recent, region):
            header = QListWidgetItem(titles[section], self.list)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            for zone in zones:
                country = self.countries.get(zone, "")
                item = QListWidgetItem(f"{zone} — {country}" if country else zone, self.list)
                item.setData(ZONE_ROLE, zone)
        self.list.setCurrentRow(1)
        self.resize(440, 520)
        self.filter_edit.setFocus()

    def recent(self) -> list[str]:
        value = self.ctx.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(z) for z in value] if isinstance(value, list | tuple) else []

    def apply_filter(self, text: str) -> None:
        first = None
        header: QListWidgetItem | None = None
        shown_in_section = False
        for row in range(self.list.count()):
            item = self.list.item(row)
            zone = item.data(ZONE_ROLE)
            if zone is None:  # a section header: shown when one of its zones is
                if header is not None:
                    header.setHidden(not shown_in_section)
                header, shown_in_section = item, False
                continue
            hide = not core.matches(zone, text, self.countries.get(zone, ""))
            item.setHidden(hide)
            if not hide:
                shown_in_section = True
                first = first or item
        if header is not None:
            header.setHidden(not shown_in_section)
        if first is not None:
            self.list.setCurrentItem(first)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ZONE_ROLE) if item is not None and not item.isHidden() else None

    def accept(self) -> None:
        zone = self.chosen()
        if zone is None:
            return
        recent = core.remember(core.remember(self.recent(), self.ctx.zone_name), zone)  # where you were, too
        self.ctx.set_zone(zone)
        self.ctx.settings.setValue(RECENT_KEY, recent)
        super().accept()


def pick_zone(ctx: AppContext, parent: QWidget) -> ZonePicker:
    """Open the picker (not blocking); the country shown on the Countries page, if any, comes first."""
    page = getattr(parent, "pages", {}).get("countries")
    country = getattr(page, "country", None)
    dialog = ZonePicker(ctx, parent, getattr(country, "code", None))
    dialog.open()
    parent.zone_picker = dialog  # type: ignore[attr-defined]
    return dialog
