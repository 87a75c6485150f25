"""The menu entries for statements and hand-ins: usable only where they are safe, each
opens its window, and locking closes them all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from testimony_app.demo import demo_records
from testimony_app.gui.vault_dialog import VaultDialog
from testimony_app.vault import Vault

WINDOWS = {
    "statement": "StatementDialog",
    "export": "ExportDialog",
    "import": "ImportDialog",
    "conflicts": "ConflictsDialog",
    "duplicates": "DuplicatesDialog",
    "keys": "KeysDialog",
}


def _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock, *, lang="en"):
    vault.add_many(demo_records(3, seed=11))
    newest = vault.list_records(limit=1)[0]
    vault.close()
    window = make_window(vault_path=vault_path, lang=lang)
    unlock(window, passphrase)
    window.records.select_row(0)
    qtbot.waitUntil(lambda: window.records.view.record_id == newest.id)
    return window, newest


def _enabled(window) -> dict[str, bool]:
    return {name: _action(window, name).isEnabled() for name in WINDOWS}


def _action(window, name):
    return {a.objectName(): a for a in window.findChildren(type(window.lock_action))}[name]


def test_entries_follow_the_page(qtbot, make_window, vault_path, vault, passphrase, unlock):
    window, newest = _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock)
    assert all(_enabled(window).values())
    window.edit_record(newest.id)
    assert window.stack.currentWidget() is window.editor
    # Over the editor (autosave on a timer) only the statement may open.
    assert _enabled(window) == {name: name == "statement" for name in WINDOWS}
    window.editor.leave()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.records)
    assert all(_enabled(window).values())
    window.lock()
    assert not any(_enabled(window).values())


@pytest.mark.parametrize("name", list(WINDOWS))
def test_each_window_opens_and_closes_at_lock(qtbot, make_window, vault_path, vault,
                                              passphrase, unlock, name):
    window, _newest = _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock)
    _action(window, name).trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(VaultDialog)))
    (dialog,) = window.findChildren(VaultDialog)
    assert type(dialog).__name__ == WINDOWS[name]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    window.lock()
    assert dialog.vault is None
    qtbot.waitUntil(lambda: not window.findChildren(VaultDialog))


def test_a_statement_needs_a_saved_record(qtbot, make_window, vault_path, vault, passphrase,
                                          unlock):
    window, _newest = _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock)
    window.new_interview()
    _action(window, "statement").trigger()
    assert not window.findChildren(VaultDialog)
    assert "saved" in window.statusBar().currentMessage()


def test_no_second_window_while_one_is_open(qtbot, make_window, vault_path, vault,
                                            passphrase, unlock):
    """A menu entry reached while a vault window is up (a global menu bar stays usable
    under a window-modal sheet) opens nothing: two windows would run two tasks on the
    vault's one connection."""
    window, _newest = _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock)
    _action(window, "duplicates").trigger()  # its search starts at once, in a task
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(VaultDialog)))
    (first,) = window.findChildren(VaultDialog)
    for name in WINDOWS:
        _action(window, name).trigger()
    assert window.findChildren(VaultDialog) == [first]
    qtbot.waitUntil(lambda: not first.task.running)
    first.close()
    qtbot.waitUntil(lambda: not window.findChildren(VaultDialog))
    _action(window, "keys").trigger()  # once it is closed, windows open again
    qtbot.waitUntil(lambda: len(window.findChildren(VaultDialog)) == 1)


def test_a_busy_vault_at_a_first_statement_is_one_sentence(qtbot, make_window, vault_path,
                                                          vault, passphrase, unlock):
    """A first statement fixes the witness's pseudonym (a write); with the vault held by
    another Testimony command that write fails: one sentence, no half-made window, and
    the lock afterwards still works."""
    window, _newest = _open_window(qtbot, make_window, vault_path, vault, passphrase, unlock)
    other = Vault.open(vault_path, passphrase)  # e.g. `testimony import` in a terminal
    try:
        other._conn.execute("BEGIN IMMEDIATE")
        _action(window, "statement").trigger()
        other._conn.execute("ROLLBACK")
    finally:
        other.close()
    assert "busy" in window.statusBar().currentMessage()
    assert not [d for d in window.findChildren(VaultDialog) if d.isVisible()]
    window.lock()
    assert window.vault is None and not window.findChildren(VaultDialog)
