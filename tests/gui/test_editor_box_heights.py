"""Boxes keep their full height when a section is left and shown again: a form cleared
and refilled while its page was hidden (at a lock, say) must not leave the witness's name
boxes squashed under their wrapped hint (seen in Arabic on a 1366×768 laptop)."""

from __future__ import annotations

import pytest
from editor_driver import field, type_into
from PySide6.QtWidgets import QLineEdit


def _squashed(editor) -> list[str]:
    page = editor.stack.currentWidget()
    return [f"{e.objectName()}: {e.height()} < {e.sizeHint().height()}"
            for e in page.findChildren(QLineEdit)
            if e.isVisible() and e.height() < e.sizeHint().height()]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("width", [1366, 1100, 900])
def test_name_boxes_keep_their_height(qtbot, make_window, closed_vault, unlock, passphrase,
                                      lang, width):
    window = make_window(vault_path=closed_vault, lang=lang)
    window.resize(width, 740)
    unlock(window, passphrase)
    window.new_interview()
    editor = window.editor
    editor.go_to_section("witness")
    assert _squashed(editor) == []
    name = field(editor, "witness", "full_name")
    type_into(qtbot, name.arabic["given"], "زينب")
    name.latin_toggle.click()  # a second row of boxes, on the page as it is shown
    qtbot.waitUntil(lambda: _squashed(editor) == [], timeout=2000)
    for section in ("incident", "witness", "people", "witness"):
        editor.go_to_section(section)
        assert _squashed(editor) == [], section
    # Leaving for the list and coming back, and a lock: the form is cleared and refilled.
    editor.leave()
    window.edit_record(editor.session.record_id if editor.session else
                       window.records.view.record_id or _first_id(window), "witness")
    assert _squashed(editor) == []
    window.lock()
    unlock(window, passphrase)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    editor.go_to_section("incident")
    editor.go_to_section("witness")
    assert field(editor, "witness", "full_name").arabic["given"].text() == "زينب"
    assert _squashed(editor) == []


def _first_id(window) -> str:
    window.records.select_row(0)
    return window.records.view.record_id
