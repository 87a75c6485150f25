"""Lock and idle auto-lock: what was typed is written to the vault, every editor widget
is emptied, and unlocking returns to the same record and section."""

from __future__ import annotations

from editor_driver import field, repeat, row_field, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from testimony_app.vault.working_copy import pending_working_copies

NAME = "زينب"
WORDS = "She was carrying water"


def _texts(root: QWidget) -> list[str]:
    out = [w.text() for w in root.findChildren(QLineEdit)]
    out += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
    out += [w.text() for w in root.findChildren(QLabel)]
    out += [w.itemText(i) for w in root.findChildren(QComboBox) for i in range(w.count())]
    out += [w.toolTip() for w in root.findChildren(QWidget)]
    return out


def _start(qtbot, window):
    qtbot.keyClick(window.records.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: window.stack.currentWidget() is editor)
    editor.go_to_section("people")
    people = repeat(editor, "people", "people")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, row_field(editor, "people", "people", 1, "name").arabic["given"], NAME)
    editor.go_to_section("account")
    type_into(qtbot, field(editor, "account", "narrative_original").edit, WORDS)
    return editor


def test_lock_clears_every_widget_and_unlock_returns(qtbot, make_window, closed_vault, unlock,
                                                     passphrase):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _start(qtbot, window)
    record_id = editor.session.record_id or "new"
    qtbot.keyClick(field(editor, "account", "narrative_original").edit, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert editor.session is None
    texts = "\n".join(_texts(editor))
    assert NAME not in texts and WORDS not in texts
    assert repeat(editor, "people", "people").cards == []

    unlock(window, passphrase)
    assert window.stack.currentWidget() is editor
    assert editor.current_section() == "account"
    narrative = field(editor, "account", "narrative_original")
    assert narrative.value() == WORDS
    # Back in the field the user was typing in (it gets the keyboard when the window does).
    assert window.focusWidget() is narrative.edit
    assert row_field(editor, "people", "people", 1, "name").value() == {"given": NAME}
    if record_id != "new":
        assert editor.session.record_id == record_id
    # The lock wrote a draft revision: nothing is left only in the working copy.
    stored = window.vault.get(editor.session.record_id).answers
    assert stored["account"]["narrative_original"] == WORDS
    assert pending_working_copies(window.vault) == []


def test_idle_auto_lock_saves_and_clears(qtbot, make_window, closed_vault, unlock, passphrase):
    window = make_window(vault_path=closed_vault, idle_ms=60_000)
    unlock(window, passphrase)
    editor = _start(qtbot, window)
    with qtbot.waitSignal(window.vault_locked):
        window.auto_lock()  # what the idle timer calls
    assert WORDS not in "\n".join(_texts(editor))
    unlock(window, passphrase)
    assert field(editor, "account", "narrative_original").value() == WORDS


def test_a_lock_that_cannot_write_still_closes_everything(qtbot, make_window, closed_vault,
                                                          unlock, passphrase):
    """Another Testimony command holds the vault's write lock when the user locks: what
    was typed cannot be written, but the vault still closes and nothing stays shown."""
    from testimony_app.vault import Vault

    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _start(qtbot, window)
    other = Vault.open(closed_vault, passphrase)  # e.g. `testimony import` in a terminal
    try:
        other._conn.execute("BEGIN IMMEDIATE")
        window.lock()
        other._conn.execute("ROLLBACK")
    finally:
        other.close()
    assert window.vault is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert "busy" in window.unlock_screen.error.text()
    shown = _texts(window)
    assert not any(NAME in t or WORDS in t for t in shown)
    assert editor.session is None
