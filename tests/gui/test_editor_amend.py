"""Amending a completed record asks why and makes a new revision; the history shows it."""

from __future__ import annotations

from editor_driver import field, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit


def _open_complete_record(qtbot, make_window, closed_vault, unlock, passphrase, sample_doc):
    from testimony_app.vault import Vault

    with Vault.open(closed_vault, passphrase) as vault:
        record = vault.add(sample_doc)
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.records.select_row(0)
    qtbot.keyClick(window.records.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    return window, record


def test_amend_asks_for_a_reason_then_saves_a_revision(qtbot, make_window, closed_vault,
                                                       unlock, passphrase, sample_doc):
    window, record = _open_complete_record(qtbot, make_window, closed_vault, unlock,
                                           passphrase, sample_doc)
    editor = window.editor
    assert editor.session.record_id == record.id and editor.session.status == "complete"
    editor.go_to_section("account")
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, " Checked again.")
    qtbot.keyClick(observations.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QInputDialog, "amend_reason")
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.findChild(QLineEdit),
              "Witness corrected the time")
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.vault.history(record.id)) == 2)
    history = window.vault.history(record.id)
    assert history[1].reason == "Witness corrected the time"
    assert history[1].status == "complete"
    head = window.vault.get(record.id)
    assert head.answers["account"]["observations"].endswith(" Checked again.")
    assert editor.history.isEnabled()


def test_cancelling_the_reason_saves_nothing(qtbot, make_window, closed_vault, unlock,
                                             passphrase, sample_doc):
    window, record = _open_complete_record(qtbot, make_window, closed_vault, unlock,
                                           passphrase, sample_doc)
    editor = window.editor
    editor.go_to_section("account")
    type_into(qtbot, field(editor, "account", "observations").edit, " More.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QInputDialog, "amend_reason")
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert len(window.vault.history(record.id)) == 1
    assert field(editor, "account", "observations").value().endswith(" More.")  # still there


def test_saving_an_unchanged_complete_record_asks_nothing(qtbot, make_window, closed_vault,
                                                         unlock, passphrase, sample_doc):
    window, record = _open_complete_record(qtbot, make_window, closed_vault, unlock,
                                           passphrase, sample_doc)
    qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QInputDialog, "amend_reason") is None
    assert window.stack.currentWidget() is window.records
    assert len(window.vault.history(record.id)) == 1
