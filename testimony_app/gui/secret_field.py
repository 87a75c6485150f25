"""Passphrase fields: masked, never copied or dragged out, read once and then cleared.

Python strings cannot be wiped, so the best we can do is hold the passphrase in as few
places as possible for as short a time as possible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class SecretField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        # No context menu: "Copy" is disabled for password fields anyway, and "Paste" is
        # still available through Ctrl+V for users of password managers.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                 | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)

    def take(self) -> str:
        """The passphrase, once: the field is empty afterwards."""
        text = self.text()
        self.wipe()
        return text

    def wipe(self) -> None:
        self.clear()
        self.setEchoMode(QLineEdit.EchoMode.Password)
