"""A tranche schedule exported to propose to the client: text/PDF and an .ics of milestones."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.tasks import schedule_export
from regionmgr.core.tasks.tranches import Part, PlanError, load_parts
from tests.conftest import FIXED_NOW

PARIS = WorkWeek("FR", "Europe/Paris")
PARTS = [Part("Sales roles", 2, dt.date(2026, 12, 1), dt.date(2026, 12, 3), True, id="p-1"),
         Part("Engineering\nroles", 3, dt.date(2026, 12, 4), dt.date(2026, 12, 9), id="p-2")]


def _plan(parts=PARTS):
    return schedule_export.schedule_of("Harmonise job descriptions", dt.date(2026, 12, 11), parts)


def test_text_gives_each_part_with_its_dates_in_the_language():
    en = schedule_export.schedule_text(_plan(), "en")
    assert "Request: Harmonise job descriptions" in en and "Deadline: Friday, December 11, 2026" in en
    assert "1. Sales roles (done)" in en and "2. Engineering roles" in en
    assert "Starts: Friday, December 4, 2026" in en and "Due: Wednesday, December 9, 2026" in en
    fr = schedule_export.schedule_text(_plan(), "fr", lambda _c, s: {"Due": "Échéance"}.get(s, s))
    assert "Échéance: mercredi 9 décembre 2026" in fr
    page = schedule_export.schedule_html(schedule_export.schedule_of("<b>R&D</b>", None, PARTS), "en")
    assert "&lt;b&gt;R&amp;D&lt;/b&gt;" in page and "<b>R&D</b>" not in page


def test_ics_has_one_all_day_milestone_per_part_with_stable_uids():
    data = schedule_export.schedule_ics(_plan(), FIXED_NOW)
    cal = icalendar.Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert cal["METHOD"] == "PUBLISH" and len(events) == 2
    assert [e["UID"] for e in events] == ["tranche-p-1@regionmgr", "tranche-p-2@regionmgr"]
    assert [e["DTSTART"].dt for e in events] == [dt.date(2026, 12, 3), dt.date(2026, 12, 9)]
    assert all(e["DTEND"].dt - e["DTSTART"].dt == dt.timedelta(days=1) for e in events)
    assert all(e["DTSTART"].params.get("VALUE") == "DATE" or not isinstance(e["DTSTART"].dt, dt.datetime)
               for e in events)
    assert str(events[1]["SUMMARY"]) == "Engineering roles (Harmonise job descriptions, part 2 of 2)"
    later = icalendar.Calendar.from_ical(schedule_export.schedule_ics(_plan(), FIXED_NOW + dt.timedelta(days=1)))
    again = later.walk("VEVENT")
    assert [e["UID"] for e in again] == [e["UID"] for e in events]  # re-exporting updates, not duplicates
    assert all(b["SEQUENCE"] > a["SEQUENCE"] for a, b in zip(events, again, strict=True))
    assert b"DESCRIPTION" not in data


def test_parts_without_dates_are_refused():
    with pytest.raises(PlanError) as info:
        schedule_export.schedule_of("R", None, [Part("No dates")])
    assert info.value.code == "missing_dates"
    with pytest.raises(PlanError):
        schedule_export.schedule_of("R", None, [])


def test_the_sample_plan_has_no_internal_notes(sample_store):
    pid = sample_store.raw().execute(
        "SELECT id FROM task WHERE title = 'Harmonise job descriptions (120 roles)'").fetchone()[0]
    notes = [n for (n,) in sample_store.raw().execute("SELECT notes FROM task WHERE parent_id = ? OR id = ?",
                                                      (pid, pid)) if n]
    parts = load_parts(sample_store, pid, PARIS)
    plan = schedule_export.schedule_of("Harmonise job descriptions (120 roles)", None, parts)
    out = schedule_export.schedule_text(plan) + schedule_export.schedule_ics(plan, FIXED_NOW).decode()
    assert all(note not in out for note in notes)
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(schedule_export.schedule_ics(plan, FIXED_NOW))
            .walk("VEVENT")]
    assert uids == [f"tranche-{p.id}@regionmgr" for p in parts]


# -- the dialog ---------------------------------------------------------------------------------
def test_export_button_writes_the_document_and_the_calendar(qtbot, sample_ctx, tmp_path):
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

    pid = sample_ctx.store.raw().execute(
        "SELECT id FROM task WHERE title = 'Harmonise job descriptions (120 roles)'").fetchone()[0]
    dlg = TrancheDialog(sample_ctx, pid)
    qtbot.addWidget(dlg)
    dlg.ask_export_path = lambda suggested: str(tmp_path / suggested)
    dlg.export_button.click()
    pdf = tmp_path / "Harmonise job descriptions (120 roles).pdf"
    ics = pdf.with_suffix(".ics")
    assert pdf.read_bytes().startswith(b"%PDF") and ics.exists()
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == len(dlg.model.parts) == 3
    written = dlg.export_schedule(str(tmp_path / "plan.txt"))
    assert written == [str(tmp_path / "plan.txt"), str(tmp_path / "plan.ics")]
    assert "Job descriptions: Sales roles (40)" in (tmp_path / "plan.txt").read_text(encoding="utf-8")
    dlg.model.add_part("Undated")  # bad input: told, nothing written
    assert dlg.export_schedule(str(tmp_path / "bad.pdf")) == []
    assert not (tmp_path / "bad.pdf").exists() and "Undated" in dlg.message.text()
