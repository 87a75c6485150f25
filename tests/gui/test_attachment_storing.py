"""A large file is stored in the background: the window stays responsive with a progress
bar, the editor writes nothing meanwhile, and a lock during the storing leaves nothing of
the file in the vault."""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager

from editor_driver import field, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from testimony_app.gui.vault_task import vault_busy
from testimony_app.vault import Vault

SIZE = 48 * 1024 * 1024  # a recording of some length: storing it takes a noticeable time


def _editor_on_a_saved_interview(qtbot, window):
    qtbot.keyClick(window.records.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: window.stack.currentWidget() is editor)
    editor.go_to_section("account")
    type_into(qtbot, field(editor, "account", "narrative_original").edit, "The leaflet said")
    editor.go_to_section("attachments")  # opening section H stores the interview
    qtbot.waitUntil(lambda: editor.attachments.vault is not None)
    assert editor.session.record_id is not None
    return editor


def _recording(tmp_path):
    audio = tmp_path / "account.ogg"
    audio.write_bytes(b"OggS" + os.urandom(SIZE))
    return audio


def test_storing_runs_in_the_background_and_the_editor_waits(qtbot, make_window, closed_vault,
                                                             unlock, passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    panel = editor.attachments
    seen = []
    panel.task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(panel.attached, timeout=60_000):
        assert panel.add_file(str(_recording(tmp_path)))
        # add_file returned at once: the window can repaint, and nothing else writes.
        assert panel.task.running and not panel.progress.isHidden()
        assert not editor.stack.isEnabled() and not editor.bar.isEnabled()
        assert not panel.add_button.isEnabled()
        window.new_interview()  # would write the open interview first: refused meanwhile
        assert "being stored" in window.statusBar().currentMessage()
        assert window.editor.session.record_id is not None
    qtbot.waitUntil(lambda: editor.stack.isEnabled())
    assert editor.bar.isEnabled() and panel.progress.isHidden()
    assert seen and seen[-1] == (SIZE + 4, SIZE + 4)
    assert panel.table.topLevelItem(0).text(0) == "account.ogg"
    assert "Added" in panel.status.text()


def test_a_lock_while_storing_leaves_nothing_of_the_file(qtbot, make_window, closed_vault,
                                                         unlock, passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    record_id = editor.session.record_id
    revisions = len(window.vault.history(record_id))
    assert editor.attachments.add_file(str(_recording(tmp_path)))
    assert editor.attachments.task.running  # the lock comes while the file is stored
    window.lock()
    assert window.vault is None and editor.attachments.table.topLevelItemCount() == 0
    vault = Vault.open(closed_vault, passphrase)
    try:
        assert vault._conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert vault._conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
        assert len(vault.history(record_id)) == revisions
        assert vault.verify() == []
    finally:
        vault.close()


# -- nothing on the GUI thread uses the connection while the file is stored -----------------

@contextmanager
def _gui_thread_statements(vault, task):
    """The SQL the GUI thread runs on the vault's connection (the task's thread is left out).

    The callback is set before the task starts and taken off only after it has ended:
    setting it takes the connection's mutex while holding the GIL, and a task thread inside
    a statement holds that mutex while it waits for the GIL to call the callback. Changing
    it mid-task deadlocks both threads in C, where no Python timeout can reach them."""
    assert not task.running, "the callback must be set before the task starts"
    gui, seen = threading.get_ident(), []
    vault._conn.set_trace_callback(
        lambda sql: seen.append(sql) if threading.get_ident() == gui else None)
    try:
        yield seen
    finally:
        assert task.wait(60), "the storing did not end within a minute"
        vault._conn.set_trace_callback(None)


def _photo(tmp_path):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "shelter.png"
    assert image.save(str(path), "PNG")
    return path


def _stored(qtbot, panel, path) -> None:
    with qtbot.waitSignal(panel.task.finished, timeout=30_000):
        assert panel.add_file(str(path))


def _click_row(qtbot, tree, row: int) -> None:
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_history_panel_waits_while_a_file_is_stored(qtbot, make_window, closed_vault,
                                                         unlock, passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    type_into(qtbot, field(editor, "account", "narrative_original").edit, " to leave")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # two revisions now
    editor.side.setCurrentWidget(editor.history)
    history = editor.history.revisions
    assert history.topLevelItemCount() >= 2
    with qtbot.waitSignal(editor.attachments.task.finished, timeout=60_000):
        with _gui_thread_statements(window.vault, editor.attachments.task) as seen:
            assert editor.attachments.add_file(str(_recording(tmp_path)))
            _click_row(qtbot, history, 1)  # an older revision: its answers would be read
            busy = vault_busy()
        assert seen == []
        assert busy, "the file was stored before the click: the test needs a larger one"


def test_the_attachment_list_waits_while_a_file_is_stored(qtbot, make_window, closed_vault,
                                                           unlock, passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    panel = editor.attachments
    editor.side.setCurrentWidget(panel)
    _stored(qtbot, panel, _photo(tmp_path))
    notes = tmp_path / "notes.txt"
    notes.write_text("a document: no preview, nothing read back")
    _stored(qtbot, panel, notes)
    photo_row = next(i for i in range(panel.table.topLevelItemCount())
                     if panel.table.topLevelItem(i).text(0) == "shelter.png")
    assert panel.table.currentItem().text(0) == "notes.txt"
    with qtbot.waitSignal(panel.task.finished, timeout=60_000):
        with _gui_thread_statements(window.vault, editor.attachments.task) as seen:
            assert panel.add_file(str(_recording(tmp_path)))
            _click_row(qtbot, panel.table, photo_row)  # its preview reads the vault's bytes
            assert not panel.add_file(str(notes))  # one file at a time
            export_usable = panel.export_button.isEnabled()
            busy = vault_busy()
        assert seen == [] and not export_usable
        assert busy, "the file was stored before the click: the test needs a larger one"
    assert panel.table.isEnabled() and panel.export_button.isEnabled()


def test_ctrl_s_waits_while_a_file_is_stored(qtbot, make_window, closed_vault, unlock,
                                             passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    type_into(qtbot, field(editor, "account", "narrative_original").edit, " to leave")
    editor.navigator.setFocus()  # the list of sections stays usable while storing
    with qtbot.waitSignal(editor.attachments.task.finished, timeout=60_000):
        with _gui_thread_statements(window.vault, editor.attachments.task) as seen:
            assert editor.attachments.add_file(str(_recording(tmp_path)))
            qtbot.keyClick(editor.navigator, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            busy = vault_busy()
        assert seen == []
        assert busy, "the file was stored before the key: the test needs a larger one"


def test_a_lock_just_after_the_file_is_stored_keeps_it_in_the_record(
        qtbot, make_window, closed_vault, unlock, passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    editor = _editor_on_a_saved_interview(qtbot, window)
    record_id = editor.session.record_id
    type_into(qtbot, field(editor, "account", "narrative_original").edit, " to leave")
    assert editor.attachments.add_file(str(_recording(tmp_path)))
    # The storing ends, and the lock (the idle timer, Ctrl+L) comes before its news does.
    assert editor.attachments.task.wait(60)
    window.lock()
    vault = Vault.open(closed_vault, passphrase)
    try:
        head = vault.get(record_id)
        assert [a["name"] for a in head.attachments] == ["account.ogg"]
        rows = head.answers["attachments"]["attachments"]
        assert [r["original_name"] for r in rows] == ["account.ogg"]
        assert head.answers["account"]["narrative_original"].endswith("to leave")
    finally:
        vault.close()
