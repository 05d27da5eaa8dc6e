"""The handover dialog with a different cover per country: the dossier and out-of-office name each country's cover."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from regionmgr.store.models import Absence
from tests.shell.test_french_layout import cut_offs
from tests.shell.test_translations import extracted, french, french_qm  # noqa: F401 - fixtures
from tests.time.test_report_export import run_export

STEM = "handover_2026-11-30_2026-12-11"


@pytest.fixture
def dialog(qtbot, sample_ctx, tmp_path):
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    d = HandoverDialog(sample_ctx)
    qtbot.addWidget(d)
    d.cover_name_edit.setText("Sam Lee")
    d.cover_email_edit.setText("sam.lee@example.com")
    out = tmp_path / "out"
    out.mkdir()
    d.folder_edit.setText(str(out))
    return d


def set_cover(dialog, code: str, name: str, email: str) -> None:
    row = dialog.cover_codes.index(code)
    dialog.covers_table.item(row, 1).setText(name)
    dialog.covers_table.item(row, 2).setText(email)


def sections(html: str) -> dict[str, str]:
    """Each country's part of the dossier, by the country's name."""
    parts = html.split("<h2 style='page-break-before: always'>")[1:]
    return {part.split("</h2>", 1)[0]: part for part in parts}


def test_the_table_starts_with_the_general_cover_and_follows_it(dialog):
    assert dialog.per_country_check.text() == "A different cover per country"
    assert dialog.covers_table.isHidden()
    dialog.per_country_check.setChecked(True)
    assert not dialog.covers_table.isHidden()
    assert dialog.cover_codes == ["FR", "DE", "MA", "AE", "PL"]
    table = dialog.covers_table
    assert [table.item(r, 0).text() for r in range(5)] == ["France", "Germany", "Morocco",
                                                           "United Arab Emirates", "Poland"]
    assert all(table.item(r, 1).text() == "Sam Lee" for r in range(5))
    set_cover(dialog, "MA", "Youssef El Amrani", "y.elamrani@example.ma")
    dialog.cover_name_edit.setText("Sam Leigh")  # rows left on the general cover follow it; Morocco keeps its own
    assert [table.item(r, 1).text() for r in range(5)] == ["Sam Leigh", "Sam Leigh", "Youssef El Amrani",
                                                           "Sam Leigh", "Sam Leigh"]


def test_each_country_names_its_own_cover(qtbot, dialog, sample_ctx, tmp_path):
    dialog.per_country_check.setChecked(True)
    set_cover(dialog, "MA", "Youssef El Amrani", "y.elamrani@example.ma")
    set_cover(dialog, "PL", "Katarzyna Nowak", "k.nowak@example.pl")
    run_export(qtbot, dialog, dialog.runner)
    html = (tmp_path / "out" / f"{STEM}.html").read_text(encoding="utf-8")
    by_country = sections(html)
    assert "Covered by Youssef El Amrani &lt;y.elamrani@example.ma&gt;" in by_country["Morocco"]
    assert "Covered by Katarzyna Nowak &lt;k.nowak@example.pl&gt;" in by_country["Poland"]
    assert "Covered by Sam Lee &lt;sam.lee@example.com&gt;" in by_country["France"]
    assert "Sam Lee" not in by_country["Morocco"] and "Youssef" not in by_country["Poland"]
    # The opening line names every cover with their countries.
    assert ("Covered by Sam Lee &lt;sam.lee@example.com&gt; (France, Germany, United Arab Emirates), "
            "Youssef El Amrani &lt;y.elamrani@example.ma&gt; (Morocco), "
            "Katarzyna Nowak &lt;k.nowak@example.pl&gt; (Poland).") in html
    fr, en = dialog.ooo_edits["fr"].toPlainText(), dialog.ooo_edits["en"].toPlainText()
    assert ("Sam Lee (sam.lee@example.com) assure mon remplacement pour France, Allemagne "
            "et Émirats arabes unis.") in fr
    assert "Youssef El Amrani (y.elamrani@example.ma) assure mon remplacement pour Maroc." in fr
    assert "Katarzyna Nowak (k.nowak@example.pl) covers Poland." in en
    assert "Youssef El Amrani (y.elamrani@example.ma) covers Morocco." in en
    with sample_ctx.store.session() as s:  # the absence keeps the general cover
        assert s.scalars(select(Absence)).one().cover_name == "Sam Lee"


def test_one_cover_for_all_as_before(qtbot, dialog, tmp_path):
    set_cover(dialog, "MA", "Nadia Cover", "nadia@example.ma")  # ignored: the box is not ticked
    run_export(qtbot, dialog, dialog.runner)
    html = (tmp_path / "out" / f"{STEM}.html").read_text(encoding="utf-8")
    assert "Covered by Sam Lee &lt;sam.lee@example.com&gt;.</b>" in html
    assert all("Covered by Sam Lee &lt;sam.lee@example.com&gt;" in part for part in sections(html).values())
    assert "Nadia Cover" not in html
    assert ("Sam Lee (sam.lee@example.com) covers France, Germany, Morocco, United Arab Emirates "
            "and Poland.") in dialog.ooo_edits["en"].toPlainText()


@pytest.mark.parametrize(
    ("name", "email", "message", "column"),
    [("Youssef El Amrani", "y.elamrani at example.ma",
      "“y.elamrani at example.ma” is not an e-mail address (cover for Morocco).", 2),
     ("Youssef El Amrani", "x@e.com?bcc=spy%40evil.com",
      "“x@e.com?bcc=spy%40evil.com” is not an e-mail address (cover for Morocco).", 2),
     ("  ", "y.elamrani@example.ma", "Say who covers Morocco.", 1)],
)
def test_a_bad_country_cover_is_refused_and_nothing_is_written(dialog, sample_ctx, tmp_path,
                                                               name, email, message, column):
    dialog.per_country_check.setChecked(True)
    set_cover(dialog, "MA", name, email)
    assert dialog.create() is False
    assert dialog.status_label.text() == message
    assert (dialog.covers_table.currentRow(), dialog.covers_table.currentColumn()) == (2, column)
    assert list((tmp_path / "out").iterdir()) == []
    assert dialog.ooo_edits["en"].toPlainText() == ""
    with sample_ctx.store.session() as s:
        assert s.scalars(select(Absence)).all() == []


@pytest.mark.slow
@pytest.mark.usefixtures("french")
def test_the_cover_table_fits_in_french_at_1280x800(qapp, qtbot, sample_ctx):
    from regionmgr.ui.common import i18n
    from regionmgr.ui.time.handover_dialog import HandoverDialog

    assert i18n.install(qapp, "fr") == "fr"
    d = HandoverDialog(sample_ctx)
    qtbot.addWidget(d)
    assert d.per_country_check.text() == "Un remplaçant différent par pays"
    d.per_country_check.setChecked(True)
    d.show()
    qtbot.waitExposed(d)
    qapp.processEvents()  # the layouts the shown table asked for
    assert d.covers_table.item(2, 0).text() == "Maroc"
    assert d.width() <= 1280 and d.height() <= 800 - 40, d.size()  # room for the title bar
    assert d.minimumSizeHint().height() <= 800 - 40
    assert not cut_offs(d), "\n".join(cut_offs(d))


def test_a_general_cover_address_with_a_query_is_refused(dialog, sample_ctx, tmp_path):
    dialog.cover_email_edit.setText("x@e.com?bcc=spy%40evil.com")
    assert dialog.create() is False
    assert dialog.status_label.text() == "“x@e.com?bcc=spy%40evil.com” is not an e-mail address."
    assert list((tmp_path / "out").iterdir()) == []
    with sample_ctx.store.session() as s:
        assert s.scalars(select(Absence)).all() == []


def test_pressing_create_again_keeps_one_absence(qtbot, dialog, sample_ctx):
    """13 (also): a second press (to write the dossier again, or after correcting a date) keeps
    one absence: the same one, updated, never a duplicate; undo puts the first dates back."""
    conn = sample_ctx.store.raw()
    before = conn.execute("SELECT COUNT(*) FROM absence").fetchone()[0]
    run_export(qtbot, dialog, dialog.runner)
    first = dialog.saved_absence_id
    first_end = conn.execute("SELECT ends_on FROM absence WHERE id = ?", (first,)).fetchone()[0]
    run_export(qtbot, dialog, dialog.runner)  # the same again
    dialog.ends_edit.setDate(dialog.ends_edit.date().addDays(2))  # a correction
    run_export(qtbot, dialog, dialog.runner)
    assert dialog.saved_absence_id == first
    assert conn.execute("SELECT COUNT(*) FROM absence").fetchone()[0] == before + 1
    end = conn.execute("SELECT ends_on FROM absence WHERE id = ?", (first,)).fetchone()[0]
    assert end.startswith(dialog.ends_edit.date().toPython().isoformat())
    sample_ctx.undo_stack.undo()  # the correction undone: one absence, with its first dates
    assert conn.execute("SELECT COUNT(*) FROM absence").fetchone()[0] == before + 1
    assert conn.execute("SELECT ends_on FROM absence WHERE id = ?", (first,)).fetchone()[0] == first_end
