"""Reading a bundle: decrypt and authenticate it, check the signed manifest, then walk its
entries record by record, checking every hash, every revision against its form and
history, and every audit event's own hash.

`scan` does all the checks and hands each verified piece to a handler: the preview's
handler only looks, the merge's handler writes inside one transaction. Both passes run
the same checks, so a file changed between preview and apply is refused too. Nothing here
writes anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..form import UnknownForm, get_form
from ..vault.audit import entry_hash
from ..vault.canonical import canonical_json
from ..vault.errors import ValidationFailed
from ..vault.records import Record, check_answers, clean_marks, record_from_doc
from . import manifest as mf
from .bundle_format import Header, PlaintextReader, decrypt_chunks, read_header
from .errors import BundleRejected
from .progress import Meter

_BODY_KEYS = {"record", "parent", "number", "form", "status", "reason", "author",
              "author_name", "created_at", "answers", "marks"}
_EVENT_KEYS = {"seq", "at", "actor", "action", "subject", "detail", "prev", "hash"}


class HashingReader:
    """A file read through once, hashed as it goes: the bundle's SHA-256 for free."""

    def __init__(self, fh: BinaryIO, meter: Meter | None = None):
        self.fh, self.digest, self.size, self.meter = fh, hashlib.sha256(), 0, meter

    def read(self, n: int) -> bytes:
        data = self.fh.read(n)
        self.digest.update(data)
        self.size += len(data)
        if self.meter is not None:
            self.meter.add(len(data))
        return data


@dataclass
class Opened:
    header: Header
    manifest: dict
    manifest_raw: bytes
    signature: bytes
    reader: PlaintextReader


def open_bundle(fh, keys) -> Opened:
    header = read_header(fh, keys)
    reader = PlaintextReader(decrypt_chunks(fh, header.payload_key))
    (length,) = mf.LENGTH.unpack(reader.read(mf.LENGTH.size))
    if length > mf.MAX_MANIFEST:
        raise BundleRejected("bundle.manifest_large")
    raw = reader.read(length)
    signature = reader.read(mf.SIGNATURE_SIZE)
    manifest = mf.parse(raw)
    if not mf.verify_signature(raw, signature, manifest["sender_key"]):
        raise BundleRejected("bundle.bad_signature")
    if manifest["header_sha256"] != header.sha256:
        raise BundleRejected("bundle.foreign_header")
    return Opened(header, manifest, raw, signature, reader)


@dataclass
class RecordBlock:
    """One record's verified history from the bundle, and how it meets the vault's."""

    id: str
    revisions: list[tuple[str, bytes, Record]] = field(default_factory=list)
    outcome: str = ""  # new | present | updated | conflict
    local_head: str | None = None
    new_hashes: list[str] = field(default_factory=list)
    offered: dict[str, bytes | None] = field(default_factory=dict)  # hash -> its signature
    signatures: list[tuple[str, bytes]] = field(default_factory=list)  # accepted, to keep

    @property
    def head(self) -> Record:
        return self.revisions[-1][2]


def scan(store, opened: Opened, handler, *, check_forms: bool = True, authorship=None) -> None:
    """Check every entry in manifest order and pass it to `handler` (record, attachment,
    audit). Raises BundleRejected at the first problem. `authorship` (an
    `authorship.AuthorshipCheck`) rules on who wrote each new revision.

    `check_forms=False` skips only the canonical-form and questionnaire checks of the
    revisions and the re-hashing of the sender's audit events: the merge's second pass
    does, because the preview checked these very bytes, and the merge refuses (rolling
    back) unless the file's SHA-256 is the one previewed."""
    reader, block = opened.reader, None
    for e in opened.manifest["entries"]:
        if e["kind"] == "revision":
            if block is None or block.id != e["record"]:
                block = RecordBlock(e["record"])
            # A revision this vault already holds has these very bytes (it is named by
            # their SHA-256) and passed the form when it was stored: not checked again.
            known = check_forms and store.records.has_revision(e["id"])
            block.revisions.append(_revision(reader, e, block, check_forms and not known))
            block.offered[e["id"]] = e.get("signature")
            continue
        assert block is not None  # a record's entries open with a revision (manifest.py)
        if block.outcome == "":
            _classify(store, block)
            if authorship is not None:
                block.signatures = authorship.block(block, check_signatures=check_forms)
            handler.record(block)
        if e["kind"] == "attachment":
            _attachment(store, reader, e, handler)
        else:
            handler.audit(block, _audit_events(_read_text(reader, e), block.id, check_forms))
    for piece in reader.iter_read(opened.manifest["padding"]):
        if piece.count(0) != len(piece):
            raise BundleRejected("bundle.padding_not_zero")
    reader.expect_end()


def _read_text(reader: PlaintextReader, e: dict) -> bytes:
    data = reader.read(e["size"])
    if hashlib.sha256(data).hexdigest() != e["sha256"]:
        raise BundleRejected("bundle.entry_hash", kind=e["kind"], record=e["record"])
    return data


def _revision(reader: PlaintextReader, e: dict, block: RecordBlock, check_forms: bool):
    body = _read_text(reader, e)
    where = block.id
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        raise BundleRejected("bundle.revision_not_json", record=where) from None
    if not isinstance(doc, dict) or set(doc) != _BODY_KEYS or \
            (check_forms and canonical_json(doc) != body):
        raise BundleRejected("bundle.revision_not_canonical", record=where)
    if doc["record"] != block.id:
        raise BundleRejected("bundle.revision_other_record", record=where)
    number, parent = doc["number"], doc["parent"]
    prev = block.revisions[-1] if block.revisions else None
    expected = (prev[2].number + 1, prev[0]) if prev else (1, None)
    if type(number) is not int or (number, parent) != expected:
        raise BundleRejected("bundle.history_broken", record=where)
    if not (isinstance(doc["form"], list) and len(doc["form"]) == 2
            and isinstance(doc["form"][0], str) and isinstance(doc["form"][1], int)):
        raise BundleRejected("bundle.revision_no_form", record=where)
    for key in ("author", "author_name", "created_at"):
        if not isinstance(doc[key], str) or len(doc[key]) > 200:
            raise BundleRejected("bundle.revision_invalid_field", record=where, key=key)
    if doc["reason"] is not None and not isinstance(doc["reason"], str):
        raise BundleRejected("bundle.revision_invalid_reason", record=where)
    try:
        form = get_form(doc["form"][0], doc["form"][1])
        if check_forms:
            # A signed revision is history: a constraint added since it was written (or a
            # date "in the future" by this computer's clock) must not refuse the bundle.
            check_answers(form, doc["answers"], doc["status"], constraints=False)
            clean_marks(form, doc["answers"], doc["marks"])
    except UnknownForm:
        raise BundleRejected("bundle.unknown_form", record=where, form=doc["form"][0],
                             version=doc["form"][1]) from None
    except ValidationFailed as exc:
        raise BundleRejected("bundle.does_not_fit", record=where,
                             problem=exc.said[0]) from None
    return e["id"], body, record_from_doc(e["id"], doc)


def _classify(store, block: RecordBlock) -> None:
    head = store.records.head_of(block.id)
    chain = [h for h, _, _ in block.revisions]
    if head is None:
        block.outcome, block.new_hashes = "new", chain
        return
    block.local_head = head
    present = store.records.present(chain)
    block.new_hashes = [h for h in chain if h not in present]
    if not block.new_hashes:
        block.outcome = "present"
    elif block.local_head in chain:
        block.outcome = "updated"  # the bundle's history extends ours: fast-forward
    else:
        block.outcome = "conflict"  # both histories are kept; ours stays the head


def _attachment(store, reader: PlaintextReader, e: dict, handler) -> None:
    row = store.attachments.stored_as(e["id"])
    if row is not None and row != (e["record"], e["sha256"]):
        raise BundleRejected("bundle.attachment_id_taken")
    digest = hashlib.sha256()

    def pieces() -> Iterator[bytes]:
        for piece in reader.iter_read(e["size"]):
            digest.update(piece)
            yield piece

    handler.attachment(e, pieces(), exists=row is not None)
    if digest.hexdigest() != e["sha256"]:
        raise BundleRejected("bundle.attachment_hash", record=e["record"])


def _audit_events(data: bytes, record_id: str, check_hashes: bool = True) -> list[dict]:
    try:
        events = json.loads(data)
    except (ValueError, RecursionError):
        raise BundleRejected("bundle.audit_not_json") from None
    if not isinstance(events, list):
        raise BundleRejected("bundle.audit_not_list")
    for ev in events:
        if not isinstance(ev, dict) or set(ev) != _EVENT_KEYS or ev["subject"] != record_id \
                or not isinstance(ev["detail"], dict) or type(ev["seq"]) is not int \
                or not 0 < ev["seq"] < 2**62 \
                or not all(isinstance(ev[k], str) for k in ("at", "actor", "action", "prev",
                                                            "hash")):
            raise BundleRejected("bundle.audit_malformed")
        if not check_hashes:
            continue
        try:
            digest = entry_hash(ev["prev"], ev["seq"], ev["at"], ev["actor"], ev["action"],
                                ev["subject"], ev["detail"])
        except (TypeError, ValueError):
            raise BundleRejected("bundle.audit_malformed") from None
        if digest != ev["hash"]:
            raise BundleRejected("bundle.audit_hash")
    return events
