"""Tranches: the schedule proposal over working days, progress, and the dialog's accept / undo / bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from regionmgr.core import ops
from regionmgr.core.calendar.workweek import WorkWeek
from regionmgr.core.tasks.tranches import (
    Part,
    PlanError,
    apply_plan,
    load_parts,
    progress,
    propose_schedule,
    undo_apply,
    validate_plan,
)
from regionmgr.store.models import Task

DUBAI = WorkWeek("AE", "Asia/Dubai", "12345", 8 * 60, 17 * 60)
PARIS = WorkWeek("FR", "Europe/Paris")
MON = dt.date(2026, 11, 30)  # 2 and 3 December are UAE National Day


@pytest.fixture(autouse=True)
def english_dates():
    """Dates and times in the assertions are British English, whatever this machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)



def d(day: int, month: int = 12) -> dt.date:
    return dt.date(2026, month, day)


def test_proposal_skips_weekends_and_holidays_most_urgent_first():
    parts = [Part("Urgent part", 1), Part("Second", 1), Part("Third", 1)]
    proposal = propose_schedule(parts, MON, d(4), DUBAI)
    # Working days: Mon 30 Nov, Tue 1 Dec, Fri 4 Dec (2-3 Dec are holidays).
    assert [(p.start_on, p.due_on) for p in proposal.parts] == [
        (MON, MON), (d(1), d(1)), (d(4), d(4))]
    assert proposal.working_days == 3 and not proposal.tight


def test_proposal_shares_days_by_effort_and_fills_up_to_the_deadline():
    parts = [Part("A", 2), Part("B", 1), Part("C", 3)]
    proposal = propose_schedule(parts, MON, d(11), PARIS)  # 10 working days in Paris
    a, b, c = proposal.parts
    assert (a.start_on, c.due_on) == (MON, d(11))
    assert a.due_on < b.start_on and b.due_on < c.start_on
    lengths = [len([x for x in range((p.due_on - p.start_on).days + 1)
                    if (p.start_on + dt.timedelta(days=x)).isoweekday() <= 5]) for p in proposal.parts]
    assert sum(lengths) == 10 and lengths[2] > lengths[1]
    # The first (most urgent) part starts first; the order given is kept.
    assert [p.title for p in proposal.parts] == ["A", "B", "C"]


def test_proposal_keeps_finished_parts_and_squeezes_when_tight():
    done = Part("Done already", 5, start_on=d(20, 11), due_on=d(24, 11), done=True)
    proposal = propose_schedule([done, Part("X", 4), Part("Y", 4)], MON, d(1), PARIS)
    assert proposal.parts[0] == done
    assert (proposal.parts[1].due_on, proposal.parts[2].start_on) == (MON, d(1))
    assert proposal.tight  # 8 days of effort in 2 working days


def test_proposal_bad_input():
    with pytest.raises(PlanError) as err:
        propose_schedule([Part("A"), Part("B"), Part("C"), Part("D")], MON, d(4), DUBAI)
    assert err.value.code == "not_enough_days" and err.value.params["days"] == 3
    assert "only 3" in str(err.value)
    with pytest.raises(PlanError) as err:
        propose_schedule([Part("A")], MON, d(27, 11), PARIS)
    assert err.value.code == "deadline_before_start"
    with pytest.raises(PlanError) as err:
        propose_schedule([], MON, d(4), PARIS)
    assert err.value.code == "no_parts"
    with pytest.raises(PlanError) as err:
        propose_schedule([Part("  ")], MON, d(4), PARIS)
    assert err.value.code == "empty_title"
    with pytest.raises(PlanError) as err:
        propose_schedule([Part("A", 0)], MON, d(4), PARIS)
    assert err.value.code == "bad_effort"


def test_validate_plan_rules():
    ok = Part("A", start_on=MON, due_on=d(2))
    validate_plan([ok], MON, d(4))
    cases = [
        (Part("A", start_on=d(25, 11), due_on=d(27, 11)), "due_before_plan_start"),
        (Part("A", start_on=d(3), due_on=d(2)), "due_before_part_start"),
        (Part("A", start_on=MON, due_on=d(9)), "due_after_deadline"),
        (Part("A"), "missing_dates"),
    ]
    for part, code in cases:
        with pytest.raises(PlanError) as err:
            validate_plan([part], MON, d(4))
        assert err.value.code == code


def parent_id(store) -> str:
    return store.raw().execute(
        "SELECT id FROM task WHERE title = 'Harmonise job descriptions (120 roles)'").fetchone()[0]


def children(store, pid: str) -> list[tuple]:
    return list(store.raw().execute(
        "SELECT title, position, start_on, status FROM task WHERE parent_id = ? ORDER BY position", (pid,)))


def test_progress_of_the_sample_parent(sample_store):
    pid = parent_id(sample_store)
    prog = progress(sample_store, [pid])[pid]
    assert (prog.done, prog.total) == (1, 3)
    assert prog.first_start is not None and prog.last_due is not None
    assert prog.first_start < prog.last_due.date()
    assert progress(sample_store, []) == {}
    assert pid in progress(sample_store)


def test_apply_and_undo_in_the_store(store):
    pid = ops.create(store, Task, {"title": "Big request"})
    parts = propose_schedule([Part("One"), Part("Two")], MON, d(1), PARIS).parts
    undo = apply_plan(store, pid, parts, PARIS)
    assert [c[0] for c in children(store, pid)] == ["One", "Two"]
    due = store.raw().execute("SELECT due_at FROM task WHERE title = 'Two'").fetchone()[0]
    assert due.startswith("2026-12-01 17:00")  # 18:00 in Paris
    undo_apply(store, undo)
    assert children(store, pid) == []


# -- the dialog ---------------------------------------------------------------------------
@pytest.fixture
def new_parent(sample_ctx):
    fr = sample_ctx.store.raw().execute("SELECT id FROM country WHERE code = 'AE'").fetchone()[0]
    due = dt.datetime(2026, 12, 4, 17, 0, tzinfo=dt.UTC)
    return ops.create(sample_ctx.store, Task, {"title": "Relocation policy", "country_id": fr,
                                              "important": True, "due_at": due, "due_tz": "Asia/Dubai"})


@pytest.fixture
def dialog(qtbot, sample_ctx, new_parent, clock):
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

    clock.value = dt.datetime(2026, 11, 30, 6, 0, tzinfo=dt.UTC)
    dlg = TrancheDialog(sample_ctx, new_parent)
    qtbot.addWidget(dlg)
    dlg.open()
    return dlg


def test_dialog_proposes_adjusts_accepts_and_undoes(qtbot, dialog, sample_ctx, new_parent, qtmodeltester):
    from regionmgr.ui.tasks.tranche_dialog import COL_DUE, COL_EFFORT, COL_TITLE

    qtmodeltester.check(dialog.model)
    assert dialog.plan_start() == MON and dialog.deadline() == d(4)
    model = dialog.model
    model.setData(model.index(0, COL_TITLE), "Draft")
    model.setData(model.index(1, COL_TITLE), "Legal review")
    assert not model.setData(model.index(1, COL_EFFORT), 0)  # refused
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert [(p.start_on, p.due_on) for p in model.parts] == [(MON, d(1)), (d(4), d(4))]
    assert "3 working days" in dialog.message.text()
    assert model.index(0, COL_DUE).data() == "Tue 1 Dec 2026"
    # The user moves the first due date back a day before accepting.
    model.setData(model.index(0, COL_DUE), QDate(2026, 11, 30))
    assert sample_ctx.undo_stack.count() == 0  # nothing written yet
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = children(sample_ctx.store, new_parent)
    assert [(r[0], r[1], r[2]) for r in rows] == [("Draft", 0, "2026-11-30"), ("Legal review", 1, "2026-12-04")]
    assert sample_ctx.undo_stack.count() == 1
    sample_ctx.undo_stack.undo()
    assert children(sample_ctx.store, new_parent) == []
    sample_ctx.undo_stack.redo()
    assert len(children(sample_ctx.store, new_parent)) == 2


def test_dialog_reorders_and_removes(qtbot, dialog):
    model = dialog.model
    model.add_part("Third")
    assert model.move_part(2, -1) == 1
    assert [p.title for p in model.parts] == ["Part 1", "Third", "Part 2"]
    model.remove_part(0)
    assert [p.title for p in model.parts] == ["Third", "Part 2"]


def test_dialog_bad_input_changes_nothing(qtbot, dialog, sample_ctx, new_parent):
    from regionmgr.ui.tasks.tranche_dialog import COL_DUE

    model = dialog.model
    # A deadline with too few working days for the parts.
    model.add_part("Third")
    model.add_part("Fourth")
    assert not dialog.propose()
    assert "4 parts need at least 4 working days; there are only 3" in dialog.message.text()
    model.remove_part(3)
    assert dialog.propose()
    # A due date before the start of the plan.
    model.setData(model.index(0, COL_DUE), QDate(2026, 11, 27))
    assert not dialog.save()
    assert "before the plan starts (Mon 30 Nov 2026)" in dialog.message.text()
    assert dialog.message.property("warning") is True
    # A deadline before the start.
    dialog.deadline_edit.setDate(QDate(2026, 11, 20))
    assert not dialog.propose()
    assert "is before the start of the plan" in dialog.message.text()
    assert children(sample_ctx.store, new_parent) == []
    assert sample_ctx.undo_stack.count() == 0
    assert dialog.isVisible()


def test_dialog_edits_an_existing_plan(qtbot, sample_ctx, clock):
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog

    pid = parent_id(sample_ctx.store)
    before = children(sample_ctx.store, pid)
    dlg = TrancheDialog(sample_ctx, pid)
    qtbot.addWidget(dlg)
    assert dlg.model.parts[0].title == "Job descriptions: Sales roles (40)"
    assert dlg.model.parts[0].done
    dlg.model.remove_part(2)  # drop "Support roles"
    dlg.model.add_part("Support and admin roles", 2)
    assert dlg.propose()
    assert dlg.save()
    titles = [r[0] for r in children(sample_ctx.store, pid)]
    assert titles == ["Job descriptions: Sales roles (40)", "Job descriptions: Engineering roles (50)",
                      "Support and admin roles"]
    assert children(sample_ctx.store, pid)[0][3] == "done"
    sample_ctx.undo_stack.undo()
    assert children(sample_ctx.store, pid) == before
    assert load_parts(sample_ctx.store, pid, PARIS)[2].title == "Job descriptions: Support roles (30)"


def test_progress_text_for_the_parent_row(sample_ctx):
    from regionmgr.ui.tasks.tranche_dialog import TrancheDialog, progress_text

    pid = parent_id(sample_ctx.store)
    prog = progress(sample_ctx.store, [pid])[pid]
    # Sales roles started 7 days before FIXED_NOW; support roles end 40 days after it.
    assert progress_text(prog, "Europe/Paris") == "1 of 3 done · Mon 16 Nov – Sat 2 Jan"
    dlg = TrancheDialog(sample_ctx, pid)
    assert dlg.progress_label.text() == "Now: 1 of 3 done · Mon 16 Nov – Sat 2 Jan"
    dlg.deleteLater()


def test_parts_without_dates_edit_from_the_plan_start(dialog):
    from regionmgr.ui.tasks.tranche_dialog import COL_START

    assert dialog.model.index(0, COL_START).data(Qt.ItemDataRole.EditRole) == QDate(2026, 11, 30)
    assert dialog.model.index(0, COL_START).data() == ""


def test_an_unchanged_due_day_keeps_its_exact_time(store):
    pid = ops.create(store, Task, {"title": "Big request"})
    noon = dt.datetime(2026, 12, 1, 11, 0, tzinfo=dt.UTC)  # 12:00 in Paris
    kid = ops.create(store, Task, {"title": "Part", "parent_id": pid, "due_at": noon, "due_all_day": False,
                                   "due_tz": "Europe/Paris", "start_on": MON})
    parts = load_parts(store, pid, PARIS)
    parts[0].title = "Renamed part"
    undo = apply_plan(store, pid, parts, PARIS)
    row = ops.get(store, Task, kid)
    assert (row["title"], row["due_at"], row["due_all_day"]) == ("Renamed part", noon, False)
    undo_apply(store, undo)
    assert ops.get(store, Task, kid)["title"] == "Part"
