"""services.handin and services.keys between real vaults and real bundles: the hand-in
workflow both `testimony export/import/keys` and the hand-in windows call."""

from __future__ import annotations

import pytest
from exchange_parties import make_vault, supervisor_with

from testimony_app.demo import demo_records
from testimony_app.exchange import BundleRejected, ExchangeError, KeyNotUsable
from testimony_app.messages import Message
from testimony_app.services import handin
from testimony_app.services import keys as k


@pytest.fixture
def parties(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(3, seed=5))
    yield sup, res
    sup.close()
    res.close()


def test_keys_saved_read_enrolled_found_and_revoked(tmp_path):
    a, b = make_vault(tmp_path / "a", "Alpha"), make_vault(tmp_path / "b", "Beta")
    try:
        path = tmp_path / "beta.tpub"
        saved = k.save_public_key(b, path, receive=True)
        with pytest.raises(ExchangeError, match="already exists") as refused:
            k.save_public_key(b, path, receive=True)  # never over a file
        assert refused.value.message == Message("seal.file_exists", path=path)
        read = k.read_key_file(path)
        assert read.fingerprint == saved.fingerprint == k.own_key(b, receive=True).fingerprint
        with pytest.raises(ExchangeError, match="is not a file") as refused:
            k.read_key_file(tmp_path / "missing.tpub")
        assert refused.value.message.code == "bundle.not_a_file"
        with pytest.raises(KeyNotUsable, match="is not enrolled") as refused:
            k.find_recipient(a, str(path))
        assert refused.value.message.code == "key.not_enrolled"
        with pytest.raises(BundleRejected, match="is not a file") as refused:
            handin.preview_file(a, tmp_path / "missing.tbundle")
        assert refused.value.why == Message("bundle.not_a_file",
                                            path=tmp_path / "missing.tbundle")
        key = k.enrol_key(a, read, "supervisor", "Office")
        assert k.find_recipient(a, str(path)) == key
        assert k.find_recipient(a, key.fingerprint[:16]) == key
        assert k.receiving_keys(a) == [key] and k.list_keys(a) == [key]
        revoked = k.revoke_key(a, key.fingerprint)
        assert revoked.revoked_at and k.receiving_keys(a) == []
        assert k.list_keys(a, include_revoked=False) == []
    finally:
        a.close()
        b.close()


def test_export_preview_and_import(parties, tmp_path):
    sup, res = parties
    (to,) = k.receiving_keys(res)
    assert handin.pending_count(res, [to]) == 3
    heard = []
    result = handin.export(res, [to], tmp_path / "h.tbundle",
                           progress=lambda done, total: heard.append((done, total)))
    assert result.records == 3 and heard and heard[-1][0] == heard[-1][1]
    assert handin.pending_count(res, [to]) == 0
    preview = handin.preview_file(sup, result.path)
    assert [r.outcome for r in preview.records] == ["new"] * 3
    assert sup.count() == 0  # a preview writes nothing
    imported = handin.import_previewed(sup, preview)
    assert imported.applied and imported.counts["new"] == 3 and sup.count() == 3
    checked = handin.verified_imports(sup)
    assert [i.bundle_id for i in checked.imports] == [preview.bundle_id]
    assert checked.problems == []


def test_previewing_several_files_keeps_each_refusal_and_shares_one_bar(parties, tmp_path):
    sup, res = parties
    good = handin.export(res, k.receiving_keys(res), tmp_path / "h.tbundle").path
    junk = tmp_path / "junk.tbundle"
    junk.write_bytes(b"not a bundle")
    missing = tmp_path / "missing.tbundle"
    heard = []
    found = handin.preview_files(sup, [str(missing), str(junk), str(good)],
                                 lambda done, total: heard.append((done, total)))
    assert [c.path for c in found] == [str(missing), str(junk), str(good)]
    assert isinstance(found[0].outcome, BundleRejected)
    assert str(found[0].outcome).endswith(f"{missing} is not a file.")
    assert isinstance(found[1].outcome, handin.REFUSALS)
    assert found[2].outcome.bundle_id and found[2].codes == {}
    assert {total for _, total in heard} == {3000} and max(d for d, _ in heard) == 3000


def test_an_unknown_sender_is_enrolled_only_for_the_fingerprint_compared(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    stranger = make_vault(tmp_path / "s", "Stranger")
    try:
        stranger.add_many(demo_records(1, seed=3))
        sup_key = k.read_key_file(_saved(sup, tmp_path))
        to = k.enrol_key(stranger, sup_key, "supervisor")
        preview = handin.preview_file(sup, handin.export(stranger, [to],
                                                         tmp_path / "s.tbundle").path)
        assert preview.sender_status == "unknown"
        with pytest.raises(BundleRejected, match="not enrolled"):
            handin.import_previewed(sup, preview)
        assert handin.enrol_if_compared(sup, preview, "0" * 16) is None
        assert handin.enrol_if_compared(sup, preview, None) is None
        key = handin.enrol_if_compared(sup, preview, preview.sender[:16])
        assert key is not None and key.role == "researcher"
        assert handin.import_previewed(sup, handin.preview_file(sup, preview.path)).applied
    finally:
        sup.close()
        res.close()
        stranger.close()


def _saved(vault, folder):
    path = folder / "office.tpub"
    k.save_public_key(vault, path, receive=True)
    return path
