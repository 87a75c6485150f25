""""Complete" in the section list means what it says: values the application generates do
not make a section answered, and a cross-field rule of the questionnaire (a constraint)
that fails shows its message under the field, in the interface language, as it is typed,
and keeps the record from being completed. Real vault, real widgets."""

from __future__ import annotations

import copy

import pytest
from editor_driver import choose, field, new_interview_page, repeat, row_field, type_into
from PySide6.QtCore import Qt

ESTIMATES_EN = "The highest estimate cannot be lower than the lowest estimate."
ESTIMATES_AR = "لا يمكن أن يكون أعلى تقدير أقل من أدنى تقدير."
INSTRUCTIONS_EN = "Add at least one instruction below, or change the answer."


@pytest.fixture
def editor(qtbot, vault):
    page = new_interview_page(qtbot, vault)
    yield page
    page.clear()


def _check_list(editor) -> list[str]:
    return [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]


def test_an_untouched_witness_section_is_empty_though_its_pseudonym_is_generated(
        qtbot, editor, vault):
    editor.go_to_section("interview")
    type_into(qtbot, field(editor, "interview", "interviewers").edit, "R7")
    editor.save_draft()
    stored = vault.get(editor.session.record_id).answers
    assert stored["witness"]["pseudonym"] and stored["interview"]["code"]
    pseudonym = field(editor, "witness", "pseudonym")
    qtbot.waitUntil(lambda: bool(pseudonym.value()))
    editor.revalidate()
    states = editor.navigator.states
    assert states["witness"] == "empty"
    assert "complete" not in editor.navigator.item(2).text()
    assert states["interview"] == "partial"  # the code is generated; the type of witness is not
    editor.go_to_section("witness")
    choose(qtbot, field(editor, "witness", "sex").combo, "female")
    qtbot.waitUntil(lambda: editor.navigator.states["witness"] == "complete")


def test_a_person_row_holding_only_its_reference_is_no_answer(qtbot, editor):
    people = repeat(editor, "people", "people")
    people.add_row()
    row_field(editor, "people", "people", 1, "ref").set_value("P1")
    editor.revalidate()
    assert editor.navigator.states["people"] == "empty"


def test_instructions_yes_with_no_row_is_not_complete(qtbot, editor):
    editor.go_to_section("instructions")
    received = field(editor, "instructions", "received")
    choose(qtbot, received.combo, "yes")
    qtbot.waitUntil(lambda: received.error() == INSTRUCTIONS_EN)
    assert editor.navigator.states["instructions"] == "errors"
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert any(t.endswith(INSTRUCTIONS_EN) for t in _check_list(editor))
    assert editor.navigator.states["instructions"] == "errors"
    repeat(editor, "instructions", "instructions").add_row()
    choose(qtbot, row_field(editor, "instructions", "instructions", 1, "frequency").combo,
           "once")
    editor.go_to_section("instructions")  # Complete jumped to the first problem
    qtbot.waitUntil(lambda: editor.navigator.states["instructions"] == "complete")
    assert received.error() == "" and received.isVisible()
    choose(qtbot, received.combo, "no")  # no rows asked for, none needed
    qtbot.waitUntil(lambda: editor.navigator.states["instructions"] == "complete")


@pytest.mark.parametrize(("lang", "message"), [("en", ESTIMATES_EN), ("ar", ESTIMATES_AR)])
def test_a_lowest_estimate_above_the_highest_shows_its_message_under_the_field(
        qtbot, vault, lang, message):
    editor = new_interview_page(qtbot, vault, lang)
    try:
        editor.go_to_section("incident")
        low = field(editor, "incident", "sheltering_min")
        high = field(editor, "incident", "sheltering_max")
        type_into(qtbot, low.edit, "35")
        type_into(qtbot, high.edit, "20")
        qtbot.waitUntil(lambda: high.error() == message)
        assert high.error_label.isVisible() and low.error() == ""
        assert editor.navigator.states["incident"] == "errors"
        editor.save_draft()  # a draft keeps both numbers: the witness said them
        stored = vault.get(editor.session.record_id)
        assert stored.status == "draft"
        assert stored.answers["incident"]["sheltering_max"] == 20
        high.edit.clear()
        type_into(qtbot, high.edit, "٤٠")
        qtbot.waitUntil(lambda: high.error() == "")
    finally:
        editor.clear()


def test_a_stored_record_breaking_a_rule_opens_shows_it_and_saves_as_draft(
        qtbot, vault, sample_doc):
    doc = copy.deepcopy(sample_doc)
    doc["status"] = "draft"
    doc["answers"]["incident"].update(sheltering_min=35, sheltering_max=20)
    record = vault.add(doc)
    editor = new_interview_page(qtbot, vault)
    try:
        editor.open_record(vault, record.id)
        editor.go_to_section("incident")
        high = field(editor, "incident", "sheltering_max")
        qtbot.waitUntil(lambda: high.error() == ESTIMATES_EN)
        assert editor.navigator.states["incident"] == "errors"
        editor.go_to_section("account")
        type_into(qtbot, field(editor, "account", "observations").edit, "Numbers to check.")
        editor.save_draft()
        head = vault.get(record.id)
        assert head.number == 2 and head.status == "draft"
        assert head.answers["account"]["observations"] == "Numbers to check."
        qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
        assert any(t.endswith(ESTIMATES_EN) for t in _check_list(editor))
        assert vault.get(record.id).status == "draft"
        assert editor.current_section() == "incident"
    finally:
        editor.clear()
