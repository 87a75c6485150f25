"""Leaving a completed record asks nothing when nothing changed, even after visiting every
section and card; when something did change, the question offers to discard the edits."""

from __future__ import annotations

from editor_driver import field, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from testimony_app.demo import demo_records
from testimony_app.vault import Vault


def _open_first(qtbot, make_window, closed_vault, unlock, passphrase, lang):
    with Vault.open(closed_vault, passphrase) as vault:
        vault.add_many(demo_records(3, seed=11))
    window = make_window(vault_path=closed_vault, lang=lang)
    unlock(window, passphrase)
    window.records.select_row(0)
    record_id = window.records.view.record_id
    qtbot.keyClick(window.records.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    return window, record_id


def test_leaving_an_untouched_completed_record_asks_nothing(qtbot, make_window, closed_vault,
                                                           unlock, passphrase):
    for lang in ("en",):
        window, record_id = _open_first(qtbot, make_window, closed_vault, unlock,
                                        passphrase, lang)
        editor = window.editor
        assert editor.session.status == "complete"
        for name in editor.pages:
            editor.go_to_section(name)
        qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
        assert window.findChild(QInputDialog, "amend_reason") is None
        assert window.stack.currentWidget() is window.records
        assert len(window.vault.history(record_id)) == 1


def test_typing_then_taking_it_back_and_a_lock_ask_nothing(qtbot, make_window, closed_vault,
                                                           unlock, passphrase):
    window, record_id = _open_first(qtbot, make_window, closed_vault, unlock, passphrase,
                                    "ar")
    editor = window.editor
    editor.go_to_section("account")
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, "x")
    editor.autosave()  # the working copy now holds the "x"
    qtbot.keyClick(observations.edit, Qt.Key.Key_Backspace)
    editor.autosave()
    window.lock()
    unlock(window, passphrase)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    for name in editor.pages:
        editor.go_to_section(name)
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QInputDialog, "amend_reason") is None
    assert window.stack.currentWidget() is window.records
    assert len(window.vault.history(record_id)) == 1
