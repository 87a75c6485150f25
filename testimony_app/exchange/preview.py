"""The preview of a bundle before anything changes: who sent it (enrolled, unknown,
revoked), whether it was imported before, sequence gaps, and for each record whether it
is new, already present, updated (fast-forward) or in conflict, with possible duplicate
witnesses.

Runs every check of the bundle (the same `scan` the merge runs) and writes nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..form import get_form
from ..messages import Message
from ..vault.identity import display_fingerprint
from ..vault.records import witness_title
from . import duplicates
from .authorship import AuthorshipCheck
from .bundle_reader import HashingReader, RecordBlock, open_bundle, scan
from .errors import BundleAlarm, BundleRejected
from .keys import keys_for_signer, own_fingerprints, recipient_private_keys
from .progress import Meter, Progress

OUTCOMES = ("new", "present", "updated", "conflict")


@dataclass
class RecordPreview:
    id: str
    code: str
    title: str
    outcome: str
    new_revisions: int
    attachments: int = 0
    duplicates: list = field(default_factory=list)
    # Other records (ids) that already carry this record's code in the vault or the bundle:
    # two researchers with one prefix; every command that takes the code then refuses it.
    code_clashes: list = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "code": self.code, "title": self.title, "outcome": self.outcome,
                "new_revisions": self.new_revisions, "attachments": self.attachments,
                "possible_duplicates": [c.to_json() for c in self.duplicates],
                "code_clashes": self.code_clashes}


@dataclass
class Preview:
    path: Path
    sha256: str
    size: int
    bundle_id: str
    sender: str
    sender_name: str
    sender_status: str  # enrolled | unknown | revoked
    sender_label: str
    sequence: int
    created_at: str
    already_imported: str | None  # when, if this very bundle was imported before
    warnings: list[Message]  # English as str(); codes for an interface
    records: list[RecordPreview]
    manifest_raw: bytes = b""
    signature: bytes = b""
    sender_key: bytes = b""
    # What `warnings` says of the sender's sequence, as data (for an interface to word):
    repeated_sequence: bool = False  # another bundle of this sender had this number
    missing_sequences: list[int] = field(default_factory=list)  # earlier numbers never seen

    @property
    def sender_display(self) -> str:
        return display_fingerprint(self.sender)

    def counts(self) -> dict[str, int]:
        return {o: sum(r.outcome == o for r in self.records) for o in OUTCOMES}

    def to_json(self) -> dict:
        return {
            "file": str(self.path), "sha256": self.sha256, "size": self.size,
            "bundle_id": self.bundle_id, "sender": self.sender,
            "sender_display": self.sender_display, "sender_name": self.sender_name,
            "sender_status": self.sender_status, "sender_label": self.sender_label,
            "sequence": self.sequence, "created_at": self.created_at,
            "already_imported": self.already_imported, "warnings": [str(w) for w in self.warnings],
            "counts": self.counts(), "records": [r.to_json() for r in self.records],
        }


class _Looker:
    """The preview's scan handler: notes each record, reads attachments without keeping
    them."""

    def __init__(self):
        self.records: list[RecordPreview] = []
        self.new_witnesses: list[duplicates.Witness] = []

    def record(self, block: RecordBlock) -> None:
        head = block.head
        form = get_form(head.form_id, head.form_version)
        self.records.append(RecordPreview(
            block.id, form.value(head.answers, "record_code") or "",
            witness_title(head.answers, form), block.outcome, len(block.new_hashes)))
        if block.outcome == "new":
            self.new_witnesses.append(duplicates.witness_of(block.id, head.answers, form))

    def attachment(self, entry: dict, pieces, *, exists: bool) -> None:
        for _ in pieces:
            pass
        self.records[-1].attachments += 1

    def audit(self, block: RecordBlock, events: list[dict]) -> None:
        pass


def open_and_scan(vault, path: Path, handler, *, check_forms: bool = True,
                  progress: Progress | None = None, store=None):
    """Open the file, check the bundle is addressed to this vault and not its own, scan it
    with `handler` (the authorship rule included); returns (opened, sha256, size, the
    `AuthorshipCheck` with the author keys it vouched for). `progress` hears the bytes
    read. `store`: the transaction the scan reads in (the merge's), else the vault."""
    store = vault if store is None else store
    with open(path, "rb") as raw:
        fh = HashingReader(raw, Meter(progress, os.fstat(raw.fileno()).st_size))
        opened = open_bundle(fh, recipient_private_keys(store))
        m = opened.manifest
        if not own_fingerprints(store, vault.identity.public_key) & set(m["recipients"]):
            raise BundleRejected("bundle.not_for_this_vault")
        if m["sender"] == vault.identity.fingerprint:
            raise BundleRejected("bundle.own_bundle")
        check = AuthorshipCheck.of(store, m)
        scan(store, opened, handler, check_forms=check_forms, authorship=check)
        return opened, fh.digest.hexdigest(), fh.size, check


def preview_bundle(vault, path: str | Path, *, progress: Progress | None = None) -> Preview:
    path = Path(path)
    looker = _Looker()
    opened, sha, size, _ = open_and_scan(vault, path, looker, progress=progress)
    m = opened.manifest
    before = vault.imports.previous(m["bundle_id"])
    if before and before[0] != sha:
        raise BundleAlarm("bundle.forged")
    status, label = sender_standing(vault, m["sender"])
    repeated, missing = (False, []) if before else \
        _sequence_gaps(vault, m["sender"], m["sequence"])
    warnings = _sequence_warnings(m["sequence"], repeated, missing)
    if status == "unknown":
        warnings.append(Message("preview.sender_unknown",
                                fingerprint=display_fingerprint(m["sender"])))
    _find_code_clashes(vault, looker.records)
    for rec in looker.records:
        if rec.code_clashes:
            warnings.append(Message("preview.code_clash", code=rec.code,
                                    ids=", ".join(c[:8] for c in rec.code_clashes)))
    if looker.new_witnesses:
        found = duplicates.find(looker.new_witnesses, duplicates.local_witnesses(vault),
                                duplicates.decided_pairs(vault))
        for rec in looker.records:
            rec.duplicates = found.get(rec.id, [])
    return Preview(path, sha, size, m["bundle_id"], m["sender"], m["sender_name"], status,
                   label, m["sequence"], m["created_at"], before[1] if before else None,
                   warnings, looker.records, opened.manifest_raw, opened.signature,
                   m["sender_key"], repeated, missing)


def _find_code_clashes(store, records: list[RecordPreview]) -> None:
    by_code: dict[str, list[str]] = {}
    for rec in records:
        if rec.code:
            by_code.setdefault(rec.code, []).append(rec.id)
    for rec in records:
        if not rec.code:
            continue
        rec.code_clashes = store.records.using_code(rec.code, other_than=rec.id) + \
            [i for i in by_code[rec.code] if i != rec.id]


def sender_standing(store, sender: str) -> tuple[str, str]:
    """("enrolled" | "unknown" | "revoked", the label this vault gave them) as it stands now."""
    keys = keys_for_signer(store, sender)
    if not keys:
        return "unknown", ""
    live = [k for k in keys if not k.revoked_at]
    if live:
        return "enrolled", live[0].label
    return "revoked", keys[0].label


def _sequence_gaps(store, sender: str, sequence: int) -> tuple[bool, list[int]]:
    """Whether the sender's earlier bundles already used `sequence`, and which earlier
    numbers never arrived."""
    seen = store.imports.sequences_from(sender)
    missing = sorted(set(range(1, sequence)) - seen) if sequence > max(seen, default=0) + 1 \
        else []
    return sequence in seen, missing


def _sequence_warnings(sequence: int, repeated: bool, missing: list[int]) -> list[Message]:
    warnings = []
    if repeated:
        warnings.append(Message("preview.repeated_sequence", sequence=sequence))
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
        warnings.append(Message("preview.missing_sequence", sequences=shown))
    return warnings
