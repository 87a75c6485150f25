"""Where things start: the create screen in its first box, file dialogs in the user's
documents folder (never the program's working directory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from testimony_app.gui.file_dialogs import choose_file, choose_new_path, start_folder


def test_the_create_screen_starts_in_the_name_box(make_window, tmp_path):
    window = make_window(vault_path=tmp_path / "none.vault")
    assert window.stack.currentWidget() is window.create_screen
    assert window.focusWidget() is window.create_screen.name_edit
    window.new_vault()  # from the menu, too
    assert window.focusWidget() is window.create_screen.name_edit


def _folder_shown(qtbot, open_dialog) -> Path:
    shown: list[str] = []
    timer = QTimer()

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            timer.stop()
            shown.append(dialog.directory().absolutePath())
            dialog.reject()

    timer.timeout.connect(poll)
    timer.start(20)
    try:
        open_dialog()
    finally:
        timer.stop()
    assert shown
    return Path(shown[0])


@pytest.mark.timeout(60)
def test_file_dialogs_start_in_the_documents_folder(qtbot, tmp_path, monkeypatch, user_config):
    parent = QFileDialog()  # any widget: the dialogs only need a parent
    qtbot.addWidget(parent)
    monkeypatch.chdir(tmp_path)  # the working directory must not be where they open
    home = start_folder()
    assert home != tmp_path and home.is_dir()
    assert _folder_shown(qtbot, lambda: choose_file(parent, "Open")) == home
    assert _folder_shown(qtbot, lambda: choose_new_path(parent, "Save", "DEMO-1.pdf")) == home
    elsewhere = tmp_path / "chosen"
    elsewhere.mkdir()
    assert _folder_shown(qtbot, lambda: choose_file(parent, "Open", str(elsewhere))) == elsewhere
