"""Contacts of a country: editing in place (undoable), bad e-mail refused, click an e-mail to write."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from regionmgr.core.countries import region as core
from regionmgr.ui.countries.contact_models import ChannelDelegate, ContactTableModel
from regionmgr.ui.countries.contact_panel import ContactsPanel


def ma_id(store):
    return next(c.id for c in core.list_countries(store) if c.code == "MA")


@pytest.fixture
def opened():
    return []


@pytest.fixture
def panel(qtbot, sample_ctx, opened):
    p = ContactsPanel(sample_ctx, opener=opened.append)
    qtbot.addWidget(p)
    p.show()
    p.set_country(ma_id(sample_ctx.store))
    return p


def contact(store, name):
    return next(c for c in core.list_contacts(store, ma_id(store)) if c.name == name)


def test_contacts_show_every_field(panel):
    m = panel.model
    assert [r.name for r in m.rows] == ["Salma Bennani", "Youssef El Amrani"]
    row = [m.index(1, c).data() for c in range(m.columnCount())]
    assert row == ["Youssef El Amrani", "Office manager", "y.elamrani@example.ma", "+212 522 43 00 00",
                   "1 to send", "French", "Phone"]  # the sample: calls before writing


def test_clicking_the_e_mail_composes_a_message(qtbot, panel, opened):
    rect = panel.table.visualRect(panel.model.index(1, ContactTableModel.COL_EMAIL))
    from PySide6.QtCore import Qt

    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [QUrl("mailto:y.elamrani@example.ma")]
    # Other cells don't open anything.
    rect = panel.table.visualRect(panel.model.index(1, ContactTableModel.COL_PHONE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1


def test_mailto_addresses_are_encoded():
    assert core.mailto_url("a.b@example.fr", subject="Procédure & paie") == (
        "mailto:a.b@example.fr?subject=Proc%C3%A9dure%20%26%20paie"
    )


def test_editing_a_contact_is_saved_at_once_and_undoable(panel, sample_ctx):
    m = panel.model
    before = contact(sample_ctx.store, "Salma Bennani")
    assert m.setData(m.index(0, ContactTableModel.COL_EMAIL), " salma.bennani@example.ma ")
    assert m.setData(m.index(0, ContactTableModel.COL_CHANNEL), "phone")
    after = contact(sample_ctx.store, "Salma Bennani")
    assert (after.email, after.preferred_channel) == ("salma.bennani@example.ma", "phone")
    assert m.index(0, ContactTableModel.COL_CHANNEL).data() == "Phone"
    sample_ctx.undo_stack.undo()
    sample_ctx.undo_stack.undo()
    assert contact(sample_ctx.store, "Salma Bennani") == before


@pytest.mark.parametrize("bad", ["salma@", "salma example.ma", "a@b", "x@y@z.com", "<s@x.ma>"])
def test_an_invalid_e_mail_gets_a_clear_message_and_changes_nothing(panel, sample_ctx, bad):
    errors: list[str] = []
    sample_ctx.error_raised.connect(errors.append)
    before = contact(sample_ctx.store, "Salma Bennani")
    assert not panel.model.setData(panel.model.index(0, ContactTableModel.COL_EMAIL), bad)
    assert errors == [f"“{bad.strip()}” is not a valid e-mail address."]
    assert contact(sample_ctx.store, "Salma Bennani") == before
    assert sample_ctx.undo_stack.count() == 0


def test_a_contact_language_must_be_a_language_code(panel, sample_ctx):
    errors: list[str] = []
    sample_ctx.error_raised.connect(errors.append)
    index = panel.model.index(0, ContactTableModel.COL_LANGUAGE)
    assert not panel.model.setData(index, "klingon!")
    assert errors and "not a language code" in errors[0]
    assert contact(sample_ctx.store, "Salma Bennani").language == "ar"
    assert panel.model.setData(index, "pt-BR")
    assert index.data() == "Portuguese (Brazil)"
    assert core.language_name("fr", "fr") == "français"


def test_a_contact_needs_a_name(panel, sample_ctx):
    errors: list[str] = []
    sample_ctx.error_raised.connect(errors.append)
    assert not panel.model.setData(panel.model.index(0, ContactTableModel.COL_NAME), "  ")
    assert errors and "name" in errors[0]


def test_adding_and_deleting_contacts(panel, sample_ctx):
    new_id = panel.add_contact()
    assert any(c.id == new_id for c in core.list_contacts(sample_ctx.store, ma_id(sample_ctx.store)))
    panel.table.closePersistentEditor(panel.table.currentIndex())
    panel.delete_contact()
    assert all(c.id != new_id for c in core.list_contacts(sample_ctx.store, ma_id(sample_ctx.store)))
    sample_ctx.undo_stack.undo()
    assert any(c.id == new_id for c in core.list_contacts(sample_ctx.store, ma_id(sample_ctx.store)))


def test_channel_delegate_offers_every_channel(qtbot, panel):
    delegate = ChannelDelegate()
    index = panel.model.index(0, ContactTableModel.COL_CHANNEL)
    editor = delegate.createEditor(panel.table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.count() == len(core.CHANNELS) and editor.currentData() == "email"
    editor.setCurrentIndex(editor.findData("video"))
    delegate.setModelData(editor, panel.model, index)
    assert panel.model.rows[0].preferred_channel == "video"


def test_contact_model_passes_the_model_tester(qtmodeltester, sample_ctx):
    model = ContactTableModel(sample_ctx)
    model.set_country(ma_id(sample_ctx.store))
    qtmodeltester.check(model)
