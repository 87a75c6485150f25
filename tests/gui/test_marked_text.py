"""The narrative editor's sensitive-span marking, driven with real key and mouse events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from testimony_app.gui.editor.marked_text import MarkedTextEdit

AR = "قال أحمد الجبوري إن البيت في حي الجديدة"


def _edit(qtbot, text=""):
    edit = MarkedTextEdit()
    qtbot.addWidget(edit)
    edit.resize(500, 200)
    edit.show()
    qtbot.waitExposed(edit)
    edit.set_text(text)
    edit.activateWindow()
    qtbot.waitActive(edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def _select(edit, start, end):
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _key(qtbot, edit, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(edit, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_shortcuts_mark_the_selection_with_each_kind(qtbot):
    edit = _edit(qtbot, "Omar lives in Mosul, call 0770 123 4567 any day")
    for (start, end), key, kind in (((0, 4), Qt.Key.Key_1, "name"),
                                    ((14, 19), Qt.Key.Key_2, "place"),
                                    ((26, 39), Qt.Key.Key_3, "phone"),
                                    ((40, 43), Qt.Key.Key_4, "other")):
        _select(edit, start, end)
        with qtbot.waitSignal(edit.changed):
            _key(qtbot, edit, key, CTRL_SHIFT)
        assert edit.marks()[-1] == {"start": start, "end": end, "kind": kind}
    assert edit.marks() == [
        {"start": 0, "end": 4, "kind": "name"}, {"start": 14, "end": 19, "kind": "place"},
        {"start": 26, "end": 39, "kind": "phone"}, {"start": 40, "end": 43, "kind": "other"}]
    # Shown as coloured backgrounds: one extra selection per mark.
    assert len(edit.extraSelections()) == 4


def test_marks_follow_typing_and_deleting(qtbot, type_text):
    edit = _edit(qtbot, "Omar lives in Mosul")
    _select(edit, 14, 19)
    _key(qtbot, edit, Qt.Key.Key_2, CTRL_SHIFT)
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(edit, "Then ")
    assert edit.text() == "Then Omar lives in Mosul"
    assert edit.marks() == [{"start": 19, "end": 24, "kind": "place"}]
    # Delete "in Mo": the mark shrinks to what is left of it.
    _select(edit, 16, 21)
    _key(qtbot, edit, Qt.Key.Key_Delete)
    assert edit.text() == "Then Omar lives sul"
    assert edit.marks() == [{"start": 16, "end": 19, "kind": "place"}]
    # Delete the rest of it: the mark disappears.
    _select(edit, 15, 19)
    _key(qtbot, edit, Qt.Key.Key_Backspace)
    assert edit.marks() == []


def test_undo_and_redo_bring_text_and_marks_back(qtbot, type_text):
    edit = _edit(qtbot, "Omar lives in Mosul")
    _select(edit, 0, 4)
    _key(qtbot, edit, Qt.Key.Key_1, CTRL_SHIFT)
    _select(edit, 0, 10)
    _key(qtbot, edit, Qt.Key.Key_Delete)
    assert edit.marks() == []
    _key(qtbot, edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Omar lives in Mosul"
    assert edit.marks() == [{"start": 0, "end": 4, "kind": "name"}]
    _key(qtbot, edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert edit.text() == " in Mosul"
    assert edit.marks() == []
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " city")
    _key(qtbot, edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == " in Mosul"


def test_arabic_text_is_marked_in_python_offsets(qtbot, type_text):
    edit = _edit(qtbot)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    type_text(edit, AR)
    assert edit.text() == AR
    start = AR.index("أحمد")
    _select(edit, start, start + len("أحمد الجبوري"))
    _key(qtbot, edit, Qt.Key.Key_1, CTRL_SHIFT)
    mark = edit.marks()[0]
    assert AR[mark["start"]:mark["end"]] == "أحمد الجبوري"


def test_offsets_stay_python_indices_past_emoji(qtbot):
    text = "🙂 Ali 🙂 Omar"
    edit = _edit(qtbot, text)
    edit.set_marks([{"start": text.index("Omar"), "end": len(text), "kind": "name"}])
    # Qt counts the emoji as two positions each; the mark is still on "Omar".
    selections = edit.extraSelections()
    assert selections[0].cursor.selectedText() == "Omar"
    _select(edit, 3, 6)  # Qt positions of "Ali"
    _key(qtbot, edit, Qt.Key.Key_1, CTRL_SHIFT)
    assert [text[m["start"]:m["end"]] for m in edit.marks()] == ["Ali", "Omar"]


def test_suggestions_are_underlined_and_accepted(qtbot, type_text):
    edit = _edit(qtbot, "")
    edit.set_suggestions(["احمد", "07701234567", "Zainab"])
    type_text(edit, "رأى أَحمد زينب وقال اتصلوا ٠٧٧٠١٢٣٤٥٦٧")
    qtbot.waitUntil(lambda: len(edit.suggestions()) == 2)
    assert [s["term"] for s in edit.suggestions()] == ["أَحمد", "٠٧٧٠١٢٣٤٥٦٧"]
    menu = edit.build_context_menu(edit.suggestions()[0]["start"])
    titles = [a.text() for a in menu.actions()]
    assert "Mark “أَحمد” as name" in titles
    next(a for a in menu.actions() if a.text() == "Mark “أَحمد” as name").trigger()
    assert [m["kind"] for m in edit.marks()] == ["name"]
    assert [s["term"] for s in edit.suggestions()] == ["٠٧٧٠١٢٣٤٥٦٧"]
    _key(qtbot, edit, Qt.Key.Key_M, CTRL_SHIFT)  # mark all suggestions
    assert [m["kind"] for m in edit.marks()] == ["name", "phone"]
    assert edit.suggestions() == []


def test_context_menu_marks_and_unmarks(qtbot):
    edit = _edit(qtbot, "Omar lives in Mosul")
    _select(edit, 14, 19)
    menu = edit.build_context_menu(15)
    by_title = {a.text(): a for a in menu.actions()}
    assert by_title["Mark as place"].isEnabled()
    assert not by_title["Mark all suggestions"].isEnabled()
    by_title["Mark as place"].trigger()
    assert edit.marks() == [{"start": 14, "end": 19, "kind": "place"}]
    edit.moveCursor(QTextCursor.MoveOperation.End)
    menu = edit.build_context_menu(16)
    by_title = {a.text(): a for a in menu.actions()}
    assert not by_title["Mark as place"].isEnabled()
    by_title["Unmark"].trigger()
    assert edit.marks() == []
    # The menu's disabled copies leave the widget's shortcuts working.
    _select(edit, 0, 4)
    _key(qtbot, edit, Qt.Key.Key_1, CTRL_SHIFT)
    assert edit.marks() == [{"start": 0, "end": 4, "kind": "name"}]


def test_set_marks_ignores_bad_marks_and_clear_forgets_everything(qtbot):
    edit = _edit(qtbot, "Omar lives in Mosul")
    edit.set_suggestions(["Omar"])
    edit.set_marks([{"start": 14, "end": 99, "kind": "place", "section": "account"},
                    {"start": 0, "end": 2, "kind": "bogus"}])
    assert edit.marks() == [{"start": 14, "end": 19, "kind": "place"}]
    assert len(edit.suggestions()) == 1
    edit.clear()
    assert (edit.text(), edit.marks(), edit.suggestions()) == ("", [], [])
    assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
    assert edit.extraSelections() == []


def test_copies_are_noted_for_the_clipboard_guard(qtbot):
    from PySide6.QtGui import QGuiApplication

    from testimony_app.gui.clipboard import ClipboardGuard

    edit = _edit(qtbot, "Omar lives in Mosul")
    edit.clipboard_guard = ClipboardGuard()
    _select(edit, 0, 4)
    _key(qtbot, edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Omar"
    assert edit.clipboard_guard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == ""


def test_a_long_account_paints_only_what_is_on_screen(qtbot):
    paragraph = "كان معنا محمد الجبوري في البيت."
    text = "\n".join([paragraph] * 400)
    edit = _edit(qtbot, text)
    edit.set_suggestions(["محمد"])
    assert len(edit.suggestions()) == 400
    shown = len(edit.extraSelections())
    assert 0 < shown < 100
    # Scrolled to the end: the last paragraph's name is underlined there.
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.ensureCursorVisible()
    last = text.rindex("محمد")
    qtbot.waitUntil(lambda: any(s.cursor.selectionStart() == last
                                for s in edit.extraSelections()))


def test_an_arabic_account_is_aligned_right_even_in_an_english_interface(qtbot, type_text):
    edit = _edit(qtbot, "")
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight

    def side():
        return edit.document().defaultTextOption().alignment() & (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)

    type_text(edit, "«" + AR)
    assert side() == Qt.AlignmentFlag.AlignRight
    edit.set_text("The witness said: " + AR)
    assert side() == Qt.AlignmentFlag.AlignLeft
