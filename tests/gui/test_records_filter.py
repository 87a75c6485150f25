"""The records list's filter bar and column sorting, on a real vault in a real window."""

from __future__ import annotations

import copy
import random

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from unit.exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.gui.records_model import RecordsModel
from testimony_app.vault.listing import RecordFilter

# (code, researcher who makes the record, incident date, status). The interviewers field
# says otherwise on purpose: the filter goes by who made the record, not by that text.
ROWS = [("MOS-0003", "Layla", "2017-03-17", "complete"),
        ("MOS-0001", "Karim", "2017-03-16", "draft"),
        ("MOS-0005", "Layla", "2016-11-02", "draft"),
        ("MOS-0002", "Karim", "2017-04", "complete"),
        ("MOS-0004", "Layla", "2017", "complete")]


@pytest.fixture
def filled(tmp_path):
    """A supervisor's vault holding Layla's and Karim's hand-ins."""
    sup, researchers = supervisor_with(tmp_path, "Layla", "Karim")
    by_name = {r.researcher_name: r for r in researchers}
    for n, (code, researcher, date, status) in enumerate(ROWS, 1):
        doc = copy.deepcopy(demo_record(n, random.Random(n)))
        doc["status"] = status
        doc["answers"]["interview"].update(code=code, interviewers="R7, ب٧")
        doc["answers"]["incident"]["date"] = date
        author = by_name[researcher]
        author.add(doc)
        # One hand-in per record, so that the supervisor's list has them in ROWS order.
        export_bundle(author, [supervisor_key(author)], tmp_path / f"{n}.tbundle")
        import_bundle(sup, tmp_path / f"{n}.tbundle")
    for r in researchers:
        r.close()
    sup.close()
    return sup.path


def _label(name: str, vault) -> str:
    return next(r.label for r in vault.researchers() if r.name == name)


def _codes(page) -> list[str]:
    model = page.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _choose(qtbot, combo, text):
    """Pick an entry with the keyboard, as a user tabbing through the bar would."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not offered"


def test_filter_bar_narrows_the_list(qtbot, make_window, filled, passphrase, unlock,
                                     type_text):
    window = make_window(vault_path=filled)
    unlock(window, passphrase)
    page = window.records
    bar = page.filter_bar
    assert _codes(page) == ["MOS-0004", "MOS-0002", "MOS-0005", "MOS-0001", "MOS-0003"]
    # Labelled as the supervisor enrolled their keys, with the start of each fingerprint.
    karim, layla = _label("Karim", window.vault), _label("Layla", window.vault)
    assert [bar.researcher.itemText(i) for i in range(bar.researcher.count())] == [
        "All researchers", karim, layla]
    assert karim.startswith("Karim (") and layla.startswith("Layla (")

    _choose(qtbot, bar.status, "Drafts")
    assert _codes(page) == ["MOS-0005", "MOS-0001"]
    assert page.count_label.text() == "Found: 2"
    _choose(qtbot, bar.researcher, layla)
    assert _codes(page) == ["MOS-0005"]
    _choose(qtbot, bar.status, "Complete")
    assert _codes(page) == ["MOS-0004", "MOS-0003"]

    # Incident dates, typed with Arabic-Indic digits: March 2017 includes its days only.
    bar.status.setCurrentIndex(0)
    bar.researcher.setCurrentIndex(0)
    bar.incident_from.setFocus()
    type_text(bar.incident_from, "٢٠١٧-٠٣")
    qtbot.keyClick(bar.incident_from, Qt.Key.Key_Tab)
    assert _codes(page) == ["MOS-0002", "MOS-0001", "MOS-0003"]
    bar.incident_to.setFocus()
    type_text(bar.incident_to, "2017-03")
    qtbot.keyClick(bar.incident_to, Qt.Key.Key_Return)
    assert _codes(page) == ["MOS-0001", "MOS-0003"]

    # Combined with a search.
    record = window.vault.get(window.vault.resolve_id("MOS-0001"))
    given = record.answers["witness"]["full_name"]["latin"]["given"]
    type_text(page.search, given)
    qtbot.waitUntil(lambda: page.model.query == given)
    assert "MOS-0001" in _codes(page) and set(_codes(page)) <= {"MOS-0001", "MOS-0003"}

    bar.reset_button.click()
    assert bar.incident_from.text() == "" and page.model.filters == RecordFilter()
    assert len(_codes(page)) >= 1 and page.model.query == given


def test_bad_dates_are_refused_with_one_sentence(qtbot, make_window, filled, passphrase,
                                                  unlock, type_text):
    window = make_window(vault_path=filled)
    unlock(window, passphrase)
    page = window.records
    bar = page.filter_bar
    # The field accepts only what can become a date...
    bar.incident_from.setFocus()
    type_text(bar.incident_from, "17/03")
    assert bar.incident_from.text() == "1703"
    # ...and a range that cannot be used changes nothing but says why.
    bar.incident_from.clear()
    type_text(bar.incident_from, "2018")
    qtbot.keyClick(bar.incident_from, Qt.Key.Key_Tab)
    assert _codes(page) == []
    bar.incident_to.setFocus()
    type_text(bar.incident_to, "2017")
    qtbot.keyClick(bar.incident_to, Qt.Key.Key_Tab)
    assert window.statusBar().currentMessage() == (
        "The incident date range ends before it starts.")
    assert _codes(page) == [] and page.model.filters.incident_to is None


def test_header_clicks_sort_and_reverse(qtbot, make_window, filled, passphrase, unlock):
    window = make_window(vault_path=filled)
    unlock(window, passphrase)
    page = window.records
    header = page.table.horizontalHeader()

    def click(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, 5))

    click(0)
    assert _codes(page) == ["MOS-0005", "MOS-0004", "MOS-0003", "MOS-0002", "MOS-0001"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.DescendingOrder)
    click(0)
    assert _codes(page) == ["MOS-0001", "MOS-0002", "MOS-0003", "MOS-0004", "MOS-0005"]
    click(3)  # incident date, latest first
    assert _codes(page) == ["MOS-0002", "MOS-0003", "MOS-0001", "MOS-0004", "MOS-0005"]
    click(1)  # the witness column has no order: nothing changes
    assert _codes(page) == ["MOS-0002", "MOS-0003", "MOS-0001", "MOS-0004", "MOS-0005"]
    assert header.sortIndicatorSection() == 3


def test_lock_forgets_filters_and_researcher_names(qtbot, make_window, filled, passphrase,
                                                   unlock):
    window = make_window(vault_path=filled)
    unlock(window, passphrase)
    bar = window.records.filter_bar
    _choose(qtbot, bar.researcher, _label("Karim", window.vault))
    assert _codes(window.records) == ["MOS-0002", "MOS-0001"]
    window.lock()
    assert bar.researcher.count() == 1 and bar.researcher.currentData() is None
    assert window.records.model.filters == RecordFilter()
    unlock(window, passphrase)
    assert len(_codes(window.records)) == 5


def test_model_pages_a_filtered_sorted_list(qtbot, vault):
    vault.add_many(copy.deepcopy(demo_record(n, random.Random(n))) for n in range(1, 46))
    model = RecordsModel(page_size=10)
    model.set_vault(vault)
    model.set_sort("code", False)
    model.set_filters(RecordFilter(incident_from="2017"))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert codes == sorted(codes) and len(codes) == 45 == len(set(codes))
