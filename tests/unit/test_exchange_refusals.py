"""Every bad bundle is refused before any write, with one sentence, and the supervisor's
vault stays byte-for-byte as it was: damaged bytes anywhere, cuts, appended bytes,
reordered or repeated chunks, the wrong recipient, unknown / revoked / mismatched senders,
and hostile contents inside a correctly signed bundle."""

from __future__ import annotations

import io
import json
import os
import shutil

import pytest
from exchange_parties import (
    audit_entry,
    entry_for,
    forge,
    make_vault,
    revision,
    supervisor_key,
    supervisor_with,
    vault_bytes,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony_app.demo import demo_records
from testimony_app.exchange import BundleRejected, keys
from testimony_app.exchange.bundle_format import CHUNK, PREFIX, TAG
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.exchange.seal import export_bundle


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("refusals")
    sup, (res, stranger) = supervisor_with(root, "Researcher", "Stranger")
    keys.revoke(sup, keys.list_keys(sup)[-1].fingerprint)  # the stranger's key
    res.add_many(demo_records(3, seed=5))
    rid = res.list_records(limit=1)[0].id
    res.attach(rid, io.BytesIO(os.urandom(3 * CHUNK + 11)), name="recording.ogg")
    good = root / "good.tbundle"
    export_bundle(res, [supervisor_key(res)], good)
    yield {"root": root, "sup": sup, "res": res, "stranger": stranger, "good": good,
           "data": good.read_bytes(), "rid": rid}
    for v in (sup, res, stranger):
        v.close()


_COUNTER = iter(range(10**9))


def refused(world, data: bytes | None = None, path=None, match: str | None = None,
            previews: bool = False) -> str:
    """Import refuses (and so does the preview, unless it only reports the problem, as for
    the sender's standing); the supervisor's files are unchanged."""
    sup = world["sup"]
    if path is None:
        path = world["root"] / f"bad-{next(_COUNTER)}.tbundle"
        path.write_bytes(data)
    before = vault_bytes(sup)
    if not previews:
        with pytest.raises(BundleRejected):
            preview_bundle(sup, path)
    with pytest.raises(BundleRejected) as err:
        import_bundle(sup, path)
    assert vault_bytes(sup) == before
    message = str(err.value)
    assert message.startswith("Bundle refused: ") and "\n" not in message
    if match:
        assert match in message
    return message


def test_the_good_bundle_previews_cleanly(world):
    p = preview_bundle(world["sup"], world["good"])
    assert p.sender_status == "enrolled" and p.counts()["new"] == 3


def _offsets(size: int) -> list[int]:
    points = set(range(0, PREFIX.size)) | {PREFIX.size + 40, size - 1, size - TAG}
    return sorted(points | set(range(PREFIX.size, size, 4099)))


def test_one_bit_flipped_in_header_each_chunk_and_trailer(world):
    data = world["data"]
    for offset in _offsets(len(data)):
        flipped = bytearray(data)
        flipped[offset] ^= 0x80
        refused(world, bytes(flipped))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_one_bit_flipped_anywhere(world, data):
    raw = world["data"]
    offset = data.draw(st.integers(0, len(raw) - 1))
    bit = data.draw(st.integers(0, 7))
    flipped = bytearray(raw)
    flipped[offset] ^= 1 << bit
    refused(world, bytes(flipped))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_truncated_at_any_offset(world, data):
    raw = world["data"]
    refused(world, raw[:data.draw(st.integers(0, len(raw) - 1))])


def test_truncated_at_chunk_boundaries_and_bytes_appended(world):
    raw = world["data"]
    header = len(raw) - _payload_length(raw)
    for cut in range(header, len(raw), CHUNK + TAG):
        refused(world, raw[:cut])
    refused(world, raw + b"\x00")
    refused(world, raw + os.urandom(CHUNK + TAG))


def _payload_length(raw: bytes) -> int:
    _, _, _, length = PREFIX.unpack(raw[:PREFIX.size])
    return len(raw) - PREFIX.size - length


def test_chunks_reordered_or_repeated(world):
    raw = world["data"]
    start = len(raw) - _payload_length(raw)
    head, payload = raw[:start], raw[start:]
    parts = [payload[i:i + CHUNK + TAG] for i in range(0, len(payload), CHUNK + TAG)]
    assert len(parts) >= 4
    refused(world, head + b"".join([parts[1], parts[0], *parts[2:]]), match="altered")
    refused(world, head + b"".join([parts[0], parts[0], *parts[1:]]))
    refused(world, head + b"".join([*parts[:-1], parts[-2], parts[-1]]))


def test_wrong_recipient(world, tmp_path):
    other = make_vault(tmp_path, "Other office")
    try:
        keys.ensure_recipient_key(other)
        before = vault_bytes(other)
        with pytest.raises(BundleRejected, match="not addressed to this vault"):
            import_bundle(other, world["good"])
        assert vault_bytes(other) == before
    finally:
        other.close()


def test_vault_without_recipient_key(world, tmp_path):
    other = make_vault(tmp_path, "Plain")
    try:
        with pytest.raises(BundleRejected, match="no recipient key"):
            preview_bundle(other, world["good"])
    finally:
        other.close()


def test_not_a_bundle(world):
    refused(world, b"", match="too short")
    refused(world, b"PK\x03\x04" + os.urandom(100), match="not a Testimony bundle")


def test_unknown_and_revoked_senders(world, tmp_path):
    unknown = make_vault(tmp_path, "Unknown")
    try:
        (e, body) = revision(unknown, {})
        forge(tmp_path / "u.tbundle", unknown, world["sup"], [(e, body), audit_entry(e["record"])])
        assert preview_bundle(world["sup"], tmp_path / "u.tbundle").sender_status == "unknown"
        refused(world, path=tmp_path / "u.tbundle", match="is not enrolled", previews=True)
    finally:
        unknown.close()
    stranger = world["stranger"]
    e, body = revision(stranger, {})
    forge(tmp_path / "r.tbundle", stranger, world["sup"], [(e, body), audit_entry(e["record"])])
    assert preview_bundle(world["sup"], tmp_path / "r.tbundle").sender_status == "revoked"
    refused(world, path=tmp_path / "r.tbundle", match="was revoked", previews=True)


def test_mismatched_sender(world, tmp_path):
    res, stranger = world["res"], world["stranger"]
    e, body = revision(res, {})
    # Claims to be the enrolled researcher, signed by someone else.
    forge(tmp_path / "a.tbundle", stranger, world["sup"], [(e, body), audit_entry(e["record"])],
          sender=res.identity.fingerprint)
    refused(world, path=tmp_path / "a.tbundle", match="does not match the sender")
    import base64

    forge(tmp_path / "b.tbundle", stranger, world["sup"], [(e, body), audit_entry(e["record"])],
          sender=res.identity.fingerprint,
          sender_key=base64.b64encode(res.identity.public_key).decode())
    refused(world, path=tmp_path / "b.tbundle", match="signature does not verify")


def test_header_from_another_bundle_is_refused(world, tmp_path):
    res = world["res"]
    e, body = revision(res, {})
    forge(tmp_path / "h.tbundle", res, world["sup"], [(e, body), audit_entry(e["record"])],
          header_sha256="0" * 64)
    refused(world, path=tmp_path / "h.tbundle", match="header does not belong")


def _hostile(world, tmp_path, entries, match, **overrides):
    path = tmp_path / f"hostile-{next(_COUNTER)}.tbundle"
    forge(path, world["res"], world["sup"], entries, **overrides)
    return refused(world, path=path, match=match)


def test_records_that_fail_the_form(world, tmp_path):
    res = world["res"]
    e, body = revision(res, {}, status="complete")  # a complete record with nothing in it
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"])], "does not fit")
    e, body = revision(res, {"witness": {"no_such_field": "x"}})
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"])], "does not fit")
    e, body = revision(res, {}, form=("testimony-interview", 99))
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"])], "form this Testimony")
    e, body = revision(res, {}, number=2)
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"])], "unbroken chain")


def test_deep_nesting_and_oversized_entries(world, tmp_path):
    deep = b'{"answers":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    record = "6f1c8a52-3c1e-4b8e-9a57-3f0c2b1d4e5a"
    _hostile(world, tmp_path, [(entry_for("revision", record, deep), deep),
                               audit_entry(record)], "not valid JSON")
    e, body = revision(world["res"], {})
    e["size"] = 9 * 1024 * 1024
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"])], "size is out of range")


@pytest.mark.parametrize("name", ["../escape.ogg", "/etc/passwd", "a\x00b.ogg", "..",
                                  "sub\\dir.ogg"])
def test_attachment_names_that_are_paths(world, tmp_path, name):
    e, body = revision(world["res"], {})
    data = b"audio"
    a = entry_for("attachment", e["record"], data, id="0b7a8e52-3c1e-4b8e-9a57-3f0c2b1d4e5a",
                  name=name, media_type="audio/ogg", created_at="2026-01-01T00:00:00.000Z")
    message = _hostile(world, tmp_path, [(e, body), (a, data), audit_entry(e["record"])],
                       "attachment name")
    assert "\x00" not in message


def test_entry_hashes_that_do_not_match(world, tmp_path):
    res = world["res"]
    e, body = revision(res, {})
    data = b"the real audio"
    a = entry_for("attachment", e["record"], data, id="1c7a8e52-3c1e-4b8e-9a57-3f0c2b1d4e5a",
                  name="a.ogg", media_type="audio/ogg", created_at="2026-01-01T00:00:00.000Z")
    a["sha256"] = "ab" * 32
    _hostile(world, tmp_path, [(e, body), (a, data), audit_entry(e["record"])],
             "attachment's hash does not match")
    aud = audit_entry(e["record"], b"[]")
    aud[0]["sha256"] = "cd" * 32
    _hostile(world, tmp_path, [(e, body), aud], "hash does not match")
    event = {"seq": 1, "at": "x", "actor": "y", "action": "create", "subject": e["record"],
             "detail": {}, "prev": "0" * 64, "hash": "0" * 64}
    blob = json.dumps([event]).encode()
    _hostile(world, tmp_path, [(e, body), audit_entry(e["record"], blob)],
             "audit event's hash does not match")


def test_entries_out_of_order_or_missing(world, tmp_path):
    e, body = revision(world["res"], {})
    _hostile(world, tmp_path, [(e, body)], "incomplete")
    _hostile(world, tmp_path, [audit_entry(e["record"]), (e, body)], "not one block")


def test_contents_longer_than_the_manifest(world, tmp_path):
    e, body = revision(world["res"], {})
    aud_e, aud = audit_entry(e["record"])
    _hostile(world, tmp_path, [(e, body), (aud_e, aud + b"extra")], "more than its manifest")


def test_file_changed_between_preview_and_import(world, tmp_path):
    sup, res = world["sup"], world["res"]
    path = tmp_path / "swap.tbundle"
    shutil.copy(world["good"], path)
    preview = preview_bundle(sup, path)
    e, body = revision(res, {})
    path.unlink()
    forge(path, res, sup, [(e, body), audit_entry(e["record"])], bundle_id=preview.bundle_id)
    before = vault_bytes(sup)
    with pytest.raises(BundleRejected, match="changed between the preview"):
        import_bundle(sup, path, preview=preview)
    assert sup.count() == 0
    assert vault_bytes(sup)[""] == before[""]
