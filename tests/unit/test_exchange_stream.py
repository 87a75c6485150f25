"""The bundle's byte format on its own: STREAM chunks round-trip at every boundary and
refuse reordered, repeated, cut or extended streams; the header refuses bad lengths,
counts, versions, suites and strangers."""

from __future__ import annotations

import io
import os
import struct

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from hypothesis import given, settings
from hypothesis import strategies as st

from testimony_app.exchange import BundleRejected
from testimony_app.exchange.bundle_format import (
    CHUNK,
    PREFIX,
    STANZA_SIZE,
    TAG,
    PlaintextReader,
    StreamWriter,
    build_header,
    decrypt_chunks,
    header_length,
    read_header,
)

KEY = bytes(range(32))
BOUNDARY_SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 7]


def _recipient():
    private = hpke.MLKEM768X25519PrivateKey(mlkem.MLKEM768PrivateKey.generate(),
                                            x25519.X25519PrivateKey.generate())
    return private, private.public_key()


def _seal(data: bytes, writes: int = 1) -> bytes:
    out = io.BytesIO()
    w = StreamWriter(out, KEY)
    step = max(1, len(data) // writes)
    for i in range(0, len(data), step):
        w.write(data[i:i + step])
    w.close()
    return out.getvalue()


def _open(sealed: bytes) -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(sealed), KEY))


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_round_trip_at_chunk_boundaries(size):
    data = os.urandom(size)
    sealed = _seal(data)
    chunks = max(1, -(-size // CHUNK))
    assert len(sealed) == size + chunks * TAG
    assert _open(sealed) == data


@settings(max_examples=40, deadline=None)
@given(size=st.one_of(st.sampled_from(BOUNDARY_SIZES), st.integers(0, 4 * CHUNK)),
       writes=st.integers(1, 9))
def test_round_trip_any_size_and_write_pattern(size, writes):
    data = os.urandom(size)
    assert _open(_seal(data, writes)) == data


def _pieces(sealed: bytes) -> list[bytes]:
    return [sealed[i:i + CHUNK + TAG] for i in range(0, len(sealed), CHUNK + TAG)]


def _refused(sealed: bytes) -> None:
    with pytest.raises(BundleRejected):
        _open(sealed)


def test_reordered_repeated_dropped_or_extended_chunks_are_refused():
    parts = _pieces(_seal(os.urandom(3 * CHUNK + 5)))
    assert len(parts) == 4
    _refused(b"".join([parts[1], parts[0], parts[2], parts[3]]))  # reordered
    _refused(b"".join([parts[0], parts[0], parts[1], parts[2], parts[3]]))  # repeated
    _refused(b"".join([parts[0], parts[2], parts[3]]))  # one dropped
    _refused(b"".join(parts[:3]))  # cut at a chunk boundary: no last flag
    _refused(b"".join(parts) + b"\x00")  # bytes appended
    _refused(b"".join(parts) + parts[3])  # final chunk repeated


def test_exact_multiple_of_chunk_cut_or_extended_is_refused():
    sealed = _seal(os.urandom(2 * CHUNK))
    _refused(sealed[:CHUNK + TAG])
    _refused(sealed + os.urandom(CHUNK + TAG))


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_any_truncation_is_refused(data):
    sealed = _seal(os.urandom(2 * CHUNK + 100))
    cut = data.draw(st.integers(0, len(sealed) - 1))
    _refused(sealed[:cut])


def test_plaintext_reader_refuses_short_and_trailing_contents():
    reader = PlaintextReader(decrypt_chunks(io.BytesIO(_seal(b"abcdef")), KEY))
    assert reader.read(2) == b"ab"
    with pytest.raises(BundleRejected, match="more than its manifest"):
        reader.expect_end()
    reader = PlaintextReader(decrypt_chunks(io.BytesIO(_seal(b"abc")), KEY))
    with pytest.raises(BundleRejected, match="end too early"):
        reader.read(4)


def test_header_opens_only_for_a_recipient():
    (mine, my_pub), (other, other_pub), (stranger, _) = _recipient(), _recipient(), _recipient()
    header = build_header([other_pub, my_pub])
    opened = read_header(io.BytesIO(header.raw), [mine])
    assert opened.payload_key == header.payload_key
    assert read_header(io.BytesIO(header.raw), [other]).payload_key == header.payload_key
    with pytest.raises(BundleRejected, match="not addressed to this vault"):
        read_header(io.BytesIO(header.raw), [stranger])
    with pytest.raises(BundleRejected, match="no recipient key"):
        read_header(io.BytesIO(header.raw), [])


def test_no_fingerprint_or_key_appears_in_the_header():
    from testimony_app.exchange.keys import key_fingerprint

    mk, xk = mlkem.MLKEM768PrivateKey.generate(), x25519.X25519PrivateKey.generate()
    mpub, xpub = mk.public_key().public_bytes_raw(), xk.public_key().public_bytes_raw()
    header = build_header([hpke.MLKEM768X25519PublicKey(mk.public_key(), xk.public_key())])
    fingerprint = key_fingerprint(b"\x00" * 32, mpub + xpub)
    for secret in (mpub[:16], xpub[:16], bytes.fromhex(fingerprint)[:8],
                   fingerprint[:16].encode()):
        assert secret not in header.raw


def _patched(raw: bytes, *, version=None, suite=None, length=None, count=None) -> bytes:
    magic, v, s, n = PREFIX.unpack(raw[:PREFIX.size])
    prefix = PREFIX.pack(magic, version or v, suite or s, n if length is None else length)
    body = bytearray(raw[PREFIX.size:])
    if count is not None:
        body[32] = count
    return prefix + bytes(body)


@pytest.mark.parametrize("patch, message", [
    ({"version": 2}, "not supported"),
    ({"suite": 7}, "not supported"),
    ({"length": 0}, "header length is out of range"),
    ({"length": 70_000}, "header length is out of range"),
    ({"length": header_length(1) + STANZA_SIZE}, "cut short"),
    ({"count": 0}, "recipient count is out of range"),
    ({"count": 17}, "recipient count is out of range"),
    ({"count": 2}, "recipient count is out of range"),
])
def test_header_fields_out_of_range_are_refused(patch, message):
    private, public = _recipient()
    raw = build_header([public]).raw
    with pytest.raises(BundleRejected, match=message):
        read_header(io.BytesIO(_patched(raw, **patch)), [private])


def test_header_with_sixteen_recipients_fits_and_seventeen_is_refused():
    keys = [_recipient() for _ in range(16)]
    header = build_header([pub for _, pub in keys])
    assert len(header.raw) == PREFIX.size + header_length(16) <= PREFIX.size + 64 * 1024
    assert read_header(io.BytesIO(header.raw), [keys[15][0]]).payload_key == header.payload_key
    with pytest.raises(ValueError):
        build_header([keys[0][1]] * 17)


def test_any_header_bit_flip_is_refused():
    private, public = _recipient()
    raw = build_header([public]).raw
    for offset in list(range(0, PREFIX.size)) + list(range(PREFIX.size, len(raw), 97)) + \
            [len(raw) - 1]:
        flipped = bytearray(raw)
        flipped[offset] ^= 0x01
        with pytest.raises(BundleRejected):
            read_header(io.BytesIO(bytes(flipped)), [private])


def test_prefix_layout_is_documented_size():
    assert PREFIX.size == 16 and struct.calcsize(">8sHHI") == 16
