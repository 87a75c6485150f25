"""The hand-in import window: choose one or more bundle files, preview each (every check,
nothing written) in a VaultTask with a progress bar, then import one after the user has
seen who sent it and what it would change.

An unknown sender is imported only once enrolled: the user ticks that they compared its
fingerprint, then enrols it with a button of its own (never as a side effect of importing);
a revoked sender never. The import
passes the preview on, so the core refuses a file that changed since. A refused bundle
shows one sentence and the vault is unchanged (the core checks everything before it
writes, inside one transaction). While a task runs this window does not touch the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...exchange import ExchangeError
from ...i18n import isolate
from ...services import handin
from ...services.handin import REFUSALS, BundleCheck, ImportResult
from ...vault import Vault, VaultError
from .. import file_dialogs
from ..messages import error_sentence
from ..vault_dialog import VaultDialog
from ..vault_task import Cancelled
from .bundle_preview_panel import BundlePreviewPanel
from .key_display import BAD, GOOD, WARN, coloured, plain_label
from .task_progress import TaskProgress


class ImportDialog(VaultDialog):
    def __init__(self, vault: Vault, lang: str, parent: QWidget | None = None):
        super().__init__(vault, lang, parent)
        self.setWindowTitle(self.tr("Import hand-in bundles"))
        self.resize_to_fit(980, 640)
        self.panels: list[BundlePreviewPanel] = []
        self._working_on: list[BundlePreviewPanel] = []
        self._after: list[BundlePreviewPanel] = []  # previews to redo after an import
        self._on_success = None

        self.choose_button = QPushButton(self.tr("Choose bundles…"))
        self.choose_button.clicked.connect(self.choose_files)
        self.hint = plain_label(self.tr(
            "Choose the bundle files a researcher handed in. Each is checked and shown "
            "before anything is imported."), wrap=True)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.choose_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.progress = TaskProgress(self.task)
        self.message = plain_label("", wrap=True)
        self.message.setObjectName("message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._idle)
        self.task.progressed.connect(self._say_which_file)
        self._checking: list[str] = []  # file names being checked, for the progress line

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- choosing and previewing ---------------------------------------------------------

    def choose_files(self) -> None:
        names = file_dialogs.choose_files(
            self, self.tr("Choose bundles"),
            self.tr("Hand-in bundles (*.tbundle);;All files (*)"))
        if names:
            self.open_files(names)

    def open_files(self, names: list[str]) -> None:
        if self.vault is None or self.task.running:
            return
        self._clear_tabs()
        for name in names:
            panel = BundlePreviewPanel(name)
            panel.import_requested.connect(self.start_import)
            panel.enrol_requested.connect(self.enrol_sender)
            self.panels.append(panel)
            self.tabs.addTab(panel, Path(name).name)
        self._preview(list(self.panels))

    def _preview(self, panels: list[BundlePreviewPanel]) -> None:
        vault, paths = self.vault, [p.path for p in panels]
        self._working_on, self._on_success = panels, self._previewed
        self._checking = [Path(p).name for p in paths]
        self._begin(self._checking_text(0))
        # The task is the only place here that reads the vault.
        self.task.start(lambda progress: handin.preview_files(vault, paths, progress))

    def _previewed(self, found: list[BundleCheck]) -> None:
        for panel, check in zip(self._working_on, found, strict=True):
            if isinstance(check.outcome, BaseException):
                panel.show_refusal(error_sentence(check.outcome, panel.path))
            else:
                panel.show_preview(check.outcome, check.codes)

    # -- importing -----------------------------------------------------------------------

    def enrol_sender(self, panel: BundlePreviewPanel) -> None:
        """Enrol the unknown sender the user compared, as a researcher: a short write of its
        own, made while no task holds the vault; nothing is imported by it."""
        if self.vault is None or self.task.running or not panel.can_enrol():
            return
        preview = panel.preview
        try:
            key = handin.enrol_sender(self.vault, preview, preview.sender)
        except (ExchangeError, VaultError) as exc:
            coloured(self.message, BAD, bold=False).setText(error_sentence(exc, panel.path))
            return
        for other in self.panels:  # every open bundle from the same sender
            if other.preview is not None and other.preview.sender == preview.sender \
                    and other.preview.sender_status == "unknown":
                other.sender_enrolled(key.label)

    def start_import(self, panel: BundlePreviewPanel) -> None:
        if self.vault is None or self.task.running or not panel.can_import():
            return
        vault, preview = self.vault, panel.preview
        self._working_on, self._on_success = [panel], self._imported
        self._checking = []
        self._begin(self.tr("Importing {name}…").format(name=isolate(Path(panel.path).name)))
        self.task.start(lambda progress: handin.import_previewed(vault, preview, progress))

    def _imported(self, result: ImportResult) -> None:
        panel = self._working_on[0]
        panel.mark_done()
        if not result.applied:
            panel.show_outcome(self.tr("Already imported on {date}: nothing changed.").format(
                date=isolate((result.preview.already_imported or "")[:10])), WARN)
            return
        c = result.counts
        lines = [self.tr(
            "Imported: {new} new, {updated} with new revisions, {conflict} in conflict (both "
            "histories kept), {present} already present; {revisions} revisions, "
            "{attachments} attachments.").format(**c)]
        if c["conflict"]:
            lines.append(self.tr("Conflicts arrived: review them in the Conflicts window "
                                 "(from the menu)."))
        if any(r.duplicates for r in result.preview.records):
            lines.append(self.tr("Possible duplicate witnesses arrived: review them in the "
                                 "Duplicates window (from the menu)."))
        panel.show_outcome("\n".join(lines), GOOD)
        # The vault changed: the other bundles' previews (sequence, outcomes) are redone.
        stale = [p for p in self.panels if not p.done and p.preview is not None]
        if stale:
            self._after = stale

    # -- the task's life -----------------------------------------------------------------

    def _checking_text(self, index: int) -> str:
        names = self._checking
        name = isolate(names[index])
        if len(names) == 1:
            return self.tr("Checking {name}…").format(name=name)
        return self.tr("Checking {name} ({n} of {count})…").format(
            name=name, n=index + 1, count=len(names))

    def _say_which_file(self, done: int, _total: int) -> None:
        # A preview shares the bar among its files, a thousandth each (see services.handin).
        if self._checking:
            self.progress.set_text(self._checking_text(min(done // 1000,
                                                           len(self._checking) - 1)))

    def _begin(self, text: str = "") -> None:
        self.message.clear()
        self._after = []
        self.choose_button.setEnabled(False)
        for panel in self.panels:
            panel.set_busy(True)
        self.progress.begin(text)

    def _succeeded(self, result) -> None:
        if self.vault is not None and self._on_success is not None:  # not after a lock
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        if self.vault is None:
            return
        if isinstance(exc, Cancelled):
            coloured(self.message, BAD, bold=False).setText(
                self.tr("Stopped: nothing was imported."))
        elif self._on_success == self._imported and isinstance(exc, REFUSALS):
            self._working_on[0].show_refusal(error_sentence(exc, self._working_on[0].path))
        else:
            coloured(self.message, BAD, bold=False).setText(error_sentence(exc))

    def _idle(self) -> None:
        self.choose_button.setEnabled(self.vault is not None)
        for panel in self.panels:
            panel.set_busy(False)
        after, self._after = self._after, []
        if after and self.vault is not None:
            self._preview(after)

    def _clear_tabs(self) -> None:
        for panel in self.panels:
            panel.clear()
        self.tabs.clear()
        for panel in self.panels:
            panel.deleteLater()
        self.panels = []

    def forget(self) -> None:
        self._clear_tabs()
        self._working_on, self._after, self._on_success = [], [], None
        self.message.clear()
        super().forget()
