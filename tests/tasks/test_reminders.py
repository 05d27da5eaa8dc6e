"""Reminders: due tasks, follow-ups and the next meeting are notified once, on a fake clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from regionmgr.core.calendar import weekly
from regionmgr.core.meetings import series as meetings
from regionmgr.core.tasks import reminders
from regionmgr.core.tasks.reminders import LeadTimes
from regionmgr.store.models import MeetingSeries, Task
from regionmgr.ui.shell.reminders import SHOWN_KEY, ReminderService

UTC = dt.UTC


def _timed_task(store, title: str, due: dt.datetime, status: str = "open") -> str:
    with store.write() as s:
        task = Task(title=title, status=status, due_at=due, due_tz="Europe/Paris", due_all_day=False)
        s.add(task)
        s.flush()
        return task.id


def test_timed_task_is_reminded_lead_minutes_before_and_only_once(store, clock):
    due = clock.value + dt.timedelta(hours=2)
    _timed_task(store, "Send the contract", due)
    leads = LeadTimes(task_min=30)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.advance(minutes=89)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.advance(minutes=1)
    found = reminders.due_reminders(store, clock.value, "Europe/Paris", leads)
    assert [(r.kind, r.title, r.at) for r in found] == [("task", "Send the contract", due)]
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads, {found[0].key}) == []


def test_done_tasks_and_old_backlog_are_not_reminded(store, clock):
    _timed_task(store, "Finished", clock.value - dt.timedelta(hours=1), status="done")
    _timed_task(store, "Long forgotten", clock.value - dt.timedelta(days=30))
    _timed_task(store, "Late since yesterday", clock.value - dt.timedelta(days=1))
    titles = [r.title for r in reminders.due_reminders(store, clock.value, "Europe/Paris")]
    assert titles == ["Late since yesterday"]


def test_follow_up_of_a_delegated_task_on_its_morning(store, clock):
    day = dt.date(2026, 11, 25)
    with store.write() as s:
        s.add(Task(title="Lease summary", status="waiting", delegated_to="Karim", follow_up_on=day))
        s.add(Task(title="Not delegated", status="open", follow_up_on=day))
    clock.value = dt.datetime(2026, 11, 25, 7, 59, tzinfo=UTC)  # 08:59 in Paris
    assert reminders.due_reminders(store, clock.value, "Europe/Paris") == []
    clock.advance(minutes=1)
    found = reminders.due_reminders(store, clock.value, "Europe/Paris")
    assert [(r.kind, r.title, r.who) for r in found] == [("follow_up", "Lease summary", "Karim")]


def test_all_day_deadline_two_days_ahead_in_utc_is_reminded_on_the_users_morning(store, clock):
    """Due all day on the 25th at UTC-12 (the 26th, 11:59 UTC); the user is at UTC+14, where the 25th
    starts on the 24th at 10:00 UTC: the read window must reach two days past the reminder."""
    with store.write() as s:
        s.add(Task(title="Far west", status="open", due_tz="Etc/GMT+12", due_all_day=True,
                   due_at=dt.datetime(2026, 11, 26, 11, 59, 59, tzinfo=UTC)))
    leads = LeadTimes(task_min=0, morning_hour=0)
    clock.value = dt.datetime(2026, 11, 24, 9, 59, tzinfo=UTC)
    assert reminders.due_reminders(store, clock.value, "Pacific/Kiritimati", leads) == []
    clock.advance(minutes=1)
    found = reminders.due_reminders(store, clock.value, "Pacific/Kiritimati", leads)
    assert [(r.title, r.at) for r in found] == [("Far west", clock.value)]


def _series(store, first: dt.date) -> str:
    values = {"name": "Regional call", "organizer_name": "Ana", "organizer_email": "ana@example.com",
              "weekday": 2, "start_local": dt.time(10, 0), "duration_min": 60, "timezone": "Europe/Paris",
              "video_url": "", "first_date": first, "end_kind": "never", "until_date": None, "count": None,
              "description": ""}
    return meetings.create_series(store, values, [{"name": "Bo", "email": "bo@example.com"}])


def test_next_meeting_is_reminded_and_skipped_weeks_are_not(store, clock):
    series_id = _series(store, dt.date(2026, 11, 1))
    meetings.add_skips(store, series_id, [(dt.date(2026, 11, 24), "Holiday")])
    paris = ZoneInfo("Europe/Paris")
    leads = LeadTimes(meeting_min=15)
    # Tuesday 24th is skipped: nothing at 09:50 that day
    clock.value = dt.datetime(2026, 11, 24, 9, 50, tzinfo=paris).astimezone(UTC)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.value = dt.datetime(2026, 12, 1, 9, 44, tzinfo=paris).astimezone(UTC)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.advance(minutes=1)
    found = reminders.due_reminders(store, clock.value, "Europe/Paris", leads)
    assert [(r.kind, r.at.astimezone(paris).date()) for r in found] == [("meeting", dt.date(2026, 12, 1))]


def test_series_read_with_plain_sql_match_the_orm_view(store):
    """The reminders read the series without the ORM: same fields, skips, end; cancelled ones left out."""
    counted = _series(store, dt.date(2026, 11, 1))
    meetings.update_series(store, counted, {**meetings.values_of(meetings.load_series(store, counted)),
                                            "start_local": dt.time(9, 30), "end_kind": "count", "count": 3},
                           [{"name": "Bo", "email": "bo@example.com"}])
    meetings.add_skips(store, counted, [(dt.date(2026, 11, 10), "Holiday")])
    cancelled = _series(store, dt.date(2026, 11, 2))
    with store.write() as s:
        s.get(MeetingSeries, cancelled).status = "cancelled"
    (plain,) = reminders.active_series(store)
    view = meetings.load_series(store, counted)
    fields = ("id", "name", "weekday", "start_local", "duration_min", "timezone", "first_date", "end_kind",
              "until_date", "count")
    assert [getattr(plain, f) for f in fields] == [getattr(view, f) for f in fields]
    assert plain.skipped == set(view.skipped())
    now = dt.datetime(2026, 11, 5, tzinfo=UTC)
    assert weekly.next_occurrence(plain, now, plain.skipped) == meetings.next_occurrence(view, now) == \
        dt.date(2026, 11, 17)
    assert weekly.next_occurrence(plain, dt.datetime(2026, 11, 18, tzinfo=UTC), plain.skipped) is None  # 3 held


def test_service_notifies_due_items_once_and_remembers_across_restarts(sample_ctx, qtbot, clock):
    service = ReminderService(sample_ctx)
    with qtbot.waitSignal(service.notified) as signal:
        first = service.check()
    assert first, "the sample region has overdue tasks and follow-ups"
    title, body = signal.args
    assert title == f"{len(first)} reminders"
    assert "Approve Q4 bonus list" in body
    assert service.check() == []  # not twice
    service.close()

    again = ReminderService(sample_ctx)  # a new run of the app: same settings
    assert again.check() == []
    assert len(sample_ctx.settings.value(SHOWN_KEY)) >= len(first)
    # tomorrow morning the meeting comes due: only it is notified
    clock.value = dt.datetime(2026, 11, 24, 8, 50, tzinfo=UTC)  # 09:50 in Paris, call at 10:00
    with qtbot.waitSignal(again.notified) as signal:
        later = again.check()
    kinds = {r.kind for r in later}
    assert "meeting" in kinds
    assert not {r.key for r in later} & {r.key for r in first}
    again.close()


def test_one_reminder_reads_as_a_sentence(ctx, qtbot, clock):
    _timed_task(ctx.store, "Send the contract", clock.value + dt.timedelta(minutes=30))
    service = ReminderService(ctx)
    with qtbot.waitSignal(service.notified) as signal:
        service.check()
    assert signal.args[0] == "Task due"
    assert signal.args[1].startswith("Due ") and signal.args[1].endswith("Send the contract")
    service.close()


def test_reminders_can_be_turned_off(sample_ctx):
    sample_ctx.settings.setValue(reminders.KEYS["enabled"], False)
    service = ReminderService(sample_ctx)
    assert service.check() == []
    service.close()


def test_tray_menu_offers_quick_capture_show_and_quit(window, qtbot):
    calls = []
    window.quick_capture_requested.connect(lambda: calls.append(1))
    service = ReminderService(window.ctx, lambda: window)
    texts = [a.text() for a in service.menu.actions() if not a.isSeparator()]
    assert texts == ["Quick capture…", "Show Region Manager", "Quit"]
    service.capture_action.trigger()
    assert calls == [1]
    assert window.current_page_key() == "tasks"
    service.close()


def test_the_check_reads_off_the_ui_thread_and_its_result_still_reaches_the_user(sample_ctx, qtbot,
                                                                                monkeypatch):
    import threading

    threads = []
    original = reminders.due_reminders

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(reminders, "due_reminders", spy)
    service = ReminderService(sample_ctx)
    try:
        with qtbot.waitSignal(service.notified, timeout=10000) as signal:
            service.check_in_background()
        assert threads and threads[0] is not threading.main_thread()
        assert "Approve Q4 bonus list" in signal.args[1]
        assert set(sample_ctx.settings.value(SHOWN_KEY)) >= {r.key for r in service.last_due}
        with qtbot.waitSignal(service.checked, timeout=10000) as again:  # remembered: not twice
            service.check_in_background()
        assert again.args == [[]]
    finally:
        service.close()


def test_the_background_check_is_not_started_twice_at_once(sample_ctx, qtbot):
    service = ReminderService(sample_ctx)
    try:
        with qtbot.waitSignal(service.checked, timeout=10000):
            first = service.check_in_background()
            assert first is not None and service.check_in_background() is None  # one read at a time
    finally:
        service.close()


def test_zone_lookups_are_cached_across_checks(sample_store, clock, monkeypatch):
    """The minute check does not look a time zone up per row: each zone name once, across checks."""
    looked_up = []
    real = reminders.ZoneInfo

    def counting(name):
        looked_up.append(name)
        return real(name)

    monkeypatch.setattr(reminders, "ZoneInfo", counting)
    reminders.zone_named.cache_clear()
    clock.advance(days=2)  # the sample's deadlines, fixed in their countries' zones, come due
    found = [reminders.due_reminders(sample_store, clock.value, "Europe/Paris") for _ in range(3)]
    assert found[0] and found[0] == found[2]
    assert "Europe/Paris" in looked_up and len(set(looked_up)) > 1  # the user's zone and the tasks' ones
    assert len(looked_up) == len(set(looked_up))
    reminders.zone_named.cache_clear()


def test_a_reminder_about_a_country_in_its_lunch_break_says_so(ctx, qtbot, clock):
    """The user is told not to call now: "Lunch break in FR until 14:00"."""
    service = ReminderService(ctx)
    at = clock.value + dt.timedelta(minutes=30)
    until = at.replace(hour=13, minute=0)
    r = reminders.Reminder("k", "task", "t1", "Call Claire", at, at, country_code="FR",
                           busy="Lunch break", busy_until=until, busy_kind="daily")
    line = service.line_for(r)
    assert "Call Claire" in line and "Lunch break" in line and "FR" in line
    assert service.when(until) in line
    rest_of_day = service.line_for(reminders.Reminder("k2", "task", "t1", "Call Claire", at, at, country_code="FR",
                                                      busy="Ramadan hours", busy_kind="ramadan"))
    assert "Ramadan hours" in rest_of_day and "FR" in rest_of_day
    plain = service.line_for(reminders.Reminder("k3", "task", "t1", "Call Claire", at, at, country_code="FR"))
    assert " — " not in plain
    service.close()


def test_a_moved_meeting_is_reminded_before_its_new_start(store, clock):
    series_id = _series(store, dt.date(2026, 11, 1))
    paris = ZoneInfo("Europe/Paris")
    new = dt.datetime(2026, 11, 25, 15, 0, tzinfo=paris)  # Tuesday 24th's meeting held Wednesday 15:00
    from regionmgr.core.meetings import moves

    moves.move_occurrences(store, series_id, {dt.date(2026, 11, 24): (new, 30)})
    leads = LeadTimes(meeting_min=15)
    clock.value = dt.datetime(2026, 11, 24, 9, 50, tzinfo=paris).astimezone(UTC)  # not at the usual time
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.value = dt.datetime(2026, 11, 25, 14, 44, tzinfo=paris).astimezone(UTC)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    clock.advance(minutes=1)
    found = reminders.due_reminders(store, clock.value, "Europe/Paris", leads)
    assert [(r.kind, r.at, r.remind_at) for r in found] == [
        ("meeting", new.astimezone(UTC), (new - dt.timedelta(minutes=15)).astimezone(UTC))]
    clock.value = dt.datetime(2026, 11, 25, 15, 29, tzinfo=paris).astimezone(UTC)  # still on: 30 minutes
    assert [r.at for r in reminders.due_reminders(store, clock.value, "Europe/Paris", leads)] == [new]
    clock.value = dt.datetime(2026, 11, 25, 15, 31, tzinfo=paris).astimezone(UTC)
    assert reminders.due_reminders(store, clock.value, "Europe/Paris", leads) == []
    (plain,) = reminders.active_series(store)
    assert weekly.next_occurrence(plain, clock.value, plain.skipped, plain.moved) == dt.date(2026, 12, 1)
