"""`testimony-gui` itself: language and direction settled before the first window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from testimony_app.gui.app import main
from testimony_app.gui.main_window import MainWindow


def test_main_opens_the_unlock_screen_right_to_left(qtbot, user_config, closed_vault,
                                                     monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its guard
    seen = {}

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0]
        seen["windows"] = len(windows)
        seen["direction"] = window.layoutDirection()
        seen["unlock"] = window.stack.currentWidget() is window.unlock_screen
        seen["path"] = window.unlock_screen.path
        window.close()

    QTimer.singleShot(0, look_and_quit)
    assert main(["testimony-gui", "--lang", "ckb", "--vault", str(closed_vault)]) == 0
    assert seen == {"windows": 1, "direction": Qt.LayoutDirection.RightToLeft,
                    "unlock": True, "path": closed_vault}
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # undone
    assert (user_config / "Testimony" / "Testimony.conf").is_file()  # geometry, not home
    assert sys.excepthook.__module__ == "testimony_app.gui.crash_guard"
    # The window is gone when main() returns, deleted on this thread: not left to a later
    # garbage collection, which may run on a worker thread (and crash the process there).
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
