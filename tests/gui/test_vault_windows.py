"""The menu entries for statements and hand-ins: usable only where they are safe, each
opens its window, and locking closes them all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from testimony_app.demo import demo_records
from testimony_app.gui.vault_dialog import VaultDialog

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
