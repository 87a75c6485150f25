"""Importing a bundle: preview (every check, no writes), then the sender policy, then the
whole bundle in one transaction.

Merge rules: nothing is ever overwritten. A record new to the vault is added with its whole
history; a longer history of a record we hold fast-forwards its head; a diverged history
is kept beside ours (our head stays, the conflict is flagged for review). Every imported
revision keeps its provenance (bundle id, sender, time). The same bundle again is a no-op.
The transaction re-runs every check while it writes and rolls back at the first failure,
so the vault has all of a bundle or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..vault import imported
from ..vault.canonical import utc_now as now
from .bundle_reader import RecordBlock
from .errors import BundleRejected, KeyNotUsable
from .keys import EnrolledKey, PublicKeyFile, clean_label, enroll
from .preview import Preview, open_and_scan, preview_bundle, sender_standing
from .progress import Progress, part_of


@dataclass(frozen=True)
class ImportResult:
    preview: Preview
    applied: bool  # False: the same bundle was imported before, nothing changed
    counts: dict


class _Writer:
    """The merge's scan handler: writes each verified piece inside the open transaction.

    Rows are batched (executemany) and flushed parents first: records, revisions, their
    provenance, the sender's audit events and our own `import` events; pending records
    also before an attachment (which names its record), and everything at the end. Each
    record is one block of the manifest, so a record's outcome never depends on rows
    still waiting in a batch."""

    BATCH = 1000  # revisions per flush

    def __init__(self, tx, bundle_id: str, sender: str, at: str):
        self.tx, self.bundle, self.sender, self.at = tx, bundle_id, sender, at
        self.counts = {"new": 0, "present": 0, "updated": 0, "conflict": 0,
                       "revisions": 0, "attachments": 0}
        self._records: list[tuple] = []
        self._revisions: list[tuple] = []
        self._provenance: list[tuple] = []
        self._signatures: list[tuple[str, bytes]] = []
        self._events: list[tuple[str, dict]] = []
        self._imports: list[tuple[str, dict]] = []  # our own audit chain's import events
        self._rowid = tx.records.last_rowid()

    def record(self, block: RecordBlock) -> None:
        head = block.head
        self.counts[block.outcome] += 1
        if block.outcome == "new":
            self._rowid += 1
            row, text = imported.record_row(self._rowid, head,
                                            block.revisions[0][2].created_at, self.at)
            self._records.append(row)
            self.tx.records.index_at_commit(self._rowid, text)
        new = set(block.new_hashes)
        for digest, body, rec in block.revisions:
            if digest in new:
                self._revisions.append(imported.revision_row(digest, body, rec))
                self._provenance.append((digest, self.bundle, self.sender, self.at))
        self._signatures.extend(block.signatures)
        self.counts["revisions"] += len(new)
        if block.outcome == "updated":
            self.tx.records.move_head(head, self.at)
        elif block.outcome == "conflict":
            flag_conflict(self.tx, block, self.bundle, self.at)
        if block.outcome != "present":
            self._imports.append((block.id, {"bundle": self.bundle, "outcome": block.outcome,
                                             "head": head.revision}))
        if len(self._revisions) >= self.BATCH:
            self.flush()

    def attachment(self, entry: dict, pieces, *, exists: bool) -> None:
        if exists:
            for _ in pieces:  # still read through, so its hash is checked
                pass
            return
        self._flush_records()  # its record's row first
        self.tx.attachments.add_foreign(
            att_id=entry["id"], record_id=entry["record"], name=entry["name"],
            media_type=entry["media_type"], created_at=entry["created_at"],
            size=entry["size"], sha256=entry["sha256"], pieces=pieces)
        self.counts["attachments"] += 1

    def audit(self, block: RecordBlock, events: list[dict]) -> None:
        self._events.extend((block.id, e) for e in events)
        if len(self._events) >= 5 * self.BATCH:
            self.flush()

    def _flush_records(self) -> None:
        if self._records:
            self.tx.records.add_foreign(self._records)
            self._records = []

    def flush(self) -> None:
        tx = self.tx
        self._flush_records()
        if self._revisions:
            tx.records.add_foreign_revisions(self._revisions, self._signatures)
            tx.imports.keep_provenance(self._provenance)
        if self._events:
            tx.audit.keep_foreign(self.bundle, self._events)
        if self._imports:
            tx.audit.append_many("import", self._imports)
        self._revisions, self._provenance, self._events, self._imports = [], [], [], []
        self._signatures = []


def flag_conflict(tx, block: RecordBlock, bundle_id: str, at: str) -> None:
    """One open conflict per diverged branch: a later bundle that carries the same branch
    further replaces that branch's flag instead of adding another."""
    tx.conflicts.flag(block.id, block.local_head, block.head.revision,
                      [h for h, _, _ in block.revisions], bundle_id, at)


def check_sender(vault, preview: Preview) -> None:
    """The sender as enrolled now (not when the preview was made: a key revoked since is
    refused): revoked and unknown senders are refused. Enrolling an unknown sender is an act
    of its own (`enrol_sender`), never a side effect of importing."""
    status, _ = sender_standing(vault, preview.sender)
    if status == "revoked":
        raise BundleRejected("bundle.sender_revoked", sender=preview.sender_display)
    if status == "unknown":
        raise BundleRejected("bundle.sender_unknown", sender=preview.sender_display)


def enrol_sender(vault, preview: Preview, compared: str, *,
                 label: str | None = None) -> EnrolledKey:
    """Enrol the unknown sender of a previewed bundle as a researcher, after the supervisor
    compared `compared` (at least 16 hex digits of the fingerprint, as read aloud) with
    them. Its own act, audited like any enrolment; nothing is imported by it."""
    status, _ = sender_standing(vault, preview.sender)
    if status != "unknown":
        raise KeyNotUsable("key.sender_revoked" if status == "revoked" else
                           "key.sender_enrolled", sender=preview.sender_display)
    wanted = compared.replace(" ", "").lower()
    if len(wanted) < 16 or not preview.sender.startswith(wanted):
        raise KeyNotUsable("key.compared_mismatch", compared=compared,
                           sender=preview.sender_display)
    key = PublicKeyFile(clean_label(preview.sender_name[:100]), preview.sender_key, None)
    return enroll(vault, key, "researcher", label)


def import_bundle(vault, path: str | Path, *, preview: Preview | None = None,
                  progress: Progress | None = None) -> ImportResult:
    """`progress` hears (bytes done, total) of the file's reading; without a `preview`
    the file is read twice (preview, then merge) and the bar covers both passes."""
    path = Path(path)
    if preview is None:
        preview = preview_bundle(vault, path, progress=part_of(progress, 0, 2))
        progress = part_of(progress, 1, 2)
    check_sender(vault, preview)
    if preview.already_imported:
        return ImportResult(preview, False, {})
    at = now()
    with vault.transaction() as tx:
        writer = _Writer(tx, preview.bundle_id, preview.sender, at)
        opened, sha, _, authorship = open_and_scan(vault, path, writer, check_forms=False,
                                                   progress=progress, store=tx)
        writer.flush()
        tx.keys.vouched([(fp, key, preview.sender, preview.bundle_id, at)
                         for fp, key in authorship.vouched.items()])
        if sha != preview.sha256 or opened.manifest["bundle_id"] != preview.bundle_id:
            raise BundleRejected("bundle.changed_since_preview")
        tx.imports.remember_bundle(preview.bundle_id, preview.sender, preview.sequence, sha,
                                   opened.manifest_raw, opened.signature, at)
        tx.audit.append("import", None, {
            "bundle": preview.bundle_id, "sender": preview.sender,
            "sequence": preview.sequence, "sha256": sha, **writer.counts})
    return ImportResult(preview, True, writer.counts)
