"""Autosave: the working copy reaches the vault within seconds of typing and on focus
change; after a kill -9 the next unlock offers it back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from editor_driver import field, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from testimony_app.gui.editor.editor_page import AUTOSAVE_MS, EditorPage
from testimony_app.vault.working_copy import load_working_copy, pending_working_copies

TYPED = "The roof came down on the kitchen at dawn"

# A child that opens the editor offscreen, types, waits for the autosave, says so, then
# waits to be killed: nothing of the editor's shutdown path runs.
_CHILD = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from testimony_app.vault import Vault
from testimony_app.gui.editor.editor_page import EditorPage

app = QApplication([])
vault = Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\n"))
page = EditorPage("en")
page.show()
page.new_interview(vault)
page.go_to_section("account")
edit = page.pages["account"].group.widgets["narrative_original"].edit
edit.setFocus()
for ch in sys.argv[2]:
    QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                       Qt.KeyboardModifier.NoModifier)
page.saved.connect(lambda: print("saved", page.session.record_id, flush=True))
app.exec()
"""


@pytest.fixture
def editor(qtbot, vault):
    page = EditorPage("en")
    qtbot.addWidget(page)
    page.show()
    page.new_interview(vault)
    page.go_to_section("account")
    yield page
    page.clear()


def test_typing_reaches_the_working_copy_within_seconds(qtbot, editor, vault):
    narrative = field(editor, "account", "narrative_original")
    type_into(qtbot, narrative.edit, TYPED)
    with qtbot.waitSignal(editor.saved, timeout=AUTOSAVE_MS + 3000):
        pass
    copy = load_working_copy(vault, editor.session.record_id)
    assert copy.answers["account"]["narrative_original"] == TYPED
    assert copy.section == "account"
    # Writing it on the GUI thread must not stall typing: a few milliseconds.
    assert max(editor.session.write_times) < 100, editor.session.write_times


def test_moving_focus_saves_at_once(qtbot, editor, vault):
    narrative = field(editor, "account", "narrative_original")
    type_into(qtbot, narrative.edit, "first words")
    editor.session.write_working_copy(editor.answers(), [], "account")  # the record exists
    type_into(qtbot, narrative.edit, " and more")
    with qtbot.waitSignal(editor.saved, timeout=1000):
        field(editor, "account", "observations").edit.setFocus()
    assert editor.autosave_timer.isActive() is False
    copy = load_working_copy(vault, editor.session.record_id)
    assert copy.answers["account"]["narrative_original"] == "first words and more"


def test_after_kill_9_the_next_unlock_offers_the_interview(qtbot, make_window, closed_vault,
                                                           unlock, passphrase):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(closed_vault), TYPED], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        child.stdin.write(passphrase + "\n")
        child.stdin.flush()
        line = child.stdout.readline().split()
        assert line[0] == "saved", "the child did not autosave"
        record_id = line[1]
    finally:
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
        child.stdin.close()
        child.stdout.close()

    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    box = window.findChild(QMessageBox, "resume_offer")
    assert box is not None and box.isVisible()
    assert "Resume the unsaved interview" in box.text()
    qtbot.mouseClick(box.findChild(object, "resume"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    assert window.editor.session.record_id == record_id
    assert window.editor.current_section() == "account"
    text = field(window.editor, "account", "narrative_original").value()
    assert text == TYPED
    window.editor.leave()  # back to the list: the typed words become a revision
    assert window.vault.get(record_id).answers["account"]["narrative_original"] == TYPED
    assert pending_working_copies(window.vault) == []


def test_discarding_the_offer_drops_the_working_copy(qtbot, make_window, closed_vault, unlock,
                                                     passphrase):
    from testimony_app.vault import Vault
    from testimony_app.vault.working_copy import save_working_copy

    with Vault.open(closed_vault, passphrase) as vault:
        record = vault.add({"status": "draft", "answers": {}})
        save_working_copy(vault, record.id, record.revision,
                          {"account": {"narrative_original": TYPED}}, [], "account")
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    box = window.findChild(QMessageBox, "resume_offer")
    qtbot.mouseClick(box.findChild(object, "discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pending_working_copies(window.vault) == [])
    assert window.stack.currentWidget() is window.records
    assert "account" not in window.vault.get(record.id).answers
    assert QApplication.activeModalWidget() is None


def test_typing_without_a_pause_is_still_saved_and_never_waits(qtbot, editor, vault):
    """A researcher who never pauses for the autosave delay still gets the working copy
    written every few seconds, between two key presses, in a few milliseconds."""
    editor.autosave_timer.setInterval(600_000)  # only the no-pause rule can save here
    editor.max_unsaved_ms = 200
    narrative = field(editor, "account", "narrative_original")
    narrative.edit.setFocus()
    typed = []

    def keep_typing() -> bool:
        ch = "abcdefghij "[len(typed) % 11]
        qtbot.keyClick(narrative.edit, ch)
        typed.append(ch)
        return len(editor.session.write_times) >= 3

    qtbot.waitUntil(keep_typing, timeout=20_000)
    assert narrative.value() == "".join(typed)
    copy = load_working_copy(vault, editor.session.record_id)
    assert "".join(typed).startswith(copy.answers["account"]["narrative_original"])
    assert max(editor.session.write_times[1:]) < 50, editor.session.write_times
