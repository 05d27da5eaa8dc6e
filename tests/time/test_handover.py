"""The handover dossier: meetings expanded over the absence, per-country content, PDF text, out-of-office."""

from __future__ import annotations

import datetime as dt

import pytest

from regionmgr.core.ops import ValidationError
from regionmgr.core.tasks.priority import Quadrant
from regionmgr.core.time import handover
from tests.conftest import FIXED_NOW
from tests.time.test_report import pdf_text

D = dt.date
ABSENCE = {"starts_on": D(2026, 11, 30), "ends_on": D(2026, 12, 11), "cover_name": "Sam Lee",
           "cover_email": "sam.lee@example.com", "comments": "Payroll first."}


def test_weekly_occurrences_respect_weekday_skips_and_ends():
    # Tuesdays from Tue 3 Nov 2026.
    occ = handover.weekly_occurrences(2, D(2026, 11, 3), D(2026, 11, 30), D(2026, 12, 31))
    assert occ == [D(2026, 12, 1), D(2026, 12, 8), D(2026, 12, 15), D(2026, 12, 22), D(2026, 12, 29)]
    occ = handover.weekly_occurrences(2, D(2026, 11, 3), D(2026, 11, 30), D(2026, 12, 31),
                                      skipped={D(2026, 12, 8)}, end_kind="until", until=D(2026, 12, 22))
    assert occ == [D(2026, 12, 1), D(2026, 12, 15), D(2026, 12, 22)]
    # Five occurrences in all: 3, 10, 17, 24 Nov and 1 Dec (a skipped one still counts).
    occ = handover.weekly_occurrences(2, D(2026, 11, 3), D(2026, 11, 30), D(2026, 12, 31),
                                      end_kind="count", count=5, skipped={D(2026, 11, 10)})
    assert occ == [D(2026, 12, 1)]
    # A first date that isn't the weekday: the series starts on the next one.
    assert handover.weekly_occurrences(2, D(2026, 11, 4), D(2026, 11, 1), D(2026, 11, 12)) == [D(2026, 11, 10)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"ends_on": D(2026, 11, 1)}, "ends before"), ({"cover_name": " "}, "who covers"),
     ({"cover_email": "not an address"}, "e-mail"),
     ({"cover_email": "x@e.com?bcc=spy%40evil.com"}, "is not an e-mail address"),
     ({"cover_email": "Sam <sam@example.com>"}, "is not an e-mail address"),
     ({"cover_email": "a@b.com, c@d.com"}, "is not an e-mail address")],
)
def test_bad_absences_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        handover.validate_absence({**ABSENCE, **changes})


def test_dossier_content_per_country(sample_store):
    d = handover.build_dossier(sample_store, ABSENCE, FIXED_NOW, "en")
    assert [c.code for c in d.countries] == ["FR", "DE", "MA", "AE", "PL"]
    assert [m.starts_at.date() for m in d.meetings] == [D(2026, 12, 1), D(2026, 12, 8)]
    pl = d.countries[-1]
    assert [t.title for t in pl.open_by_quadrant[Quadrant.DELEGATE]] == ["Collect signed timesheets"]
    assert [t.title for t in pl.waiting] == ["Collect bank details of new hires"]
    assert {c.name for c in pl.contacts} == {"Katarzyna Nowak", "Piotr Zieliński"}
    assert [n.title for n in pl.procedures] == ["Sick leave (L4) handling"]
    assert len(pl.meetings) == 2  # Katarzyna attends the weekly call


def test_dossier_pdf_lets_a_colleague_answer_every_country(qapp, sample_store, tmp_path):
    from regionmgr.ui.common.pdf import write_pdf

    d = handover.build_dossier(sample_store, ABSENCE, FIXED_NOW, "en")
    text = pdf_text(write_pdf(handover.dossier_html(d), tmp_path / "dossier.pdf", "Handover"))
    assert "Absent from November 30, 2026 to December 11, 2026. Covered by Sam Lee" in text
    # The meetings table (cells may wrap, so their words come out in layout order).
    assert "Tue 1 Dec 2026, 10:00 (Europe/Paris)" in text and "Tue 8 Dec 2026, 10:00 (Europe/Paris)" in text
    assert "Weekly regional" in text and "https://meet.example.com/regional-weekly" in text
    for name in ("France", "Germany", "Morocco", "United Arab Emirates", "Poland"):
        assert name in text
    assert ("Payroll question: overtime rules for engineers Needs an answer before the cut-off. "
            "Nov 24, 2026 Nov 23, 2026 open Claire Dubois Meeting") in text  # notes, agreed and asked deadlines
    assert "Renew office lease summary Priya Nair" in text  # waiting for others
    assert "k.nowak@example.pl" in text
    assert "Sick leave (L4) handling" in text and "PUE ZUS" in text


def test_french_dossier_and_out_of_office_in_both_languages(sample_store):
    covers = {"MA": ("Youssef El Amrani", "y.elamrani@example.ma")}
    d = handover.build_dossier(sample_store, ABSENCE, FIXED_NOW, "fr", covers=covers)
    html = handover.dossier_html(d)
    assert "Dossier de passation" in html and "Absence du 30 novembre 2026 au 11 décembre 2026" in html
    ooo = handover.out_of_office(d)
    assert "Je suis absent(e) du 30 novembre 2026 au 11 décembre 2026 inclus." in ooo["fr"]
    assert ("Sam Lee (sam.lee@example.com) assure mon remplacement pour France, Allemagne, "
            "Émirats arabes unis et Pologne.") in ooo["fr"]
    assert "Youssef El Amrani (y.elamrani@example.ma) assure mon remplacement pour Maroc." in ooo["fr"]
    assert "Sam Lee (sam.lee@example.com) covers France, Germany, United Arab Emirates and Poland." in ooo["en"]
    assert "back on Monday, December 14, 2026" in ooo["en"]
