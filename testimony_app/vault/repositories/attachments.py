"""The attachments repository: files stored in the vault in chunks, streamed in and
out (never held whole)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import attachments as att
from .base import Repository


class AttachmentsRepository(Repository):
    def info(self, attachment_id: str) -> att.AttachmentInfo:
        return att.info(self._db, attachment_id)

    def chunks(self, attachment_id: str) -> Iterator[bytes]:
        return att.chunks(self._db, attachment_id)

    def stored_as(self, attachment_id: str) -> tuple[str, str] | None:
        """(record id, SHA-256) of the attachment with this id, if the vault holds one."""
        row = self._db.execute("SELECT record_id, sha256 FROM attachments WHERE id = ?",
                               (attachment_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def of_records(self, record_ids: set[str]) -> dict[str, list[att.AttachmentInfo]]:
        """Each record's attachments, oldest first."""
        files: dict[str, list[att.AttachmentInfo]] = {}
        for row in self._db.execute(
                "SELECT id, record_id, name, media_type, size, sha256, created_at"
                " FROM attachments ORDER BY created_at, id"):
            if row[1] in record_ids:
                files.setdefault(row[1], []).append(att.AttachmentInfo(*row))
        return files

    def add_foreign(self, *, att_id: str, record_id: str, name: str, media_type: str,
                    created_at: str, size: int, sha256: str, pieces: Iterable[bytes]) -> None:
        """Store another vault's attachment under its own id, streamed in vault-sized
        chunks. The caller checks the hash once the pieces are consumed (and rolls back
        on a mismatch)."""
        conn = self._tx
        conn.execute(
            "INSERT INTO attachments (id, record_id, name, media_type, size, sha256, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (att_id, record_id, att.safe_name(name), media_type, size, sha256, created_at),
        )
        buf, n = bytearray(), 0
        for piece in pieces:
            buf += piece
            if len(buf) >= att.CHUNK:
                conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data)"
                             " VALUES (?, ?, ?)", (att_id, n, bytes(buf[:att.CHUNK])))
                del buf[:att.CHUNK]
                n += 1
        if buf:
            conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)",
                         (att_id, n, bytes(buf)))
