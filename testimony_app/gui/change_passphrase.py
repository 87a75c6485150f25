"""Vault → Change passphrase…: the current passphrase, a new one twice, the strength meter
and a generated option; the core re-encrypts the vault off the GUI thread.

A wrong current passphrase, a weak new one or two entries that differ change nothing.
The dialog must never keep a passphrase after submitting: the fields are wiped at once
and only the task's work function holds the words until the rekey ends.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..services import vaults
from ..vault import Vault, WrongPassphrase
from .messages import error_sentence
from .new_passphrase import NewPassphrase
from .screen import error_label
from .secret_field import SecretField
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
        self.new = NewPassphrase(lang, ("new_passphrase", "repeat_passphrase"), self)
        # The fields by their own names too: the window's code and tests reach them so.
        self.passphrase, self.repeat = self.new.passphrase, self.new.repeat
        self.meter, self.generate_button = self.new.meter, self.new.generate_button
        self.generated_label = self.new.generated_label

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        self.error = error_label(self)
        self.new.generated.connect(self.error.clear)
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
        self.task.start(lambda _progress: vaults.change_passphrase(vault, new, current=current))

    # -- internals -------------------------------------------------------------------------

    def _fail(self, sentence: str, focus: QWidget) -> None:
        self.error.setText(sentence)
        focus.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.current, self.passphrase, self.repeat, self.generate_button,
                       self.change_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _on_changed(self, _result: object) -> None:
        self.new.hide_generated()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.new.hide_generated()
        self.status.clear()
        if isinstance(exc, WrongPassphrase):
            self._fail(self.tr("The current passphrase is wrong: nothing was changed."),
                       self.current)
        else:
            self._fail(error_sentence(exc), self.current)
