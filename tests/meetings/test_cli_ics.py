"""``regionmgr export-ics``: list, export and cancel without a window, as scripts do."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import icalendar
import pytest
import vobject

from regionmgr.__main__ import main
from regionmgr.core.meetings import series as meetings
from regionmgr.store.db import STORE_FILENAME, open_store


def series(data_dir):
    store = open_store(data_dir / STORE_FILENAME)
    try:
        return meetings.list_series(store)[0]
    finally:
        store.close()


def test_list_prints_one_name_a_line(sample_store, data_dir, capsys):
    sample_store.close()
    assert main(["export-ics", "--data-dir", str(data_dir), "--list"]) == 0
    assert capsys.readouterr().out == "Weekly regional call\n"


def test_export_then_cancel_one_week(sample_store, data_dir, tmp_path):
    sample_store.close()
    invite = tmp_path / "invite.ics"
    assert main(["export-ics", "--data-dir", str(data_dir), "--series", "Weekly regional call",
                 "-o", str(invite)]) == 0
    cal = icalendar.Calendar.from_ical(invite.read_bytes())
    event = cal.walk("VEVENT")[0]
    assert cal["METHOD"] == "REQUEST" and event["SEQUENCE"] == 0 and "RRULE" in event
    assert vobject.readOne(invite.read_text()).vevent.summary.value == "Weekly regional call"
    view = series(data_dir)
    assert [s.method for s in view.sent] == ["REQUEST"]
    week = meetings.scheduled(view, dt.date.today() + dt.timedelta(days=1), dt.date.today() + dt.timedelta(days=14))[0]
    cancel = tmp_path / "cancel.ics"
    assert main(["export-ics", "--data-dir", str(data_dir), "--series", "weekly regional call", "--cancel",
                 "--occurrence", week.isoformat(), "-o", str(cancel)]) == 0
    cal = icalendar.Calendar.from_ical(cancel.read_bytes())
    assert vobject.readOne(cancel.read_text()).vevent.recurrence_id.value.date() == week
    event = cal.walk("VEVENT")[0]
    assert cal["METHOD"] == "CANCEL" and event["SEQUENCE"] == 1
    assert event["RECURRENCE-ID"].dt.date() == week
    assert event["UID"] == view.uid
    view = series(data_dir)
    assert view.sequence == 1 and view.skipped()[week].cancelled


def test_bad_input_writes_nothing(sample_store, data_dir, tmp_path, capsys):
    sample_store.close()
    target = tmp_path / "x.ics"
    assert main(["export-ics", "--data-dir", str(data_dir), "--series", "Nope", "-o", str(target)]) == 1
    assert "No meeting series named Nope" in capsys.readouterr().err
    assert main(["export-ics", "--data-dir", str(data_dir), "--series", "Weekly regional call", "--cancel",
                 "--occurrence", "2020-01-01", "-o", str(target)]) == 1
    assert main(["export-ics", "--data-dir", str(data_dir), "--series", "Weekly regional call",
                 "--occurrence", "2026-12-01", "-o", str(target)]) == 1
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert series(data_dir).sent == []


@pytest.mark.slow
def test_runs_as_a_command_to_stdout(sample_store, data_dir):
    sample_store.close()
    done = subprocess.run([sys.executable, "-m", "regionmgr", "export-ics", "--data-dir", str(data_dir),
                           "--series", "Weekly regional call", "--cancel", "-o", "-"],
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    cal = icalendar.Calendar.from_ical(done.stdout)
    assert vobject.readOne(done.stdout.decode()).vevent.status.value == "CANCELLED"
    assert cal["METHOD"] == "CANCEL" and cal.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
    assert series(data_dir).status == "cancelled"


def _cli_invite(data_dir, tmp_path, language: str) -> str:
    import argparse

    from regionmgr import cli_ics
    from tests.conftest import FIXED_NOW

    parser = argparse.ArgumentParser()
    cli_ics.add_parser(parser.add_subparsers())
    target = tmp_path / f"invite-{language}.ics"
    args = parser.parse_args(["export-ics", "--data-dir", str(data_dir), "--series", "Weekly regional call",
                              "--language", language, "-o", str(target)])
    assert cli_ics.run(args, FIXED_NOW) == 0
    return str(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]["DESCRIPTION"])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_cli_invite_holds_no_internal_data_and_may_carry_the_short_agenda(sample_store, data_dir, tmp_path,
                                                                              language):
    from tests.meetings.test_invite_privacy import _internal_texts, _without_poland

    view = _without_poland(sample_store)
    meetings.update_series(sample_store, view.id, {**meetings.values_of(view), "invite_agenda": True},
                           meetings.attendee_values(view))
    sample_store.close()
    text = _cli_invite(data_dir, tmp_path, language)
    for internal in [*_internal_texts(), "Local times", "Overdue", "Waiting", "poland", "Pologne"]:
        assert internal not in text, internal
    assert "https://" in text
    assert "Answer: maternity leave rules" in text  # the series allows the short agenda: France attends
    assert ("France" if language == "en" else "Allemagne") in text
