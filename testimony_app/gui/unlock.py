"""The unlock screen: which vault, its passphrase, and a way to another or a new vault.

A wrong passphrase gets one sentence and an empty field; nothing else changes, on screen
or on disk. The passphrase is read once and the field cleared before the key is derived.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import isolate
from .file_dialogs import choose_file
from .messages import error_sentence
from .screen import card_layout, error_label, title_label
from .secret_field import SecretField
from .workers import VaultOpener


class UnlockScreen(QWidget):
    opened = Signal(object)  # the Vault, owned by the GUI thread
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self.opener = VaultOpener(self)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)
        self.opener.busy_changed.connect(self._on_busy)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("unlock_path")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.other_button = QPushButton(self.tr("Open another vault…"), self)
        self.other_button.clicked.connect(self.choose_vault)

        self.passphrase = SecretField(self)
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.unlock_button)

        self.error = error_label(self)
        self.remember = QCheckBox(self.tr("Remember this vault's location on this computer"),
                                  self)
        self.remember.setChecked(False)
        self.remember_note = QLabel(self.tr(
            "Unticked, nothing on this computer says where the vault is. Ticked, its "
            "location is saved in this computer's settings, where anyone who holds the "
            "laptop can read it (the vault itself stays locked)."), self)
        self.remember_note.setObjectName("remember_note")
        self.remember_note.setWordWrap(True)
        self.remember_note.setTextFormat(Qt.TextFormat.PlainText)
        self.remember_note.setEnabled(False)  # drawn greyed: an explanation, not a control
        self.create_button = QPushButton(self.tr("Create a new vault…"), self)
        self.create_button.clicked.connect(self.create_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.other_button)
        bottom.addStretch(1)
        bottom.addWidget(self.create_button)

        body = QVBoxLayout()
        body.addWidget(title_label(self.tr("Unlock your vault"), self))
        body.addWidget(self.path_label)
        body.addSpacing(8)
        body.addLayout(pass_row)
        body.addWidget(self.error)
        body.addWidget(self.remember)
        body.addWidget(self.remember_note)
        body.addSpacing(8)
        body.addLayout(bottom)
        card_layout(self, body)

    # -- public ----------------------------------------------------------------------------

    def start(self, path: Path, *, message: str = "") -> None:
        """Show the screen for `path`, empty, with an optional note (e.g. why it locked)."""
        self.opener.cancel()
        self.path = path
        self.path_label.setText(self.tr("Vault: {path}").format(path=isolate(str(path))))
        self.passphrase.wipe()
        self.error.setText(message)
        self._on_busy(False)
        self.passphrase.setFocus()

    def submit(self) -> None:
        if self.opener.busy or self.path is None:
            return
        passphrase = self.passphrase.take()  # read once; the field is empty from here on
        self.error.clear()
        self.opener.open(self.path, passphrase)
        del passphrase

    def choose_vault(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name = choose_file(self, self.tr("Open a vault"), start,
                                     self.tr("Testimony vaults (*.vault);;All files (*)"))
        if name:
            self.start(Path(name))

    # -- internals -------------------------------------------------------------------------

    def _on_opened(self, vault) -> None:
        self.error.clear()
        self.opened.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self.passphrase.wipe()
        self.error.setText(error_sentence(exc, self.path or ""))
        self.passphrase.setFocus()

    def _on_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.other_button,
                       self.create_button, self.remember):
            widget.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
