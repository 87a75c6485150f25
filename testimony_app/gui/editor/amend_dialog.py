"""Asking why a completed record is being changed, or letting the edits go (window-modal,
opened with `open()`).

Never blocks (no exec()): an auto-lock can happen while it is open. Discarding must never
touch a revision: it only drops the unsaved edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QWidget


def ask_amend_reason(parent: QWidget, on_reason: Callable[[str], None],
                     on_discard: Callable[[], None] | None = None) -> QInputDialog:
    """Open the question; `on_reason(text)` runs if the user gives a non-empty reason,
    `on_discard()` if the user chooses to go back to the last revision."""
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
    dialog.open()  # lays out the dialog: its button box exists from here on
    if on_discard is not None:
        buttons = dialog.findChild(QDialogButtonBox)
        discard = buttons.addButton(QCoreApplication.translate(
            "AmendDialog", "Discard my edits"), QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_edits")
        discard.setToolTip(QCoreApplication.translate(
            "AmendDialog", "Go back to the last saved revision; nothing is written."))
        discard.setAutoDefault(False)

        def discarded() -> None:
            dialog.reject()
            on_discard()

        discard.clicked.connect(discarded)
    return dialog
