"""Opening and creating vaults off the GUI thread.

SQLCipher's key derivation (PBKDF2, about 0.2 s) must never freeze the window, so the
connection is opened in a worker from Qt's thread pool and then handed to the GUI thread
(the connection allows that: one owner at a time). The worker holds the passphrase only
until the job has run, and never puts it in a signal, a log or an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services import vaults
from ..vault import Vault


class VaultJobSignals(QObject):
    """Lives in the GUI thread, so results reach their receivers through the event loop."""

    opened = Signal(int, object)  # ticket, Vault
    failed = Signal(int, object)  # ticket, exception


class _VaultJob(QRunnable):
    def __init__(self, ticket: int, job: Callable[[], Vault], signals: VaultJobSignals):
        super().__init__()
        self._ticket = ticket
        self._job: Callable[[], Vault] | None = job
        self._signals = signals

    def run(self) -> None:
        job, self._job = self._job, None  # drop the closure (and its passphrase) once used
        try:
            vault = job()
        except Exception as exc:  # every failure goes back to the screen, never a crash
            self._signals.failed.emit(self._ticket, exc)
        else:
            self._signals.opened.emit(self._ticket, vault)


class VaultOpener(QObject):
    """Runs one open/create at a time; late results of abandoned jobs are closed."""

    opened = Signal(object)  # Vault, now owned by the GUI thread
    failed = Signal(object)  # exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = VaultJobSignals(self)
        self._signals.opened.connect(self._on_opened)
        self._signals.failed.connect(self._on_failed)
        self._ticket = 0
        self._waiting = False

    @property
    def busy(self) -> bool:
        return self._waiting

    def open(self, path: Path, passphrase: str) -> None:
        self._start(lambda: vaults.open_vault(path, passphrase))

    def create(self, path: Path, passphrase: str, *, researcher_name: str,
               code_prefix: str) -> None:
        def job() -> Vault:
            return vaults.create_vault(path, passphrase, researcher_name=researcher_name,
                                       code_prefix=code_prefix)

        self._start(job)

    def cancel(self) -> None:
        """Forget the running job: its vault, if it opens, is closed at once."""
        self._ticket += 1
        self._set_waiting(False)

    def _start(self, job: Callable[[], Vault]) -> None:
        self._ticket += 1
        self._set_waiting(True)
        QThreadPool.globalInstance().start(_VaultJob(self._ticket, job, self._signals))

    def _on_opened(self, ticket: int, vault: Vault) -> None:
        if ticket != self._ticket or not self._waiting:
            vault.close()
            return
        self._set_waiting(False)
        self.opened.emit(vault)

    def _on_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket or not self._waiting:
            return
        self._set_waiting(False)
        self.failed.emit(exc)

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.busy_changed.emit(waiting)


def wait_for_workers(msecs: int = 10_000) -> bool:
    """Let running open/create jobs finish (at exit, and in tests' teardown)."""
    return QThreadPool.globalInstance().waitForDone(msecs)

