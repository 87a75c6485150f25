"""The bar above the editor: back to the list, which record this is, when it was last kept,
and the Save and Complete buttons.

Never shows testimony: the interview code and status only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class EditorBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("editor_title")
        self.save_state = QLabel(self)
        self.save_state.setObjectName("save_state")
        self.back_button = QPushButton(self.tr("Back to list"), self)
        self.back_button.setObjectName("back")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save a revision (Ctrl+S)"))
        # No "…": Complete asks nothing more, it checks and stores (or lists what is missing).
        self.complete_button = QPushButton(self.tr("Complete"), self)
        self.complete_button.setObjectName("complete")
        self.complete_button.setToolTip(self.tr(
            "Check that nothing is missing, then store the record as complete (Ctrl+Enter)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title)
        layout.addStretch(1)
        for w in (self.save_state, self.save_button, self.complete_button):
            layout.addWidget(w)

    def clear(self) -> None:
        self.title.clear()
        self.save_state.clear()
