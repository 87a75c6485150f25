"""Choosing a vault file leaves no trace of its folder in Qt's own settings."""

from __future__ import annotations

import pytest
from file_dialog_driver import answering_file_dialog
from PySide6.QtCore import QSettings


@pytest.mark.timeout(60)  # a dialog that never shows must not hang the suite
def test_opening_another_vault_keeps_qt_dialog_history_as_it_was(qtbot, make_window,
                                                                 closed_vault, tmp_path,
                                                                 user_config):
    other = tmp_path / "hidden place" / "second.vault"
    other.parent.mkdir()
    other.write_bytes(b"\0" * 4096)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/history", ["file:///home/someone/Documents"])
    qt.sync()

    window = make_window(vault_path=closed_vault)
    with answering_file_dialog(other):
        window.unlock_screen.choose_vault()

    assert window.unlock_screen.path == other
    assert str(other) in window.unlock_screen.path_label.text()
    text = (user_config / "QtProject.conf").read_text("utf-8")
    assert tmp_path.name not in text  # neither the folder shown nor the one chosen
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert qt.value("FileDialog/history") == ["file:///home/someone/Documents"]
    assert not qt.contains("FileDialog/lastVisited")


@pytest.mark.timeout(60)
def test_choosing_where_a_new_vault_goes(qtbot, make_window, tmp_path, user_config):
    target = tmp_path / "secret folder" / "new.vault"
    target.parent.mkdir()
    window = make_window(vault_path=tmp_path / "first.vault")
    with answering_file_dialog(target):
        window.create_screen.browse_button.click()
    assert window.create_screen.path_edit.text() == str(target)
    text = (user_config / "QtProject.conf").read_text("utf-8")
    assert tmp_path.name not in text
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not qt.contains("FileDialog/history") and not qt.contains("FileDialog/lastVisited")
