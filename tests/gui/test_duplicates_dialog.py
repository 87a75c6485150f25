"""The duplicate review over a real supervisor vault fed by two researchers' real bundles:
each pair is listed with its score and reasons and both witnesses in brief; "Same witness"
and "Distinct people" store the link and the pair leaves the list; nothing is merged.

The parties are the exchange tests' own (`tests/unit/exchange_parties.py`, imported as
`unit.exchange_parties`: tests/ is on the path and tests/unit a namespace package)."""

from __future__ import annotations

import copy
import random

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from unit.exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record
from testimony_app.exchange import duplicates as dup
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.exchange.duplicates_dialog import BRIEF, DuplicatesDialog


def _second_interview(first: dict, code: str) -> dict:
    """The same witness interviewed again by another researcher, name spelled otherwise."""
    second = copy.deepcopy(first)
    second["answers"]["interview"]["code"] = code
    second["answers"]["account"]["narrative_original"] = "Another interview, same witness."
    name = second["answers"]["witness"]["full_name"]
    given = name["given"]
    # Another spelling: ta marbuta written as ha, else a short vowel written out.
    name["given"] = given.replace("ة", "ه") if "ة" in given else given[0] + "\u064e" + given[1:]
    return second


@pytest.fixture
def two_researchers(tmp_path):
    """Two witnesses each interviewed once by each researcher, both hand-ins imported:
    (supervisor, [(record of researcher 1, record of researcher 2)] for each witness)."""
    sup, (r1, r2) = supervisor_with(tmp_path, "Researcher 1", "Researcher 2")
    pairs = []
    for n, seed in ((2, 21), (4, 5)):
        first = demo_record(n, random.Random(seed))
        pairs.append((r1.add(first).id,
                      r2.add(_second_interview(first, f"R2-{n:04d}")).id))
    for i, r in enumerate((r1, r2), 1):
        export_bundle(r, [supervisor_key(r)], tmp_path / f"{i}.tbundle")
        import_bundle(sup, tmp_path / f"{i}.tbundle")
    yield sup, pairs
    for v in (sup, r1, r2):
        v.close()


def _dialog(qtbot, vault, lang="en"):
    dialog = DuplicatesDialog(vault, lang, None)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=20_000)
    return dialog


def _pairs(dialog):
    return [frozenset((c.a, c.b)) for c in dialog.candidates]


def _listed_codes(dialog):
    return [(dialog.pair_list.topLevelItem(i).text(1).strip("\u2068\u2069"),
             dialog.pair_list.topLevelItem(i).text(2).strip("\u2068\u2069"))
            for i in range(dialog.pair_list.topLevelItemCount())]


def _pick(qtbot, dialog, pair):
    row = _pairs(dialog).index(frozenset(pair))
    item = dialog.pair_list.topLevelItem(row)
    rect = dialog.pair_list.visualItemRect(item)
    qtbot.mouseClick(dialog.pair_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert dialog.current() is dialog.candidates[row]


def test_pairs_listed_with_score_reasons_and_both_witnesses(qtbot, two_researchers):
    sup, pairs = two_researchers
    dialog = _dialog(qtbot, sup)
    assert sorted(_pairs(dialog), key=sorted) == sorted(map(frozenset, pairs), key=sorted)
    assert not dialog.busy.isVisible()
    a, b = pairs[0]
    _pick(qtbot, dialog, pairs[0])
    row = _pairs(dialog).index(frozenset(pairs[0]))
    bar = dialog.pair_list.itemWidget(dialog.pair_list.topLevelItem(row), 0)
    assert bar.value() == round(dialog.candidates[row].score * 100) >= 90
    reasons = dialog.pair_list.topLevelItem(row).text(3)
    assert "given name" in reasons and "family name" in reasons
    assert dialog.reasons.text().startswith(f"Score {bar.value()}%: ")
    # Both witnesses in brief, side by side: the given name in both spellings.
    given = BRIEF.index("given")
    shown = {dialog.comparison.item(given, 0).text(), dialog.comparison.item(given, 1).text()}
    names = {sup.get(r).answers["witness"]["full_name"]["given"] for r in (a, b)}
    assert shown == names and len(names) == 2
    researcher = BRIEF.index("researcher")
    assert {dialog.comparison.item(researcher, c).text() for c in (0, 1)} == {
        "Researcher 1", "Researcher 2"}
    codes = {dialog.comparison.horizontalHeaderItem(c).text() for c in (0, 1)}
    assert codes == {sup.get(r).answers["interview"]["code"] for r in (a, b)}


@pytest.mark.parametrize("button, relation", [("same", "same"), ("distinct", "distinct")])
def test_a_decision_is_stored_and_the_pair_leaves_the_list(qtbot, two_researchers, button,
                                                           relation):
    sup, pairs = two_researchers
    dialog = _dialog(qtbot, sup)
    _pick(qtbot, dialog, pairs[1])
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert _pairs(dialog) == [frozenset(pairs[0])] and len(_listed_codes(dialog)) == 1
    (link,) = dup.links(sup)
    assert {link["a"], link["b"]} == set(pairs[1]) and link["relation"] == relation
    assert sup.count() == 4  # nothing merged
    assert dialog.decided_list.topLevelItemCount() == 1
    wanted = "Same witness" if relation == "same" else "Distinct people"
    assert dialog.decided_list.topLevelItem(0).text(2) == wanted
    assert dialog.status.text().startswith("Recorded: ")
    # The last pair, then nothing left; a new window finds only what is undecided.
    qtbot.mouseClick(dialog.distinct, Qt.MouseButton.LeftButton)
    assert dialog.candidates == [] and dialog.empty.text().startswith("No possible")
    assert not dialog.same.isEnabled()
    assert dup.vault_candidates(sup) == []
    again = _dialog(qtbot, sup)
    assert again.candidates == [] and again.decided_list.topLevelItemCount() == 2


def test_a_record_deleted_meanwhile_gives_one_sentence(qtbot, two_researchers):
    sup, pairs = two_researchers
    dialog = _dialog(qtbot, sup)
    _pick(qtbot, dialog, pairs[0])
    sup.delete(pairs[0][1])
    audit = sup.audit_count()
    qtbot.mouseClick(dialog.same, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"No record {pairs[0][1]} in this vault."
    assert dup.links(sup) == [] and sup.audit_count() == audit


def test_finding_runs_in_the_task_behind_a_busy_bar(qtbot, two_researchers):
    sup, _ = two_researchers
    dialog = DuplicatesDialog(sup, "en", None)
    qtbot.addWidget(dialog)
    dialog.open()
    # Until the task reports back, the window leaves the vault alone.
    assert dialog.task.running and not dialog.busy.isHidden()
    assert not dialog.pair_list.isEnabled() and not dialog.same.isEnabled()
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    assert dialog.busy.isHidden() and dialog.pair_list.isEnabled() and dialog.same.isEnabled()


def test_forget_clears_every_value(qtbot, two_researchers):
    sup, _ = two_researchers
    dialog = _dialog(qtbot, sup)
    assert dialog.comparison.item(0, 0).text()
    dialog.forget()
    assert dialog.vault is None and dialog.pair_list.topLevelItemCount() == 0
    assert dialog.comparison.item(0, 0) is None and dialog.reasons.text() == ""


def test_locking_while_finding_stops_forgets_and_closes(qtbot, two_researchers):
    from PySide6.QtWidgets import QWidget

    from testimony_app.gui.vault_dialog import close_vault_dialogs

    sup, _ = two_researchers
    window = QWidget()
    qtbot.addWidget(window)
    dialog = DuplicatesDialog(sup, "en", window)
    dialog.open()
    assert dialog.task.running
    close_vault_dialogs(window)  # what the main window does at lock
    assert not dialog.task.running or dialog.task.wait(0)
    assert dialog.vault is None and dialog.candidates == []
    qtbot.waitUntil(lambda: not window.findChildren(DuplicatesDialog))
    assert sup.count() == 4 and dup.links(sup) == []


def _as_shown(tip: str) -> str:
    """A tooltip's text as Qt shows it (rich text when it looks like markup)."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document.toPlainText()


def test_names_from_bundles_are_never_markup_in_tooltips(qtbot, tmp_path):
    markup = '<a href="https://example.invalid/x">Haddad</a><img src="/etc/hostname">'
    sup, (r1, r2) = supervisor_with(tmp_path, "Researcher 1", "Researcher 2")
    try:
        first = demo_record(2, random.Random(21))
        first["answers"]["witness"]["full_name"]["family"] = markup
        r1.add(first)
        r2.add(_second_interview(first, "R2-0002"))
        for i, r in enumerate((r1, r2), 1):
            export_bundle(r, [supervisor_key(r)], tmp_path / f"{i}.tbundle")
            import_bundle(sup, tmp_path / f"{i}.tbundle")
        dialog = _dialog(qtbot, sup)
        assert dialog.current() is not None
        family = BRIEF.index("family")
        assert dialog.comparison.item(family, 0).text() == markup
        for row in range(len(BRIEF)):
            for column in (0, 1):
                cell = dialog.comparison.item(row, column)
                assert _as_shown(cell.toolTip()) == cell.text()
        reasons = dialog.pair_list.topLevelItem(0)
        assert _as_shown(reasons.toolTip(3)) == reasons.text(3)
        dialog.close()
    finally:
        for v in (sup, r1, r2):
            v.close()
