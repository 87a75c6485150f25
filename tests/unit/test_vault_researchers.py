"""The researcher filter lists and filters by who made each record (the signing key of its
first revision), in a supervisor's vault filled by real hand-in bundles, whatever the
free-text interviewers field says and whoever amended the record later."""

from __future__ import annotations

import copy
import random

import pytest
from exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.vault.listing import RecordFilter


def _doc(n: int, interviewers: str) -> dict:
    doc = copy.deepcopy(demo_record(n, random.Random(n)))
    doc["status"] = "draft"
    doc["answers"]["interview"]["interviewers"] = interviewers
    return doc


@pytest.fixture
def office(tmp_path):
    """Supervisor with two hand-ins: Layla's two records (whose interviewers field names
    Karim) and Karim's one (written "ب٧", saved twice), and one of the supervisor's own."""
    sup, (layla, karim) = supervisor_with(tmp_path, "Layla", "Karim")
    made = {"layla": [layla.add(_doc(1, "Karim")).id, layla.add(_doc(2, "R7, R9")).id],
            "karim": [karim.add(_doc(3, "ب٧")).id]}
    # Karim saves his again before handing in: the supervisor gets revisions 1 and 2, and
    # the record's head is not the revision that says who made it.
    doc = karim.get(made["karim"][0]).to_json()
    doc["answers"]["account"]["narrative_original"] = "Saved a second time."
    assert karim.save(made["karim"][0], doc).number == 2
    for n, r in enumerate((layla, karim)):
        export_bundle(r, [supervisor_key(r)], tmp_path / f"{n}.tbundle")
        assert import_bundle(sup, tmp_path / f"{n}.tbundle").applied
    made["supervisor"] = [sup.add(_doc(4, "Layla")).id]
    yield sup, made, {"layla": layla.identity.fingerprint, "karim": karim.identity.fingerprint,
                      "supervisor": sup.identity.fingerprint}
    for v in (sup, layla, karim):
        v.close()


def _ids(vault, fingerprint) -> set[str]:
    return {s.id for s in vault.list_records(filters=RecordFilter(researcher=fingerprint))}


def test_researchers_are_the_keys_that_made_records(office):
    sup, made, fps = office
    listed = sup.researchers()
    assert [(r.name, r.fingerprint) for r in listed] == [
        ("Karim", fps["karim"]), ("Layla", fps["layla"]), ("Supervisor", fps["supervisor"])]
    assert [r.label for r in listed] == [f"{r.name} ({r.fingerprint[:8]})" for r in listed]
    for who, ids in made.items():
        assert _ids(sup, fps[who]) == set(ids), who


def test_a_record_stays_with_who_made_it_when_someone_else_amends_it(office):
    sup, made, fps = office
    record = sup.get(made["layla"][0])
    doc = record.to_json()
    doc["answers"]["account"]["narrative_original"] = "Amended by the supervisor."
    assert sup.save(record.id, doc) is not None
    assert _ids(sup, fps["layla"]) == set(made["layla"])
    assert _ids(sup, fps["supervisor"]) == set(made["supervisor"])


def test_the_interviewers_text_is_not_a_researcher(office):
    sup, _, _ = office
    assert _ids(sup, "Karim") == set() and _ids(sup, "R7, R9") == set()
    assert sup.list_records(filters=RecordFilter(researcher="' OR 1=1 --")) == []


def test_filter_combines_with_search(office):
    sup, made, fps = office
    everyone = {s.id for s in sup.search("fictional", limit=100)}
    assert everyone == {i for ids in made.values() for i in ids}
    layla = sup.search("fictional", limit=100, filters=RecordFilter(researcher=fps["layla"]))
    assert {s.id for s in layla} == set(made["layla"])


@pytest.mark.parametrize("claimed", [
    "Layla\u202e)dcba1234(",  # a right-to-left override that makes text read backwards
    "Lay\u200bla\u2066",       # invisible characters
    "Layla\n(12345678)\x00",   # a line break and a control character
    "L" * 150,                # bundles allow 200 characters; the list shows 60
])
def test_a_name_from_a_bundle_cannot_pass_for_another(tmp_path, claimed):
    """The name a revision carries is the sending vault's claim: it is shown without the
    characters that could disguise it, always next to the sender's own fingerprint."""
    sup, (mallory,) = supervisor_with(tmp_path, "Mallory")
    mallory.add(_doc(5, ""), author_name=claimed)
    export_bundle(mallory, [supervisor_key(mallory)], tmp_path / "m.tbundle")
    import_bundle(sup, tmp_path / "m.tbundle")
    # A key the supervisor holds no label for (else that label is shown): the name comes
    # from the revision.
    sup._conn.execute("DELETE FROM enrolled_keys WHERE signing_fp = ?",
                      (mallory.identity.fingerprint,))
    [theirs] = [r for r in sup.researchers() if r.fingerprint == mallory.identity.fingerprint]
    assert theirs.name.startswith("L")  # the claimed name, cleaned
    assert theirs.label.isprintable() and len(theirs.name) <= 60
    assert theirs.label.endswith(f"({mallory.identity.fingerprint[:8]})")
    for v in (sup, mallory):
        v.close()
