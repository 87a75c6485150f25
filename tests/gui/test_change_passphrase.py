"""Vault → Change passphrase… over a real vault: the new passphrase opens the file (in
Testimony and with stock SQLCipher settings) and the old one no longer does; a wrong
current passphrase, a weak new one or two entries that differ change nothing."""

from __future__ import annotations

import hashlib

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from testimony_app.gui.change_passphrase import ChangePassphraseDialog
from testimony_app.vault import Vault, WrongPassphrase

NEW = "lantern orbit velvet quarry mosaic thistle"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stock_open(path, passphrase: str) -> int:
    """Open with plain SQLCipher 4 defaults, as `sqlcipher` on the command line would."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        conn.close()


def _open_dialog(qtbot, window) -> ChangePassphraseDialog:
    assert window.windows.passphrase_action.isEnabled()
    window.windows.passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _fill(type_text, dialog, current: str, new: str, repeat: str | None = None) -> None:
    type_text(dialog.current, current)
    type_text(dialog.passphrase, new)
    type_text(dialog.repeat, new if repeat is None else repeat)


def test_change_passphrase_from_the_menu(qtbot, make_window, closed_vault, passphrase,
                                         unlock, type_text):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.vault.add({"answers": {"account": {"narrative_original": "still here"}}})
    dialog = _open_dialog(qtbot, window)
    _fill(type_text, dialog, passphrase, NEW)
    assert dialog.meter.strength.acceptable
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "Passphrase changed" in window.statusBar().currentMessage()
    assert window.is_unlocked and window.vault.count() == 1  # still open, still usable
    window.lock()

    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, passphrase)
    with Vault.open(closed_vault, NEW) as v:
        assert v.count() == 1 and v.verify() == []
    assert _stock_open(closed_vault, NEW) == 1
    with pytest.raises(sqlcipher3.DatabaseError):
        _stock_open(closed_vault, passphrase)


@pytest.mark.parametrize("case", ["wrong current", "weak new", "differ", "empty current"])
def test_refused_changes_change_nothing(qtbot, make_window, closed_vault, passphrase, unlock,
                                        type_text, case):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.lock()
    before = _digest(closed_vault)
    unlock(window, passphrase)
    dialog = _open_dialog(qtbot, window)
    current, new, repeat = {
        "wrong current": (passphrase + "x", NEW, NEW),
        "weak new": (passphrase, "mosul2017mosul", "mosul2017mosul"),
        "differ": (passphrase, NEW, NEW + "x"),
        "empty current": ("", NEW, NEW),
    }[case]
    if current:
        type_text(dialog.current, current)
    type_text(dialog.passphrase, new)
    type_text(dialog.repeat, repeat)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "" and not dialog.task.running,
                    timeout=30_000)
    sentence = dialog.error.text()
    assert {"wrong current": "current passphrase is wrong", "weak new": "Add more unrelated",
            "differ": "differ", "empty current": "current passphrase"}[case] in sentence
    assert dialog.isVisible() and dialog.change_button.isEnabled()
    assert window.vault.audit_events()[-1].action != "passphrase_change"
    dialog.reject()
    window.lock()
    assert _digest(closed_vault) == before  # byte-identical
    with Vault.open(closed_vault, passphrase) as v:
        assert v.count() == 0


def test_generated_passphrase_is_shown_and_used(qtbot, make_window, closed_vault,
                                                passphrase, unlock, type_text):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    dialog = _open_dialog(qtbot, window)
    type_text(dialog.current, passphrase)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    words = dialog.generated_label.text()
    assert len(words.split("-")) == 6 and dialog.generated_label.isVisible()
    assert dialog.passphrase.text() == words == dialog.repeat.text()
    assert dialog.meter.strength.acceptable
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    window.lock()
    with Vault.open(closed_vault, words) as v:
        assert v.count() == 0


def test_the_entry_is_only_on_the_records_list(qtbot, make_window, closed_vault,
                                               passphrase, unlock):
    window = make_window(vault_path=closed_vault)
    assert not window.windows.passphrase_action.isEnabled()  # locked
    unlock(window, passphrase)
    assert window.windows.passphrase_action.isEnabled()
    window.new_interview()  # the editor autosaves on a timer: no rekey under it
    assert not window.windows.passphrase_action.isEnabled()


def test_lock_closes_the_dialog_and_wipes_it(qtbot, make_window, closed_vault, passphrase,
                                             unlock, type_text):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    dialog = _open_dialog(qtbot, window)
    type_text(dialog.current, passphrase)
    window.lock()
    qtbot.waitUntil(lambda: window.findChild(ChangePassphraseDialog) is None
                    or not window.findChild(ChangePassphraseDialog).isVisible())
    with Vault.open(closed_vault, passphrase) as v:  # nothing changed
        assert v.count() == 0
