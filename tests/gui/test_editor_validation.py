"""Live validation next to the fields, relevance hiding fields, and Complete listing what
is missing and jumping to it. The rules come from the questionnaire via `validate`."""

from __future__ import annotations

import pytest
from editor_driver import choose, field, new_interview_page, repeat, row_field, type_into
from PySide6.QtCore import Qt


@pytest.fixture
def editor(qtbot, vault):
    page = new_interview_page(qtbot, vault)
    yield page
    page.clear()


def test_a_wrong_value_shows_its_message_next_to_the_field(qtbot, editor):
    age = field(editor, "witness", "age_at_incident")
    editor.go_to_section("witness")
    type_into(qtbot, age.edit, "abc")
    qtbot.waitUntil(lambda: age.error() == "expects a whole number")
    assert age.error_label.isVisible()
    assert editor.navigator.states["witness"] == "errors"
    assert "has errors" in editor.navigator.item(2).text()
    age.edit.clear()
    type_into(qtbot, age.edit, "130")
    qtbot.waitUntil(lambda: age.error() == "must be at most 120")
    age.edit.clear()
    type_into(qtbot, age.edit, "٣٤")  # Eastern Arabic digits are a number too
    qtbot.waitUntil(lambda: age.error() == "")
    assert editor.navigator.states["witness"] == "complete"


def test_relevance_hides_fields_and_hidden_answers_are_not_stored(qtbot, editor, vault):
    used = field(editor, "interview", "interpreter_used")
    name = field(editor, "interview", "interpreter_name")
    assert name.isHidden()
    choose(qtbot, used.combo, True)
    qtbot.waitUntil(lambda: not name.isHidden())
    type_into(qtbot, name.edit, "Interpreter X")
    choose(qtbot, used.combo, False)
    qtbot.waitUntil(name.isHidden)
    editor.save_draft()
    stored = vault.get(editor.session.record_id).answers["interview"]
    assert stored["interpreter_used"] is False
    assert "interpreter_name" not in stored


def test_fields_of_a_repeat_row_follow_that_rows_answers(qtbot, editor):
    people = repeat(editor, "people", "people")
    people.add_row()
    people.add_row()
    choose(qtbot, row_field(editor, "people", "people", 1, "outcome").combo, "killed")
    choose(qtbot, row_field(editor, "people", "people", 2, "outcome").combo, "injured")
    injuries = [row_field(editor, "people", "people", n, "injuries") for n in (1, 2)]
    body = [row_field(editor, "people", "people", n, "body_recovered") for n in (1, 2)]
    qtbot.waitUntil(lambda: injuries[0].isHidden() and not injuries[1].isHidden())
    assert not body[0].isHidden() and body[1].isHidden()


def test_complete_lists_what_is_missing_and_jumps_to_it(qtbot, editor, vault):
    editor.go_to_section("account")
    type_into(qtbot, field(editor, "account", "narrative_original").edit, "An account.")
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    items = [editor.problems.list.item(i) for i in range(editor.problems.list.count())]
    texts = [i.text() for i in items]
    assert any("Informed consent › Informed consent was given: is required" in t
               for t in texts)
    assert any("Type of witness" in t for t in texts)
    assert any("Date of the incident" in t for t in texts)
    assert not any("Interview code" in t for t in texts)  # the vault makes it
    assert editor.side.currentWidget() is editor.problems
    consent = next(i for i in items if "consent was given" in i.text())
    editor.problems.list.scrollToItem(consent)
    rect = editor.problems.list.visualItemRect(consent)
    qtbot.mouseClick(editor.problems.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert editor.current_section() == "consent"
    assert field(editor, "consent", "given").combo.hasFocus()
    qtbot.waitUntil(lambda: editor.session.record_id is not None)
    assert vault.get(editor.session.record_id).status == "draft"


def test_consent_must_be_recorded_before_completing(qtbot, editor, vault, sample_doc):
    answers = sample_doc["answers"]
    answers["consent"].pop("given")
    editor._load(answers, [], "account")
    editor.dirty = True
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    texts = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert len(texts) == 1 and "Informed consent was given: is required" in texts[0]
    assert editor.current_section() == "consent"
    choose(qtbot, field(editor, "consent", "given").combo, True)
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert editor.problems.list.count() == 0
    assert vault.get(editor.session.record_id).status == "complete"


def test_undo_and_redo_in_text_fields(qtbot, editor):
    editor.go_to_section("account")
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, "calm and consistent")
    qtbot.keyClick(observations.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert observations.value() is None
    qtbot.keyClick(observations.edit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert observations.value() == "calm and consistent"
    ref = field(editor, "interview", "incident_ref")
    type_into(qtbot, ref.edit, "INC-1")
    qtbot.keyClick(ref.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ref.value() is None


def test_tab_moves_through_a_section_in_questionnaire_order(qtbot, editor):
    editor.go_to_section("witness")
    group = editor.pages["witness"].group
    group.focus_first()
    seen = []
    for _ in range(14):
        focused = editor.focusWidget()
        owner = next((n for n, w in group.widgets.items() if w.isAncestorOf(focused)), None)
        if owner and owner not in seen:
            seen.append(owner)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # The five name parts and the Latin switch, then each field in the form's order.
    assert seen == ["full_name", "sex", "birth_year", "age_at_incident", "age_approximate",
                    "phone", "current_residence", "residence_at_incident",
                    "relation_to_victims"]


def test_navigator_states_follow_the_answers(qtbot, editor):
    states = editor.navigator.states
    assert states["interview"] == "empty"  # only the form's default time zone so far
    assert states["incident"] == "empty"  # only the default country
    editor.go_to_section("incident")
    type_into(qtbot, field(editor, "incident", "date").edit, "2017-03")
    qtbot.waitUntil(lambda: editor.navigator.states["incident"] == "complete")
    assert field(editor, "incident", "date").precision.text() == "year and month"
    editor.go_to_section("interview")
    type_into(qtbot, field(editor, "interview", "interviewers").edit, "R7")
    qtbot.waitUntil(lambda: editor.navigator.states["interview"] == "partial")
    assert "partial" in editor.navigator.item(0).text()
