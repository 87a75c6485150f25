"""Knowing whether the clipboard holds testimony the app put there, to clear it on lock.

Only fingerprints (SHA-256) of what the app copied are kept, not the text itself, and
they are forgotten on lock. A clipboard holding something the user copied from another
program is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._copied: set[str] = set()

    def note(self, text: str) -> None:
        """Called with every text a view hands to the clipboard or the selection."""
        if text:
            self._copied.add(_digest(text))

    def clear_if_ours(self) -> bool:
        """Empty the clipboard (and the X11 selection) where they hold our copies."""
        clipboard = QGuiApplication.clipboard()
        # Where the platform says we own the contents, they came from this app, whose
        # windows show testimony: clear them even if the text was changed since.
        owners = {QClipboard.Mode.Clipboard: clipboard.ownsClipboard}
        if clipboard.supportsSelection():
            owners[QClipboard.Mode.Selection] = clipboard.ownsSelection
        cleared = False
        for mode, owns in owners.items():
            text = clipboard.text(mode)
            if (text and _digest(text) in self._copied) or owns():
                clipboard.clear(mode)
                cleared = True
        self._copied.clear()
        return cleared
