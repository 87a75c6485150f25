"""Vault → Change passphrase…: the current passphrase, a new one twice, the strength meter
and a generated option; the core re-encrypts the vault off the GUI thread.

A wrong current passphrase, a weak new one or two entries that differ change nothing.
The dialog must never keep a passphrase after submitting: the fields are wiped at once
and only the task's work function holds the words until the rekey ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..vault import Vault, WrongPassphrase, generate_passphrase
from .messages import error_sentence
from .screen import error_label
from .secret_field import SecretField
from .strength import StrengthMeter
from .vault_dialog import VaultDialog


class ChangePassphraseDialog(VaultDialog):
    def __init__(self, vault: Vault, lang: str, parent: QWidget | None = None):
        super().__init__(vault, lang, parent)
        self.setObjectName("change_passphrase")
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(self.tr(
            "The vault is re-encrypted with the new passphrase; afterwards only the new one "
            "opens it. Copies made before keep the old one."), self)
        intro.setWordWrap(True)
        self.current = SecretField(self)
        self.current.setObjectName("current_passphrase")
        self.passphrase = SecretField(self)
        self.passphrase.setObjectName("new_passphrase")
        self.repeat = SecretField(self)
        self.repeat.setObjectName("repeat_passphrase")
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
        self.generated_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Latin words
        self.generated_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.generated_label.setWordWrap(True)
        self.generated_label.setStyleSheet(
            "QLabel#generated_passphrase { font-family: monospace; font-weight: bold;"
            " padding: 6px; border: 1px solid #888; background: #fffbe6; color: #000; }")
        block = QVBoxLayout()
        block.addLayout(row)
        block.addWidget(self.meter)
        block.addWidget(self.generated_note)
        block.addWidget(self.generated_label)
        self._hide_generated()
        self.passphrase.textEdited.connect(self._on_passphrase_edited)
        self.passphrase.textChanged.connect(self.meter.show_strength)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), block)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        self.error = error_label(self)
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setObjectName("change_button")
        self.change_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.change_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.repeat.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.task.succeeded.connect(self._on_changed)
        self.task.failed.connect(self._on_failed)
        self.resize_to_fit(560, 420)
        self.current.setFocus()

    def generate(self) -> None:
        """Fill both new fields with a generated passphrase and show it once."""
        words = generate_passphrase()
        self.passphrase.setText(words)
        self.repeat.setText(words)
        self.generated_label.setText(words)
        self.generated_note.show()
        self.generated_label.show()
        self.error.clear()

    def submit(self) -> None:
        if self.task.running or self.vault is None:
            return
        current, new, repeat = self.current.text(), self.passphrase.text(), self.repeat.text()
        if not current:
            self._fail(self.tr("Type the current passphrase."), self.current)
            return
        if new != repeat:
            self.repeat.wipe()
            self._fail(self.tr("The two passphrases differ: type it again in the second "
                               "field."), self.repeat)
            return
        strength = self.meter.show_strength(new)
        if not strength.acceptable:
            self.repeat.wipe()
            self._fail(self.meter.problem(strength, new), self.passphrase)
            return
        for field in (self.current, self.passphrase, self.repeat):
            field.wipe()
        self.meter.clear()
        self.error.clear()
        self.status.setText(self.tr("Re-encrypting the vault…"))
        self._busy(True)
        vault = self.vault
        # From here on only the work function holds the passphrases (its closure).
        self.task.start(lambda _progress: vault.change_passphrase(new, current=current))

    # -- internals -------------------------------------------------------------------------

    def _fail(self, sentence: str, focus: QWidget) -> None:
        self.error.setText(sentence)
        focus.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.current, self.passphrase, self.repeat, self.generate_button,
                       self.change_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _on_passphrase_edited(self, _text: str) -> None:
        self._hide_generated()
        self.repeat.wipe()

    def _hide_generated(self) -> None:
        self.generated_label.clear()
        self.generated_label.hide()
        self.generated_note.hide()

    def _on_changed(self, _result: object) -> None:
        self._hide_generated()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._hide_generated()
        self.status.clear()
        if isinstance(exc, WrongPassphrase):
            self._fail(self.tr("The current passphrase is wrong: nothing was changed."),
                       self.current)
        else:
            self._fail(error_sentence(exc), self.current)
