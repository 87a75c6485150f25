"""The whole path a researcher takes: create a vault, unlock it, list, read, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from testimony_app.demo import demo_records
from testimony_app.vault import Vault


def click_row(qtbot, window, row: int) -> None:
    table = window.records.table
    rect = table.visualRect(window.records.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_create_unlock_list_view_lock(qtbot, make_window, tmp_path, passphrase, type_text,
                                      unlock, prefs):
    path = tmp_path / "new" / "mosul.vault"  # the folder does not exist yet
    window = make_window(vault_path=path)
    screen = window.create_screen
    assert window.stack.currentWidget() is screen
    assert screen.path_edit.text() == str(path)

    type_text(screen.name_edit, "Researcher 7")
    screen.prefix_edit.clear()
    type_text(screen.prefix_edit, "MOS")
    type_text(screen.passphrase, passphrase)  # has a quote and Arabic letters
    assert screen.meter.strength.acceptable
    type_text(screen.repeat, passphrase)
    with qtbot.waitSignal(window.vault_opened, timeout=20_000):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)

    # Read once, then cleared: no field still holds the passphrase.
    assert screen.passphrase.text() == "" and screen.repeat.text() == ""
    assert window.is_unlocked and path.is_file()
    assert window.stack.currentWidget() is window.records
    assert window.records.model.rowCount() == 0
    assert prefs.last_vault() is None  # nothing on the laptop points at it unless asked

    window.lock()
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.path == path

    # Interviews arrive through the core (the GUI editor is not part of the shell).
    with Vault.open(path, passphrase) as vault:
        assert vault.researcher_name == "Researcher 7"
        vault.add_many(demo_records(5, seed=3))
        newest = vault.list_records(limit=1)[0]

    unlock(window, passphrase)
    assert window.unlock_screen.passphrase.text() == ""
    model = window.records.model
    assert model.rowCount() == 5
    assert model.data(model.index(0, 0)) == newest.code
    assert newest.code.startswith("DEMO-")  # the demo's own codes, not the prefix
    assert window.records.count_label.text() == "Records: 5"

    click_row(qtbot, window, 0)
    view = window.records.view
    qtbot.waitUntil(lambda: view.record_id == newest.id)
    text = view.toPlainText()
    assert newest.code in text
    assert newest.title.split()[0] in text  # the witness's name
    assert "C. Witness" in text  # section labels from the questionnaire, in English

    qtbot.keyClick(window.records.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.is_unlocked)
    assert window.stack.currentWidget() is window.unlock_screen
    assert model.rowCount() == 0
    assert view.record_id is None and newest.code not in view.toPlainText()
    assert not window.lock_action.isEnabled()


def test_unlock_screen_is_first_when_the_vault_exists(make_window, closed_vault):
    window = make_window(vault_path=closed_vault)
    assert window.stack.currentWidget() is window.unlock_screen
    assert str(closed_vault) in window.unlock_screen.path_label.text()
    assert not window.lock_action.isEnabled()


def test_new_vault_from_the_menu_locks_the_open_one(qtbot, make_window, closed_vault,
                                                      passphrase, unlock):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.new_action.trigger()
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.create_screen
    # A fresh file name is proposed; an existing vault is never offered for overwriting.
    proposed = Path(window.create_screen.path_edit.text())
    assert proposed.name.endswith(".vault") and not proposed.exists()
