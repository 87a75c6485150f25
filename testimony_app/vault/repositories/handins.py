"""The hand-ins repository: what was sealed to whom (each record's head per recipient),
the bundles this vault made and its bundle sequence numbers."""

from __future__ import annotations

from ..canonical import canonical_json
from .base import Repository


class HandinsRepository(Repository):
    def pending(self, recipients: list[str]) -> list[str]:
        """Records whose current head has not yet been handed in to every recipient (by
        key file fingerprint), in the order they were added."""
        marks = ",".join("?" * len(recipients))
        rows = self._db.execute(
            f"SELECT r.id FROM records r WHERE (SELECT count(*) FROM handins h WHERE"
            f" h.record_id = r.id AND h.revision = r.head AND h.recipient IN ({marks})) < ?"
            " ORDER BY r.rowid", (*recipients, len(recipients))).fetchall()
        return [r[0] for r in rows]

    def next_sequence(self) -> int:
        """The sequence number the next bundle from this vault carries."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'bundle_sequence'"
                               ).fetchone()
        return int(row[0] if row else 0) + 1

    def remember_bundle(self, bundle_id: str, sequence: int, sha256: str,
                        recipients: list[str], heads: dict[str, str], created_at: str) -> None:
        """A bundle sealed: kept in the exports log, each record's head marked handed in to
        each recipient, and `sequence` used."""
        self._tx.execute("INSERT INTO exports (bundle_id, sequence, sha256, recipients, records,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (bundle_id, sequence, sha256, canonical_json(recipients).decode(),
                          len(heads), created_at))
        self._tx.executemany(
            "INSERT OR REPLACE INTO handins (recipient, record_id, revision, bundle_id)"
            " VALUES (?, ?, ?, ?)",
            [(fp, rid, head, bundle_id) for fp in recipients for rid, head in heads.items()])
        self._tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES"
                         " ('bundle_sequence', ?)", (str(sequence),))
