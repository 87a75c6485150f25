"""The vault's signing identity: an Ed25519 key pair created with the vault, kept inside it.

The private key never leaves the encrypted vault; the fingerprint (SHA-256 of the public
key) is what two people compare over the phone.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .canonical import sha256_hex


def fingerprint_of(public_key: bytes) -> str:
    return sha256_hex(public_key)


def display_fingerprint(fingerprint: str, groups: int = 8) -> str:
    """'3f2a 91c0 …': the first 128 bits in groups of four hex digits, for reading aloud."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, groups * 4, 4))


@dataclass(frozen=True)
class Identity:
    public_key: bytes
    _private: Ed25519PrivateKey

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    @property
    def display(self) -> str:
        return display_fingerprint(self.fingerprint)

    def sign(self, data: bytes) -> bytes:
        return self._private.sign(data)

    def verify(self, signature: bytes, data: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature

        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, data)
            return True
        except InvalidSignature:
            return False


def new_keypair() -> tuple[bytes, bytes]:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes_raw()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private, public


def load_identity(private: bytes, public: bytes) -> Identity:
    key = Ed25519PrivateKey.from_private_bytes(bytes(private))
    derived = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if derived != bytes(public):
        raise ValueError("the stored identity keys do not belong together")
    return Identity(bytes(public), key)
