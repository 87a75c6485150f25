"""Export and import between real vaults: round trips at chunk boundaries, the merge rules
(new, present, fast-forward, conflict kept), provenance, replay, alarms, sequence gaps,
hand-in memory, search and audit after import, and a full disk mid-import."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import asdict

import pytest
from exchange_parties import (
    audit_entry,
    forge,
    revision,
    supervisor_key,
    supervisor_with,
    vault_bytes,
)

from testimony_app.demo import demo_record, demo_records
from testimony_app.exchange import BundleAlarm, BundleRejected, ExchangeError, KeyNotUsable, keys
from testimony_app.exchange.bundle_format import CHUNK
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.messages import Message
from testimony_app.vault import StorageFull


@pytest.fixture
def pair(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    yield sup, res
    sup.close()
    res.close()


def _export(res, path):
    return export_bundle(res, [supervisor_key(res)], path)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 3])
def test_round_trip_at_chunk_boundaries(pair, tmp_path, size):
    sup, res = pair
    import random

    record = res.add(demo_record(2, random.Random(size)))
    data = os.urandom(size)
    info = res.attach(record.id, io.BytesIO(data), name="voice.ogg")
    result = _export(res, tmp_path / "b.tbundle")
    assert (result.records, result.revisions, result.attachments) == (1, 2, 1)
    assert import_bundle(sup, tmp_path / "b.tbundle").applied
    assert sup.get(record.id).to_json() == res.get(record.id).to_json()
    # The same revisions, each signed by the researcher, arriving in the bundle here.
    written = {"signature": "signed", "bundle_id": None, "carried_by": None}
    arrived = {"signature": "signed", "bundle_id": result.bundle_id,
               "carried_by": res.identity.fingerprint}
    assert [{**asdict(h), **written} for h in sup.history(record.id)] == \
        [asdict(h) for h in res.history(record.id)]
    assert all({k: getattr(h, k) for k in arrived} == arrived for h in sup.history(record.id))
    got = b"".join(sup.attachment_chunks(info.id))
    assert got == data and hashlib.sha256(got).hexdigest() == info.sha256
    assert sup.verify() == []


def test_merge_rules_new_present_updated_conflict(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(3, seed=11))
    a, b, c = (s.id for s in reversed(res.list_records()))
    _export(res, tmp_path / "1.tbundle")
    first = import_bundle(sup, tmp_path / "1.tbundle")
    assert first.counts["new"] == 3 and first.counts["revisions"] == 3

    # Researcher amends A (fast-forward for the supervisor) and B; the supervisor has
    # meanwhile amended B too: diverged histories, both kept.
    doc_a = res.get(a).to_json()
    doc_a["answers"]["account"]["narrative_original"] += " Witness A."
    res.save(a, doc_a, reason="pseudonym agreed")
    doc_b = res.get(b).to_json()
    doc_b["answers"]["account"]["narrative_original"] += " Researcher's B."
    res.save(b, doc_b, reason="researcher's correction")
    sup_b = sup.get(b).to_json()
    sup_b["answers"]["account"]["narrative_original"] += " Supervisor's B."
    local = sup.save(b, sup_b, reason="supervisor's correction")

    second = _export(res, tmp_path / "2.tbundle")
    assert second.records == 2  # only what was not yet handed in
    p = preview_bundle(sup, tmp_path / "2.tbundle")
    assert {r.id: r.outcome for r in p.records} == {a: "updated", b: "conflict"}
    result = import_bundle(sup, tmp_path / "2.tbundle")
    assert result.counts["updated"] == 1 and result.counts["conflict"] == 1
    assert sup.get(a).revision == res.get(a).revision
    assert sup.get(b).revision == local.revision  # our head stays
    theirs = res.get(b).revision
    assert sup.get(b, theirs).answers["account"]["narrative_original"].endswith("Researcher's B.")
    rows = sup._conn.execute("SELECT record_id, local_head, other_head FROM conflicts").fetchall()
    assert rows == [(b, local.revision, theirs)]
    assert sup.get(c).revision == res.get(c).revision
    assert sup.verify() == []

    # Everything again: all present, nothing written.
    third = export_bundle(res, [supervisor_key(res)], tmp_path / "3.tbundle",
                          record_ids=[a, b, c])
    assert third.records == 3
    p3 = preview_bundle(sup, tmp_path / "3.tbundle")
    assert [r.outcome for r in p3.records] == ["present"] * 3


def test_provenance_and_audit_of_imported_revisions(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(2, seed=3))
    exported = _export(res, tmp_path / "b.tbundle")
    import_bundle(sup, tmp_path / "b.tbundle")
    rows = sup._conn.execute("SELECT revision, bundle_id, sender FROM revision_provenance"
                             ).fetchall()
    heads = {s.id: sup.get(s.id).revision for s in sup.list_records()}
    assert {r[0] for r in rows} == set(heads.values())
    assert {(r[1], r[2]) for r in rows} == {(exported.bundle_id, res.identity.fingerprint)}
    kept = [(i.bundle_id, i.sender, i.sequence, i.sha256) for i in sup.imports.all()]
    assert kept == [(exported.bundle_id, res.identity.fingerprint, 1, exported.sha256)]
    theirs = sup._conn.execute("SELECT count(*) FROM imported_audit").fetchone()[0]
    assert theirs == len([e for e in res.audit_events() if e.subject in heads])
    actions = [e.action for e in sup.audit_events()]
    assert actions.count("import") == 3  # one per record, one for the bundle
    assert sup.verify() == []


def test_same_bundle_again_is_a_no_op(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(2, seed=4))
    _export(res, tmp_path / "b.tbundle")
    import_bundle(sup, tmp_path / "b.tbundle")
    before = vault_bytes(sup)
    again = import_bundle(sup, tmp_path / "b.tbundle")
    assert not again.applied and again.preview.already_imported
    assert vault_bytes(sup) == before


def test_same_id_other_bytes_is_an_alarm(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(1, seed=4))
    first = _export(res, tmp_path / "b.tbundle")
    import_bundle(sup, tmp_path / "b.tbundle")
    e, body = revision(res, {})
    forge(tmp_path / "evil.tbundle", res, sup, [(e, body), audit_entry(e["record"])],
          bundle_id=first.bundle_id)
    before = vault_bytes(sup)
    with pytest.raises(BundleAlarm, match="ALARM"):
        import_bundle(sup, tmp_path / "evil.tbundle")
    assert vault_bytes(sup) == before


def test_gap_in_a_senders_sequence_is_a_warning(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(1, seed=1))
    _export(res, tmp_path / "1.tbundle")
    res.add_many(demo_records(1, seed=2, start=2))
    _export(res, tmp_path / "2.tbundle")
    p2 = preview_bundle(sup, tmp_path / "2.tbundle")
    assert p2.sequence == 2
    assert any("missing (sequence 1)" in str(w) for w in p2.warnings)
    assert p2.missing_sequences == [1] and not p2.repeated_sequence
    import_bundle(sup, tmp_path / "2.tbundle")
    p1 = preview_bundle(sup, tmp_path / "1.tbundle")
    assert p1.warnings == [] and p1.missing_sequences == []
    import_bundle(sup, tmp_path / "1.tbundle")
    assert sup.count() == 2


def test_an_unknown_sender_is_enrolled_only_by_its_own_act(tmp_path):
    """Importing never enrols anyone: the supervisor enrols the sender first, after
    comparing the fingerprint, and a wrong or short one enrols nobody."""
    from testimony_app.exchange.merge import enrol_sender

    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    try:
        sup._conn.execute("DELETE FROM enrolled_keys")  # the supervisor never enrolled them
        res.add_many(demo_records(1, seed=9))
        _export(res, tmp_path / "b.tbundle")
        preview = preview_bundle(sup, tmp_path / "b.tbundle")
        assert preview.sender_status == "unknown"
        with pytest.raises(BundleRejected, match="not enrolled"):
            import_bundle(sup, tmp_path / "b.tbundle", preview=preview)
        for wrong in ("0123456789abcdef", res.identity.fingerprint[:12]):
            with pytest.raises(KeyNotUsable, match="nobody was enrolled"):
                enrol_sender(sup, preview, wrong)
        assert keys.list_keys(sup) == [] and sup.count() == 0
        key = enrol_sender(sup, preview, res.identity.display)
        assert (key.role, key.signing_fp) == ("researcher", res.identity.fingerprint)
        assert sup.count() == 0  # enrolling imported nothing
        assert [e.action for e in sup.audit_events()][-1] == "key_enrol"
        # The preview made before the enrolment imports: the standing is read again.
        result = import_bundle(sup, tmp_path / "b.tbundle", preview=preview)
        assert result.applied and sup.count() == 1
        with pytest.raises(KeyNotUsable, match="already enrolled"):
            enrol_sender(sup, preview, res.identity.display)
    finally:
        sup.close()
        res.close()


def test_a_sender_revoked_after_the_preview_is_refused(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(1, seed=4))
    _export(res, tmp_path / "b.tbundle")
    preview = preview_bundle(sup, tmp_path / "b.tbundle")
    assert preview.sender_status == "enrolled"
    keys.revoke(sup, res.identity.display)
    with pytest.raises(BundleRejected, match="revoked"):
        import_bundle(sup, tmp_path / "b.tbundle", preview=preview)
    assert sup.count() == 0


def test_imported_records_are_searchable_and_fast_forward_reindexes(pair, tmp_path):
    sup, res = pair
    import random

    doc = demo_record(2, random.Random(1))
    doc["answers"]["witness"]["full_name"]["given"] = "قتيبة"
    record = res.add(doc)
    _export(res, tmp_path / "1.tbundle")
    import_bundle(sup, tmp_path / "1.tbundle")
    assert [s.id for s in sup.search("قتيبه")] == [record.id]
    changed = res.get(record.id).to_json()
    changed["answers"]["witness"]["full_name"]["given"] = "ميسون"
    res.save(record.id, changed, reason="name spelled as on the ID card")
    _export(res, tmp_path / "2.tbundle")
    import_bundle(sup, tmp_path / "2.tbundle")
    assert sup.search("قتيبة") == []
    assert [s.id for s in sup.search("ميسون")] == [record.id]


def test_hand_in_memory_and_recipient_rules(pair, tmp_path):
    sup, res = pair
    res.add_many(demo_records(2, seed=6))
    first = _export(res, tmp_path / "1.tbundle")
    assert first.records == 2 and first.sequence == 1
    with pytest.raises(ExchangeError, match="Nothing to hand in"):
        _export(res, tmp_path / "2.tbundle")
    with pytest.raises(ExchangeError, match="already exists"):
        export_bundle(res, [supervisor_key(res)], tmp_path / "1.tbundle",
                      record_ids=[res.list_records()[0].id])
    keys.revoke(res, supervisor_key(res).fingerprint)
    res.add_many(demo_records(1, seed=7, start=3))
    with pytest.raises(KeyNotUsable, match="revoked"):
        _export(res, tmp_path / "3.tbundle")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".tbundle", ".part")) \
        == ["1.tbundle"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_full_disk_during_import_changes_nothing(pair, tmp_path):
    sup, res = pair
    rec = res.add_many(demo_records(2, seed=8))
    assert rec == 2
    rid = res.list_records()[0].id
    res.attach(rid, io.BytesIO(os.urandom(3 * 1024 * 1024)), name="long.ogg")
    _export(res, tmp_path / "b.tbundle")
    pages = sup._conn.execute("PRAGMA page_count").fetchone()[0]
    sup._conn.execute(f"PRAGMA max_page_count = {pages + 50}")
    before = (sup.count(), sup.audit_count())
    with pytest.raises(StorageFull):
        import_bundle(sup, tmp_path / "b.tbundle")
    assert (sup.count(), sup.audit_count()) == before
    assert sup.imports.all() == []
    sup._conn.execute(f"PRAGMA max_page_count = {2**31}")
    assert import_bundle(sup, tmp_path / "b.tbundle").applied
    assert sup.verify() == []


def test_sealed_to_supervisor_and_hq_both_open_it(pair, tmp_path):
    from exchange_parties import make_vault

    sup, res = pair
    hq = make_vault(tmp_path / "hq", "Headquarters")
    try:
        hq_key = keys.enroll(res, keys.parse_tpub(
            keys.own_public_key(hq, receive=True).to_text().encode()), "hq")
        keys.enroll(hq, keys.own_public_key(res, receive=False), "researcher")
        res.add_many(demo_records(2, seed=12))
        result = export_bundle(res, [supervisor_key(res), hq_key], tmp_path / "b.tbundle")
        assert result.records == 2
        for vault in (sup, hq):
            assert import_bundle(vault, tmp_path / "b.tbundle").counts["new"] == 2
        # Handed in to both: nothing pending for either, or for the pair.
        from testimony_app.exchange.seal import pending_records

        assert pending_records(res, [hq_key]) == []
        assert pending_records(res, [supervisor_key(res)]) == []
    finally:
        hq.close()


def test_a_diverged_record_is_not_handed_on_until_resolved(pair, tmp_path):
    from testimony_app.exchange.keys import parse_tpub

    sup, res = pair
    res.add_many(demo_records(1, seed=13))
    (rid,) = [s.id for s in res.list_records()]
    _export(res, tmp_path / "1.tbundle")
    import_bundle(sup, tmp_path / "1.tbundle")
    for vault, note in ((res, " R."), (sup, " S.")):
        doc = vault.get(rid).to_json()
        doc["answers"]["account"]["narrative_original"] += note
        vault.save(rid, doc, reason="note")
    _export(res, tmp_path / "2.tbundle")
    assert import_bundle(sup, tmp_path / "2.tbundle").counts["conflict"] == 1
    # The supervisor forwarding to another office: refused before any file is written.
    from exchange_parties import make_vault

    hq = make_vault(tmp_path / "hq", "HQ")
    try:
        hq_key = keys.enroll(sup, parse_tpub(
            keys.own_public_key(hq, receive=True).to_text().encode()), "hq")
        with pytest.raises(ExchangeError, match="diverged histories"):
            export_bundle(sup, [hq_key], tmp_path / "fwd.tbundle")
        assert not (tmp_path / "fwd.tbundle").exists()
    finally:
        hq.close()


def test_merged_records_can_be_reverified_later(pair, tmp_path):
    from testimony_app.exchange import provenance

    sup, res = pair
    res.add_many(demo_records(2, seed=14))
    exported = _export(res, tmp_path / "b.tbundle")
    import_bundle(sup, tmp_path / "b.tbundle")
    (info,) = provenance.imports(sup)
    assert (info.bundle_id, info.revisions) == (exported.bundle_id, 2)
    assert provenance.verify_imports(sup) == []
    # Someone with the passphrase edits what was kept, outside Testimony.
    raw = bytes(sup._conn.execute("SELECT manifest FROM imports").fetchone()[0])
    sup._conn.execute("UPDATE imports SET manifest = ?", (raw.replace(b'"sequence":1',
                                                                       b'"sequence":2'),))
    revision = sup._conn.execute("SELECT revision FROM revision_provenance").fetchone()[0]
    body = bytes(sup._conn.execute("SELECT body FROM revisions WHERE hash = ?",
                                   (revision,)).fetchone()[0])
    sup._conn.execute("UPDATE revisions SET body = ? WHERE hash = ?",
                      (body.replace(b"FICTIONAL", b"FACTUAL"), revision))
    problems = provenance.verify_imports(sup)
    assert any(p.code == "verify.manifest_signature" for p in problems)
    assert any(p.code == "verify.manifest_differs" for p in problems)
    assert Message("verify.altered_after_import", revision=revision[:12]) in problems


def test_batched_import_beside_local_records(pair, tmp_path):
    """Rows are written in batches: records get the next free rowids after the vault's
    own, every one is indexed, attachments find their record, and the audit chain has one
    `import` event per record, in bundle order, before the bundle's own."""
    from testimony_app.exchange.merge import _Writer

    sup, res = pair
    sup.add_many(demo_records(3, seed=5))
    res.add_many(demo_records(7, seed=6))
    ids = [s.id for s in reversed(res.list_records())]
    for rid in ids[1::3]:
        res.attach(rid, io.BytesIO(os.urandom(100)), name="note.txt")
    _export(res, tmp_path / "b.tbundle")
    before = sup.audit_count()
    old_batch = _Writer.BATCH
    _Writer.BATCH = 2  # several flushes, some between a record and its attachment
    try:
        result = import_bundle(sup, tmp_path / "b.tbundle")
    finally:
        _Writer.BATCH = old_batch
    assert (result.counts["new"], result.counts["attachments"]) == (7, len(ids[1::3]))
    rowids = dict(sup._conn.execute("SELECT id, rowid FROM records"))
    assert sorted(rowids[i] for i in ids) == list(range(4, 11))
    for rid in ids:
        name = sup.get(rid).answers["account"]["narrative_original"].split()[0]
        assert rid in {s.id for s in sup.search(name)}
    events = sup.audit_events()[before:]
    assert [e.subject for e in events] == [*ids, None]
    assert {e.action for e in events} == {"import"}
    assert sup.verify() == []


def test_a_code_two_researchers_share_is_pointed_out_and_then_ambiguous(tmp_path):
    """Two researchers given one prefix both make RES-0001: the preview of the second
    bundle says so, and after the import the code names neither record on its own."""
    import random

    from testimony_app.vault import AmbiguousRecord

    sup, (first, second) = supervisor_with(tmp_path, "Researcher", "Resident")
    try:
        ids = []
        for vault, path in ((first, tmp_path / "1.tbundle"), (second, tmp_path / "2.tbundle")):
            doc = demo_record(1, random.Random(3))
            del doc["answers"]["interview"]["code"]  # the vault gives it from its prefix
            ids.append(vault.add(doc).id)
            _export(vault, path)
        assert first.get(ids[0]).answers["interview"]["code"] == "RES-0001" == \
            second.get(ids[1]).answers["interview"]["code"]
        import_bundle(sup, tmp_path / "1.tbundle")
        preview = preview_bundle(sup, tmp_path / "2.tbundle")
        [rec] = preview.records
        assert rec.code_clashes == [ids[0]]
        assert any("RES-0001 is already used" in str(w) for w in preview.warnings)
        import_bundle(sup, tmp_path / "2.tbundle", preview=preview)
        with pytest.raises(AmbiguousRecord) as refused:
            sup.resolve_id("RES-0001")
        assert sorted(refused.value.candidates) == sorted(ids)
        assert sup.resolve_id(ids[1][:8]) == ids[1]
    finally:
        for v in (sup, first, second):
            v.close()
