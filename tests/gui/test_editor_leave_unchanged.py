"""Leaving a completed record asks nothing when nothing changed, even after visiting every
section and card; when something did change, the question offers to discard the edits."""

from __future__ import annotations

import pytest
from editor_driver import field, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from testimony_app.demo import demo_records
from testimony_app.vault import Vault
from testimony_app.vault.working_copy import load_working_copy


def _open_first(qtbot, make_window, closed_vault, unlock, passphrase, lang):
    with Vault.open(closed_vault, passphrase) as vault:
        vault.add_many(demo_records(3, seed=11))
    window = make_window(vault_path=closed_vault, lang=lang)
    unlock(window, passphrase)
    window.records.select_row(0)
    record_id = window.records.view.record_id
    qtbot.keyClick(window.records.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    return window, record_id


def test_leaving_an_untouched_completed_record_asks_nothing(qtbot, make_window, closed_vault,
                                                           unlock, passphrase):
    for lang in ("en",):
        window, record_id = _open_first(qtbot, make_window, closed_vault, unlock,
                                        passphrase, lang)
        editor = window.editor
        assert editor.session.status == "complete"
        for name in editor.pages:
            editor.go_to_section(name)
        qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
        assert window.findChild(QInputDialog, "amend_reason") is None
        assert window.stack.currentWidget() is window.records
        assert len(window.vault.history(record_id)) == 1


def test_typing_then_taking_it_back_and_a_lock_ask_nothing(qtbot, make_window, closed_vault,
                                                           unlock, passphrase):
    window, record_id = _open_first(qtbot, make_window, closed_vault, unlock, passphrase,
                                    "ar")
    editor = window.editor
    editor.go_to_section("account")
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, "x")
    editor.autosave()  # the working copy now holds the "x"
    qtbot.keyClick(observations.edit, Qt.Key.Key_Backspace)
    editor.autosave()
    window.lock()
    unlock(window, passphrase)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    for name in editor.pages:
        editor.go_to_section(name)
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QInputDialog, "amend_reason") is None
    assert window.stack.currentWidget() is window.records
    assert len(window.vault.history(record_id)) == 1


def _marked_record(closed_vault, passphrase) -> str:
    """A completed record with marks in two sections (stored as canonical JSON: sorted
    keys, an order of marks the editor does not collect them in)."""
    doc = next(iter(demo_records(1, seed=11)))
    doc["answers"]["instructions"]["instructions"][0]["words_original"] = "قال أبو أحمد ابقوا"
    doc["answers"]["account"]["narrative_original"] = "Call 0770 123 4567 " + \
        doc["answers"]["account"]["narrative_original"]
    doc["marks"] = [
        {"section": "instructions", "field": "instructions.words_original", "row": 1,
         "start": 4, "end": 12, "kind": "name"},
        {"section": "account", "field": "narrative_original", "row": None, "start": 5,
         "end": 18, "kind": "phone"},
    ]
    with Vault.open(closed_vault, passphrase) as vault:
        record = vault.add(doc)
        assert record.status == "complete" and len(record.marks) == 2
        return record.id


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_marked_record_saved_or_left_untouched_asks_nothing(qtbot, make_window, closed_vault,
                                                              unlock, passphrase, lang):
    record_id = _marked_record(closed_vault, passphrase)
    window = make_window(vault_path=closed_vault, lang=lang)
    unlock(window, passphrase)
    window.edit_record(record_id)
    editor = window.editor
    assert len(editor.marks()) == 2
    editor.save()  # Ctrl+S on an untouched record
    assert window.findChild(QInputDialog, "amend_reason") is None
    for name in editor.pages:
        editor.go_to_section(name)
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QInputDialog, "amend_reason") is None
    assert window.stack.currentWidget() is window.records
    assert len(window.vault.history(record_id)) == 1


def test_a_marked_record_changed_back_across_a_lock_asks_nothing(qtbot, make_window,
                                                                 closed_vault, unlock,
                                                                 passphrase):
    record_id = _marked_record(closed_vault, passphrase)
    window = make_window(vault_path=closed_vault, lang="ar")
    unlock(window, passphrase)
    window.edit_record(record_id, "account")
    editor = window.editor
    observations = field(editor, "account", "observations")
    type_into(qtbot, observations.edit, "x")
    editor.autosave()
    qtbot.keyClick(observations.edit, Qt.Key.Key_Backspace)
    editor.go_to_section("incident")  # leaving the section writes the working copy
    editor.autosave()
    window.lock()
    unlock(window, passphrase)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert window.findChild(QInputDialog, "amend_reason") is None
    assert window.stack.currentWidget() is window.records
    assert len(window.vault.history(record_id)) == 1
    assert load_working_copy(window.vault, record_id) is None


def _change_observations(qtbot, window, record_id) -> str:
    window.edit_record(record_id, "account")
    editor = window.editor
    observations = field(editor, "account", "observations")
    before = observations.value()
    type_into(qtbot, observations.edit, " changed my mind")
    editor.autosave()
    assert load_working_copy(window.vault, record_id) is not None
    return before


def _asked(window) -> bool:
    """An amendment question on screen (a discarded one is deleted only later)."""
    return any(d.isVisible() for d in window.findChildren(QInputDialog, "amend_reason"))


def _discard(qtbot, window) -> None:
    dialog = window.findChild(QInputDialog, "amend_reason")
    assert dialog is not None and dialog.isVisible()
    button = dialog.findChild(QPushButton, "discard_edits")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_leaving_offers_to_discard_the_edits(qtbot, make_window, closed_vault, unlock,
                                             passphrase):
    record_id = _marked_record(closed_vault, passphrase)
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    head = window.vault.get(record_id)
    before = _change_observations(qtbot, window, record_id)
    qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
    _discard(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.records)
    assert len(window.vault.history(record_id)) == 1  # no revision written
    assert window.vault.get(record_id).revision == head.revision
    assert load_working_copy(window.vault, record_id) is None  # the edits are gone
    window.edit_record(record_id, "account")
    assert field(window.editor, "account", "observations").value() == before
    qtbot.mouseClick(window.editor.back_button, Qt.MouseButton.LeftButton)
    assert not _asked(window)


def test_save_offers_to_discard_and_shows_the_last_revision(qtbot, make_window, closed_vault,
                                                            unlock, passphrase):
    record_id = _marked_record(closed_vault, passphrase)
    window = make_window(vault_path=closed_vault, lang="ar")
    unlock(window, passphrase)
    before = _change_observations(qtbot, window, record_id)
    editor = window.editor
    editor.save()
    _discard(qtbot, window)
    assert window.stack.currentWidget() is editor  # still editing, now the stored text
    assert field(editor, "account", "observations").value() == before
    assert len(editor.marks()) == 2 and editor.unchanged()
    assert load_working_copy(window.vault, record_id) is None
    assert len(window.vault.history(record_id)) == 1
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert not _asked(window)
