"""The field-by-field merge window over real vaults diverged through real bundles: each
differing field with who changed it since the common revision, one-side changes preset,
a field changed on both sides flagged and required, people row by row, a preview of the
merged record, and writing it as one new revision that keeps both branches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from unit.exchange_parties import supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange import conflicts as cf
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.exchange.conflicts_dialog import ConflictsDialog
from testimony_app.gui.exchange.field_merge_dialog import BOTH_BACKGROUND

NARRATIVE = "account.narrative_original"


def _person(doc, ref):
    return next(p for p in doc["answers"]["people"]["people"] if p["ref"] == ref)


def _supervisor_edit(doc):
    doc["answers"]["account"]["narrative_original"] = "The supervisor's reading."
    doc["answers"]["account"]["observations"] = "Calm and precise."


def _researcher_edit(doc):
    doc["answers"]["account"]["narrative_original"] = "The researcher's reading."
    doc["answers"]["incident"]["time_of_day"] = "night"
    _person(doc, "P2")["age"] = 40


@pytest.fixture
def diverged(tmp_path):
    """One record handed in, edited on both sides, the researcher's edit imported:
    (supervisor, researcher, record id, the common revision)."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(1, seed=21, code_prefix="RES"))
    (rid,) = [s.id for s in res.list_records()]
    export_bundle(res, [supervisor_key(res)], tmp_path / "1.tbundle")
    import_bundle(sup, tmp_path / "1.tbundle")
    base = sup.get(rid)
    for vault, edit in ((sup, _supervisor_edit), (res, _researcher_edit)):
        doc = vault.get(rid).to_json()
        edit(doc)
        vault.save(rid, doc, reason="checked")
    export_bundle(res, [supervisor_key(res)], tmp_path / "2.tbundle")
    assert import_bundle(sup, tmp_path / "2.tbundle").counts["conflict"] == 1
    yield sup, res, rid, base
    sup.close()
    res.close()


def _merge_window(qtbot, vault, lang="en"):
    conflicts = ConflictsDialog(vault, lang, None)
    qtbot.addWidget(conflicts)
    conflicts.open()
    qtbot.waitExposed(conflicts)
    qtbot.mouseClick(conflicts.merge_fields, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.merge is not None and conflicts.merge.isVisible())
    return conflicts, conflicts.merge


def _rows(dialog):
    return {dialog.plan.items[n].key: [dialog.table.item(n, c).text() for c in range(4)]
            for n in range(dialog.table.rowCount())}


def test_each_differing_field_with_who_changed_it_and_a_preset_side(qtbot, diverged):
    sup, _, _, _ = diverged
    _, dialog = _merge_window(qtbot, sup)
    rows = _rows(dialog)
    assert set(rows) == {NARRATIVE, "account.observations", "incident.time_of_day",
                         "people.people[P2]"}
    assert [rows[k][3] for k in (NARRATIVE, "account.observations",
                                 "incident.time_of_day", "people.people[P2]")] == \
        ["on both sides", "here", "by the sender", "by the sender"]
    assert rows[NARRATIVE][1:3] == ["The supervisor's reading.", "The researcher's reading."]
    assert rows["people.people[P2]"][0].startswith("E. ")  # the people section, row titled
    assert dialog.choices() == {"account.observations": "local",
                                "incident.time_of_day": "imported",
                                "people.people[P2]": "imported"}
    both = next(n for n, i in enumerate(dialog.plan.items) if i.key == NARRATIVE)
    assert dialog.table.item(both, 3).background().color() == BOTH_BACKGROUND
    assert "Choose a side" in dialog.preview.toPlainText()


def test_a_field_changed_on_both_sides_must_be_chosen(qtbot, diverged):
    sup, _, _, _ = diverged
    conflicts, dialog = _merge_window(qtbot, sup)
    sup._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = vault_bytes(sup)
    qtbot.keyClicks(dialog.reason, "Merged after a call")
    qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is None
    assert dialog.status.text().startswith("Both sides changed 1 field")
    dialog.reject()
    assert vault_bytes(sup) == before and len(cf.list_conflicts(sup)) == 1
    assert conflicts.merge is None


def test_the_merged_record_is_previewed_and_written_as_one_new_revision(qtbot, diverged):
    sup, res, rid, base = diverged
    local, theirs = sup.get(rid), res.get(rid)
    conflicts, dialog = _merge_window(qtbot, sup)
    dialog.choose(NARRATIVE, "imported")
    dialog.choose("incident.time_of_day", "local")  # a preset can be overridden
    shown = dialog.preview.toPlainText()
    assert "The researcher's reading." in shown and "Calm and precise." in shown
    assert "The supervisor's reading." not in shown
    assert any(v == "The researcher's reading." for _, v in dialog.preview.highlighted)
    qtbot.keyClicks(dialog.reason, "Merged after a call")
    qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None
                    and dialog.confirmation.isVisible())
    qtbot.mouseClick(dialog.confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.conflict_list.topLevelItemCount() == 0)
    resolved = sup.get(rid)
    assert resolved.parent == local.revision and resolved.number == local.number + 1
    account = resolved.answers["account"]
    assert account["narrative_original"] == "The researcher's reading."
    assert account["observations"] == "Calm and precise."
    assert resolved.answers["incident"].get("time_of_day") == \
        base.answers["incident"].get("time_of_day")
    assert _person(resolved.to_json(), "P2")["age"] == 40
    assert resolved.reason.endswith(": Merged after a call")
    assert {local.revision, theirs.revision, resolved.revision} <= \
        {h.hash for h in sup.history(rid)}
    assert f"revision {resolved.number} written" in conflicts.status.text()
    assert sup.verify() == []


def test_a_merge_shown_before_the_record_moved_is_refused(qtbot, diverged):
    sup, _, rid, _ = diverged
    _, dialog = _merge_window(qtbot, sup)
    dialog.choose(NARRATIVE, "local")
    doc = sup.get(rid).to_json()
    doc["answers"]["account"]["observations"] = "Changed meanwhile."
    sup.save(rid, doc, reason="meanwhile")
    qtbot.keyClicks(dialog.reason, "Too late")
    qtbot.mouseClick(dialog.write, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None)
    qtbot.mouseClick(dialog.confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed since the merge was shown" in dialog.status.text())
    assert sup.get(rid).answers["account"]["observations"] == "Changed meanwhile."
    assert len(cf.list_conflicts(sup)) == 1


def test_forget_clears_the_merge_window_too(qtbot, diverged):
    sup, _, _, _ = diverged
    conflicts, dialog = _merge_window(qtbot, sup)
    dialog.choose(NARRATIVE, "local")
    assert "supervisor's reading" in dialog.preview.toPlainText()
    conflicts.forget()
    assert dialog.table.rowCount() == 0 and dialog.vault is None
    assert "reading" not in dialog.preview.toPlainText()


def test_arabic_labels_and_mirrors_the_merge_window(qtbot, diverged):
    from PySide6.QtWidgets import QApplication

    from testimony_app.gui.app import apply_language, remove_language

    sup, _, _, _ = diverged
    app = QApplication.instance()
    translators = apply_language(app, "ar")
    try:
        _, dialog = _merge_window(qtbot, sup, lang="ar")
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        texts = [dialog.windowTitle(), dialog.write.text(),
                 dialog.table.horizontalHeaderItem(4).text(), _rows(dialog)[NARRATIVE][3]]
        for text in texts:
            assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
    finally:
        remove_language(app, translators)
