"""The editor's drop-down list: a QComboBox that a space does not open.

Qt opens a drop-down on Space; typing a choice by its words ("Died later…") then pops the
list open half-way through. Alt+Down, F4 or a click open it; typing picks an entry.
Never changes the choice on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox


class DropDown(QComboBox):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not self.isEditable() and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            event.accept()  # taken here: neither the popup nor a parent acts on it
            return
        super().keyPressEvent(event)
