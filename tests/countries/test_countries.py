"""The Countries page: adding countries in both UI languages, local time and working state, holidays, settings,
reordering (drag and drop, Move up / Move down, one undo step each)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QMimeData, QModelIndex, Qt

from regionmgr.core.countries import operations
from regionmgr.core.countries import region as core
from regionmgr.core.ops import get
from regionmgr.store.models import Country
from regionmgr.ui.countries.countries_page import AddCountryDialog, CountriesPage
from regionmgr.ui.countries.country_models import (
    COUNTRY_IDS_MIME,
    CountryChoiceModel,
    CountryListModel,
    OpenTasksModel,
)

UTC = dt.UTC
MOVE = Qt.DropAction.MoveAction
ROOT = QModelIndex()
SAMPLE = ["FR", "DE", "MA", "AE", "PL"]  # the sample region, in its saved order


@pytest.fixture
def ui_locale():
    """Switch the UI language for one test, then put the previous one back."""
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.fixture
def page(qtbot, sample_ctx):
    p = CountriesPage(sample_ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    return p


def country_row(store, code):
    return next(c for c in core.list_countries(store) if c.code == code)


@pytest.mark.parametrize(
    ("locale", "typed", "code", "shown"),
    [("en_GB", "moroc", "MA", "Morocco"), ("fr_FR", "maroc", "MA", "Maroc"),
     ("fr_FR", "emirats", "AE", "Émirats arabes unis"), ("en_US", "spain", "ES", "Spain"),
     ("fr_FR", "arabes unis", "AE", "Émirats arabes unis"), ("en_US", "mor", "MA", "Morocco")],
)
def test_add_country_from_the_iso_list_in_the_ui_language(qtbot, ctx, ui_locale, locale, typed, code, shown):
    ui_locale(locale)
    page = CountriesPage(ctx)
    qtbot.addWidget(page)
    assert page.empty_label.isVisibleTo(page)
    assert "Add country" in page.header.holidays_label.text()
    dialog = page.open_add_dialog()
    qtbot.keyClicks(dialog.filter_edit, typed)
    assert dialog.chosen_code() == code
    dialog.accept()
    row = country_row(ctx.store, code)
    assert row.timezone == core.zones_for_country(code)[0]
    assert page.list_model.index(0).data() == shown
    assert page.header.title_label.text().count(shown) == 1
    assert not page.empty_label.isVisibleTo(page)
    # Undo removes it again.
    ctx.undo_stack.undo()
    assert core.list_countries(ctx.store) == []


def test_typing_finds_countries_by_the_start_of_a_word(qtbot, ui_locale):
    ui_locale("en_US")
    dialog = AddCountryDialog(set())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "ma")
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert "Malta (MT)" in shown and "Isle of Man (IM)" in shown
    assert "Bahamas (BS)" not in shown and "Germany (DE)" not in shown
    assert shown[0] == dialog.view.currentIndex().data()


def test_the_iso_list_has_every_country_named_in_each_language():
    en = dict(core.country_choices("en"))
    fr = dict(core.country_choices("fr"))
    assert len(en) == len(fr) >= 249
    assert (en["DE"], fr["DE"]) == ("Germany", "Allemagne")
    names = [n for _c, n in core.country_choices("fr")]
    assert names.index("Égypte") < names.index("Espagne")  # accents sort with their letter


def test_a_country_already_in_the_region_cannot_be_added_twice(qtbot, page, sample_ctx):
    dialog = AddCountryDialog({"MA"})
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "Morocco")
    assert dialog.chosen_code() is None
    errors = []
    sample_ctx.error_raised.connect(errors.append)
    assert page.add_country("MA") is None
    assert page.add_country("XX") is None
    assert len(errors) == 2 and "already" in errors[0] and "XX" in errors[1]
    assert len(core.list_countries(sample_ctx.store)) == 5


def test_local_time_and_working_state_across_the_spring_dst_change(qtbot, page, sample_ctx, clock):
    page.select_code("FR")  # Europe/Paris, 9:00-18:00, Mon-Fri
    clock.value = dt.datetime(2026, 3, 27, 7, 30, tzinfo=UTC)  # Friday, 08:30 CET (UTC+1)
    page.header.refresh_clock()
    assert "08:30" in page.header.clock_label.text() and "+01:00" in page.header.clock_label.text()
    assert "Outside" in page.header.state_label.text()
    clock.value = dt.datetime(2026, 3, 30, 7, 30, tzinfo=UTC)  # Monday, 09:30 CEST (UTC+2)
    page.header.refresh_clock()
    assert "09:30" in page.header.clock_label.text() and "+02:00" in page.header.clock_label.text()
    assert "Inside" in page.header.state_label.text()
    assert page.list_model.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith("working hours")


def test_local_time_in_the_country_zone_at_the_fixed_clock(page):
    page.select_code("AE")  # Asia/Dubai, UTC+4: 13:30 on Monday
    assert "13:30" in page.header.clock_label.text()
    assert "Inside" in page.header.state_label.text()
    page.select_code("PL")  # Warsaw 10:30, Mon-Fri 8-16
    assert "10:30" in page.header.clock_label.text()


def test_next_public_holidays_for_a_few_countries(ui_locale):
    nov = dt.date(2026, 11, 23)
    assert core.next_holidays("FR", nov, "en", 1) == [(dt.date(2026, 12, 25), "Christmas Day")]
    assert core.next_holidays("FR", nov, "fr", 1) == [(dt.date(2026, 12, 25), "Noël")]
    assert core.next_holidays("DE", nov, "en", 2)[0] == (dt.date(2026, 12, 25), "Christmas Day")
    assert core.next_holidays("MA", nov, "en", 1) == [(dt.date(2027, 1, 1), "New Year's Day")]
    assert core.next_holidays("MA", nov, "fr", 1) == [(dt.date(2027, 1, 1), "Nouvel an")]
    assert core.next_holidays("PL", dt.date(2026, 4, 20), "en", 2) == [
        (dt.date(2026, 5, 1), "National Day"), (dt.date(2026, 5, 3), "National Day of the Third of May")]


def test_the_page_shows_the_next_holidays_in_the_ui_language(qtbot, sample_ctx, ui_locale):
    ui_locale("fr_FR")
    page = CountriesPage(sample_ctx)
    qtbot.addWidget(page)
    page.select_code("MA")
    assert "Nouvel an" in page.header.holidays_label.text()


def test_settings_are_saved_at_once_and_undoable(qtbot, page, sample_ctx):
    page.select_code("MA")
    ma = country_row(sample_ctx.store, "MA")
    page.header.day_boxes[5].setChecked(False)  # no Friday
    page.header.day_boxes[7].setChecked(True)  # Sunday
    assert country_row(sample_ctx.store, "MA").work_days == "12347"
    page.header.end_edit.setTime(page.header.end_edit.time().addSecs(-3600))
    page.header.commit_hours()
    assert country_row(sample_ctx.store, "MA").work_end_min == 16 * 60
    page.header.zone_combo.setCurrentText("Europe/Paris")
    page.header.commit_timezone("Europe/Paris")
    assert country_row(sample_ctx.store, "MA").timezone == "Europe/Paris"
    for _ in range(4):
        sample_ctx.undo_stack.undo()
    assert country_row(sample_ctx.store, "MA") == ma


def test_a_country_with_several_zones_offers_them(page, sample_ctx):
    page.add_country("US")
    combo = page.header.zone_combo
    zones = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentText() == "America/New_York"
    assert "America/Los_Angeles" in zones and "America/Chicago" in zones
    page.header.commit_timezone("America/Los_Angeles")
    assert country_row(sample_ctx.store, "US").timezone == "America/Los_Angeles"


@pytest.mark.parametrize(
    ("action", "message"),
    [("zone", "not a known time zone"), ("hours", "must end after they start"), ("days", "at least one working day")],
)
def test_bad_settings_get_a_clear_message_and_change_nothing(qtbot, page, sample_ctx, action, message):
    page.select_code("MA")
    if action == "days":  # down to Friday only (saved), then the last one is refused
        for iso in (1, 2, 3, 4):
            page.header.day_boxes[iso].setChecked(False)
        sample_ctx.undo_stack.clear()
    before = get(sample_ctx.store, Country, country_row(sample_ctx.store, "MA").id)
    errors: list[str] = []
    sample_ctx.error_raised.connect(errors.append)
    header = page.header
    if action == "zone":
        header.zone_combo.setCurrentText("Africa/Atlantis")
        header.zone_combo.lineEdit().editingFinished.emit()
    elif action == "hours":
        header.end_edit.setTime(header.start_edit.time().addSecs(-3600))
        header.commit_hours()
    else:
        header.day_boxes[5].setChecked(False)
    assert errors and message in errors[-1]
    assert get(sample_ctx.store, Country, before["id"]) == before
    assert sample_ctx.undo_stack.count() == 0
    # The form shows the saved values again.
    assert header.zone_combo.currentText() == "Africa/Casablanca"
    assert sum(b.isChecked() for b in header.day_boxes.values()) == (1 if action == "days" else 5)
    assert header.end_edit.time().hour() == 17


def test_core_checks_reject_bad_values():
    with pytest.raises(core.ValidationError):
        core.check_timezone("Mars/Olympus_Mons")
    with pytest.raises(core.ValidationError):
        core.check_hours(18 * 60, 9 * 60)
    with pytest.raises(core.ValidationError):
        core.check_email("claire@@example")
    assert core.check_email(" a.b@example.fr ") == "a.b@example.fr"
    assert core.check_work_days("7123 4") == "12347"


def test_morocco_open_tasks_are_on_its_page(page, sample_ctx):
    page.select_code("MA")
    titles = [t.title for t in page.tasks_model.rows]
    assert "CNSS declaration check" in titles
    assert "Check medical insurance renewal" in titles  # waiting on Salma
    assert "Answer: Eid holiday dates" not in titles  # done
    assert "(4)" in page.tasks_label.text()


def test_removing_a_country_can_be_undone(qtbot, page, sample_ctx):
    page.select_code("PL")
    pl = country_row(sample_ctx.store, "PL")
    page.remove_country(pl.id)
    assert all(c.code != "PL" for c in core.list_countries(sample_ctx.store))
    sample_ctx.undo_stack.undo()
    assert country_row(sample_ctx.store, "PL") == pl
    assert len(core.list_contacts(sample_ctx.store, pl.id)) == 2


def test_models_pass_the_model_tester(qtmodeltester, sample_ctx):
    qtmodeltester.check(CountryListModel(sample_ctx))
    qtmodeltester.check(CountryChoiceModel("fr", {"MA"}))
    tasks = OpenTasksModel(sample_ctx)
    tasks.set_country(country_row(sample_ctx.store, "MA").id, "Africa/Casablanca")
    qtmodeltester.check(tasks)


def test_double_clicking_an_open_task_shows_it_in_the_task_list(window):
    window.show_page("countries")
    page = window.pages["countries"]
    page.select_code("MA")
    index = page.tasks_model.index(0, 0)
    assert page.open_task(index)
    assert window.current_page_key() == "tasks"
    assert index.data(Qt.ItemDataRole.UserRole) in window.pages["tasks"].selected_ids()


# -- reordering ---------------------------------------------------------------------
def saved(store) -> list[str]:
    return [c.code for c in core.list_countries(store)]


def shown(model: CountryListModel) -> list[str]:
    return [model.index(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]


def ids(store, *codes: str) -> list[str]:
    by_code = {c.code: c.id for c in core.list_countries(store)}
    return [by_code[c] for c in codes]


def test_reorder_writes_positions_in_one_go_and_undo_puts_the_old_order_back(sample_store):
    old_ids = [c.id for c in core.list_countries(sample_store)]
    applied = operations.reorder_countries(sample_store, [*ids(sample_store, "PL", "MA"), "no-such-id"])
    assert applied.change.ids("country") == frozenset(old_ids)
    assert saved(sample_store) == ["PL", "MA", "FR", "DE", "AE"]  # the others keep their order, after
    assert [c.position for c in core.list_countries(sample_store)] == [0, 1, 2, 3, 4]
    redo = applied.undo()
    assert saved(sample_store) == SAMPLE
    redo.undo()
    assert saved(sample_store) == ["PL", "MA", "FR", "DE", "AE"]


def test_moved_order_puts_the_items_before_the_drop_row():
    order = ["a", "b", "c", "d"]
    assert core.moved_order(order, ["a"], 2) == ["b", "a", "c", "d"]
    assert core.moved_order(order, ["d"], 0) == ["d", "a", "b", "c"]
    assert core.moved_order(order, ["b"], 4) == ["a", "c", "d", "b"]
    assert core.moved_order(order, ["b"], -1) == ["a", "c", "d", "b"]
    assert core.moved_order(order, ["b"], 1) == order  # onto itself
    assert core.moved_order(order, ["b"], 2) == order  # just below itself


def test_a_model_move_is_saved_at_once_and_shown_by_a_new_page(qtbot, page, sample_ctx):
    model = page.list_model
    with qtbot.waitSignal(sample_ctx.data_changed, check_params_cb=lambda table: table == "country"):
        assert model.moveRows(ROOT, 4, 1, ROOT, 1)  # Poland up to second place
    assert saved(sample_ctx.store) == ["FR", "PL", "DE", "MA", "AE"]
    assert shown(model) == ["FR", "PL", "DE", "MA", "AE"]
    assert sample_ctx.undo_stack.count() == 1
    assert sample_ctx.undo_stack.undoText() == "Move Poland"
    again = CountriesPage(sample_ctx)
    qtbot.addWidget(again)
    assert shown(again.list_model) == ["FR", "PL", "DE", "MA", "AE"]
    assert shown(CountryListModel(sample_ctx)) == ["FR", "PL", "DE", "MA", "AE"]


def test_drag_mime_data_round_trip(qtbot, page, sample_ctx):
    model = page.list_model
    assert model.mimeTypes() == [COUNTRY_IDS_MIME]
    assert model.supportedDropActions() == MOVE
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDropEnabled  # drops go between countries
    assert model.flags(ROOT) & Qt.ItemFlag.ItemIsDropEnabled
    mime = model.mimeData([model.index(0)])  # France
    assert model.ids_in(mime) == ids(sample_ctx.store, "FR")
    assert model.canDropMimeData(mime, MOVE, 3, 0, ROOT)
    # The view must not remove the dragged row itself: the list reloads from the store.
    assert not model.dropMimeData(mime, MOVE, 3, 0, ROOT)
    assert saved(sample_ctx.store) == ["DE", "MA", "FR", "AE", "PL"]
    # Dropped past the end: last.
    model.dropMimeData(model.mimeData([model.index(0)]), MOVE, -1, -1, ROOT)
    assert saved(sample_ctx.store) == ["MA", "FR", "AE", "PL", "DE"]
    assert sample_ctx.undo_stack.count() == 2
    # Anything else is refused and changes nothing.
    other = QMimeData()
    other.setText("FR")
    assert not model.canDropMimeData(other, MOVE, 0, 0, ROOT)
    assert not model.dropMimeData(other, MOVE, 0, 0, ROOT)
    assert sample_ctx.undo_stack.count() == 2


def test_alt_up_and_alt_down_move_the_chosen_country(qtbot, page, sample_ctx):
    page.select_code("MA")
    page.list_view.setFocus()
    qtbot.waitUntil(page.list_view.hasFocus)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert saved(sample_ctx.store) == ["FR", "MA", "DE", "AE", "PL"]
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert saved(sample_ctx.store) == ["FR", "DE", "AE", "MA", "PL"]
    assert page.country.code == "MA"  # the moved country stays chosen
    assert page.list_view.currentIndex().row() == 3
    assert sample_ctx.undo_stack.count() == 3


def test_the_context_menu_offers_move_up_and_move_down(page, sample_ctx):
    view = page.list_view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in view.actions()] == ["Move up", "Move down"]
    page.select_code("DE")
    page.move_down_action.trigger()
    assert saved(sample_ctx.store) == ["FR", "MA", "DE", "AE", "PL"]
    page.move_up_action.trigger()
    page.move_up_action.trigger()
    assert saved(sample_ctx.store) == ["DE", "FR", "MA", "AE", "PL"]
    assert not page.move_up_action.isEnabled()  # now first


def test_undo_and_redo_restore_and_reapply_the_order(page, sample_ctx):
    page.select_code("AE")
    assert page.move_current(-1)
    assert page.move_current(-1)
    assert saved(sample_ctx.store) == ["FR", "AE", "DE", "MA", "PL"]
    stack = sample_ctx.undo_stack
    stack.undo()
    assert saved(sample_ctx.store) == ["FR", "DE", "AE", "MA", "PL"]
    assert shown(page.list_model) == saved(sample_ctx.store)
    stack.undo()
    assert saved(sample_ctx.store) == SAMPLE
    assert shown(page.list_model) == SAMPLE
    assert page.country.code == "AE" and page.list_view.currentIndex().row() == 3
    stack.redo()
    stack.redo()
    assert saved(sample_ctx.store) == ["FR", "AE", "DE", "MA", "PL"]
    assert shown(page.list_model) == saved(sample_ctx.store)


def test_first_up_and_last_down_do_nothing_and_push_no_undo_step(qtbot, page, sample_ctx):
    page.select_code("FR")
    assert not page.move_up_action.isEnabled() and page.move_down_action.isEnabled()
    assert not page.move_current(-1)
    page.select_code("PL")
    assert page.move_up_action.isEnabled() and not page.move_down_action.isEnabled()
    assert not page.move_current(1)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    # A drop onto itself, or just below itself, changes nothing either.
    model = page.list_model
    assert not model.moveRows(ROOT, 2, 1, ROOT, 3)
    model.dropMimeData(model.mimeData([model.index(2)]), MOVE, 2, 0, ROOT)
    assert saved(sample_ctx.store) == SAMPLE
    assert sample_ctx.undo_stack.count() == 0


def test_other_lists_follow_the_new_order(qtbot, window):
    window.show_page("countries")
    page = window.pages["countries"]
    page.select_code("PL")
    for _ in range(4):
        page.move_current(-1)
    assert saved(page.ctx.store) == ["PL", *SAMPLE[:4]]
    combo = window.timer_widget.country_combo
    assert [combo.itemData(i, combo.CODE_ROLE) for i in range(combo.count())] == saved(page.ctx.store)
    tasks = window.page("tasks")
    qtbot.waitUntil(lambda: tasks.model.complete)

    def task_list_codes() -> list[str]:
        return [code for _rowid, code in tasks.model.countries()]

    assert task_list_codes() == saved(page.ctx.store)
    page.ctx.undo_stack.undo()
    assert saved(page.ctx.store) == ["FR", "PL", "DE", "MA", "AE"]
    assert [combo.itemData(i, combo.CODE_ROLE) for i in range(combo.count())] == saved(page.ctx.store)
    assert task_list_codes() == saved(page.ctx.store)


def test_a_task_in_a_status_this_app_does_not_know_stays_on_its_country_page(page, sample_ctx):
    """A newer app's status (or a hand-edited file) is never hidden: it is still on the user's plate."""
    from regionmgr.core.ops import create
    from regionmgr.store.models import Task

    ma = country_row(sample_ctx.store, "MA")
    create(sample_ctx.store, Task, {"title": "Blocked by the bank", "country_id": ma.id, "status": "blocked"})
    page.select_code("MA")
    titles = [t.title for t in page.tasks_model.rows]
    assert "Blocked by the bank" in titles
    row = titles.index("Blocked by the bank")
    assert page.tasks_model.index(row, OpenTasksModel.COL_STATUS).data() == "Unknown"
    assert "(5)" in page.tasks_label.text()
