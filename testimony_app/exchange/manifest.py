"""The signed manifest at the start of a bundle's payload: who sent it, to whom, which
sequence number, and every entry (kind, id, record, size, SHA-256) in the order the
entries follow. Format 2 adds each revision's author signature and the public keys of
the authors it names; format 1 (no signatures) is still read.

Parsing is strict: any missing, extra or out-of-range field refuses the bundle. Pure
functions; nothing here touches a vault or a file.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import struct
import uuid

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..vault.canonical import canonical_json
from ..vault.identity import fingerprint_of
from .errors import BundleRejected

SIGNATURE_CONTEXT = b"testimony-bundle-manifest-1\n"
LENGTH = struct.Struct(">I")
SIGNATURE_SIZE = 64
MAX_MANIFEST = 64 * 1024 * 1024
MAX_ENTRIES = 1_000_000
MAX_TEXT_ENTRY = 8 * 1024 * 1024  # one revision body or one record's audit events
MAX_ATTACHMENT = 1 << 40
KINDS = ("revision", "attachment", "audit")
FORMATS = (1, 2)
FORMAT = 2  # what this version writes
MAX_AUTHORS = 100_000
MAX_PADDING = 1 << 40
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_TOP = {"format", "bundle_id", "sender", "sender_key", "sender_name", "sequence",
        "created_at", "recipients", "header_sha256", "entries"}
_TOP_2 = _TOP | {"authors", "padding"}
_SIGNED_REVISION = {"kind", "id", "record", "size", "sha256", "signature"}
_ENTRY = {"revision": {"kind", "id", "record", "size", "sha256"},
          "audit": {"kind", "id", "record", "size", "sha256"},
          "attachment": {"kind", "id", "record", "size", "sha256", "name", "media_type",
                         "created_at"}}


def sign(manifest: dict, identity) -> tuple[bytes, bytes]:
    raw = canonical_json(manifest)
    return raw, identity.sign(SIGNATURE_CONTEXT + raw)


def verify_signature(raw: bytes, signature: bytes, public_key: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature,
                                                              SIGNATURE_CONTEXT + raw)
        return True
    except (InvalidSignature, ValueError):
        return False


def _bad(what: str) -> BundleRejected:
    return BundleRejected("bundle.manifest_invalid", what=what)


def _uuid(value) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise _bad("an id is not a UUID")


def _hex64(value, what: str) -> str:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise _bad(what)
    return value


def _text(value, what: str, limit: int = 200) -> str:
    # Printable only: these are shown in previews, and a control character could rewrite
    # what the supervisor's terminal displays.
    if not isinstance(value, str) or len(value) > limit or not value.isprintable():
        raise _bad(what)
    return value


def parse(raw: bytes) -> dict:
    """The manifest as a dict, after checking every field's type and range."""
    try:
        m = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("not JSON") from None
    if not isinstance(m, dict) or m.get("format") not in FORMATS or \
            isinstance(m.get("format"), bool) or \
            set(m) != (_TOP if m["format"] == 1 else _TOP_2):
        raise _bad("unexpected fields")
    _uuid(m["bundle_id"])
    _hex64(m["sender"], "sender")
    _hex64(m["header_sha256"], "header hash")
    _text(m["created_at"], "time", 40)
    _text(m["sender_name"], "sender name")
    seq = m["sequence"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**62:
        raise _bad("sequence")
    try:
        key = base64.b64decode(_text(m["sender_key"], "sender key", 64), validate=True)
    except (binascii.Error, ValueError):
        raise _bad("sender key") from None
    if len(key) != 32 or fingerprint_of(key) != m["sender"]:
        raise BundleRejected("bundle.sender_key_mismatch")
    m["sender_key"] = key
    recipients = m["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 16:
        raise _bad("recipients")
    for r in recipients:
        _hex64(r, "recipient")
    entries = m["entries"]
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise _bad("entries")
    seen: set = set()
    m["authors"] = _authors(m.get("authors", {}))
    padding = m.setdefault("padding", 0)
    if not isinstance(padding, int) or isinstance(padding, bool) or \
            not 0 <= padding <= MAX_PADDING:
        raise _bad("padding")
    for e in entries:
        _entry(e, m["format"])
        key_ = (e["kind"], e["id"])
        if key_ in seen:
            raise _bad("an entry is listed twice")
        seen.add(key_)
    _check_blocks(entries)
    return m


_PHASE = {"revision": 0, "attachment": 1, "audit": 2}


def _check_blocks(entries: list[dict]) -> None:
    """Each record is one contiguous block: its revisions (at least one), then its
    attachments, then exactly one audit entry. A reader can then settle a record's history
    before its attachments stream in."""
    done: set[str] = set()
    current, phase = None, 2
    for e in entries:
        p = _PHASE[e["kind"]]
        if e["record"] != current:
            if phase != 2 or p != 0 or e["record"] in done:
                raise _bad("a record's entries are not one block")
            current = e["record"]
            done.add(current)
        elif p < phase or (p == 0 and phase != 0) or (p == 2 and phase == 2):
            raise _bad("a record's entries are out of order")
        phase = p
    if phase != 2:
        raise _bad("a record's entries are incomplete")


def _base64(value, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(_text(value, what, 200), validate=True)
    except (binascii.Error, ValueError):
        raise _bad(what) from None
    if len(raw) != size:
        raise _bad(what)
    return raw


def _authors(value) -> dict[str, bytes]:
    """Format 2: the Ed25519 public key of each author named, by fingerprint; a key must
    hash to the fingerprint it is listed under."""
    if not isinstance(value, dict) or len(value) > MAX_AUTHORS:
        raise _bad("authors")
    out = {}
    for fp, key in value.items():
        raw = _base64(key, 32, "an author's key")
        if fingerprint_of(raw) != _hex64(fp, "an author"):
            raise BundleRejected("bundle.author_key_mismatch")
        out[fp] = raw
    return out


def _entry(e, format_: int) -> None:
    if not isinstance(e, dict) or e.get("kind") not in KINDS:
        raise _bad("an entry has unexpected fields")
    wanted = _SIGNED_REVISION if format_ == 2 and e["kind"] == "revision" else _ENTRY[e["kind"]]
    if set(e) != wanted:
        raise _bad("an entry has unexpected fields")
    # Format 1 revisions carry no signature; in format 2, None marks one written before
    # revisions were signed.
    if e["kind"] == "revision":
        sig = e.get("signature")
        e["signature"] = None if sig is None else _base64(sig, SIGNATURE_SIZE,
                                                          "a revision signature")
    _uuid(e["record"])
    size = e["size"]
    limit = MAX_ATTACHMENT if e["kind"] == "attachment" else MAX_TEXT_ENTRY
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= limit:
        raise _bad("an entry's size is out of range")
    _hex64(e["sha256"], "an entry's hash")
    if e["kind"] == "revision":
        _hex64(e["id"], "a revision id")
        if e["id"] != e["sha256"]:
            raise _bad("a revision is not named by its hash")
    elif e["kind"] == "audit":
        if _uuid(e["id"]) != e["record"]:
            raise _bad("audit entry")
    else:
        _uuid(e["id"])
        name = _text(e["name"], "an attachment name", 255)
        if "/" in name or "\\" in name or name in ("", ".", "..") or \
                not all(c.isprintable() for c in name):
            raise BundleRejected("bundle.attachment_name")
        _text(e["media_type"], "an attachment type", 100)
        _text(e["created_at"], "an attachment time", 40)


def clean_name(name: str) -> str:
    """The sender's display name as the manifest carries it (one short printable line)."""
    return " ".join("".join(c for c in str(name) if c.isprintable()).split())[:200]
