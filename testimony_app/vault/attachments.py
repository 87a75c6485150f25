"""Attachments (photos, audio, documents) stored inside the vault in chunks.

Files are streamed in and out: a 2 GB recording never needs 2 GB of memory. The SHA-256
is computed on intake. Nothing is ever written outside the vault except by an explicit
export to a path the user chose.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..output_file import open_new_private
from .errors import AttachmentNotFound, VaultError

CHUNK = 512 * 1024
_KINDS = {"image": "photo", "audio": "audio", "video": "video"}


class Readable(Protocol):
    """What an attachment is stored from: an open binary file, or anything read like one."""

    def read(self, n: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    record_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    created_at: str


def guess_media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def guess_kind(media_type: str) -> str:
    return _KINDS.get(media_type.split("/", 1)[0], "document")


def safe_name(name: str) -> str:
    """Only the final component of a file name, never a path; NUL and controls removed."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable())
    return base.strip().lstrip(".") or "attachment"


def store(conn, record_id: str, stream: Readable, *, name: str, media_type: str,
          created_at: str) -> AttachmentInfo:
    """Write the stream as chunks inside the current transaction."""
    att_id = str(uuid.uuid4())
    digest, size, n = hashlib.sha256(), 0, 0
    conn.execute(
        "INSERT INTO attachments (id, record_id, name, media_type, size, sha256, created_at)"
        " VALUES (?, ?, ?, ?, 0, '', ?)",
        (att_id, record_id, name, media_type, created_at),
    )
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        digest.update(chunk)
        size += len(chunk)
        conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)",
            (att_id, n, chunk),
        )
        n += 1
    sha = digest.hexdigest()
    conn.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, sha, att_id))
    return AttachmentInfo(att_id, record_id, name, media_type, size, sha, created_at)


def info(conn, att_id: str) -> AttachmentInfo:
    row = conn.execute(
        "SELECT id, record_id, name, media_type, size, sha256, created_at"
        " FROM attachments WHERE id = ?", (att_id,),
    ).fetchone()
    if row is None:
        raise AttachmentNotFound(att_id)
    return AttachmentInfo(*row)


def of_record(conn, record_id: str) -> list[AttachmentInfo]:
    rows = conn.execute(
        "SELECT id, record_id, name, media_type, size, sha256, created_at"
        " FROM attachments WHERE record_id = ? ORDER BY created_at, id", (record_id,),
    ).fetchall()
    return [AttachmentInfo(*r) for r in rows]


def chunks(conn, att_id: str) -> Iterator[bytes]:
    """Stream an attachment's bytes, one chunk at a time (never the whole file at once)."""
    info(conn, att_id)
    n = 0
    while True:
        row = conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND n = ?", (att_id, n)
        ).fetchone()
        if row is None:
            return
        yield row[0]
        n += 1


def export_to(conn, att_id: str, dest: Path) -> AttachmentInfo:
    """Write an attachment to a file the user chose: temp name, fsync, rename."""
    meta = info(conn, att_id)
    dest = Path(dest)
    if dest.exists():
        raise VaultError("vault.file_exists", path=dest)
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.part")
    digest = hashlib.sha256()
    try:
        with open_new_private(tmp) as fh:
            for chunk in chunks(conn, att_id):
                digest.update(chunk)
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if digest.hexdigest() != meta.sha256:
            raise AttachmentNotFound(att_id)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()
    return meta
