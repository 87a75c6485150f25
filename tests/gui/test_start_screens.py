"""The unlock and create-vault screens: refusals change nothing, secrets do not linger."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt, QTimer

from testimony_app.gui.strength import bar_value
from testimony_app.vault import Vault, estimate

WRONG_SENTENCE = "Wrong passphrase: the vault was not opened and nothing was changed."


def file_digests(path):
    """SHA-256 of the vault and of any -wal/-shm beside it."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.parent.glob(path.name + "*"))}


def test_wrong_passphrase_shows_one_sentence_and_changes_nothing(qtbot, make_window,
                                                                  closed_vault, passphrase,
                                                                  type_text, unlock):
    before = file_digests(closed_vault)
    window = make_window(vault_path=closed_vault)
    screen = window.unlock_screen
    type_text(screen.passphrase, "not the passphrase, كلمة خاطئة")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.passphrase.text() == ""  # cleared as soon as it was read
    qtbot.waitUntil(lambda: screen.error.text() != "", timeout=20_000)

    assert screen.error.text() == WRONG_SENTENCE
    assert screen.passphrase.text() == "" and screen.passphrase.isEnabled()
    assert not window.is_unlocked
    assert window.stack.currentWidget() is screen
    assert file_digests(closed_vault) == before

    # The right passphrase still works afterwards, and the message goes away.
    unlock(window, passphrase)
    assert window.is_unlocked
    assert screen.error.text() == ""


def test_unlocking_does_not_freeze_the_window(qtbot, make_window, closed_vault, passphrase,
                                              type_text):
    """The key derivation (~0.2 s) runs in a worker: the event loop keeps turning."""
    window = make_window(vault_path=closed_vault)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    type_text(window.unlock_screen.passphrase, passphrase)
    timer.start()
    with qtbot.waitSignal(window.vault_opened, timeout=20_000):
        qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
        assert not window.unlock_screen.unlock_button.isEnabled()  # busy, not blocked
    timer.stop()
    # Run on the GUI thread, opening would have let at most one tick through.
    assert len(ticks) >= 3


def test_a_missing_vault_file_is_explained(qtbot, make_window, closed_vault, tmp_path,
                                           type_text):
    window = make_window(vault_path=closed_vault)
    missing = tmp_path / "elsewhere.vault"
    window.show_unlock(missing)
    type_text(window.unlock_screen.passphrase, "anything at all")
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "", timeout=20_000)
    assert str(missing) in window.unlock_screen.error.text()
    assert not missing.exists()


def test_weak_passphrase_is_refused_with_the_estimates_reason(qtbot, make_window, tmp_path,
                                                              type_text):
    path = tmp_path / "weak.vault"
    window = make_window(vault_path=path)
    screen = window.create_screen
    screen.prefix_edit.setText("MOS")
    weak = "password1234"
    strength = estimate(weak)
    assert not strength.acceptable
    type_text(screen.passphrase, weak)
    assert screen.meter.bar.value() == bar_value(strength, weak) < 100
    assert screen.meter.verdict.text() == strength.problem
    type_text(screen.repeat, weak)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)

    assert screen.error.text() == strength.problem
    assert not path.exists() and not window.is_unlocked
    assert screen.repeat.text() == ""


def test_a_vault_needs_its_own_code_prefix(qtbot, make_window, tmp_path, passphrase,
                                          type_text):
    """No shared default: two researchers' MOS-0001 would collide at the supervisor's."""
    path = tmp_path / "p.vault"
    window = make_window(vault_path=path)
    screen = window.create_screen
    assert screen.prefix_edit.text() == ""
    type_text(screen.passphrase, passphrase)
    type_text(screen.repeat, passphrase)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "code prefix" in screen.error.text() and not path.exists()
    type_text(screen.prefix_edit, "M")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "code prefix" in screen.error.text() and not path.exists()


def test_short_passphrase_gets_the_length_sentence(make_window, tmp_path, type_text):
    window = make_window(vault_path=tmp_path / "short.vault")
    screen = window.create_screen
    type_text(screen.passphrase, "abc")
    assert "at least 12 characters" in screen.meter.verdict.text()
    assert 0 < screen.meter.bar.value() < 60  # red: far below the bar


def test_passphrases_that_differ_are_refused(qtbot, make_window, tmp_path, passphrase,
                                             type_text):
    path = tmp_path / "v.vault"
    window = make_window(vault_path=path)
    screen = window.create_screen
    screen.prefix_edit.setText("MOS")
    type_text(screen.passphrase, passphrase)
    type_text(screen.repeat, passphrase + "x")
    qtbot.keyClick(screen.repeat, Qt.Key.Key_Return)
    assert "differ" in screen.error.text()
    assert not path.exists()


def test_an_existing_file_is_never_overwritten(qtbot, make_window, tmp_path, passphrase,
                                               type_text):
    path = tmp_path / "notes.vault"
    path.write_bytes(b"someone else's file")
    window = make_window(vault_path=tmp_path / "other.vault")
    screen = window.create_screen
    screen.path_edit.setText(str(path))
    screen.prefix_edit.setText("MOS")
    type_text(screen.passphrase, passphrase)
    type_text(screen.repeat, passphrase)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in screen.error.text()
    assert path.read_bytes() == b"someone else's file"


def test_generated_passphrase_is_shown_once_and_creates_the_vault(qtbot, make_window,
                                                                  tmp_path, type_text):
    path = tmp_path / "generated.vault"
    window = make_window(vault_path=path)
    screen = window.create_screen
    screen.prefix_edit.setText("MOS")
    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    words = screen.generated_label.text()
    assert len(words.split("-")) == 6
    assert screen.generated_label.isVisible()
    assert screen.passphrase.text() == words == screen.repeat.text()
    assert screen.meter.strength.acceptable

    # Typing over it hides the words (and empties the repeat field).
    type_text(screen.passphrase, "x")
    assert not screen.generated_label.isVisible() and screen.generated_label.text() == ""
    assert screen.repeat.text() == ""

    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    words = screen.generated_label.text()
    with qtbot.waitSignal(window.vault_opened, timeout=20_000):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert screen.generated_label.text() == "" and not screen.generated_label.isVisible()
    window.lock()
    with Vault.open(path, words) as vault:  # the words shown are the vault's passphrase
        assert vault.count() == 0


def test_back_returns_to_unlock_and_forgets_typed_passphrases(qtbot, make_window,
                                                              closed_vault, type_text):
    window = make_window(vault_path=closed_vault)
    qtbot.mouseClick(window.unlock_screen.create_button, Qt.MouseButton.LeftButton)
    screen = window.create_screen
    assert window.stack.currentWidget() is screen
    type_text(screen.passphrase, "half typed secret")
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.unlock_screen
    assert screen.passphrase.text() == ""
