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
    assert text.startswith("Testimony public key, format 2\n")
    back = keys.parse_tpub(text.encode())
    assert back == tpub and back.recipient is not None
    assert back.fingerprint == keys.key_fingerprint(sup.identity.public_key, back.recipient)
    # One fingerprint per person: the key file's is the vault's identity, as read aloud.
    assert back.display == sup.identity.display and len(back.display.split()) == 8
    assert f"fingerprint: {sup.identity.fingerprint[:4]} " in text
    # The recipient key is made once and kept.
    assert keys.own_public_key(sup, receive=True) == tpub
    ((seed, x25519_private),) = sup.keys.recipient_secrets()
    assert seed.hex() not in text and x25519_private.hex() not in text


@pytest.mark.parametrize("damage, message", [
    (lambda t: t.replace("format 2", "format 3"), "not a Testimony public key"),
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


def _swap_recipient(text: str, other: str) -> str:
    """A key file whose recipient key (and its signature) come from another vault's file."""
    take = {ln.split(":")[0]: ln for ln in other.splitlines()}
    return "\n".join(take[ln.split(":")[0]] if ln.startswith("recipient") else ln
                     for ln in text.splitlines()) + "\n"


def test_a_recipient_key_not_signed_by_its_owner_is_refused(two, tmp_path):
    """The class: someone between two people keeps the owner's signing key and fingerprint
    (what they compare aloud) but puts in a recipient key of their own, so bundles would be
    sealed to them. The recipient key is accepted only with the owner's signature."""
    sup, res = two
    mallory = make_vault(tmp_path / "m", "Mallory")
    try:
        text = keys.own_public_key(sup, receive=True).to_text()
        theirs = keys.own_public_key(mallory, receive=True).to_text()
        swapped = _swap_recipient(text, theirs)  # their recipient key, their signature
        assert swapped != text and sup.identity.display.replace(" ", "")[:8] in \
            swapped.replace(" ", "")
        with pytest.raises(KeyFileInvalid, match="not signed by its owner"):
            keys.parse_tpub(swapped.encode())
        only_key = "\n".join(ln for ln in swapped.splitlines()
                             if not ln.startswith("recipient-signature")) + "\n"
        with pytest.raises(KeyFileInvalid, match="damaged"):
            keys.parse_tpub(only_key.encode())
        no_recipient = keys.own_public_key(res, receive=False).to_text()
        sig = [ln for ln in text.splitlines() if ln.startswith("recipient-signature")][0]
        with pytest.raises(KeyFileInvalid, match="unexpected line"):
            keys.parse_tpub((no_recipient + sig + "\n").encode())
    finally:
        mallory.close()


def test_a_format_1_key_file_is_read_only_without_a_recipient_key(two):
    """Format 1 bound the recipient key through a second fingerprint nobody compared."""
    import base64

    sup, res = two
    old = keys.PublicKeyFile("Researcher", res.identity.public_key, None)
    text = (f"{keys.TPUB_TITLE_1}\nlabel: Researcher\nsigning: "
            f"{base64.b64encode(old.signing).decode()}\nfingerprint: "
            f"{keys.key_fingerprint(old.signing, None)}\n")
    back = keys.parse_tpub(text.encode())
    assert back.signing == res.identity.public_key and back.display == res.identity.display
    new = keys.own_public_key(sup, receive=True)
    with_recipient = (f"{keys.TPUB_TITLE_1}\nlabel: S\nsigning: "
                      f"{base64.b64encode(new.signing).decode()}\nrecipient: "
                      f"{base64.b64encode(new.recipient).decode()}\nfingerprint: "
                      f"{keys.key_fingerprint(new.signing, new.recipient)}\n")
    with pytest.raises(KeyFileInvalid, match="earlier Testimony"):
        keys.parse_tpub(with_recipient.encode())


def test_one_person_one_fingerprint_across_key_files(two, tmp_path):
    """A supervisor who makes a new recipient key has a new key file but the same
    fingerprint; revoking the person revokes every key file of theirs."""
    sup, res = two
    first = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    keys.enroll(res, first, "supervisor")
    sup._conn.execute("DELETE FROM recipient_keys")  # the supervisor's vault rotates its key
    second = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    assert second.fingerprint != first.fingerprint and second.display == first.display
    newest = keys.enroll(res, second, "supervisor")
    assert newest.recipient_key == second.recipient
    assert keys.find_key(res, first.display).recipient_key == second.recipient
    keys.revoke(res, first.display)
    assert all(k.revoked_at for k in keys.list_keys(res))
    with pytest.raises(KeyNotUsable, match="revoked"):
        keys.enroll(res, keys.PublicKeyFile(second.label, second.signing, None), "researcher")


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
    assert [k.fingerprint for k in keys.list_keys(res)] == [sup_key.fingerprint]
    revoked = keys.revoke(res, sup_key.display)
    assert revoked.revoked_at
    with pytest.raises(KeyNotUsable, match="already revoked"):
        keys.revoke(res, sup_key.signing_fp[:12])
    with pytest.raises(KeyNotUsable, match="8 hex digits"):
        keys.revoke(res, "ab")
    assert keys.list_keys(res, include_revoked=False) == []
    actions = [e.action for e in res.audit_events()]
    assert actions[-2:] == ["key_enrol", "key_revoke"]
    assert res.verify() == []
