"""Attachments: a file stored inside the vault with a record (a new revision), written
back out only when the user asks (an audited export), or read into memory for a preview.

Nothing is written outside the vault but the export file the user names.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..vault import AttachmentInfo, Vault

Progress = Callable[[int, int], None]


class _CountedReading:
    """A file read for storing, reporting how far it has got (the callback may raise to
    stop the storing: its transaction is then rolled back)."""

    def __init__(self, fh, size: int, progress: Progress):
        self.fh, self.size, self.progress, self.done = fh, size, progress, 0

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.done += len(data)
        self.progress(self.done, self.size)
        return data


def attach_file(vault: Vault, record_id: str, path: str | Path, *, reason: str | None = None,
                progress: Progress | None = None) -> AttachmentInfo:
    """The file into the vault with the record, in one transaction (all or nothing)."""
    source = Path(path)
    if progress is None:  # the vault refuses what is not a file
        return vault.attach(record_id, source, reason=reason)
    with open(source, "rb") as fh:
        size = source.stat().st_size
        return vault.attach(record_id, _CountedReading(fh, size, progress), name=source.name,
                            reason=reason)


def export_attachment(vault: Vault, attachment_id: str, out: str | Path) -> AttachmentInfo:
    """The attachment written to `out`, a new file (an existing one is refused), with an
    audit entry."""
    return vault.export_attachment(attachment_id, Path(out))


def attachment_bytes(vault: Vault, attachment_id: str) -> bytes:
    """The attachment's bytes in memory (for a preview; never written anywhere)."""
    return b"".join(vault.attachment_chunks(attachment_id))
