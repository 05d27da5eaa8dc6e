"""The handover dossier is complete (seed 002): task notes, culture notes, contact comments, language and
preferred channel, each task's requester, channel, requested and agreed deadlines."""

from __future__ import annotations

import datetime as dt

from regionmgr.core.time import handover
from tests.conftest import FIXED_NOW

ABSENCE = {"starts_on": dt.date(2026, 11, 30), "ends_on": dt.date(2026, 12, 11), "cover_name": "Sam Lee",
           "cover_email": "sam.lee@example.com", "comments": ""}


def section(html: str, start: str, end: str) -> str:
    first = html.index(start)
    return html[first:html.index(end, first + len(start))]


def test_english_dossier_holds_everything_the_cover_needs(sample_store):
    html = handover.dossier_html(handover.build_dossier(sample_store, ABSENCE, FIXED_NOW, "en"))
    france = section(html, "<h2 style='page-break-before: always'>France</h2>", "<h2 style='page-break")
    assert "Needs an answer before the cut-off." in france  # a task's notes
    assert "How to work with the French team" in france  # the culture note, title and body
    assert "Culture" in france
    germany = section(html, ">Germany</h2>", "<h2 style='page-break")
    assert "Wants figures in writing, with their source." in germany  # a contact's comments
    assert "Overdue: the controller is waiting." in germany
    morocco = section(html, ">Morocco</h2>", "<h2 style='page-break")
    assert "Call before writing; slow to answer e-mail during Ramadan." in morocco
    assert "Arabic" in morocco and "French" in morocco  # the contacts' languages, by name
    assert "<td>Phone</td>" in morocco  # Youssef's preferred channel
    # Requester, channel, requested vs agreed deadline: the payroll question was asked for today
    # (23 Nov) in the weekly meeting and agreed for tomorrow.
    row = section(france, "Payroll question: overtime rules for engineers", "</tr>")
    assert "Claire Dubois" in row and "Meeting" in row
    assert "Nov 23, 2026" in row and "Nov 24, 2026" in row
    for heading in ("Agreed deadline", "Asked for", "Channel", "Preferred channel", "Language", "Comments"):
        assert heading in html


def test_french_dossier_says_it_in_french(sample_store):
    html = handover.dossier_html(handover.build_dossier(sample_store, ABSENCE, FIXED_NOW, "fr"))
    for words in ("Échéance convenue", "Demandée pour", "Canal", "Réunion", "Canal préféré", "Téléphone",
                  "Langue", "arabe", "Commentaires", "Culture", "How to work with the French team"):
        assert words in html, words


def test_dossier_of_an_absence_without_culture_notes_says_nothing(store):
    from regionmgr.core.countries import operations as country_ops

    country_ops.add_country(store, "FR")
    html = handover.dossier_html(handover.build_dossier(store, ABSENCE, FIXED_NOW, "en"))
    assert html.count("Nothing.") >= 4  # open tasks, waiting, contacts, culture, procedures
