"""Revision signatures: each revision's author signs its hash with their Ed25519 identity
key, so who wrote it can be checked in any vault it reaches, whoever carried it there.

The signature is over `"testimony-revision-1\\n" || hash (64 hex digits)` and is kept
beside the revision (`revision_signatures`), never inside the hashed body: revisions
written before signatures keep their hashes and simply have none. An author's key is
found by its fingerprint (SHA-256 of the 32-byte public key, what `author` holds): this
vault's own, an enrolled key, or one recorded as vouched for by a relay (`author_keys`).

Reads and writes only the vault's own tables; decides no trust rule (the exchange does).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..messages import Message
from .identity import fingerprint_of

CONTEXT = b"testimony-revision-1\n"
SIZE = 64


def statement(digest: str) -> bytes:
    return CONTEXT + digest.encode("ascii")


def sign(identity, digest: str) -> bytes:
    return identity.sign(statement(digest))


def verifies(public_key: bytes, digest: str, signature: bytes) -> bool:
    if len(signature) != SIZE or len(public_key) != 32:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, statement(digest))
        return True
    except (InvalidSignature, ValueError):
        return False


@dataclass(frozen=True)
class AuthorKey:
    fingerprint: str
    public_key: bytes
    how: str  # this vault | enrolled <role> | revoked <role> | vouched
    vouched_by: str | None = None  # the relay's signing fingerprint, for `vouched`
    bundle_id: str | None = None

    @property
    def trusted(self) -> bool:
        """Whether new revisions by this author are accepted without a relay's word."""
        return not self.how.startswith("revoked")


def author_keys(conn, own_public_key: bytes) -> dict[str, AuthorKey]:
    """Every author key this vault knows, by fingerprint. An enrolled key that is live
    wins over a revoked one of the same signer; a recorded key never overrides either."""
    own = fingerprint_of(own_public_key)
    found: dict[str, AuthorKey] = {}
    for fp, key, vouched_by, bundle_id in conn.execute(
            "SELECT fingerprint, public_key, vouched_by, bundle_id FROM author_keys"):
        found[fp] = AuthorKey(fp, bytes(key), "vouched", vouched_by, bundle_id)
    for fp, key, role, revoked in conn.execute(
            "SELECT signing_fp, signing_key, role, revoked_at FROM enrolled_keys"
            " ORDER BY revoked_at IS NULL"):  # live rows last: they win
        found[fp] = AuthorKey(fp, bytes(key), f"{'revoked' if revoked else 'enrolled'} {role}")
    found[own] = AuthorKey(own, own_public_key, "this vault")
    return found


def record_vouched(conn, keys: list[tuple[str, bytes, str, str, str]]) -> None:
    """(fingerprint, public key, relay, bundle id, time): keys learnt through a relay."""
    conn.executemany("INSERT OR IGNORE INTO author_keys (fingerprint, public_key, vouched_by,"
                     " bundle_id, recorded_at) VALUES (?, ?, ?, ?, ?)", keys)


def insert(conn, rows: list[tuple[str, bytes]]) -> None:
    """(revision hash, signature); a revision already signed keeps its signature."""
    conn.executemany("INSERT OR IGNORE INTO revision_signatures (hash, signature)"
                     " VALUES (?, ?)", rows)


def of_revisions(conn, hashes: list[str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for at in range(0, len(hashes), 500):
        part = hashes[at:at + 500]
        out.update((h, bytes(s)) for h, s in conn.execute(
            f"SELECT hash, signature FROM revision_signatures WHERE hash IN"
            f" ({','.join('?' * len(part))})", part))
    return out


def problems(conn, own_public_key: bytes) -> tuple[list[Message], int]:
    """Every stored signature checked against its author's key: (problems, count of
    revisions without a signature). An unsigned revision is not a problem in itself."""
    keys = author_keys(conn, own_public_key)
    out: list[Message] = []
    unsigned = 0
    for digest, author, signature in conn.execute(
            "SELECT v.hash, v.author, s.signature FROM revisions v"
            " LEFT JOIN revision_signatures s ON s.hash = v.hash"):
        if signature is None:
            unsigned += 1
            continue
        key = keys.get(author)
        if key is None:
            out.append(Message("verify.unknown_author", revision=digest[:12],
                               author=author[:16]))
        elif not verifies(key.public_key, digest, bytes(signature)):
            out.append(Message("verify.bad_signature", revision=digest[:12]))
    return out, unsigned


# How a revision's authorship is known, as `history` shows it.
SIGNED = "signed"  # its author's signature verifies
BAD = "signature does not verify"  # or its author's key is unknown: `verify` reports it
BUNDLE_ONLY = "signed by the bundle only"  # unsigned, but its author sent the bundle
RELAYED = "unsigned, passed on by a relay"  # unsigned, a trusted relay's bundle carried it
UNSIGNED = "unsigned"  # written in this vault before revisions were signed


@dataclass(frozen=True)
class Authorship:
    state: str
    bundle_id: str | None  # the bundle it arrived in; None: written here
    carried_by: str | None  # that bundle's sender (signing fingerprint)


def authorship(conn, own_public_key: bytes, rows: list[tuple[str, str]]
               ) -> dict[str, Authorship]:
    """(revision hash, author) -> how its authorship is known and how it arrived."""
    hashes = [h for h, _ in rows]
    sigs = of_revisions(conn, hashes)
    arrived: dict[str, tuple[str, str]] = {}
    for at in range(0, len(hashes), 500):
        part = hashes[at:at + 500]
        arrived.update((h, (b, s)) for h, b, s in conn.execute(
            f"SELECT revision, bundle_id, sender FROM revision_provenance WHERE revision IN"
            f" ({','.join('?' * len(part))})", part))
    keys = author_keys(conn, own_public_key) if sigs else {}
    out = {}
    for digest, author in rows:
        bundle, sender = arrived.get(digest, (None, None))
        if digest in sigs:
            key = keys.get(author)
            state = SIGNED if key and verifies(key.public_key, digest, sigs[digest]) else BAD
        elif bundle is None:
            state = UNSIGNED
        else:
            state = BUNDLE_ONLY if sender == author else RELAYED
        out[digest] = Authorship(state, bundle, sender)
    return out
