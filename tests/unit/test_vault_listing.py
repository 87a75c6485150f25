"""The records list's sort orders and filters on a real vault, paged by keyset."""

from __future__ import annotations

import copy
import itertools
import random

import pytest

from testimony_app.demo import demo_record
from testimony_app.vault import VaultError
from testimony_app.vault.listing import SORTS, RecordFilter

DATES = ["2017-03-17", "2017-03", "2017", "2016-11-02", "", "2017-03-17", "2017-04-01"]
RESEARCHERS = ["Layla", "Karim", "Layla", ""]
LAYLA, KARIM = "1a" * 32, "2b" * 32  # signing-key fingerprints


def _doc(n: int) -> dict:
    doc = copy.deepcopy(demo_record(n, random.Random(n)))
    doc["status"] = "draft" if n % 3 == 0 else "complete"
    doc["answers"]["interview"]["code"] = f"MOS-{(n * 7) % 23:04d}"
    doc["answers"]["interview"]["interviewers"] = RESEARCHERS[n % len(RESEARCHERS)]
    if not RESEARCHERS[n % len(RESEARCHERS)]:
        del doc["answers"]["interview"]["interviewers"]
    date = DATES[n % len(DATES)]
    if date:
        doc["answers"]["incident"]["date"] = date
    else:
        del doc["answers"]["incident"]["date"]
        doc["status"] = "draft"  # a complete record needs the date
    return doc


@pytest.fixture
def listed(vault):
    vault.add_many(_doc(n) for n in range(1, 31))
    # A vault written before the summary columns were always filled: NULLs must list too.
    vault._conn.execute("UPDATE records SET incident_date = NULL, code = NULL"
                        " WHERE rowid IN (5, 6)")
    # The researcher filter goes by the first revision's author: give the records the
    # authors their interviewers field names (real multi-author vaults are made from
    # bundles in test_vault_researchers.py).
    vault._conn.execute("UPDATE records SET author = CASE researcher WHEN 'Layla' THEN ?"
                        " WHEN 'Karim' THEN ? ELSE author END", (LAYLA, KARIM))
    return vault


def _all_pages(vault, page: int, **kwargs) -> list:
    rows, before = [], None
    while True:
        got = vault.list_records(before=before, limit=page, **kwargs)
        rows += got
        if len(got) < page:
            return rows
        before = got[-1].rowid


def _raw(vault, column: str) -> dict:
    return dict(vault._conn.execute(f"SELECT rowid, {column} FROM records"))


def _expected(vault, sort: str, descending: bool, keep=lambda rowid: True) -> list[int]:
    values = _raw(vault, SORTS[sort].removeprefix("r."))
    rowids = [r for r in values if keep(r)]

    def key(rowid):
        value = values[rowid]
        # SQLite orders NULL below every value.
        return (value is not None, value if value is not None else "", rowid)

    return sorted(rowids, key=key, reverse=descending)


@pytest.mark.parametrize(("sort", "descending"), list(itertools.product(SORTS, (True, False))))
def test_every_order_pages_without_gaps_or_repeats(listed, sort, descending):
    one_page = [s.rowid for s in listed.list_records(limit=1000, sort=sort,
                                                      descending=descending)]
    assert one_page == _expected(listed, sort, descending)
    for page in (1, 4, 7):
        paged = [s.rowid for s in _all_pages(listed, page, sort=sort, descending=descending)]
        assert paged == one_page


def test_updated_is_the_default_and_a_saved_record_comes_first(listed):
    oldest = listed.list_records(limit=1000)[-1]
    record = listed.get(oldest.id)
    answers = copy.deepcopy(record.answers)
    answers["witness"]["occupation"] = "Nurse"
    listed.save(record.id, {"answers": answers}, reason="Corrected occupation")
    assert listed.list_records(limit=1)[0].id == oldest.id


def test_filters_by_status_researcher_and_dates(listed):
    status = _raw(listed, "status")
    researcher = _raw(listed, "researcher")  # what the fixture made each author
    incident = _raw(listed, "incident_date")

    def rows(**kwargs):
        return {s.rowid for s in listed.list_records(limit=1000,
                                                      filters=RecordFilter(**kwargs))}

    assert rows(status="draft") == {r for r, v in status.items() if v == "draft"}
    assert rows(researcher=LAYLA) == {r for r, v in researcher.items() if v == "Layla"}
    # A month includes its days; a bare year is not known to fall inside March.
    march = {r for r, v in incident.items() if v and v.startswith("2017-03")}
    assert rows(incident_from="2017-03", incident_to="2017-03") == march
    assert rows(incident_from="2017-03-17", incident_to="2017-03-17") == {
        r for r, v in incident.items() if v == "2017-03-17"}
    assert rows(incident_to="2016") == {r for r, v in incident.items() if v == "2016-11-02"}
    combined = rows(status="complete", researcher=KARIM, incident_from="2017")
    assert combined == {r for r in status if status[r] == "complete"
                        and researcher[r] == "Karim" and (incident[r] or "") >= "2017"}
    assert combined  # the data has some
    today = listed.list_records(limit=1)[0].updated_at[:10]
    assert rows(updated_from=today, updated_to=today) == set(status)
    assert rows(updated_to="2000-01-01") == set()


@pytest.mark.parametrize("sort", SORTS)
def test_filtered_orders_page_too(listed, sort):
    filters = RecordFilter(status="complete", incident_from="2017")
    one = [s.rowid for s in listed.list_records(limit=1000, sort=sort, filters=filters)]
    assert one and [s.rowid for s in _all_pages(listed, 3, sort=sort, filters=filters)] == one


def test_bad_filters_are_one_sentence(listed):
    for filters in (RecordFilter(incident_from="17/03/2017"), RecordFilter(status="lost"),
                    RecordFilter(incident_from="2018", incident_to="2017")):
        with pytest.raises(VaultError) as info:
            listed.list_records(filters=filters)
        assert str(info.value).endswith(".")
    with pytest.raises(VaultError):
        listed.list_records(sort="witness")


def test_search_combines_with_filters_and_sort(listed):
    every = {s.rowid for s in listed.search("fictional", limit=1000)}
    assert len(every) == 30
    drafts = listed.search("fictional", limit=1000, filters=RecordFilter(status="draft"))
    assert {s.rowid for s in drafts} == {r for r, v in _raw(listed, "status").items()
                                        if v == "draft"}
    assert [s.rowid for s in drafts] == sorted((s.rowid for s in drafts), reverse=True)
    # Pages of a filtered search join up.
    first = listed.search("fictional", limit=4, filters=RecordFilter(status="draft"))
    rest = listed.search("fictional", limit=1000, before=first[-1].rowid,
                         filters=RecordFilter(status="draft"))
    assert [s.rowid for s in first + rest] == [s.rowid for s in drafts]
    by_code = listed.search("fictional", limit=1000, sort="code", descending=False)
    assert [s.rowid for s in by_code] == _expected(listed, "code", False)
    paged, before = [], None
    while True:
        got = listed.search("fictional", limit=6, before=before, sort="code", descending=False)
        paged += got
        if len(got) < 6:
            break
        before = got[-1].rowid
    assert [s.rowid for s in paged] == [s.rowid for s in by_code]


def test_researchers_lists_each_author_once(listed):
    own = listed.identity.fingerprint
    # One name (the vault's own: the fixture's revisions all carry it), three keys, which
    # are then in fingerprint order.
    assert [(r.fingerprint, r.name) for r in listed.researchers()] == [
        (fp, "Test Researcher") for fp in sorted([KARIM, LAYLA, own])]


def test_a_page_ending_on_a_deleted_record_ends_the_list(listed):
    page = listed.list_records(limit=3)
    listed.delete(page[-1].id)
    assert listed.list_records(before=page[-1].rowid, limit=3) == []


@pytest.mark.parametrize("sort", SORTS)
def test_broad_and_narrow_plans_list_the_same_rows(listed, monkeypatch, sort):
    """Broad filters and searches are fetched another way (the sort order's index, the
    matches kept between pages): with every filter and search counted broad, or none,
    the pages are the same."""
    from testimony_app.vault import listing

    def pages(**kwargs):
        return {page: [s.rowid for s in _all_pages(listed, page, sort=sort, **kwargs)]
                for page in (3, 1000)}

    def searched(query, **kwargs):
        out, before = [], None
        while True:
            got = listed.search(query, limit=4, before=before, sort=sort, **kwargs)
            out += [s.rowid for s in got]
            if len(got) < 4:
                return out
            before = got[-1].rowid

    filters = RecordFilter(status="complete")
    narrow = (pages(filters=filters), searched("fictional"),
              searched("fictional", filters=filters))
    monkeypatch.setattr(listing, "BROAD", 1)
    broad = (pages(filters=filters), searched("fictional"),
             searched("fictional", filters=filters))
    assert broad == narrow
    assert len(narrow[1]) == 30 and narrow[2]
