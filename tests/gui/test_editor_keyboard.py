"""The editor by keyboard: drop-downs keep Alt+Down and ignore Space, a row added with
Ctrl+Shift+N is scrolled into view, Complete has Ctrl+Enter."""

from __future__ import annotations

import pytest
from editor_driver import field, focused, new_interview_page, repeat
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QComboBox

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot, vault):
    page = new_interview_page(qtbot, vault)
    yield page
    page.clear()


def _a_drop_down(editor, section: str) -> QComboBox:
    editor.go_to_section(section)
    combo = next(c for c in editor.pages[section].findChildren(QComboBox) if c.isVisible())
    combo.setFocus()
    return combo


def test_alt_down_opens_the_drop_down_and_stays_in_the_section(qtbot, editor):
    combo = _a_drop_down(editor, "witness")
    qtbot.keyClick(combo, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    assert editor.current_section() == "witness"
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_Up, ALT)
    assert editor.current_section() == "witness"
    # Sections still change from the keyboard, by Ctrl+PgDown / Ctrl+PgUp.
    qtbot.keyClick(combo, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section() == "incident"


def test_space_in_a_drop_down_opens_nothing_and_changes_nothing(qtbot, editor):
    combo = _a_drop_down(editor, "witness")
    before = combo.currentIndex()
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert not combo.view().isVisible() and combo.currentIndex() == before
    qtbot.keyClick(combo, Qt.Key.Key_F4)  # the popup still opens by keyboard
    qtbot.waitUntil(lambda: combo.view().isVisible())
    combo.hidePopup()


def test_a_row_added_by_keyboard_is_scrolled_into_view(qtbot, editor):
    editor.resize(900, 420)  # a small screen: a few cards fill the page
    editor.go_to_section("people")
    people = repeat(editor, "people", "people")
    page = editor.pages["people"]
    people.add_button.setFocus()
    for count in range(1, 6):
        qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
        assert len(people.cards) == count
        given = people.cards[-1].form.widgets["name"].arabic["given"]
        assert given.hasFocus()
        qtbot.waitUntil(lambda g=given: _placed(people) and _in_view(page, g))
    assert page.verticalScrollBar().value() > 0  # it did have to scroll


def _placed(people) -> bool:
    """The layouts have run: the newest card sits below the one before it."""
    cards = people.cards
    return len(cards) < 2 or cards[-1].y() >= cards[-2].y() + cards[-2].height()


def _in_view(page, widget) -> bool:
    view = page.viewport()
    return QRect(QPoint(0, 0), view.size()).contains(
        QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))


def test_ctrl_enter_completes(qtbot, editor):
    editor.go_to_section("interview")
    name = field(editor, "interview", "interviewers")
    name.setFocus()
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # A new interview misses required answers: Complete lists them on the Check tab.
    assert editor.side.currentWidget() is editor.problems
    assert editor.problems.list.count() > 0
    assert editor.complete_button.text() == "Complete"  # asks nothing more: no "…"
