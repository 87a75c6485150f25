"""The create-vault screen: where the vault goes, who keeps it, and a strong passphrase.

Weak passphrases are refused here with the estimate's reason (and again by the core). A
generated passphrase is shown once, to be written down; it is never copied to the
clipboard and never stored anywhere but in the new vault's key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import isolate
from .file_dialogs import choose_new_path
from .messages import error_sentence
from .new_passphrase import NewPassphrase
from .screen import card_layout, error_label, title_label
from .workers import VaultOpener


class CreateVaultScreen(QWidget):
    opened = Signal(object)  # the new Vault, owned by the GUI thread
    back_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.opener = VaultOpener(self)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)
        self.opener.busy_changed.connect(self._on_busy)

        intro = QLabel(self.tr(
            "A vault is one encrypted file. Without its passphrase nobody can read it, "
            "and nobody can recover a forgotten passphrase: write it down and keep it "
            "apart from this computer."), self)
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("create_path")
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Researcher 7"))
        # No default: every researcher's codes must differ from every other's once a
        # supervisor merges them, so each vault gets its own prefix (given by the supervisor).
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setPlaceholderText(self.tr("e.g. MOS7"))
        self.prefix_edit.setToolTip(self.tr(
            "Your own prefix for interview codes (MOS7-0001…), given by your supervisor: "
            "no other researcher may use it."))
        self.prefix_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z0-9]{1,8}"), self))
        self.prefix_edit.setMaximumWidth(120)

        self.new = NewPassphrase(lang, ("create_passphrase", "create_repeat"), self)
        # The fields by their own names too: the window's code and tests reach them so.
        self.passphrase, self.repeat = self.new.passphrase, self.new.repeat
        self.meter, self.generate_button = self.new.meter, self.new.generate_button
        self.generated_label = self.new.generated_label

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("Your name"), self.name_edit)
        form.addRow(self.tr("Interview code prefix"), self.prefix_edit)
        form.addRow(self.tr("Passphrase"), self.new)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)

        self.error = error_label(self)
        self.new.generated.connect(self.error.clear)
        self.create_button = QPushButton(self.tr("Create vault"), self)
        self.create_button.setObjectName("create_button")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.back_button = QPushButton(self.tr("Back to unlock"), self)
        self.back_button.clicked.connect(self._back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.repeat.returnPressed.connect(self.submit)

        body = QVBoxLayout()
        body.addWidget(title_label(self.tr("Create a new vault"), self))
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(self.error)
        body.addLayout(buttons)
        card_layout(self, body, width=640)

    # -- public ----------------------------------------------------------------------------

    def start(self, path: Path, *, can_go_back: bool = True) -> None:
        """Show the screen empty, with `path` proposed as the new vault's file."""
        self.reset()
        self.path_edit.setText(str(path))
        self.back_button.setVisible(can_go_back)
        self.name_edit.setFocus()  # the form's first box, in reading order

    def reset(self) -> None:
        self.opener.cancel()
        self.new.wipe()
        self.error.clear()
        self._on_busy(False)

    def submit(self) -> None:
        if self.opener.busy:
            return
        path_text = self.path_edit.text().strip()
        if not path_text:
            self._fail(self.tr("Choose where to keep the vault file."))
            return
        path = Path(path_text).expanduser()
        if path.exists():
            self._fail(self.tr("{path} already exists: choose a new file name; a vault is "
                               "never written over a file.").format(path=isolate(str(path))))
            return
        if len(self.prefix_edit.text().strip()) < 2:
            self._fail(self.tr("Give your interview code prefix (2 to 8 letters or digits, "
                               "from your supervisor): codes must differ between researchers."))
            self.prefix_edit.setFocus()
            return
        passphrase, repeat = self.passphrase.text(), self.repeat.text()  # read once
        if passphrase != repeat:
            self.repeat.wipe()
            self._fail(self.tr("The two passphrases differ: type it again in the second "
                               "field."))
            self.repeat.setFocus()
            return
        strength = self.meter.show_strength(passphrase)
        if not strength.acceptable:
            self.repeat.wipe()
            self._fail(self.meter.problem(strength, passphrase))
            self.passphrase.setFocus()
            return
        # Clear both fields now: from here on only the worker holds the passphrase.
        self.new.wipe()
        self.error.clear()
        self._path = path
        self.opener.create(path, passphrase, researcher_name=self.name_edit.text().strip(),
                           code_prefix=self.prefix_edit.text().strip())
        del passphrase, repeat

    # -- internals -------------------------------------------------------------------------

    def _browse(self) -> None:
        name = choose_new_path(self, self.tr("New vault file"), self.path_edit.text(),
                                self.tr("Testimony vaults (*.vault);;All files (*)"))
        if name:
            self.path_edit.setText(name)

    def _back(self) -> None:
        self.reset()
        self.back_requested.emit()

    def _fail(self, sentence: str) -> None:
        self.error.setText(sentence)

    def _on_opened(self, vault) -> None:
        self.reset()
        self.opened.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._fail(error_sentence(exc, getattr(self, "_path", "")))

    def _on_busy(self, busy: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.name_edit, self.prefix_edit,
                       self.passphrase, self.repeat, self.generate_button,
                       self.create_button, self.back_button):
            widget.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create vault"))
        if busy:
            self.error.clear()
