"""A large file is stored in the background: the window stays responsive with a progress
bar, the editor writes nothing meanwhile, and a lock during the storing leaves nothing of
the file in the vault."""

from __future__ import annotations

import os

from editor_driver import field, type_into
from PySide6.QtCore import Qt

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
        assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
        assert len(vault.history(record_id)) == revisions
        assert vault.verify() == []
    finally:
        vault.close()
