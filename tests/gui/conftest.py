"""Fixtures for the desktop shell's tests: real widgets (offscreen), real vaults in tmp_path.

Preferences go to an INI file in tmp_path, never to the user's real settings.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from qt_garbage import collect_here

from testimony_app.gui.vault_task import stop_vault_tasks
from testimony_app.gui.workers import wait_for_workers


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Work a test's windows started on a vault is stopped and waited for before anything
    is torn down, as a lock does: a window may start its next task as the last one ends
    (the import's previews, say), and a fixture closing the vault under a running task
    crashes the process (SQLite's connection freed in the middle of a statement)."""
    assert stop_vault_tasks(), "a vault task did not stop within a minute"
    wait_for_workers()
    return (yield)


@pytest.fixture(autouse=True)
def no_qt_object_left_to_the_garbage_collector():
    """No live Qt object may be left for Python's garbage collector to delete (on some
    worker thread, later, in another test): see qt_garbage. Torn down after every other
    fixture of the test, so its windows are closed by then."""
    left = collect_here()
    if left:
        pytest.fail(f"live Qt objects were left to the garbage collector before this "
                    f"test: {', '.join(left)}")
    yield
    left = collect_here()
    if left:
        pytest.fail(f"this test left live Qt objects to the garbage collector: "
                    f"{', '.join(left)} (delete them, or give them a Qt parent)")


@pytest.fixture
def prefs(tmp_path):
    from testimony_app.gui.prefs import Prefs

    prefs = Prefs(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield prefs
    prefs.settings.deleteLater()  # here, not by the garbage collector on some other thread


@pytest.fixture
def closed_vault(tmp_path, passphrase):
    """A real vault file, created with the shared strong passphrase and closed again."""
    from testimony_app.vault import Vault

    path = tmp_path / "field.vault"
    Vault.create(path, passphrase, researcher_name="Researcher 7", code_prefix="MOS").close()
    return path


@pytest.fixture
def make_window(qtbot, prefs):
    """Build MainWindow the way the app does, in a given language; closed at teardown."""
    from testimony_app.gui.app import apply_language, remove_language
    from testimony_app.gui.main_window import MainWindow

    app = QApplication.instance()
    made: list[tuple[MainWindow, list]] = []

    def make(*, lang: str = "en", idle_ms: int = 600_000, vault_path=None) -> MainWindow:
        translators = apply_language(app, lang)
        window = MainWindow(prefs, lang, idle_ms=idle_ms, vault_path=vault_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, translators))
        return window

    yield make
    for window, translators in made:
        window.close()
        remove_language(app, translators)
    wait_for_workers()


def _type_text(qtbot, widget: QWidget, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def type_text(qtbot):
    """Type like a user. qtbot.keyClicks aborts on non-ASCII with PySide6 6.11, so any
    other text is sent one key event per character."""
    return lambda widget, text: _type_text(qtbot, widget, text)


@pytest.fixture
def unlock(qtbot):
    """Type the passphrase on the unlock screen, press Enter, wait for the records page."""

    def run(window, passphrase: str) -> None:
        field = window.unlock_screen.passphrase
        _type_text(qtbot, field, passphrase)
        with qtbot.waitSignal(window.vault_opened, timeout=20_000):
            qtbot.keyClick(field, Qt.Key.Key_Return)

    return run


@pytest.fixture
def user_config(tmp_path):
    """Qt's per-user settings (QSettings' native format) redirected to tmp_path/config."""
    from PySide6.QtCore import QStandardPaths

    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))
