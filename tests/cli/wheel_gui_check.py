"""Run by tests/cli/test_wheel.py with the Python of a fresh venv where only the built wheel
is installed (copied out of the checkout first): the desktop app starts offscreen in
Arabic from the installed package's own files, unlocks a demo vault and lays out a record
by the questionnaire. Prints one JSON object for the test to check.

usage: python wheel_gui_check.py VAULT   (the passphrase in TESTIMONY_PASSPHRASE)
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication


def wait_for(condition: Callable[[], object], ms: int = 20_000) -> bool:
    """Run Qt's event loop until `condition` holds or `ms` have passed."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: condition() and loop.quit())
    poll.start(20)
    QTimer.singleShot(ms, loop.quit)
    if not condition():
        loop.exec()
    poll.stop()
    return bool(condition())


def _name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def main() -> None:
    vault = Path(sys.argv[1])
    app = QApplication(["testimony-gui", "-platform", "offscreen"])

    import testimony_app
    from testimony_app.gui.app import apply_language, remove_language, translations_dir
    from testimony_app.gui.main_window import MainWindow
    from testimony_app.gui.prefs import Prefs
    from testimony_app.vault import generate_passphrase

    translators = apply_language(app, "ar")
    prefs = Prefs(QSettings(str(vault.with_name("settings.ini")), QSettings.Format.IniFormat))
    window = MainWindow(prefs, "ar", vault_path=vault)
    window.show()
    screen = window.unlock_screen
    report: dict[str, object] = {
        "package": testimony_app.__file__,
        "catalogues": str(translations_dir()),
        "translators": len(translators),
        "unlock_button": screen.unlock_button.text(),
        "right_to_left": app.isRightToLeft(),
        "passphrase_words": len(generate_passphrase().split("-")),
        "finders": [_name(f if isinstance(f, type) else type(f)) for f in sys.meta_path],
    }
    screen.passphrase.setText(os.environ["TESTIMONY_PASSPHRASE"])
    screen.unlock_button.click()
    report["unlocked"] = wait_for(lambda: window.is_unlocked)
    records = window.records
    report["rows"] = records.model.rowCount()
    if report["rows"]:
        records.select_row(0)
        wait_for(lambda: records.view.record_id is not None)
        report["record_text"] = records.view.toPlainText()
    window.lock()
    window.close()
    window.deleteLater()
    prefs.settings.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    remove_language(app, translators)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
