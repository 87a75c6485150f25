"""Long vault work off the GUI thread: progress reaches the window, a cancel rolls the
work back, and locking stops a running task and closes its window before the vault
closes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from testimony_app.demo import demo_records
from testimony_app.gui.vault_dialog import VaultDialog
from testimony_app.gui.vault_task import Cancelled, VaultTask, vault_busy


def _slow_write(vault, started: threading.Event):
    """Writes rows inside one transaction, reporting after each, until cancelled."""

    def work(progress):
        with vault._transaction() as conn:
            conn.execute("CREATE TABLE half_done (n INTEGER)")
            n = 0
            while True:  # until cancelled: the transaction stays open
                n += 1
                conn.execute("INSERT INTO half_done VALUES (?)", (n,))
                started.set()
                progress(n, n + 1)

    return work


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


@pytest.fixture
def task():
    """A task with no window to own it: deleted here once its work has ended, on the GUI
    thread (its job and it refer to each other, so the garbage collector would delete it
    later, on any thread: see qt_garbage)."""
    made = VaultTask()
    yield made
    assert made.wait(10)
    made.deleteLater()


def test_progress_and_result_reach_the_gui_thread(qtbot, task):
    seen = []
    task.progressed.connect(lambda done, total: seen.append((done, total)))

    def work(progress):
        for n in range(1, 4):
            progress(n * 2**31, 3 * 2**31)  # sizes above 2 GiB survive the signal
        return "done"

    with qtbot.waitSignal(task.succeeded, timeout=5_000) as got:
        task.start(work)
    assert got.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3 * 2**31, 3 * 2**31)
    assert not task.running and not vault_busy()


def test_a_failure_comes_back_as_the_exception(qtbot, task):
    def work(progress):
        raise ValueError("bad input")

    with qtbot.waitSignal(task.failed, timeout=5_000) as got:
        task.start(work)
    assert isinstance(got.args[0], ValueError)
    with pytest.raises(RuntimeError):  # one piece of work at a time
        task.start(work)
        task.start(work)
    task.wait(5)


def test_cancel_rolls_the_transaction_back(qtbot, task, vault):
    started = threading.Event()
    with qtbot.waitSignal(task.failed, timeout=10_000) as got:
        task.start(_slow_write(vault, started))
        assert started.wait(10)
        task.cancel()
    assert isinstance(got.args[0], Cancelled)
    assert "half_done" not in _tables(vault._conn)


def test_lock_stops_the_task_and_closes_its_window(qtbot, make_window, vault_path, vault,
                                                   passphrase, unlock):
    vault.add_many(demo_records(2, seed=3))
    vault.close()
    window = make_window(vault_path=vault_path)
    unlock(window, passphrase)
    dialog = VaultDialog(window.vault, "en", window)
    dialog.open()
    started = threading.Event()
    dialog.task.start(_slow_write(window.vault, started))
    assert started.wait(10)
    with qtbot.waitSignal(window.vault_locked, timeout=10_000):
        window.lock()
    assert not vault_busy()
    assert dialog.vault is None
    qtbot.waitUntil(lambda: not window.findChildren(VaultDialog))

    from testimony_app.vault import Vault

    reopened = Vault.open(vault_path, passphrase)
    try:
        assert "half_done" not in _tables(reopened._conn)  # the work left nothing behind
        assert reopened.count() == 2
    finally:
        reopened.close()


def test_a_task_started_as_the_last_one_ends_is_waited_for(qtbot, task, vault):
    """A window starts its next task from `finished` (the import's previews, a statement
    re-made): the last job's thread may still be ending then. Its end must not count as
    the new job's, or a lock would close the vault under the new one."""
    second_started, release = threading.Event(), threading.Event()

    def hold(_result):  # in the first job's thread, between its result and its end
        second_started.wait(10)

    def second(progress):
        second_started.set()
        release.wait(10)
        return vault.count()

    def start_second():
        task.finished.disconnect(start_second)
        task.start(second)

    # A direct connection to the runner's own signal: the first job's thread is held
    # just after it sent its result, as a busy machine may hold it.
    task._signals.succeeded.connect(hold, Qt.ConnectionType.DirectConnection)
    task.finished.connect(start_second)
    pool = QThreadPool.globalInstance()
    try:
        task.start(lambda progress: "first")
        qtbot.waitUntil(second_started.is_set)
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 1)  # the first job has ended
        assert vault_busy() and not task.wait(0)
    finally:
        release.set()
    with qtbot.waitSignal(task.succeeded) as result:
        pass
    assert result.args == [vault.count()]
    assert task.wait(10) and not vault_busy()
