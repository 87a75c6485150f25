"""A second, independent writer of hand-in bundles, written from docs/bundle-format.md with
`cryptography` primitives only (no code of testimony_app): what a hostile enrolled
researcher could build. The adversarial tests use it to forge authorship; if it and the
project's own reader disagree on a byte, the docs are wrong or one of them is.

Plain module (not a conftest), importable from every test folder.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

CHUNK = 64 * 1024
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(key: Ed25519PrivateKey) -> str:
    return hashlib.sha256(raw_public(key)).hexdigest()


def stamp(seconds: float = 0.0) -> str:
    """A time like the vault's ('2026-11-26T10:02:03.123Z'), `seconds` from now."""
    at = datetime.now(UTC) + timedelta(seconds=seconds)
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def revision_signature(key: Ed25519PrivateKey, digest: str) -> bytes:
    return key.sign(b"testimony-revision-1\n" + digest.encode())


@dataclass
class Revision:
    body: bytes
    signature: bytes | None = None

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def doc(self) -> dict:
        return json.loads(self.body)


def revision_body(*, record: str, number: int, parent: str | None, author: str,
                  author_name: str, answers: dict, created_at: str | None = None,
                  status: str = "draft", reason: str | None = None,
                  form=("testimony-interview", 1), marks=()) -> bytes:
    return canonical({"record": record, "parent": parent, "number": number,
                      "form": list(form), "status": status, "reason": reason,
                      "author": author, "author_name": author_name,
                      "created_at": created_at or stamp(), "answers": answers,
                      "marks": list(marks)})


@dataclass
class Record:
    id: str
    revisions: list[Revision]
    audit: bytes = b"[]"


@dataclass
class Bundle:
    sender: Ed25519PrivateKey
    sender_name: str
    records: list[Record]
    format: int = 2
    sequence: int = 1
    authors: dict[str, bytes] = field(default_factory=dict)  # fingerprint -> raw key
    padding: int = 0  # zero bytes after the entries (format 2)
    pad_byte: int = 0  # what the padding is made of (anything but 0 is refused)
    pad_written: int | None = None  # bytes of padding really written (default: `padding`)
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def recipient_key(public: bytes) -> hpke.MLKEM768X25519PublicKey:
    """A recipient key from a .tpub's `recipient:` bytes (ML-KEM-768 || X25519)."""
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(public[:1184]),
        x25519.X25519PublicKey.from_public_bytes(public[1184:]))


def write(path: Path, bundle: Bundle, recipient_public: bytes, recipient_fp: str, *,
          manifest_extra: dict | None = None) -> dict:
    """Seal `bundle` to one recipient as docs/bundle-format.md says; returns the manifest.
    `manifest_extra` replaces manifest fields (hostile values) before signing."""
    version, suite = 1, 1
    info = b"testimony-bundle" + struct.pack(">HH", version, suite)
    file_key, nonce = os.urandom(32), os.urandom(32)
    stanza = SUITE.encrypt(file_key, recipient_key(recipient_public), info=info)
    length = 32 + 1 + len(stanza) + 32
    prefix = b"TSTMBNDL" + struct.pack(">HHI", version, suite, length)
    body = nonce + bytes([1]) + stanza

    def derive(purpose: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce,
                    info=b"testimony-bundle-1 " + purpose).derive(file_key)

    mac = hmac.new(derive(b"header-mac"), prefix + body, "sha256").digest()
    header = prefix + body + mac
    entries, payloads = [], []
    for rec in bundle.records:
        for rev in rec.revisions:
            e = {"kind": "revision", "id": rev.hash, "record": rec.id, "size": len(rev.body),
                 "sha256": rev.hash}
            if bundle.format == 2:
                e["signature"] = None if rev.signature is None else \
                    base64.b64encode(rev.signature).decode()
            entries.append(e)
            payloads.append(rev.body)
        entries.append({"kind": "audit", "id": rec.id, "record": rec.id,
                        "size": len(rec.audit), "sha256": hashlib.sha256(rec.audit).hexdigest()})
        payloads.append(rec.audit)
    manifest = {"format": bundle.format, "bundle_id": bundle.bundle_id,
                "sender": fingerprint(bundle.sender),
                "sender_key": base64.b64encode(raw_public(bundle.sender)).decode(),
                "sender_name": bundle.sender_name, "sequence": bundle.sequence,
                "created_at": stamp(), "recipients": [recipient_fp],
                "header_sha256": hashlib.sha256(header).hexdigest(), "entries": entries}
    if bundle.format == 2:
        manifest["authors"] = {fp: base64.b64encode(k).decode()
                               for fp, k in bundle.authors.items()}
        manifest["padding"] = bundle.padding
    manifest.update(manifest_extra or {})
    raw = canonical(manifest)
    signature = bundle.sender.sign(b"testimony-bundle-manifest-1\n" + raw)
    plain = struct.pack(">I", len(raw)) + raw + signature + b"".join(payloads) + \
        bytes([bundle.pad_byte]) * (bundle.padding if bundle.pad_written is None
                                    else bundle.pad_written)
    aead = derive(b"payload")
    pieces = [plain[i:i + CHUNK] for i in range(0, len(plain), CHUNK)] or [b""]
    if len(pieces[-1]) == CHUNK:
        pieces.append(b"")  # the final chunk holds 0..64 KiB; every other exactly 64 KiB
    out = bytearray(header)
    for n, piece in enumerate(pieces):
        last = n == len(pieces) - 1
        out += AESGCM(aead).encrypt(n.to_bytes(11, "big") + (b"\x01" if last else b"\x00"),
                                    piece, None)
    path.write_bytes(bytes(out))
    return manifest
