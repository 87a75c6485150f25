"""Changing the language applies at once over an open vault: the vault stays open (the
same session), the list or the record and section being edited come back in the new
language, and the old pages, cleared of testimony, are deleted."""

from __future__ import annotations

from editor_driver import field, type_into
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from shiboken6 import isValid as shiboken_valid

from testimony_app.demo import demo_records
from testimony_app.gui.change_passphrase import ChangePassphraseDialog
from testimony_app.gui.editor.editor_page import EditorPage
from testimony_app.gui.records_page import RecordsPage
from testimony_app.vault import Vault

TYPED = "typed just before the switch"


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _holders(window) -> list:
    """Every text box of the window's widgets that shows the typed words."""
    boxes = window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
    return [w for w in window.findChildren(QLineEdit) if TYPED in w.text()] + \
        [w for w in boxes if TYPED in w.toPlainText()]


def test_switch_on_the_list_keeps_the_vault_open(qtbot, make_window, closed_vault, unlock,
                                                 passphrase):
    with Vault.open(closed_vault, passphrase) as vault:
        vault.add_many(demo_records(3, seed=11))
    window = make_window(lang="en", vault_path=closed_vault)
    unlock(window, passphrase)
    vault = window.vault
    old_records = window.records
    window.language_actions["ckb"].trigger()
    _flush_deletes()
    assert window.vault is vault and vault.is_open  # the same session, not reopened
    assert window.stack.currentWidget() is window.records
    assert window.records is not old_records and window.records.model.rowCount() == 3
    assert window.findChildren(RecordsPage) == [window.records]  # the old page is gone
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.lock_action.isEnabled() and window.new_interview_action.isEnabled()
    assert window.lock_action.text() != "&Lock"
    assert "Vault unlocked" not in window.statusBar().currentMessage()  # no English left
    window.lock()  # and the lock still works from the new menus
    assert not window.is_unlocked and not vault.is_open


def test_switch_while_editing_comes_back_to_the_record_and_section(qtbot, make_window,
                                                                    closed_vault, unlock,
                                                                    passphrase):
    window = make_window(lang="en", vault_path=closed_vault)
    unlock(window, passphrase)
    window.new_interview()
    editor = window.editor
    editor.go_to_section("account")
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, TYPED)
    window.language_actions["ar"].trigger()
    _flush_deletes()
    assert window.editor is not editor
    assert window.findChildren(EditorPage) == [window.editor]
    assert window.stack.currentWidget() is window.editor
    assert window.editor.current_section() == "account"
    assert field(window.editor, "account", "observations").value() == TYPED
    assert window.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.editor.session.record_id is not None
    # The typed words are only in the new editor (its box, and the history panel's view
    # of the revision the switch wrote, as a lock would): the old page is deleted.
    assert shiboken_valid(editor) is False
    holders = _holders(window)
    assert holders and all(window.editor.isAncestorOf(w) for w in holders)


def test_switch_closes_the_vault_windows(qtbot, make_window, closed_vault, unlock,
                                         passphrase, type_text):
    window = make_window(lang="en", vault_path=closed_vault)
    unlock(window, passphrase)
    window.windows.passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    type_text(dialog.current, passphrase)
    window.language_actions["ar"].trigger()
    _flush_deletes()
    assert not [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    assert window.is_unlocked
    assert window.windows.passphrase_action.isEnabled()


def test_no_switch_while_work_holds_the_vault(qtbot, make_window, closed_vault, unlock,
                                              passphrase, prefs):
    import threading

    from testimony_app.gui.vault_task import VaultTask

    window = make_window(lang="en", vault_path=closed_vault)
    unlock(window, passphrase)
    release = threading.Event()
    task = VaultTask(window)
    task.start(lambda _progress: release.wait(30))
    try:
        records = window.records
        window.language_actions["ar"].trigger()
        assert window.lang == "en" and window.records is records  # nothing rebuilt
        assert prefs.language() != "ar"  # nor remembered for the next start
        assert window.language_actions["en"].isChecked()
        assert "Wait until the current work is done" in window.statusBar().currentMessage()
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        with qtbot.waitSignal(task.finished, timeout=30_000):
            release.set()
    window.language_actions["ar"].trigger()  # once the work is done, it applies
    assert window.lang == "ar" and window.is_unlocked and prefs.language() == "ar"
