"""The imports repository: the bundles imported (each with its signed manifest, kept to
re-verify) and where every imported revision came from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .base import Repository


@dataclass(frozen=True)
class ImportInfo:
    bundle_id: str
    sender: str
    sequence: int
    sha256: str
    imported_at: str
    revisions: int

    def to_json(self) -> dict:
        return dict(self.__dict__)


class ImportsRepository(Repository):
    def previous(self, bundle_id: str) -> tuple[str, str] | None:
        """(sha256, imported at) of the bundle with this id imported before, if any."""
        row = self._db.execute("SELECT sha256, imported_at FROM imports WHERE bundle_id = ?",
                               (bundle_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def sequences_from(self, sender: str) -> set[int]:
        return {r[0] for r in self._db.execute(
            "SELECT sequence FROM imports WHERE sender = ?", (sender,)).fetchall()}

    def remember_bundle(self, bundle_id: str, sender: str, sequence: int, sha256: str,
                        manifest: bytes, signature: bytes, imported_at: str) -> None:
        self._tx.execute("INSERT INTO imports (bundle_id, sender, sequence, sha256, manifest,"
                         " signature, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (bundle_id, sender, sequence, sha256, manifest, signature,
                          imported_at))

    def keep_provenance(self, rows: list[tuple[str, str, str, str]]) -> None:
        """(revision, bundle id, sender, imported at) of imported revisions; a revision
        already traced keeps its first provenance."""
        self._tx.executemany("INSERT OR IGNORE INTO revision_provenance (revision, bundle_id,"
                             " sender, imported_at) VALUES (?, ?, ?, ?)", rows)

    def all(self) -> list[ImportInfo]:
        rows = self._db.execute(
            "SELECT i.bundle_id, i.sender, i.sequence, i.sha256, i.imported_at,"
            " (SELECT count(*) FROM revision_provenance p WHERE p.bundle_id = i.bundle_id)"
            " FROM imports i ORDER BY i.imported_at").fetchall()
        return [ImportInfo(*r) for r in rows]

    def kept_manifests(self) -> Iterator[tuple[str, str, int, bytes, bytes]]:
        """(bundle id, sender, sequence, manifest, signature) of every import."""
        for bundle_id, sender, sequence, raw, signature in self._db.execute(
                "SELECT bundle_id, sender, sequence, manifest, signature FROM imports"):
            yield bundle_id, sender, sequence, bytes(raw), bytes(signature)

    def provenance(self) -> Iterator[tuple[str, str, bytes]]:
        """(revision, bundle id, the revision's stored body) of every imported revision."""
        for revision, bundle_id, body in self._db.execute(
                "SELECT p.revision, p.bundle_id, v.body FROM revision_provenance p"
                " JOIN revisions v ON v.hash = p.revision"):
            yield revision, bundle_id, bytes(body)
