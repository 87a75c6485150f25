"""Full-text search over names, narratives and instruction wording.

Researchers search for a name the way they would spell it; the vault must find the
spelling the record holds (hamza, ta marbuta, Persian letters, Latin case) and must stop
finding a record once it is deleted or the words are amended away.
"""

from __future__ import annotations

import pytest

from testimony_app.vault import Vault

PASSPHRASE = "correct horse battery staple ' quoted كلمة سر"

RECORDS = {
    "ahmad": {
        "witness": {"full_name": {"given": "أحمد", "father": "عليّ", "family": "الجبوري",
                                  "latin": {"given": "Ahmad", "family": "al-Jubouri"}}},
        "account": {"narrative_original": "سقطت القنبلة على سطح البيت قرب الجامع"},
    },
    "fatima": {
        "witness": {"full_name": {"given": "فاطمة", "family": "الطائي",
                                  "latin": {"given": "Fatima", "family": "al-Tai"}}},
        "account": {"narrative_original": "The leaflet told us to stay inside the basement",
                    "narrative_english": "The leaflet told us to stay inside the basement"},
    },
    "instructions": {
        "instructions": {"received": "yes", "instructions": [
            {"words_original": "ابقوا في بيوتكم ولا تخرجوا",
             "words_translation": "Stay in your homes and do not go out"}]},
        "account": {"narrative_original": "Yahya kept the paper"},
    },
    "persian": {
        "witness": {"full_name": {"given": "یحیی", "family": "کریمی"}},  # Persian ی and ک
    },
    "unsearchable": {
        # Observations are not searchable: credibility notes must not surface in search.
        "account": {"observations": "zebracrossingword"},
        "witness": {"occupation": "baker"},
    },
}


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One vault for the read-only searches: {key: record id}."""
    path = tmp_path_factory.mktemp("search") / "search.vault"
    v = Vault.create(path, PASSPHRASE, code_prefix="MOS")
    ids = {key: v.add({"answers": answers}).id for key, answers in RECORDS.items()}
    yield v, ids
    v.close()


def found(v, ids, query) -> set[str]:
    by_id = {i: k for k, i in ids.items()}
    return {by_id[s.id] for s in v.search(query)}


@pytest.mark.parametrize(("query", "expected"), [
    ("احمد", {"ahmad"}),          # hamza dropped
    ("أحمد", {"ahmad"}),
    ("أَحْمَد", {"ahmad"}),        # with harakat
    ("إحمد", {"ahmad"}),
    ("علي", {"ahmad"}),           # shadda in the record, none in the query
    ("فاطمه", {"fatima"}),         # ta marbuta typed as ha
    ("فاطمة", {"fatima"}),
    ("يحيي", {"persian"}),         # Arabic yeh for Persian yeh / alef maqsura
    ("يحيى", {"persian"}),
    ("كريمي", {"persian"}),        # Arabic kaf for keheh
])
def test_arabic_spelling_variants(shared, query, expected):
    assert found(*shared, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("القنبلة", {"ahmad"}),
    ("الجامع", {"ahmad"}),
    ("basement", {"fatima"}),
    ("بيوتكم", {"instructions"}),
    ("تخرجوا", {"instructions"}),
    ("homes", {"instructions"}),
    ("leaflet", {"fatima"}),
])
def test_words_in_narratives_and_instruction_wording(shared, query, expected):
    assert found(*shared, query) == expected


@pytest.mark.parametrize("query", ["ahmad", "AHMAD", "Ahmad", "al-jubouri", "JUBOURI"])
def test_latin_transliteration_case_insensitive(shared, query):
    assert found(*shared, query) == {"ahmad"}


def test_all_words_must_match(shared):
    assert found(*shared, "leaflet basement") == {"fatima"}
    assert found(*shared, "leaflet homes") == set()
    assert found(*shared, "احمد الجبوري") == {"ahmad"}
    assert found(*shared, "احمد الطائي") == set()


def test_prefix_matching(shared):
    assert found(*shared, "Fat") == {"fatima"}
    assert found(*shared, "الجبو") == {"ahmad"}
    assert found(*shared, "bas") == {"fatima"}
    assert found(*shared, "asement") == set()  # prefixes, not substrings


def test_unsearchable_fields_are_not_indexed(shared):
    assert found(*shared, "zebracrossingword") == set()
    assert found(*shared, "baker") == set()


def test_queries_with_no_words_or_fts_syntax(shared):
    v, _ = shared
    assert v.search("") == []
    assert v.search("  ... !!! ") == []
    # FTS operators typed by a user are words, not syntax (and never an error).
    assert v.search('"NEAR(" OR * AND -') == []
    assert found(*shared, "Fatima OR Ahmad") == set()


def test_search_limit_and_paging(shared):
    v, ids = shared
    every = v.search("the")  # in "fatima" and "instructions" (prefix of "the", "there")
    assert len(every) == 2
    first = v.search("the", limit=1)
    assert [s.id for s in first] == [every[0].id]
    assert [s.id for s in v.search("the", before=first[0].rowid)] == [every[1].id]


def test_deleted_record_is_no_longer_found(vault):
    record = vault.add({"answers": RECORDS["ahmad"]})
    other = vault.add({"answers": RECORDS["fatima"]})
    assert [s.id for s in vault.search("احمد")] == [record.id]
    vault.delete(record.id)
    assert vault.search("احمد") == []
    assert vault.search("Ahmad") == []
    assert [s.id for s in vault.search("fatima")] == [other.id]


def test_amended_record_found_by_new_words_only(vault):
    record = vault.add({"answers": {"account": {"narrative_original": "the roof collapsed"}}})
    assert [s.id for s in vault.search("roof")] == [record.id]
    doc = record.to_json()
    doc["answers"]["account"]["narrative_original"] = "the basement flooded"
    vault.save(record.id, doc)
    assert vault.search("roof") == []
    assert vault.search("collapsed") == []
    assert [s.id for s in vault.search("flooded basement")] == [record.id]


def test_index_survives_reopen(vault, vault_path, passphrase):
    record = vault.add({"answers": RECORDS["fatima"]})
    vault.close()
    with Vault.open(vault_path, passphrase) as again:
        assert [s.id for s in again.search("فاطمه")] == [record.id]
