"""The statement's doubtful words (reports/doubtful.py), shown to its maker before saving:
words the statement shows that may name someone or give an address away, which nothing
recorded matched. Saving and printing wait until the maker says they were checked.

Holds the words only while they are shown; `clear()` forgets them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QVBoxLayout, QWidget


class DoubtfulList(QWidget):
    """The list and its "checked" box; hidden when the statement has no doubtful word."""

    changed = Signal()  # the box was ticked or the list replaced

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self.tr(
            "Check these words before saving: they may name someone or give an address "
            "away, and nothing recorded matched them. Mark in the record any that must be "
            "withheld."))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.words = QListWidget()
        self.words.setAccessibleName(self.tr("Doubtful words"))
        self.words.setMaximumHeight(140)
        self.checked_box = QCheckBox(self.tr("I have checked these words"))
        self.checked_box.toggled.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.words)
        layout.addWidget(self.checked_box)
        self.setVisible(False)

    def show_words(self, words: tuple[str, ...]) -> None:
        """Show a statement's words; a new statement has to be checked again."""
        self.words.clear()
        self.words.addItems(list(words))
        self.checked_box.setChecked(False)
        self.setVisible(bool(words))
        self.changed.emit()

    def checked(self) -> bool:
        """Nothing to check, or the maker ticked the box."""
        return self.words.count() == 0 or self.checked_box.isChecked()

    def clear(self) -> None:
        self.show_words(())
