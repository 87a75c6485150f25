"""The base of every window that shows or changes the open vault beside the main window
(statements, hand-in export and import, conflicts, duplicates, keys).

Such a window is window-modal and opened with `open()` (never `exec()`, which would stop
the auto-lock). Locking the vault calls `forget()` on every one of them and closes it:
nothing of a record stays on screen, and no window uses the vault once it is closed.
A window closed while its task runs stops the task and waits for it, so the vault is
never left half-written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from ..vault import Vault
from .clipboard import ClipboardGuard
from .vault_task import VaultTask
from .window_fit import fit_to_screen


class VaultDialog(QDialog):
    def __init__(self, vault: Vault, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = vault
        self.lang = lang
        self.task = VaultTask(self)
        # The main window's: a window's views note what they copy, to be cleared at lock.
        self.clipboard_guard = parent.findChild(ClipboardGuard) if parent is not None else None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def resize_to_fit(self, width: int, height: int) -> None:
        """The window's preferred size, or less on a small screen (its content scrolls)."""
        fit_to_screen(self, width, height)

    def forget(self) -> None:
        """Drop every widget's testimony and the vault; subclasses clear their own views
        and then call this."""
        self.task.cancel()
        self.task.wait()
        self.vault = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task.running:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.task.running:  # Esc or Close while working: stop the work first
            self.task.cancel()
            self.task.wait()
        # A closed window lets go of the vault: a task's signals still queued (the work
        # ended just as the window closed) must not start more work or show anything.
        self.vault = None
        super().done(result)


def close_vault_dialogs(window: QWidget) -> None:
    """At lock: every vault window forgets what it shows and closes."""
    for dialog in window.findChildren(VaultDialog):
        dialog.forget()
        dialog.close()
