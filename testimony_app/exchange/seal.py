"""Export: seal chosen records (all revisions, attachments, audit events) into one bundle
for 1-16 enrolled recipients, signed by this vault, and remember what was handed in.

The bundle is streamed (an attachment is never held whole in memory) to a temporary name
next to the destination and renamed into place only when complete; the hand-in log is
committed with the rename. Plaintext is never written to any file.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..output_file import open_new_private
from ..vault.canonical import canonical_json
from ..vault.canonical import utc_now as now
from ..vault.connection import is_disk_full
from ..vault.errors import RecordNotFound, StorageFull
from . import manifest as mf
from . import padding as pad
from .bundle_format import CHUNK, StreamWriter, build_header
from .errors import ExchangeError, KeyNotUsable
from .keys import EnrolledKey, recipient_public
from .progress import Meter, Progress


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    records: int
    revisions: int
    attachments: int
    size: int
    sha256: str


class _HashingFile:
    """Counts and hashes what is written, so the bundle's SHA-256 needs no second read."""

    def __init__(self, fh):
        self.fh, self.digest, self.size = fh, hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.digest.update(data)
        self.size += len(data)


def pending_records(store, recipients: list[EnrolledKey]) -> list[str]:
    """Records whose current head has not yet been handed in to every recipient.
    `store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.handins.pending([r.fingerprint for r in recipients])


def export_bundle(vault, recipients: list[EnrolledKey], out: str | Path, *,
                  record_ids: list[str] | None = None,
                  progress: Progress | None = None, padding: str = "none") -> ExportResult:
    """`progress` hears (bytes done, total) of the contents as they are sealed; if it
    raises, the transaction rolls back and no file (not even the .part) is left.
    `padding` is a `padding.policy` (none, pow2, or a bucket such as 16M)."""
    out = Path(out)
    recipients = list({r.fingerprint: r for r in recipients}.values())  # named twice: once
    target = pad.policy(padding)
    if not 1 <= len(recipients) <= 16:
        raise KeyNotUsable("seal.recipient_count")
    recipient_keys = []
    for r in recipients:
        if r.revoked_at:
            raise KeyNotUsable("seal.recipient_revoked", fingerprint=r.display, label=r.label)
        if r.recipient_key is None:
            raise KeyNotUsable("seal.cannot_receive", fingerprint=r.display)
        recipient_keys.append(r.recipient_key)
    if out.exists():
        raise ExchangeError("seal.file_exists", path=out)
    if not out.parent.is_dir():
        raise ExchangeError("seal.no_folder", path=out.parent)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
    try:
        with vault.transaction() as tx:
            chosen = list(dict.fromkeys(record_ids)) if record_ids is not None \
                else pending_records(tx, recipients)
            if not chosen:
                raise ExchangeError("seal.nothing_new")
            known = tx.records.ids()
            for rid in chosen:
                if rid not in known:
                    raise RecordNotFound(rid)
            entries, audit_blobs, heads = _entries(tx, chosen)
            authors = _author_keys(tx, entries)
            header = build_header([recipient_public(k) for k in recipient_keys])
            sequence = tx.handins.next_sequence()
            bundle_id = str(uuid.uuid4())
            manifest = {
                "format": mf.FORMAT, "bundle_id": bundle_id, "sender": vault.identity.fingerprint,
                "sender_key": base64.b64encode(vault.identity.public_key).decode(),
                "sender_name": mf.clean_name(vault.researcher_name),
                "sequence": sequence, "created_at": now(),
                "recipients": [r.fingerprint for r in recipients],
                "header_sha256": header.sha256, "entries": entries, "authors": authors,
                "padding": 0,
            }
            if target is not None:
                content = sum(e["size"] for e in entries) + mf.LENGTH.size + mf.SIGNATURE_SIZE
                manifest["padding"] = pad.padding_for(
                    lambda p: content + len(mf.canonical_json({**manifest, "padding": p})),
                    target)
            raw, signature = mf.sign(manifest, vault.identity)
            with open_new_private(tmp) as fh:
                sink = _HashingFile(fh)
                sink.write(header.raw)
                stream = StreamWriter(sink, header.payload_key)
                stream.write(mf.LENGTH.pack(len(raw)) + raw + signature)
                _write_entries(tx, stream, entries, audit_blobs,
                               Meter(progress, sum(e["size"] for e in entries)))
                for at in range(0, manifest["padding"], CHUNK):
                    stream.write(bytes(min(CHUNK, manifest["padding"] - at)))
                stream.close()
                fh.flush()
                os.fsync(fh.fileno())
            sha = sink.digest.hexdigest()
            tx.handins.remember_bundle(bundle_id, sequence, sha, manifest["recipients"],
                                       heads, manifest["created_at"])
            tx.audit.append("export", None, {
                "bundle": bundle_id, "sequence": sequence, "sha256": sha,
                "records": len(chosen), "recipients": manifest["recipients"]})
            os.replace(tmp, out)
    except OSError as exc:
        # EFBIG: the file-size limit of the process or file system, as good as a full disk.
        if is_disk_full(exc) or exc.errno == errno.EFBIG:
            raise StorageFull() from None
        raise
    finally:
        if tmp.exists():
            tmp.unlink()
    kinds = [e["kind"] for e in entries]
    return ExportResult(out, bundle_id, sequence, len(chosen), kinds.count("revision"),
                        kinds.count("attachment"), sink.size, sha)


def _entries(tx, chosen: list[str]) -> tuple[list[dict], dict[str, bytes], dict[str, str]]:
    wanted = set(chosen)
    for rid in tx.conflicts.records():
        if rid in wanted:
            raise ExchangeError("seal.diverged", record=rid)
    heads = tx.records.heads()
    links: dict[str, dict[str, tuple]] = {}
    authors: dict[str, str] = {}
    for digest, rid, size, parent, author in tx.records.revision_links():
        if rid in wanted:
            links.setdefault(rid, {})[digest] = (parent, size)
            authors[digest] = author
    # A bundle carries one unbroken history per record (docs/bundle-format.md): the
    # head's line of parents. A branch settled by a resolution stays in this vault, named
    # in the resolving revision's reason.
    revisions: dict[str, list] = {}
    for rid in chosen:
        chain, at, known = [], heads.get(rid), links.get(rid, {})
        while at is not None:
            parent, size = known[at]
            chain.append((at, size))
            at = parent
        revisions[rid] = chain[::-1]
    files = tx.attachments.of_records(wanted)
    events: dict[str, list] = {}
    for e in tx.audit.events():
        if e.subject in wanted:
            events.setdefault(e.subject, []).append(e.__dict__)
    # Signatures are passed on as they are, whoever wrote the revision: the next vault
    # checks authorship itself (docs/bundle-format.md, "Authorship").
    signed = tx.records.signatures([d for c in revisions.values() for d, _ in c])
    entries, blobs = [], {}
    for rid in chosen:
        for digest, size in revisions.get(rid, []):
            sig = signed.get(digest)
            entries.append({"kind": "revision", "id": digest, "record": rid, "size": size,
                            "sha256": digest, "author": authors[digest],
                            "signature": None if sig is None else
                            base64.b64encode(sig).decode()})
        for a in files.get(rid, []):
            entries.append({"kind": "attachment", "id": a.id, "record": rid, "size": a.size,
                            "sha256": a.sha256, "name": a.name, "media_type": a.media_type,
                            "created_at": a.created_at})
        blob = canonical_json(events.get(rid, []))
        blobs[rid] = blob
        entries.append({"kind": "audit", "id": rid, "record": rid, "size": len(blob),
                        "sha256": hashlib.sha256(blob).hexdigest()})
    return entries, blobs, {rid: heads[rid] for rid in chosen}


def _write_entries(tx, stream: StreamWriter, entries: list[dict],
                   audit_blobs: dict[str, bytes], meter: Meter) -> None:
    for e in entries:
        if e["kind"] == "revision":
            body = tx.records.body(e["id"])
            stream.write(body)
            meter.add(len(body))
        elif e["kind"] == "audit":
            stream.write(audit_blobs[e["id"]])
            meter.add(e["size"])
        else:
            digest, size = hashlib.sha256(), 0
            for chunk in tx.attachments.chunks(e["id"]):
                digest.update(chunk)
                size += len(chunk)
                view = memoryview(chunk)
                for at in range(0, len(view), CHUNK):  # stored chunks are larger: a finer bar
                    stream.write(view[at:at + CHUNK])
                    meter.add(len(view[at:at + CHUNK]))
            if (digest.hexdigest(), size) != (e["sha256"], e["size"]):
                raise ExchangeError("seal.attachment_damaged", attachment=e["id"],
                                    command="'testimony verify'")


def _author_keys(tx, entries: list[dict]) -> dict[str, str]:
    """The public key of every author of a signed revision in `entries` (base64, by
    fingerprint), taking the `author` each entry was given for this out of it."""
    known = tx.keys.authors()
    out: dict[str, str] = {}
    for e in entries:
        author = e.pop("author", None)
        if e["kind"] != "revision" or e["signature"] is None or author in out:
            continue
        if author not in known:
            raise ExchangeError("seal.author_key_missing", revision=e["id"][:12],
                                command="'testimony verify'")
        out[author] = base64.b64encode(known[author].public_key).decode()
    return out
