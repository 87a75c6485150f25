"""The hand-in import window over real vaults and real bundles: the whole hand-in through
the three windows (keys, export, import), an unknown sender imported only after the
fingerprint was compared, a revoked sender refused, replay, conflicts and possible
duplicates announced, and a damaged or swapped bundle shown as one sentence with the
supervisor's vault byte-for-byte unchanged."""

from __future__ import annotations

import io
import os
import random
import shutil
import threading

import pytest
from file_dialog_driver import answering_file_dialog
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from unit.exchange_parties import make_vault, supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_record, demo_records
from testimony_app.exchange import keys as k
from testimony_app.exchange.bundle_format import CHUNK
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.app import apply_language, remove_language
from testimony_app.gui.exchange.export_dialog import ExportDialog
from testimony_app.gui.exchange.import_dialog import ImportDialog
from testimony_app.gui.exchange.keys_dialog import KeysDialog
from testimony_app.gui.vault_dialog import close_vault_dialogs
from testimony_app.gui.vault_task import vault_busy

WAIT = 60_000


def _open(qtbot, cls, vault):
    dialog = cls(vault, "en", None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _choose_bundles(qtbot, dialog, *paths):
    text = " ".join(f'"{p}"' for p in paths) if len(paths) > 1 else str(paths[0])
    with answering_file_dialog(text):
        with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
            dialog.choose_button.click()


def _import(qtbot, dialog, panel):
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        panel.import_button.click()


def _rows(panel):
    return [[panel.table.item(r, c).text() for c in range(6)]
            for r in range(panel.table.rowCount())]


@pytest.fixture
def world(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(3, seed=7))
    yield sup, res
    sup.close()
    res.close()


def test_hand_in_through_the_windows_with_an_unknown_sender(qtbot, tmp_path, user_config):
    sup = make_vault(tmp_path / "office", "Supervisor")
    res = make_vault(tmp_path / "field", "Researcher")
    try:
        res.add_many(demo_records(3, seed=3))
        keys = _open(qtbot, KeysDialog, sup)  # the supervisor saves a receiving key
        keys.receive_box.click()
        tpub = tmp_path / "office.tpub"
        with answering_file_dialog(tpub):
            keys.save_button.click()
        keys.close()
        keys = _open(qtbot, KeysDialog, res)  # the researcher enrols it
        with answering_file_dialog(tpub):
            keys.enrol_button.click()
        keys.matches_box.click()
        keys.confirm_enrol.click()
        keys.close()
        export = _open(qtbot, ExportDialog, res)  # and hands in
        bundle = tmp_path / "handin.tbundle"
        export.path_edit.setText(str(bundle))
        with qtbot.waitSignal(export.task.finished, timeout=WAIT):
            export.export_button.click()
        export.close()

        dialog = _open(qtbot, ImportDialog, sup)
        _choose_bundles(qtbot, dialog, bundle)
        assert dialog.progress.highest == 1000
        [panel] = dialog.panels
        assert panel.status.text() == "UNKNOWN" and "8a4b00" in panel.status.styleSheet()
        assert panel.fingerprint.text() == res.identity.display
        assert panel.sender_name.text() == "Researcher" and panel.sequence.text() == "1"
        assert [row[2] for row in _rows(panel)] == ["new"] * 3
        assert {row[0] for row in _rows(panel)} == {s.code for s in res.list_records()}
        assert panel.compared.isVisible() and not panel.import_button.isEnabled()
        assert not panel.enrol_button.isEnabled()  # not before the fingerprint was compared
        panel.compared.click()
        # Ticking enrols nobody and imports nothing: enrolling is its own act.
        assert not panel.import_button.isEnabled() and k.list_keys(sup) == []
        panel.enrol_button.click()
        [enrolled] = k.list_keys(sup)
        assert (enrolled.role, enrolled.signing_fp) == ("researcher", res.identity.fingerprint)
        assert sup.count() == 0 and panel.status.text() == "enrolled"
        assert panel.enrol_button.isHidden() and "Nothing is imported" in panel.outcome.text()
        assert panel.import_button.isEnabled()
        _import(qtbot, dialog, panel)
        assert panel.outcome.text().startswith("Imported: 3 new, 0 with new revisions, ")
        assert not panel.import_button.isEnabled() and dialog.progress.highest == 1000
        assert sup.count() == 3 and len(k.list_keys(sup)) == 1

        # The same bundle again: it says so, and nothing changes.
        before = vault_bytes(sup)
        _choose_bundles(qtbot, dialog, bundle)
        [panel] = dialog.panels
        assert panel.status.text() == "enrolled"
        assert panel.warnings.text().startswith("Already imported on ")
        assert [row[2] for row in _rows(panel)] == ["already present"] * 3
        _import(qtbot, dialog, panel)
        assert panel.outcome.text().startswith("Already imported on ")
        assert panel.outcome.text().endswith(": nothing changed.")
        assert vault_bytes(sup) == before
    finally:
        sup.close()
        res.close()


def test_revoked_sender_cannot_be_imported(qtbot, world, tmp_path, user_config):
    sup, res = world
    bundle = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    k.revoke(sup, k.list_keys(sup)[0].fingerprint)
    before = vault_bytes(sup)
    dialog = _open(qtbot, ImportDialog, sup)
    _choose_bundles(qtbot, dialog, bundle)
    [panel] = dialog.panels
    assert panel.status.text() == "REVOKED"
    assert panel.reason.text() == "The sender's key was revoked: nothing is imported from it."
    assert not panel.import_button.isEnabled() and not panel.compared.isVisible()
    panel.import_button.click()  # disabled: nothing happens
    assert not dialog.task.running and vault_bytes(sup) == before


def test_damaged_bundle_is_one_sentence_and_changes_nothing(qtbot, world, tmp_path,
                                                           user_config):
    sup, res = world
    bundle = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.tbundle"
    damaged.write_bytes(bytes(data))
    before = vault_bytes(sup)
    dialog = _open(qtbot, ImportDialog, sup)
    _choose_bundles(qtbot, dialog, damaged)
    [panel] = dialog.panels
    sentence = panel.refusal.text()
    assert sentence == ("Bundle refused; nothing was changed. Detail: the bundle is damaged "
                        "or was altered (at part 1).")
    assert panel.details.isHidden() and panel.table.rowCount() == 0
    assert vault_bytes(sup) == before


def test_file_swapped_after_the_preview_is_refused(qtbot, world, tmp_path, user_config):
    sup, res = world
    first, second = tmp_path / "1.tbundle", tmp_path / "2.tbundle"
    export_bundle(res, [supervisor_key(res)], first)
    res.add(demo_record(9, random.Random(9)))
    export_bundle(res, [supervisor_key(res)], second)
    dialog = _open(qtbot, ImportDialog, sup)
    _choose_bundles(qtbot, dialog, first)
    before = vault_bytes(sup)
    first.unlink()
    shutil.copy(second, first)
    _import(qtbot, dialog, dialog.panels[0])
    assert dialog.panels[0].refusal.text().startswith("Bundle refused; nothing was changed.")
    assert "\n" not in dialog.panels[0].refusal.text()
    assert sup.count() == 0 and vault_bytes(sup)[""] == before[""]


def test_two_bundles_conflicts_and_duplicates_are_announced(qtbot, world, tmp_path,
                                                            user_config):
    sup, res = world
    first, second = tmp_path / "1.tbundle", tmp_path / "2.tbundle"
    export_bundle(res, [supervisor_key(res)], first)
    import_bundle(sup, first)
    rid = res.list_records(limit=1)[0].id
    for vault, note in ((sup, " Supervisor's note."), (res, " Researcher's correction.")):
        doc = vault.get(rid).to_json()
        doc["answers"]["account"]["narrative_original"] += note
        vault.save(rid, doc, reason="note")
    witness = demo_record(5, random.Random(5))
    sup.add(witness)  # the supervisor already holds this witness…
    res.add(witness)  # …and the researcher interviewed them again
    export_bundle(res, [supervisor_key(res)], second)
    third = tmp_path / "3.tbundle"
    shutil.copy(first, third)

    dialog = _open(qtbot, ImportDialog, sup)
    _choose_bundles(qtbot, dialog, second, third)
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["2.tbundle", "3.tbundle"]
    panel = dialog.panels[0]
    outcomes = {row[2] for row in _rows(panel)}
    assert outcomes == {"conflict", "new"}
    [new_row] = [row for row in _rows(panel) if row[2] == "new"]
    assert new_row[5] and "(" in new_row[5]  # the local record it may duplicate, scored
    _import(qtbot, dialog, panel)
    text = panel.outcome.text()
    assert "1 in conflict" in text and "Conflicts window" in text
    assert "Duplicates window" in text
    assert dialog.panels[1].warnings.text().startswith("Already imported on ")


def test_lock_during_import_stops_it_and_forgets(qtbot, world, tmp_path, user_config):
    sup, res = world
    rid = res.list_records(limit=1)[0].id
    res.attach(rid, io.BytesIO(os.urandom(400 * CHUNK)), name="recording.ogg")  # 25 MiB
    bundle = tmp_path / "big.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ImportDialog(sup, "en", window)
    dialog.open()
    _choose_bundles(qtbot, dialog, bundle)
    before = vault_bytes(sup)
    panel = dialog.panels[0]
    panel.import_button.click()
    qtbot.waitUntil(lambda: 0 < dialog.progress.highest)
    close_vault_dialogs(window)  # what the main window does at lock
    assert dialog.task.wait(0)  # the work stopped before the window let go of the vault
    assert dialog.vault is None and dialog.panels == [] and dialog.tabs.count() == 0
    assert sup.count() == 0 and vault_bytes(sup)[""] == before[""]


def test_arabic_layout_keeps_values_on_the_right_and_fingerprints_left_to_right(
        qtbot, world, tmp_path, user_config):
    sup, res = world
    bundle = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    translators = apply_language(QApplication.instance(), "ar")
    try:
        dialog = _open(qtbot, ImportDialog, sup)
        _choose_bundles(qtbot, dialog, bundle)
        [panel] = dialog.panels
        assert panel.isRightToLeft()
        # Qt aligns a label by its own text: a Latin name or sentence must still sit right.
        for label in (panel.sender_name, panel.status, panel.fingerprint, dialog.message):
            assert label.alignment() & Qt.AlignmentFlag.AlignRight
            assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert panel.fingerprint.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert panel.table.verticalHeader().defaultSectionSize() >= \
            panel.fontMetrics().height() + 10
    finally:
        remove_language(QApplication.instance(), translators)


def test_a_refusal_is_said_in_arabic_with_the_detail_after(qtbot, world, tmp_path,
                                                           user_config):
    sup, res = world
    bundle = tmp_path / "b.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    cut = tmp_path / "cut.tbundle"
    cut.write_bytes(bundle.read_bytes()[:-100])
    before = vault_bytes(sup)
    translators = apply_language(QApplication.instance(), "ar")
    try:
        dialog = _open(qtbot, ImportDialog, sup)
        _choose_bundles(qtbot, dialog, cut)
        [panel] = dialog.panels
        sentence = panel.refusal.text()
        assert sentence == ("رُفضت الحزمة ولم يتغيّر شيء. التفاصيل: الحزمة تالفة أو عُبث بها "
                            "(عند الجزء \u20681\u2069).")
    finally:
        remove_language(QApplication.instance(), translators)
    assert vault_bytes(sup) == before


def test_a_missing_earlier_bundle_is_pointed_out(qtbot, world, tmp_path, user_config):
    sup, res = world
    export_bundle(res, [supervisor_key(res)], tmp_path / "1.tbundle")
    res.add(demo_record(9, random.Random(9)))
    export_bundle(res, [supervisor_key(res)], tmp_path / "2.tbundle")
    dialog = _open(qtbot, ImportDialog, sup)
    _choose_bundles(qtbot, dialog, tmp_path / "2.tbundle")
    [panel] = dialog.panels
    assert panel.warnings.isVisibleTo(dialog)
    assert panel.warnings.text() == ("A bundle from this researcher is missing (number 1): "
                                     "ask them for it.")


def test_window_closed_as_an_import_ends_starts_no_more_work(qtbot, world, tmp_path,
                                                             user_config):
    """The import is written, its signals still queued, when the user closes the window:
    the other bundle's preview must not be redone by a window that is gone."""
    sup, res = world
    first, second = tmp_path / "1.tbundle", tmp_path / "2.tbundle"
    export_bundle(res, [supervisor_key(res)], first)
    res.add(demo_record(9, random.Random(9)))
    export_bundle(res, [supervisor_key(res)], second)
    window = QWidget()  # the window is deleted in the test: qtbot holds its parent
    qtbot.addWidget(window)
    dialog = ImportDialog(sup, "en", window)
    dialog.open()
    _choose_bundles(qtbot, dialog, first, second)
    assert all(panel.can_import() for panel in dialog.panels)
    gui_thread = threading.get_ident()
    off_thread: list[str] = []
    sup._conn.set_trace_callback(
        lambda sql: off_thread.append(sql) if threading.get_ident() != gui_thread else None)
    try:
        dialog.panels[0].import_button.click()
        assert dialog.task.wait(60)  # written; succeeded and finished not yet delivered
        off_thread.clear()
        with qtbot.waitSignal(dialog.destroyed, timeout=WAIT):
            dialog.reject()  # the user closes the window at that moment
        assert QThreadPool.globalInstance().waitForDone(WAIT)
        assert off_thread == []
        assert not vault_busy()
    finally:
        sup._conn.set_trace_callback(None)
    assert sup.count() == 3


def test_the_progress_bar_says_what_it_is_doing(qtbot, world, tmp_path, user_config):
    sup, res = world
    first, second = tmp_path / "first.tbundle", tmp_path / "second.tbundle"
    export_bundle(res, [supervisor_key(res)], first)
    res.add_many(demo_records(1, seed=9))
    export_bundle(res, [supervisor_key(res)], second)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ImportDialog(sup, "en", window)
    dialog.open()
    seen: list[str] = []
    dialog.task.progressed.connect(lambda *_: seen.append(dialog.progress.label.text()))
    started = dialog.progress.label.text
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        dialog.open_files([str(first), str(second)])
        assert started() == "Checking \u2068first.tbundle\u2069 (1 of 2)…"
        assert dialog.progress.label.isVisible()
    assert "Checking \u2068first.tbundle\u2069 (1 of 2)…" in seen
    assert "Checking \u2068second.tbundle\u2069 (2 of 2)…" in seen
    assert dialog.progress.isHidden()  # done: bar and label go
    panel = dialog.panels[0]
    if not panel.can_import():  # a sender not seen before: the user compares first
        panel.compared.click()
    seen.clear()
    with qtbot.waitSignal(dialog.task.finished, timeout=WAIT):
        panel.import_button.click()
        assert started() == "Importing \u2068first.tbundle\u2069…"
    assert seen and set(seen) == {"Importing \u2068first.tbundle\u2069…"}
