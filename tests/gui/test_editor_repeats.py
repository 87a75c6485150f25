"""Repeat groups: add, remove and undo, reorder, duplicate; the household shows each
person's outcome at a glance."""

from __future__ import annotations

import pytest
from editor_driver import choose, new_interview_page, repeat, row_field, type_into
from PySide6.QtCore import Qt


@pytest.fixture
def editor(qtbot, vault):
    page = new_interview_page(qtbot, vault)
    page.go_to_section("people")
    yield page
    page.clear()


def _people(qtbot, editor, names_outcomes):
    people = repeat(editor, "people", "people")
    for given, outcome in names_outcomes:
        qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
        row = len(people.cards)
        type_into(qtbot, row_field(editor, "people", "people", row, "name").arabic["given"],
                  given)
        choose(qtbot, row_field(editor, "people", "people", row, "outcome").combo, outcome)
    return people


def _givens(people):
    return [row["name"]["given"] for row in people.value()]


def test_remove_and_undo_puts_the_row_back_where_it_was(qtbot, editor):
    people = _people(qtbot, editor, [("أحمد", "killed"), ("زينب", "injured"), ("علي", "missing")])
    qtbot.mouseClick(people.cards[1].buttons["remove"], Qt.MouseButton.LeftButton)
    assert _givens(people) == ["أحمد", "علي"]
    assert people.undo_button.isEnabled()
    qtbot.mouseClick(people.undo_button, Qt.MouseButton.LeftButton)
    assert _givens(people) == ["أحمد", "زينب", "علي"]
    assert people.value()[1]["outcome"] == "injured"
    assert not people.undo_button.isEnabled()


def test_move_up_and_down_and_paths_follow(qtbot, editor):
    people = _people(qtbot, editor, [("أحمد", "killed"), ("زينب", "injured"), ("علي", "unhurt")])
    qtbot.mouseClick(people.cards[2].buttons["up"], Qt.MouseButton.LeftButton)
    assert _givens(people) == ["أحمد", "علي", "زينب"]
    qtbot.mouseClick(people.cards[0].buttons["down"], Qt.MouseButton.LeftButton)
    assert _givens(people) == ["علي", "أحمد", "زينب"]
    assert not people.cards[0].buttons["up"].isEnabled()
    assert not people.cards[2].buttons["down"].isEnabled()
    # Messages find the moved row: "people.people[3]" is now Zainab's card.
    assert people.find("people.people[3].outcome") is people.cards[2].form.widgets["outcome"]
    assert people.cards[2].summary.text().find("3.") >= 0


def test_duplicate_copies_a_row_but_not_its_reference(qtbot, editor, vault):
    people = _people(qtbot, editor, [("أحمد", "killed")])
    editor.save_draft()
    assert row_field(editor, "people", "people", 1, "ref").value() == "P1"
    qtbot.mouseClick(people.cards[0].buttons["duplicate"], Qt.MouseButton.LeftButton)
    rows = people.value()
    assert len(rows) == 2 and rows[1] == {"name": {"given": "أحمد"}, "outcome": "killed"}
    editor.save_draft()
    stored = vault.get(editor.session.record_id).answers["people"]["people"]
    assert [r["ref"] for r in stored] == ["P1", "P2"]


def test_add_row_from_the_keyboard(qtbot, editor):
    people = repeat(editor, "people", "people")
    people.add_button.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(people.add_button, Qt.Key.Key_N, keys)
    assert len(people.cards) == 1
    given = people.cards[0].form.widgets["name"].arabic["given"]
    assert given.hasFocus()  # straight into the new row's first field


def test_household_shows_outcomes_at_a_glance(qtbot, editor):
    people = _people(qtbot, editor, [("أحمد", "killed"), ("زينب", "injured"),
                                     ("علي", "unhurt"), ("سارة", "missing")])
    summaries = [card.summary.text() for card in people.cards]
    for text, word, given in zip(summaries, ("Killed", "Injured", "Unhurt", "Missing"),
                                 ("أحمد", "زينب", "علي", "سارة"), strict=True):
        assert word in text and given in text
    assert "#8b0000" in summaries[0]  # colour as well as the word


def test_removed_rows_are_forgotten_when_the_editor_clears(qtbot, editor):
    people = _people(qtbot, editor, [("أحمد", "killed")])
    people.remove_row(0)
    editor.clear()
    assert people.removed == [] and people.cards == []
