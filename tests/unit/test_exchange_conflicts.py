"""Diverged histories between real vaults and real bundles: both sides shown, resolved by
a new revision (keep ours, keep theirs, or an edited document) that rewrites neither
branch, one open conflict per branch however often either side amends, and the
resolved record handed on."""

from __future__ import annotations

import pytest
from exchange_parties import make_vault, supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange import ExchangeError, keys
from testimony_app.exchange import conflicts as cf
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.provenance import verify_imports
from testimony_app.exchange.seal import export_bundle
from testimony_app.vault import ValidationFailed


@pytest.fixture
def diverged(tmp_path):
    """A record handed in, then amended by both the researcher and the supervisor, and
    the researcher's amendment imported: (sup, res, record id, bundle counter)."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(1, seed=21))
    (rid,) = [s.id for s in res.list_records()]
    n = iter(range(1, 100))

    def hand_in():
        path = tmp_path / f"{next(n)}.tbundle"
        export_bundle(res, [supervisor_key(res)], path)
        return import_bundle(sup, path)

    hand_in()
    _amend(sup, rid, " Supervisor's note.")
    _amend(res, rid, " Researcher's correction.")
    assert hand_in().counts["conflict"] == 1
    yield sup, res, rid, hand_in
    sup.close()
    res.close()


def _amend(vault, rid, note, reason="note"):
    doc = vault.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += note
    return vault.save(rid, doc, reason=reason)


def _narrative(rec):
    return rec.answers["account"]["narrative_original"]


def _bodies(vault):
    return dict(vault._conn.execute("SELECT hash, body FROM revisions").fetchall())


def test_sides_show_both_heads_and_what_differs(diverged):
    sup, res, rid, _ = diverged
    s = cf.sides(sup, rid)
    assert s.local.revision == sup.get(rid).revision
    assert s.imported.revision == res.get(rid).revision
    assert _narrative(s.local).endswith("Supervisor's note.")
    assert _narrative(s.imported).endswith("Researcher's correction.")
    (change,) = s.changes
    assert change.path == "account.narrative_original"
    assert change.old.endswith("Supervisor's note.") and change.new.endswith("correction.")


@pytest.mark.parametrize("keep", ["local", "imported"])
def test_resolving_keeps_one_side_in_a_new_revision(diverged, keep):
    sup, res, rid, _ = diverged
    before = _bodies(sup)
    local, theirs = sup.get(rid), res.get(rid)
    resolved = cf.resolve(sup, rid, keep=keep, reason="compared with the recording")
    assert resolved.parent == local.revision and resolved.number == local.number + 1
    assert resolved.reason == (f"{cf.REASON_PREFIX}{theirs.revision}: "
                               "compared with the recording")
    wanted = local if keep == "local" else theirs
    assert resolved.answers == wanted.answers and resolved.status == "complete"
    assert sup.get(rid).revision == resolved.revision
    # Neither branch rewritten: every earlier revision is still there, byte for byte.
    after = _bodies(sup)
    assert {h: after[h] for h in before} == before and len(after) == len(before) + 1
    assert cf.list_conflicts(sup) == []
    (event,) = [e for e in sup.audit_events(rid) if e.action == "resolve"]
    assert event.detail["other"] == theirs.revision and event.detail["keep"] == keep
    assert event.detail["parent"] == local.revision
    assert sup.verify() == [] and verify_imports(sup) == []
    if keep == "imported":  # found again by what only the imported side says
        assert [s.id for s in sup.search("correction")] == [rid]


def test_resolving_with_an_edited_document(diverged):
    sup, res, rid, _ = diverged
    doc = sup.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] = \
        _narrative(res.get(rid)) + " Supervisor's note."
    resolved = cf.resolve(sup, rid, doc=doc, reason="both corrections kept")
    assert _narrative(resolved).endswith("correction. Supervisor's note.")
    assert cf.list_conflicts(sup) == []


@pytest.mark.parametrize("kwargs, error, message", [
    ({"keep": "local", "reason": "  "}, ExchangeError, "needs a reason"),
    ({"reason": "why"}, ExchangeError, "which content"),
    ({"keep": "local", "doc": {}, "reason": "why"}, ExchangeError, "which content"),
    ({"keep": "theirs", "reason": "why"}, ExchangeError, "not 'theirs'"),
    ({"doc": [], "reason": "why"}, ExchangeError, "JSON object"),
    ({"doc": {"answers": {"witness": {"age": "old"}}}, "reason": "why"}, ValidationFailed,
     "does not fit the questionnaire"),
    ({"doc": {"colour": "red"}, "reason": "why"}, ValidationFailed, "colour"),
    ({"keep": "local", "reason": "why", "other": "ffff"}, ExchangeError, "no open conflict"),
])
def test_bad_resolutions_change_nothing(diverged, kwargs, error, message):
    sup, _, rid, _ = diverged
    sup._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = vault_bytes(sup)
    with pytest.raises(error, match=message):
        cf.resolve(sup, rid, **kwargs)
    assert vault_bytes(sup) == before
    assert len(cf.list_conflicts(sup)) == 1


def test_a_record_without_a_conflict_cannot_be_resolved(diverged):
    sup, _, rid, _ = diverged
    cf.resolve(sup, rid, keep="local", reason="ours is right")
    with pytest.raises(ExchangeError, match="no open conflict"):
        cf.resolve(sup, rid, keep="local", reason="again")
    with pytest.raises(ExchangeError, match="no open conflict"):
        cf.sides(sup, rid)


def test_amending_either_side_keeps_one_conflict_per_branch(diverged):
    sup, res, rid, hand_in = diverged
    # The supervisor amends again: still one conflict, against our current head.
    mine = _amend(sup, rid, " Second look.")
    (c,) = cf.list_conflicts(sup)
    assert c.local_head == mine.revision
    # The researcher carries their branch further: its flag moves to the newer head.
    theirs = _amend(res, rid, " And a date.")
    assert hand_in().counts["conflict"] == 1
    (c,) = cf.list_conflicts(sup)
    assert c.other_head == theirs.revision
    assert len(sup.conflicts.open()) == 1
    resolved = cf.resolve(sup, rid, keep="imported", reason="the researcher's is later")
    assert _narrative(resolved).endswith("And a date.")
    # A further amendment from the researcher after the resolution is a new divergence.
    latest = _amend(res, rid, " Signed.")
    assert hand_in().counts["conflict"] == 1
    (c,) = cf.list_conflicts(sup)
    assert (c.local_head, c.other_head) == (resolved.revision, latest.revision)
    assert sup.verify() == [] and verify_imports(sup) == []


def test_a_resolved_record_is_handed_on_with_its_own_line(diverged, tmp_path):
    sup, res, rid, _ = diverged
    hq = make_vault(tmp_path / "hq", "HQ")
    try:
        hq_key = keys.enroll(sup, keys.parse_tpub(
            keys.own_public_key(hq, receive=True).to_text().encode()), "hq")
        keys.enroll(hq, keys.own_public_key(sup, receive=False), "supervisor")
        with pytest.raises(ExchangeError, match="diverged"):
            export_bundle(sup, [hq_key], tmp_path / "early.tbundle")
        resolved = cf.resolve(sup, rid, keep="imported", reason="checked")
        result = export_bundle(sup, [hq_key], tmp_path / "fwd.tbundle")
        assert (result.records, result.revisions) == (1, resolved.number)
        assert import_bundle(hq, tmp_path / "fwd.tbundle").counts["new"] == 1
        assert hq.get(rid).to_json() == sup.get(rid).to_json()
        line = [r.hash for r in hq.history(rid)]
        assert line[-1] == resolved.revision and len(line) == resolved.number
        assert hq.verify() == [] and verify_imports(hq) == []
    finally:
        hq.close()
