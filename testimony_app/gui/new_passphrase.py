"""A new passphrase, as the create-vault screen and the change-passphrase window ask for it:
the field with its Generate button, the strength meter, the generated words shown once to
write down, and the repeat field (laid out by the owner, in its own form row).

Typing over generated words hides them and empties the repeat field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..vault import generate_passphrase
from .secret_field import SecretField
from .strength import StrengthMeter


class NewPassphrase(QWidget):
    generated = Signal()  # new words were put in both fields

    def __init__(self, lang: str, names: tuple[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.passphrase = SecretField(self)
        self.passphrase.setObjectName(names[0])
        self.repeat = SecretField(parent)
        self.repeat.setObjectName(names[1])
        self.generate_button = QPushButton(self.tr("Generate"), self)
        self.generate_button.setToolTip(self.tr("Six random words: strong and easy to write"
                                                " down."))
        self.generate_button.clicked.connect(self.generate)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.generate_button)
        self.meter = StrengthMeter(lang, self)
        self.generated_note = QLabel(self.tr(
            "Write this passphrase down now; it will not be shown again:"), self)
        self.generated_note.setWordWrap(True)
        self.generated_label = QLabel(self)
        self.generated_label.setObjectName("generated_passphrase")
        self.generated_label.setTextFormat(Qt.TextFormat.PlainText)
        # The words are Latin: keep them in reading order inside right-to-left layouts.
        self.generated_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.generated_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.generated_label.setWordWrap(True)  # long word lists break between words
        self.generated_label.setStyleSheet(
            "QLabel#generated_passphrase { font-family: monospace; font-weight: bold;"
            " font-size: 12pt; padding: 6px; border: 1px solid #888; background: #fffbe6;"
            " color: #000; }")
        block = QVBoxLayout(self)
        block.setContentsMargins(0, 0, 0, 0)
        block.addLayout(row)
        block.addWidget(self.meter)
        block.addWidget(self.generated_note)
        block.addWidget(self.generated_label)
        self.hide_generated()
        self.passphrase.textEdited.connect(self._on_edited)
        self.passphrase.textChanged.connect(self.meter.show_strength)

    def generate(self) -> None:
        """Fill both fields with a generated passphrase and show it once, to write down."""
        words = generate_passphrase()
        self.passphrase.setText(words)
        self.repeat.setText(words)
        self.generated_label.setText(words)
        self.generated_note.show()
        self.generated_label.show()
        self.generated.emit()

    def wipe(self) -> None:
        """Forget both entries and the words shown."""
        self.passphrase.wipe()
        self.repeat.wipe()
        self.hide_generated()
        self.meter.clear()

    def hide_generated(self) -> None:
        self.generated_label.clear()
        self.generated_label.hide()
        self.generated_note.hide()

    def _on_edited(self, _text: str) -> None:
        # Typing over a generated passphrase: the shown words no longer apply.
        self.hide_generated()
        self.repeat.wipe()
