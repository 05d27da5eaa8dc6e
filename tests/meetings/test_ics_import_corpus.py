"""Every file of ``tests/meetings/corpus`` (real clients' invites and public test fixtures, see
SOURCES.md): either the weekly series it holds is imported exactly, or it is refused with a
reason a user understands (a coded message, translated in the UI, that quotes no raw RRULE).

The expected values were worked out by hand from each file (RFC 5545: UNTIL is inclusive and
compared to each meeting's start; DTSTART is always a meeting; a floating time is read in the
calendar's X-WR-TIMEZONE, else in the reader's zone) and checked against recurring-ical-events.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from regionmgr.core.meetings import ics_import
from regionmgr.core.meetings.ics_import import IcsImportError, ImportedSeries

CORPUS = Path(__file__).parent / "corpus"
ME = ("Me", "me@example.org")  # the organizer from the settings, used when the file names none
HERE = "Europe/Paris"  # the reader's own zone (floating times without X-WR-TIMEZONE)
D = dt.date


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def series(title: str, first: str, weekday: int, minutes: int, *, end: tuple[str, Any] = ("never", None),
           skips: tuple[dt.date, ...] = (), attendees: tuple[str, ...] = (), zone: str | None = None,
           not_kept: tuple[tuple[str, dt.date | None, str | None], ...] = (), video: str = "",
           extras: tuple[tuple[str, int], ...] = ()) -> dict[str, Any]:
    return {"title": title, "first": utc(first), "weekday": weekday, "minutes": minutes, "end": end,
            "skips": list(skips), "attendees": list(attendees), "zone": zone, "not_kept": list(not_kept),
            "video": video, "extras": list(extras)}


EXPECTED: dict[str, dict[str, Any] | str | list[dict[str, Any]]] = {
    # -- public fixtures ------------------------------------------------------------------------
    "rie_issue_62_moved_event_google.ics": series(  # the all-day series beside it is left aside
        "Datetime", "2023-08-08 04:00", 2, 60, end=("until", D(2023, 8, 22)), skips=(D(2023, 8, 15),),
        zone="Australia/Sydney", not_kept=(("moved", D(2023, 8, 15), "2023-08-14 14:00"),)),
    "rie_issue_4_rrule_until.ics": series(
        "blabla", "2019-08-01 13:00", 4, 60, end=("until", D(2019, 10, 17)), zone="Europe/London"),
    "rie_issue_163_deleted_modification.ics": "every_n_weeks",
    "xwr_moved_event_recurrence_id.ics": "not_weekly",
    "xwr_exdate_hackerpublicradio_modified.ics": "not_weekly",
    "icaljs_recur_instances_finite.ics": "not_weekly",
    "icaljs_multiple_rrules.ics": "not_weekly",
    "icaljs_rdate_exdate.ics": "not_weekly",
    "icalendar_issue_722_missing_vtimezone_custom.ics": "not_weekly",
    # -- hand-made, one per client ------------------------------------------------------------------
    "outlook2016_romance_until_exdate.ics": series(
        "Point hebdo Maghreb", "2026-12-01 08:30", 2, 60, end=("until", D(2027, 3, 9)),
        skips=(D(2026, 12, 29),), attendees=("karim@example.ma", "lea@example.fr"), zone="Europe/Paris"),
    "outlook2010_w_europe_count.ics": series(
        "Jour fixe DACH", "2027-01-04 13:00", 1, 30, end=("count", 10), attendees=("jonas.weber@example.de",),
        zone="Europe/Berlin"),
    "exchange_customized_time_zone_cet.ics": series(
        "Riunione Italia", "2026-04-15 09:00", 3, 60, end=("until", D(2026, 12, 30)),
        attendees=("marco@example.it",), zone=HERE),
    "exchange_customized_time_zone_us_eastern.ics": series(
        "North America weekly", "2026-11-05 14:00", 4, 45, attendees=("ann.lee@example.com",),
        zone="America/New_York"),
    "exchange_customized_time_zone_fixed_0630.ics": series(
        "Yangon office weekly", "2026-09-01 03:30", 2, 60, attendees=("aung@example.mm",)),
    "outlookcom_display_name_zone.ics": series(
        "Nordics check-in", "2026-10-08 14:00", 4, 30, end=("until", D(2026, 12, 31)),
        attendees=("sven@example.se",)),
    "exchange2010_numbered_windows_zone.ics": series(
        "Benelux overleg", "2026-11-02 07:00", 1, 60, end=("count", 4), attendees=("piet@example.nl",),
        zone="Europe/Berlin"),
    "teams_pacific_long_description.ics": series(
        "West coast pipeline review", "2026-11-03 17:00", 2, 30,
        attendees=("nadia@example.com", "sales-west@contoso.example"), zone="America/Los_Angeles",
        video="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjFhZDk@thread.v2/0"),
    "zoom_new_york_no_attendees.ics": series(
        "Americas regional call", "2026-12-01 20:00", 2, 60, end=("count", 8), zone="America/New_York",
        video="https://us02web.zoom.us/j/81234567890?pwd=Q2xhc3NpYzEyMw"),
    "google_invite_meet.ics": series(  # the organizer, listed among attendees by Google, is not invited to itself
        "Point Tunisie-Algérie", "2026-01-07 16:00", 3, 45, attendees=("yasmine@example.tn", "omar@example.dz"),
        zone="Europe/Paris", video="https://meet.google.com/abc-defg-hij"),
    "google_export_floating_x_wr_timezone.ics": series(
        "Central US stand-up", "2026-03-02 16:30", 1, 30, end=("until", D(2026, 4, 20)),
        attendees=("luis@example.mx",), zone="America/Chicago"),
    "google_export_utc_x_wr_timezone.ics": series(
        "DACH Montagsrunde", "2026-06-01 07:00", 1, 30, end=("until", D(2026, 6, 22)), skips=(D(2026, 6, 8),),
        attendees=("jonas.weber@example.de",), zone="Europe/Berlin"),
    "apple_calendar_moved_week.ics": series(
        "UK & Ireland catch-up", "2026-10-06 13:00", 2, 60, end=("until", D(2026, 12, 8)),
        skips=(D(2026, 10, 20),), attendees=("siobhan@example.ie",), zone="Europe/London",
        not_kept=(("moved", D(2026, 10, 20), "2026-10-21 15:00"),)),
    "apple_floating_no_zone.ics": series(
        "Morning review", "2026-10-01 06:00", 4, 30, end=("count", 12), attendees=("awa@example.sn",), zone=HERE),
    "thunderbird_cancelled_week.ics": series(
        "Comité Afrique de l'Ouest", "2026-09-10 08:00", 4, 60, end=("count", 6),
        skips=(D(2026, 9, 24), D(2026, 10, 1)), attendees=("awa@example.sn",), zone="Europe/Paris"),
    "thunderbird_two_weekly_series.ics": [
        series("Lundi Maghreb", "2026-01-05 08:00", 1, 30, attendees=("karim@example.ma",), zone="Europe/Paris"),
        series("Vendredi Afrique", "2026-01-09 14:00", 5, 60, attendees=("awa@example.sn",), zone="Europe/Paris"),
    ],
    "evolution_freeassociation_tzid.ics": series(
        "Reunión Iberia", "2026-11-19 17:30", 4, 60, end=("until", D(2026, 12, 17)),
        attendees=("lucia@example.es",), zone="Europe/Madrid"),
    "zimbra_gmt_display_zone.ics": series(
        "Weekly DACH review", "2027-01-11 08:00", 1, 60, end=("count", 3), attendees=("jonas.weber@example.de",)),
    "nextcloud_no_attendees.ics": series("Wochenplanung", "2026-05-05 06:00", 2, 30, zone="Europe/Berlin"),
    "davx5_byday_differs_from_dtstart.ics": series(  # Monday 7th (DTSTART) is a meeting too: 1 + 4 Wednesdays
        "Team Österreich", "2026-09-09 11:00", 3, 45, end=("count", 4), zone="Europe/Vienna",
        extras=(("2026-09-07 13:00", 45),)),
    "thunderbird_rdate_extra_meetings.ics": series(  # 4 Tuesdays + 2 RDATEs (the second one 2 hours long)
        "Riunione Italia", "2026-10-06 07:30", 2, 60, end=("count", 4), attendees=("giulia@example.it",),
        zone="Europe/Rome", extras=(("2026-10-22 15:00", 60), ("2026-10-30 10:00", 120))),
    "fastmail_melbourne_cancelled_week.ics": series(
        "ANZ weekly", "2026-02-02 22:30", 2, 45, end=("until", D(2026, 3, 31)), skips=(D(2026, 2, 17),),
        attendees=("tom@example.com.au",), zone="Australia/Melbourne"),
    "yahoo_utc.ics": series(
        "Global sync (UTC)", "2026-01-14 18:00", 3, 60, end=("until", D(2026, 3, 11)),
        attendees=("priya@example.in",), zone="UTC"),
    "outlook_export_mixed_entries.ics": series(  # beside a one-off and a daily series
        "Weekly sync UK", "2026-01-12 11:00", 1, 45, attendees=("siobhan@example.ie",), zone="Europe/London"),
    "outlook_every_two_weeks.ics": "every_n_weeks",
    "outlook_three_days_a_week.ics": "several_days",
    "outlook_monthly.ics": "not_weekly",
    "exchange_cancel.ics": "cancelled",
    "outlook_unknown_zone.ics": "unknown_zone",
    "google_all_day_weekly.ics": "not_timed",
}


def test_every_corpus_file_has_an_expectation_and_a_source():
    files = {p.name for p in CORPUS.glob("*.ics")}
    assert files == set(EXPECTED)
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert [name for name in sorted(files) if f"`{name}`" not in sources] == []


def check(imported: ImportedSeries, want: dict[str, Any]) -> None:
    v = imported.values
    assert v["name"] == want["title"]
    assert imported.first_start() == want["first"]
    assert v["weekday"] == want["weekday"]  # every week (the only interval a series has)
    assert v["duration_min"] == want["minutes"]
    kind, value = want["end"]
    assert v["end_kind"] == kind
    assert {"never": None, "until": v["until_date"], "count": v["count"]}[kind] == value
    assert imported.skips == want["skips"]
    assert [a["email"] for a in imported.attendees] == want["attendees"]
    if want["zone"]:
        assert v["timezone"] == want["zone"]
    assert v["video_url"] == want["video"]
    got = [(n.kind, n.original, n.start.strftime("%Y-%m-%d %H:%M") if n.start else None) for n in imported.not_kept]
    assert got == want["not_kept"]
    extras = sorted((start.strftime("%Y-%m-%d %H:%M"), minutes) for start, minutes in imported.extras.values())
    assert extras == want["extras"]  # kept as extra meetings (RDATE, DTSTART off the rule), in the series' zone
    for kind, original, start in got:  # a moved week is kept as moved, at its new time
        if kind == "moved":
            assert imported.moves[original][0].strftime("%Y-%m-%d %H:%M") == start
            assert original not in imported.skip_reasons


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name):
    data = (CORPUS / name).read_bytes()
    want = EXPECTED[name]
    if isinstance(want, str):
        with pytest.raises(IcsImportError) as info:
            ics_import.parse_all(data, ME, HERE)
        assert info.value.code == want
        message = str(info.value)
        assert message and "FREQ=" not in message and "RRULE" not in message
        return
    found = ics_import.parse_all(data, ME, HERE)
    wanted = want if isinstance(want, list) else [want]
    assert len(found) == len(wanted)
    for imported, expected in zip(found, wanted, strict=True):
        check(imported, expected)
    if len(found) > 1:  # one at a time: the user picks (ics_open)
        with pytest.raises(IcsImportError) as info:
            ics_import.parse(data, ME, HERE)
        assert info.value.code == "several"
