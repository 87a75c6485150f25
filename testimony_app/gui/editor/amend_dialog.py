"""Asking why a completed record is being changed (window-modal, opened with `open()`).

Never blocks (no exec()): an auto-lock can happen while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget


def ask_amend_reason(parent: QWidget, on_reason: Callable[[str], None]) -> QInputDialog:
    """Open the question; `on_reason(text)` runs if the user gives a non-empty reason."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("amend_reason")
    dialog.setWindowTitle(QCoreApplication.translate("AmendDialog", "Amend a completed record"))
    dialog.setLabelText(QCoreApplication.translate("AmendDialog",
        "This record was completed. Saving makes a new revision and keeps the old one.\n"
        "Why is it being changed?"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(QCoreApplication.translate("AmendDialog", "Save amendment"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted(text: str) -> None:
        if text.strip():
            on_reason(text.strip())

    dialog.textValueSelected.connect(accepted)
    dialog.open()
    return dialog
