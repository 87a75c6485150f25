"""Driving the interview editor like a user in tests: find a field's inputs by the
questionnaire's names, type with key events, choose with the keyboard, click with the
mouse. A helper module (not a conftest), imported by the test_editor_* files."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from testimony_app.gui.editor.editor_page import EditorPage
from testimony_app.gui.editor.field_base import FieldWidget


def new_interview_page(qtbot, vault, lang: str = "en") -> EditorPage:
    """The editor, shown at a usual size, on a new interview in `vault`."""
    page = EditorPage(lang)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.new_interview(vault)
    return page


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click into `widget` and type `text` (one key event per character when not ASCII:
    qtbot.keyClicks aborts on non-ASCII text with PySide6 6.11)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def choose(qtbot, combo: QComboBox, value) -> None:
    """Choose the item holding `value` with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    for _ in range(combo.count() + 1):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def field(editor: EditorPage, section: str, name: str) -> FieldWidget:
    return editor.pages[section].group.widgets[name]


def row_field(editor: EditorPage, section: str, repeat: str, row: int,
              name: str) -> FieldWidget:
    return editor.pages[section].group.repeats[repeat].row_forms()[row - 1].widgets[name]


def repeat(editor: EditorPage, section: str, name: str):
    return editor.pages[section].group.repeats[name]


def check(qtbot, widget: FieldWidget, value: str) -> None:
    """Tick one box of a select-multiple field with the mouse."""
    box = widget.boxes[value]
    # On the indicator: a box stretched across its column ignores clicks past its text.
    half = box.height() // 2
    x = box.width() - half if box.isRightToLeft() else half
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, half))
    assert box.isChecked()


def focused() -> QWidget:
    """The widget with the keyboard focus, to send keys to. Checked here: QTest aborts the
    whole test process when given no widget (under a display server where the window was
    not activated, say), where this fails just the test."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus (is the window active?)"
    return widget
