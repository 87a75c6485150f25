"""Records with an open conflict are marked in the records list (a column, in word and
colour, translated), can be listed alone through the filter bar, and opening one leads to
its conflict instead of the editor. Real vaults diverged through real bundles."""

from __future__ import annotations

import pytest
from environment import PASSPHRASE
from PySide6.QtCore import Qt
from unit.exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_records
from testimony_app.exchange import conflicts as cf
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.exchange.conflicts_dialog import ConflictsDialog
from testimony_app.gui.records_filter import CONFLICTS
from testimony_app.gui.records_model import (
    CONFLICT_BACKGROUND,
    CONFLICT_ROLE,
    CONFLICT_TEXT,
    RecordsModel,
)

CONFLICT_COLUMN = RecordsModel.COLUMNS.index("conflict")


@pytest.fixture
def supervisor(tmp_path):
    """A supervisor vault with three records handed in, the first one diverged (both
    sides amended it, the researcher's amendment imported): (vault, diverged record id,
    the ids of the others)."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(3, seed=21, code_prefix="RES"))
    export_bundle(res, [supervisor_key(res)], tmp_path / "1.tbundle")
    import_bundle(sup, tmp_path / "1.tbundle")
    rid, *others = sorted(s.id for s in res.list_records())
    for vault, note in ((sup, " Supervisor's note."), (res, " Researcher's correction.")):
        doc = vault.get(rid).to_json()
        doc["answers"]["account"]["narrative_original"] += note
        vault.save(rid, doc, reason="note")
    export_bundle(res, [supervisor_key(res)], tmp_path / "2.tbundle")
    assert import_bundle(sup, tmp_path / "2.tbundle").counts["conflict"] == 1
    res.close()
    yield sup, rid, others
    sup.close()


def _row_of(model, record_id):
    return next(r for r in range(model.rowCount()) if model.record_id(r) == record_id)


def test_the_list_marks_a_conflict_in_word_and_colour(qtbot, supervisor):
    sup, rid, others = supervisor
    model = RecordsModel()
    model.set_vault(sup)
    assert model.headerData(CONFLICT_COLUMN, Qt.Orientation.Horizontal) == "Conflict"
    marked = model.index(_row_of(model, rid), CONFLICT_COLUMN)
    assert model.data(marked) == "conflict" and model.data(marked, CONFLICT_ROLE) is True
    assert model.data(marked, Qt.ItemDataRole.ForegroundRole).color() == CONFLICT_TEXT
    assert model.data(marked, Qt.ItemDataRole.BackgroundRole).color() == CONFLICT_BACKGROUND
    assert "settle the conflict" in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    for other in others:
        plain = model.index(_row_of(model, other), CONFLICT_COLUMN)
        assert model.data(plain) == "" and model.data(plain, CONFLICT_ROLE) is False
        assert model.data(plain, Qt.ItemDataRole.BackgroundRole) is None
    # Settled: the mark goes with the next reading of the list.
    cf.resolve(sup, rid, keep="local", reason="ours")
    model.refresh()
    assert model.data(model.index(_row_of(model, rid), CONFLICT_COLUMN)) == ""
    model.clear()


def test_the_filter_lists_only_records_with_a_conflict(qtbot, supervisor, make_window,
                                                       unlock):
    sup, rid, _ = supervisor
    path = sup.path
    sup.close()
    window = make_window(vault_path=path)
    unlock(window, PASSPHRASE)
    page, model = window.records, window.records.model
    assert model.rowCount() == 3
    status = page.filter_bar.status
    status.setCurrentIndex(status.findData(CONFLICTS))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.record_id(0) == rid and model.filters.conflicts_only
    assert model.filters.status is None
    page.filter_bar.reset()
    qtbot.waitUntil(lambda: model.rowCount() == 3)


def test_opening_a_marked_record_leads_to_its_conflict(qtbot, supervisor, make_window,
                                                       unlock):
    sup, rid, others = supervisor
    path = sup.path
    sup.close()
    window = make_window(vault_path=path)
    unlock(window, PASSPHRASE)
    page, model = window.records, window.records.model
    page.table.activated.emit(model.index(_row_of(model, rid), 0))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ConflictsDialog)))
    (dialog,) = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()]
    assert dialog._current.record == rid
    assert window.stack.currentWidget() is page  # not the editor
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # A record without a conflict opens in the editor as before.
    page.table.activated.emit(model.index(_row_of(model, others[0]), 0))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.editor)


def test_the_marker_is_translated_into_arabic(qtbot, supervisor):
    from PySide6.QtWidgets import QApplication

    from testimony_app.gui.app import apply_language, remove_language

    sup, rid, _ = supervisor
    app = QApplication.instance()
    translators = apply_language(app, "ar")
    try:
        model = RecordsModel()
        model.set_vault(sup)
        header = model.headerData(CONFLICT_COLUMN, Qt.Orientation.Horizontal)
        word = model.data(model.index(_row_of(model, rid), CONFLICT_COLUMN))
        for text in (header, word):
            assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
        model.clear()
    finally:
        remove_language(app, translators)
