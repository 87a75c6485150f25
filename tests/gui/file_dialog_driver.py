"""Answering Qt's own file dialog in a test, the way a user does (not a conftest, so the
tests import it by name)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit


def accept_dialog_with(path) -> QTimer:
    """Once Qt's file dialog is up, type `path` into its file name box and accept."""
    timer = QTimer()

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            timer.stop()
            # selectFile() leaves a focused name box alone: type into it as a user does.
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            dialog.accept()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


@contextmanager
def answering_file_dialog(path) -> Iterator[None]:
    """Within the block, Qt's file dialog (opened by a click or a call) is answered with
    `path`."""
    timer = accept_dialog_with(path)
    try:
        yield
    finally:
        timer.stop()
