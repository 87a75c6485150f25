"""The records list: lazy pages of 200, debounced search with Arabic spelling variants."""

from __future__ import annotations

import copy
import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from testimony_app.demo import demo_record, demo_records
from testimony_app.gui.records_model import PAGE_SIZE, RecordsModel


def named(n: int, given: str, latin: str, family: str) -> dict:
    """A demo interview whose witness is `given family` and in which nobody else is."""
    doc = copy.deepcopy(demo_record(n, random.Random(n)))
    doc["answers"]["witness"]["full_name"] = {
        "given": given, "father": "يوسف", "family": family,
        "latin": {"given": latin, "father": "Yusuf", "family": "al-Tai"},
    }
    for person in doc["answers"]["people"]["people"]:
        person["name"] = {"given": "علي", "family": "الطائي",
                          "latin": {"given": "Ali", "family": "al-Tai"}}
    return doc


@pytest.fixture
def big_vault(vault):
    vault.add_many(demo_records(450, seed=11))
    return vault


def test_model_fetches_in_pages_never_all_at_once(qtbot, big_vault):
    model = RecordsModel()
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    model.set_vault(big_vault)
    assert PAGE_SIZE == 200
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert inserted == [200, 200, 50]
    # Newest first, no record twice, and the pages joined without a gap.
    ids = [model.record_id(i) for i in range(model.rowCount())]
    assert len(set(ids)) == 450
    assert [model.data(model.index(i, 0)) for i in (0, 449)] == ["DEMO-0450", "DEMO-0001"]


def test_scrolling_the_list_fetches_the_next_page(qtbot, make_window, vault_path, vault,
                                                  passphrase, unlock):
    vault.add_many(demo_records(450, seed=12))
    vault.close()
    window = make_window(vault_path=vault_path)
    unlock(window, passphrase)
    model = window.records.model
    assert model.rowCount() == 200
    window.records.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    window.records.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert window.records.count_label.text() == "Records: 450"


def test_search_finds_arabic_names_written_without_hamza(qtbot, make_window, vault_path,
                                                         vault, passphrase, unlock,
                                                         type_text):
    ahmad = vault.add(named(1, "أحمد", "Ahmad", "الجبوري"))
    vault.add(named(2, "زينب", "Zainab", "الشمري"))
    vault.close()
    window = make_window(vault_path=vault_path)
    unlock(window, passphrase)
    page = window.records
    assert page.model.rowCount() == 2

    type_text(page.search, "احمد")  # bare alef: how most people type it
    assert page.model.query == ""  # debounced: nothing has run yet
    qtbot.waitUntil(lambda: page.model.query == "احمد", timeout=5000)
    assert page.model.rowCount() == 1
    assert page.model.record_id(0) == ahmad.id
    assert page.count_label.text() == "Found: 1"

    page.search.clear()  # an empty search lists everything again
    qtbot.waitUntil(lambda: page.model.query == "" and page.model.rowCount() == 2)

    type_text(page.search, "zainab")
    qtbot.waitUntil(lambda: page.model.query == "zainab")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "زينب يوسف الشمري"


def test_search_results_are_paged_too(qtbot, big_vault):
    """Half the demo accounts are Arabic, and all of those mention the house (البيت)."""
    expected = len(big_vault.search("البيت", limit=10_000))
    assert expected > PAGE_SIZE
    model = RecordsModel()
    model.set_vault(big_vault)
    model.set_query("البيت")
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == expected
    assert len({model.record_id(i) for i in range(expected)}) == expected


def test_search_with_no_words_lists_everything(qtbot, vault):
    vault.add_many(demo_records(3, seed=1))
    model = RecordsModel()
    model.set_vault(vault)
    model.set_query("  ،؟ ")
    assert model.rowCount() == 3


def test_columns_show_code_witness_researcher_date_status_and_update(qtbot, vault,
                                                                     sample_doc):
    record = vault.add(sample_doc)
    model = RecordsModel()
    model.set_vault(vault)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["Code", "Witness", "Researcher", "Incident date", "Status", "Updated",
                       "Conflict"]
    row = [model.data(model.index(0, c)) for c in range(7)]
    summary = vault.list_records()[0]
    assert row[:2] == [summary.code, summary.title]
    # Who made the record, as this vault knows them, never the free-text interviewers field.
    assert row[2] == f"Test Researcher ({vault.identity.fingerprint[:8]})"
    assert row[3:5] == [summary.incident_date, "complete"]
    assert row[5][:4].isdigit() and len(row[5]) == 16  # local 'YYYY-MM-DD HH:MM'
    assert row[6] == ""  # no open conflict
    assert model.record_id(0) == record.id
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
