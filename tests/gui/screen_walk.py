"""Every window of the app, opened the way a user opens it, must fit the screen it is on.

Not collected on its own (the name does not start with test_): test_small_screens.py runs
it in a fresh process whose offscreen screen has a small size and scale factor
(TESTIMONY_SCREEN = "WIDTHxHEIGHT" in logical pixels, checked first), because Qt fixes
the screen when the application starts.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from screen_fit import fit_problems, shown_windows

from testimony_app.demo import demo_records
from testimony_app.gui.editor.repeat_editor import RowCard
from testimony_app.vault import Vault

LANGS = ["en", "ar", "ckb"]


def _screen_is_the_one_asked() -> None:
    wanted = os.environ.get("TESTIMONY_SCREEN")
    if not wanted:
        pytest.skip("run through test_small_screens.py, which sets the screen")
    size = QGuiApplication.primaryScreen().availableGeometry().size()
    assert f"{size.width()}x{size.height()}" == wanted


def _check_all(where: str, found: list[str]) -> None:
    for window in shown_windows():
        found += [f"[{where}] {p}" for p in fit_problems(window)]


def _open_dialog(qtbot, window, action) -> QDialog:
    before = {id(d) for d in window.findChildren(QDialog) if d.isVisible()}
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() and id(d) not in before
                                for d in window.findChildren(QDialog)), timeout=10_000)
    return next(d for d in window.findChildren(QDialog) if d.isVisible() and id(d) not in before)


def _close(qtbot, dialog: QDialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("lang", LANGS)
def test_every_window_fits(qtbot, make_window, tmp_path, passphrase, unlock, lang):
    _screen_is_the_one_asked()
    found: list[str] = []
    path = tmp_path / "walk.vault"
    window = make_window(lang=lang, vault_path=path)  # no vault yet: the create screen
    assert window.stack.currentWidget() is window.create_screen
    _check_all("create", found)

    with Vault.create(path, passphrase, researcher_name="Researcher 7",
                      code_prefix="MOS") as vault:
        vault.add_many(demo_records(4, seed=5))
    window.show_unlock(path)
    _check_all("unlock", found)
    unlock(window, passphrase)
    window.records.select_row(0)
    _check_all("records", found)

    windows = window.windows
    for action in (windows.statement_action, windows.export_action, windows.import_action,
                   windows.conflicts_action, windows.duplicates_action, windows.keys_action):
        dialog = _open_dialog(qtbot, window, action)
        _check_all(action.objectName(), found)
        _close(qtbot, dialog)

    window.records.select_row(0)
    window.edit_record(window.records.view.record_id)
    editor = window.editor
    for name, page in editor.pages.items():
        editor.go_to_section(name)
        for index in range(editor.side.count()):
            editor.side.setCurrentIndex(index)
            _check_all(f"editor {name}, side tab {index}", found)
        cards = page.findChildren(RowCard)
        for card in cards:  # every person card open, its longest form
            card.fold.setChecked(False)
        if cards:
            _check_all(f"editor {name}, {len(cards)} cards open", found)
    statement = _open_dialog(qtbot, window, windows.statement_action)
    _check_all("statement from the editor", found)
    _close(qtbot, statement)
    QApplication.processEvents()
    assert not found, "\n".join(found)
