"""Public key files (.tpub) and the enrolled keys of a vault: round trip, damage refused,
role rules, revocation, and private halves that never leave the vault."""

from __future__ import annotations

import pytest
from exchange_parties import make_vault

from testimony_app.exchange import KeyFileInvalid, KeyNotUsable, keys


@pytest.fixture
def two(tmp_path):
    a, b = make_vault(tmp_path / "a", "Supervisor"), make_vault(tmp_path / "b", "Researcher")
    yield a, b
    a.close()
    b.close()


def test_tpub_round_trip_and_fingerprint(two):
    sup, _ = two
    tpub = keys.own_public_key(sup, receive=True)
    text = tpub.to_text()
    assert text.startswith("Testimony public key, format 1\n")
    back = keys.parse_tpub(text.encode())
    assert back == tpub and back.recipient is not None
    assert back.fingerprint == keys.key_fingerprint(sup.identity.public_key, back.recipient)
    assert len(back.display.split()) == 8
    # The recipient key is made once and kept.
    assert keys.own_public_key(sup, receive=True) == tpub
    private = sup.conn.execute("SELECT mlkem_seed, x25519_private FROM recipient_keys"
                               ).fetchone()
    assert bytes(private[0]).hex() not in text and bytes(private[1]).hex() not in text


@pytest.mark.parametrize("damage, message", [
    (lambda t: t.replace("format 1", "format 2"), "not a Testimony public key"),
    (lambda t: t.replace("signing: ", "signing: A"), "damaged"),
    (lambda t: t[:-5] + "0000\n", "fingerprint does not match"),
    (lambda t: t + "extra: 1\n", "unexpected line"),
    (lambda t: "\n".join(ln for ln in t.splitlines() if not ln.startswith("signing")),
     "lacks its signing key"),
    (lambda t: t + "x" * 9000, "too large"),
])
def test_damaged_tpub_is_refused(two, damage, message):
    text = keys.own_public_key(two[0], receive=True).to_text()
    with pytest.raises(KeyFileInvalid, match=message):
        keys.parse_tpub(damage(text).encode())


def test_tpub_that_is_not_text(two):
    with pytest.raises(KeyFileInvalid, match="not UTF-8"):
        keys.parse_tpub(b"\xff\xfe\x00garbage")


def test_enrol_list_revoke(two):
    sup, res = two
    sup_key = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    res_key = keys.own_public_key(res, receive=False)
    with pytest.raises(KeyNotUsable, match="cannot receive bundles"):
        keys.enroll(sup, res_key, "supervisor")
    with pytest.raises(KeyNotUsable, match="own key"):
        keys.enroll(sup, sup_key, "researcher")
    enrolled = keys.enroll(res, sup_key, "supervisor", "Mosul office")
    assert (enrolled.role, enrolled.label, enrolled.revoked_at) == \
        ("supervisor", "Mosul office", None)
    with pytest.raises(KeyNotUsable, match="already enrolled"):
        keys.enroll(res, sup_key, "hq")
    assert [k.fingerprint for k in keys.list_keys(res.conn)] == [sup_key.fingerprint]
    revoked = keys.revoke(res, sup_key.display)
    assert revoked.revoked_at
    with pytest.raises(KeyNotUsable, match="already revoked"):
        keys.revoke(res, sup_key.fingerprint[:12])
    with pytest.raises(KeyNotUsable, match="8 hex digits"):
        keys.revoke(res, "ab")
    assert keys.list_keys(res.conn, include_revoked=False) == []
    actions = [e.action for e in res.audit_events()]
    assert actions[-2:] == ["key_enrol", "key_revoke"]
    assert res.verify() == []
