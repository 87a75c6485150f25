"""Who wrote each revision a bundle brings: the trust rule of an import.

A revision new to this vault is accepted only when its authorship is proven on its own, or
vouched for by the hands it came through (docs/bundle-format.md, "Authorship"):

- signed: its signature over its hash verifies against the key of the author it names,
  and that author sent the bundle, or is already known here (this vault, an enrolled key
  not revoked, or a key recorded earlier through a relay), or the sender is a trusted
  relay (enrolled here as supervisor or hq, not revoked): the author's key then becomes
  known here, recorded as vouched for by that relay and bundle;
- unsigned (format-1 bundles, revisions written before signatures): only when its author
  sent the bundle ("signed by the bundle only") or a trusted relay did. A researcher can
  never bring an unsigned revision naming another author.

Whatever the signature, an author whose key this vault revoked is refused, and so is a
revision dated before its parent. Decides and raises only; writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..messages import Message
from ..vault import signatures
from ..vault.canonical import parse_time
from ..vault.identity import display_fingerprint
from .bundle_reader import RecordBlock
from .errors import BundleRejected

RELAY_ROLES = ("supervisor", "hq")
_FINGERPRINT = re.compile(r"[0-9a-f]{64}\Z")


@dataclass
class AuthorshipCheck:
    """One bundle's rule, with what this vault knows when it is read."""

    known: dict[str, signatures.AuthorKey]
    sender: str
    sender_key: bytes
    offered: dict[str, bytes]  # the manifest's author keys, each checked against its fp
    relay: bool  # the sender is a trusted relay
    sender_revoked: bool  # refused as a whole later (merge.check_sender); named here first
    vouched: dict[str, bytes] = field(default_factory=dict)  # author keys new to this vault

    @classmethod
    def of(cls, store, manifest: dict) -> AuthorshipCheck:
        """`store`: the vault, or the transaction the bundle is read in."""
        known = store.keys.authors()
        relay = store.keys.is_relay(manifest["sender"], RELAY_ROLES)
        revoked = store.keys.is_revoked(manifest["sender"]) and not relay
        return cls(known, manifest["sender"], manifest["sender_key"],
                   manifest.get("authors") or {}, relay, revoked)

    def block(self, block: RecordBlock, *, check_signatures: bool) -> list[tuple[str, bytes]]:
        """Every new revision of `block` checked; returns the (hash, signature) pairs to
        keep. `check_signatures=False` (the merge's second pass over the very bytes the
        preview checked) skips only the Ed25519 arithmetic, never the rule."""
        keep: list[tuple[str, bytes]] = []
        new = set(block.new_hashes)
        previous = None
        for digest, _, rec in block.revisions:
            if digest in new:
                where = Message("part.revision_of_record", number=rec.number, revision=digest[:12],
                                record=block.id)
                self._dated_after_parent(rec, previous, where)
                sig = block.offered.get(digest)
                self._accept(rec.author, digest, sig, where, check_signatures)
                if sig is not None:
                    keep.append((digest, sig))
            previous = rec
        return keep

    @staticmethod
    def _dated_after_parent(rec, parent, where: Message) -> None:
        at = parse_time(rec.created_at)
        if at is None:
            raise BundleRejected("bundle.invalid_time", where=where)
        if parent is not None:
            before = parse_time(parent.created_at)
            if before is not None and at < before:
                raise BundleRejected("bundle.dated_before_parent", where=where)

    def _accept(self, author: str, digest: str, sig: bytes | None, where: Message,
                check_signatures: bool) -> None:
        # Only a signing fingerprint can be an author: anything else could never be
        # checked, and would reach messages and terminals as the sender typed it.
        if not _FINGERPRINT.match(author):
            raise BundleRejected("bundle.author_invalid", where=where)
        named = display_fingerprint(author, 4)
        known = self.known.get(author)
        by_sender = author == self.sender
        # A revoked sender is refused as a whole (merge.check_sender), after its preview.
        if known is not None and not known.trusted and not by_sender:
            raise BundleRejected("bundle.author_revoked", where=where, author=named)
        if sig is None:
            if by_sender or self.relay:
                return
            raise BundleRejected("bundle.author_unsigned", where=where, author=named)
        key = known.public_key if known else self.sender_key if by_sender else \
            self.vouched.get(author) or self.offered.get(author)
        if key is None:
            raise BundleRejected("bundle.author_key_missing", where=where, author=named)
        if check_signatures and not signatures.verifies(key, digest, sig):
            raise BundleRejected("bundle.author_signature", where=where, author=named)
        if by_sender or known is not None:
            return
        if not self.relay:
            code = "bundle.author_unknown_revoked_sender" if self.sender_revoked else \
                "bundle.author_unknown_no_relay"
            raise BundleRejected(code, where=where, author=named)
        self.vouched[author] = key
