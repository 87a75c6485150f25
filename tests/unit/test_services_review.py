"""services.conflicts and services.duplicates on real vaults and real bundles: the review
workflows both `testimony conflicts/resolve/duplicates/link` and their windows call."""

from __future__ import annotations

import copy
import random

import pytest
from exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record, demo_records
from testimony_app.exchange import ExchangeError
from testimony_app.services import conflicts, duplicates, handin


@pytest.fixture
def diverged(tmp_path):
    """A record handed in, amended on both sides, the researcher's amendment imported:
    (supervisor, researcher, record id)."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(1, seed=21))
    (rid,) = [s.id for s in res.list_records()]
    n = iter(range(1, 100))

    def hand_in():
        path = handin.export(res, [supervisor_key(res)], tmp_path / f"{next(n)}.tbundle").path
        return handin.import_previewed(sup, handin.preview_file(sup, path))

    hand_in()
    for vault, note in ((sup, " Supervisor's note."), (res, " Researcher's correction.")):
        doc = vault.get(rid).to_json()
        doc["answers"]["account"]["narrative_original"] += note
        vault.save(rid, doc, reason="note")
    assert hand_in().counts["conflict"] == 1
    yield sup, res, rid
    sup.close()
    res.close()


def _narrative(record) -> str:
    return record.answers["account"]["narrative_original"]


def test_conflicts_are_listed_with_who_wrote_and_who_sent_the_imported_version(diverged):
    sup, res, rid = diverged
    (entry,) = conflicts.conflict_entries(sup)
    assert entry.conflict == conflicts.list_conflicts(sup)[0]
    assert entry.conflict.record == rid and conflicts.conflicted_records(sup) == {rid}
    assert entry.author_name == "Researcher"
    assert entry.sender == res.identity.fingerprint
    sides, plan = conflicts.sides_and_plan(sup, rid)
    assert _narrative(sides.local).endswith("Supervisor's note.")
    assert _narrative(sides.imported).endswith("Researcher's correction.")
    assert [i.changed for i in plan.items] == ["both"]


def test_keeping_one_version_writes_a_revision_and_clears_the_conflict(diverged):
    sup, _res, rid = diverged
    with pytest.raises(ExchangeError, match="needs a reason"):
        conflicts.keep_version(sup, rid, "imported", reason=" ")
    record = conflicts.keep_version(sup, rid, "imported", reason="the researcher's is right")
    assert _narrative(record).endswith("Researcher's correction.")
    assert conflicts.list_conflicts(sup) == [] and conflicts.conflicted_records(sup) == set()


def test_a_merge_needs_a_side_for_each_field_both_changed(diverged):
    sup, _res, rid = diverged
    plan = conflicts.merge_plan(sup, rid)
    (item,) = plan.items
    with pytest.raises(conflicts.UndecidedFields):
        conflicts.resolve_merged(sup, rid, reason="merged", take={})
    with pytest.raises(ExchangeError, match="changed since"):
        conflicts.resolve_merged(sup, rid, reason="merged", take={item.key: "local"},
                                 heads=(plan.local.revision, "0" * 64))
    record = conflicts.resolve_merged(sup, rid, reason="merged", take={item.key: "local"},
                                      heads=(plan.local.revision, plan.imported.revision))
    assert _narrative(record).endswith("Supervisor's note.")
    assert conflicts.list_conflicts(sup) == []


def test_an_edited_document_settles_a_conflict(diverged):
    sup, _res, rid = diverged
    doc = sup.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += " Both read together."
    record = conflicts.resolve_with(sup, rid, doc, reason="edited from both")
    assert _narrative(record).endswith("Both read together.")
    with pytest.raises(ExchangeError, match="no open conflict"):
        conflicts.resolve_with(sup, rid, doc, reason="again")


def test_duplicates_reviewed_with_briefs_and_decided(vault):
    first = demo_record(2, random.Random(21))
    second = copy.deepcopy(first)
    second["answers"]["interview"]["code"] = "MOS-0099"
    a, b = vault.add(first).id, vault.add(second).id
    heard = []
    review = duplicates.review(vault, "en", lambda done, total: heard.append((done, total)))
    (pair,) = review.candidates
    assert {pair.a, pair.b} == {a, b} and review.links == []
    assert set(review.briefs) == {a, b}
    assert review.briefs[b]["code"] == review.codes[b] == "MOS-0099"
    assert heard == [(0, 0), (1, 2), (2, 2)]
    plain = duplicates.review(vault)  # no language: the codes, no briefs
    assert plain.candidates == review.candidates and plain.briefs == {}
    assert plain.codes == review.codes == {a: vault.get(a).answers["interview"]["code"],
                                           b: "MOS-0099"}
    links = duplicates.decide(vault, b, a, "distinct")
    assert [(x["a"], x["b"], x["relation"]) for x in links] == [(*sorted((a, b)), "distinct")]
    assert links == duplicates.decisions(vault)
    after = duplicates.review(vault, "en")
    assert after.candidates == [] and set(after.briefs) == {a, b}  # the decided pair's
    with pytest.raises(ExchangeError):
        duplicates.decide(vault, a, a, "same")
