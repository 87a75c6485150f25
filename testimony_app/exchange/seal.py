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
from ..vault import attachments as att
from ..vault import audit, signatures
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


def pending_records(conn, recipients: list[EnrolledKey]) -> list[str]:
    """Records whose current head has not yet been handed in to every recipient."""
    fps = [r.fingerprint for r in recipients]
    marks = ",".join("?" * len(fps))
    rows = conn.execute(
        f"SELECT r.id FROM records r WHERE (SELECT count(*) FROM handins h WHERE"
        f" h.record_id = r.id AND h.revision = r.head AND h.recipient IN ({marks})) < ?"
        " ORDER BY r.rowid", (*fps, len(fps))).fetchall()
    return [r[0] for r in rows]


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
        raise KeyNotUsable("A bundle is sealed to 1 to 16 recipients.")
    for r in recipients:
        if r.revoked_at:
            raise KeyNotUsable(f"The key {r.display} ({r.label}) is revoked: "
                               "bundles are not sealed to it.")
        if r.recipient_key is None:
            raise KeyNotUsable(f"The key {r.display} cannot receive bundles.")
    if out.exists():
        raise ExchangeError(f"{out} already exists: choose a new file name.")
    if not out.parent.is_dir():
        raise ExchangeError(f"The folder {out.parent} does not exist.")
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
    try:
        with vault.transaction() as conn:
            chosen = list(dict.fromkeys(record_ids)) if record_ids is not None \
                else pending_records(conn, recipients)
            if not chosen:
                raise ExchangeError("Nothing to hand in: every record was already handed in "
                                    "to these recipients.")
            known = {r[0] for r in conn.execute("SELECT id FROM records")}
            for rid in chosen:
                if rid not in known:
                    raise RecordNotFound(rid)
            entries, audit_blobs, heads = _entries(conn, chosen)
            authors = _author_keys(conn, vault.identity.public_key, entries)
            header = build_header([recipient_public(r.recipient_key) for r in recipients])
            sequence = int(vault.setting_in(conn, "bundle_sequence") or 0) + 1
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
                _write_entries(conn, stream, entries, audit_blobs,
                               Meter(progress, sum(e["size"] for e in entries)))
                for at in range(0, manifest["padding"], CHUNK):
                    stream.write(bytes(min(CHUNK, manifest["padding"] - at)))
                stream.close()
                fh.flush()
                os.fsync(fh.fileno())
            sha = sink.digest.hexdigest()
            conn.execute("INSERT INTO exports (bundle_id, sequence, sha256, recipients, records,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (bundle_id, sequence, sha, canonical_json(manifest["recipients"])
                          .decode(), len(chosen), manifest["created_at"]))
            conn.executemany(
                "INSERT OR REPLACE INTO handins (recipient, record_id, revision, bundle_id)"
                " VALUES (?, ?, ?, ?)",
                [(r.fingerprint, rid, heads[rid], bundle_id) for r in recipients
                 for rid in chosen])
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES"
                         " ('bundle_sequence', ?)", (str(sequence),))
            vault.audit_in(conn, "export", None, {
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


def _entries(conn, chosen: list[str]) -> tuple[list[dict], dict[str, bytes], dict[str, str]]:
    wanted = set(chosen)
    for (rid,) in conn.execute("SELECT DISTINCT record_id FROM conflicts"):
        if rid in wanted:
            raise ExchangeError(f"Record {rid} has two diverged histories; resolve the "
                                "conflict before handing it in.")
    heads = dict(conn.execute("SELECT id, head FROM records").fetchall())
    links: dict[str, dict[str, tuple]] = {}
    authors: dict[str, str] = {}
    for digest, rid, size, parent, author in conn.execute(
            "SELECT hash, record_id, length(body), parent, author FROM revisions"):
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
    files: dict[str, list] = {}
    for row in conn.execute("SELECT id, record_id, name, media_type, size, sha256, created_at"
                            " FROM attachments ORDER BY created_at, id"):
        if row[1] in wanted:
            files.setdefault(row[1], []).append(att.AttachmentInfo(*row))
    events: dict[str, list] = {}
    for e in audit.events(conn):
        if e.subject in wanted:
            events.setdefault(e.subject, []).append(e.__dict__)
    # Signatures are passed on as they are, whoever wrote the revision: the next vault
    # checks authorship itself (docs/bundle-format.md, "Authorship").
    signed = signatures.of_revisions(conn, [d for c in revisions.values() for d, _ in c])
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


def _write_entries(conn, stream: StreamWriter, entries: list[dict],
                   audit_blobs: dict[str, bytes], meter: Meter) -> None:
    for e in entries:
        if e["kind"] == "revision":
            body = conn.execute("SELECT body FROM revisions WHERE hash = ?",
                                (e["id"],)).fetchone()[0]
            stream.write(bytes(body))
            meter.add(len(body))
        elif e["kind"] == "audit":
            stream.write(audit_blobs[e["id"]])
            meter.add(e["size"])
        else:
            digest, size = hashlib.sha256(), 0
            for chunk in att.chunks(conn, e["id"]):
                digest.update(chunk)
                size += len(chunk)
                view = memoryview(chunk)
                for at in range(0, len(view), CHUNK):  # stored chunks are larger: a finer bar
                    stream.write(view[at:at + CHUNK])
                    meter.add(len(view[at:at + CHUNK]))
            if (digest.hexdigest(), size) != (e["sha256"], e["size"]):
                raise ExchangeError(f"Attachment {e['id']} is damaged in this vault: run "
                                    "'testimony verify'; no bundle was written.")


def _author_keys(conn, own_public_key: bytes, entries: list[dict]) -> dict[str, str]:
    """The public key of every author of a signed revision in `entries` (base64, by
    fingerprint), taking the `author` each entry was given for this out of it."""
    known = signatures.author_keys(conn, own_public_key)
    out: dict[str, str] = {}
    for e in entries:
        author = e.pop("author", None)
        if e["kind"] != "revision" or e["signature"] is None or author in out:
            continue
        if author not in known:
            raise ExchangeError(f"Revision {e['id'][:12]} is signed by an author whose key "
                                "this vault does not hold: run 'testimony verify'; no bundle "
                                "was written.")
        out[author] = base64.b64encode(known[author].public_key).decode()
    return out
