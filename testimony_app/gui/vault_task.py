"""Long work on the open vault (export, bundle preview and import) off the GUI thread.

The vault has one connection. While a task runs, the task owns it: the window that
started the task shows a progress bar and touches neither the vault nor the records
until `finished` arrives. Locking asks every running task to stop and waits for it
(the task's transaction is rolled back, so the vault is as it was) before the vault is
closed.

The work function receives `progress(done, total)`; calling it after a cancel raises
`Cancelled`, which is how a task stops between two chunks. Results and errors cross back
to the GUI thread through queued signals; an error is passed on as the exception, for
`messages.error_sentence` to word.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The task was asked to stop (the vault is being locked, or the user cancelled)."""


class _TaskSignals(QObject):
    progressed = Signal(object, object)  # done, total (Python ints: may exceed 2**31)
    succeeded = Signal(object)
    failed = Signal(object)


# Jobs, not tasks: a window may start its next job from `finished` while the last one's
# thread is still ending, and that ending must not count as the new job's.
_running: set[_Job] = set()
_running_lock = threading.Lock()


class _Job(QRunnable):
    def __init__(self, task: VaultTask, work: Callable[[Progress], object]):
        super().__init__()
        self.task = task
        self._work: Callable[[Progress], object] | None = work
        self.done = threading.Event()

    def run(self) -> None:
        work, self._work = self._work, None
        task = self.task
        try:
            outcome, ok = work(task._report), True
        except BaseException as exc:  # every failure goes back to the window
            outcome, ok = exc, False
        with _running_lock:  # the work has let go of the connection
            _running.discard(self)
        try:
            signals = task._signals
            (signals.succeeded if ok else signals.failed).emit(outcome)
        except RuntimeError:  # the task was deleted without waiting (its window's parent)
            pass
        finally:
            # Only now may the task (and the signals just used) be deleted: a window waits
            # for this before it lets go of its task.
            self.done.set()


class VaultTask(QObject):
    """One piece of work at a time; `running` is true from `start` until `finished`."""

    progressed = Signal(object, object)  # done, total
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception (Cancelled when stopped)
    finished = Signal()  # after succeeded or failed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _TaskSignals(self)
        self._signals.progressed.connect(self.progressed)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._cancel = threading.Event()
        self._job: _Job | None = None  # the last job started
        self.running = False

    def start(self, work: Callable[[Progress], object]) -> None:
        if self.running:
            raise RuntimeError("a vault task is already running")
        self.running = True
        self._cancel.clear()
        job = self._job = _Job(self, work)
        with _running_lock:
            _running.add(job)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work function has returned (the connection is free again)."""
        return self._job is None or self._job.done.wait(timeout)

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progressed.emit(done, total)

    def _on_succeeded(self, result: object) -> None:
        self.running = False
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
        self.finished.emit()


def stop_vault_tasks(timeout: float = 60.0) -> bool:
    """Cancel every running task and wait until none holds the connection (at lock)."""
    with _running_lock:
        jobs = list(_running)
    for job in jobs:
        job.task.cancel()
    return all(job.done.wait(timeout) for job in jobs)


def vault_busy() -> bool:
    """True while some task's work function still holds the connection."""
    with _running_lock:
        return bool(_running)
