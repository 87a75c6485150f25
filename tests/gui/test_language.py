"""Language and direction: chosen before the first widget, right-to-left for ar and ckb."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from testimony_app.gui.app import apply_language, parse_args, remove_language


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_arabic_script_languages_lay_out_right_to_left(qtbot, make_window, closed_vault,
                                                       lang):
    window = make_window(lang=lang, vault_path=closed_vault)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    screen = window.unlock_screen
    # Mirrored: the Unlock button sits to the left of the passphrase field.
    assert screen.unlock_button.x() < screen.passphrase.x()


def test_english_lays_out_left_to_right(qtbot, make_window, closed_vault):
    window = make_window(lang="en", vault_path=closed_vault)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    screen = window.unlock_screen
    assert screen.unlock_button.x() > screen.passphrase.x()


def test_direction_is_ours_even_without_any_catalogue(qtbot):
    """Sorani has no Qt base translation: the direction must not depend on one."""
    app = QApplication.instance()
    translators = apply_language(app, "ckb")
    try:
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        remove_language(app, translators)
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_preference_and_command_line(prefs, monkeypatch):
    monkeypatch.setenv("TESTIMONY_LANG", "ckb")
    assert prefs.language() == "ckb"  # nothing stored: the system's choice
    prefs.set_language("ar")
    assert prefs.language() == "ar"
    prefs.set_language("xx")  # not a language we have: ignored
    assert prefs.language() == "ar"
    assert parse_args(["--lang", "en"]).lang == "en"
    assert parse_args([]).lang is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_language_menu_applies_at_once_while_locked(qtbot, make_window, closed_vault,
                                                     prefs):
    window = make_window(lang="en", vault_path=closed_vault)
    window.language_actions["ar"].trigger()
    assert prefs.language() == "ar" and window.lang == "ar"
    assert window.language_actions["ar"].isChecked()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.path == closed_vault
    assert window.lock_action.text() == "&قفل"  # the menus are in Arabic now
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.unlock_button.x() < screen.passphrase.x())  # mirrored
    window.language_actions["en"].trigger()
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.lock_action.text() == "&Lock"


def test_settings_hold_preferences_only(qtbot, make_window, closed_vault, passphrase, unlock,
                                        prefs):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.lock()
    keys = set(prefs.settings.allKeys())
    assert keys <= {"language", "last_vault", "remember_vault", "geometry", "lock_minutes"}
    prefs.settings.sync()
    text = open(prefs.settings.fileName(), encoding="utf-8").read()
    assert passphrase not in text


def test_the_vault_location_is_not_remembered_unless_asked(qtbot, make_window, closed_vault,
                                                           passphrase, unlock, prefs):
    window = make_window(vault_path=closed_vault)
    assert not window.unlock_screen.remember.isChecked()
    assert "anyone who holds" in window.unlock_screen.remember_note.text()
    unlock(window, passphrase)
    assert prefs.last_vault() is None
    assert "last_vault" not in prefs.settings.allKeys()
    prefs.settings.sync()
    assert str(closed_vault) not in open(prefs.settings.fileName(), encoding="utf-8").read()


def test_remembering_the_vault_location_when_ticked(qtbot, make_window, closed_vault,
                                                    passphrase, unlock, prefs):
    window = make_window(vault_path=closed_vault)
    window.unlock_screen.remember.setChecked(True)
    unlock(window, passphrase)
    assert prefs.last_vault() == closed_vault
    window.lock()
    assert window.unlock_screen.remember.isChecked()


def test_the_settings_file_is_private(qtbot, user_config):
    """Qt's own settings file (the one the app uses) is 0600 from the first write, and one
    an older release left 0644 is narrowed."""
    import os
    import stat

    from testimony_app.gui.prefs import Prefs

    prefs = Prefs()
    path = prefs.settings.fileName()
    assert path.startswith(str(user_config))
    prefs.set_language("ar")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
    os.chmod(path, 0o644)
    prefs = Prefs()
    prefs.set_last_vault(user_config / "x.vault", remember=True)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
