"""Vault and bundle files written by an earlier release (tests/data/release-1, made by
tests/data/make_release_files.py) still open, verify and import with this code.

Each test works on copies in tmp_path: the committed files are never changed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from testimony_app.exchange.merge import import_bundle
from testimony_app.vault import Vault

RELEASE_1 = Path(__file__).resolve().parents[1] / "data" / "release-1"
FACTS = json.loads((RELEASE_1 / "keys.json").read_text())


def copy_of(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(RELEASE_1 / name, target)
    return target


def test_release_1_researcher_vault_opens_and_verifies(tmp_path):
    with Vault.open(copy_of("researcher.vault", tmp_path), FACTS["passphrase"]) as v:
        assert v.identity.fingerprint == FACTS["researcher"]
        assert {r.id for r in v.list_records()} == set(FACTS["records"])
        assert [h.number for h in v.history(FACTS["amended"])] == [1, 2]
        assert v.verify() == []


def test_release_1_bundle_imports_into_release_1_supervisor_vault(tmp_path):
    bundle = copy_of("handin-2.tbundle", tmp_path)
    with Vault.open(copy_of("supervisor.vault", tmp_path), FACTS["passphrase"]) as sup:
        assert sup.verify() == []
        result = import_bundle(sup, bundle)
        assert result.applied and result.counts["updated"] == 1
        assert sup.get(FACTS["amended"]).number == 2
        assert sup.verify() == []


# -- how their unsigned revisions are shown, and how they travel on --------------------


def test_release_1_revisions_show_how_their_authorship_is_known(tmp_path):
    from testimony_app.vault import signatures

    with Vault.open(copy_of("researcher.vault", tmp_path), FACTS["passphrase"]) as res:
        states = {h.signature for r in FACTS["records"] for h in res.history(r)}
        assert states == {signatures.UNSIGNED}
        assert res.unsigned_revisions() == 4
    with Vault.open(copy_of("supervisor.vault", tmp_path), FACTS["passphrase"]) as sup:
        import_bundle(sup, copy_of("handin-2.tbundle", tmp_path))
        history = sup.history(FACTS["amended"])
        assert [h.signature for h in history] == [signatures.BUNDLE_ONLY] * 2
        assert {h.carried_by for h in history} == {FACTS["researcher"]}
        assert len({h.bundle_id for h in history}) == 2  # the two hand-ins
        assert sup.verify() == []


def test_release_1_vaults_hand_in_signed_and_unsigned_revisions_together(tmp_path):
    """The old researcher vault amends a record (now signed) and hands it in with its
    older unsigned revisions: the old supervisor vault takes both kinds, and passes them
    on to a new headquarters vault, which keeps the signature and trusts the rest on the
    supervisor's word."""
    from testimony_app.exchange import keys
    from testimony_app.exchange.seal import export_bundle
    from testimony_app.vault import signatures

    res = Vault.open(copy_of("researcher.vault", tmp_path), FACTS["passphrase"])
    sup = Vault.open(copy_of("supervisor.vault", tmp_path), FACTS["passphrase"])
    hq = Vault.create(tmp_path / "hq.vault", FACTS["passphrase"], researcher_name="HQ",
                      code_prefix="HQ", check_strength=False)
    try:
        rid = FACTS["records"][1]
        doc = res.get(rid).to_json()
        doc["answers"]["witness"]["age_at_incident"] += 2
        res.save(rid, doc, reason="fictional correction after the upgrade")
        to_sup = [k for k in keys.list_keys(res) if k.role == "supervisor"]
        export_bundle(res, to_sup, tmp_path / "handin-3.tbundle")
        assert import_bundle(sup, tmp_path / "handin-3.tbundle").counts["updated"] == 1
        assert [h.signature for h in sup.history(rid)] == [signatures.BUNDLE_ONLY,
                                                           signatures.SIGNED]
        hq_key = keys.parse_tpub(keys.own_public_key(hq, receive=True).to_text().encode())
        to_hq = keys.enroll(sup, hq_key, "hq")
        keys.enroll(hq, keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text()
                                        .encode()), "supervisor")
        export_bundle(sup, [to_hq], tmp_path / "to-hq.tbundle", record_ids=[rid])
        import_bundle(hq, tmp_path / "to-hq.tbundle")
        assert [h.signature for h in hq.history(rid)] == [signatures.RELAYED,
                                                          signatures.SIGNED]
        assert hq.verify() == [] and sup.verify() == []
    finally:
        for v in (res, sup, hq):
            v.close()
