"""Records stored before a rule existed: a draft that breaks a constraint is kept and saves
as a draft; a complete revision written elsewhere (an older Testimony, a signed hand-in)
imports as it is, and stays as it was until it is amended, when it must pass to stay
complete. Real vaults and real bundles; no mocks."""

from __future__ import annotations

import copy

import pytest
from exchange_parties import audit_entry, forge, revision, supervisor_with

from testimony_app.exchange.merge import import_bundle
from testimony_app.vault.errors import ValidationFailed

MESSAGE = "The highest estimate cannot be lower than the lowest estimate."


def estimates(doc: dict, low, high) -> dict:
    doc = copy.deepcopy(doc)
    doc["answers"]["incident"].update(sheltering_min=low, sheltering_max=high)
    return doc


def test_a_draft_breaking_a_rule_is_kept_and_saves_as_a_draft(vault, sample_doc):
    doc = estimates(sample_doc, 35, 20)
    doc["status"] = "draft"
    record = vault.add(doc)
    stored = vault.get(record.id)
    assert stored.answers["incident"]["sheltering_max"] == 20
    doc = stored.to_json()
    doc["answers"]["account"]["observations"] = "Asked again about the numbers."
    again = vault.save(record.id, {**doc, "status": "draft"})
    assert again.status == "draft" and again.answers["incident"]["sheltering_min"] == 35
    with pytest.raises(ValidationFailed, match=MESSAGE):
        vault.save(record.id, {**stored.to_json(), "status": "complete"})
    assert vault.get(record.id).status == "draft"
    fixed = estimates(stored.to_json(), 20, 35)
    assert vault.save(record.id, {**fixed, "status": "complete"}).status == "complete"


def test_a_complete_record_from_before_the_rule_imports_and_must_pass_when_amended(
        tmp_path, sample_doc):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    try:
        old = estimates(sample_doc, 35, 20)["answers"]
        entry, body = revision(res, old, status="complete")
        forge(tmp_path / "old.tbundle", res, sup, [(entry, body), audit_entry(entry["record"])])
        assert import_bundle(sup, tmp_path / "old.tbundle").applied
        record = sup.get(entry["record"])
        assert record.status == "complete"
        assert record.answers["incident"]["sheltering_min"] == 35  # kept as it was written
        doc = record.to_json()
        doc["answers"]["account"]["observations"] = "Checked with a second witness."
        with pytest.raises(ValidationFailed, match=MESSAGE):
            sup.save(record.id, doc, reason="observations added")
        assert sup.get(record.id).revision == record.revision  # nothing written
        doc["answers"]["incident"]["sheltering_max"] = 40
        amended = sup.save(record.id, doc, reason="estimate corrected with the witness")
        assert amended.status == "complete" and amended.number == 2
    finally:
        sup.close()
        res.close()
