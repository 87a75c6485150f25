"""The keys window: this vault's fingerprint (to read aloud), saving this vault's public
key (.tpub), and the keys it has enrolled (enrol after comparing fingerprints, revoke).

Writes only the .tpub file the user names (never over an existing file) and the vault's
key tables through the exchange layer. Shows no testimony. Every label or name from a
key file is shown as plain text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exchange import ExchangeError
from ...exchange.keys import MAX_LABEL
from ...i18n import isolate
from ...services import keys as k
from ...vault import Vault
from ..file_dialogs import choose_file, choose_new_path
from ..messages import error_sentence
from ..vault_dialog import VaultDialog
from .key_display import BAD, GOOD, WARN, coloured, fingerprint_label, plain_label


class KeysDialog(VaultDialog):
    def __init__(self, vault: Vault, lang: str, parent: QWidget | None = None):
        super().__init__(vault, lang, parent)
        self.setWindowTitle(self.tr("Keys for hand-in bundles"))
        self.resize_to_fit(820, 640)
        self.candidate: k.PublicKeyFile | None = None

        own = QGroupBox(self.tr("This vault"))
        own_box = QVBoxLayout(own)
        own_box.addWidget(plain_label(self.tr(
            "Your fingerprint: read it aloud to whoever enrols your key. It is the one "
            "fingerprint you have: the same on your key file, on your bundles and beside "
            "everything you write."), wrap=True))
        self.own_fingerprint = fingerprint_label("")
        own_box.addWidget(self.own_fingerprint)
        self.receive_box = QCheckBox(self.tr(
            "This vault receives bundles (a supervisor's or headquarters' vault)"))
        self.save_button = QPushButton(self.tr("Save my public key…"))
        self.save_button.clicked.connect(self.save_public_key)
        row = QHBoxLayout()
        row.addWidget(self.receive_box, 1)
        row.addWidget(self.save_button)
        own_box.addLayout(row)

        enrolled = QGroupBox(self.tr("Enrolled keys"))
        enrolled_box = QVBoxLayout(enrolled)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Role"), self.tr("Fingerprint"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        enrolled_box.addWidget(self.table)
        self.enrol_button = QPushButton(self.tr("Enrol a key…"))
        self.enrol_button.clicked.connect(self.choose_key)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.ask_revoke)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        enrolled_box.addLayout(row)

        self.enrol_panel = self._build_enrol_panel()
        self.message = plain_label("", wrap=True)
        self.message.setObjectName("message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(enrolled, 1)
        layout.addWidget(self.enrol_panel)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def _build_enrol_panel(self) -> QGroupBox:
        panel = QGroupBox(self.tr("Enrol this key"))
        form = QFormLayout(panel)
        self.candidate_fingerprint = fingerprint_label("")
        form.addRow(self.tr("Fingerprint:"), self.candidate_fingerprint)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(MAX_LABEL)
        form.addRow(self.tr("Label:"), self.label_edit)
        self.role_combo = QComboBox()
        for role in k.ROLES:
            self.role_combo.addItem(self._role_word(role), role)
        form.addRow(self.tr("Role:"), self.role_combo)
        self.matches_box = QCheckBox(self.tr(
            "The owner read this fingerprint aloud to me and it matches"))
        self.matches_box.toggled.connect(self._update_enrol_button)
        form.addRow(self.matches_box)
        self.confirm_enrol = QPushButton(self.tr("Enrol"))
        self.confirm_enrol.clicked.connect(self.enrol)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self._drop_candidate)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.confirm_enrol)
        form.addRow(row)
        panel.hide()
        return panel

    def _role_word(self, role: str) -> str:
        return {"supervisor": self.tr("supervisor"), "researcher": self.tr("researcher"),
                "hq": self.tr("headquarters")}.get(role, role)

    # -- reading the vault -------------------------------------------------------------

    def refresh(self) -> None:
        if self.vault is None:
            return
        own = k.own_key(self.vault, receive=False)
        self.own_fingerprint.setText(own.display)
        self.receive_box.setChecked(own.recipient is not None)
        self.keys = k.list_keys(self.vault)
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            if key.revoked_at:
                state, colour = self.tr("revoked {date}").format(
                    date=isolate(key.revoked_at[:10])), BAD
            else:
                state, colour = self.tr("enrolled {date}").format(
                    date=isolate(key.enrolled_at[:10])), GOOD
            cells = [key.label, self._role_word(key.role), key.display, state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _selected(self) -> k.EnrolledKey | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.keys[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        key = self._selected()
        self.revoke_button.setEnabled(key is not None and not key.revoked_at)

    # -- this vault's key --------------------------------------------------------------

    def save_public_key(self) -> None:
        if self.vault is None:
            return
        suggested = f"{self.vault.researcher_name or 'testimony'}.tpub".replace(os.sep, "-")
        name = choose_new_path(self, self.tr("Save my public key"), suggested,
                               self.tr("Testimony public keys (*.tpub)"))
        if not name or self.vault is None:  # cancelled, or locked while the dialog was up
            return
        path = Path(name)
        if path.suffix != ".tpub":
            path = path.with_name(path.name + ".tpub")
        try:
            tpub = k.save_public_key(self.vault, path, receive=self.receive_box.isChecked())
        except (ExchangeError, OSError) as exc:
            self._say(error_sentence(exc, path), BAD)
            return
        self.refresh()
        self._say(self.tr("Saved {path}. Its fingerprint: {fingerprint}").format(
            path=isolate(str(path)), fingerprint=isolate(tpub.display)), GOOD)

    # -- enrolling ---------------------------------------------------------------------

    def choose_key(self) -> None:
        name = choose_file(self, self.tr("Enrol a key"),
                           filters=self.tr("Testimony public keys (*.tpub)"))
        if name:
            self.show_candidate(Path(name))

    def show_candidate(self, path: Path) -> None:
        try:
            key = k.read_key_file(path)
        except (ExchangeError, OSError) as exc:
            self._drop_candidate()
            self._say(error_sentence(exc, path), BAD)
            return
        self.candidate = key
        self.candidate_fingerprint.setText(key.display)
        self.label_edit.setText(key.label)
        role = "supervisor" if key.recipient is not None else "researcher"
        self.role_combo.setCurrentIndex(k.ROLES.index(role))
        self.matches_box.setChecked(False)
        self._update_enrol_button()
        self.enrol_panel.show()
        self._say(self.tr("Ask the key's owner to read their fingerprint aloud and compare "
                          "it with the one shown before enrolling."), WARN)

    def _update_enrol_button(self) -> None:
        self.confirm_enrol.setEnabled(self.candidate is not None and self.matches_box.isChecked())

    def _drop_candidate(self) -> None:
        self.candidate = None
        self.candidate_fingerprint.clear()
        self.label_edit.clear()
        self.matches_box.setChecked(False)
        self.enrol_panel.hide()

    def enrol(self) -> None:
        if self.vault is None or self.candidate is None or not self.matches_box.isChecked():
            return
        try:
            key = k.enrol_key(self.vault, self.candidate, self.role_combo.currentData(),
                           self.label_edit.text().strip() or None)
        except ExchangeError as exc:
            self._say(error_sentence(exc), BAD)
            return
        self._drop_candidate()
        self.refresh()
        self._say(self.tr("Enrolled {label} as {role}.").format(
            label=key.label, role=self._role_word(key.role)), GOOD)

    # -- revoking ----------------------------------------------------------------------

    def ask_revoke(self) -> None:
        key = self._selected()
        if key is None or key.revoked_at:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke a key"), self.tr(
            "Revoke the key of {label} ({fingerprint})? Nothing will be sealed to it or "
            "imported from it again; this cannot be undone.").format(
                label=key.label, fingerprint=isolate(key.display)),
            QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirm_revoke")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pending_revoke = key.fingerprint
        revoke.clicked.connect(self._revoke_confirmed)
        box.open()

    def _revoke_confirmed(self) -> None:
        if self.vault is None:
            return
        try:
            key = k.revoke_key(self.vault, self.pending_revoke)
        except ExchangeError as exc:
            self._say(error_sentence(exc), BAD)
            return
        self.refresh()
        self._say(self.tr("Revoked the key of {label}.").format(label=key.label), GOOD)

    # -- showing -----------------------------------------------------------------------

    def _say(self, text: str, colour: str) -> None:
        coloured(self.message, colour, bold=False)
        self.message.setText(text)

    def forget(self) -> None:
        self.table.setRowCount(0)
        self.keys = []
        self._drop_candidate()
        self.own_fingerprint.clear()
        self.message.clear()
        super().forget()
