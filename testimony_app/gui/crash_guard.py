"""The desktop app's last line of defence against a bug.

Replaces Python's default hook, which would print a traceback (and with it any testimony
or passphrase an exception's message quotes) to the terminal. The user gets one sentence
naming only the kind of error and where it happened; the app keeps running.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ..crash import describe


def report(exc_type: type[BaseException], exc: BaseException,
           tb: TracebackType | None) -> str:
    """Tell the user about an unexpected error without quoting it; returns the sentence."""
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    sentence = QCoreApplication.translate(
        "Crash", "Something went wrong inside Testimony ({what}). Nothing more was saved; "
                 "lock the vault and unlock it again.").format(what=describe(exc))
    print(f"testimony-gui: internal error ({describe(exc)})", file=sys.stderr)
    parent = QApplication.activeWindow() if QApplication.instance() is not None else None
    if parent is not None:
        # open(), not exec(): a hook must never start a nested event loop of its own.
        box = QMessageBox(QMessageBox.Icon.Critical, "Testimony", sentence,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("crash_report")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return sentence


def install() -> None:
    sys.excepthook = report
