"""Adding a country finds it by ISO code, abbreviation, English or French name, accents ignored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from regionmgr.core.countries.lookup import find_countries
from regionmgr.ui.countries.countries_page import AddCountryDialog


@pytest.mark.parametrize(
    ("typed", "code"),
    [("UAE", "AE"), ("uae", "AE"), ("EAU", "AE"), ("ARE", "AE"), ("Maroc", "MA"), ("maroc", "MA"),
     ("Émirats arabes unis", "AE"), ("emirats arabes unis", "AE"), ("Allemagne", "DE"), ("allemagne", "DE"),
     ("UK", "GB"), ("USA", "US"), ("KSA", "SA"), ("DEU", "DE"), ("ma", "MA"), ("Morocco", "MA"),
     ("Etats-Unis", "US"), ("Royaume-Uni", "GB"), ("Germany", "DE")],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_find_countries_puts_the_country_first(typed, code, lang):
    assert find_countries(typed, lang)[0] == code


def test_nonsense_finds_nothing():
    assert find_countries("zzqx") == []


@pytest.mark.parametrize(("locale", "typed", "code"),
                         [("en_GB", "UAE", "AE"), ("en_GB", "Maroc", "MA"), ("en_GB", "Émirats arabes unis", "AE"),
                          ("fr_FR", "Allemagne", "DE"), ("en_GB", "allemagne", "DE"), ("fr_FR", "uk", "GB"),
                          ("fr_FR", "UAE", "AE"), ("en_GB", "KSA", "SA")])
def test_the_add_dialog_chooses_the_typed_country(qtbot, locale, typed, code):
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        dialog = AddCountryDialog(set())
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.filter_edit, typed)
        assert dialog.chosen_code() == code
    finally:
        QLocale.setDefault(previous)
