"""The interview editor builds itself from another questionnaire (casework, with the
built-in one's roles at other paths): typed answers are saved into the vault under that
questionnaire, and its account takes redaction marks by role."""

from __future__ import annotations

from editor_driver import choose, field, repeat, row_field, type_into
from second_questionnaire import casework

from testimony_app.gui.editor.editor_page import EditorPage
from testimony_app.gui.editor.marked_field import MarkedTextField

__all__ = ["casework"]  # the fixture, used by name


def test_fill_and_save_a_casework_record(qtbot, vault, casework):
    page = EditorPage("en")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.new_interview(vault, casework)
    assert list(page.pages) == [s.name for s in casework.sections]
    page.go_to_section("person")
    names = field(page, "person", "names")
    type_into(qtbot, names.arabic["given"], "سلمى")
    type_into(qtbot, names.arabic["family"], "العبيدي")
    choose(qtbot, field(page, "person", "gender").combo, "female")
    page.go_to_section("family")
    members = repeat(page, "family", "members")
    members.add_row()
    choose(qtbot, row_field(page, "family", "members", 1, "fate").combo, "killed")
    choose(qtbot, row_field(page, "family", "members", 1, "kinship").combo, "brother")
    # The card names the person's outcome and relationship, found by role.
    qtbot.waitUntil(lambda: "■ Killed" in members.cards[0].summary.text())
    assert "Brother" in members.cards[0].summary.text()
    page.go_to_section("story")
    told = field(page, "story", "told")
    assert isinstance(told, MarkedTextField)  # the account, by its role
    page.save_draft()
    qtbot.waitUntil(lambda: page.session.record_id is not None)
    record = vault.get(page.session.record_id)
    assert (record.form_id, record.form_version) == ("casework", 1)
    assert record.answers["person"]["names"] == {"given": "سلمى", "family": "العبيدي"}
    assert record.answers["person"]["gender"] == "female"
    assert record.answers["family"]["members"][0]["fate"] == "killed"
    code = record.answers["case"]["case_number"]
    assert code == page.session.code and code.startswith("MOS-")  # by its role
    assert [s.title for s in vault.list_records()] == ["سلمى العبيدي"]
    page.clear()
