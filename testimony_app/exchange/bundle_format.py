"""The byte format of a hand-in bundle (.tbundle, format 1): fixed prefix, header of HPKE
recipient stanzas with a MAC, and the payload as a STREAM of AES-256-GCM chunks.

docs/bundle-format.md describes every byte. Pure functions over bytes and file objects:
nothing here touches a vault, and nothing here ever writes plaintext to a file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BundleRejected

MAGIC = b"TSTMBNDL"
VERSION = 1
SUITE = 1  # HPKE(ML-KEM-768+X25519, HKDF-SHA256, AES-256-GCM); STREAM AES-256-GCM; Ed25519
ALLOWED = {(1, 1)}  # (version, suite): no unencrypted mode, no older suites
PREFIX = struct.Struct(">8sHHI")  # magic, version, suite, header length
NONCE_SIZE = 32
MAC_SIZE = 32
FILE_KEY_SIZE = 32
STANZA_SIZE = hpke.KEM.MLKEM768_X25519.enc_length() + FILE_KEY_SIZE + 16
MAX_RECIPIENTS = 16
MAX_HEADER = 64 * 1024
CHUNK = 64 * 1024
TAG = 16
_HPKE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _info() -> bytes:
    return b"testimony-bundle" + struct.pack(">HH", VERSION, SUITE)


def _derive(file_key: bytes, nonce: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce,
                info=b"testimony-bundle-1 " + purpose).derive(file_key)


def header_length(count: int) -> int:
    return NONCE_SIZE + 1 + count * STANZA_SIZE + MAC_SIZE


@dataclass(frozen=True)
class Header:
    raw: bytes  # prefix + header, exactly as in the file
    payload_key: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def build_header(recipients: list[hpke.MLKEM768X25519PublicKey]) -> Header:
    """A fresh file key sealed to each recipient, and the header bytes that carry it."""
    if not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise ValueError("a bundle has 1 to 16 recipients")
    file_key, nonce = os.urandom(FILE_KEY_SIZE), os.urandom(NONCE_SIZE)
    stanzas = b"".join(_HPKE.encrypt(file_key, r, info=_info()) for r in recipients)
    body = nonce + bytes([len(recipients)]) + stanzas
    prefix = PREFIX.pack(MAGIC, VERSION, SUITE, header_length(len(recipients)))
    mac = hmac.new(_derive(file_key, nonce, b"header-mac"), prefix + body, "sha256").digest()
    return Header(prefix + body + mac, _derive(file_key, nonce, b"payload"))


def read_header(fh: BinaryIO, keys: list[hpke.MLKEM768X25519PrivateKey]) -> Header:
    """Parse and authenticate the header with one of our recipient keys."""
    prefix = fh.read(PREFIX.size)
    if len(prefix) < PREFIX.size:
        raise BundleRejected("bundle.too_short")
    magic, version, suite, length = PREFIX.unpack(prefix)
    if magic != MAGIC:
        raise BundleRejected("bundle.not_a_bundle")
    if (version, suite) not in ALLOWED:
        raise BundleRejected("bundle.unsupported", version=version, suite=suite)
    if not header_length(1) <= length <= min(MAX_HEADER, header_length(MAX_RECIPIENTS)):
        raise BundleRejected("bundle.header_length")
    body = fh.read(length)
    if len(body) != length:
        raise BundleRejected("bundle.header_cut")
    nonce, count = body[:NONCE_SIZE], body[NONCE_SIZE]
    if not 1 <= count <= MAX_RECIPIENTS or length != header_length(count):
        raise BundleRejected("bundle.recipient_count")
    if not keys:
        raise BundleRejected("bundle.no_recipient_key")
    start = NONCE_SIZE + 1
    for i in range(count):
        stanza = body[start + i * STANZA_SIZE: start + (i + 1) * STANZA_SIZE]
        for key in keys:
            try:
                file_key = _HPKE.decrypt(stanza, key, info=_info())
            except (InvalidTag, ValueError):
                continue
            if len(file_key) != FILE_KEY_SIZE:
                continue
            mac_key = _derive(file_key, nonce, b"header-mac")
            expected = hmac.new(mac_key, prefix + body[:-MAC_SIZE], "sha256").digest()
            if not hmac.compare_digest(expected, body[-MAC_SIZE:]):
                raise BundleRejected("bundle.header_altered")
            return Header(prefix + body, _derive(file_key, nonce, b"payload"))
    raise BundleRejected("bundle.not_addressed")


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class Sink(Protocol):
    """Where sealed bytes go: a file, or anything else that writes them."""

    def write(self, data: bytes, /) -> object: ...


class StreamWriter:
    """Encrypts a plaintext stream into chunks as it is written; memory stays one chunk."""

    def __init__(self, fh: Sink, key: bytes):
        self._fh, self._aead, self._buf, self._counter = fh, AESGCM(key), bytearray(), 0

    def write(self, data: bytes | memoryview) -> None:
        self._buf += data
        # Keep at least one byte back: only close() knows which chunk is the last.
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]

    def close(self) -> None:
        self._emit(bytes(self._buf), last=True)
        self._buf = bytearray()

    def _emit(self, plain: bytes, last: bool) -> None:
        self._fh.write(self._aead.encrypt(_nonce(self._counter, last), plain, None))
        self._counter += 1


def decrypt_chunks(fh: BinaryIO, key: bytes) -> Iterator[bytes]:
    """Authenticated plaintext chunks. Reordered, repeated, cut or extended streams fail:
    a chunk opens only at its own position, and only the final one carries the last flag."""
    aead, counter = AESGCM(key), 0
    pending = fh.read(CHUNK + TAG)
    while True:
        if len(pending) < TAG:
            raise BundleRejected("bundle.cut_short")
        after = fh.read(CHUNK + TAG) if len(pending) == CHUNK + TAG else b""
        last = not after
        try:
            plain = aead.decrypt(_nonce(counter, last), pending, None)
        except InvalidTag:
            raise BundleRejected("bundle.damaged", part=counter + 1) from None
        yield plain
        if last:
            return
        pending, counter = after, counter + 1


class PlaintextReader:
    """Exact reads over the decrypted stream, one chunk in memory at a time."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._buf, self._pos = chunks, b"", 0

    def read(self, n: int) -> bytes:
        out = bytearray()
        for piece in self.iter_read(n):
            out += piece
        return bytes(out)

    def iter_read(self, n: int) -> Iterator[bytes]:
        """Exactly n bytes, yielded in pieces (for entries too large to hold)."""
        while n > 0:
            if self._pos >= len(self._buf):
                buf = next(self._chunks, None)
                if buf is None:
                    raise BundleRejected("bundle.ends_early")
                self._buf, self._pos = buf, 0
                continue
            piece = self._buf[self._pos: self._pos + n]
            self._pos += len(piece)
            n -= len(piece)
            yield piece

    def expect_end(self) -> None:
        if self._pos < len(self._buf) or any(self._chunks):
            raise BundleRejected("bundle.holds_more")
