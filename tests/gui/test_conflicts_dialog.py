"""The conflict view over real vaults diverged through real bundles: both heads side by
side with the differing field highlighted, resolving by keeping one side writes a new
revision and keeps both branches, a reason is required, several conflicts in a row.

The parties are the exchange tests' own (`tests/unit/exchange_parties.py`, imported as
`unit.exchange_parties`: tests/ is on the path and tests/unit a namespace package)."""

from __future__ import annotations

import pytest
from environment import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from unit.exchange_parties import supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange import conflicts as cf
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.exchange.conflicts_dialog import ConflictsDialog


def _amend(vault, rid, note):
    doc = vault.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += note
    return vault.save(rid, doc, reason="note")


@pytest.fixture
def diverged(tmp_path):
    """Two records handed in, then amended by the researcher and the supervisor each, and
    the researcher's amendments imported: (supervisor, researcher, [record ids])."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(2, seed=21))
    rids = sorted(s.id for s in res.list_records())
    export_bundle(res, [supervisor_key(res)], tmp_path / "1.tbundle")
    import_bundle(sup, tmp_path / "1.tbundle")
    for rid in rids:
        _amend(sup, rid, " Supervisor's note.")
        _amend(res, rid, " Researcher's correction.")
    export_bundle(res, [supervisor_key(res)], tmp_path / "2.tbundle")
    assert import_bundle(sup, tmp_path / "2.tbundle").counts["conflict"] == 2
    yield sup, res, rids
    sup.close()
    res.close()


def _dialog(qtbot, vault, record_id=None, lang="en"):
    dialog = ConflictsDialog(vault, lang, None, record_id=record_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _listed(dialog):
    return [dialog.conflict_list.topLevelItem(i).text(0).strip("\u2068\u2069")
            for i in range(dialog.conflict_list.topLevelItemCount())]


def _type_reason(qtbot, dialog, text):
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, text)


def _confirm(qtbot, dialog, button=QMessageBox.StandardButton.Yes):
    qtbot.waitUntil(lambda: dialog.confirmation is not None
                    and dialog.confirmation.isVisible())
    qtbot.mouseClick(dialog.confirmation.button(button), Qt.MouseButton.LeftButton)


def test_both_heads_side_by_side_with_the_difference_highlighted(qtbot, diverged):
    sup, res, rids = diverged
    codes = [sup.get(r).answers["interview"]["code"] for r in rids]
    dialog = _dialog(qtbot, sup, record_id=rids[1])
    assert sorted(_listed(dialog)) == sorted(codes)
    assert dialog._current.record == rids[1]  # the record asked for is shown
    local, theirs = sup.get(rids[1]), res.get(rids[1])
    left, right = dialog.local_side.toPlainText(), dialog.imported_side.toPlainText()
    assert "Supervisor's note." in left and "Researcher's correction." not in left
    assert "Researcher's correction." in right and "Supervisor's note." not in right
    # Only the narrative differs, and it is the one field highlighted on each side.
    ((label, value),) = dialog.local_side.highlighted
    assert value == local.answers["account"]["narrative_original"]
    ((label2, value2),) = dialog.imported_side.highlighted
    assert label2 == label and value2 == theirs.answers["account"]["narrative_original"]
    assert local.revision[:12] in dialog.local_facts.text()
    assert theirs.revision[:12] in dialog.imported_facts.text()
    assert "Researcher" in dialog.imported_facts.text()
    ((_, before, after),) = dialog.changes.shown
    assert before.endswith("Supervisor's note.") and after.endswith("correction.")


def test_keep_imported_writes_a_new_revision_and_keeps_both_branches(qtbot, diverged):
    sup, res, rids = diverged
    dialog = _dialog(qtbot, sup, record_id=rids[0])
    local, theirs = sup.get(rids[0]), res.get(rids[0])
    code = local.answers["interview"]["code"]
    _type_reason(qtbot, dialog, "Checked against the recording")
    qtbot.mouseClick(dialog.keep_imported, Qt.MouseButton.LeftButton)
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: code not in _listed(dialog))
    resolved = sup.get(rids[0])
    assert resolved.number == local.number + 1 and resolved.parent == local.revision
    assert resolved.answers == theirs.answers
    assert resolved.reason.endswith(": Checked against the recording")
    hashes = {h.hash for h in sup.history(rids[0])}
    assert {local.revision, theirs.revision, resolved.revision} <= hashes
    assert f"revision {resolved.number} written" in dialog.status.text()
    assert dialog.reason.text() == ""
    # The next conflict is shown at once, and resolves the same way (several in a row).
    assert dialog._current.record == rids[1]
    _type_reason(qtbot, dialog, "Ours is right")
    qtbot.mouseClick(dialog.keep_local, Qt.MouseButton.LeftButton)
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.conflict_list.topLevelItemCount() == 0)
    assert sup.get(rids[1]).answers["account"]["narrative_original"].endswith("note.")
    assert cf.list_conflicts(sup) == []
    assert dialog.empty.text() == "No open conflicts."
    assert not dialog.keep_local.isEnabled() and dialog.local_side.toPlainText() == ""
    assert sup.verify() == []


def test_empty_reason_or_cancel_changes_nothing(qtbot, diverged):
    sup, _, rids = diverged
    dialog = _dialog(qtbot, sup)
    before = vault_bytes(sup)
    _type_reason(qtbot, dialog, "   ")
    qtbot.mouseClick(dialog.keep_imported, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is None
    assert dialog.status.text().startswith("Write the reason")
    _type_reason(qtbot, dialog, "A reason")
    qtbot.mouseClick(dialog.keep_local, Qt.MouseButton.LeftButton)
    _confirm(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert len(cf.list_conflicts(sup)) == 2 and len(_listed(dialog)) == 2
    assert vault_bytes(sup) == before


def test_a_conflict_settled_elsewhere_gives_one_sentence(qtbot, diverged):
    sup, _, rids = diverged
    dialog = _dialog(qtbot, sup)
    shown = dialog._current.record
    cf.resolve(sup, shown, keep="local", reason="settled on the command line")
    before = vault_bytes(sup)
    _type_reason(qtbot, dialog, "Too late")
    qtbot.mouseClick(dialog.keep_imported, Qt.MouseButton.LeftButton)
    _confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: "has no open conflict" in dialog.status.text())
    assert dialog.status.text().count(".") == 1
    assert vault_bytes(sup) == before
    assert len(_listed(dialog)) == 1  # the list is read again


def test_forget_clears_every_value(qtbot, diverged):
    sup, _, _ = diverged
    dialog = _dialog(qtbot, sup)
    assert dialog.local_side.toPlainText()
    dialog.forget()
    assert dialog.vault is None and dialog.conflict_list.topLevelItemCount() == 0
    for view in (dialog.local_side, dialog.imported_side, dialog.changes):
        assert "Supervisor" not in view.toPlainText() and "Researcher" not in view.toPlainText()
    assert dialog.local_facts.text() == "" and dialog.imported_facts.text() == ""


def test_arabic_mirrors_the_window_and_labels_the_fields_in_arabic(qtbot, diverged):
    from PySide6.QtWidgets import QApplication

    from testimony_app.gui.app import apply_language, remove_language

    sup, _, _ = diverged
    app = QApplication.instance()
    translators = apply_language(app, "ar")
    try:
        dialog = _dialog(qtbot, sup, lang="ar")
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # This vault's side comes first, on the right; the reason field right of the buttons.
        assert dialog.local_side.mapTo(dialog, dialog.local_side.rect().topLeft()).x() > \
            dialog.imported_side.mapTo(dialog, dialog.imported_side.rect().topLeft()).x()
        assert dialog.reason.x() > dialog.keep_imported.x()
        ((label, _),) = dialog.local_side.highlighted
        ((changed_label, _, _),) = dialog.changes.shown
        assert label == changed_label and any("\u0600" <= ch <= "\u06ff" for ch in label)
    finally:
        remove_language(app, translators)


def test_text_copied_from_either_side_is_cleared_at_lock(qtbot, diverged, make_window,
                                                         unlock):
    """Copies from the conflict view are noted like the record view's: the lock empties
    the clipboard of them even where the platform cannot tell who owns it."""
    sup, _res, _rids = diverged
    path = sup.path
    sup.close()
    window = make_window(vault_path=path)
    unlock(window, PASSPHRASE)
    clipboard = QApplication.clipboard()
    for name in ("local_side", "imported_side", "changes"):
        window.windows.conflicts_action.trigger()
        qtbot.waitUntil(lambda: any(d.isVisible()
                                    for d in window.findChildren(ConflictsDialog)))
        (dialog,) = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()]
        view = getattr(dialog, name)
        view.selectAll()
        view.copy()
        assert "note" in clipboard.text() or "correction" in clipboard.text()
        window.lock()
        assert clipboard.text() == ""
        unlock(window, PASSPHRASE)
