"""The keys repository: this vault's recipient keys (to open bundles sealed to it), the
keys enrolled here (people this vault exchanges with, each with a role, revocable) and
the author keys learnt through a relay."""

from __future__ import annotations

from dataclasses import dataclass

from .. import signatures
from ..canonical import utc_now as now
from ..identity import display_fingerprint
from .base import Repository


@dataclass(frozen=True)
class EnrolledKey:
    fingerprint: str
    role: str
    label: str
    signing_fp: str
    signing_key: bytes
    recipient_key: bytes | None
    enrolled_at: str
    revoked_at: str | None

    @property
    def display(self) -> str:
        """The person's fingerprint, as read aloud (the signing key's)."""
        return display_fingerprint(self.signing_fp)

    def to_json(self) -> dict:
        return {"fingerprint": self.signing_fp, "display": self.display, "role": self.role,
                "label": self.label, "key_file": self.fingerprint,
                "can_receive": self.recipient_key is not None,
                "enrolled_at": self.enrolled_at, "revoked_at": self.revoked_at}


_COLUMNS = ("fingerprint, role, label, signing_fp, signing_key, recipient_key, enrolled_at,"
            " revoked_at")


def _row(r) -> EnrolledKey:
    return EnrolledKey(r[0], r[1], r[2], r[3], bytes(r[4]),
                       bytes(r[5]) if r[5] is not None else None, r[6], r[7])


class KeysRepository(Repository):
    # -- this vault's recipient keys -----------------------------------------------------

    def recipient_secrets(self) -> list[tuple[bytes, bytes]]:
        """(ML-KEM seed, X25519 private key) of every recipient key, newest first."""
        rows = self._db.execute("SELECT mlkem_seed, x25519_private FROM recipient_keys"
                                " ORDER BY created_at DESC").fetchall()
        return [(bytes(seed), bytes(xpriv)) for seed, xpriv in rows]

    def newest_recipient_public(self) -> bytes | None:
        row = self._db.execute("SELECT public_key FROM recipient_keys"
                               " ORDER BY created_at DESC LIMIT 1").fetchone()
        return bytes(row[0]) if row else None

    def recipient_publics(self) -> list[bytes]:
        return [bytes(r[0]) for r in
                self._db.execute("SELECT public_key FROM recipient_keys").fetchall()]

    def add_recipient_key(self, fingerprint: str, mlkem_seed: bytes, x25519_private: bytes,
                          public_key: bytes) -> None:
        self._tx.execute("INSERT INTO recipient_keys (fingerprint, mlkem_seed, x25519_private,"
                         " public_key, created_at) VALUES (?, ?, ?, ?, ?)",
                         (fingerprint, mlkem_seed, x25519_private, public_key, now()))

    # -- enrolled keys -------------------------------------------------------------------

    def enrolled(self, *, include_revoked: bool = True) -> list[EnrolledKey]:
        where = "" if include_revoked else " WHERE revoked_at IS NULL"
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM enrolled_keys{where}"
                                " ORDER BY role, enrolled_at").fetchall()
        return [_row(r) for r in rows]

    def matching(self, prefix: str) -> list[EnrolledKey]:
        """Key files whose signing or file fingerprint starts with `prefix` (hex digits
        only, checked by the caller), revoked ones first, then oldest first."""
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM enrolled_keys WHERE signing_fp LIKE ?"
                                " OR fingerprint LIKE ? ORDER BY revoked_at IS NULL, enrolled_at",
                                (prefix + "%", prefix + "%")).fetchall()
        return [_row(r) for r in rows]

    def of_signer(self, signing_fp: str) -> list[EnrolledKey]:
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM enrolled_keys WHERE signing_fp = ?",
                                (signing_fp,)).fetchall()
        return [_row(r) for r in rows]

    def already_known(self, fingerprint: str, signing_fp: str) -> EnrolledKey | None:
        """This very key file enrolled, or its person revoked."""
        row = self._db.execute(f"SELECT {_COLUMNS} FROM enrolled_keys WHERE fingerprint = ?"
                               " OR (signing_fp = ? AND revoked_at IS NOT NULL)",
                               (fingerprint, signing_fp)).fetchone()
        return _row(row) if row else None

    def is_relay(self, signing_fp: str, roles: tuple[str, ...]) -> bool:
        """Enrolled, not revoked, in one of `roles`."""
        return self._db.execute(
            "SELECT 1 FROM enrolled_keys WHERE signing_fp = ? AND revoked_at IS NULL AND"
            f" role IN ({','.join('?' * len(roles))})", (signing_fp, *roles)
        ).fetchone() is not None

    def is_revoked(self, signing_fp: str) -> bool:
        """Some key file of this person was revoked."""
        return self._db.execute(
            "SELECT 1 FROM enrolled_keys WHERE signing_fp = ? AND revoked_at IS NOT NULL",
            (signing_fp,)).fetchone() is not None

    def enrol(self, fingerprint: str, role: str, label: str, signing_fp: str,
              signing_key: bytes, recipient_key: bytes | None) -> None:
        self._tx.execute(
            f"INSERT INTO enrolled_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
            (fingerprint, role, label, signing_fp, signing_key, recipient_key, now()))

    def revoke(self, signing_fp: str) -> None:
        """The person is revoked: every key file of theirs, not only the newest."""
        self._tx.execute("UPDATE enrolled_keys SET revoked_at = ? WHERE signing_fp = ?"
                         " AND revoked_at IS NULL", (now(), signing_fp))

    # -- authors -------------------------------------------------------------------------

    def authors(self) -> dict[str, signatures.AuthorKey]:
        """Every author key this vault knows, by fingerprint (see `signatures.author_keys`)."""
        return signatures.author_keys(self._db, self._vault.identity.public_key)

    def vouched(self, keys: list[tuple[str, bytes, str, str, str]]) -> None:
        """(fingerprint, public key, relay, bundle id, time): keys learnt through a relay."""
        signatures.record_vouched(self._tx, keys)
