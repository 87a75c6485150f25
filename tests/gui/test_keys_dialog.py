"""The keys window over real vaults: a supervisor saves its public key (receiving), a
researcher enrols it after comparing the fingerprint, bad or existing files get one
sentence and change nothing, and revoking asks first."""

from __future__ import annotations

import pytest
from file_dialog_driver import answering_file_dialog
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from unit.exchange_parties import make_vault

from testimony_app.exchange import keys as k
from testimony_app.gui.exchange.keys_dialog import KeysDialog
from testimony_app.gui.vault_dialog import close_vault_dialogs


@pytest.fixture
def pair(tmp_path):
    sup = make_vault(tmp_path / "office", "Supervisor")
    res = make_vault(tmp_path / "field", "Researcher")
    yield sup, res
    sup.close()
    res.close()


def _dialog(qtbot, vault):
    dialog = KeysDialog(vault, "en", None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _save_key(qtbot, dialog, path, *, receive: bool):
    if dialog.receive_box.isChecked() != receive:
        dialog.receive_box.click()
    with answering_file_dialog(path):
        dialog.save_button.click()


def test_supervisor_saves_key_and_researcher_enrols_it_after_comparing(
        qtbot, pair, tmp_path, user_config):
    sup, res = pair
    sup_dialog = _dialog(qtbot, sup)
    assert not sup_dialog.receive_box.isChecked()  # no recipient key yet
    tpub = tmp_path / "supervisor.tpub"
    _save_key(qtbot, sup_dialog, tpub, receive=True)
    key = k.parse_tpub(tpub.read_bytes())
    assert key.recipient is not None and key.signing == sup.identity.public_key
    # The fingerprint shown is the saved key's, in eight groups of four, selectable.
    shown = sup_dialog.own_fingerprint.text()
    assert shown == key.display and len(shown.split()) == 8
    assert sup_dialog.own_fingerprint.textInteractionFlags() & \
        Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Saved" in sup_dialog.message.text()

    dialog = _dialog(qtbot, res)
    assert dialog.table.rowCount() == 0 and dialog.enrol_panel.isHidden()
    with answering_file_dialog(tpub):
        dialog.enrol_button.click()
    assert dialog.enrol_panel.isVisible()
    assert dialog.candidate_fingerprint.text() == shown
    assert dialog.role_combo.currentData() == "supervisor"
    assert not dialog.confirm_enrol.isEnabled()  # not before the fingerprint was compared
    dialog.matches_box.click()
    assert dialog.confirm_enrol.isEnabled()
    dialog.label_edit.clear()
    qtbot.keyClicks(dialog.label_edit, "Mosul office")
    qtbot.mouseClick(dialog.confirm_enrol, Qt.MouseButton.LeftButton)
    enrolled = k.list_keys(res)
    assert [(e.role, e.label, e.fingerprint) for e in enrolled] == \
        [("supervisor", "Mosul office", key.fingerprint)]
    assert [dialog.table.item(0, c).text() for c in range(3)] == \
        ["Mosul office", "supervisor", key.display]
    assert dialog.enrol_panel.isHidden()


def test_bad_key_file_and_existing_file_get_one_sentence(qtbot, pair, tmp_path, user_config):
    sup, res = pair
    good = k.own_public_key(sup, receive=True).to_text()
    bad = tmp_path / "bad.tpub"
    signing = next(line for line in good.splitlines() if line.startswith("signing: "))
    other = signing[:12] + ("A" if signing[12] != "A" else "B") + signing[13:]
    bad.write_text(good.replace(signing, other))  # one character of the key changed
    dialog = _dialog(qtbot, res)
    with answering_file_dialog(bad):
        dialog.enrol_button.click()
    text = dialog.message.text()
    assert "fingerprint does not match" in text and "\n" not in text
    assert dialog.enrol_panel.isHidden() and k.list_keys(res) == []

    existing = tmp_path / "taken.tpub"
    existing.write_bytes(b"keep me")
    _save_key(qtbot, dialog, existing, receive=False)
    assert "already exists" in dialog.message.text()
    assert existing.read_bytes() == b"keep me"


def test_revoke_asks_first(qtbot, pair, tmp_path, user_config):
    sup, res = pair
    k.enroll(res, k.own_public_key(sup, receive=True), "supervisor")
    dialog = _dialog(qtbot, res)
    assert not dialog.revoke_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.revoke_button.isEnabled()

    dialog.revoke_button.click()
    box = dialog.findChild(QMessageBox, "confirm_revoke")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert k.list_keys(res)[0].revoked_at is None

    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirm_revoke") is not None)
    box = dialog.findChild(QMessageBox, "confirm_revoke")
    [revoke] = [b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    revoke.click()
    assert k.list_keys(res)[0].revoked_at is not None
    assert dialog.table.item(0, 3).text().startswith("revoked")
    assert not dialog.revoke_button.isEnabled()


def test_forget_clears_the_window(qtbot, pair):
    sup, res = pair
    k.enroll(res, k.own_public_key(sup, receive=True), "supervisor")
    dialog = _dialog(qtbot, res)
    assert dialog.table.rowCount() == 1
    dialog.forget()
    assert dialog.table.rowCount() == 0 and dialog.own_fingerprint.text() == ""
    assert dialog.vault is None


def test_a_lock_while_choosing_where_to_save_writes_nothing(qtbot, pair, tmp_path,
                                                           user_config):
    """The auto-lock comes while the file dialog is up (it runs its own event loop)."""
    sup, _res = pair
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = KeysDialog(sup, "en", parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    tpub = tmp_path / "supervisor.tpub"
    timer = QTimer()

    def lock_then_answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QFileDialog):
            timer.stop()
            close_vault_dialogs(parent)  # what the main window does at lock
            box.findChild(QLineEdit, "fileNameEdit").setText(str(tpub))
            box.accept()

    timer.timeout.connect(lock_then_answer)
    timer.start(20)
    dialog.save_button.click()
    timer.stop()
    assert not tpub.exists()
    assert dialog.vault is None and dialog.message.text() == ""
