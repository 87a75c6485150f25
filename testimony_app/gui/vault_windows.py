"""The menu entries that open the windows beside the records list: the statement of a
record, the hand-in windows (export, import, conflicts, possible duplicates, keys) and
the passphrase change.

The hand-in windows run long work on the vault's one connection, so they open only from
the records list, never over the editor (whose autosave writes on a timer). A statement
only reads the vault on the GUI thread and may open from either. When a window that can
change records closes, the list is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..vault import VaultError
from .messages import error_sentence
from .vault_dialog import VaultDialog
from .vault_task import vault_busy

if TYPE_CHECKING:
    from .main_window import MainWindow


class VaultWindows(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        menu_bar = window.menuBar()

        self.statement_action = self._action(self.tr("&Statement…"), "statement",
                                             self.open_statement, QKeySequence("Ctrl+P"))
        window.record_menu.addSeparator()
        window.record_menu.addAction(self.statement_action)

        # Re-encrypting takes the one connection: like the hand-in windows, list only.
        self.passphrase_action = self._action(self.tr("Change &passphrase…"), "passphrase",
                                              self.open_change_passphrase)
        window.vault_menu.insertAction(window.lock_action, self.passphrase_action)

        menu = menu_bar.addMenu(self.tr("&Hand-in"))
        menu.setObjectName("handin_menu")
        self.export_action = self._action(self.tr("&Hand in interviews…"), "export",
                                          self.open_export, QKeySequence("Ctrl+E"))
        self.import_action = self._action(self.tr("&Import bundles…"), "import",
                                          self.open_import, QKeySequence("Ctrl+I"))
        self.conflicts_action = self._action(self.tr("&Conflicts…"), "conflicts",
                                             self.open_conflicts)
        self.duplicates_action = self._action(self.tr("Possible &duplicates…"), "duplicates",
                                              self.open_duplicates)
        self.keys_action = self._action(self.tr("&Keys…"), "keys", self.open_keys)
        for action in (self.export_action, self.import_action, None, self.conflicts_action,
                       self.duplicates_action, None, self.keys_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.handin_actions = (self.export_action, self.import_action, self.conflicts_action,
                               self.duplicates_action, self.keys_action,
                               self.passphrase_action)
        self.update()

    def _action(self, text: str, name: str, slot, shortcut: QKeySequence | None = None):
        action = QAction(text, self)  # goes with this object when the menus are rebuilt
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- which entries can be used now --------------------------------------------------------

    def current_record(self) -> str | None:
        """The record open in the editor (once saved), else the one shown in the list."""
        window = self.window
        if window.vault is None:
            return None
        if window.stack.currentWidget() is window.editor:
            session = window.editor.session
            return session.record_id if session is not None else None
        if window.stack.currentWidget() is window.records:
            return window.records.view.record_id
        return None

    def update(self) -> None:
        window = self.window
        on_list = window.vault is not None and window.stack.currentWidget() is window.records
        for action in self.handin_actions:
            action.setEnabled(on_list)
        self.statement_action.setEnabled(window.vault is not None)

    # -- opening ------------------------------------------------------------------------------

    def _show(self, dialog: VaultDialog, *, changes_records: bool) -> None:
        if changes_records:
            dialog.finished.connect(self._reload_list)
        dialog.open()

    def _reload_list(self) -> None:
        window = self.window
        if window.vault is not None and window.stack.currentWidget() is window.records:
            window.records.open(window.vault)

    def _ready(self, *, on_list: bool) -> bool:
        window = self.window
        if window.vault is None:
            return False
        # One vault window at a time: two would run two tasks on the one connection. The
        # window-modal window blocks the menus, but not a global (macOS) menu bar.
        if vault_busy() or any(d.isVisible() for d in window.findChildren(VaultDialog)):
            return False
        return not on_list or window.stack.currentWidget() is window.records

    def open_statement(self) -> None:
        if not self._ready(on_list=False):
            return
        record_id = self.current_record()
        if record_id is None:
            self.window.statusBar().showMessage(self.tr(
                "Choose a saved interview first: a statement is made from a saved record."),
                10_000)
            return
        if self.window.stack.currentWidget() is self.window.editor:
            self.window.editor.save_draft()  # the statement shows what was last saved
        from .statement.statement_dialog import StatementDialog

        try:  # reads the record, and fixes the witness's pseudonym at a first statement
            dialog = StatementDialog(self.window.vault, record_id, self.window.lang,
                                     self.window)
        except VaultError as exc:
            self.window.statusBar().showMessage(error_sentence(exc), 10_000)
            return
        self._show(dialog, changes_records=False)

    def open_export(self) -> None:
        if self._ready(on_list=True):
            from .exchange.export_dialog import ExportDialog

            self._show(ExportDialog(self.window.vault, self.window.lang, self.window),
                       changes_records=False)

    def open_import(self) -> None:
        if self._ready(on_list=True):
            from .exchange.import_dialog import ImportDialog

            self._show(ImportDialog(self.window.vault, self.window.lang, self.window),
                       changes_records=True)

    def open_conflicts(self) -> None:
        self.open_conflict_of(None)

    def open_conflict_of(self, record_id: str | None) -> None:
        """The conflicts window, showing `record_id`'s conflict (opened from the list)."""
        if self._ready(on_list=True):
            from .exchange.conflicts_dialog import ConflictsDialog

            self._show(ConflictsDialog(self.window.vault, self.window.lang, self.window,
                                       record_id=record_id), changes_records=True)

    def open_duplicates(self) -> None:
        if self._ready(on_list=True):
            from .exchange.duplicates_dialog import DuplicatesDialog

            self._show(DuplicatesDialog(self.window.vault, self.window.lang, self.window),
                       changes_records=False)

    def open_change_passphrase(self) -> None:
        if self._ready(on_list=True):
            from .change_passphrase import ChangePassphraseDialog

            dialog = ChangePassphraseDialog(self.window.vault, self.window.lang, self.window)
            dialog.accepted.connect(self._passphrase_changed)
            self._show(dialog, changes_records=False)

    def _passphrase_changed(self) -> None:
        self.window.statusBar().showMessage(self.tr(
            "Passphrase changed: from now on only the new passphrase opens this vault."),
            10_000)

    def open_keys(self) -> None:
        if self._ready(on_list=True):
            from .exchange.keys_dialog import KeysDialog

            self._show(KeysDialog(self.window.vault, self.window.lang, self.window),
                       changes_records=False)
