"""Provable authorship, adversarially: an enrolled researcher (R8) tries every way to make
the supervisor's vault hold words as another researcher's (R7's). Each forged bundle is
written by the independent writer (tests/independent_bundle.py) and must be refused at
the preview and at the import with the vault's files byte-identical; what is genuinely
the sender's, or genuinely R7's and passed on by a trusted relay, is accepted.
"""

from __future__ import annotations

import random
import uuid

import independent_bundle as ib
import pytest
from authorship_parties import (
    chain_of,
    next_revision,
    office,
    private_key,
    record_of_r7,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_parties import vault_bytes

from testimony_app.demo import demo_record
from testimony_app.exchange import BundleRejected, keys
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.vault import signatures


@pytest.fixture
def o(tmp_path):
    parties = office(tmp_path)
    yield parties
    parties.close()


def refused(vault, path, *words: str) -> str:
    """The bundle is refused by preview and import alike, nothing changed; the reason."""
    before = vault_bytes(vault)
    with pytest.raises(BundleRejected) as first:
        preview_bundle(vault, path)
    with pytest.raises(BundleRejected) as second:
        import_bundle(vault, path)
    assert vault_bytes(vault) == before
    assert first.value.reason == second.value.reason
    for w in words:
        assert w in second.value.reason
    return second.value.reason


def r8_bundle(o, records: list[ib.Record], **kw) -> ib.Bundle:
    return ib.Bundle(private_key(o.r8), "Researcher 8", records, **kw)


def forged_amendment(o, sign_with, *, author=None, fmt=2, authors=None, signature=None):
    """R8 hands in a new revision of R7's record naming `author` (default R7)."""
    rid = record_of_r7(o)
    chain = chain_of(o.sup, rid)
    body = next_revision(chain, author=author or o.r7.identity.fingerprint,
                         author_name="Researcher 7")
    rev = ib.Revision(body)
    rev.signature = signature(chain) if signature else \
        None if sign_with is None else ib.revision_signature(sign_with, rev.hash)
    return rid, r8_bundle(o, [ib.Record(rid, [*chain, rev])], format=fmt,
                          authors=authors or {})


# -- the issue's own example, and its class --------------------------------------------


def test_amendment_under_r7s_name_signed_with_a_fresh_key_is_refused(o):
    fresh = Ed25519PrivateKey.generate()
    _, bundle = forged_amendment(o, fresh)
    reason = refused(o.sup, o.forge("fresh.tbundle", bundle), "does not verify")
    assert "revision 2" in reason


def test_fresh_key_listed_as_r7s_key_is_refused(o):
    fresh = Ed25519PrivateKey.generate()
    _, bundle = forged_amendment(o, fresh, authors={})
    bundle.authors = {o.r7.identity.fingerprint: ib.raw_public(fresh)}
    refused(o.sup, o.forge("listed.tbundle", bundle), "does not match the author")


def test_forged_author_fingerprint_of_a_fresh_key_is_refused_from_a_researcher(o):
    """R8 invents an author: the signature is genuine, but nobody here vouches for the key."""
    fresh = Ed25519PrivateKey.generate()
    _, bundle = forged_amendment(o, fresh, author=ib.fingerprint(fresh))
    bundle.authors = {ib.fingerprint(fresh): ib.raw_public(fresh)}
    refused(o.sup, o.forge("invented.tbundle", bundle), "does not know",
            "not a supervisor or headquarters")


def test_signature_by_the_senders_key_over_the_right_hash_is_refused(o):
    _, bundle = forged_amendment(o, private_key(o.r8))
    refused(o.sup, o.forge("wrongkey.tbundle", bundle), "does not verify")


def test_valid_signature_copied_from_another_revision_is_refused(o):
    _, bundle = forged_amendment(o, None, signature=lambda chain: chain[-1].signature)
    assert bundle.records[0].revisions[-1].signature is not None
    refused(o.sup, o.forge("copied.tbundle", bundle), "does not verify")


@pytest.mark.parametrize("fmt", [1, 2])
def test_unsigned_revision_naming_another_author_is_refused(o, fmt):
    _, bundle = forged_amendment(o, None, fmt=fmt)
    refused(o.sup, o.forge(f"unsigned{fmt}.tbundle", bundle), "carries no signature")


@pytest.mark.parametrize("signed", [False, True])
def test_new_record_handed_in_under_r7s_authorship_is_refused(o, signed):
    rid = str(uuid.uuid4())
    doc = demo_record(3, random.Random(3))
    body = ib.revision_body(record=rid, number=1, parent=None,
                            author=o.r7.identity.fingerprint, author_name="Researcher 7",
                            answers=doc["answers"], status="complete")
    rev = ib.Revision(body)
    if signed:
        rev.signature = ib.revision_signature(private_key(o.r8), rev.hash)
    bundle = r8_bundle(o, [ib.Record(rid, [rev])])
    refused(o.sup, o.forge(f"newrec{signed}.tbundle", bundle), "revision 1")
    assert o.sup.count() == 0


@pytest.mark.parametrize("author", ["Researcher 7", "R7\x1b[2J", "A" * 64, ""])
def test_an_author_that_is_no_fingerprint_is_refused_even_from_a_relay(o, author):
    rid = record_of_r7(o)
    chain = chain_of(o.sup, rid)
    rev = ib.Revision(next_revision(chain, author=author, author_name="Researcher 7"))
    bundle = ib.Bundle(private_key(o.sup), "Supervisor", [ib.Record(rid, [*chain, rev])],
                       authors={o.r7.identity.fingerprint: o.r7.identity.public_key})
    reason = refused(o.hq, o.forge("noauthor.tbundle", bundle, to=o.hq), "no valid author")
    assert "\x1b" not in reason


def test_child_dated_before_its_parent_is_refused_even_by_its_own_author(o):
    me = private_key(o.r8)
    rid = str(uuid.uuid4())
    doc = demo_record(4, random.Random(4))
    first = ib.Revision(ib.revision_body(
        record=rid, number=1, parent=None, author=ib.fingerprint(me),
        author_name="Researcher 8", answers=doc["answers"]))
    first.signature = ib.revision_signature(me, first.hash)
    second = ib.Revision(next_revision([first], author=ib.fingerprint(me),
                                       author_name="Researcher 8",
                                       created_at=ib.stamp(-3600)))
    second.signature = ib.revision_signature(me, second.hash)
    bundle = r8_bundle(o, [ib.Record(rid, [first, second])])
    refused(o.sup, o.forge("backdated.tbundle", bundle), "dated before")


def test_r7s_words_stay_r7s_when_r8_only_borrows_the_name(o):
    """Author name forged with the sender's own key: accepted, because authorship is the
    sender's (the fingerprint shown is R8's), never R7's."""
    me = private_key(o.r8)
    rid = record_of_r7(o)
    chain = chain_of(o.sup, rid)
    rev = ib.Revision(next_revision(chain, author=ib.fingerprint(me),
                                    author_name="Researcher 7"))
    rev.signature = ib.revision_signature(me, rev.hash)
    result = import_bundle(o.sup, o.forge("borrowed.tbundle", r8_bundle(o, [
        ib.Record(rid, [*chain, rev])])))
    assert result.counts["updated"] == 1
    top = o.sup.history(rid)[-1]
    assert (top.author, top.signature) == (o.r8.identity.fingerprint, signatures.SIGNED)
    assert top.carried_by == o.r8.identity.fingerprint
    assert o.sup.verify() == []


def test_a_researcher_may_carry_r7s_genuinely_signed_revisions(o):
    """R7's key is enrolled here: R7's own signature proves R7 wrote it, whoever carries
    it (two researchers sharing a record)."""
    rid = record_of_r7(o)
    doc = o.r7.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += " R7's own later words."
    o.r7.save(rid, doc, reason="R7 added a sentence")
    chain = chain_of(o.r7, rid)
    bundle = r8_bundle(o, [ib.Record(rid, chain)])
    assert import_bundle(o.sup, o.forge("carried.tbundle", bundle)).counts["updated"] == 1
    top = o.sup.history(rid)[-1]
    assert (top.author, top.signature) == (o.r7.identity.fingerprint, signatures.SIGNED)


# -- relays: researcher -> supervisor -> headquarters (three real vaults) --------------


def test_relayed_revisions_keep_their_authors_signatures_at_headquarters(o):
    rid = record_of_r7(o)
    doc = o.sup.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += " The supervisor's note."
    o.sup.save(rid, doc, reason="supervisor's correction")
    result = import_bundle(o.hq, o.hand_in(o.sup, "to-hq.tbundle"))
    assert result.counts["new"] == 1
    history = o.hq.history(rid)
    assert [(h.author, h.signature) for h in history] == [
        (o.r7.identity.fingerprint, signatures.SIGNED),
        (o.sup.identity.fingerprint, signatures.SIGNED)]
    assert {h.carried_by for h in history} == {o.sup.identity.fingerprint}
    vouched = o.hq._conn.execute("SELECT fingerprint, vouched_by FROM author_keys").fetchall()
    assert vouched == [(o.r7.identity.fingerprint, o.sup.identity.fingerprint)]
    assert o.hq.verify() == []


def test_a_relay_cannot_forge_a_signature_either(o):
    rid = record_of_r7(o)
    chain = chain_of(o.sup, rid)
    rev = ib.Revision(next_revision(chain, author=o.r7.identity.fingerprint,
                                    author_name="Researcher 7"))
    rev.signature = ib.revision_signature(private_key(o.sup), rev.hash)
    bundle = ib.Bundle(private_key(o.sup), "Supervisor", [ib.Record(rid, [*chain, rev])],
                       authors={o.r7.identity.fingerprint: o.r7.identity.public_key})
    refused(o.hq, o.forge("relay-forged.tbundle", bundle, to=o.hq), "does not verify")


def test_a_revoked_relay_vouches_for_nobody(o):
    rid = record_of_r7(o)
    path = o.hand_in(o.sup, "to-hq.tbundle")
    sup_key = [k for k in keys.list_keys(o.hq) if k.role == "supervisor"][0]
    keys.revoke(o.hq, sup_key.fingerprint)
    before = vault_bytes(o.hq)
    with pytest.raises(BundleRejected, match="revoked"):
        import_bundle(o.hq, path)
    assert vault_bytes(o.hq) == before
    assert o.hq.count() == 0 and rid


def test_a_relay_demoted_to_researcher_cannot_introduce_others(o):
    """Trust is the role: the same supervisor key enrolled as a researcher only is not a
    relay, so R7's revisions (whose key headquarters never saw) are refused."""
    record_of_r7(o)
    path = o.hand_in(o.sup, "to-hq.tbundle")
    sup_key = [k for k in keys.list_keys(o.hq) if k.role == "supervisor"][0]
    with o.hq._transaction() as conn:  # as if enrolled with the wrong role
        conn.execute("UPDATE enrolled_keys SET role = 'researcher' WHERE fingerprint = ?",
                     (sup_key.fingerprint,))
    refused(o.hq, path, "does not know")


def test_revoked_authors_are_refused_even_through_a_relay(o):
    record_of_r7(o)
    path = o.hand_in(o.sup, "to-hq.tbundle")
    keys.enroll(o.hq, keys.parse_tpub(keys.own_public_key(o.r7, receive=False).to_text()
                                      .encode()), "researcher")
    r7_at_hq = [k for k in keys.list_keys(o.hq) if k.role == "researcher"][0]
    keys.revoke(o.hq, r7_at_hq.fingerprint)
    refused(o.hq, path, "revoked")


def test_unsigned_revisions_passed_on_by_a_relay_say_so(o):
    """A revision written before signatures (no signature kept) reaches headquarters
    through the supervisor: accepted on the relay's word, shown as such."""
    rid = record_of_r7(o)
    with o.sup._transaction() as conn:  # as a vault of the earlier release holds it
        conn.execute("DELETE FROM revision_signatures WHERE hash IN"
                     " (SELECT hash FROM revisions WHERE record_id = ?)", (rid,))
    import_bundle(o.hq, o.hand_in(o.sup, "to-hq.tbundle"))
    (only,) = o.hq.history(rid)
    assert (only.signature, only.carried_by) == (signatures.RELAYED,
                                                 o.sup.identity.fingerprint)
    assert o.hq._conn.execute("SELECT count(*) FROM author_keys").fetchone()[0] == 0
    assert o.hq.verify() == [] and o.hq.unsigned_revisions() == 1


# -- what this vault writes and keeps ---------------------------------------------------


def test_every_local_writer_signs_and_verify_catches_a_swapped_signature(o):
    rec = o.r7.add(demo_record(5, random.Random(5)))
    doc = o.r7.get(rec.id).to_json()
    doc["answers"]["account"]["narrative_original"] += " More."
    o.r7.save(rec.id, doc, reason="more")
    import io
    o.r7.attach(rec.id, io.BytesIO(b"voice"), name="voice.ogg")
    assert [h.signature for h in o.r7.history(rec.id)] == [signatures.SIGNED] * 3
    assert o.r7.unsigned_revisions() == 0 and o.r7.verify() == []
    first, second = (h.hash for h in o.r7.history(rec.id)[:2])
    with o.r7._transaction() as conn:
        conn.execute("UPDATE revision_signatures SET signature = (SELECT signature FROM"
                     " revision_signatures WHERE hash = ?) WHERE hash = ?", (first, second))
    assert any(p.code == "verify.bad_signature" for p in o.r7.verify())


def test_a_clock_behind_the_parent_never_dates_a_child_before_it(o):
    """R8's laptop runs a day ahead; the supervisor amends R8's record on a correct clock:
    the amendment is dated at its parent's time, never before it."""
    me = private_key(o.r8)
    rid = str(uuid.uuid4())
    ahead = ib.stamp(86400)
    first = ib.Revision(ib.revision_body(
        record=rid, number=1, parent=None, author=ib.fingerprint(me),
        author_name="Researcher 8", answers=demo_record(6, random.Random(6))["answers"],
        created_at=ahead))
    first.signature = ib.revision_signature(me, first.hash)
    import_bundle(o.sup, o.forge("ahead.tbundle", r8_bundle(o, [ib.Record(rid, [first])])))
    doc = o.sup.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] += " Later."
    amended = o.sup.save(rid, doc)
    assert amended.parent == first.hash and amended.created_at == ahead
    path = o.hand_in(o.sup, "onwards.tbundle")
    assert import_bundle(o.hq, path).counts["new"] == 1  # and it travels on unrefused
