"""The hand-in export window: choose recipients (enrolled keys that can receive), see what
goes in, choose the bundle file, and seal it in a VaultTask with a progress bar.

Writes nothing but the bundle the user names (through the exchange layer, which writes a
temporary name beside it and renames it only when complete); Cancel or a lock stops the
work and leaves no file. While the task runs, this window does not touch the vault.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import isolate
from ...services import handin
from ...services import keys as k
from ...services.handin import ExportResult
from ...vault import Vault
from ..file_dialogs import choose_new_path
from ..messages import error_sentence
from ..vault_dialog import VaultDialog
from ..vault_task import Cancelled
from .key_display import BAD, GOOD, coloured, plain_label
from .task_progress import TaskProgress

BUNDLE_SUFFIX = ".tbundle"
MAX_RECIPIENTS = 16


def suggested_name(code_prefix: str, day: date) -> str:
    prefix = "".join(c for c in code_prefix if c.isalnum() or c in "-_") or "INT"
    return f"handin-{prefix}-{day.isoformat()}{BUNDLE_SUFFIX}"


class ExportDialog(VaultDialog):
    def __init__(self, vault: Vault, lang: str, parent: QWidget | None = None,
                 record_ids: list[str] | None = None):
        super().__init__(vault, lang, parent)
        self.record_ids = list(record_ids) if record_ids is not None else None
        self.setWindowTitle(self.tr("Hand in records"))
        self.resize_to_fit(720, 520)
        self.exported: ExportResult | None = None
        self.count = 0  # records that would go in

        to = QGroupBox(self.tr("Seal for"))
        to_box = QVBoxLayout(to)
        self.recipients: list[tuple[QCheckBox, k.EnrolledKey]] = []
        for key in k.receiving_keys(vault):
            box = QCheckBox(self.tr("{label} ({role}) - {fingerprint}").format(
                label=key.label, role=self._role_word(key.role),
                fingerprint=isolate(key.display)))
            box.setChecked(key.role == "supervisor")
            box.toggled.connect(self.refresh)
            to_box.addWidget(box)
            self.recipients.append((box, key))
        if not self.recipients:
            to_box.addWidget(plain_label(self.tr(
                "No key that can receive bundles is enrolled: enrol your supervisor's key "
                "first (Keys…)."), wrap=True))

        what = QGroupBox(self.tr("What goes in"))
        what_box = QVBoxLayout(what)
        self.what_label = plain_label("", wrap=True)
        self.what_label.setObjectName("what")
        what_box.addWidget(self.what_label)

        where = QGroupBox(self.tr("Bundle file"))
        where_row = QHBoxLayout(where)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose where to save the bundle"))
        self.path_edit.textChanged.connect(self._update_buttons)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_path)
        where_row.addWidget(self.path_edit, 1)
        where_row.addWidget(self.choose_button)

        self.progress = TaskProgress(self.task)
        self.message = plain_label("", wrap=True)
        self.message.setObjectName("message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.task.succeeded.connect(self._exported)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(to)
        layout.addWidget(what)
        layout.addWidget(where)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.refresh()

    def _role_word(self, role: str) -> str:
        return {"supervisor": self.tr("supervisor"), "researcher": self.tr("researcher"),
                "hq": self.tr("headquarters")}.get(role, role)

    def chosen(self) -> list[k.EnrolledKey]:
        return [key for box, key in self.recipients if box.isChecked()]

    def refresh(self) -> None:
        """Count what goes in (a query: on opening, a change of recipients, after a task;
        never while the task runs), then update the buttons."""
        if self.vault is not None and not self.task.running:
            chosen = self.chosen()
            if self.record_ids is not None:
                self.count = len(self.record_ids)
                self.what_label.setText(self.tr("The %n chosen record(s).", "", self.count))
            elif chosen:
                self.count = handin.pending_count(self.vault, chosen)
                self.what_label.setText(self.tr(
                    "Everything not yet handed in to these recipients: %n record(s).", "",
                    self.count))
            else:
                self.count = 0
                self.what_label.setText(self.tr("Choose at least one recipient."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task.running
        for box, _key in self.recipients:
            box.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        ok = not busy and self.vault is not None and self.count > 0 \
            and 1 <= len(self.chosen()) <= MAX_RECIPIENTS and bool(self.path_edit.text())
        self.export_button.setEnabled(ok)

    def choose_path(self) -> None:
        if self.vault is None:
            return
        name = choose_new_path(
            self, self.tr("Save the bundle"),
            suggested_name(self.vault.setting("code_prefix", "INT"), date.today()),
            self.tr("Hand-in bundles (*.tbundle)"))
        if name:
            if not name.endswith(BUNDLE_SUFFIX):
                name += BUNDLE_SUFFIX
            self.path_edit.setText(name)

    def start_export(self) -> None:
        if self.vault is None or self.task.running or not self.export_button.isEnabled():
            return
        vault, recipients, ids = self.vault, self.chosen(), self.record_ids
        out = Path(self.path_edit.text())
        self.message.clear()
        self.progress.begin()
        self.task.start(lambda progress: handin.export(vault, recipients, out,
                                                       record_ids=ids, progress=progress))
        self._update_buttons()

    def _exported(self, result: ExportResult) -> None:
        if self.vault is None:  # locked meanwhile: the window is closing
            return
        self.exported = result
        size = QLocale().formattedDataSize(result.size)
        coloured(self.message, GOOD, bold=False)
        self.message.setText(self.tr(
            "Wrote {path}: %n record(s), {size}. Hand this file to your supervisor.", "",
            result.records).format(path=isolate(str(result.path)), size=isolate(size)))
        self.path_edit.clear()

    def _failed(self, exc: BaseException) -> None:
        if self.vault is None:
            return
        coloured(self.message, BAD, bold=False)
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Stopped: no bundle was written."))
        else:
            self.message.setText(error_sentence(exc, self.path_edit.text()))

    def forget(self) -> None:
        self.what_label.clear()
        self.message.clear()
        self.record_ids = None
        super().forget()
