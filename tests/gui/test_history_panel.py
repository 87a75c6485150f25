"""The history panel: a real vault's revisions, and what changed between two of them."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from testimony_app.gui.editor.history_panel import HistoryPanel


def _record_with_history(vault, sample_doc):
    """Revision 1 draft, 2 draft with a changed date, 3 complete, 4 amended with a reason."""
    doc = copy.deepcopy(sample_doc)
    doc["status"] = "draft"
    record = vault.add(doc)

    def saved(change, status="draft", reason=None):
        # As the editor does: start from the stored answers (generated values included).
        answers = copy.deepcopy(vault.get(record.id).answers)
        change(answers)
        vault.save(record.id, {"status": status, "answers": answers}, reason=reason)

    saved(lambda a: a["incident"].update(date="2017-03-18"))
    saved(lambda a: a["witness"].update(occupation="Baker"), "complete")
    saved(lambda a: a["people"]["people"].append({"name": {"given": "هدى"},
                                                  "outcome": "missing"}),
          "complete", "The witness remembered her niece")
    return record.id


def _plain(text: str) -> str:
    """Without the bidi marks that keep names and "C." in order in RTL."""
    for mark in ("\u2066", "\u2068", "\u2069", "\u200f"):
        text = text.replace(mark, "")
    return text


def _panel(qtbot, vault, record_id, lang="en"):
    panel = HistoryPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.open(vault, record_id, lang)
    return panel


def _changes(panel):
    """(label, before, after) of every change shown, each also in the text on screen."""
    shown = [(_plain(label), old, new) for label, old, new in panel.changes.shown]
    text = _plain(panel.changes.toPlainText())
    for label, old, new in shown:
        assert label in text and old in text and new in text
    return shown


def test_lists_revisions_newest_first_with_reason(qtbot, vault, sample_doc):
    record_id = _record_with_history(vault, sample_doc)
    panel = _panel(qtbot, vault, record_id)
    rows = [[_plain(panel.revisions.topLevelItem(i).text(c)) for c in (0, 2, 3, 4, 5)]
            for i in range(panel.revisions.topLevelItemCount())]
    assert rows == [["4", "complete", "Test Researcher", "signed",
                     "The witness remembered her niece"],
                    ["3", "complete", "Test Researcher", "signed", ""],
                    ["2", "draft", "Test Researcher", "signed", ""],
                    ["1", "draft", "Test Researcher", "signed", ""]]
    assert panel.revisions.topLevelItem(0).toolTip(4) == "Written in this vault"
    # Opening shows what the latest revision changed: one person added.
    (change,) = _changes(panel)
    assert change[0].startswith("Added: ") and "هدى" in change[0]
    assert change[1] == "" and "Missing" in change[2]
    assert panel.summary.text() == "Changes: 1"


def test_clicking_a_revision_compares_it_with_the_one_before(qtbot, vault, sample_doc):
    record_id = _record_with_history(vault, sample_doc)
    old_date = sample_doc["answers"]["incident"]["date"]
    panel = _panel(qtbot, vault, record_id)
    item = panel.revisions.topLevelItem(2)  # revision 2
    rect = panel.revisions.visualItemRect(item)
    qtbot.mouseClick(panel.revisions.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert panel.from_box.currentData() == 1 and panel.to_box.currentData() == 2
    (change,) = _changes(panel)
    assert change[1:] == (old_date, "2017-03-18")


def test_any_two_revisions_can_be_compared(qtbot, vault, sample_doc):
    record_id = _record_with_history(vault, sample_doc)
    panel = _panel(qtbot, vault, record_id)
    panel.from_box.setCurrentIndex(panel.from_box.findData(1))
    panel.to_box.setCurrentIndex(panel.to_box.findData(4))
    values = {c[1:] for c in _changes(panel)}
    assert (sample_doc["answers"]["incident"]["date"], "2017-03-18") in values
    assert ("", "Baker") in values
    assert len(values) == 3 and panel.summary.text() == "Changes: 3"


def test_arabic_labels_and_clear(qtbot, vault, sample_doc, form):
    record_id = _record_with_history(vault, sample_doc)
    panel = _panel(qtbot, vault, record_id, lang="ar")
    panel.compare(2, 3)
    text = _plain(panel.changes.toPlainText())
    occupation = form.section("witness").field("occupation").label.ar
    assert f"C. {form.section('witness').label.ar}" in text
    assert _changes(panel) == [(occupation, "", "Baker")]
    # Right to left: every paragraph of the changes is laid out in Arabic order.
    block = panel.changes.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    panel.clear()
    assert panel.revisions.topLevelItemCount() == 0
    assert panel.changes.toPlainText() == "" and panel.changes.shown == []
    assert panel.from_box.count() == 0 and panel.vault is None


def test_marking_spans_shows_as_a_change(qtbot, vault, sample_doc):
    doc = copy.deepcopy(sample_doc)
    doc["status"] = "draft"
    record = vault.add(doc)
    answers = vault.get(record.id).answers
    vault.save(record.id, {"answers": answers, "marks": [
        {"section": "account", "field": "narrative_original", "row": None, "start": 0,
         "end": 4, "kind": "name"}]})
    panel = _panel(qtbot, vault, record.id)
    assert _changes(panel) == [("Sensitive spans marked", "0", "1")]
    assert panel.summary.text() == "No answers changed."


def _tab_shown_whole(tabs, index) -> bool:
    rect = tabs.tabRect(index)
    return rect.left() >= 0 and rect.right() <= tabs.width() and rect.width() > 0


def test_side_panel_shows_every_tab_and_the_whole_reason(qtbot, make_window, closed_vault,
                                                         unlock, passphrase, sample_doc):
    """On a 1366×768 laptop in each language: no scroll arrows hide History, and the
    amendment's reason is readable (a column kept for it, and in full under the pickers)."""
    from testimony_app.vault import Vault

    reason = "The witness remembered her niece"
    with Vault.open(closed_vault, passphrase) as vault:
        record_id = _record_with_history(vault, sample_doc)
    for lang in ("en", "ar", "ckb"):
        window = make_window(vault_path=closed_vault, lang=lang)
        window.resize(1366, 740)
        unlock(window, passphrase)
        window.edit_record(record_id)
        editor = window.editor
        tabs = editor.side.tabBar()
        assert not tabs.usesScrollButtons()
        assert all(_tab_shown_whole(tabs, i) for i in range(tabs.count())), lang
        editor.side.setCurrentWidget(editor.history)
        panel = editor.history
        tree = panel.revisions
        qtbot.waitUntil(lambda t=tree: t.viewport().width() > 0 and t.topLevelItemCount() == 4)
        panel._fit_columns()
        header = tree.header()
        # The Reason column starts inside the list and keeps at least a quarter of it.
        assert header.sectionViewportPosition(5) < tree.viewport().width() * 3 // 4, lang
        assert reason in panel.reason.text() and panel.reason.isVisible()
        assert tree.topLevelItem(0).toolTip(5) == reason
        window.lock()
        window.close()
