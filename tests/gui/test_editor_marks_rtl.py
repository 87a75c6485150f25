"""Sensitive spans marked in the account and in an instruction's wording become record
marks; names recorded elsewhere are suggested. And the editor in Arabic: right to left,
Arabic typed key by key."""

from __future__ import annotations

import pytest
from editor_driver import choose, field, repeat, row_field, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from testimony_app.gui.editor.editor_page import EditorPage

WORDS = "قال أبو أحمد ابقوا في بيوتكم"


def _select(edit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


@pytest.fixture
def editor(qtbot, vault):
    page = EditorPage("en")
    qtbot.addWidget(page)
    page.show()
    page.new_interview(vault)
    yield page
    page.clear()


def test_marks_in_a_repeat_row_and_suggestions_from_names(qtbot, editor, vault):
    editor.go_to_section("witness")
    type_into(qtbot, field(editor, "witness", "full_name").arabic["kunya"], "أبو أحمد")
    editor.go_to_section("instructions")
    choose(qtbot, field(editor, "instructions", "received").combo, "yes")
    rows = repeat(editor, "instructions", "instructions")
    rows.add_row()
    rows.add_row()
    words = row_field(editor, "instructions", "instructions", 2, "words_original")
    type_into(qtbot, words.edit, WORDS)
    editor.revalidate()  # the suggestions follow the answers (debounced while typing)
    qtbot.waitUntil(lambda: any(s["term"] == "أبو أحمد" for s in words.edit.suggestions()))
    _select(words.edit, 4, 12)
    assert words.edit.mark_selection("name")
    editor.go_to_section("account")
    narrative = field(editor, "account", "narrative_original")
    type_into(qtbot, narrative.edit, "Call 0770 123 4567")
    _select(narrative.edit, 5, 18)
    assert narrative.edit.mark_selection("phone")
    assert sorted(editor.marks(), key=lambda m: m["section"]) == [
        {"section": "account", "field": "narrative_original", "row": None, "start": 5,
         "end": 18, "kind": "phone"},
        {"section": "instructions", "field": "instructions.words_original", "row": 2,
         "start": 4, "end": 12, "kind": "name"},
    ]
    editor.save_draft()
    stored = vault.get(editor.session.record_id)
    # The empty first row was not stored: the wording and its mark moved up to row 1.
    assert stored.answers["instructions"]["instructions"] == [{"words_original": WORDS}]
    assert {"section": "instructions", "field": "instructions.words_original", "row": 1,
            "start": 4, "end": 12, "kind": "name"} in stored.marks
    assert len(stored.marks) == 2
    # Reopened, each mark is back on its own widget.
    editor.open_record(vault, stored.id)
    words = row_field(editor, "instructions", "instructions", 1, "words_original")
    assert words.marks() == [{"start": 4, "end": 12, "kind": "name"}]


def test_arabic_editor_is_right_to_left_and_takes_arabic(qtbot, make_window, closed_vault,
                                                        unlock, passphrase):
    window = make_window(lang="ar", vault_path=closed_vault)
    unlock(window, passphrase)
    qtbot.keyClick(window.records.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: window.stack.currentWidget() is editor)
    assert editor.isRightToLeft()
    # The navigator is on the start side: the right, in Arabic.
    assert editor.navigator.mapTo(editor, editor.navigator.rect().topLeft()).x() > \
        editor.stack.mapTo(editor, editor.stack.rect().topLeft()).x()
    assert "المقابلة" in editor.navigator.item(0).text()
    editor.go_to_section("account")
    type_into(qtbot, field(editor, "account", "narrative_original").edit, WORDS)
    window.lock()
    unlock(window, passphrase)
    assert field(editor, "account", "narrative_original").value() == WORDS
    assert window.vault.get(editor.session.record_id).answers["account"] == {
        "narrative_original": WORDS}
