"""Public keys that travel between vaults (.tpub files), this vault's recipient key pair,
and the keys a vault has enrolled (supervisors and HQ for a researcher, researchers for a
supervisor).

A .tpub file is small UTF-8 text: the Ed25519 signing key, optionally the hybrid
ML-KEM-768 + X25519 recipient key signed by that signing key, and the person's fingerprint
(SHA-256 of the signing key) that two people read to each other. It is the one fingerprint a
person has everywhere: in key files, the keys window, bundle previews, conflicts and as the
author of revisions; the recipient key is bound to it by its signature.
Private halves never leave the vault; nothing here writes anywhere but the vault and the
.tpub file the user names.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..vault.canonical import sha256_hex
from ..vault.identity import display_fingerprint, fingerprint_of
from ..vault.repositories import EnrolledKey
from .errors import KeyFileInvalid, KeyNotUsable

TPUB_TITLE = "Testimony public key, format 2"
TPUB_TITLE_1 = "Testimony public key, format 1"  # read (a researcher's key only), never written
RECIPIENT_CONTEXT = b"testimony-recipient-key-1\n"
MLKEM_PUBLIC = 1184
X25519_PUBLIC = 32
RECIPIENT_PUBLIC = MLKEM_PUBLIC + X25519_PUBLIC
ROLES = ("supervisor", "researcher", "hq")
MAX_TPUB = 8192
MAX_LABEL = 100


def key_fingerprint(signing: bytes, recipient: bytes | None) -> str:
    """SHA-256 over the encoded public keys: what the vault files a key file under (one
    person may have several, one per recipient key). Never shown: people compare the
    signing fingerprint."""
    return sha256_hex(b"testimony-public-key-1\n" + signing + (recipient or b""))


@dataclass(frozen=True)
class PublicKeyFile:
    label: str
    signing: bytes  # Ed25519, 32 bytes
    recipient: bytes | None  # ML-KEM-768 public key || X25519 public key
    recipient_signature: bytes | None = None  # by the signing key, over the recipient key

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.signing, self.recipient)

    @property
    def signing_fp(self) -> str:
        return fingerprint_of(self.signing)

    @property
    def display(self) -> str:
        """The person's fingerprint, as read aloud (the signing key's)."""
        return display_fingerprint(self.signing_fp)

    def to_text(self) -> str:
        lines = [TPUB_TITLE, f"label: {self.label}",
                 f"signing: {base64.b64encode(self.signing).decode()}"]
        if self.recipient:
            if self.recipient_signature is None:
                raise KeyNotUsable("key.recipient_unsigned")
            lines.append(f"recipient: {base64.b64encode(self.recipient).decode()}")
            lines.append("recipient-signature: "
                         f"{base64.b64encode(self.recipient_signature).decode()}")
        lines.append(f"fingerprint: {display_fingerprint(self.signing_fp, 16)}")
        return "\n".join(lines) + "\n"


def clean_label(label: str) -> str:
    text = " ".join("".join(c for c in str(label) if c.isprintable()).split())
    if len(text) > MAX_LABEL:
        raise KeyFileInvalid("key.label_long", limit=MAX_LABEL)
    return text


def parse_tpub(data: bytes) -> PublicKeyFile:
    """Read a .tpub file; anything unexpected is refused, never guessed at."""
    if len(data) > MAX_TPUB:
        raise KeyFileInvalid("key.too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KeyFileInvalid("key.not_utf8") from None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or lines[0] not in (TPUB_TITLE, TPUB_TITLE_1):
        raise KeyFileInvalid("key.not_a_key")
    first_format = lines[0] == TPUB_TITLE_1
    allowed = ("label", "signing", "recipient", "fingerprint") if first_format else \
        ("label", "signing", "recipient", "recipient-signature", "fingerprint")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if not sep or key not in allowed or key in fields:
            raise KeyFileInvalid("key.unexpected_line")
        fields[key] = value.strip()
    if "signing" not in fields or "fingerprint" not in fields:
        raise KeyFileInvalid("key.incomplete")
    signing = _b64(fields["signing"], 32)
    recipient = _b64(fields["recipient"], RECIPIENT_PUBLIC) if "recipient" in fields else None
    stated = fields["fingerprint"].replace(" ", "").lower()
    if first_format:
        # Format 1 bound a recipient key only through a second fingerprint that nobody
        # compared: such a key file is refused rather than trusted half-way.
        if recipient is not None:
            raise KeyFileInvalid("key.first_format")
        if stated != key_fingerprint(signing, None):
            raise KeyFileInvalid("key.fingerprint_mismatch")
        return PublicKeyFile(clean_label(fields.get("label", "")), signing, None)
    if stated != fingerprint_of(signing):
        raise KeyFileInvalid("key.fingerprint_mismatch")
    signature = None
    if recipient is not None:
        signature = _b64(fields.get("recipient-signature", ""), 64)
        if not _signed_by(signing, signature, RECIPIENT_CONTEXT + recipient):
            raise KeyFileInvalid("key.recipient_not_signed")
        recipient_public(recipient)  # refuses keys that are not valid points/encodings
    elif "recipient-signature" in fields:
        raise KeyFileInvalid("key.unexpected_line")
    return PublicKeyFile(clean_label(fields.get("label", "")), signing, recipient, signature)


def _signed_by(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def _b64(value: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileInvalid("key.bad_base64") from None
    if len(raw) != size:
        raise KeyFileInvalid("key.wrong_length")
    return raw


def recipient_public(raw: bytes) -> hpke.MLKEM768X25519PublicKey:
    try:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(raw[:MLKEM_PUBLIC]),
            x25519.X25519PublicKey.from_public_bytes(raw[MLKEM_PUBLIC:]),
        )
    except ValueError:
        raise KeyFileInvalid("key.invalid_recipient") from None


# -- this vault's keys ------------------------------------------------------------------


def recipient_private_keys(store) -> list[hpke.MLKEM768X25519PrivateKey]:
    """Every recipient key this vault holds (newest first): bundles may be sealed to any.
    `store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return [hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(seed),
        x25519.X25519PrivateKey.from_private_bytes(xpriv))
        for seed, xpriv in store.keys.recipient_secrets()]


def ensure_recipient_key(vault) -> bytes:
    """This vault's newest recipient public key, creating the key pair on first use."""
    newest = vault.keys.newest_recipient_public()
    if newest is not None:
        return newest
    mk, xk = mlkem.MLKEM768PrivateKey.generate(), x25519.X25519PrivateKey.generate()
    public = mk.public_key().public_bytes_raw() + xk.public_key().public_bytes_raw()
    fp = key_fingerprint(vault.identity.public_key, public)
    with vault.transaction() as tx:
        tx.keys.add_recipient_key(fp, mk.private_bytes_raw(), xk.private_bytes_raw(), public)
        tx.audit.append("key_create", None, {"recipient_key": fp})
    return public


def own_public_key(vault, *, receive: bool) -> PublicKeyFile:
    """This vault's .tpub; with `receive`, including (and if need be creating) its
    recipient key so others can seal bundles to it."""
    if receive:
        recipient = ensure_recipient_key(vault)
    else:
        recipient = vault.keys.newest_recipient_public()
    signature = vault.identity.sign(RECIPIENT_CONTEXT + recipient) if recipient else None
    return PublicKeyFile(clean_label(vault.researcher_name), vault.identity.public_key, recipient,
                         signature)


def own_fingerprints(store, identity_public: bytes) -> set[str]:
    return {key_fingerprint(identity_public, public)
            for public in store.keys.recipient_publics()}


# -- enrolled keys ----------------------------------------------------------------------


def enroll(vault, key: PublicKeyFile, role: str, label: str | None = None) -> EnrolledKey:
    if role not in ROLES:
        raise KeyNotUsable("key.role", roles=", ".join(ROLES))
    if role in ("supervisor", "hq") and key.recipient is None:
        raise KeyNotUsable("key.cannot_receive_role", role=role)
    if key.signing == vault.identity.public_key:
        raise KeyNotUsable("key.own_key")
    found = vault.keys.already_known(key.fingerprint, key.signing_fp)
    if found is not None:
        code = "key.already_revoked_key" if found.revoked_at else "key.already_enrolled"
        raise KeyNotUsable(code, fingerprint=found.display)
    label = clean_label(label if label is not None else key.label)
    with vault.transaction() as tx:
        tx.keys.enrol(key.fingerprint, role, label, key.signing_fp, key.signing, key.recipient)
        tx.audit.append("key_enrol", None, {"fingerprint": key.fingerprint, "role": role})
    return find_key(vault, key.signing_fp)


def list_keys(store, *, include_revoked: bool = True) -> list[EnrolledKey]:
    """`store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.keys.enrolled(include_revoked=include_revoked)


def find_key(store, prefix: str) -> EnrolledKey:
    """An enrolled key by the person's fingerprint (or a prefix of at least 8 digits, spaces
    allowed, as read out). Of one person's several key files, the newest unrevoked one."""
    clean = prefix.replace(" ", "").lower()
    if len(clean) < 8 or any(c not in "0123456789abcdef" for c in clean):
        raise KeyNotUsable("key.short_prefix")
    found = store.keys.matching(clean)
    if len({k.signing_fp for k in found}) != 1:
        raise KeyNotUsable("key.no_single_key", fingerprint=prefix)
    return found[-1]


def keys_for_signer(store, signing_fp: str) -> list[EnrolledKey]:
    return store.keys.of_signer(signing_fp)


def revoke(vault, prefix: str) -> EnrolledKey:
    key = find_key(vault, prefix)
    if key.revoked_at:
        raise KeyNotUsable("key.already_revoked", fingerprint=key.display)
    with vault.transaction() as tx:
        tx.keys.revoke(key.signing_fp)  # every key file of the person, not only the newest
        tx.audit.append("key_revoke", None, {"fingerprint": key.fingerprint})
    return find_key(vault, key.signing_fp)
