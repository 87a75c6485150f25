"""Keys for hand-ins: this vault's public key (shown, saved as a .tpub), and the keys of
others enrolled (after their fingerprint was compared aloud), listed and revoked.

Writes nothing but the vault and the .tpub file the user names (never over a file).
"""

from __future__ import annotations

from pathlib import Path

from ..exchange import ExchangeError, KeyNotUsable
from ..exchange import keys as k
from ..output_file import write_new
from ..vault import Vault

ROLES = k.ROLES
EnrolledKey = k.EnrolledKey
PublicKeyFile = k.PublicKeyFile


def own_key(vault: Vault, *, receive: bool) -> PublicKeyFile:
    """This vault's public key; with `receive`, with a key to receive bundles (made the
    first time it is asked for)."""
    return k.own_public_key(vault, receive=receive)


def save_public_key(vault: Vault, path: str | Path, *, receive: bool) -> PublicKeyFile:
    """This vault's public key written to `path`, a new file."""
    path = Path(path)
    if path.exists():
        raise ExchangeError("seal.file_exists", path=path)
    tpub = own_key(vault, receive=receive)
    write_new(path, tpub.to_text().encode("utf-8"))
    return tpub


def read_key_file(path: str | Path) -> PublicKeyFile:
    """A .tpub file, checked (refused with one sentence if it is not one)."""
    path = Path(path)
    if not path.is_file():
        raise ExchangeError("bundle.not_a_file", path=path)
    with open(path, "rb") as fh:
        return k.parse_tpub(fh.read(k.MAX_TPUB + 1))


def enrol_key(vault: Vault, key: PublicKeyFile, role: str,
              label: str | None = None) -> EnrolledKey:
    """Enrol a key whose fingerprint the user compared with its owner."""
    return k.enroll(vault, key, role, label)


def list_keys(vault: Vault, *, include_revoked: bool = True) -> list[EnrolledKey]:
    return k.list_keys(vault, include_revoked=include_revoked)


def receiving_keys(vault: Vault) -> list[EnrolledKey]:
    """The enrolled, unrevoked keys a bundle can be sealed to."""
    return [key for key in list_keys(vault, include_revoked=False)
            if key.recipient_key is not None]


def revoke_key(vault: Vault, fingerprint: str) -> EnrolledKey:
    return k.revoke(vault, fingerprint)


def find_recipient(vault: Vault, target: str) -> EnrolledKey:
    """An enrolled key named by its .tpub file or its fingerprint (or a prefix of it)."""
    path = Path(target)
    if path.is_file():
        fp = read_key_file(target).fingerprint
        try:
            return k.find_key(vault, fp)
        except KeyNotUsable:
            raise KeyNotUsable("key.not_enrolled", target=target,
                               command="'testimony keys enrol'") from None
    return k.find_key(vault, target)
